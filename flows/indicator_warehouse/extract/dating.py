"""Dating stage: the period a figure is about, and how sure the date is.

  period     the time expression that follows it with no other figure in
             between ("340 billion yuan in 2020 to 440 billion yuan in 2023"),
             else the nearest one before it, else any in the sentence; the
             ends of "from X to Y" take the years of a span; "the previous
             year" is the year before the sentence's own;
  carried    a sentence with no period of its own ("Over the period, ...")
             takes the one the text stated last, or the whole year the
             article reports ("for the whole year"); so does the later end
             of "since 2015, ... increased from A to B"; a stock put in the
             present ("at present") is on the article's date instead; a level
             "in the same period last year" (or a sentence opening so) is
             of that part of the year before the period stated or carried;
  spans      a change against a base year ("compared to 2018"), over "the
             past five years", and an average annual rate (cagr_pct) are
             dated from their start to their end;
  document   a figure of a known measure with no date at all takes the one
             year the article reports, or the article's date for a stock
             stated in the present ("is now home to 25,000 enterprises").
A relative date the reference date cannot resolve stays on the figure as
`problem`; a figure with no period at all is dropped.
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from . import catalogue, indicator_facts, indicators, rate_moves
from .cues import cues, in_sentence
from .facts import UNRESOLVED_DATE
from .metric import FROM_RE
from .numbers import Mention
from .period_words import MONTHS, _M_FULL
from .periods import PeriodExpr
from .scene import CARRY_REACH, DocContext, Figure, SentenceContext

_COMPARED_RE = re.compile(r"\bcompared\s+(?:with|to)\b|\bthan\b|\bversus\b|\bagainst\b|\bfrom\b")
# "compared to the average from January to July": that period is a base, not the figure's
# (behind a test for its word: it is asked of every period before every figure)
_AVG_PERIOD_LEFT_RE = catalogue.GatedCue(
    re.compile(r"\baverage\s+(?:of\s+|for\s+|from\s+|in\s+|over\s+)?(?:the\s+)?$", re.I),
    re.compile("average", re.I), ("average",))
# "risen from 2.24 trillion yuan in 2019, an average annual growth of 25
# percent over the past five years": the year after "from <figure>" starts
# the span.
_FROM_FIGURE_LEFT_RE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|over\s+)?[$¥]?\d[\d.,]*(?:\s*[\w$.-]+){0,3}(?:\s*\([^()]{0,40}\)(?:\s+in)?)?\s+$", re.I)


def assign(fig: Figure, sc: SentenceContext) -> None:
    """The figure's period, dates and basis; drop it when nothing dates it."""
    fig.period, fig.rule = _period(fig, sc)
    if fig.rule == "undated_base":
        fig.dropped = "dating: the level a move started from, with no period of its own"
        return
    if fig.rule == "move_rate" and fig.period is None:
        fig.dropped = "dating: a rate between two levels whose periods are not a whole number of years apart"
        return
    if not _dates(fig, sc):
        fig.dropped = "dating: no period"
    elif fig.metric == "yoy_growth_pct" and fig.pend is not None and _sequential_base(fig, sc):
        fig.dropped = "dating: a rate against the month or quarter just before, not year on year"


def _sequential_base(fig: Figure, sc: SentenceContext) -> bool:
    """"In June, trade rose 5 percent compared with May", "GDP in the third quarter grew 1.2
    percent from the second quarter": the base right after the rate is the month or quarter
    just before the figure's own, so the rate is month on month (no metric for it), not year on
    year ("compared with June 2023" is a year before: year on year)."""
    end = fig.m.conv_end or fig.m.end
    for p in sc.ps:
        if p.role == "base" and p.ptype in ("month", "quarter") and p.pend is not None \
                and end <= p.start <= end + 40 and 0 < (fig.pend - p.pend).days < 100:
            return True
    if fig.ptype != "month":
        return False
    # a bare month name is no time expression of its own: "compared with May" after a June figure
    b = _MONTH_BASE_RE.match(sc.s, end)
    return b is not None and MONTHS[b["mon"].lower()] == (fig.pend.month - 2) % 12 + 1


