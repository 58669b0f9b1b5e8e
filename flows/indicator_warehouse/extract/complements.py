"""What a measure's name is "of", "by", "to" or "from": the complement after
the head, and the parts it names (split out of measure_phrase.py).

    find(s, hit, a) -> (complement match or None, after_participle)
    parts(s, complement, allowed, after_participle) -> runs of breakdown terms, or None
    own_complement_parts(s, b, whole, hit, metric) -> the parts after the figure itself, or None

The figure's own complement ("2.29 billion yuan of mechanical and electrical
products to Africa") is read here too: the same prepositions and partner
rules, after the figure's unit instead of after the name.

| the words after the head | read as |
| --- | --- |
| "of private enterprises", "by universities" | an owner or performer |
| "with ASEAN", "to the EU", "from Africa" | a partner |
| "bound for the EU", "sourced from Africa" (a participle, cues.csv `route_participle`) | a partner |
| "signed by universities" (cues.csv `agent_participle`) | an agent |
| "granted to universities" (a measure with no partners) | who received it: an owner or performer |
| "of agricultural products from Brazil" | a product, then its partner |
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue
from .indicators import AliasHit
from .phrase_words import _GOODS_FROM_RE, _LIST_WINDOW, _WORD_RE, _allowed, _run_end, _term_runs, _whole_modifiers

# After the head: "of|by|among ..." (who), "with|to|from|between ..." (a
# partner), "in ..." (a sector or product), up to the next break or number.
_COMPLEMENT = (
    r"\s+(?P<prep>{preps})\s+"
    r"(?!(?:the\s+)?(?:end|close|middle|beginning|start)\s+of\b)"   # "by the end of 2023": a date, not an owner
    r"(?P<np>[^,;:()\d]{{1,70}}?)"
    r"(?=\s*(?:[,;:()\d]|$|\b(?:was|were|is|are|has|have|had|reached|hit|rose|grew|increased|fell|"
    r"decreased|climbed|surged|jumped|dropped|declined|totaled|totalled|amounted|stood|came|accounted|"
    r"accounting|up|down|saw|posted|recorded|expanded|registered|in\s+(?:19|20)\d\d|during|over|year)\b))")
_COMPLEMENT_RE = re.compile(
    r"(?:\s+(?:volume|value|turnover))?"   # "trade volume with ASEAN"
    + _COMPLEMENT.format(preps=r"of|by|among|with|to\s+and\s+from|from\s+and\s+to|to|from|between|in"),
    re.IGNORECASE)
# after a participle: "bound for", "shipped into", "granted to", "signed by"
_AFTER_PARTICIPLE_RE = re.compile(_COMPLEMENT.format(preps=r"by|to|for|from|into"), re.IGNORECASE)
_TRAILING_PREP_RE = re.compile(r"\s(?:with|between|to|from|of|by)$", re.IGNORECASE)
_PARTNER_PREPS = {"with", "to", "from", "between", "for", "into"}
# a place, then its partner: "between <place> and ...", "from <place> to ..."
_PLACE_THEN_PARTNER_RE = re.compile(r"(?P<place>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+(?:and|to)\s+(?:the\s+)?")
# a place in the possessive at the start of a complement: "the province's", "Hubei's"
_PLACE_POSSESSIVE_RE = re.compile(
    r"(?:the\s+)?(?:(?i:province|city|country|nation|region|municipality|autonomous\s+region|mainland)|"
    r"[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)(?:'s|s'|\u2019s)\s+")
_AGENT_LIST_RE = re.compile(r"\s+by\s+[\w'-]+(?:\s+[\w'-]+)?(?:,\s*[\w'-]+(?:\s+[\w'-]+)?)*,?\s+(?:and|or)\s", re.IGNORECASE)
# a partner after a product: "of agricultural products from Brazil", "of EVs to Europe"
_NESTED_PARTNER_RE = re.compile(r"\s+(?:to|from|with)\s+(?:the\s+)?", re.IGNORECASE)
_NESTED_OWNER_RE = re.compile(r"\s+by\s+(?:the\s+)?", re.IGNORECASE)
# a capitalised name that is no partner: a month ("from January to May"), a period
_CALENDAR_NAME_RE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                               r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Q[1-4]|H[12])\b")


def find(s: str, hit: AliasHit, a: int) -> tuple[re.Match | None, bool]:
    """The complement after the name `hit` of the figure starting at a, and
    whether a participle stood between them ("exports bound for the EU")."""
    complement, participle = _after_name(s, hit.start, hit.end)
    if complement is not None and hit.end <= a and complement.end() > a:
        complement = None   # it runs on into the figure: not part of this phrase
    return complement, participle and complement is not None


@lru_cache(maxsize=1024)   # every figure after the same name asks: read once per sentence and name
def _after_name(s: str, start: int, end: int) -> tuple[re.Match | None, bool]:
    """find's reading of the words after the name at [start, end), whatever the figure."""
    # a part's name may end in its preposition ("trade with"): read its complement from there
    tail = _TRAILING_PREP_RE.search(s, start, end)
    complement = _COMPLEMENT_RE.match(s, tail.start() if tail is not None else end)
    participle = _participle().match(s, end) if complement is None else None
    if participle is not None:
        # "technology contracts signed by universities"; but agents listed
        # together ("filed by individuals, companies and institutions") are
        # everyone: the whole
        complement = _AFTER_PARTICIPLE_RE.match(s, participle.end())
        if complement is not None and _AGENT_LIST_RE.match(s, participle.end()):
            complement = None
    return complement, participle is not None


