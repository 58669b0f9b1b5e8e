"""Places named as the scope of another: "Jiangsu's capital Nanjing",
"Guangdong's Pearl River Delta region" (a place named with "'s" right before a
place inside it), "In Jiangsu province, Suzhou's GDP ..." (a place that opens
its clause, then a place inside it); and whether one region lies in another.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import catalogue

if TYPE_CHECKING:   # places imports this module
    from .places import PlaceMention


@lru_cache(maxsize=4096)
def within(inner: str | None, outer: str | None) -> bool:
    """Whether region `inner` lies inside region `outer` (a city in its province, a province in China)."""
    regions = catalogue.get().regions
    up, seen = regions.get(inner or ""), 0
    while up is not None and up.parent and seen < 4:
        if up.parent == outer:
            return True
        up, seen = regions.get(up.parent), seen + 1
    return False


def is_scope(s: str, m: PlaceMention, inner: PlaceMention) -> bool:
    """"Guangdong's Pearl River Delta region", "Jiangsu's capital Nanjing",
    "China's Guangdong": a place named, with "'s", right before a place
    inside it is that place's scope, not what the sentence talks about."""
    regions = catalogue.get().regions
    up, seen = regions.get(inner.region), 0
    while up is not None and up.parent and seen < 4:
        if up.parent == m.region:
            return _scope_gap().fullmatch(s, m.end, inner.start) is not None
        up, seen = regions.get(up.parent), seen + 1
    return False


@lru_cache(maxsize=1)
def _scope_gap() -> re.Pattern:
    # "'s ", "'s southern ", "'s capital ": between a place and a place inside it
    return catalogue.get().cue_pattern(
        r"'s?\s+(?:(?:the\s+)?(?:{compass}|{capital_phrase})\s+)?(?:the\s+)?", re.I)


# "In Jiangsu province, ...", "Across Guangdong, ...": a place that opens its clause as a scope
_OPENING_SCOPE_LEFT_RE = re.compile(r"(?:^|[,;:]|--)\s*(?:[Ii]n|[Aa]cross|[Ww]ithin|[Tt]hroughout)\s+(?:the\s+)?$")
_OPENING_SCOPE_RIGHT_RE = re.compile(r"\s*(?:[Pp]rovince|[Cc]ity|[Mm]unicipality|[Rr]egion)?\s*,\s*"
                                     r"(?:the\s+)?(?:(?:provincial\s+)?capital\s+|city\s+of\s+)?")


def inside_opening_scope(s: str, clause: list[PlaceMention]) -> PlaceMention:
    """The clause's place: its first, except "In Jiangsu province, Suzhou's GDP reached ...":
    a place named as the opening scope of the clause, then a place inside it before the
    figure, is where the figure's place lies, the inner place its subject."""
    first = clause[0]
    right = _OPENING_SCOPE_RIGHT_RE.match(s, first.end) if len(clause) > 1 and s else None
    if right is None or _OPENING_SCOPE_LEFT_RE.search(s, max(0, first.start - 30), first.start) is None:
        return first
    # the inner place opens the main clause ("In Jiangsu, home to Suzhou, GDP ..." is Jiangsu's)
    return clause[1] if clause[1].start == right.end() and within(clause[1].region, first.region) else first