_MONTH_BASE_RE = re.compile(r"\s*(?:,\s*)?(?:compared\s+(?:with|to)|from|over|against)\s+(?:that\s+(?:of|in)\s+)?"
                            r"(?:the\s+)?(?P<mon>" + _M_FULL + r")(?![\w-])(?![\s,]*(?:of\s+)?(?:19|20)\d\d)", re.I)


# between a comparison's base period and a figure in the clause that goes on about that period:
# "compared with that in 2017, which reached 9.5 percent", "than in 2017, when the economy grew 9.5 percent"
_BASE_CLAUSE_GAP_RE = re.compile(r"\s*,?\s*(?:when|which|where)\b[^,;:()]{0,60}$", re.I)


def _base_clause_period(fig: Figure, sc: SentenceContext) -> PeriodExpr | None:
    """"The growth rate fell compared with that in 2017, which reached 9.5 percent": a figure
    in a relative clause that opens right after a comparison's base period is a figure of that
    period, not of the period the text last reported (which it is compared with)."""
    m = fig.m
    for p in reversed(sc.ps):
        if p.end > m.start:
            continue
        if p.role != "base" or p.pend is None or p.ptype is None or not _BASE_CLAUSE_GAP_RE.fullmatch(sc.s, p.end, m.start):
            return None
        return PeriodExpr(p.start, p.end, "period", p.ptype, p.pstart, p.pend, p.basis)
    return None


def _period(fig: Figure, sc: SentenceContext) -> tuple[PeriodExpr | None, str]:
    """The figure's period and the rule that found it: the sentence's own, a whole year, or one carried over."""
    c, s, ps, raw, ctx, listed_years = cues(), sc.s, sc.ps, sc.raw, sc.doc, sc.listed_years
    m, i, left = fig.m, fig.i, sc.left_of(fig.m)
    # a figure whose measure the text pointed back to ("the figure") takes the period just stated too
    anaphoric = sc.anaphoric or fig.pointed
    own_frame = sc.own_frame and not fig.pointed and _frame_reaches(fig, sc)
    period = listed_years.get(i) or fig.own_period or _choose_period(s, m, ps, raw)
    rule = "sentence"
    if i not in listed_years and not fig.own_period and any(p.role == "base" for p in ps):
        based = _base_clause_period(fig, sc)
        if based is not None:
            period, rule = based, "base_clause"
    if fig.metric == "yoy_growth_pct" and "from" in s:
        move = rate_moves.move_of_rate(fig, sc)
        if move is not None:
            return move
    if period is not None and anaphoric and ctx.recent_period is not None and i not in listed_years:
        # "... surged 18.3 percent to 445.1 billion dollars during the period,
        # ... the highest ever this year": the period the text refers back to,
        # when it is nearer the figure than the sentence's own
        near = [p for p in ps if p.role == "anaphoric"]
        if near and min(_distance(p, m) for p in near) < _distance(period, m):
            period, rule = ctx.recent_period, "carried"
    end = _range_end(fig, sc, period, left)
    if end is not None:
        period = end
    elif _undated_base(fig, sc, period, left):
        # "rose to 35 billion yuan in 2024 from 31 billion yuan": the level a
        # move started from, with no period of its own; the year before it is
        # the other figure's, so it is left out rather than dated wrongly
        return None, "undated_base"
    prev_year = c.prev_year.match(s, m.conv_end or m.end)
    shifted = False   # whether the period is already the year before the sentence's
    if prev_year and period is not None and period.pend is not None and period.pstart is not None \
            and period.ptype in ("year", "ytd", "quarter", "month", "as_of"):
        # "The figure for 2024 compares with 480.26 billion yuan the
        # previous year": the year before the sentence's own year; and for a
        # part of a year or a stock ("in the first half, up from 190 billion
        # yuan a year earlier", "at the end of 2024, up from 23,000 a year
        # earlier"), the same period a year before.
        period = PeriodExpr(period.start, period.end, "period", period.ptype, rate_moves.year_before(period.pstart),
                            rate_moves.year_before(period.pend), period.basis)
        shifted = True
    if period is not None and period.pend is not None and period.ptype != "year" and in_sentence("whole_year", s):
        clause = sc.clause_start(m.start)
        if any(not _inside_period(w.start(), ps) for w in c.whole_year.finditer(s, clause, m.start)):
            # "exports rose 12 percent in December 2023, while exports for the
            # whole year rose 8 percent": the year of the period just named
            y = period.pend.year
            period = PeriodExpr(period.start, period.end, "period", "year", date(y, 1, 1), date(y, 12, 31),
                                period.basis)
    if period is None and in_sentence("whole_year", s):
        whole = _whole_year_period(ctx)
        if whole is not None:
            period, rule = whole, "whole_year"
    level = _level_right_before(fig, sc) if period is None else None
    if level is not None:
        # "reaching $18.5 billion, 1.6% up from a year earlier and achieving growth for 16
        # years in a row": a rate or share set right after a level, with no period of its own,
        # is of that level's period, whatever frame the words after it open
        return level.period, level.rule
    if (period is None and ctx.recent_period is not None and (anaphoric or ctx.recent_dist <= CARRY_REACH)
            and (not own_frame or _since_range_to(fig, sc)) and not FROM_RE.search(left)):
        # "Over the period, Hainan used $950 million": the period the text
        # has just stated carries over to the next sentences.
        period, rule = ctx.recent_period, "carried"
    carry = period if rule == "carried" else ctx.recent_period if period is None and ctx.recent_dist <= CARRY_REACH else None
    if prev_year and not shifted and carry is not None and carry.pstart is not None \
            and carry.ptype in ("year", "ytd", "quarter", "month", "as_of") \
            and (fig.metric == "level" or _COMPARED_LEFT_RE.search(s, max(0, m.start - 40), m.start)):
        # "Exports were 100 billion yuan in the same period last year", "up from 40 billion yuan a
        # year earlier", "compared with 3 percent in the same period last year", after a sentence on
        # the first quarter: the same period a year before the one carried (a rate that is no
        # compared figure, "fell 2 percent in the same period last year", is read year on year)
        period, rule = PeriodExpr(carry.start, carry.end, "period", carry.ptype, rate_moves.year_before(carry.pstart),
                                  rate_moves.year_before(carry.pend), carry.basis), "carried"
    elif period is not None and not prev_year and not shifted and ("same" in s or "corresponding" in s):
        ago = _same_part_ago(fig, sc, period)
        if ago is not None:
            period = ago
    return period, rule