def parts(s: str, complement: re.Match, allowed: tuple[str, ...]) -> list[list[catalogue.Term]] | None:
    """The parts named after the head: partners after with/to/from/between,
    owners, products and sectors after of/by/in. None for a partner
    preposition followed by no partner we know."""
    prep = complement["prep"].lower().split()[0]
    # "patents granted to universities": a measure that has no trading
    # partners names who received it, an owner or performer
    partner_prep = prep in _PARTNER_PREPS and not recipient(complement, allowed) and not owner(complement, allowed)
    np_start = complement.start("np")
    if partner_prep and catalogue.get().region_re.fullmatch(s, np_start, complement.end()):
        return []   # "exports from Henan rose 6 percent": the reporting place
    if partner_prep and _CALENDAR_NAME_RE.match(s, np_start):
        return []   # "total imports and exports from January to May hit ...": the period, no partner
    if not partner_prep and prep in ("by", "of") and "partner" in allowed:
        # "exports by Xinjiang to five Central Asian countries", "imports of
        # Guangdong from Japan": the reporting place, then its partner, which
        # the figure is; one the vocabulary lacks leaves it unnamed (None)
        place = catalogue.get().region_re.match(s, np_start)
        then = _NESTED_PARTNER_RE.match(s, place.end()) if place is not None else None
        if then is not None and then.end() < complement.end():
            return [r for r in _term_runs(s, then.end(), complement.end(), contiguous_from=then.end())
                    if r[0].dimension == "partner"] or None
    possessive = _PLACE_POSSESSIVE_RE.match(s, np_start)
    if possessive is not None:
        np_start = possessive.end()   # "trade of the province's private sector": the owner follows the place
    place = _PLACE_THEN_PARTNER_RE.match(s, np_start) if partner_prep else None
    if place is not None and catalogue.get().region_re.fullmatch(s, np_start, np_start + len(place["place"])):
        # "trade between Jiangxi and ASEAN", "exports from Jiangxi to Latin
        # America": the reporting place first, then the partner
        np_start = place.end()
    goods = _GOODS_FROM_RE.match(s, np_start)
    if goods is not None:
        # "imports of goods from Russia": the partner is after the goods
        partner_prep, np_start = True, goods.end()
    found = [r for r in _term_runs(s, np_start, np_start + _LIST_WINDOW, contiguous_from=np_start)
             if (r[0].dimension == "partner") == partner_prep]
    if partner_prep and not found:
        return None
    if found and not partner_prep and "partner" in allowed:
        nested = _nested_partner(s, _run_end(s, np_start), complement.end())
        if nested is None:
            return None
        found += nested
    if found and not partner_prep:
        # "exports of mechanical and electrical products by private firms": an owner after the product
        by = _NESTED_OWNER_RE.match(s, _run_end(s, np_start))
        if by is not None and by.end() < complement.end():
            found += [r for r in _term_runs(s, by.end(), complement.end(), contiguous_from=by.end())
                      if r[0].dimension in ("ownership", "performer") and r[0].dimension in allowed]
    return found


def owner(complement: re.Match, allowed: tuple[str, ...]) -> bool:
    """Whether the complement names whose the measure is: "of", "by",
    "among", or "from" before a measure that has no trading partners ("the
    added value from high-tech industries", "revenue from the automobile
    industry": where it comes from is whose it is)."""
    prep = complement["prep"].lower()
    return prep in ("of", "by", "among") or (prep == "from" and "partner" not in allowed)


@lru_cache(maxsize=1)
def _sector_np_re() -> re.Pattern:
    # "the catering industry", "accommodation and catering industries", "the province's tourism sector"
    return catalogue.get().cue_pattern(r"(?P<mods>(?:[\w'\u2019-]+\s+){1,5}?)(?:{sector_head})(?![\w-])", re.I)


_NOT_SECTOR_WORDS = frozenset({"the", "its", "their", "this", "that", "whole", "entire", "all", "same"})


