"""The words and shapes time expressions are built of: month names, small
number words, the year and relative-year patterns that periods.py's rules
are written with, the two matcher helpers those rules use, and PeriodExpr,
what a rule finds. Split from periods.py (which re-exports these names) to
keep each module readable in one sitting."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .regex_reach import Reach

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}

# Every rule is matched against the lower-cased sentence (see `lower`):
# case-insensitive matching in `re` costs two to three times as much.
#
# Month names: full names always; abbreviations only with a trailing dot or
# before a day/year, because "may" and "mar" are also ordinary words. A month
# name is a whole word: "5 markets" and "10 decades" hold no date.
_M_FULL = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_M_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
M = r"(?<![a-z])(?:" + _M_FULL + "|" + _M_ABBR + r")(?![a-z])"
Y = r"(?:19[4-9]\d|20[0-9]\d)"
N = r"(?:\d{1,2}|" + "|".join(SMALL) + ")"
REL = r"(?:this year|last year|the previous year|the current year|the year)"
YR = r"(?:(?P<yr>" + Y + r")|(?P<rel>" + REL + r"))"


class _Anchored:
    """A rule written as optional (or `required`) words before an anchor:
    the same matches as `re.compile(left + anchor).finditer`, found by
    scanning for the anchor, which starts with a literal and is cheap to
    find, then matching the words before it backwards from there. A plain
    regex that starts with optional words is tried at every position of the
    sentence, which made these two rules the costliest of all."""

    LOOK_BACK = 120   # longest run of `left` words

    def __init__(self, left: str, anchor: str, ends: tuple[str, ...], required: bool = False) -> None:
        self.left = re.compile(r"(?:" + left + r")\Z" if required else r"(?:" + left + r")?\Z")
        self.anchor = re.compile(anchor)
        self.pattern = left + anchor
        # What text before the anchor must end with (after white space and
        # a hyphen) for `left` to match at all: a cheap test that spares the
        # backward search before most anchors.
        self.ends = ends
        self.required = required
        # where the backward search for `left` may start (regex_reach.py):
        # the costliest step of these rules, which tries each start in turn
        self.reach = Reach(left)

    def finditer(self, low: str):
        pos = 0
        for am in self.anchor.finditer(low):
            a = am.start()
            if a < pos:
                continue
            lo = max(pos, a - self.LOOK_BACK)
            if low[lo:a].rstrip().rstrip("-").rstrip().endswith(self.ends):
                lm = self.left.search(low, self.reach.start(low, lo, a), a)
            elif self.required:
                continue
            else:
                lm = self.left.match(low, a, a)   # the empty match right before the anchor
            if lm is None:
                continue
            pos = am.end()
            yield _Joined(low, lm, am)


class _Needing:
    """A rule behind a cheap test: `need`, a regex that every match of the
    rule contains (the year and the word right after it), opening with a
    literal digit that re finds by scanning for it. The same matches as
    `re.compile(rule).finditer`, but a sentence without `need` is not
    scanned by the rule, which opens with optional words or a look-behind
    and so is tried at every position of the sentence (most sentences have
    a year; few have one followed by "to", "-" or "first")."""

    def __init__(self, need: str, rule: str) -> None:
        self.need, self.rx = re.compile(need), re.compile(rule)
        self.pattern = rule

    def finditer(self, low: str):
        return self.rx.finditer(low) if self.need.search(low) is not None else iter(())


class _Joined:
    """The match of an `_Anchored` rule: the words before, then the anchor."""

    __slots__ = ("_low", "_left", "_anchor")

    def __init__(self, low: str, left: re.Match, anchor: re.Match) -> None:
        self._low, self._left, self._anchor = low, left, anchor

    def start(self) -> int:
        return self._left.start()

    def end(self) -> int:
        return self._anchor.end()

    def group(self, k: int = 0) -> str:
        assert k == 0
        return self._low[self.start():self.end()]

    def groupdict(self) -> dict:
        return {**self._left.groupdict(), **self._anchor.groupdict()}

    def __getitem__(self, name: str):
        gd = self.groupdict()
        return gd[name]


@dataclass(slots=True)
class PeriodExpr:
    start: int
    end: int
    role: str                    # period | base | duration | date | since
    ptype: str | None = None     # year | ytd | month | quarter | as_of | span
    pstart: date | None = None
    pend: date | None = None
    basis: str = "explicit"      # explicit | relative | reference
    unresolved: str | None = None  # the relative phrase that could not be resolved
    years: int | None = None     # duration length in years
    past: bool = False           # "over the past five years"
    text: str = ""
    # a year the text names without reporting it ("the 2020 ... evaluation", "exceeding the
    # total for 2019"): no figure's period, but the article is not older (document.py)
    bound: bool = False
    # no year written ("in the second quarter"): dated by the reference date (periods.same_year may move it)
    implied: bool = False
