"""Places a sentence names as the other end of a flow, or as a foil.

A report states a place's figures and names other places on the way:

  partner  the other end of a flow: "exports to Taiwan grew 49.8%", "the
           export volume to the Mainland", "imports from Singapore",
           "visitor arrivals from Hong Kong", "investment from Macao",
           "trade with Hong Kong" (seeds/cues.csv flow_to, flow_from,
           flow_with), the places listed after such a place ("exports
           to Taiwan, Japan and Germany"), and a flow named before and
           elided ("..., while those to Hong Kong fell 3%"). "Exports from Xinjiang" names the
           exporter, and "visitors to Macao" the host: no partner there;
  scope    the whole a ranking is made in ("ranking second in the province",
           "the third highest in Jiangsu", "first among cities in Guangdong",
           "topping the country"): the figure ranks within that place, it is
           not that place's (seeds/cues.csv rank_verb, rank_ordinal,
           superlative, rank_group, rank_lead);
  foil     a place set against the one the text is about ("higher than
           Jiangsu", "compared with that of Fujian") or given as an example
           ("cities such as Foshan") (foil_before), and a place used as the
           first half of an adjective ("China-made trucks", "a Hong
           Kong-based firm").

A partner or a scope is never the place of a figure nor what the article is about (a
Hong Kong trade release that names Taiwan in every sentence is still Hong
Kong's). A foil says nothing of what the article is about, but a figure of
its own may follow it ("than Jiangsu's 5.2 percent"), so only topic.py
sets foils aside.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue
from .cues import lead_words, sentence_words

# the few words a report puts between a preposition and the place: "to the Mainland", "from the mainland of
# China", or the names before it in a list ("from Singapore, the US and Taiwan")
_GAP = (r"\s+(?:(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|or\s+)){0,4}"
        r"(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+(?:of\s+(?:the\s+)?)?)?$")
# a cheap first test: a preposition of a flow, or the last word of a foil cue, right before the place
_PREP_END_RE = re.compile(r"(?<![\w-])(?:to|into|from|with)" + _GAP, re.I)
# between the places of a list: commas, "and", and short items that are no catalogue place ("Japan")
_LIST_ITEM_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|or\s+)(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?"
                           r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|or\s+))*(?:the\s+)?")
# "China-made", "Hong Kong-based": the place opens a compound adjective
_COMPOUND_AFTER_RE = re.compile(r"-(?-i:[a-z])")
_WINDOW = 70   # characters before a place read for its relation


@lru_cache(maxsize=1)
def _partner_left() -> re.Pattern:
    # a flow's noun or verb, up to three words (its measure: "volume", "of goods", a count), then the
    # preposition that names the other end
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:(?:{flow_to})(?:\s+[\w,-]+){0,3}?\s+(?:to|into)|(?:{flow_from})(?:\s+[\w,-]+){0,3}?\s+from"
        r"|(?:{flow_with})(?:\s+[\w-]+){0,3}?\s+with"
        # "..., while those to Hong Kong fell 3%": the flow named before, elided
        r"|(?:those|that)\s+(?:to|into|from|with))" + _GAP, re.I)


@lru_cache(maxsize=1)
def _foil_left() -> re.Pattern:
    # "than that of ", "compared with the ", "such as "
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:{foil_before})\s+(?:(?:that|those)\s+(?:of|in)\s+)?(?:the\s+)?$", re.I)


def partners(s: str, ms) -> set[int]:
    """The indexes of the mentions `ms` (in order) that name the other end of a flow."""
    out: set[int] = set()
    for i, m in enumerate(ms):
        lo = max(0, m.start - _WINDOW)
        if _PREP_END_RE.search(s, lo, m.start) is not None and _partner_left().search(s, lo, m.start) is not None:
            out.add(i)
        elif i - 1 in out and _LIST_ITEM_RE.fullmatch(s, ms[i - 1].end, m.start) is not None:
            out.add(i)   # "exports to Taiwan, Japan and Germany"
    return out


@lru_cache(maxsize=1)
def _foil_words() -> frozenset[str] | None:
    return lead_words(catalogue.get().cues.get("foil_before", ()))


def may_compare(s: str) -> bool:
    """False when the sentence's words hold none of the foil cues (the cheap gate before `compared`)."""
    lead, words = _foil_words(), sentence_words(s)
    return lead is None or words is None or not lead.isdisjoint(words)


