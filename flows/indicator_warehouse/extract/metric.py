"""Metric stage: what kind of number a figure is, and how sure it is.

  metric     from the words around it: growth verbs and "year-on-year" make a
             percentage a yoy_growth_pct, "accounting for" / "of the national
             total" make it a share_pct, "an increase of X compared to 2018" a
             change, "average annual growth rate" a cagr_pct; a bare figure
             coordinated with the one before it ("rose 5.7 percent, 6.6
             percent and 3.3 percent") reads as that one does;
  value      signed: a fall is a negative rate or change;
  qualifier  the cue word right before it (about / over / under), or "over"
             for a threshold passed.

Fact boxes: a signed percentage ("| +15.3%") is a change rate, and a label
that ends in a change noun ("GDP growth: 5.2%") makes a growth rate.
"""
from __future__ import annotations

import re

from . import balances, catalogue, gapping, lists, rate_gaps, shares
from .cues import cues, in_sentence, strip_qualifier
from .numbers import Mention
from .scene import Figure, SentenceContext

_CONTRIB_RIGHT_RE = re.compile(r"^\s*(?:percentage\s+points?\s+)?(?:of|to)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}growth\b", re.I)
_OF_RE = re.compile(r"^\s*of\s+(?!which\b|them\b)", re.I)
# "rose from about 3.22%": the value a series started from (dating.py reads it for range ends)
# (asked of the left context of every figure: behind the test of what the text ends with)
FROM_RE = catalogue.EndWordCue(re.compile(r"\bfrom\s+(?:about\s+|over\s+|nearly\s+|more\s+than\s+)?$", re.I),
                               ("from", "about", "over", "nearly", "than"))
# "a 0.1% decline compared to the average from January to July": a gap to an average
_VS_AVERAGE_RE = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:compared\s+(?:to|with)|than|against|from)\s+(?:the\s+)?(?:\w+\s+)?average\b", re.I)
_OF_OTHER_PERIOD_RE = re.compile(
    r"\s+of\s+(?:the|its|their)\s+(?:(?:19|20)\d\d\s+)?(?:pre-pandemic\s+|pre-epidemic\s+|pre-COVID\s+)?(?:level|figure|size|volume)s?"
    r"(?:\s+(?:in|of|for|before|recorded))?(?:\s+the\s+same\s+period)?(?:\s+(?:in|of))?\s*(?:(?:19|20)\d\d|the\s+pandemic|last\s+year)?",
    re.I)
_SIGN_RE = re.compile(r"(?:^|[\s(\[|,;:])([+\-\u2212])$")
# "... 13.2 percent of the country's total, up ": a share, then how it moved
_SHARE_THEN_CHANGE_RE = re.compile(r"(?:\s+of\s+[^,;\d]{1,60})?,\s*(?:up|down)\s+(?:by\s+)?", re.I)
# "... 35 percent of the industrial output of large firms, ", "2.5% in 2024, ": a share or rate, then a comparative of it
_RATE_THEN_GAP_RE = re.compile(r"(?:\s+of\s+[^,;\d]{1,90})?(?:\s+(?:in|for|during)\s+[^,;]{1,30})?,\s*")
# "5.8 percent in Jiangsu, 6 percent in Shandong": between two figures of a list
# "5.8 percent in Jiangsu, 6 percent in ...", "8 percent in 2022 and 11 percent in 2023": a list of rates each
# with its own place or period after it
_COORD_IN_PLACE_RE = re.compile(r"\s*(?:percent|per\s+cent|%|percentage\s+points?)?\s+(?:in|for)\s+(?:[^,;\d]|(?:19|20)\d\d){1,40}?"
                                r"(?:,\s*(?:and\s+|while\s+)?|\s+and\s+)", re.I)
# " and 6.8 percent", ", 5.1% and 6.8%": the later rates of a list, up to its last one
_LISTED_RATES_RE = re.compile(r"(?:\s*,\s*(?:about\s+)?\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%))*"
                              r"\s*,?\s+and\s+(?:about\s+)?\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)")