# "in the same period last year", "the corresponding quarter of 2023": a year-ago part that dates
# a figure itself ("compared to the same period last year" is a rate's base, and not read here)
_SAME_PART_TEXT_RE = re.compile(r"(?:(?:in|during|for|of)\s+)?the\s+(?:same|corresponding)\s+(?:period|quarter|month)", re.I)


def _same_part_ago(fig: Figure, sc: SentenceContext, period: PeriodExpr) -> PeriodExpr | None:
    """"Exports were 100 billion yuan in the same period last year", "120 billion yuan, against
    100 billion yuan in the corresponding period of 2023", "In the same period last year, exports
    totalled 100 billion yuan": a level the words date to the same part of an earlier year (right
    after it, or opening its sentence) is of that part of that year, not of the period the text
    reports. A rate so placed is left as it is ("fell 5 percent in the same period last year" is
    read year on year). None when the words do not date the figure so."""
    if period.ptype not in ("year", "ytd", "quarter", "month", "as_of") or period.pstart is None:
        return None
    s, m = sc.s, fig.m
    end = m.conv_end or m.end
    for b in sc.ps:
        if b.role != "base" or not _SAME_PART_TEXT_RE.match(b.text):
            continue
        right_after = b.start >= end and fig.metric == "level" and rate_moves.PERIOD_AFTER_FIGURE_RE.fullmatch(s, end, b.start)
        opening = b.end <= m.start and not s[:b.start].strip() and "," in s[b.end:b.end + 3] \
            and not any(p.role == "period" for p in sc.ps)
        if not (right_after or opening):
            continue
        y = b.pend.year if b.pend is not None else period.pend.year - 1
        if y >= period.pend.year:
            return None
        try:
            return PeriodExpr(b.start, b.end, "period", period.ptype, period.pstart.replace(year=y),
                              period.pend.replace(year=y), period.basis)
        except ValueError:   # the 29th of February
            return None
    return None