@lru_cache(maxsize=1)
def _foil_any() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{foil_before})(?![\w-])", re.I)


def comparison_starts(s: str) -> list[int]:
    """Where each comparison or example of the sentence starts ("..., faster than", ", compared
    with"), in order: the places after one are the foil's, not those of the figures before it."""
    # "more than 10 percent": "than" before a number qualifies that number, it compares nothing
    return [c.start() for c in _foil_any().finditer(s)
            if c.group(0).lower() != "than" or not s[c.end():c.end() + 3].lstrip()[:1].isdigit()]


def foils(s: str, ms) -> set[int]:
    """The indexes of the mentions that are partners, scopes, foils or adjectives: no evidence of what the text is about."""
    out = partners(s, ms) | scopes(s, ms)
    for i, m in enumerate(ms):
        if i in out:
            continue
        lo = max(0, m.start - _WINDOW)
        if _COMPOUND_AFTER_RE.match(s, m.end) is not None or _foil_left().search(s, lo, m.start) is not None:
            out.add(i)
        elif i - 1 in out and _LIST_ITEM_RE.fullmatch(s, ms[i - 1].end, m.start) is not None:
            out.add(i)   # "than Jiangsu and Zhejiang"
    return out


@lru_cache(maxsize=1)
def _scope_left() -> re.Pattern:
    # "ranking second in ", "ranked No. 3 among ", "the third highest in ", "highest among cities in the ",
    # "topping the ": right before the place a ranking is made in
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:(?:(?:{rank_verb})\s+(?:(?:at\s+)?(?:No\.\s*\d+|\d+(?:st|nd|rd|th)|{rank_ordinal})(?:\s+place)?\s+)?"
        r"|(?:No\.\s*\d+|\d+(?:st|nd|rd|th)|{rank_ordinal})(?:[\s-]+(?:{superlative}))?\s+|(?P<sup>(?:{superlative})\s+))"
        r"(?:in|among|across|within)\s+(?:the\s+)?(?P<group>(?:[\w-]+\s+)?(?:{rank_group})\s+(?:in|of|across)\s+(?:the\s+)?)?"
        r"|(?:{rank_lead})\s+(?:the\s+)?)$", re.I)


@lru_cache(maxsize=1)
def _scope_words() -> frozenset[str] | None:
    kinds = catalogue.get().cues
    lead = lead_words([*kinds.get("rank_verb", ()), *kinds.get("rank_ordinal", ()), *kinds.get("superlative", ()),
                       *kinds.get("rank_lead", ())])
    return lead if lead is None else lead | frozenset(("st", "nd", "rd", "th", "no"))


# A word that opens with a digit and ends as an ordinal does ("1st", "2nd", "10th"): the
# digit first, so that re scans for digits (asked of an ASCII sentence, where \d is str.isdigit
# and \s the white space str.split cuts at)
_ORDINAL_NUMBER_RE = re.compile(r"\d(?<!\S\d)\S*(?:st|nd|rd|th)(?!\S)")


def scopes(s: str, ms) -> set[int]:
    """The indexes of the mentions that are the whole a ranking is made in ("ranking second in the province")."""
    lead, words = _scope_words(), sentence_words(s)
    if lead is not None and words is not None and lead.isdisjoint(words) and _ORDINAL_NUMBER_RE.search(s) is None:
        return set()
    return {i for i, m in enumerate(ms) if scope_at(s, m.start, s.startswith(("the ", "The "), m.start))}


def scope_at(s: str, start: int, anaphor: bool = True) -> bool:
    """Whether a place named at `start` is the whole a ranking is made in ("ranking second in the
    province"). A bare superlative scopes only a place referred back to ("the highest in the
    province"): "growth was fastest in Xizang" names the place that ranks, not the whole."""
    hit = _scope_left().search(s, max(0, start - _WINDOW), start)
    return hit is not None and (anaphor or not hit["sup"] or hit["group"] is not None)