# ", respectively," between a list of rates and the change noun or year-ago words they share
_RESPECTIVELY_RE = re.compile(r"\s*,?\s*(?:respectively\s*,?)?")
# "from 3.22% in 2013 to ": between the two values of one series
_FROM_TO_GAP_RE = re.compile(r"(?:[^;\d]|(?:19|20)\d\d){0,40}?\bto\s+(?:(?:about|around|nearly|over|more\s+than)\s+)?$")
# the end of a figure's own stretch, and a year word inside it ("... year on year")
_STRETCH_END_RE = re.compile(r"[,;.](?!\d)|\bwhile\b|\bwhereas\b")
# "2.6 times and ", "1.5-fold, ": a multiple listed right before a percentage (not a figure itself)
_MULTIPLE_BEFORE_RE = re.compile(r"\s\d[\d.,]*\s*(?:times|-fold|fold)\s*(?:,\s*(?:and\s+)?|and\s+)$", re.I)
# " ($2,599) from 2012": a base year right after an amount (its conversion may stand between)
_FROM_BASE_YEAR_RE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:from|over|compared\s+(?:with|to)|against|since)\s+(?:(?:the\s+)?end\s+of\s+)?(?:19|20)\d\d\b", re.I)
_IN_AFTER_RE = re.compile(r"\s+(?:in|for)\s+(?!(?:19|20)\d\d\b)", re.I)
_RATE_WORD_RE = re.compile(r"%|\bper\s?cent\b", re.I)
_YEAR_WORD_RE = re.compile(r"\byear\b|\byoy\b|y-o-y|\bannual", re.I)
# "natural gas (up 67.5%), as well as oil (22.2%), cement (20%)": each item of a list followed
# by its rate in brackets; only the first says what the rates are
_PAREN_ITEM_RE = re.compile(r"^(?!.*\b(?:while|whereas|but)\b)\s*(?:percent|per\s+cent|%)?\s*\)\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+)"
                            r"[^()\d;.]{1,60}?\(\s*$", re.I)
# "2.08 percent of GDP in 2013, compared to 1.98 percent in 2012", "grew 6.9 percent in 2015,
# after 7.3 percent in 2014": the same rate at an earlier time, set against the one just read
# (its own period follows it)
_COMPARED_RATE_RE = re.compile(r"(?:\s+(?:of|in|for)\s+[^,;\d]{1,60}?)?(?:\s+in\s+(?:19|20)\d\d)?,?\s*"
                               r"(?:compared\s+(?:to|with)|against|versus|vs\.?|after|following)\s+(?:about\s+|around\s+)?", re.I)
_YEAR_AFTER_RE = re.compile(r"\s+(?:in|for)\s+(?:19|20)\d\d(?!\d)|\s+(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior)\s+year)", re.I)
# "0.8 percentage points (from a year earlier) to ": between a change in points and the rate it reached
_POINTS_TO_RE = re.compile(r"[^,;\d]{0,40}?\bto\s+(?:(?:about|around|nearly|over|more\s+than)\s+)?", re.I)
# " over 2023, or ", " (about $1 billion), or ": between a change in an amount and the same change as a rate
_OR_RATE_RE = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:[^;\d()]|(?:19|20)\d\d){0,40}?,?\s+or\s+"
                         r"(?:(?:about|around|nearly|over|more\s+than|roughly)\s+)?", re.I)
# (behind a test for its words: every amount's left context is asked)
_BARE_UP_DOWN_RE = catalogue.GatedCue(
    re.compile(r"(?:\b(?:was|were|is|are|been)|,)\s+(up|down)\s+(?:by\s+)?"
               r"(?:(?:about|around|nearly|over|more\s+than|roughly|some)\s+)?$", re.I),
    re.compile("up|down", re.I), ("up", "down"))
_MINUS_RE = re.compile(r"(?<![\w-])minus\s+$", re.I)
# (its own gap may hold the later rate's year: "4.1 percent in 2023, down from the 4.7 percent")
_FROM_RATE_RE = re.compile(r"^(?:[^;\d]|(?<![\d.])(?:19|20)\d\d(?![\d.]|\s*(?:percent|per\s+cent|%))){0,50}\bfrom\s+"
                           r"(?:(?:a|the)\s+(?:(?:high|low|peak)\s+of\s+)?)?(?:about\s+|around\s+|nearly\s+)?$", re.I)
# "1.2 percent up on ...", "3% down compared with ...": the direction written after a rate
_POSTPOSED_MOVE_RE = re.compile(r"\s+(?P<dir>up|down)\s+(?:(?:on|from|over|against|versus|compared\s+(?:with|to))\s+)?", re.I)
# "grew in 2021 by ", "rose last year by ": "by" after a time phrase that parts it from its verb
_BY_END_RE = re.compile(r",?\s+by\s*$", re.I)
# ", ", " and ", ", and ": between two periods of a list (lists.LIST_SEP_RE, read backwards)
_LIST_SEP_END_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\s+)$", re.I)
_TIME_PREP_END_RE = re.compile(r"\s*(?:\b(?:in|during|for|over|through|throughout)\s*)?$", re.I)