def _inside_period(pos: int, ps: list[PeriodExpr]) -> bool:
    """Whether `pos` lies in a time expression the sentence states: "of the year" in "In the first
    half of the year, exports grew 10 percent" is part of that half, not the whole year."""
    return any(p.start <= pos < p.end for p in ps)
def _undated_base(fig: Figure, sc: SentenceContext, period: PeriodExpr | None, left: str) -> bool:
    """Whether the figure is the starting level after "from" whose only period stands before it,
    with a figure of the same unit before it ("to 35 billion yuan in 2024 from 31 billion yuan")."""
    m = fig.m
    if period is None or m.unit is None or m.unit == "percent" or period.end > m.start or not FROM_RE.search(left):
        return False
    c, after = cues(), m.conv_end or m.end
    if c.prev_year.match(sc.s, after) or c.year_ago.match(sc.s[after:after + 60]):
        return False   # "up from 4.2 billion yuan a year earlier": dated by its own words
    return any(f is not m and f.unit == m.unit and f.end <= m.start for f in sc.raw)


# between a level and its own rate or share: its conversion at most, a comma, a qualifier
_RIGHT_AFTER_RE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,\s*(?:(?:about|nearly|around|over|more\s+than|some|almost)\s+)?")


def _level_right_before(fig: Figure, sc: SentenceContext) -> Figure | None:
    """The dated level a growth rate or share stands right after (", 1.6% up from a year
    earlier", ", up 9 percent", ", accounting for 40 percent"): the rate or share of that level."""
    prev = fig.prev
    if fig.metric not in ("yoy_growth_pct", "share_pct") or prev is None or prev.dropped is not None \
            or prev.metric != "level" or prev.period is None or prev.rule not in ("sentence", "carried"):
        return None
    if fig.qualifies is prev or _RIGHT_AFTER_RE.fullmatch(sc.s, prev.m.conv_end or prev.m.end, fig.m.start):
        return prev
    return None


def _since_range_to(fig: Figure, sc: SentenceContext) -> bool:
    """"Since 2015, the number of institutes has increased from 2,245 to 3,678": the later end of
    a range that starts at the sentence's "since" is of the period the text reports, when that
    period is later than the start (the earlier end is the start's: _range_end)."""
    since = next((p for p in sc.ps if p.role == "since" and p.pend is not None and p.end <= fig.m.start), None)
    rp = sc.doc.recent_period
    if since is None or rp is None or rp.pend is None or rp.pend.year <= since.pend.year:
        return False
    left = sc.left_of(fig.m)
    return rate_moves.TO_LEFT_RE.search(left) is not None and any(
        FROM_RE.search(sc.s, max(0, f.start - 30), f.start) for f in sc.raw[:fig.i] if f.start > since.end)


def _frame_reaches(fig: Figure, sc: SentenceContext) -> bool:
    """Whether the sentence's own time frame ("for 16 years in a row", "since 2024") bears on the
    figure: one after it past a comma is another clause's ("reaching $18.5 billion, ... achieving
    growth for 16 years in a row", "totaled $9.9 billion, with services the largest recipient since
    2024"), and the figure still takes the period the text has stated."""
    m = fig.m
    for p in sc.ps:
        if p.role == "since" or (p.role == "duration" and p.pend is None):
            if p.start < m.end or "," not in sc.s[m.conv_end or m.end:p.start]:
                return True
    return False


