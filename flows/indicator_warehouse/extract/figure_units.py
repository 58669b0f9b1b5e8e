"""A figure's unit: what its own words, and the words and figures around it, say it counts.

The measure stage (measure.py) asks this first, since the catalogue name a
figure takes depends on its unit ("11.8 patents per 10,000 people" is a
rate, "1.17 million patents" a count, "4.65 million local residents" a count
of people). The rules here read only the figure's unit, never its measure,
so they live apart from the choice of the measure.

  own words   the unit numbers.py read, a "per 10,000 people" rate, "the
              number of ..." before it, an index reading, a plural noun it
              counts ("1.17 million patents"), the plural subject of a
              reporting verb ("5G users reached 40 million"), a place's count
              in brackets, a ratio noun ("the income ratio ... was 2.31");
  around it   the count it restates ("from 6,501 ... to 11,329"), the whole it
              is counted in, a unit elided after a list's first amount, the
              noun a list of counts leaves out after its first item.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue, gapping, indicators, metric, numbers, screen, statistic
from .cues import cues
from .numbers import Mention
from .scene import Figure, SentenceContext

# "10 agricultural industry clusters": a small number, then the noun it counts
_COUNT_NOUN_RE = re.compile(r"\s+(?!(?:in|to|and|or|of|for|from|with|by|at|on|as|the|a|an|were|was|is|are|this|that|last|year|yuan|percent|compared|more|fewer|less|than|over|up|down|higher|lower|since|against|versus)\b)[A-Za-z][\w'-]*", re.I)
# "1.17 million patents": a scaled number, then a plural noun it counts
_PLURAL_NOUN_RE = re.compile(r"\s+(?!(?:as|is|was|has|this|its|plus|towards|thus|yuan|dollars|times|units?)\b)(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*[a-z]s\b(?!\s+(?:of|in|for)\s+(?:yuan|dollars))")
# "130 invention patents per 10,000 people": the noun between a count and "per"
_PER_AFTER_RE = re.compile(r"^\s+(?:[A-Za-z][\w'-]*\s+){1,4}?(?=(?:per|for\s+every|for\s+each)\s)")


def assign(fig: Figure, sc: SentenceContext) -> None:
    """The figure's unit: its own words, else the count it restates ("from 6,501 ... to 11,329"),
    the whole it is counted in, a unit elided after a list's first amount, or the noun a list of
    counts leaves out after its first item; points for a rate's move written "%"."""
    fig.unit, fig.number_of = _figure_unit(sc.s, fig.m, fig.seg_start)
    prev = fig.prev
    if fig.unit is None and fig.m.unit is None and prev is not None and prev.number_of and prev.dropped is None \
            and (metric.ends_from_to(sc.s, prev.m, fig.m)
                 or cues().count_restated.fullmatch(sc.s, prev.m.conv_end or prev.m.end, fig.m.start)):
        # "the number of firms ... increased from 6,501 in 2012 to 11,329 in 2021": the same count,
        # later; "... exceeded 10,000 for the first time, reaching 10,651": the same count, exactly
        fig.unit, fig.number_of = prev.unit, True
    fig.part_of = statistic.whole_count(fig, sc) if fig.metric == "level" else None
    if fig.part_of is not None and fig.unit is None and fig.m.unit is None and fig.m.scale == 1:
        # "investigated 1,224 cases, of which 1,082 were closed": counted like its whole
        # (a whole the catalogue names has the measure's own rules for its parts: measure.py)
        fig.unit = fig.part_of.unit
    if fig.unit is None and fig.m.unit is None and fig.m.scale >= 1e6:
        fig.unit = gapping.elided_unit(fig, sc)   # "...; the third 21.96 billion, 12.4 percent"
    if fig.unit is None and fig.metric == "level" and _gapped_count(fig, sc):
        # "14,068 firms in new materials, 12,223 in biotech and 11,987 in energy saving": the later
        # items of a list of counts leave out the noun the first one counts, and name their part
        fig.unit = prev.unit
    if fig.points:
        fig.unit = "percentage_point"   # a share's or rate's move, written "%" (metric.py)


# "local residents", "skilled rural workers", "new urban jobs": up to two modifiers, then the plural head
_HEAD_NOUN_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}?(?P<head>[A-Za-z][\w-]*s)\b")


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """The plural nouns of the person units (seeds/units.csv: "residents", "workers", "jobs")."""
    return frozenset(u.surface.lower() for u in catalogue.get().units.values()
                     if u.kind == "person" and u.surface.endswith("s") and " " not in u.surface)