def assign(fig: Figure, sc: SentenceContext) -> None:
    """The figure's metric, signed value and qualifier, or drop it when its words make it no statistic
    (a contribution to growth, a gap between two rates, a recovery ratio)."""
    met = _read(fig, sc)
    if met is None:
        fig.dropped = "metric: a gap, contribution or ratio, not a statistic"
        return
    if (met[0] == "share_pct" and shares.of_growth(sc.s, fig.m.conv_end or fig.m.end)) \
            or (fig.m.unit == "percent" and shares.contribution_named(sc.s, fig.m.start, fig.m.conv_end or fig.m.end)):
        fig.dropped = "metric: a contribution to growth, not a share of a measure"
        return
    fig.read_as = met
    fig.metric, fig.value = met
    if fig.metric == "level" and balances.negative(sc.s, fig.m):
        fig.value = -fig.value   # "a trade deficit of 2.9 billion": a negative trade balance
    fig.qualifier = _figure_qualifier(sc.left_of(fig.m), fig.m, sc.marks)


def compared_rate(s: str, prev: Mention, m: Mention) -> bool:
    """Whether rate `m` is the same rate at an earlier time, set against `prev` ("2.08 percent of
    GDP in 2013, compared to 1.98 percent in 2012"): the same measure as `prev`."""
    return (m.unit == prev.unit == "percent" and _COMPARED_RATE_RE.fullmatch(s, prev.end, m.start) is not None
            and _YEAR_AFTER_RE.match(s, m.end) is not None)


def read(s: str, m: Mention) -> tuple[str, float] | None:
    """The metric and signed value a figure's own words give it, before any
    coordination with the figure before it (measure.py asks what a figure
    that has not been through this stage yet is)."""
    return _metric(s, m)


def _metric(s: str, m: Mention) -> tuple[str, float] | None:
    """The metric and signed value the words right around a figure give it; None if they make it no statistic.
    The rules differ by what the figure counts: percentage points, percent, or an amount."""
    left = strip_qualifier(s[max(0, m.start - 50):m.start])
    right = s[m.end:m.end + 60]
    if m.kind in ("fraction", "ratio"):
        return "share_pct", m.value
    if m.unit in ("percent", "percentage_point") and _VS_AVERAGE_RE.match(right):
        return None   # a gap to an average of other periods
    if m.unit in ("percent", "percentage_point") and left.endswith("by ") and rate_gaps.gap_by(s, m):
        return None   # "higher than the national average by 4.4 percentage points": a gap to another rate
    if recovery(s, m):
        # "returned to 86.3% of the level in the same period of 2019": a
        # recovery ratio, a share of an earlier period's level (as the gold files it,
        # eval/ANNOTATION.md, held-out 5), which measure.py keeps unclassified
        return "share_pct", m.value
    if m.unit == "percentage_point":
        return _points(s, m, left, right)
    if m.unit == "percent":
        if _sequential(s, m) and not _share_words(left, right):
            # a month-on-month or quarter-on-quarter rate: no metric for it (but
            # "..., rising 6.7 percent month on month, while NEVs accounted for
            # 48.7 percent of sales": a share's own words make it a share)
            return None
        return _percent(s, m, left, right)
    if m.unit == "index" and s[m.start:m.end].lower().endswith(("point", "points")):
        # "the PMI rose 1.5 points", "the price index fell 0.8 points": points after a verb of
        # motion are a change of the index, as a rate's percentage points are ("rose to 51.8
        # points" is a level: the verb's cue ends right before the figure, not before "to")
        c = cues()
        if c.down.search(left):
            return "change", -m.value
        if c.up.search(left):
            return "change", m.value
    return _amount(m.value, left, right)


def recovery(s: str, m: Mention) -> str | None:
    """The words that make a percentage a level against another period's
    level ("back to 85.7 percent | of the figure in 2019"), or None."""
    found = _OF_OTHER_PERIOD_RE.match(s, m.end) if m.unit == "percent" else None
    return found.group(0) if found is not None else None


_CLAUSE_MARK_RE = re.compile(r"[,;:]\s")


