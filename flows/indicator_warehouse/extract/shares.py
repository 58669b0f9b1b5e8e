"""Shares and ratios: which series a percentage "of <whole>" belongs to.

    share_of(s, a, b, whole, ok)   "R&D spending ... 3.44 percent of its GDP" -> rd_intensity
    ratio_of(part, whole)          a ratio's own code (seeds/ratios.csv), else the part's
    "invested 2.6 percent of its GDP in R&D": the outlay after the whole (ratios.csv `outlay`)

Split from indicators.py, which asks share_of when a share's whole is
named right after it; indicators' names are read through the module at
call time (the two modules import each other).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue
from . import indicators as ind


_NATIONAL_WHOLE_RE = re.compile(r"(?i:\bchina's|\bthe\s+country's|\bthe\s+nation's|\bnational|\bnationwide|"
                                r"\bthe\s+whole\s+country|\bglobal|\bworld)")
# the province's whole: a city named as the share's subject takes its part of it
_PROVINCE_WHOLE_RE = re.compile(r"(?i:\bthe\s+(?:whole\s+|entire\s+)?province(?:'s|\u2019s)?\b|\bprovincial\b)")


@lru_cache(maxsize=1)
def _own_whole_re() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w]){own_whole}(?![\w])")


def share_of(s: str, a: int, b: int, whole: ind.AliasHit, ok: list[ind.AliasHit]) -> ind.Choice:
    """The indicator of a share whose whole is named after it ("X percent of <whole>").

    The share belongs to the subject before the figure, if its clause
    names one ("R&D spending ... 3.44 percent of its GDP"), under the
    ratio's own code when seeds/ratios.csv has one (R&D intensity); a subject
    that is the same measure as its own whole is an unnamed part of it. With no
    subject, the whole is the measure shared out ("44 percent of China's
    industrial robot output", "Shenzhen accounted for 46 percent of the
    province's R&D spending"), except a place's own aggregate that ratios
    are taken of ("50 percent of its GDP"): that says only what the share is
    of, not what is shared, so None.
    """
    cat = catalogue.get()
    # (not the whole of an earlier share: in "60.1 percent of its exports and
    # 19.4 percent of its imports" the exports are no subject of the 19.4)
    before = [h for h in ok if h.end <= a and not ind.CLAUSE_BREAK_RE.search(s, h.end, a)
              and not ind._WHOLE_OF_SHARE_RE.search(s, max(0, h.start - 40), h.start)]
    own = _own_whole_re().search(s, b, whole.start) is not None
    if not own and whole.code in cat.ratio_denominators and not _NATIONAL_WHOLE_RE.search(s, b, whole.start):
        # "accounting for 2.64 percent of GDP", "the proportion ... in GDP": a
        # ratio to the place's own aggregate unless the whole is the nation's
        # ("7 percent of China's GDP" is a region's share of the country)
        own = True
    if own and _PROVINCE_WHOLE_RE.search(s, b, whole.start) and _city_subject(s, a):
        # "Hohhot accounted for 15.5 percent of the province's total GDP": a
        # city's share of its province's whole, not a ratio to its own aggregate
        own = False
    if before:
        subject = before[-1]
        if own and subject.code == whole.code:
            # "exports of high-tech products ... 23.4 percent of its total
            # exports": a part of the whole, which the measure phrase names
            # if it can (a breakdown), else it stays unclassified
            return ind.Choice(None, subject)
        ratio = ratio_of(subject.code, whole.code)
        if ratio == subject.code and ind.unit_of(subject.code) in ind._COUNTS and ind.unit_of(whole.code) in ind._MONEY:
            # "Foreign-invested enterprises accounted for 30 percent of its
            # foreign trade": a count's name as the subject of a share of a
            # money measure says whose part of the whole it is (an owner the
            # measure phrase reads), never a share of the count; a name the
            # vocabulary has no part for ("High-tech enterprises contributed
            # 40 percent of ...") is a part we cannot name
            term = cat.terms.get(s[subject.start:subject.end].lower())
            if term is not None and term.dimension in cat.indicators[whole.code].breakdowns:
                return ind.Choice(whole.code, whole)
            return ind.Choice(None)
        return ind.Choice(ratio, subject if ratio == subject.code else None)
    if own and whole.code in cat.ratio_denominators:
        return ind.Choice(_spent_on(s, a, whole))
    if _uncatalogued_subject(s, a, whole.code):
        # "The trade surplus was equal to 30 percent of its exports": the
        # share of a subject the catalogue lacks, never the whole's own
        return ind.Choice(None)
    return ind.Choice(whole.code, whole)


def _city_subject(s: str, a: int) -> bool:
    """Whether the clause before the figure at a names a city (or a smaller
    place) as its subject, before its verb ("Hohhot accounted for", "the
    GDP of Hohhot made up")."""
    lo = max((x.end() for x in ind.CLAUSE_BREAK_RE.finditer(s, max(0, a - 160), a)), default=max(0, a - 160))
    cat = catalogue.get()
    for p in cat.region_re.finditer(s, lo, a):
        name = cat.region_for(p.group(0))
        if name and cat.regions[name].level not in ("country", "province"):
            return True
    return False


# words that end a clause's subject: its verb ("was equal to", "accounted for", "made up")
_SUBJECT_END = frozenset({"was", "were", "is", "are", "be", "been", "made", "make", "makes", "took", "take", "takes",
                          "equal", "equals", "equalled", "equaled", "equivalent", "account", "accounts", "represents",
                          "represent", "constitutes", "constitute", "contributes", "contribute", "stood", "stands",
                          "reached", "hit", "has", "have", "had", "comprised", "comprises", "occupied", "occupies"})
# a subject that points back or is the place: not a subject of its own
_PREPOSITIONS = frozenset({"in", "during", "for", "by", "as", "at", "on", "from", "over", "within", "among"})
_PRONOUNS = frozenset({"it", "they", "this", "that", "these", "those", "which", "who", "its", "their", "together"})


def _uncatalogued_subject(s: str, a: int, whole: str) -> bool:
    """Whether the figure's own clause opens with a subject that is neither
    a place, a pronoun, nor words the vocabulary reads as a part ("The trade
    surplus of Zhejiang was equal to 30 percent of its exports",
    "Electronics made up 40 percent of its exports"): what is shared out is
    that subject's, which the catalogue lacks. A place ("Shenzhen accounted
    for 46 percent of ..."), a pronoun, a part ("Private enterprises
    accounted for ...") or no subject at all keep the whole's share."""
    lo = max((x.end() for x in ind.CLAUSE_BREAK_RE.finditer(s, max(0, a - 160), a)), default=max(0, a - 160))
    lo = max(lo, s.rfind(",", lo, a) + 1)   # past an opening "In 2023, "
    from .phrase_words import _DETERMINERS, _FUNCTION_WORDS, _WORD_RE, _restricts, _verbs   # (imports this module)
    cat = catalogue.get()
    words = []
    for w in _WORD_RE.finditer(s, lo, a):
        low = w.group(0).lower()
        if low in _SUBJECT_END or low in _verbs() or (low.endswith("ed") and words):
            break   # (a participle that opens the subject is its adjective: "Manufactured goods made up")
        words.append(w)
    else:
        return False   # no verb before the figure: "..., or 30 percent of its exports"
    if not words or any(cat.term_re.match(s, w.start()) for w in words):
        return False
    places = [(p.start(), p.end()) for p in cat.region_re.finditer(s, lo, a)]   # "the Greater Bay Area"
    # the whole's own words: "its output equalled one-ninth of China's GDP" (economic output) is the place's GDP
    own = {w.lower() for al in cat.indicators[whole].aliases for w in al.split()} if whole in cat.indicators else set()
    for w in words:
        if any(x <= w.start() < y for x, y in places):
            continue
        word = w.group(0)
        bare = word.removesuffix("'s").rstrip("'")
        low = bare.lower()
        if low in _PRONOUNS or low in own or low in _DETERMINERS or low in _FUNCTION_WORDS or low in _PREPOSITIONS \
                or cat.region_for(bare):
            continue
        if _restricts(word, first=False, s=s, left=lo):
            return True
    return False


def _spent_on(s: str, a: int, whole: ind.AliasHit) -> str | None:
    """"Hunan invested 2.6 percent of its GDP in R&D": an outlay named after
    the whole it is a share of, with a verb of spending before the figure, is
    that ratio (seeds/ratios.csv, `outlay`), or nothing we can name."""
    if not _outlay_verb_re().search(s, max(0, a - 40), a):
        return None
    m = _ON_RE.match(s, whole.end)
    if m is None:
        return None
    after = s[m.end():m.end() + 40].lower()
    for words, code in catalogue.get().ratio_outlays.get(whole.code, ()):
        if any(after.startswith(w) and not after[len(w):len(w) + 1].isalnum() for w in words):
            return code
    return None


_ON_RE = re.compile(r"\s+(?:on|in|into|to|for)\s+(?:the\s+|its\s+|their\s+)?")


@lru_cache(maxsize=1)
def _outlay_verb_re() -> re.Pattern:
    # "invested ", "spent about ", "devoted "
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:{outlay_verb})\s+(?:(?:about|around|nearly|over|more\s+than|some|roughly)\s+)?$", variants=False)


def ratio_of(part: str, whole: str) -> str:
    """The code of a share of `whole` whose subject is `part`: the ratio's own code if seeds/ratios.csv has one."""
    return catalogue.get().ratios.get((part, whole), part)


@lru_cache(maxsize=1)
def _intensity_re() -> re.Pattern:
    # "input intensity", "investment intensity": a ratio's name without its numerator
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{intensity_noun})(?![\w-])", re.IGNORECASE)


