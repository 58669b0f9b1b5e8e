"""What an outlay or an income is "on", "for" or "from": its purpose or
source, which makes the figure a part of the measure (split out of
measure_phrase.py).

    purpose_part(s, hit, a, whole, allowed) -> (breakdown or None, end) or None

| the phrase | read as |
| --- | --- |
| "fiscal expenditure on education", "budget spending for healthcare" | a part: the spending on one purpose |
| "fiscal revenue from land sales" | a part: the revenue from one source |
| "R&D spending on basic research" | a part the code names (activity=basic research) |
| "fiscal revenue for the first half", "spending in 2023" | the whole: a time, not a purpose |
| "spending on R&D" | the whole: the catalogue's own alias ends after "R&D" |

The nouns whose complement is a purpose or source are data (cues.csv
`purpose_head`), and so are the time words after "for"/"from" that keep
the measure whole (`purpose_not`). A part the code has no dimension for
stays unclassified: a budget's spending on schools is not the budget's
spending.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue
from .complements import _COMPLEMENT
from .indicators import AliasHit
from .phrase_words import _term_runs

_PURPOSE_RE = re.compile(_COMPLEMENT.format(preps=r"on|for|from"), re.IGNORECASE)


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(p.lower() for p in catalogue.get().cues.get("purpose_head", ()))


@lru_cache(maxsize=1)
def _time_re() -> re.Pattern:
    # "for the first half", "from January to May", "for the year": when, not what for
    return catalogue.get().cue_pattern(r"(?:(?:the|this|that|a|its)\s+)?(?:{purpose_not})\b", re.IGNORECASE)


def purpose_part(s: str, hit: AliasHit, a: int, allowed: tuple[str, ...]) -> tuple[str | None, int] | None:
    """The part an outlay or income named before the figure at `a` is of,
    when a purpose or source follows its name: (its breakdown, or None for
    a part the code cannot name; where the phrase ends). None when the
    measure is not an outlay or income, or nothing but a time follows it."""
    if hit.end > a:
        return None
    head = s[hit.start:hit.end].lower().rsplit(" ", 1)[-1]
    if head not in _heads():
        return None
    m = _PURPOSE_RE.match(s, hit.end)
    if m is None or m.end() > a or _time_re().match(s, m.start("np")) or catalogue.get().region_re.match(s, m.start("np")):
        return None
    runs = [r for r in _term_runs(s, m.start("np"), m.end("np")) if r[0].dimension in allowed]
    if len(runs) == 1 and len(runs[0]) == 1:
        return f"{runs[0][0].dimension}={runs[0][0].value}", m.end()
    return None, m.end()