def _choose_period(s: str, m: Mention, ps: list[PeriodExpr], figs: list[Mention]) -> PeriodExpr | None:
    """The sentence's own time expression for a figure (see the module docstring); None if none fits.
    `figs` are all number mentions: a period past another number is usually that number's."""
    cand = [p for p in ps if p.role == "period" and not _AVG_PERIOD_LEFT_RE.search(s, max(0, p.start - 30), p.start)]
    if not cand:
        return None
    after_ = [p for p in cand if p.start >= m.end]
    before = [p for p in cand if p.end <= m.start]
    if after_:
        p = after_[0]
        between = [f for f in figs if f is not m and f.start >= m.end and f.end <= p.start]
        # "... was 231 billion yuan in 2023, and in January the figure rose
        # 5%": a period after a clause break belongs to the next clause
        if not between and not (before and indicators.CLAUSE_BREAK_RE.search(s, m.end, p.start + 1)):
            return p
    if before:
        # "increased 1.6 percent in the third quarter, lower than the 6.2 percent rise in the second
        # quarter, with wages up 0.1 percent": a period that dates a compared figure is that figure's
        own = next((p for p in reversed(before[-3:]) if not _dates_compared_figure(s, p, m, figs)), None)
        return own or before[-1]
    if after_ and _COMPARED_RE.search(s, m.end, after_[0].start) \
            and any(f is not m and m.end <= f.start and f.end <= after_[0].start for f in figs):
        # "expanded 1.8 percent, compared with an increase of 1.2 percent in
        # the first three quarters": a period after another figure is that figure's
        return None
    return after_[0] if after_ else None


# between a comparison word and the figure it introduces: "lower than the ", "compared with ", "as against a "
_COMPARED_LEFT_RE = re.compile(r"(?:\bcompared\s+(?:with|to)|\bthan|\bversus|\bagainst|\bfrom)\s+(?:the\s+|an?\s+)?"
                               r"(?:(?:about|around|nearly|over|some)\s+)?$")
# between a compared figure and its period: "rise in the ", " increase recorded in ", " in "
_COMPARED_GAP_RE = re.compile(r"[^,;\d]{0,40}")


def _dates_compared_figure(s: str, p: PeriodExpr, m: Mention, figs: list[Mention]) -> bool:
    """Whether period `p`, before figure `m`, dates another figure that a comparison introduces
    ("lower than the 6.2 percent rise in the second quarter", "compared with 5.2 percent in the
    second quarter"): it is that earlier rate's period, not one later figures carry."""
    k = bisect.bisect_left(figs, p.start, key=lambda f: f.start)   # the figures are in order: no scan of them all
    f = figs[k - 1] if k > 0 else None
    if f is m or (f is not None and f.end > p.start):
        return False
    return (f is not None and f.start > 0 and _COMPARED_GAP_RE.fullmatch(s, f.conv_end or f.end, p.start) is not None
            and _COMPARED_LEFT_RE.search(s, max(0, f.start - 40), f.start) is not None)


def _choose_base(m: Mention, ps: list[PeriodExpr], figs: list[Mention]) -> PeriodExpr | None:
    """The comparison base ("compared to 2018", "than in 2005") nearest the figure; None when the
    nearest is a year-ago base without a year of its own ("grew 25 percent year-on-year, to 87
    percent of its size in the same quarter of 2019": the growth is year on year). A base after
    another figure is that figure's ("a year-on-year increase of 35.4%, an increase of 30.3% over
    the same period in 2019": 2019 is the second rate's base)."""
    bases = [p for p in ps if p.role == "base"
             and not (p.start >= m.end and any(f is not m and m.end <= f.start and f.end <= p.start for f in figs))]
    if not bases:
        return None
    near = min(bases, key=lambda p: abs(p.start - m.end))
    return near if near.pend is not None else None


def _range_end(fig: Figure, sc: SentenceContext, period: PeriodExpr | None, left: str) -> PeriodExpr | None:
    """The year of one end of "from X to Y" when the sentence dates the range,
    not each figure: "From 2012 to 2021, income rose from 36,800 yuan to
    75,002 yuan" (X in 2012, Y in 2021); "Since 2020, output soared from 1.46
    million to 9.44 million by 2023" (X in 2020). None when it does not apply.
    `left` is the text just before the figure, where "from" / "to" sit."""
    s, raw, ps, m, i = sc.s, sc.raw, sc.ps, fig.m, fig.i
    is_from = FROM_RE.search(left) is not None
    is_to = not is_from and rate_moves.TO_LEFT_RE.search(left) is not None and any(
        FROM_RE.search(s, max(0, f.start - 30), f.start) for f in raw[:i])
    if not (is_from or is_to):
        return None
    if period is not None and period.ptype == "span" and period.pstart is not None:
        y = period.pstart.year if is_from else period.pend.year
    elif is_from:
        since = next((p for p in ps if p.role == "since" and p.pstart is not None and p.end <= m.start), None)
        if since is None:
            return None
        y = since.pstart.year
    else:
        return None
    return PeriodExpr(period.start if period else 0, period.end if period else 0, "period", "year",
                      date(y, 1, 1), date(y, 12, 31), period.basis if period else "explicit")


