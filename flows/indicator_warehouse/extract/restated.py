"""Figures an article states twice, kept once: a threshold it passed ("exceeded
the 200 billion yuan mark") that it also gives exactly, and a loose or
headline figure ("GDP up 12%") that it also gives more precisely. Run by
document.py over all of an article's figures, after the sentence grammar.
"""
from __future__ import annotations

import re

from .facts import Fact, next_round


def passed_on_the_way(f: Fact, facts: list[Fact]) -> bool:
    """Whether "over" figure f is a round level another exact figure of the
    same series and sentence passed ("went over $100 billion for the first
    time, to $106.5 billion"): a threshold on the way to that figure, no
    second value of the series (drop_restated_marks then drops it)."""
    if f.qualifier != "over":
        return False
    v = f.value * f.scale
    return any(g is not f and g.qualifier in ("exact", "approx") and g.indicator == f.indicator
               and (g.region, g.unit, g.metric, g.period_end) == (f.region, f.unit, f.metric, f.period_end)
               and v <= g.value * g.scale < next_round(v) for g in facts)


def drop_restated_marks(facts: list[Fact]) -> list[Fact]:
    """A threshold passed ("exceeded the 200 billion yuan mark", a headline's
    "tops 14 trillion yuan") that the article also reports exactly (205.95
    billion yuan, 14.5 trillion yuan: same measure, place, unit and period,
    between the threshold and the next round number) restates that figure:
    keep only the exact one. An unnamed measure may restate a named one from
    another sentence, never from its own ("investment topped 1,000 billion
    yuan, whereas consumption reached 1,277.2 billion yuan" is two figures)."""
    marks = [f for f in facts if f.rule.startswith("mark_") or f.qualifier == "over"]
    if not marks:
        return facts
    drop = set()
    for mk in marks:
        v = mk.value * mk.scale
        for f in facts:
            if f is mk or f.is_target or f.qualifier not in ("exact", "approx") or f.rule.startswith("mark_"):
                continue
            if (f.region, f.unit, f.metric, f.period_end) == (mk.region, mk.unit, mk.metric, mk.period_end) \
                    and (f.indicator == mk.indicator or ("unclassified" in (f.indicator, mk.indicator)
                                                         and f.sentence != mk.sentence)) \
                    and v <= f.value * f.scale < next_round(v):
                drop.add(id(mk))
                break
    return [f for f in facts if id(f) not in drop]


# a headline has no closing full stop ("Tibet's GDP up 12%, topping national average")
_CLOSED_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
_HEADLINE_MAX = 160   # characters: a headline is one short line


def _headline_like(s: str) -> bool:
    """A short line with no closing full stop (only its last characters are read)."""
    return len(s) <= _HEADLINE_MAX and _CLOSED_RE.search(s.rstrip()[-4:]) is None


def _significant(v: float) -> tuple[int, int]:
    """(significant digits, power of ten of the last one) of a written figure:
    12 -> (2, 0), 50,000 -> (1, 4), 12.1 -> (3, -1)."""
    v = float(f"{abs(v):.9g}")   # 8.3 * 1e12 is 8300000000000.001
    whole, _, frac = f"{v:.6f}".rstrip("0").partition(".")
    if frac:
        return len((whole + frac).lstrip("0")), -len(frac)
    kept = whole.rstrip("0")
    return len(kept.lstrip("0")), len(whole) - len(kept)


def _rounded(exact: set[float], n: int, place: int) -> set[float]:
    """The exact values more precise than n digits, rounded at 10**place."""
    return {round(round(v / 10.0 ** place) * 10.0 ** place, 6) for v in exact if _significant(v)[0] > n}


def drop_restated_roundings(facts: list[Fact]) -> list[Fact]:
    """A figure stated loosely and then exactly is one figure, the exact one:
    a headline's "GDP up 12%", "Almost one million patent applications"
    or "nearly 1 million" that the article also gives as 12.1 percent or
    976,686 (same series, place, unit and period; the loose value is the
    exact one rounded). Only a headline (a short line with no closing full
    stop) or a figure the words call loose (about, over, under) restates:
    two exact figures of one series in running text are two claims, and
    the pipeline holds such a pair for review instead."""
    by_key: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.indicator != "unclassified" and not f.is_target:
            by_key.setdefault((f.indicator, f.breakdown, f.region, f.metric, f.unit, f.period_type,
                               f.period_end), []).append(f)
    drop = set()
    for group in by_key.values():
        if len(group) < 2:
            continue
        exact = {b.value * b.scale for b in group if b.qualifier == "exact"}
        rounded: dict[tuple[int, int], set[float]] = {}   # (digits, place) -> exact values so rounded
        for a in group:
            if a.qualifier == "exact" and not _headline_like(a.sentence):
                continue
            va = a.value * a.scale
            n, place = _significant(va)
            if (n, place) not in rounded:
                rounded[(n, place)] = _rounded(exact, n, place)
            if round(va, 6) in rounded[(n, place)]:
                drop.add(id(a))
    return [f for f in facts if id(f) not in drop] if drop else facts