def intensity_of(s: str, a: int, b: int, code: str | None, hs: list[ind.AliasHit]) -> str | None:
    """The ratio a percentage is, when its own words call it an intensity
    and the sentence names the ratio's numerator ("R&D expenditures reached
    461.6 billion yuan, ... and with 1.54 percent of input intensity"; "with
    an investment intensity of 2.6 percent"): R&D intensity. None otherwise."""
    lo, hi = max(0, a - 40), min(len(s), b + 30)
    found = _intensity_re().search(s, lo, hi)
    if found is None or ind.CLAUSE_BREAK_RE.search(s, *sorted((found.end(), a) if found.end() <= a else (b, found.start()))):
        return None
    cat = catalogue.get()
    numerators = {n: r for (n, _), r in cat.ratios.items()}
    if code in numerators:
        return numerators[code]
    named = {c for h in hs for c in h.codes if c in numerators}
    return numerators[named.pop()] if len(named) == 1 else None


@lru_cache(maxsize=1)
def ratio_codes() -> frozenset[str]:
    return frozenset(catalogue.get().ratios.values())


def of_growth(s: str, b: int) -> bool:
    """Whether a share ending at b is a part of some growth ("contributing 76.2
    percent of the GDP growth", "contributed about 64.6 percent to the
    country's economic expansion", "30 percent of the increase in exports"):
    a contribution to growth, which the gold never requires (eval/ANNOTATION.md)
    and no series holds; not a share of a stock or a flow."""
    if not any(w in s for w in ("growth", "expansion", "increase")):
        return False   # cheap gate: most sentences have none of the words
    return _growth_whole_re().match(s, b) is not None