def _distance(p: PeriodExpr, m: Mention) -> int:
    """Characters between a time expression and a figure."""
    return p.start - (m.conv_end or m.end) if p.start >= m.start else m.start - p.end


def _whole_year_period(ctx: DocContext) -> PeriodExpr | None:
    """The year a "whole year" / "full year" figure without a date is about: the document's, else the recent one."""
    y = ctx.doc_year or (ctx.recent_period.pend.year if ctx.recent_period is not None
                         and ctx.recent_period.pend is not None else None)
    if y is not None and ctx.ref is not None and date(y, 12, 31) > ctx.ref:
        y = ctx.ref.year - 1   # a full-year total is a finished year
    if y is None:
        return None
    return PeriodExpr(0, 0, "period", "year", date(y, 1, 1), date(y, 12, 31), "reference")


def _dates(fig: Figure, sc: SentenceContext) -> bool:
    """Sets the figure's ptype, pstart, pend, basis and problem from its period (and its metric
    and rule when they change); False if it cannot be dated."""
    s, ps, ctx, m = sc.s, sc.ps, sc.doc, fig.m
    period, rule, metric, code = fig.period, fig.rule, fig.metric, fig.code
    base = _choose_base(m, ps, sc.raw) if metric in ("change", "yoy_growth_pct") else None
    basis = period.basis if period else "explicit"
    problem = None
    ptype = pstart = pend = None
    if period is not None and period.unresolved:
        # only an article with no reference date leaves a relative date unresolved
        problem = f"{UNRESOLVED_DATE} (the article has no reference date): {period.unresolved.strip()}"
    elif period is not None:
        ptype, pstart, pend = period.ptype, period.pstart, period.pend
    # Change over a span: "an increase of 3.7 trillion yuan compared to 2018".
    # (a month's base, "up 3 points from last month", is a month-on-month change, never a span)
    if metric in ("change", "yoy_growth_pct") and base is not None and pend is not None and base.ptype != "month":
        if base.pend.year < pend.year - 1 or (metric == "change" and base.pend.year < pend.year):
            if metric == "yoy_growth_pct":
                metric = "change"
            ptype, pstart = "span", base.pstart
    if rule == "move_rate":
        # growth over several years between two stated levels: not a yearly rate (ANNOTATION:
        # "growth over several years", a change in percent over the span)
        metric = "change"
    elif metric == "change" and ctx.ref is not None and problem is None:
        dur = _clause_duration(s, m, ps, period)
        if dur is not None:
            ptype, pstart, pend, basis = _duration_span(dur, period, ctx.ref)
    if metric == "cagr_pct":
        if pend is None and problem is None:
            pend = _reported_part_year_end(m, code, ctx)
        span = _cagr_span(ps, pend, ctx.ref, s)
        if span is None and period is not None and period.ptype == "span" and period.pstart is not None:
            # "Throughout this period, GDP grew at an average annual rate of
            # 6.6 percent": the span the text has just named
            span = "span", period.pstart, period.pend, period.basis
        if span is None:
            return False
        ptype, pstart, pend, basis = span
    if ptype is None and problem is None:
        # No period in the sentence: a document-wide year, for figures
        # whose measure we know ("latest figures" articles).
        # a change against the year before ("up 0.24 points from the previous year") is a
        # year-on-year change, of the year as a growth rate would be
        year_ago = metric == "change" and any(p.role == "base" and p.pend is None and p.ptype is None for p in ps)
        doc = _document_year_dates(m, "yoy_growth_pct" if year_ago else metric, code, ctx)
        if doc is not None:
            ptype, pstart, pend = doc
            basis, rule = "reference", "document_year"
        elif (ctx.ref is not None and metric == "level" and code and indicator_facts.kind_of(code) == "stock"
              and in_sentence("present_time", s)):
            # "Shenzhen is now home to 25,000 high-tech enterprises", in an
            # article that states no period: a stock on the article's date
            ptype, pstart, pend, basis, rule = "as_of", ctx.ref, ctx.ref, "reference", "present"
        elif (ctx.ref is None and metric == "level" and code and indicator_facts.kind_of(code) == "stock"
              and in_sentence("present_time", s)):
            # the same in an article with no reference date: dated by a date nobody knows, so
            # held in quarantine with the other relative dates, not dropped unseen
            problem = f"{UNRESOLVED_DATE} (the article has no reference date): {cues().present_time.search(s)[0]}"
        else:
            return False
    if rule == "carried" and metric == "level" and pend is not None and _present_stock(fig, sc, pend):
        # "At present, Shenzhen has a total of 40,495 valid invention patents" in an article of
        # February 2012 that reported 2011: the stock on the article's date, not at the end of
        # the period recalled (a reference date the day after that period was inferred from it)
        ptype, pstart, pend, basis, rule = "as_of", ctx.ref, ctx.ref, "reference", "present"
    # as_of for a flow indicator means the year to that date.
    if ptype == "as_of" and code and indicator_facts.kind_of(code) == "flow" and pend and pend.month == 12 and pend.day == 31:
        ptype, pstart = "year", date(pend.year, 1, 1)
    fig.metric, fig.ptype, fig.pstart, fig.pend, fig.basis, fig.problem, fig.rule = \
        metric, ptype, pstart, pend, basis, problem, rule
    return True


