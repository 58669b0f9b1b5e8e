"""Which numbers of a sentence are statistics at all.

A number mention (numbers.py) is kept as a figure unless one of the tests in
`is_figure` rejects it: a stray year, an ordinal, a phone number, a list
marker, a compound adjective ("1-trillion-yuan clusters"), a daily rate, a
threshold that qualifies a noun ("contracts over 10 million yuan"), a count
of places, a conversion, trivia (ages, journalists). `marks` then picks the
figures that are thresholds passed ("exceeded the 150 billion yuan mark").
"""
from __future__ import annotations

import re

from . import catalogue
from .cues import cues, strip_qualifier
from .numbers import Mention

# "1-trillion-yuan clusters": a number inside a compound adjective
_COMPOUND_RE = re.compile(r"^-(?!plus)[A-Za-z]")
# "the 3rd", "the 40th", "the millionth visitor": a rank
_ORDINAL_RE = re.compile(r"^(?:st|nd|rd|th)\b|^\s?(?:millionth|billionth|thousandth|hundredth)", re.I)
# "+86 20 8333 ...", "020-8333": parts of a phone number
_PHONE_LEFT_RE = re.compile(r"(?:\+|\d[-\s])$")
_PHONE_RIGHT_RE = re.compile(r"^[-\s]?\d{3,}")
# "five cities": a number word is a figure only when a word follows it
_NOUN_RE = re.compile(r"^\s+(?:[A-Za-z][\w'-]*)")
# "(3)": a list marker
_PAREN_LEFT_RE = re.compile(r"\(\s*$")
# "Guangdong (5,937), Beijing (1,341)": a count in brackets right after a name
_NAME_PAREN_LEFT_RE = re.compile(r"((?:[A-Z][\w.&'-]*\s+){0,2}[A-Z][\w.&'-]*)\s*\(\s*$")
# "one of two provinces whose ...": membership of a group
_ONE_OF_GROUP_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}[\w-]+s\s+(?:whose|that|which)\b", re.I)
# "one of two enterprises on an international scale", "one of the three cities": "of" straight
# before the group's size, then its plural noun, is membership; a share says "every" or "out of"
# ("one of every two cars sold", "one out of five") or "in" ("one in five vehicles")
_MEMBER_OF_RE = re.compile(r"one\s+of\s+\w+", re.I)
_GROUP_NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[a-rt-z]s\b")

# "every day", "daily": a daily rate, not a period's total
_PER_DAY_RE = re.compile(r"(?<![\w-])(?:(?:every|per|a|each)\s+day|daily|on\s+a\s+daily\s+basis)(?![\w-])", re.I)
_CLAUSE_EDGE_RE = re.compile(r"[,;:]")
# "covers 1.18 million sq km", "spanning 16,000 square kilometres": a place's size (a geographic constant)
_COVERS_LEFT_RE = re.compile(r"\b(?:covers|covered|covering|spans|spanning|stretches\s+over|occupies|occupying)\s*$", re.I)
# "an average of", "averaging", "average growth of": an average rate, whatever its base
_AVERAGE_LEFT_RE = re.compile(r"\baverag(?:e|ed|ing)\b[^,;:]*$", re.I)


def _per_day(s: str, m: Mention) -> bool:
    """Whether the figure's own clause makes it a daily rate, not a period's total."""
    start = max((x.end() for x in _CLAUSE_EDGE_RE.finditer(s, 0, m.start)), default=0)
    end = _CLAUSE_EDGE_RE.search(s, m.end)
    if _PER_DAY_RE.search(s, start, end.start() if end else len(s)) is not None:
        return True
    # "On a daily basis, the port set a record of 170,173 TEUs": an opening phrase that frames the sentence
    lead = _CLAUSE_EDGE_RE.search(s, 0, m.start)
    return lead is not None and _PER_DAY_RE.search(s, 0, lead.start()) is not None


def place_count_in_brackets(s: str, m: Mention) -> bool:
    """Whether the figure is a count in brackets right after a place's name
    ("the top provinces are: Guangdong (5,937), Beijing (1,341) ..."): that
    place's figure of the measure the sentence names, not a list marker.
    Only a place: "Huawei (1,961)" is one firm's count."""
    if m.unit is not None or m.scale != 1 or m.kind != "digits" or not re.match(r"\s*\)", s[m.end:m.end + 3]):
        return False
    name = _NAME_PAREN_LEFT_RE.search(s, max(0, m.start - 60), m.start)
    if name is None:
        return False
    words = name.group(1).split()
    cat = catalogue.get()
    return any(cat.region_for(" ".join(words[k:])) for k in range(len(words)))


def landmark(s: str, raw: list[Mention], start: int) -> bool:
    """Whether the place starting at `start` is named only to say where
    another lies ("120 kilometres southeast of Beijing"): right after a
    distance and its direction, it is no subject of the sentence's figures."""
    c = cues()
    for m in raw:
        if m.unit == "km" and m.end < start <= m.end + 40:
            d = c.distance_after.match(s[m.end:start])
            if d is not None and re.match(r"\s*(?:the\s+)?$", s[m.end + d.end():start]):
                return True
    return False


