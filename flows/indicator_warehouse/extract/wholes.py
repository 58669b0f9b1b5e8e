"""Figures whose measure is another figure's: a part of a whole stated
elsewhere, or a rate or share that only qualifies the level before it.

    measure.assign reads, for each figure:
    part_marker(fig, sc)          "..., of which 9 billion yuan went to basic research"
    WHOLE_OPENING_RE              "Among Henan's exports in 2023, mobile phones made up 40 percent"
    level_it_qualifies(fig, sc)   "120 billion yuan of electronics to ASEAN, up 9 percent"
    part_of_antecedent(fig, sc)   "Of this total, 221.2 billion yuan was used for basic research"
    that_of(fig, sc)              "..., while that of urban residents was 50,000 yuan"
    component_of_part(fig, sc)    "trade with ASEAN reached 150 billion yuan, with 90 billion yuan of exports"

Each returns where the words that name the part start (or the level
qualified); measure_phrase.part_after_marker then names the part, or leaves
the figure unclassified. Never the whole: a part filed as its whole
corrupts that series for every user.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue, indicators
from .cues import cues
from .measure_phrase import Measure, _earlier_partner
from .phrase_words import _DETERMINERS, _FUNCTION_WORDS, _WORD_RE, _clause_start, _restricts, _term_runs, _verbs
from .scene import Figure, SentenceContext

# All that stands between a level and a rate or share that only qualifies
# it: ", up", ", an increase of", "and a year-on-year growth of",
# ", representing a growth of"; ", accounting for", "which made up".
# Anything else (a new subject, "whereas ... jumped", "of which private
# investment accounted for") makes the second figure a clause of its own.
_LINK_PREFIX = (
    r"(?:\s*\([^()]{0,60}\))?"                                          # "($17 billion)"
    r"(?:\s+(?:was|were|is|are|ha(?:s|ve)\s+been)\s+(?:[a-z]+ed|spent|put|paid|made)|\s+(?:went|came|flowed))?"  # "was used (for basic research)", "has been made", "went (to universities)"
    r"(?:\s+(?:of|to|from|in|on|with|for|by|worth|during|over)\s+(?:[^,;:.()\d]|(?:19|20)\d\d){1,60}?)*"  # "of furniture to Brazil", "over that of 2022"
    r"(?:\s+(?:year[- ]on[- ]year|y-o-y|from\s+a\s+year\s+(?:earlier|ago)|over\s+the\s+same\s+period(?:\s+of)?(?:\s+last\s+year)?))?"
    r"\s*,?\s*")
_LINK_SUFFIX = r"\s*(?:(?:about|nearly|around|over|more\s+than|some|approximately|roughly|almost)\s+)?"
_RATE_LINK_RE = re.compile(
    _LINK_PREFIX + r"(?:and\s+|with\s+|which\s+(?:is|was|represents|marks)\s+|representing\s+|marking\s+|"
    r"registering\s+|recording\s+)?(?:an?\s+)?(?:(?:year[- ]on[- ]year|annual|yearly|y-o-y)\s+)?"
    r"(?:up|down|increase[sd]?|increasing|decrease[sd]?|decreasing|rise|rising|rose|growth|growing|grew|gain|"
    r"jump|drop|dropping|decline|declining|fall|falling|fell)(?:\s+(?:of|by))?" + _LINK_SUFFIX, re.IGNORECASE)
_SHARE_LINK_RE = re.compile(
    _LINK_PREFIX + r"(?:and\s+|which\s+)?(?:accounting\s+for|accounted\s+for|accounts\s+for|making\s+up|made\s+up|"
    r"representing|represented|constituting|taking\s+up|took\s+up|or|equivalent\s+to|equal\s+to)" + _LINK_SUFFIX, re.IGNORECASE)
_RATE_METRICS = ("yoy_growth_pct", "cagr_pct")
# the noun phrase a count counts, up to the comma before its link: " batches of toys for export"
_COUNTED_NOUN_RE = re.compile(r"\s+[A-Za-z][^,;:.()\d]{1,120}?(?=,)")
# A level's share of the whole, right after it: ", accounting for 11 percent of"
_SHARE_OF_WHOLE_AFTER_RE = re.compile(_SHARE_LINK_RE.pattern + r"\d[\d.,]*\s*(?:percent|per\s+cent|%)\s+of\b",
                                      re.IGNORECASE)
# A sentence that opens with the whole its shares are of: "Among Henan's exports in 2023, ..."
WHOLE_OPENING_RE = re.compile(r"\s*(?:among|of|in)\s+[^,;\d]{1,60}?(?:\s+in\s+(?:19|20)\d\d)?,", re.IGNORECASE)
_CLAUSE_STOP_RE = re.compile(r"[,;]")
# a cheap gate for _SHARE_LINK_RE: one of its link words
_SHARE_GATE_RE = re.compile(r"(?i:account|making|made|represent|constitut|taking|took|equivalent|equal|\bor\b)")
# the same test for an ASCII sentence, lower-cased (re.IGNORECASE folds ASCII
# as str.lower does): substring tests, and "or" as a word ("o" not after a
# word character), where the case-insensitive alternation was tried at every position
_SHARE_GATE_WORDS = ("account", "making", "made", "represent", "constitut", "taking", "took", "equivalent", "equal")
_OR_WORD_RE = re.compile(r"o(?<!\wo)r\b")


def _share_link_near(s: str, lo: int, hi: int) -> bool:
    """_SHARE_GATE_RE.search(s, lo, hi) is not None."""
    if not s.isascii():
        return _SHARE_GATE_RE.search(s, lo, hi) is not None
    low = s.lower()   # offset for offset (ASCII)
    window = low[lo:hi]
    return any(w in window for w in _SHARE_GATE_WORDS) or _OR_WORD_RE.search(low, lo, hi) is not None


# where the whole after "X percent of" ends
_WHOLE_STOP_RE = re.compile(r"[,;:()]|\.(?:\s|$)")
# the kind of place a whole or a subject is ("the province's total", "the city's exports")
_LEVEL_NOUN_RE = re.compile(r"(?i:\b(?:province|city|region|municipality)\b)")
# a whole that is the country's or the world's, not the place's own
_NATIONAL_RE = re.compile(r"(?i:\bchina's|\bcountry|\bnation|\bnational|\bnationwide|\bglobal|\bworld)")


@lru_cache(maxsize=1)
def _own_whole_re() -> re.Pattern:
    # "the province's", "its", "the whole province" (cues.csv own_whole)
    return catalogue.get().cue_pattern(r"(?<![\w])(?:{own_whole})(?![\w])", re.IGNORECASE)
# A sentence that opens by pointing into the whole just reported: "Of this
# total, ...", "Of these, ...", "Among them, ..."
_PARTITIVE_OPENING_RE = re.compile(r"\s*(?:of|among)\s+(?:this|these|those|them|which|the|that)\b[^,;\d]{0,30},?",
                                   re.IGNORECASE)


def part_of_antecedent(fig: Figure, sc: SentenceContext) -> int | None:
    """Where the words that may name its part start, when a figure whose
    measure came from the text before (no name of its own) is a part of that
    measure: the sentence opens by pointing into the whole ("Of this total,
    ...", "Among them, ..."), or the level is followed by its share of the
    whole (", accounting for 11 percent of ..."). None when it names a place
    instead ("Of those, 47,000 came from Shenzhen" is Shenzhen's whole,
    which the place rules file)."""
    if fig.hit is not None or fig.code in (None, "unclassified"):
        return None
    s, end = sc.s, fig.m.conv_end or fig.m.end
    opening = _PARTITIVE_OPENING_RE.match(s)
    share = _SHARE_OF_WHOLE_AFTER_RE.match(s, end) if fig.metric == "level" else None
    if opening is not None and opening.end() <= fig.m.start:
        lo = opening.end()
    elif share is not None:
        lo = _clause_start(s, fig.m.start)
    else:
        return None
    # a place in the figure's own words (up to its clause's end, where a share's link starts)
    stop = _CLAUSE_STOP_RE.search(s, end)
    return None if catalogue.get().region_re.search(s, lo, stop.start() if stop else len(s)) else lo


def part_of_own_total(fig: Figure, sc: SentenceContext) -> int | None:
    """Where the words that may name its part start, when a level named as a
    whole measure is followed by its share of that measure's own total in the
    same place ("R&D investment of 50.3 billion yuan was made, accounting for
    88.5 percent of the province's total R&D spending", "..., accounting for
    79 percent of the city's total"): a part, never the whole. A share of a
    national total, of another place's or of another measure leaves it whole."""
    if fig.metric != "level" or fig.hit is None or fig.code in (None, "unclassified") \
            or fig.phrase is None or fig.phrase.breakdown is not None:
        return None
    s, end = sc.s, fig.m.conv_end or fig.m.end
    if not _share_link_near(s, end, end + 160):
        return None   # cheap: no word that links a share within reach
    share = _SHARE_OF_WHOLE_AFTER_RE.match(s, end)
    if share is None and fig.i + 1 < len(sc.ms) and _RATE_LINK_RE.match(s, end):
        # "..., up 20.3 percent, accounting for 88.5 percent of ...": the share after the level's own rate
        rate = sc.ms[fig.i + 1]
        if _RATE_LINK_RE.match(s, end).end() == rate.start:
            share = _SHARE_OF_WHOLE_AFTER_RE.match(s, rate.conv_end or rate.end)
    if share is None:
        return None
    stop = _WHOLE_STOP_RE.search(s, share.end(), share.end() + 120)
    whole = s[share.end():stop.start() if stop else share.end() + 120]
    cat = catalogue.get()
    if _own_whole_re().search(whole) is None or _NATIONAL_RE.search(whole) or cat.region_re.search(whole):
        return None
    lo = max(_clause_start(s, fig.m.start), fig.m.start - 200)
    noun = _LEVEL_NOUN_RE.search(whole)
    if noun is not None and noun.group(0).lower() in ("province", "region"):
        # "Suzhou's trade ..., 48 percent of the province's total": a city's share of its province's
        named = cat.region_re.search(s, lo, fig.m.start)
        level = cat.regions.get(cat.region_alias.get(named.group(0).lower(), ""), None) if named else None
        own = _LEVEL_NOUN_RE.search(s, lo, fig.m.start)
        if (level is not None and level.level == "city") or (own is not None and own.group(0).lower() == "city"):
            return None
    named = indicators.share_whole(s, share.end() - 2, sc.hs)   # the name right after "of", if any
    if named is not None and named != fig.code or not named and "total" not in whole.lower():
        return None   # "... of the city's GDP": another measure's share (a ratio), not this one's part
    return lo


def part_marker(fig: Figure, sc: SentenceContext) -> int | None:
    """Where a part marker ("of which", "among them", "including") ends,
    when it stands between the figure of the whole its measure's name belongs
    to and this figure."""
    prev = fig.prev
    if prev is None or fig.hit is None or fig.hit.end > prev.m.start:
        return None
    found = cues().part_marker.search(sc.s, prev.m.end, fig.m.start)
    if found is None and fig.metric == "share_pct":
        # "reached 120 billion yuan, 45 percent of which went to ASEAN": the marker right after
        # the share, the part's words after it (never the whole's share of itself)
        found = _SHARE_THEN_MARKER_RE.match(sc.s, fig.m.conv_end or fig.m.end)
    return found.end() if found is not None else None


# " of which", " of them", " of it", " going to": a part marker right after a share ("45 percent
# of which went to ASEAN", "with 45 percent going to ASEAN")
_SHARE_THEN_MARKER_RE = re.compile(r"\s+(?:of\s+(?:which|them|these|those|it)|going\s+to|coming\s+from|went\s+to|came\s+from)\b", re.I)


@lru_cache(maxsize=1)
def _topic_opening_re() -> re.Pattern:
    # "As for imports, ", "In terms of exports in 2024, ", "Regarding trade with ASEAN, "
    return catalogue.get().cue_pattern(r"\s*(?:{topic_opener})\s+(?P<topic>[^,;:]{1,80}?),\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _topic_subject_words() -> frozenset[str]:
    return frozenset(w.lower() for w in catalogue.get().cues.get("topic_subject_word", []))


_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "has", "have", "had", "saw", "see", "sees", "posted",
                          "recorded", "registered", "reached", "hit", "stood", "grew", "rose", "fell", "by", "at", "to",
                          "in", "from", "on", "up", "down"})


def topic_part(fig: Figure, sc: SentenceContext) -> int | None:
    """Where the words that name a part start, when the sentence opens with
    a topic that names the figure's measure ("As for imports, ", "In terms
    of exports, ", "Regarding trade with ASEAN, ") and a subject of its own
    stands between that opening and the figure ("As for imports,
    electromechanical products rose 41 percent": a product of imports,
    never all imports). None when no subject of its own stands there ("As
    for exports, they rose 5 percent", "..., the province's grew 5
    percent": the whole, or the place's)."""
    s, hit = sc.s, fig.hit
    if hit is None or s[:1] not in "AaIiRrWwCc":   # the cue words' first letters: most sentences skip the regex
        return None
    m = _topic_opening_re().match(s)
    if m is None or not (m.start("topic") <= hit.start and hit.end <= m.end("topic") and m.end() <= fig.m.start):
        return None
    lo, a = m.end(), fig.m.start
    if _term_runs(s, lo, a):
        return lo   # "As for exports, private enterprises ...": a part the vocabulary names
    cat = catalogue.get()
    for w in _WORD_RE.finditer(s, lo, a):
        word = w.group(0)
        low = word.lower().removesuffix("'s").rstrip("'")
        if low in _topic_subject_words() or low in _AUXILIARIES or low in _DETERMINERS or low in _FUNCTION_WORDS or low in _verbs() \
                or low.endswith("ed") or cat.region_for(word.removesuffix("'s").rstrip("'")):
            continue
        if _restricts(word, first=False, s=s, left=lo):
            return lo
    return None


@lru_cache(maxsize=1)
def _partner_role_re() -> re.Pattern:
    # "Shenzhen's largest trading partner, Hong Kong, ", "In 2024, its biggest export market, the US, "
    return catalogue.get().cue_pattern(
        r"(?:[^,;]{1,40},\s*)?(?:(?:[^,;\d]{0,60}?\s)?(?:{partner_role}),\s+(?P<name>[^,;\d]{2,60}?)"
        r"|(?P<first>[^,;\d]{2,40}?),\s+(?:[^,;\d]{0,60}?\s)?(?:{partner_role})),\s", re.IGNORECASE)


def reframe(fig: Figure, sc: SentenceContext) -> Measure | None:
    """The measure of a figure whose own name is only part of the story: a
    partner in apposition, the part of a part "Among them" points into, the
    new members a stock "added"; None when none of these applies."""
    return partner_in_apposition(fig, sc) or nested_part(fig, sc) or added_to_stock(fig, sc)


@lru_cache(maxsize=1)
def _added_re() -> re.Pattern:
    # "added 9,000 ", "added a further 9,000 ", "adding another "
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:{stock_added_verb})\s+(?:(?:a\s+)?(?:further|another|more\s+than|over|about|nearly|some|"
        r"around|a\s+total\s+of)\s+)*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _created_after_re() -> re.Pattern:
    # "... hi-tech enterprises were established", "... were newly certified in 2023": the
    # count's own noun phrase (no figure, no clause break), then a passive verb of creation
    return catalogue.get().cue_pattern(
        r"[^,;:.\d]{0,60}?\s(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:{stock_created_passive})\b",
        re.IGNORECASE)


def added_to_stock(fig: Figure, sc: SentenceContext) -> Measure | None:
    """"The province added 9,000 high-tech enterprises", "1,200 hi-tech
    enterprises were established": a count of a stock measure right after a
    verb of adding, or (a stock's) before a passive verb of creation, is the
    stock's new members (status=new) where the catalogue has that part, else
    unclassified; never the stock itself."""
    ph, cat, a = fig.phrase, catalogue.get(), fig.m.start
    if fig.metric != "level" or ph is None or ph.code not in cat.indicators or ph.breakdown \
            or cat.indicators[ph.code].unit not in ("count", "person"):
        return None
    b = fig.m.conv_end or fig.m.end
    after = sc.s[b:b + 90]
    if not ("add" in sc.s[max(0, a - 40):a] and _added_re().search(sc.s, max(0, a - 40), a) is not None) \
            and not (cat.indicators[ph.code].kind == "stock" and ("were" in after or "was" in after or "been" in after)
                     and _created_after_re().match(sc.s, b, b + 90) is not None):
        return None
    if "status" in cat.indicators[ph.code].breakdowns:
        return Measure(ph.code, "status=new", ph.text)
    return Measure("unclassified", None, ph.text)


def nested_part(fig: Figure, sc: SentenceContext) -> Measure | None:
    """"Heilongjiang's trade with Russia reached 200 billion yuan. Among
    them, imports of crude oil were 110 billion yuan": a sentence that opens
    by pointing into a partner's part (the partner the sentence before
    named) files its own parts under that partner too, or leaves them
    unclassified when the measure has no partners; never as parts of the
    whole."""
    ph, cat, prev = fig.phrase, catalogue.get(), sc.doc.prev_text
    if fig.hit is None or ph is None or ph.code not in cat.indicators or not prev:
        return None
    opening = _PARTITIVE_OPENING_RE.match(sc.s)
    if opening is None or opening.end() > fig.m.start:
        return None
    runs = _earlier_partner(prev, len(prev))
    if not runs:
        return None
    pairs = dict(p.split("=", 1) for p in (ph.breakdown or "").split(";") if p)
    if "partner" not in cat.indicators[ph.code].breakdowns or pairs.get("partner", runs[0][0].value) != runs[0][0].value:
        return Measure("unclassified", None, ph.text)
    pairs["partner"] = runs[0][0].value
    return Measure(ph.code, ";".join(f"{d}={v}" for d, v in sorted(pairs.items())), ph.text)


def partner_in_apposition(fig: Figure, sc: SentenceContext) -> Measure | None:
    """The measure of a figure whose sentence opens with a partner's role
    and then its name in apposition ("Shenzhen's largest trading partner,
    Hong Kong, took 600 billion yuan of its exports"): that partner's part
    of the measure, or unclassified when the vocabulary has no such
    partner. None when the measure has no partners or the opening is not
    such a role."""
    ph, cat, s = fig.phrase, catalogue.get(), sc.s
    if ph is None or ph.code not in cat.indicators or "partner" not in cat.indicators[ph.code].breakdowns:
        return None
    m = _partner_role_re().match(s)
    if m is None or m.end() > fig.m.start:
        return None
    name = "name" if m.group("name") is not None else "first"   # "Hong Kong, Shenzhen's largest trading partner, "
    runs = [r for r in _term_runs(s, m.start(name), m.end(name)) if r[0].dimension == "partner"]
    if len(runs) == 1 and len(runs[0]) == 1 and not ph.breakdown:
        return Measure(ph.code, f"partner={runs[0][0].value}", s[:m.end()].strip(" ,"))
    return Measure("unclassified", None, s[:m.end()].strip(" ,"))


def level_it_qualifies(fig: Figure, sc: SentenceContext) -> Figure | None:
    """The level figure this growth rate or share only qualifies ("120
    billion yuan of electronics, up 9 percent"; "221 billion yuan for basic
    research, up 9 percent, accounting for 6.7 percent of R&D spending"),
    when it names no measure of its own. Coordinated figures ("A and B
    units, up p and q percent") are paired by lists.py instead."""
    prev = fig.prev
    if prev is None or prev.dropped or prev.phrase is None or fig.i in sc.positions or prev.i in sc.positions:
        return None
    if fig.metric in _RATE_METRICS and prev.metric == "level":
        link, level = _RATE_LINK_RE, prev
    elif fig.metric == "share_pct":
        link, level = _SHARE_LINK_RE, prev if prev.metric == "level" else prev.qualifies
        # (a level the catalogue lacks, "a trade deficit of 150 billion yuan, equivalent to 7.8 percent
        # of the value of imports", makes its share a ratio the catalogue lacks too, never the whole's)
        if level is None or (fig.phrase.code not in (None, "unclassified", level.phrase.code)
                             and level.phrase.code not in (None, "unclassified")):
            return None   # "..., accounting for 2.1 percent of GDP": a ratio of its own
    else:
        return None
    end = prev.m.conv_end or prev.m.end
    if not link.fullmatch(sc.s, end, fig.m.start):
        if level is not prev or prev.unit not in ("count", "person") or prev.m.unit is not None:
            return None
        # "handled 1,149 batches of lithium-ion batteries for export, up 37.8
        # percent": the noun a count counts, then the link; the rate is the
        # count's own, never the measure a word in that noun names
        noun = _COUNTED_NOUN_RE.match(sc.s, end, fig.m.start)
        if noun is None or not link.fullmatch(sc.s, noun.end(), fig.m.start):
            return None
    return level


# ", while that of urban residents was", "and those to ASEAN grew"
_THAT_OF_RE = re.compile(r"\b(?:that|those)\s+(?:of|to|from|with|by|in)\s+", re.IGNORECASE)


def that_of(fig: Figure, sc: SentenceContext) -> Measure | None:
    """The measure of a figure whose clause points back with "that of" to
    another part of the measure just reported ("the per capita disposable
    income of rural residents was 20,000 yuan, while that of urban residents
    was 50,000 yuan"): the last figure's measure, with the part named after
    "of" in place of its own. None when the words after "of" name no part
    the measure allows ("that of Hubei", "that of 2022": the place and period
    rules read those), or when the figure names its own measure after them."""
    last = fig.last_fact
    while last is not None and last.metric != fig.metric and last.i > fig.i - 4:
        last = last.last_fact   # "..., up 7 percent, while that of ...": past the rate to the level
    if last is None or last.phrase is None or last.metric != fig.metric:
        return None
    code = last.phrase.code
    indicator = catalogue.get().indicators.get(code or "")
    if indicator is None:
        return None
    found = None
    for found in _THAT_OF_RE.finditer(sc.s, last.m.conv_end or last.m.end, fig.m.start):
        pass
    if found is None or (fig.hit is not None and fig.hit.start >= found.end()):
        return None
    runs = [r for r in _term_runs(sc.s, found.end(), fig.m.start) if r[0].dimension in indicator.breakdowns]
    if len(runs) != 1 or len(runs[0]) != 1:
        return None
    pairs = dict(p.split("=", 1) for p in (last.phrase.breakdown or "").split(";") if p)
    pairs[runs[0][0].dimension] = runs[0][0].value
    return Measure(code, ";".join(f"{d}={v}" for d, v in sorted(pairs.items())),
                   sc.s[found.start():fig.m.start].strip())


# after a part's figure, the words that open its components: ", with",
# ", which included", ", including", ", of which"
_COMPONENTS_RE = re.compile(r"(?:,\s*|\s)(?:with|which\s+(?:included|includes|comprised|comprises)|including|of\s+which|"
                            r"among\s+which)\s", re.IGNORECASE)


def component_of_part(fig: Figure, sc: SentenceContext) -> Measure | None:
    """The measure of a component (exports, imports) of a part of its parent
    measure reported just before ("Trade with ASEAN reached 150 billion yuan,
    with 90 billion yuan of exports and 60 billion yuan of imports"): the
    component, with the part's breakdown (partner=ASEAN), never the whole
    exports. None when the figure's own words name a part, or nothing
    before it is such a part."""
    ph = fig.phrase
    cat = catalogue.get()
    if ph is None or fig.hit is None or ph.breakdown or ph.code not in cat.indicators:
        return None
    parent = cat.indicators[ph.code].parent
    if not parent:
        return None
    part = next((f for f in fig.earlier() if f.phrase is not None and (
        f.phrase.code == parent or (f.phrase.code == "unclassified" and f.hit is not None and parent in f.hit.codes))),
        None)
    if part is None or not (part.phrase.breakdown or part.phrase.code == "unclassified"):
        return None
    s, lo = sc.s, part.m.conv_end or part.m.end
    name_at = min(fig.m.start, fig.hit.start)
    opening = _COMPONENTS_RE.search(s, lo, name_at)
    if opening is None or ";" in s[lo:name_at] or _term_runs(s, opening.end(), max(fig.m.end, fig.hit.end)):
        return None   # not its components, or a part of their own ("with exports to Japan ...")
    if part.phrase.code == "unclassified":
        # "Trade between the Guangxi and ASEAN ..., which included $3.7
        # billion of exports": the components of a part we could not name
        # are unnamed parts too, never the whole exports
        return Measure("unclassified", None, ph.text)
    allowed = cat.indicators[ph.code].breakdowns
    pairs = [p for p in part.phrase.breakdown.split(";") if p.split("=", 1)[0] in allowed]
    if not pairs:
        return None
    return Measure(ph.code, ";".join(pairs), ph.text)