def clause_words(s: str, m: Mention) -> str:
    """The clause a figure stands in, as written: what a contribution or a
    recovery ratio, which no catalogue name fits, is about."""
    start = max((x.end() for x in _CLAUSE_MARK_RE.finditer(s, 0, m.start)), default=0)
    end = re.search(r"[,;]\s|[.]?$", s[m.end:])
    return s[start:m.end + end.start()].strip()


def _sequential(s: str, m: Mention) -> bool:
    """Whether the rate is against the month or quarter just before: a
    sequential cue after it in its own stretch ("1.1 percent and 3.7 percent
    month on month", before any year-on-year word), or in the words that
    open its sentence ("On a monthly basis, imports fell 6.3%")."""
    c = cues()
    if not in_sentence("sequential", s):
        return False   # cheap gate: most sentences have none
    end = _STRETCH_END_RE.search(s, m.end)
    stop = end.start() if end else len(s)
    hit = c.sequential.search(s, m.end, stop)
    if hit is not None and not _YEAR_WORD_RE.search(s, m.end, hit.start()):
        return True
    if _YEAR_WORD_RE.search(s, m.end, stop):
        return False   # "..., rose 5% year on year": its own words say year on year
    # the opening words since the rate before it, if any (the cue may be that one's)
    lead = max((x.end() for x in _RATE_WORD_RE.finditer(s, 0, m.start)), default=0)
    return c.sequential.search(s, lead, m.start) is not None


def _cagr_left(left: str) -> bool:
    """Whether the words before a percentage make it an average annual rate,
    unless they average across places ("the national average growth rate of
    5.2 percent": the country's own rate, a base of comparison)."""
    c = cues()
    hit = c.cagr.search(left)
    return hit is not None and c.average_across.search(left, 0, hit.start()) is None


def _share_words(left: str, right: str) -> bool:
    """Whether the words right around a percentage make it a share ("accounted for ... of")."""
    c = cues()
    return bool(c.share_before.search(left) or c.share_after.match(right))


def _points(s: str, m: Mention, left: str, right: str) -> tuple[str, float] | None:
    """Percentage points: the change of a rate, unless a contribution to growth or a gap to another rate."""
    c, v = cues(), m.value
    if _CONTRIB_RIGHT_RE.match(right) or c.contrib_left.search(left):
        # "contributed 2 percentage points to export growth": a contribution to
        # growth, a level in points of its own that no catalogue measure is
        return "level", v
    gap = c.gap.match(right)
    if gap and not rate_gaps.against_year_before(gap, right):
        return None   # a gap to another rate or another period
    if c.down.search(left) or (gap and gap["cmp"].lower() in c.gap_down) or _signed(s, m) == "-":
        return "change", -v
    return "change", v