def is_figure(s: str, m: Mention) -> bool:
    """Rejects numbers that are not statistics."""
    c = cues()
    right = s[m.end:m.end + 60]
    left = s[max(0, m.start - 25):m.start]
    if m.kind == "digits":
        if m.unit is None and m.scale == 1 and 1900 <= m.value <= 2100 and "," not in s[m.start:m.end] \
                and "." not in s[m.start:m.end]:
            return False   # a year the period rules did not claim
        if _COMPOUND_RE.match(right) or _ORDINAL_RE.match(right):
            return False
        if m.unit is None and _PHONE_LEFT_RE.search(left, max(0, len(left) - 3)):   # (a match is at the end)
            return False
        if _PHONE_RIGHT_RE.match(right):
            return False
        if m.unit is None and m.scale == 1 and left.endswith("[") and right.startswith("]"):
            return False   # "[4]": a reference marker
        if m.unit is None and m.scale == 1 and _PAREN_LEFT_RE.search(left) and re.match(r"^\s*\)", right) \
                and not place_count_in_brackets(s, m):
            return False   # "(3)" list markers (but "Guangdong (5,937)": a named item's count)
    if c.nonstat.search(strip_qualifier(left)):
        return False
    if m.unit == "km2" and c.area_cover.search(strip_qualifier(left)):
        return False   # "the region covers 66,400 square kilometres": a place's extent, geography
    if ("day" in s or "daily" in s) and _per_day(s, m):
        return False   # "124 inventions earned patents every day", "daily registered trademarks reached 1,300"
    if c.threshold.search(s[max(0, m.start - 60):m.start]):
        return False
    if m.unit is None and c.place_count.match(s, m.end):
        return False   # "11 provinces", "all 13 cities": a count of places, not a statistic of one
    if m.unit == "km2" and _COVERS_LEFT_RE.search(strip_qualifier(left)):
        return False   # "a vast region that covers almost 1.18 million sq km": a place's size, no statistic
    if m.unit == "km" and c.distance_after.match(right):
        return False   # "about 120 kilometres southeast of Beijing": where a place lies
    if c.bound_after.match(s, m.conv_end or m.end):
        return False   # "those with annual revenue of 20 million yuan or more": the bound of a scope
    if m.unit_kind == "currency" and ("each" in s or "apiece" in s) \
            and (c.per_item_left.search(s, max(0, m.start - 60), m.start) or c.per_item_after.match(s, m.conv_end or m.end)):
        return False   # "12 projects, each with an investment of 10 billion yuan": one member's amount
    if c.whose_left.search(s, max(0, m.start - 80), m.start):
        return False   # "provinces whose GDP surpassed 5 trillion": a threshold of a group
    if m.kind == "ratio" and _ONE_OF_GROUP_RE.match(s, m.end):
        return False   # "one of two provinces whose ...": membership, not a share
    if m.kind == "ratio" and _MEMBER_OF_RE.fullmatch(s, m.start, m.end) and _GROUP_NOUN_AFTER_RE.match(s, m.end):
        return False   # "one of two enterprises with the core technology": membership, not a share
    if m.unit == "percent" and c.two_year_base.match(s, m.end) and not _AVERAGE_LEFT_RE.search(s, max(0, m.start - 40), m.start):
        return False   # "up 12.7 percent over the past two years": against a base two years back, no yearly rate
        # (but "growing an average of 1.7 percent over the past two years" is an average annual rate)
    if m.unit_kind == "currency" and c.equiv.search(s[max(0, m.start - 45):m.start]):
        return False   # ", equivalent to about 64.8 billion U.S. dollars": a conversion
    if m.unit_kind not in ("currency", "percent", "measure") and c.trivia.match(right):
        return False
    if m.kind == "word" and m.unit is None:
        if m.scale == 1 and not _NOUN_RE.match(right):
            return False
        if re.match(r"^[\s-]*(?:of\s|times|fold|-)", right, re.I):
            return False
    return True


def marks(s: str, ms: list[Mention]) -> list[Mention]:
    """"exceeded the 150 billion yuan mark", "the threshold of 12 trillion":
    the level the article reports, unless it restates an exact figure
    (restated.drop_restated_marks)."""
    c = cues()
    if not c.mark_any.search(s):
        # "exports went over the $100-billion for the first time, to $106.5
        # billion": a verb of passing, then "the" right before the figure
        return [m for m in ms if s.endswith("the ", 0, m.start) and c.mark_passed.search(s, max(0, m.start - 40), m.start)]
    return [m for m in ms if c.mark_right.match(s, m.conv_end or m.end)
            or c.mark_left.search(s, max(0, m.start - 30), m.start)
            or (s.endswith("the ", 0, m.start) and c.mark_passed.search(s, max(0, m.start - 40), m.start))]
