"""A name inside an aside: "<subject>, <the|its|X's ...>, <rest>" puts a noun
phrase first and then an aside about it between commas.

When the catalogue name that `indicators.pick` found sits inside such an
aside, the measure may be the subject's, not the aside's. Finding that
subject is one small grammar of its own (the aside's shape, and the opening
words that cannot begin a subject), so it lives here apart from the rest of
`measure_phrase`, which asks `apposition_subject` once per figure.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue
from .indicators import AliasHit
from .phrase_words import _clause_start, _verbs


# "<subject>, <the|its|X's ...>, <rest>": a noun phrase, then an aside about it
_APPOSITION_RE = re.compile(r"\s*(?P<subj>[A-Za-z][^,;:\d]{2,60}?),\s+"
                            r"(?:(?:once|now|still|long|already|currently|traditionally|also|by\s+far)\s+)?"   # "once the backbone of"
                            r"(?:the|its|their|a|an|[A-Z][\w-]*(?:'s|\u2019s))\s[^,;:\d]{2,80}?,\s")


# words that open a clause but never its subject ("In 2023, Hunan's exports, ...")
_OPENERS = frozenset({"in", "during", "for", "by", "as", "from", "with", "among", "according", "meanwhile", "however",
                      "besides", "also", "last", "this", "since", "after", "before", "over", "at", "on", "of", "to",
                      "moreover", "furthermore", "overall", "notably", "specifically", "similarly", "likewise", "yet",
                      "still", "thus", "therefore", "and", "but", "so", "while", "when", "although", "though"})


@lru_cache(maxsize=1024)   # every figure of the clause asks: matched once
def _apposition_at(s: str, lo: int) -> re.Match | None:
    return _APPOSITION_RE.match(s, lo)


def apposition_subject(s: str, hit: AliasHit, a: int) -> tuple[int, int] | None:
    """The subject a name's aside describes, when the name is inside an
    aside right after its clause's opening noun phrase and the figure comes
    after the aside; None for a subject that opens with a preposition or
    adverb ("In 2023, Hunan's exports, ...") or is a place ("Shenzhen,
    China's export hub, ..." measures the place's own exports)."""
    m = _apposition_at(s, _clause_start(s, hit.start))
    if m is None or not (m.end("subj") < hit.start and hit.end <= m.end() <= a):
        return None
    first = s[m.start("subj"):m.end("subj")].split()[0].lower()
    if first in _verbs() or first in _OPENERS or catalogue.get().region_re.match(s, m.start("subj")):
        return None
    return m.start("subj"), m.end("subj")