@lru_cache(maxsize=1)
def _growth_whole_re() -> re.Pattern:
    # up to three words between the determiner and the growth noun ("of the GDP
    # growth", "of industrial growth", "to the country's economic expansion"),
    # none a figure or a clause mark; "high-growth firms" is no growth
    return catalogue.get().cue_pattern(
        r"\s+(?:of|to)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z][\w-]*'s?\s+)?(?:[A-Za-z][\w&-]*\s+){0,3}?"
        r"(?<![\w-])(?:{growth_whole})(?![\w-])", variants=False)


def contribution_named(s: str, a: int, b: int) -> bool:
    """Whether the words before a rate at a name it a contribution to growth ("the contribution
    rate of the service industry to economic growth reached 54.7%", "consumption's contribution
    to GDP growth was 62 percent"): a part of growth, which the gold keeps optional at most,
    never the sector's own growth rate nor a share of its measure."""
    if "contribut" not in s:
        return False   # cheap gate
    lo = max((x.end() for x in re.finditer(r"[;:]|,\s", s[:a])), default=0)
    if _contribution_named_re().search(s, lo, a) is not None:
        return True
    # "making a contribution of 60 percent to economic growth": the figure inside the phrase;
    # "with a contribution rate of 58.2 percent": a contribution rate is one to growth
    hit = _CONTRIBUTION_OF_RE.search(s, max(lo, a - 40), a)
    return hit is not None and (bool(hit["rate"]) or of_growth(s, b))


_CONTRIBUTION_OF_RE = re.compile(r"\bcontributions?(?P<rate>\s+rates?)?\s+(?:of|was|reached|stood\s+at)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.I)


@lru_cache(maxsize=1)
def _contribution_named_re() -> re.Pattern:
    return catalogue.get().cue_pattern(
        r"(?<![\w-])contributions?(?:\s+rates?)?\s+(?:of\s+)?(?:[\w'&-]+\s+){0,6}?to\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?"
        r"(?:{growth_whole})(?![\w-])", re.I, variants=False)
