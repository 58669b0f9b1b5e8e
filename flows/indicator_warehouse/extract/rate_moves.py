"""A growth rate stated with the two levels it was worked out from.

"fell 6.2 percent from 820 billion yuan in 2022 to 769 billion yuan in 2023",
"rose from A in 2022 to B in 2023, up 12 percent": the rate's period is the
later level's, or a span when the years are not consecutive. Part of the
dating stage (dating.py), kept apart because it reads the sentence's whole
"from A <period> to B <period>" pair, once per sentence.
"""
from __future__ import annotations

import re
from datetime import date

from . import catalogue
from .metric import FROM_RE
from .numbers import Mention
from .periods import PeriodExpr
from .scene import Figure, SentenceContext

# "... to 769 billion yuan": the word before the later level
TO_LEFT_RE = catalogue.EndWordCue(re.compile(r"\bto\s+(?:about\s+|over\s+|nearly\s+|more\s+than\s+|some\s+)?$", re.I),
                                   ("to", "about", "over", "nearly", "than", "some"))
# "fell 6.2 percent from A in 2022 to B in 2023" / "rose from A in 2022 to B in
# 2023, up 12 percent": the rate stands right before the "from" figure, or
# right after the "to" figure's period past a comma and a few words
_MOVE_RATE_BEFORE_RE = re.compile(r"\s*(?:by\s+)?(?:\([^()]{0,40}\)\s*)?,?\s*from\s+(?:about\s+|over\s+|nearly\s+|more\s+than\s+)?$", re.I)
_MOVE_RATE_AFTER_RE = re.compile(r"\s*,\s*(?:(?!and\b|while\b|but\b|whereas\b|compared\b|than\b)[\w-]+\s+){1,6}$", re.I)
PERIOD_AFTER_FIGURE_RE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:in|at|for|during|by|as|of|the|end)\s+){0,4}$", re.I)


def move_of_rate(fig: Figure, sc: SentenceContext) -> tuple[PeriodExpr | None, str] | None:
    """The period of a growth rate stated with the two levels it was worked out from ("fell 6.2
    percent from 820 billion yuan in 2022 to 769 billion yuan in 2023"; "rose from A in 2022 to
    B in 2023, up 12 percent"): the later level's period. Between the same period of two
    consecutive years that is year-on-year growth; a gap of several years makes it growth over
    those years ("rose 48 percent from A in 2020 to B in 2023"), dated as a span (see dating._dates:
    a change in percent); two periods of other shapes (a quarter against the one before) leave
    the rate undated rather than read as year-on-year. None when the rate is not part of one."""
    pair = sc.memo("move_pair", _move_pair)   # once per sentence: it reads every number of it
    if pair is None:
        return None
    (f1, p1), (f2, p2) = pair
    s, m = sc.s, fig.m
    if not (m.end <= f1.start and _MOVE_RATE_BEFORE_RE.match(s, m.conv_end or m.end, f1.start)
            or p2.end <= m.start and _MOVE_RATE_AFTER_RE.fullmatch(s, p2.end, m.start)):
        return None
    if p1.ptype != p2.ptype or p1.pstart is None or p2.pstart is None:
        return None, "move_rate"
    years = p2.pend.year - p1.pend.year
    if years < 1 or year_before(p2.pstart).replace(year=p1.pstart.year) != p1.pstart \
            or year_before(p2.pend).replace(year=p1.pend.year) != p1.pend:
        return None, "move_rate"
    if years == 1:
        return p2, "sentence"
    return PeriodExpr(p1.start, p2.end, "period", "span", p1.pstart, p2.pend, p2.basis), "move_rate"


def _move_pair(sc: SentenceContext) -> tuple[tuple[Mention, PeriodExpr], tuple[Mention, PeriodExpr]] | None:
    """The two levels of "from A <period> to B <period>" in the sentence, each with the period
    right after it, when both are in one unit; None when there are none."""
    s, raw, ps = sc.s, sc.raw, sc.ps
    for k, f1 in enumerate(raw[:-1]):
        if not FROM_RE.search(s, max(0, f1.start - 30), f1.start):
            continue
        p1 = _period_right_after(s, f1, ps)
        f2 = raw[k + 1]
        if p1 is None or f2.start < p1.end or f2.unit != f1.unit \
                or not TO_LEFT_RE.search(s, max(0, f2.start - 30), f2.start):
            continue
        p2 = _period_right_after(s, f2, ps)
        if p2 is not None:
            return (f1, p1), (f2, p2)
    return None


def _period_right_after(s: str, f: Mention, ps: list[PeriodExpr]) -> PeriodExpr | None:
    """The time expression that directly follows a figure ("820 billion yuan in 2022")."""
    end = f.conv_end or f.end
    return next((p for p in ps if p.role == "period" and p.start >= end and p.start - end <= 45
                 and PERIOD_AFTER_FIGURE_RE.fullmatch(s, end, p.start)), None)


def year_before(d: date) -> date:
    """The same day a year before (the last of February for the 29th)."""
    if d.month == 2 and d.day == 29:
        return date(d.year - 1, 2, 28)
    return date(d.year - 1, d.month, d.day)