def _present_stock(fig: Figure, sc: SentenceContext, pend: date) -> bool:
    """A stock its sentence puts in the present ("at present", "currently", before the figure),
    in an article dated after the period the text carried to it."""
    ref = sc.doc.ref
    if ref is None or not fig.code or indicator_facts.kind_of(fig.code) != "stock" or ref <= pend + timedelta(days=1):
        return False
    return cues().present_time.search(sc.s, 0, fig.m.start) is not None


def _reported_part_year_end(m: Mention, code: str | None, ctx: DocContext) -> date | None:
    """The end of the part of a year the text reports (the period just stated, else the article's
    latest), for an average over "the past two years" with no period of its own: "a two-year
    average growth of 5.4 percent" in a first-quarter report runs to the quarter's end. None when
    that period is a whole year (the average then runs to the last complete year, as before)."""
    rp = ctx.recent_period
    if rp is not None and ctx.recent_dist <= CARRY_REACH and rp.pend is not None:
        end = rp.pend
    else:
        doc = _document_year_dates(m, "level", code, ctx)
        end = doc[2] if doc is not None else None
    return end if end is not None and (end.month, end.day) != (12, 31) else None


def _duration_span(dur: PeriodExpr, period: PeriodExpr | None, ref: date) -> tuple[str, date, date, str]:
    """The span (ptype, pstart, pend, basis) of a change over "the past N years" in the figure's clause."""
    # "was 10.8 trillion in 2018, and the past five years witnessed an
    # increase of 3.2 trillion": a change over the years up to the last
    # complete one, not in the year named in the other clause
    y, basis = ref.year - 1, "relative"
    if period is not None and period.ptype == "year" and period.pend.year + dur.years <= y:
        y, basis = period.pend.year + dur.years, period.basis   # the N years after the base year
    return "span", date(y - dur.years, 1, 1), date(y, 12, 31), basis


def _document_year_dates(m: Mention, metric: str, code: str | None,
                         ctx: DocContext) -> tuple[str, date, date] | None:
    """The document-wide year (ptype, pstart, pend) for an undated figure of a known measure; None if not allowed.
    A year not over by the article's date cannot be the period of an actual: then the latest period the
    article states within it ("Data highlights ... in the first 10 months")."""
    doc_year = ctx.doc_year
    if doc_year is None or code == "unclassified" \
            or metric not in ("level", "yoy_growth_pct", "share_pct") \
            or (metric == "share_pct" and m.kind != "digits") \
            or (code is None and not (m.kind == "digits" and metric != "level")):
        return None
    y = doc_year
    latest = ctx.doc_latest
    if ctx.ref is not None and date(y, 12, 31) > ctx.ref and latest is not None and latest.pend.year == y:
        return latest.ptype, latest.pstart, latest.pend
    if indicator_facts.kind_of(code) == "stock":
        return "as_of", date(y, 12, 31), date(y, 12, 31)
    return "year", date(y, 1, 1), date(y, 12, 31)


