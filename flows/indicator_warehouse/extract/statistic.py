"""Evidence that a figure with no catalogue measure is a statistic at all
(measure.confirm asks, after dating): money, a physical quantity, a ratio
or a rate (`shows_statistic`), or a count of a noun that its own sentence
dates and reports (`counted_statistic`: "there were 33,573 such
enterprises at the end of 2018", "customs handled 1,149 batches, up 37.8
percent"). A bare number stays out: ages, ranks and counts at events are
not statistics. `whole_count` finds the kept count a part belongs to
("4,385 firms were set up, including 3,792 private ones").
"""
from __future__ import annotations

import re
from bisect import bisect_right

from . import gapping, indicators, metric
from .cues import cues, strip_qualifier
from .numbers import Mention
from .scene import CARRY_REACH, Figure, SentenceContext

# "the number of ... patents reached 1.17 million": a count of that noun
NUMBER_OF_RE = re.compile(r"\b(?:the\s+)?(?:total\s+)?number\s+of\b", re.I)


def shows_statistic(fig: Figure, sc: SentenceContext) -> bool:
    """Whether a figure with no catalogue indicator still shows it is a statistic (money, a quantity, a rate)."""
    m, metric, rule, number_of = fig.m, fig.metric, fig.rule, fig.number_of
    if m.kind == "word" and m.unit is None:
        return False
    if rule != "sentence" and metric == "level" and not sc.anaphoric \
            and not (m.unit_kind in ("currency", "measure") and (sc.doc.recent_dist <= CARRY_REACH or _own_growth(sc, m))):
        return False   # a carried period needs a known measure or a rate
        # (or money or a physical quantity, as far as the period carries: a
        # report runs on for several sentences ("The trade surplus was 91.7
        # billion yuan.", "Meat output reached 0.72 million tons; milk, 7.34
        # million tons"), and an amount in a unit is a statistic of the period
        # it stated; or with its own growth rate next to it: the rate is kept
        # with the carried period, and so is the level it moved. A bare count
        # still needs more, statistic.counted_statistic)
    return (m.unit_kind in ("currency", "measure") or number_of or fig.unit in ("ratio", "index")
            or metric in ("yoy_growth_pct", "share_pct", "cagr_pct", "change") or gapping.elided(fig))


# between a count and its own growth rate: no other clause ("; while exports ...")
_OTHER_CLAUSE_RE = re.compile(r"[;.]|\b(?:while|whereas|but|respectively)\b|\d", re.I)
# between a growth rate and the level it reached: "rose 48% year-on-year to (reach) ", "surged 74 percent in
# the first nine months from a year earlier to " (a time phrase of its own may stand between)
_RATE_TO_LEVEL_RE = re.compile(r"\s*(?:(?:in|during|over)\s+(?:the\s+)?(?:first|second|third|fourth|last|past)\s+[\w-]+(?:\s+months?)?"
                               r"(?:\s+of\s+(?:19|20)\d\d)?\s+|(?:in|during)\s+(?:19|20)\d\d\s+)?"
                               r"(?:year[- ]on[- ]year\s+|from\s+a\s+year\s+(?:earlier|ago)\s+)?to\s+(?:reach\s+)?"
                               r"(?:(?:about|around|nearly|over|more\s+than|some|approximately|roughly|almost)\s+)?", re.I)
