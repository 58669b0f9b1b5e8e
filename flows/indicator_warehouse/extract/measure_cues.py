"""Cue-word tests the indicator choice asks of a figure's sentence.

Each reads one kind of seeds/cues.csv word list: whether a count is a
capacity, whether anything in the sentence says a product was made, whether
a name is a generic measure noun, whether a count carries its own noun.
Kept apart from indicators.py, which weighs the catalogue's names, so that
module reads as the choice itself.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue

_CLAUSE_MARK_RE = re.compile(r"[,;:]")


def capacity_before(s: str, a: int) -> bool:
    """Whether the figure's own clause, before it, says it is a capacity (cues.csv `capacity_cue`)."""
    lo = max(0, a - 60)
    marks = [m.end() for m in _CLAUSE_MARK_RE.finditer(s, lo, a)]
    return _capacity_re().search(s, marks[-1] if marks else lo, a) is not None


@lru_cache(maxsize=1)
def _capacity_re() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w])(?:{capacity_cue})(?![\w])", re.IGNORECASE)


def unmade(s: str, start: int, end: int) -> bool:
    """Whether a product's output is named by the product alone and nothing
    in its sentence says it was made: "Shanghai promoted 160,000 new energy
    vehicles", "licences issued to 902 vehicles", "equating to 30,629 NEVs"
    count vehicles sold, put on the road or licensed, not produced
    (seeds/cues.csv `production_word`)."""
    made = _production_word_re()
    return made.search(s, start, end) is None and made.search(s) is None


@lru_cache(maxsize=1)
def _production_word_re() -> re.Pattern:
    return re.compile(catalogue.get().cue_regex_any("production_word").pattern, re.IGNORECASE)


def generic(name: str) -> bool:
    """A name that is a series only with the sector it is of (cues.csv `generic_measure`: "added value")."""
    return catalogue.alias_key(name).replace("-", " ") in _generic_measures()


@lru_cache(maxsize=1)
def _generic_measures() -> frozenset[str]:
    return frozenset(w.lower() for w in catalogue.get().cues.get("generic_measure", []))


def counts_entities(s: str, a: int, b: int) -> bool:
    """Whether the count at [a, b) carries its own noun for what it counts
    ("520 enterprises"; cues.csv `counted_entity`)."""
    return _counted_entity_re().search(s, a, b) is not None


@lru_cache(maxsize=1)
def _counted_entity_re() -> re.Pattern:
    return catalogue.get().cue_regex_any("counted_entity")
