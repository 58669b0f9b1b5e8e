"""A growth rate in real terms beside the nominal rate of the same series.

Statistics offices report many measures both ways: "retail sales grew 10.4
percent ... and 9.6 percent less the price factors", "R&D spending rose
10.1 percent ... 7.7 percent at constant prices". The nominal rate is the
series' own (eval/ANNOTATION.md: the real one is the other reading); read
as the same series the two would disagree, and the article's check would
hold both. So, once the whole article is read: a rate that its own clause
marks as real (seeds/cues.csv `real_terms`) is kept, `unclassified`, when
the article also gives an unmarked rate of the same series and period that
differs. Alone, a real rate stays the series' own. Measures whose growth is
real by convention (GDP, value added: cues.csv `real_growth_code`) are
left as they are.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import catalogue
from .cues import lead_words
from .facts import Fact

# the figure's own clause: up to the marks around it
_CLAUSE_STOP_RE = re.compile(r"[,;:]|\.(?:\s|$)")


@lru_cache(maxsize=1)
def _real_re() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w])(?:{real_terms})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _real_words() -> frozenset[str] | None:
    return lead_words(catalogue.get().cues.get("real_terms", []))


def _may_mark_real(text: str) -> bool:
    """False when the article cannot hold a real-terms cue: an ASCII text
    (where re.IGNORECASE folds as str.lower does) without one word of each
    cue ("constant", "inflation", ...). A cheap test before _real_re, which
    re tries at every position of the whole article."""
    words = _real_words()
    if words is None or not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in words)


@lru_cache(maxsize=1)
def _by_convention() -> frozenset[str]:
    return frozenset(catalogue.get().cues.get("real_growth_code", []))


def unfile_real_rates(facts: list[Fact], text: str) -> list[Fact]:
    """The facts, with each real-terms rate that a differing nominal rate of its series accompanies unfiled."""
    if not any(f.metric == "yoy_growth_pct" for f in facts) or not _may_mark_real(text) \
            or _real_re().search(text) is None:
        return facts   # cheap: the article marks no rate as real
    real: dict[int, tuple] = {}
    plain: dict[tuple, set[float]] = {}
    for i, f in enumerate(facts):
        if f.metric != "yoy_growth_pct" or f.indicator == "unclassified" or f.is_target \
                or f.indicator in _by_convention():
            continue
        key = (f.indicator, f.breakdown, f.region, f.period_type, f.period_start, f.period_end)
        if _marked_real(f, text):
            real[i] = key
        else:
            plain.setdefault(key, set()).add(round(f.value * f.scale, 6))
    if not real:
        return facts
    out = list(facts)
    for i, key in real.items():
        if plain.get(key, set()) - {round(facts[i].value * facts[i].scale, 6)}:
            out[i] = replace(facts[i], indicator="unclassified", breakdown=None, rule=facts[i].rule + ":real_terms")
    return out


def _marked_real(f: Fact, text: str) -> bool:
    """Whether the figure's own clause says its rate is in real terms."""
    s, fig = f.sentence, text[f.start:f.end]
    at = s.find(fig) if fig else -1
    if at < 0:
        return False
    stops = [m.end() for m in _CLAUSE_STOP_RE.finditer(s, 0, at)]
    left = stops[-2] if len(stops) > 1 else 0
    stop = _CLAUSE_STOP_RE.search(s, at + len(fig))
    # the figure's clause, the one before it ("At constant prices, ...") and
    # the one right after it (", less the price factors"); a rate whose
    # neighbour is marked may be marked too, which keeps both as they are
    after = _CLAUSE_STOP_RE.search(s, stop.end()) if stop is not None else None
    right = after.start() if after is not None else len(s)
    return _real_re().search(s, left, right) is not None