def _percent(s: str, m: Mention, left: str, right: str) -> tuple[str, float] | None:
    """A percentage: an average annual rate, a share, a growth rate (signed), or a bare level.
    The first test that matches decides, so their order is part of the rule."""
    c, v = cues(), m.value
    if _cagr_left(left) or c.cagr_after.match(right) or c.cagr_named.search(left):
        return "cagr_pct", v
    if c.share_before.search(left) or c.share_after.match(right):
        if c.share_contrib.match(right):
            return None   # "... of GDP and driving 0.3 points of growth": a contribution
        return "share_pct", v
    gap = c.gap.match(right)
    if gap:
        if rate_gaps.against_year_before(gap, right):
            # "5 percent higher than a year earlier": a year-on-year rate
            down = gap["cmp"].lower() in c.gap_down
            return "yoy_growth_pct", (-v if down else v)
        return None
    trend = _trend_rate(s, m, left)
    if trend is not None:
        return "yoy_growth_pct", trend * v
    minus = _MINUS_RE.search(left)
    if minus is not None:
        # "grew minus 2.4 percent", "growth of minus 6.8 percent": a fall
        # written as a negative rate; the words before "minus" say it is a rate
        left, v = left[:minus.start()], -v
    multiple = _MULTIPLE_BEFORE_RE.search(left)
    if multiple is not None:
        # "up by 2.6 times and 25.1 percent": the growth verb of the multiple listed before it
        left = left[:multiple.start()]
    ends_of = left.rstrip().endswith("of")   # cheap gate for the "... of" patterns
    if c.down.search(left) or (ends_of and c.fall_of.search(left)):
        return "yoy_growth_pct", -v
    if c.up.search(left) or (ends_of and c.growth_of.search(left)):
        return "yoy_growth_pct", v
    sign = _signed(s, m)
    if sign:
        return "yoy_growth_pct", (-v if sign == "-" else v)   # "120 billion yuan | +15.3%", "(-2.1%)"
    if _OF_RE.match(right):
        return "share_pct", v     # "14.1% of Guangdong's regional GDP"
    ya = c.yoy_after.match(right)
    if ya is None and (nxt := _LISTED_RATES_RE.match(right)) is not None:
        # "the 7.2 percent and 6.8 percent increases": the change noun after the
        # last rate of a list is every listed rate's (not a comparative: "61.5%,
        # 1.3% higher than ..." compares the second rate alone)
        rest = right[nxt.end():]
        if "respectively" in rest:
            # "reaching 66.1 percent and 50.9 percent, respectively, year-on-year"
            rest = rest[_RESPECTIVELY_RE.match(rest).end():]
        ya = c.yoy_after.match(rest)
        if ya is not None and ya.group(0).strip().lower() in c.gap_words:
            ya = None
    if ya:
        w = ya.group(0).strip().lower()
        if w in c.yoy_down:
            return "yoy_growth_pct", -v
        return "yoy_growth_pct", v
    post = _POSTPOSED_MOVE_RE.match(right) if left.rstrip().endswith(",") else None
    if post is not None and (c.yoy_after.match(right[post.end():]) or c.year_ago.match(right[post.end():])):
        # "..., 1.2 percent up on the previous year", "..., 3% down year on
        # year": the direction after a rate set beside a level, then a
        # year-ago base ("the rate stood at 5 percent down from last year" is
        # a level that fell: no comma, no reading)
        return "yoy_growth_pct", (-v if post["dir"].lower() == "down" else v)
    na = c.noun_rate_after.match(right)
    if na:
        # "a 6% GDP growth", "a 4.5% export decline": the measure, then its change
        return "yoy_growth_pct", (-v if na["down"] else v)
    lr = c.label_rate.search(left)
    if lr is None and left.rstrip().endswith(":"):
        # "General public budget revenue growth: 6.2 percent": a label that opens its line,
        # its measure in lower case before the rate noun
        lr = c.label_rate_line.fullmatch(s, 0, m.start)
    if lr:
        # "GDP growth: 5.2%", "Export decline | 3.1%": a fact-box label, then its rate
        return "yoy_growth_pct", (-v if lr["down"] else v)
    return "level", v


def _trend_rate(s: str, m: Mention, left: str) -> int | None:
    """+1 or -1 for a rate that a verb of how it moved reached ("the decline
    in imports narrowed to 0.8 percent", "export growth slowed to 3.1
    percent"), signed by the rate's own noun in the clause before the verb: a
    fall noun makes it a fall. None when no such verb or noun is there."""
    c = cues()
    verb = c.rate_trend_to.search(left)
    if verb is None:
        return None
    start = max((x.end() for x in _CLAUSE_MARK_RE.finditer(s, 0, m.start)), default=0)
    stop = m.start - (len(left) - verb.start())
    if c.rate_noun_down.search(s, start, stop):
        return -1
    if c.rate_noun_up.search(s, start, stop):
        return 1
    return None


def _moved_over_time(s: str, m: Mention, sc: SentenceContext) -> tuple[int, object] | None:
    """(+1 or -1, the time phrase) for a rate whose growth verb a time phrase
    parts from its "by": "GDP grew in 2021 by 8 percent", "sales fell last
    year by 2%", "grew in 2021, 2022 and 2023 by 8.0%, 1.9% and 4.8%
    respectively" (a list of periods: None for the phrase, lists.py pairs
    the years). The verb is read as if the time phrase were not there."""
    lo = max(0, m.start - 30)
    by = _BY_END_RE.search(strip_qualifier(s[lo:m.start]))
    if by is None:
        return None
    stop = lo + by.start()
    ends = sc.period_ends
    own = first = ends.get(stop)
    while first is not None:   # back over a list of periods ("in 2017, 2018 and in 2019")
        sep = _LIST_SEP_END_RE.search(s, max(0, first.start - 12), first.start)
        before = ends.get(sep.start()) if sep is not None else None
        if before is None:
            break
        first = before
    if first is None:
        return None
    # (the preposition that opens the time phrase, when the phrase's text leaves it out)
    c, verb = cues(), _TIME_PREP_END_RE.sub("", s[max(0, first.start - 50):first.start]) + " by "
    own = own if first is own and own.role == "period" else None
    if c.down.search(verb):
        return -1, own
    if c.up.search(verb):
        return 1, own
    return None