# between two coordinated counts: the first one's noun, then "and" or a comma
_COUNT_COORD_RE = re.compile(r"(?:\s+[A-Za-z&'-]+){0,5}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def counted_statistic(fig: Figure, sc: SentenceContext) -> bool:
    """Whether a count of something the catalogue lacks is still stated as a
    dated statistic, to be kept as unclassified with its measure_text: a
    level of a counted noun ("1,149 batches", "the number of R&D centres"),
    dated by its own sentence (or "during the period"), that a verb of
    reaching or reporting introduces ("there were 33,573 enterprises",
    "customs handled 1,149 batches", "... were issued"), that its own growth
    rate follows ("..., up 37.8 percent"), or that is listed right after such
    a count ("928,000 utility model applications and 869,000 design
    applications"). A count dated only by an earlier sentence needs both a
    reporting verb and its own growth rate. A bare number or a number word is
    not enough: ages, ranks, counts at events and the like stay out."""
    m, s = fig.m, sc.s
    if fig.metric != "level" or fig.unit not in ("count", "person") or (m.kind != "digits" and m.scale == 1):
        return False
    carried = fig.rule != "sentence" and not sc.anaphoric
    clause = sc.clause_start(m.start)
    number_of = NUMBER_OF_RE.search(s, clause, m.start) is not None
    if not (number_of or fig.noun_only or fig.number_of or m.unit_kind in ("count", "person")):
        return False   # no counted noun: "reached 52.4" may be an index or a ratio
    c, end = cues(), m.conv_end or m.end
    clause_end = indicators.CLAUSE_BREAK_RE.search(s, end)
    if c.event_noun.search(s, clause, clause_end.start() if clause_end else len(s)):
        return False   # "the fair received 3,000 exhibitors": a count at or of an event
    left = strip_qualifier(s[max(clause, m.start - 40):m.start])
    verb = c.count_left.search(left)
    passive = c.count_passive_right.match(s, end) is not None
    reported = number_of or verb is not None or passive or _place_has(sc, c.count_have.search(left), clause, m)
    if _part_of_kept_count(fig, sc):
        return True
    if carried:
        # dated only by an earlier sentence: a reported count with its own
        # growth rate next to it, or "the number of ..." in the sentence right
        # after the one that stated the period (as for money and quantities),
        # or a count of people the text reports in a clause of its own ("A
        # total of 400,000 people escaped poverty.", "Some 880,000 new urban
        # jobs were created."), as far as the period carries; not one a
        # participle hangs on another subject ("The hall opened, receiving
        # 3,000 visitors": the hall's count)
        return reported and (_own_growth(sc, m) or (number_of and (sc.doc.recent_dist <= 1 or _rose_from(sc, m)))
                             or (fig.unit == "person" and (passive or (verb is not None and not _participle(verb)))))
    # its own growth rate after it, or right before it ("output surged 74 percent to 927,500 autos")
    return reported or _own_growth(sc, m) or _coordinated_count(fig, sc)


def _place_has(sc: SentenceContext, have: re.Match | None, clause: int, m: Mention) -> bool:
    """Whether a verb of having right before the count has a place as its subject ("Hubei had 1,500
    little giant firms", "the city of Dalian had 388 companies"): the place's stock of things, a
    count the text reports. A clause with no place before the verb ("the carmaker had 5,000
    employees") is some owner's count, not a region's."""
    if have is None:
        return False
    verb_at = m.start - len(have.group(0))   # about where the verb starts (a qualifier may stand after it)
    return any(clause <= p.start < verb_at and not p.source for p in sc.place_ms)


def _participle(verb: re.Match) -> bool:
    """Whether a reporting verb is an -ing participle ("receiving", "creating")."""
    return verb.group(0).rstrip().lower().endswith("ing")


# between a part marker and the count it introduces: a qualifier at most
_PART_GAP_TO_COUNT_RE = re.compile(r"\s*(?:(?:about|around|nearly|over|more\s+than|some|almost)\s+)?", re.I)


def _part_of_kept_count(fig: Figure, sc: SentenceContext) -> bool:
    """Whether the count is a part of the count just kept, introduced by a
    part marker ("4,385 firms were set up, including 3,792 private ones",
    "investigated 1,224 cases, of which 1,082 were closed"): what makes the
    whole a statistic makes its part one (kept unclassified, as the whole
    is); a part of a whole that stayed out ("86 people were hurt, including
    12 children") stays out with it."""
    return fig.part_of is not None


def whole_count(fig: Figure, sc: SentenceContext) -> Figure | None:
    """The kept count this bare count is a part of: the count before a part
    marker ("including", "of which"), past the whole's own growth rate ("144
    firms, up 20 percent, including 14 in ..."), or the whole of the part
    listed right before it ("including 14 in manufacturing and 55 in services")."""
    prev = fig.prev
    if prev is None or prev.dropped is not None:
        return None
    if prev.part_of is not None and prev.m.unit is None \
            and _PART_COORD_RE.fullmatch(sc.s, prev.m.conv_end or prev.m.end, fig.m.start) is not None:
        return prev.part_of
    whole = prev
    if whole.metric == "yoy_growth_pct" and whole.prev is not None and whole.prev.dropped is None:
        whole = whole.prev   # the whole's own rate between it and the marker
    if whole.metric != "level" or whole.unit not in ("count", "person"):
        return None
    found = None
    for found in cues().part_marker.finditer(sc.s, prev.m.conv_end or prev.m.end, fig.m.start):
        pass
    if found is None or _PART_GAP_TO_COUNT_RE.fullmatch(sc.s, found.end(), fig.m.start) is None:
        return None
    return whole


# between two parts of a count: the first one's own words ("in the manufacturing industry"), then "and" or a comma
_PART_COORD_RE = re.compile(r"(?:\s+[A-Za-z&'-]+){0,6}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _own_growth(sc: SentenceContext, m: Mention) -> bool:
    """Whether the figure's own year-on-year rate is next to it: after it
    ("7.9 million hectares, an increase of 5 percent") or right before it
    ("rose 48% year-on-year to $13.4 billion")."""
    if _growth_follows(sc, m.conv_end or m.end):
        return True
    k = bisect_right(sc.ms, m.start, key=lambda n: n.end)   # the figure right before it (ms is in order)
    if k == 0 or sc.ms[k - 1].unit != "percent" or not _RATE_TO_LEVEL_RE.fullmatch(sc.s, sc.ms[k - 1].end, m.start):
        return False
    read = metric.read(sc.s, sc.ms[k - 1])
    return read is not None and read[0] == "yoy_growth_pct"


# "increased from 2,245 to ": between the start of a range and its end
_RANGE_TO_RE = re.compile(r"\s*to\s+(?:(?:about|around|nearly|over|more\s+than)\s+)?", re.I)


def _rose_from(sc: SentenceContext, m: Mention) -> bool:
    """Whether the figure ends a "from X to Y" range whose start is a figure
    too ("the number of institutes has increased from 2,245 to 3,678"): the
    count moved, so it is a series the text reports."""
    k = bisect_right(sc.raw, m.start, key=lambda n: n.end)   # the mention right before it (raw is in order)
    if k == 0:
        return False
    p = sc.raw[k - 1]
    return (_RANGE_TO_RE.fullmatch(sc.s, p.conv_end or p.end, m.start) is not None
            and metric.FROM_RE.search(sc.s, max(0, p.start - 30), p.start) is not None)


def _growth_follows(sc: SentenceContext, end: int) -> bool:
    """Whether the next figure, in the same clause, is a year-on-year growth
    rate ("11,917 companies, a year-on-year increase of 9.9%"): the count's own."""
    nxt = next((n for n in sc.ms if n.start >= end), None)
    if nxt is None or nxt.unit != "percent" or nxt.start - end > 90 or _OTHER_CLAUSE_RE.search(sc.s, end, nxt.start):
        return False
    read = metric.read(sc.s, nxt)
    return read is not None and read[0] == "yoy_growth_pct"


def _coordinated_count(fig: Figure, sc: SentenceContext) -> bool:
    """Whether the figure is listed right after a kept count in the same unit ("... and 869,000 ...")."""
    prev = fig.prev
    return (prev is not None and prev.dropped is None and prev.metric == "level" and prev.unit == fig.unit
            and prev.i == fig.i - 1 and _COUNT_COORD_RE.fullmatch(sc.s, prev.m.conv_end or prev.m.end, fig.m.start) is not None)