def names_sector(s: str, complement: re.Match) -> bool:
    """Whether an "of/by/among/in" complement is an industry or sector by its head noun ("of
    the catering industry", "in Guangzhou's accommodation and catering industries"): words
    before the head that are more than determiners and places name a part of the measure,
    whatever the vocabulary knows of it."""
    if complement["prep"].lower() not in ("of", "by", "among", "in"):
        return False
    m = _sector_np_re().match(complement["np"].strip())
    if m is None:
        return False
    words = [w for w in m["mods"].split() if w.lower() not in _NOT_SECTOR_WORDS]
    while words and _PLACE_POSSESSIVE_RE.fullmatch(words[0] + " "):
        words = words[1:]   # "Guangzhou's catering industry", "the province's tourism sector"
    # "the marine GDP of the marine industry": the measure's own industry, named by its own words
    named = {w.lower() for w in re.findall(r"[\w-]+", s[max(0, complement.start() - 40):complement.start()])}
    return bool(words) and not all(w.lower() in named for w in words) \
        and not any(catalogue.get().region_re.fullmatch(w) for w in words)


def recipient(complement: re.Match, allowed: tuple[str, ...]) -> bool:
    """Whether a to/for complement names who received a measure that has no
    trading partners ("patents granted to universities")."""
    return complement["prep"].lower() in ("to", "for") and "partner" not in allowed


def _nested_partner(s: str, pos: int, end: int) -> list[list[catalogue.Term]] | None:
    """A partner named after the product or owner a complement named ("imports
    of agricultural products from Brazil"): [] when none follows or a place
    does ("exports of EVs from Shanghai"), None when one follows that the
    vocabulary has no name for (a part of a part we cannot file)."""
    m = _NESTED_PARTNER_RE.match(s, pos)
    if m is None or m.end() >= end:
        return []
    place = catalogue.get().region_re.match(s, m.end())
    if place is not None:
        # "exports of household appliances from Foshan to Latin America": the
        # reporting place, then perhaps the partner
        then = _PLACE_THEN_PARTNER_RE.match(s, m.end())
        if then is None or then.start("place") + len(then["place"]) != place.end():
            return []
        found = [r for r in _term_runs(s, then.end(), end, contiguous_from=then.end()) if r[0].dimension == "partner"]
        return found
    found = [r for r in _term_runs(s, m.end(), end, contiguous_from=m.end()) if r[0].dimension == "partner"]
    if found:
        return found
    # a name the vocabulary lacks ("from the Nordic countries"); a common
    # word or a month is no partner ("to grow", "from January to May")
    return None if s[m.end()].isupper() and not _CALENDAR_NAME_RE.match(s, m.end()) else []


@lru_cache(maxsize=1)
def _participle() -> re.Pattern:
    # "signed by", "bound for", "sourced from", "granted to"
    return catalogue.get().cue_pattern(
        r"\s+(?:(?:{agent_participle})(?=\s+by\s)|(?:{route_participle})(?=\s+(?:to|for|from|into)\s))")


# The figure's own complement: "2.29 billion yuan (...) of mechanical and
# electrical products to Africa", "195.1 billion yuan in basic research".
OWN_COMPLEMENT_RE = re.compile(
    r"(?:\s*\([^()]{0,80}\))?\s*(?:worth\s+)?(?P<prep>of|in|on|to|from|with)\s+(?:the\s+)?(?=\w)",
    re.IGNORECASE)


def own_complement_parts(s: str, b: int, whole: str, hit: AliasHit,
                         metric: str) -> list[list[catalogue.Term]] | None:
    """Parts named right after the figure's unit: "2.29 billion CNY of
    mechanical and electrical products to Africa". None when a level's "of"
    there names a product the vocabulary lacks ("worth of technologies")."""
    runs: list[list[catalogue.Term]] = []
    pos = b
    for _ in range(2):   # "of <product> to <partner>"
        m = OWN_COMPLEMENT_RE.match(s, pos)
        if m is None:
            break
        start, partner_prep = m.end(), m["prep"].lower() in _PARTNER_PREPS
        goods = _GOODS_FROM_RE.match(s, start) if m["prep"].lower() == "of" else None
        if goods is not None:
            # "20 billion yuan of goods to Africa": the partner is after the goods
            start, partner_prep = goods.end(), True
        found = _term_runs(s, start, start + _LIST_WINDOW, contiguous_from=start)
        found = [r for r in found if (r[0].dimension == "partner") == partner_prep]
        if not found and goods is not None and catalogue.get().region_re.match(s, start):
            break   # "of goods from Liaoning": the reporting place, no partner
        if not found and goods is not None:
            return None   # "of goods from the Nordic countries": a partner we cannot name
        if not found:
            if metric == "level" and m["prep"].lower() == "of" and "product" in _allowed(whole, hit) \
                    and s[m.end()].islower() and not catalogue.get().indicator_re.match(s, m.end()) \
                    and _WORD_RE.match(s, m.end()).group(0).lower() not in _whole_modifiers():
                return None
            break
        runs += found
        pos = _run_end(s, start)
    return runs