def _amount(v: float, left: str, right: str) -> tuple[str, float]:
    """An amount (money, a count, a quantity): a change when the words say it moved, else a level."""
    c = cues()
    if c.change_down.search(left):
        return "change", -v
    if c.change_up.search(left):
        return "change", v
    if c.yoy_after.match(right):
        # "up 7,000 from a year earlier", "down 1.2 billion yuan year on year":
        # a move against the year before, in the figure's own unit
        if c.down.search(left):
            return "change", -v
        if c.up.search(left):
            return "change", v
    if _FROM_BASE_YEAR_RE.match(right):
        # "up 18,618 yuan from 2012": a move against that base year, in the figure's own unit
        if c.down.search(left):
            return "change", -v
        if c.up.search(left):
            return "change", v
    ud = _BARE_UP_DOWN_RE.search(left)
    if ud is not None:
        # "was up 30 billion yuan", ", down 1.2 billion yuan": "up" / "down"
        # as the predicate is a move (but "set up a 30 billion yuan fund" is no move)
        return "change", (-v if ud.group(1).lower() == "down" else v)
    mt = c.more_than.match(right)
    if mt:
        # "1.8 million more than in 2005": a change against that base
        return "change", (-v if mt["dir"].lower() in c.more_than_down else v)
    return "level", v


def _signed(s: str, m: Mention) -> str | None:
    """'+' or '-' when the figure is written with an explicit sign
    ("+15.3%", "(-2.1%)"): a change, as tables and fact boxes write it."""
    sm = _SIGN_RE.search(s, max(0, m.start - 2), m.start)
    if not sm:
        return None
    return "+" if sm.group(1) == "+" else "-"


def _read(fig: Figure, sc: SentenceContext) -> tuple[str, float] | None:
    """The metric and signed value of a figure, read with the figure before it; None if not a statistic."""
    s, ms, i, m = sc.s, sc.ms, fig.i, fig.m
    prev = fig.prev.m if fig.prev is not None else None
    prev_metric = fig.prev.read_as if fig.prev is not None else None
    met = _metric(s, m)
    if met is None:
        return None
    metric, value = met
    if metric == "level" and m.unit == "percent" and sc.ps:
        moved = _moved_over_time(s, m, sc)
        if moved is not None:
            # the time phrase is the figure's own period, whatever period follows it
            (sign, fig.own_period), metric = moved, "yoy_growth_pct"
            value = sign * value
    if (m.unit == "percentage_point" and prev is not None and prev.unit == m.unit and prev_metric is not None
            and FROM_RE.search(s, max(0, m.start - 30), m.start)):
        # "contributed 2 percentage points to export growth, up from 1.7
        # percentage points for 2022": the value the same series started
        # from, read as the figure before it is, not a change of its own
        return prev_metric[0], m.value
    if metric == "level" and m.unit != "percentage_point" and not recovery(s, m):
        # (a level in points is a contribution, and a recovery ratio's own
        # words make it one: neither takes the reading of a figure before it)
        coord = _coordinated_metric(s, m, fig.prev, value) if fig.prev is not None else None
        if coord is not None:
            metric, value = coord
        elif m.unit == "percent" and prev is not None and prev_metric[0] == "change" \
                and prev.unit not in ("percent", "percentage_point") and _OR_RATE_RE.fullmatch(s, prev.end, m.start):
            # "increased by 46.3 billion yuan over 2023, or 5.2 percent": the
            # same move as a rate, signed as the amount is
            metric, value = "yoy_growth_pct", -value if prev_metric[1] < 0 else value
        elif m.unit == "percent" and prev is not None and prev_metric[0] == "change" \
                and prev.unit == "percentage_point" and _POINTS_TO_RE.fullmatch(s, prev.end, m.start):
            # "the GDP growth rate rose 0.8 percentage points from a year
            # earlier to 3.5 percent": the rate the change reached, read
            # with the words of the rate's subject before the change
            metric = _window_metric(s, m, None)
        elif m.unit == "percent":
            metric = _window_metric(s, m, prev)
            if metric == "level" and "(" in s and _listed_share(sc, fig):
                metric = "share_pct"
    if (metric == "yoy_growth_pct" and prev is not None and prev_metric is not None
            and prev_metric[0] == "share_pct" and m.unit == prev.unit == "percent"
            and _SHARE_THEN_CHANGE_RE.fullmatch(s, prev.end, m.start)
            and not any(f.unit not in (None, "percent") for f in ms[:i] if f.end <= prev.start)):
        # "Its exports accounted for 13.2 percent of the country's total, up
        # 0.1 percent year on year": the share moved, no value grew
        metric, fig.points = "change", True
    elif (metric == "yoy_growth_pct" and prev is not None and prev_metric is not None
          and prev_metric[0] in ("share_pct", "level") and m.unit == prev.unit == "percent"
          and _RATE_THEN_GAP_RE.fullmatch(s, prev.end, m.start) and rate_gaps.year_ago_gap(s[m.end:m.end + 60])):
        # "the urbanization rate reached 51.3%, 1.3% higher than that of the
        # previous year", "accounting for 35 percent of output, 1.2 percent
        # higher than in 2016": the rate or share moved by points, written "%"
        metric, fig.points = "change", True
    return metric, value


