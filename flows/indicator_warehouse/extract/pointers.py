"""Pointing words: the measure a figure names only by pointing back.

"The figure for 2024 compares with 480.26 billion yuan the previous year",
"..., and the total accounted for 15 percent", "Of those technicians, 60,000
...": the subject is "the figure", "the total", "those <noun>", and the
measure is the one just reported, in this sentence or the ones before.
Part of the measure stage (measure.py), kept apart because it reads the
figure's clause and the document's recent measures, not the figure's own
words. "the total farmland" is no pointer: "total" is then an adjective
before a noun of its own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue, indicator_facts, indicators, phrase_words, shares
from .cues import cues
from .scene import Figure, SentenceContext

# the first few words of a clause ("In 2024, ", "and ", "According to the bureau, ")
# between pointing words used as the figure's own noun and the figure: "growth rate of ", "the total was "
_POINTER_TO_FIGURE_RE = re.compile(
    r"\s*(?:rate\s+)?(?:of|at|was|were|is|stood\s+at|reached|hit|came\s+to|totaled|totalled|amounted\s+to)?\s*"
    r"(?:(?:about|around|nearly|over|more\s+than|some|approximately|roughly|almost)\s+)?")
_CLAUSE_OPENING_RE = re.compile(r"\W*(?:[\w'-]+\W+){0,5}")
# "of those technicians", "among these listed companies": the noun (singular) a demonstrative points back with
_DEMONSTRATIVE_NOUN_RE = re.compile(r"(?i:\b(?:of|among)\s+(?:those|these))\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*?)s?(?=[\s,])")


def antecedent_measure(fig: Figure, sc: SentenceContext) -> str | None:
    """The measure an unnamed figure's subject points back to ("The figure for
    2024 compares with 480.26 billion yuan the previous year"): the latest one
    that fits the figure's unit, reported earlier in this sentence ("...
    generated 2.1 trillion yuan, and the figure accounted for 15 percent")
    or in the sentences just before."""
    s, hs, ctx, m, unit, metric = sc.s, sc.hs, sc.doc, fig.m, fig.unit, fig.metric
    if not (fig.last_fact or ctx.recent_indicators):
        return None
    clause = sc.clause_start(m.start)
    found = list(cues().anaphoric_measure.finditer(s, clause, m.start))
    if not found:
        return None
    here = [f.code for f in fig.earlier() if f.code not in (None, "unclassified")]
    # The pointing words are the clause's subject ("The figure for 2024 ...",
    # "..., and the result was ..."), or the figure's own noun ("the national
    # growth rate of 5 percent") in a sentence whose earlier figures, if any,
    # were about a known measure: "The number of disciplines reached 136, with
    # an average growth rate of 16.1%" is about disciplines, not the last measure.
    if not here and indicators.other_figure_before(s, found[-1].start()):
        return None
    if not _CLAUSE_OPENING_RE.fullmatch(s, clause, found[0].start()) \
            and not _POINTER_TO_FIGURE_RE.fullmatch(s, found[-1].end(), m.start):
        return None
    if _own_head_after_total(s, found[-1]):
        return None
    # "Of those technicians, 60,000 ...": a demonstrative with its own noun
    # points back only to a measure that counts that noun
    noun = demonstrative_noun(s, clause, m.start)
    code = next((code for code in (*here, *ctx.recent_indicators) if indicators.compatible(code, unit, metric)
                 and (noun is None or indicator_facts.alias_has_word(code, noun))), None)
    if code is not None and metric == "share_pct":
        # "... and the figure was equal to 3.6 percent of its GDP": R&D intensity
        whole = indicators.share_whole(s, m.conv_end or m.end, hs)
        if whole is not None:
            code = shares.ratio_of(code, whole)
    return code


# a closed-class word after "the total" that leaves it a pointer: "the total was ...", "the total of ..."
_AFTER_POINTER_GLUE = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would", "also", "then",
                                 "of", "for", "in", "at", "to", "on", "by", "from", "with", "stood", "came", "went"})
_WORD_AFTER_RE = re.compile(r"\s+([a-z][a-z-]*)")


def _own_head_after_total(s: str, pointer: re.Match) -> bool:
    """Whether "the total" is an adjective before a noun of its own: "the
    total farmland in the region reached 7.95 million hectares" and "the
    total social retail goods were ..." name their own measures; "the total
    reached", "the total value grew" (seeds/cues.csv `pointer_head_noun`)
    point back."""
    if not pointer.group(0).lower().endswith("total"):
        return False
    w = _WORD_AFTER_RE.match(s, pointer.end())
    if w is None:
        return False
    word = w.group(1)
    return not (word in _AFTER_POINTER_GLUE or word.endswith("ed") or word in phrase_words._verbs()
                or word in _pointer_head_nouns())


@lru_cache(maxsize=1)
def _pointer_head_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in catalogue.get().cues.get("pointer_head_noun", []))


def demonstrative_noun(s: str, a: int, b: int) -> str | None:
    """The noun of "of those technicians" between a and b, singular; None if there is none."""
    m = _DEMONSTRATIVE_NOUN_RE.search(s, a, b)
    return m.group(1) if m else None
