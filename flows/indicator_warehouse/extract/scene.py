"""What every figure of a sentence is read against: the sentence's context.

`DocContext` is what the rest of the document tells one sentence (its
reference date, the place the text is about, the period and measures the
sentences before it stated); document.py builds it. `SentenceContext` adds
what the sentence itself holds: its time expressions, its number mentions and
the ones kept as figures, its places and indicator names, and flags that
several rules ask about. It is built once per sentence by `build`, then
passed, read-only, with each figure through the stages (grammar.py).

Flags that only some rules ask about, or that cost a list or regex pass, are
`_once` properties: worked out on first use, so a sentence whose figures
never reach the rule never pays for it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import NamedTuple

from . import catalogue, indicators, lists, numbers, screen
from .cues import cues, may_match
from .numbers import Mention
from .periods import PeriodExpr
from .places import PlaceMention
from .sentences import Sentence


# How many sentences the period a text last stated carries over to (dating.py), and so
# how far an amount of money or a physical quantity that period dates is still a
# statistic of it (statistic.py)
CARRY_REACH = 3


class DocContext(NamedTuple):
    """What the rest of the document tells a sentence: reference date, the
    region it is probably about, and a document-wide period. Immutable like
    SentenceContext; a NamedTuple because one is built for every sentence
    with numbers, and a frozen dataclass takes about three times as long."""
    ref: date | None
    fallback_region: str | None
    doc_year: int | None = None              # the one year the article reports, if only one
    prev_text: str = ""                      # the sentence before, when in the same paragraph or a fact-box label
    recent_period: PeriodExpr | None = None  # the last period the text stated
    recent_dist: int = 99                    # how many sentences ago
    recent_indicators: tuple[str, ...] = ()  # what the sentences just before measured, latest first
    parts: list | tuple = ()                 # places named as a part of themselves ("eastern Guangdong") in the sentence
    doc_latest: PeriodExpr | None = None     # the latest period the article states anywhere
    prev_sentence: str = ""                  # the sentence before, whatever its paragraph


class _once:
    """functools.cached_property without its lock: on Python 3.11 it takes a
    lock on every first access, about 1.5% of the extractor's time under
    cProfile on the real articles (several first accesses per sentence). A
    SentenceContext is read by one thread only."""

    def __init__(self, fn):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)   # later reads find it in __dict__, not here
        return value


# "NEV production in China", "the GDP of China", "retail sales of the country": a measure, then
# the country it is about
_MEASURE_IN_RE = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _scoped_measure_left() -> re.Pattern:
    # "The economic growth of China", "the growth of China's economy": a growth word that no
    # catalogue measure names, right before the country, scopes the figure as a measure does
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{scoped_measure})\s+(?:in|of)\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True)   # no slots: _once keeps its values in the instance __dict__
class SentenceContext:
    sent: Sentence
    s: str                        # sent.text, the text every rule reads
    doc: DocContext
    ps: list[PeriodExpr]          # time expressions (periods.find_periods), masked out of the numbers
    place_ms: list[PlaceMention]  # places named, with the anaphors ("the province") resolved
    raw: list[Mention]            # every number mention, statistic or not
    ms: list[Mention]             # the mentions kept as figures (screen.is_figure)
    marks: list[Mention]          # figures that are thresholds passed (screen.marks)
    hs: list                      # indicator names found (indicators.hits)
    anaphoric: bool               # "during the period": the sentence points back to the period just stated
    own_frame: bool               # "for over 15 years", "since 2019": it does not inherit earlier periods

    def memo(self, key: str, fn):
        """What a rule works out once per sentence, `fn(self)`, kept with the sentence (as _once does)."""
        d = self.__dict__
        if key not in d:
            d[key] = fn(self)
        return d[key]

    def clause_start(self, pos: int) -> int:
        """Where the clause that holds `pos` starts: after the last clause break
        before it (";", ", and", ", while", "and in": indicators.CLAUSE_BREAK_RE).
        The measure and dating stages ask it of each figure, several times
        (what the clause counts, names, points back to, or calls the whole
        year); each used to scan the whole left context for it. Read once per
        position and kept with the sentence."""
        starts = self.__dict__.setdefault("_clause_starts", {})
        start = starts.get(pos)
        if start is None:
            start = starts[pos] = max((b.end() for b in indicators.CLAUSE_BREAK_RE.finditer(self.s, 0, pos)), default=0)
        return start

    def left_of(self, m: Mention) -> str:
        """The 30 characters before a figure, where its qualifier and "from" / "to" sit."""
        return self.s[max(0, m.start - 30):m.start]

    @_once
    def listed_years(self) -> dict[int, PeriodExpr]:
        """Figure index -> its own year, for "X and Y in 2021 and 2022"."""
        return lists.year_list_periods(self)

    @_once
    def period_ends(self) -> dict[int, PeriodExpr]:
        """Where each time expression's words end (trailing blanks left out) -> the expression."""
        return {p.start + len(self.s[p.start:p.end].rstrip()): p for p in self.ps}

    @_once
    def paired(self) -> dict[int, tuple]:
        """Figure index -> (region, code) named for it by a list in order."""
        if len(self.ms) < 2:
            return {}
        if cues().resp_trigger.search(self.s):
            return lists.respectively(self)
        return lists.paired_in_order(self)

    @_once
    def groups(self) -> list[list[int]]:
        """Runs of coordinated figures, as indices ("4.1%, 3.9% and 5.2%"):
        read once, for the list rules (positions, pairings, listed years and
        shares) that each walked the figures for them."""
        return lists.coord_groups(self.s, self.ms)

    @_once
    def positions(self) -> dict[int, tuple[int, int]]:
        """Figure index -> (k, n): the k-th of n coordinated figures ("5.3%, 4.1% and 2%")."""
        if len(self.ms) < 2:
            return {}
        return {i: (k, len(g)) for g in self.groups for k, i in enumerate(g)}

    @_once
    def listed(self) -> dict[int, str]:
        """Figure index -> the code of a count listed with catalogued counts."""
        return lists.count_lists(self.s, self.ms, self.hs)

    @_once
    def shares(self) -> dict[int, str]:
        """Figure index -> the part whose share it is, for parts listed that add up to 100."""
        if len(self.ms) < 2:
            return {}
        return lists.listed_shares(self)

    @_once
    def national(self) -> bool:
        """A cheap gate for "the national growth rate of ...": the word is there at all."""
        s = self.s   # "national", "nationwide", "across the country"
        return "ation" in s or "ATION" in s or "cross" in s

    @_once
    def scoped(self) -> list[PlaceMention]:
        """"NEV production in China has soared ...", "The GDP of China grew 7.4 percent": the
        country named right after a measure is that measure's place, not a scope in passing."""
        s, hs = self.s, self.hs
        return [p for p in self.place_ms if p.level == "country"
                and (any(_MEASURE_IN_RE.fullmatch(s, h.end, p.start) for h in hs)
                     or ("rowth" in s and _scoped_measure_left().search(s, max(0, p.start - 30), p.start)))] \
            if self.place_ms else []

    @_once
    def together(self) -> bool:
        """"the two regions' combined output" somewhere in the sentence (placing.py checks the clause)."""
        return may_match("places_together", self.s) and cues().places_together.search(self.s) is not None

    @_once
    def macro(self) -> bool:
        """"the eastern region" somewhere in the sentence (placing.py checks the clause)."""
        return may_match("macro_region", self.s) and cues().macro_region.search(self.s) is not None


