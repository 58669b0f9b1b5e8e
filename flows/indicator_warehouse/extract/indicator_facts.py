"""What the catalogue says about one indicator code, once the code is known.

`indicators` decides *which* code a figure measures; the stages after it
(measure, dating, pointers, measure_phrase) then ask questions of that code:
its unit, whether it is a stock or a flow, whether one of its aliases holds a
word, which code is its per-person counterpart, which is the "applications"
measure of a counted noun. These are plain look-ups in seeds/indicators.csv
with no sentence parsing, so they live apart from the choosing.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue

_COUNTED_NOUN_RE = re.compile(r"\s*((?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*?)s?\b(?=[\s,.;]|$)")


def applications_of(after: str) -> str | None:
    """The measure of applications for the noun counted right after a
    figure ("108,800 patents" after "applied for"): the code whose alias is
    that noun, singular, plus "applications" ("patent applications"), if
    the catalogue has one."""
    m = _COUNTED_NOUN_RE.match(after)
    if m is None:
        return None
    codes = catalogue.get().indicator_alias.get(m.group(1).lower() + " applications")
    return codes[0] if codes else None


def per_capita_of(code: str) -> str:
    """The per-person counterpart of an aggregate ("US$5,400 per capita" after
    GDP is GDP per capita): the indicator with an alias that is one of the
    aggregate's aliases plus "per capita"; else `unclassified`."""
    return _per_capita_codes().get(code, "unclassified")


@lru_cache(maxsize=1)
def _per_capita_codes() -> dict[str, str]:
    inds = catalogue.get().indicators.values()
    owner = {a.lower(): ind.code for ind in inds for a in ind.aliases}
    out = {}
    for ind in inds:
        for a in ind.aliases:
            base = re.sub(r"\s*\bper capita\b\s*", " ", a.lower()).strip()
            if base != a.lower() and owner.get(base, ind.code) != ind.code:
                out.setdefault(owner[base], ind.code)
    return out


def alias_has_word(code: str, word: str) -> bool:
    """Whether one of the indicator's aliases holds `word` as a word, or as the
    stem of one ("enterprise" in "high-tech enterprises")."""
    return bool(re.search(r"(?<![\w])" + re.escape(word.lower()),
                          " ".join(catalogue.get().indicators[code].aliases).lower()))


def unit_of(code: str) -> str | None:
    ind = catalogue.get().indicators.get(code)
    return ind.unit if ind else None


def kind_of(code: str) -> str:
    ind = catalogue.get().indicators.get(code)
    return ind.kind if ind else "flow"
