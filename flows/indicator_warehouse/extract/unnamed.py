"""Names for kept figures whose measure the catalogue lacks.

An uncatalogued count or ratio is kept as `unclassified`, and analysts group
such figures by `measure_text`; so when the measure phrase found no name,
these rules take one from the words around the figure: "the number of R&D
centres" before a count, the plural noun right after it ("1,149 batches of
frozen seafood"), the "ratio of ... between ..." before a ratio.
"""
from __future__ import annotations

import re

from . import measure_phrase
from .cues import cues
from .scene import Figure, SentenceContext

# the words right after a count, up to a clause break, a number or a word
# that ends a noun phrase ("1,149 batches of lithium-ion batteries for ...")
_AFTER_COUNT_RE = re.compile(r"\s+([A-Za-z][\w&'-]*)")
# "the number of foreign R&D centres reached": the measure named before a count, up to its verb
_NUMBER_OF_NOUN_RE = re.compile(r"(?:the\s+)?(?:total\s+|cumulative\s+)?number\s+of\s+[^,;:\d]+?"
                                r"(?=\s+(?:was|were|is|are|has|have|had|reached|hit|totaled|totalled|stood|exceeded|"
                                r"surpassed|topped|amounted|rose|grew|came)\b)", re.I)
# "the ratio of disposable income between urban and rural residents dropped": a ratio's name, up to its verb
_RATIO_NAME_RE = re.compile(r"(?<![\w.'-])(?:(?!(?:and|or|but|while|whereas)\b)[A-Za-z][\w'-]*\s+){0,5}?ratios?\s+(?:of|between)\s+[^,;:\d]+?"
                            r"(?=\s+(?:was|were|is|are|stood|dropped|fell|rose|narrowed|widened|reached|hit|declined|"
                            r"decreased|increased|came|from)\b)", re.I)


def name_counted_noun(fig: Figure, sc: SentenceContext) -> None:
    """Names a kept uncatalogued count by what it counts, when the measure
    phrase found none: "the number of R&D centres" before it, else the noun
    right after it. Analysts group unclassified figures by measure_text."""
    s, m = sc.s, fig.m
    clause = sc.clause_start(m.start)
    named = _NUMBER_OF_NOUN_RE.search(s, clause, m.start)
    text = named.group(0) if named else None
    if text is None:
        text = counted_noun(s, m.conv_end or m.end)
    if text and (fig.phrase is None or not fig.phrase.text.lower().endswith(text.lower())):
        fig.phrase = measure_phrase.Measure(fig.phrase.code if fig.phrase is not None else None, None, text.strip())


def counted_noun(s: str, pos: int) -> str | None:
    """"33,573 high-tech manufacturing enterprises above ...": the plural noun
    phrase right after a count (at most six words, "of" allowed inside)."""
    words: list[str] = []
    stop = cues().noun_stop
    while len(words) < 6:
        w = _AFTER_COUNT_RE.match(s, pos)
        if w is None or w.group(1).lower() in stop:
            break
        words.append(w.group(1))
        pos = w.end()
    lower = [w.lower() for w in words]
    head = words[:lower.index("of")] if "of" in lower else words
    rest = words[len(head) + 1:] if "of" in lower else []
    plural = len(head)
    while plural and not (head[plural - 1].endswith("s") and not head[plural - 1].endswith("ss")):
        plural -= 1   # back to the last plural: "technology companies entered" -> "technology companies"
    if plural < len(head) or not rest:
        return " ".join(head[:plural]) or None
    # "batches of frozen seafood exported ...": the complement, up to a verb form
    cut = next((k for k, w in enumerate(rest) if w.lower().endswith(("ed", "ing"))), len(rest))
    return " ".join(head + ["of"] + rest[:cut]) if cut else " ".join(head)


def name_ratio(fig: Figure, sc: SentenceContext) -> None:
    """Names a kept ratio ("2.31:1") by the words that say what it divides, when the measure phrase found none."""
    if fig.phrase is not None and fig.phrase.text:
        return
    clause = sc.clause_start(fig.m.start)
    named = _RATIO_NAME_RE.search(sc.s, clause, fig.m.start)
    if named is not None:
        fig.phrase = measure_phrase.Measure(None, None, named.group(0).strip())