def _clause_duration(s: str, m: Mention, ps: list[PeriodExpr], period: PeriodExpr | None) -> PeriodExpr | None:
    """"the past N years" in the figure's own clause, when the period chosen
    for the figure is not in that clause."""
    for d in ps:
        if d.role != "duration" or not d.past or not d.years:
            continue
        a, b = (d.end, m.start) if d.end <= m.start else (m.end, d.start)
        if indicators.CLAUSE_BREAK_RE.search(s, a, b):
            continue
        if period is None:
            return d
        pa, pb = (period.end, min(m.start, d.start)) if period.end <= m.start else (max(m.end, d.end), period.start)
        if pa <= pb and indicators.CLAUSE_BREAK_RE.search(s, pa, pb):
            return d
    return None


def _cagr_span(ps: list[PeriodExpr], pend: date | None, ref: date | None, s: str = ""):
    """The span (ptype, pstart, pend, basis) an average annual rate is over; None if the sentence gives none."""
    spans = [p for p in ps if p.role == "period" and p.ptype == "span"]
    if spans:
        p = spans[0]
        return "span", p.pstart, p.pend, p.basis
    durs = [p for p in ps if p.role == "duration" and p.years]
    if not durs:
        # "rose from A in 2020 to B in 2024, an average annual increase of X%"
        ys = [p for p in ps if p.role == "period" and p.ptype == "year" and p.pstart is not None]
        if len(ys) >= 2 and ys[-1].pend.year > ys[0].pstart.year and _FROM_FIGURE_LEFT_RE.search(s, max(0, ys[0].start - 60), ys[0].start):
            return "span", ys[0].pstart, ys[-1].pend, ys[-1].basis
        # "an average annual growth rate of 4.2% compared to 2020": from the
        # base year to the figure's year (or the last complete year)
        bases = [p for p in ps if p.role == "base" and p.ptype == "year" and p.pend is not None]
        if bases:
            end, basis = (pend, "explicit") if pend is not None else \
                ((date(ref.year - 1, 12, 31), "relative") if ref is not None else (None, None))
            if end is not None and end.year > bases[0].pend.year:
                return "span", bases[0].pstart, end, basis
        # "Since 2018, GDP has grown at an average annual rate of 5.9 percent
        # (, reaching ... in 2024)": from that year to the year the sentence
        # reaches, else to the last complete year
        sinces = [p for p in ps if p.role == "since" and p.pend is not None]
        if sinces:
            y0 = sinces[0].pend.year
            later = [p for p in ps if p.role == "period" and p.ptype == "year" and p.pend is not None
                     and p.pend.year > y0]
            if later:
                end, basis = later[-1].pend, later[-1].basis
            elif pend is not None and pend.year > y0:
                end, basis = pend, "explicit"
            elif ref is not None and ref.year - 1 > y0:
                end, basis = date(ref.year - 1, 12, 31), "relative"
            else:
                return None
            return "span", sinces[0].pstart, end, basis
    if durs:
        n = durs[0].years
        starts = [p for p in ps if p.role == "period" and p.ptype == "year" and p.pstart is not None
                  and _FROM_FIGURE_LEFT_RE.search(s, max(0, p.start - 60), p.start)]
        if starts:
            y0 = starts[0].pstart.year
            return "span", date(y0, 1, 1), date(y0 + n, 12, 31), starts[0].basis
        if pend is not None and (pend.month, pend.day) != (12, 31):
            # "up 5.7 percent on average over the past two years" in a
            # first-quarter report: the average runs to the quarter's end
            return "span", date(pend.year - n, 1, 1), pend, "explicit"
        if pend is not None:
            end_year, basis = pend.year, "explicit"
        elif ref is not None:
            end_year, basis = ref.year - 1, "relative"
        else:
            return None
        return "span", date(end_year - n, 1, 1), date(end_year, 12, 31), basis
    return None