def build(sent: Sentence, ps: list[PeriodExpr], doc: DocContext,
          place_ms: list[PlaceMention]) -> SentenceContext | None:
    """The context of one sentence; None when it holds no figure."""
    s = sent.text

    def masked(a: int, b: int) -> bool:
        # numbers inside a time expression ("2023", "first 10 months") are not figures
        for p in ps:
            if a < p.end and p.start < b:
                return True
        return False

    raw = numbers.find_mentions(s, masked)
    ms = [m for m in raw if screen.is_figure(s, m)]
    if not ms:
        return None
    # A sentence with its own time frame ("for over 15 years", "since 2019")
    # does not inherit the period of the sentences before it.
    own_frame = any(p.role in ("duration", "since", "base") and p.pend is None and p.role != "base"
                    for p in ps) or any(p.role == "since" for p in ps)
    if any(m.unit == "km" for m in raw):
        place_ms = [p for p in place_ms if not screen.landmark(s, raw, p.start)]
    return SentenceContext(
        sent=sent, s=s, doc=doc, ps=ps, place_ms=place_ms, raw=raw, ms=ms,
        marks=screen.marks(s, ms), hs=indicators.hits(s),
        anaphoric=any(p.role == "anaphoric" for p in ps), own_frame=own_frame,
    )


@dataclass(slots=True, eq=False)
class Figure:
    """One figure under construction. The stages fill its fields in order
    (metric.py, measure.py, dating.py, placing.py); a stage that finds it is
    no statistic, or cannot be measured, dated or placed, sets `dropped` to
    say which stage and why, and the figure goes no further."""
    i: int                             # index in SentenceContext.ms
    m: Mention
    prev: Figure | None                # the figure before it that the metric stage kept, read for coordination
    last_fact: Figure | None           # the last figure before it that became facts (its region, its measure)
    # metric.py
    read_as: tuple[str, float] = ("", 0.0)   # (metric, signed value) as its words read, before later stages adjust the metric
    metric: str = ""
    value: float = 0.0
    qualifier: str = "exact"
    # measure.py
    unit: str | None = None            # the unit its words give (None: not said), settled to the Fact's unit
    number_of: bool = False            # "the number of ... patents reached 1.17 million": a count
    noun_only: bool = False            # a bare count of the noun after it ("1.17 million patents")
    part_of: Figure | None = None      # the kept count this count is a part of ("..., including 14 in ...")
    code: str | None = None            # catalogue indicator
    hit: object = None                 # the catalogue alias that named it (indicators.AliasHit), if one did
    phrase: object = None              # its measure phrase, parsed (measure_phrase.Measure)
    pointed: bool = False              # "the figure", "the total": the measure came from the text before
    qualifies: Figure | None = None    # the level this rate or share only qualifies ("..., up 9 percent")
    own_period: PeriodExpr | None = None   # metric.py: "grew in 2021 by 8%", the time phrase its verb spans
    points: bool = False               # metric.py: a rate's move written "%" ("51.3%, 1.3% higher than"): in points
    # dating.py
    period: PeriodExpr | None = None
    rule: str = "sentence"             # how the period was found; goes to Fact.rule
    ptype: str | None = None
    pstart: date | None = None
    pend: date | None = None
    basis: str = "explicit"
    problem: str | None = None
    # placing.py
    clause_start: int = 0
    region: str | None = None
    each: list[str] | None = None      # "A and B each grew 6 percent": one Fact per place
    # grammar.py
    is_target: bool = False            # a plan or goal, not a reported actual
    dropped: str | None = None         # "<stage>: <why>"; None while it is still a figure

    @property
    def seg_start(self) -> int:
        """Where the figure's own segment of the sentence starts: after the figure before it."""
        return self.prev.m.end if self.prev is not None else 0

    def earlier(self):
        """The figures before this one that became facts, latest first."""
        f = self.last_fact
        while f is not None:
            yield f
            f = f.last_fact