# between a count and the next item of its list: the first one's words ("firms in new materials"), a comma or and
_COUNT_LIST_GAP_RE = re.compile(r"(?:\s+[A-Za-z&'-]+){0,6}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# the part a gapped count names right after it: " in biotech", " were in bio-industries", " from Asia"
_PART_AFTER_COUNT_RE = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?(?:in|from|for|at)\s+[A-Za-z]")


def _gapped_count(fig: Figure, sc: SentenceContext) -> bool:
    """Whether a bare whole number is a later item of a list of counts that leaves out the noun the
    first item counts: right after a kept count (or the item before it), naming its own part."""
    m, prev = fig.m, fig.prev
    if m.unit is not None or m.scale != 1 or m.kind != "digits" or prev is None or prev.dropped is not None \
            or prev.metric != "level" or prev.unit not in ("count", "person") or prev.i != fig.i - 1:
        return False
    return (_COUNT_LIST_GAP_RE.fullmatch(sc.s, prev.m.conv_end or prev.m.end, m.start) is not None
            and _PART_AFTER_COUNT_RE.match(sc.s, m.end) is not None)


@lru_cache(maxsize=1)
def _subject_count_re() -> re.Pattern:
    # a plural noun (and where or whose they are: "visitors to Hubei", "users in the city"), a
    # reporting verb, at most a qualifier, then the figure
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?P<noun>[a-z][\w-]*[a-z]s)(?:\s+(?:in|to|from|at|of)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?"
        r"\s+(?:{count_verb})\s+(?:(?:{approx}|{over}|{under})\s+)?$")


@lru_cache(maxsize=1)
def _amount_nouns() -> frozenset[str]:
    """Plural nouns of amounts of money, whose figure is no count when its unit is left out."""
    return frozenset(w.lower() for w in catalogue.get().cues.get("amount_noun", []))


def _counts_people(s: str, end: int) -> bool:
    """Whether the plural noun that modifiers lead to after a count is a noun of people."""
    h = _HEAD_NOUN_RE.match(s, end)
    return h is not None and h["head"].lower() in _people_nouns()


def _figure_unit(s: str, m: Mention, seg_start: int) -> tuple[str | None, bool]:
    """The figure's unit from its own words and what follows it, and whether it is a "number of" count."""
    unit0 = m.unit
    if unit0 is None and m.scale == 1:
        per = numbers.per_unit_before(s, m.start)
        if per:
            unit0 = per   # "invention patents per 10,000 people ... reached 218"
    if m.unit == "count" and m.scale == 1:
        pr = numbers._PER_RE.match(s, m.end)
        if pr:
            # "11.8 patents per 10,000 people": a rate, not a count
            unit0 = numbers._PER_UNITS.get(pr["base"].lower().replace(",", ""), "per_capita")
    number_of = False
    if unit0 is None and (m.scale > 1 or m.kind == "digits") \
            and statistic.NUMBER_OF_RE.search(s, max(seg_start, m.start - 100), m.start):
        # "the number of ... patents reached 1.17 million", "the number of firms with import and
        # export records reached 11,329": a count, whatever measure its noun's modifiers name
        unit0, number_of = "count", True
    if unit0 is None and m.kind == "digits":
        unit0 = _index_reading(s, m)
    if unit0 is None and (_COUNT_NOUN_RE.match(s, m.end) if m.scale == 1 else _PLURAL_NOUN_RE.match(s, m.end)):
        unit0 = "count"   # "10 agricultural industry clusters", "1.17 million patents": a count of things
        if _counts_people(s, m.end):
            # "4.65 million local residents", "300,000 skilled rural workers", "920,000 new urban
            # jobs": the noun the modifiers lead to counts people, as "4.65 million residents" does
            unit0 = "person"
    if unit0 is None and (m.scale > 1 or m.kind == "digits") and m.unit is None:
        subject = _subject_count_re().search(s, max(seg_start, m.start - 80), m.start)
        if subject is not None and subject["noun"].lower() not in _amount_nouns():
            # "Hubei's 5G users reached 40 million", "tourist arrivals totalled 2.1 million": the
            # plural noun that a reporting verb's subject ends with is what the figure counts
            # (named before the figure, as "the number of ..." names it: never by a noun after it)
            unit0, number_of = ("person" if subject["noun"].lower() in _people_nouns() else "count"), True
    if unit0 is None and screen.place_count_in_brackets(s, m):
        unit0 = "count"   # "Guangdong (5,937), Beijing (1,341)": each name's count of the measure the sentence names
    if unit0 is None and m.scale == 1 and m.kind == "digits" and _ratio_before(s, max(seg_start, m.start - 120), m.start):
        unit0 = "ratio"   # "the income ratio of urban to rural residents was 2.31": a ratio, like "2.31:1"
    if unit0 == "count" and m.unit is None:
        pa = _PER_AFTER_RE.match(s[m.end:m.end + 60])
        if pa:
            pr = numbers._PER_RE.match(s, m.end + len(pa.group(0).rstrip()))
            if pr:
                # "130 invention patents per 10,000 people": a rate, not a count
                unit0 = numbers._PER_UNITS.get(pr["base"].lower().replace(",", ""), "per_capita")
    return unit0, number_of


def _index_reading(s: str, m: Mention) -> str | None:
    """"index" for a bare number that an index noun earlier in its clause names ("the business
    climate index reached 125.6", "the PMI rose 1.5 points to 51.8"): an index reading, a level
    of its own, never a count; None otherwise. (Points after the number: numbers.py.)"""
    if m.scale != 1 or not numbers.BARE_END_RE.match(s, m.end):
        return None
    return "index" if numbers.index_noun_before(s, m.start) else None


def _ratio_before(s: str, a: int, b: int) -> bool:
    """Whether a ratio noun names the subject of the clause that ends with the figure at b."""
    clause = max((x.end() for x in indicators.CLAUSE_BREAK_RE.finditer(s, a, b)), default=a)
    return cues().ratio_noun.search(s, clause, b) is not None