# ", or ", ", or about ": between an amount and the percentage that restates it as a share
_OR_SHARE_GAP_RE = re.compile(r"\s*,\s*or\s+(?:(?:about|nearly|around|over|more\s+than|some|roughly|almost)\s+)?", re.I)
# the end of the percentage's clause right after it
_CLAUSE_OVER_RE = re.compile(r"\s*(?:[,;.]|$)")
# "... tea (31.5%)": a bare percentage alone in brackets right after a word
_PAREN_OPEN_END_RE = re.compile(r"[A-Za-z]\s*\(\s*$")
_PAREN_CLOSE_RE = re.compile(r"\s*(?:percent|per\s+cent|%)?\s*\)")
# a move or rate word before a list: its bracketed percentages are rates, not parts
_MOVE_WORD_RE = re.compile(r"\b(?:grow|grew|growth|increas|rise|rose|risen|up\b|down\b|fell|fall|declin|decreas|drop|rate)", re.I)


def _listed_share(sc: SentenceContext, fig: Figure) -> bool:
    """"The main exports were tea (31.5%), flowers (12.2%) and coffee (8.4%)": a list of parts,
    each with a bare percentage in brackets and no word saying what it is, gives each part's
    share of the whole named before the list. Only a list (a bracketed percentage item right
    before or after this one), not after a place ("Tibet (9.1%), Hainan (8%)" lists places'
    rates), and no move or rate word before the list (then the percentages are rates)."""
    s, m, ms, i = sc.s, fig.m, sc.ms, fig.i
    if not _PAREN_OPEN_END_RE.search(s, max(0, m.start - 40), m.start) or _PAREN_CLOSE_RE.match(s, m.end) is None:
        return False
    near = [ms[j] for j in (i - 1, i + 1) if 0 <= j < len(ms) and ms[j].unit == "percent"]
    if not any(_PAREN_ITEM_RE.match(s[a.end:b.start]) for a, b in ((n, m) if n.end <= m.start else (m, n) for n in near)):
        return False
    opener = s.rfind("(", 0, m.start)
    if any(p.start < opener and not s[p.end:opener].strip() for p in sc.place_ms):
        return False
    first = min([m] + near, key=lambda x: x.start)
    return _MOVE_WORD_RE.search(s, 0, first.start) is None


def _coordinated_metric(s: str, m: Mention, before: Figure, value: float) -> tuple[str, float] | None:
    """The metric a bare "level" figure takes from the figure before it when coordinated with it; else None."""
    prev, prev_metric = before.m, before.read_as
    if (m.unit == "percent" and prev.unit not in (None, "percent", "percentage_point") and prev_metric[0] == "level"
            and _OR_SHARE_GAP_RE.fullmatch(s, prev.conv_end or prev.end, m.start) and _CLAUSE_OVER_RE.match(s, m.end)):
        # "private firms exported 300 billion yuan, or 60 percent.": a percentage that restates
        # an amount ends its clause as the share that amount is of its whole (a change restated
        # as a rate, "up 52 billion yuan, or 8 percent", is read by _OR_RATE_RE)
        return "share_pct", value
    if (m.unit == prev.unit and m.unit in ("percent", "percentage_point")
            and lists.COORD_RE.match(s[prev.end:m.start])):
        # "accounted for 41.3% and 49.9% of ...", "rose 5.7 percent, 6.6
        # percent and 3.3 percent respectively": coordinated figures share
        # the reading of the first one.
        return prev_metric[0], -value if prev_metric[1] < 0 else value
    if (m.unit == prev.unit == "percent"
            and prev_metric[0] in ("share_pct", "yoy_growth_pct", "cagr_pct")
            and cues().coord_np.match(s[prev.end:m.start])):
        # "accounted for 6.7% of the total, applied research 11.0% and ..."
        return prev_metric[0], -value if prev_metric[1] < 0 else value
    if (m.unit == prev.unit == "percent" and prev_metric[0] in ("yoy_growth_pct", "cagr_pct")
            and cues().coord_rate_in.match(s[prev.end:m.start]) and _IN_AFTER_RE.match(s, m.end)):
        # "outpacing a 3.5 percent increase in primary industry and 6.4
        # percent in secondary industry": the same kind of rate, its own measure after it
        return prev_metric[0], -value if prev_metric[1] < 0 else value
    if (m.unit == prev.unit == "percent"
            and prev_metric[0] == "yoy_growth_pct" and _FROM_RATE_RE.match(s[prev.end:m.start])):
        # "slowed to 4.7 percent in the second quarter from 5.3 percent
        # in the first": the earlier rate of the same series
        return "yoy_growth_pct", value
    if (m.unit == prev.unit == "percent" and prev_metric[0] in ("share_pct", "yoy_growth_pct", "cagr_pct")
            and _PAREN_ITEM_RE.match(s[prev.end:m.start])):
        # "coal (up 10.5%), coke (4.2%) and power (6.3%)": the later items' bracketed rates are
        # of the kind the first one's words say
        return prev_metric[0], -value if prev_metric[1] < 0 else value
    if (m.unit == prev.unit == "percent" and prev_metric[0] in ("share_pct", "yoy_growth_pct")
            and compared_rate(s, prev, m)):
        # "accounted for 2.08 percent of GDP in 2013, compared to 1.98 percent in 2012"
        return prev_metric[0], value
    if (m.unit == prev.unit
            and m.unit in ("percent", "percentage_point") and _COORD_IN_PLACE_RE.fullmatch(s, prev.end, m.start)):
        # "5.8 percent in Jiangsu, 6 percent in Shandong and ...": a list of places' rates
        return prev_metric[0], -value if prev_metric[1] < 0 else value
    if (m.unit == prev.unit == "percent"
            and prev_metric[0] in ("share_pct", "yoy_growth_pct", "cagr_pct")
            and _FROM_TO_GAP_RE.match(s, prev.end, m.start) and FROM_RE.search(s, max(0, prev.start - 30), prev.start)):
        # "rose from 3.22% in 2013 to 4.27% in 2023": the later value of the same series
        return prev_metric[0], value
    return gapping.gapped_rate(s, m, before, value)


def ends_from_to(s: str, prev: Mention, m: Mention) -> bool:
    """Whether `m` ends a "from X [in 2012] to Y" move whose start is the figure `prev`."""
    return _FROM_TO_GAP_RE.match(s, prev.conv_end or prev.end, m.start) is not None \
        and FROM_RE.search(s, max(0, prev.start - 30), prev.start) is not None


def _window_metric(s: str, m: Mention, prev: Mention | None) -> str:
    """The metric of a bare percentage from the share / growth words since the figure before it."""
    c = cues()
    win_start = prev.end if prev is not None else 0
    if c.cagr_window.search(s, win_start, m.start):
        return "cagr_pct"   # "the mean annual growth rate of ... was 29%"
    if c.share_window.search(s, win_start, m.start):
        return "share_pct"
    if c.growth_window.search(s, win_start, m.start):
        return "yoy_growth_pct"   # "the growth rate of ... reached 9 percent"
    return "level"


def _figure_qualifier(left: str, m: Mention, marks: list[Mention]) -> str:
    """The figure's qualifier (about / over / under / exact) from the cue word before it."""
    qualifier = _qualifier(left, m)
    if qualifier == "exact" and m in marks:
        qualifier = "over"   # passing a mark
    return qualifier


def _qualifier(left: str, m: Mention) -> str:
    c = cues()
    if m.plus:
        return "over"
    if c.approx.search(left):
        return "approx"
    if c.over.search(left):
        return "over"
    if c.under.search(left):
        return "under"
    return "exact"
