"""Placing stage: the region a figure belongs to.

  region     places.choose, in the figure's own clause (a list of places that
             opens the sentence is a foil: "Beyond A, B and C, D's GDP ...");
             a place right after the figure ("6 percent in Shandong"), "the
             national growth rate", or the country after a measure ("NEV
             production in China") overrides it; a list pairing
             (lists.py) names it for figures listed with places; "the
             national R&D intensity was 2.5 percent" is China's even when
             places follow;
  several    "A and B together", "A and B accounted for 40 percent" (a list
             as the subject of one figure), "the two regions' combined
             output", "the eastern region" or a part of a place ("eastern
             Guangdong"): a figure of several places, or of one with no
             region, is dropped;
  each       "A and B each grew 6 percent": the figure holds for every place
             listed, one Fact per place.
A figure in an article that names no place at all, or whose "the city" could
only be the country, is kept with region "" and a `problem`, for review; no
region is guessed.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from . import catalogue, foreign, indicators, places, relations
from .cues import cues, lead_words, sentence_words
from .lists import LIST_SEP_RE
from .numbers import Mention
from .scene import Figure, SentenceContext

# "6 percent in Shandong", "24,000 in Shenzhen": a figure, then the place it is of
_IN_PLACE_RE = re.compile(r"\s*(?:percent|per\s+cent|%|percentage\s+points?)?\s+(?:in|for)\s+(?:the\s+)?", re.I)
# "Zhuhai and Foshan each grew 6 percent": the figure holds for every place listed
_EACH_GAP_RE = re.compile(r"(?:\s+[\w'-]+){0,2}?,?\s+each\b(?!\s+(?:year|month|quarter|week|day)\b)")
_EACH_AFTER_RE = re.compile(r"\s+each\b(?!\s+(?:year|month|quarter|week|day)\b)")


def assign(fig: Figure, sc: SentenceContext) -> None:
    """The figure's region (and the places of "A and B each"); drop it when it is about several places or an unknown one."""
    where = _region(fig, sc)
    if where is None:
        fig.dropped = "placing: several places, or a place with no region"
        return
    region, fig.clause_start = where
    if foreign.foreign_figure(fig, sc, fig.clause_start):
        fig.dropped = "placing: a foreign country's figure, no region of ours"
        return
    if _may_name_world(sc.s) and _world_figure(fig, sc):
        fig.dropped = "placing: a world figure, no region"
        return
    if region != "China" and sc.memo("province_group", _province_group):
        fig.dropped = "placing: a counted group of provinces, no single place"
        return
    if (region is None or region == "China") and fig.unit in _territory_currencies():
        # "494.5 billion HK dollars", "360.7 billion patacas": an amount in a territory's own
        # currency is the territory's, never the mainland's, whatever the article says of China
        region = _territory_currencies()[fig.unit]
    if region is None:
        # an article that names no place at all: kept for review, never guessed
        region, fig.problem = "", fig.problem or "no region: the article names no place this figure belongs to"
    fig.region = region
    s, place_ms, m = sc.s, sc.place_ms, fig.m
    fig.each = _each_places(s, place_ms, fig.clause_start, m.start, m.conv_end or m.end) \
        if sc.paired.get(fig.i) is None and len(place_ms) > 1 and "each" in s else None
    if fig.each is None and fig.qualifier != "exact" and ("each" in s or "Each" in s) and _member_bound(fig, sc):
        fig.dropped = "placing: a bound each counted member passed, not a figure of the place"


@lru_cache(maxsize=1)
def _territory_currencies() -> dict[str, str]:
    """Currency code -> the territory it is the currency of (cues.csv `territory_currency`: "HKD Hong Kong")."""
    return dict(p.split(" ", 1) for p in catalogue.get().cues.get("territory_currency", ()))


@lru_cache(maxsize=1)
def _province_group_re() -> re.Pattern:
    """"these five provinces", "their 18 provincial economies", "the top six provinces and municipalities"."""
    cat = catalogue.get()
    counts = "|".join(sorted((re.escape(w) for w in cat.words("cardinal")), key=len, reverse=True))
    return cat.cue_pattern(r"(?<![\w-])(?:\d+|" + counts + r"|these|those|their)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:{province_group})(?![\w-])", re.I)


def _province_group(sc: SentenceContext) -> bool:
    """Whether the sentence is about a counted group of provinces and names no
    place but the country: "More than 80% of the applications came from these
    five provinces", "the top six provinces generated 65 percent of the
    nation's patents". Its figures are the group's, not the article's place's
    (groups of provinces have no region); the country's own figures stay
    ("all 31 provinces grew, and national GDP rose 5 percent")."""
    if "provinc" not in sc.s or any(p.level != "country" for p in sc.place_ms):
        return False
    return _province_group_re().search(sc.s) is not None


@lru_cache(maxsize=1)
def _world_words() -> frozenset[str] | None:
    c = catalogue.get()
    return lead_words(tuple(c.cues.get("world", ())) + tuple(c.cues.get("world_after", ())))


def _may_name_world(s: str) -> bool:
    """Whether the sentence holds a word of a world cue (a cheap gate, read from the cues)."""
    lead, words = _world_words(), sentence_words(s)
    return lead is None or words is None or not words.isdisjoint(lead)


@lru_cache(maxsize=1)
def _world_re() -> re.Pattern:
    # "global", "worldwide", "the world's" not after a preposition ("5 percent of global output",
    # "first in the world") nor before a number ("Fortune Global 500")
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?<!of\s)(?<!in\s)(?<!to\s)(?<!than\s)(?<!the\s)(?:the\s+)?(?:{world})(?![\w-])(?!\s+\d)")


@lru_cache(maxsize=1)
def _world_scope_left() -> re.Pattern:
    # "ranked in the top 1% globally", "among the world's": a ranking's scope, not a world figure
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{world_scope})(?![\w-])[^,;:]{0,30}$", re.I)


@lru_cache(maxsize=1)
def _world_after_re() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{world_after})(?![\w-])", re.I)


_WORLD_AFTER_STOP_RE = re.compile(r"[,;:]|\s(?:and|but|while|whereas|which)\s|\d")


# the word before a cue that makes it a whole or a scope, not the subject: "of the world's", "in the world"
_WORLD_LEFT_RE = re.compile(r"(?:of|in|to|than|for|from|across|with)\s+(?:the\s+)?$", re.I)


_WORLD_STOP_RE = re.compile(r"[;:]|\s(?:but|while|whereas|compared|against)\s")


def _world_figure(fig: Figure, sc: SentenceContext) -> bool:
    """"Global PCT filings reached 265,800, according to WIPO", "Worldwide, applications rose 5.2
    percent": a world cue opens the figure's clause, with no place between it and the figure (nor
    before it in the clause: "Shenzhen's global sales"); the world has no region, and the
    article's place would be a wrong guess."""
    m = fig.m
    cue = None
    for cue in _world_re().finditer(sc.s, 0, m.start):
        pass
    if cue is None and not sc.place_ms:
        # "WIPO received 277,500 applications filed by companies worldwide": the adverb in the
        # figure's clause after it, in a sentence that names no place
        end = m.conv_end or m.end
        stop = _WORLD_AFTER_STOP_RE.search(sc.s, end)
        after = _world_after_re().search(sc.s, end, stop.start() if stop else len(sc.s))
        return after is not None and not _world_scope_left().search(sc.s, max(0, after.start() - 30), after.start())
    if cue is None or _WORLD_LEFT_RE.search(sc.s, max(0, cue.start() - 12), cue.start()) \
            or _WORLD_STOP_RE.search(sc.s, cue.end(), m.start) \
            or _world_scope_left().search(sc.s, max(0, cue.start() - 30), cue.start()):
        return False
    # the cue's reach: the figures after it in the sentence ("Global filings reached 265,800, up 5.2
    # percent"), up to a contrast or a place
    return not any(p.start < m.start for p in sc.place_ms)


# "Each of the 12 clusters", "each of these firms": the members of a group, one at a time
_EACH_OF_RE = re.compile(r"(?<![\w-])[Ee]ach\s+of\s+(?:the|these|those|its|their|them|[A-Z][\w-]*['’]s)(?![\w-])")
# "196 of them earned more than 1 billion yuan in revenue each": "each" a few words after the figure
_EACH_LATER_RE = re.compile(r"(?:\s+(?!(?:and|while|but|with)\b)[\w'-]+){0,4}?\s+each\b"
                            r"(?!\s+(?:year|month|quarter|week|day|of)\b)")


def _member_bound(fig: Figure, sc: SentenceContext) -> bool:
    """"196 of them registered more than 1 billion yuan in revenue each": a
    bound (over / under) that each member of a counted group passed, not the
    place's figure. A count earlier in the clause says there are members;
    named places ("A and B ... each") were read as fig.each before. Any
    number of the clause counts, kept as a figure or not."""
    m = fig.m
    if _EACH_OF_RE.search(sc.s, sc.clause_start(m.start), m.start):
        return True   # "Each of the 12 clusters has revenue of more than 100 billion yuan": a bound each passed
    if _EACH_LATER_RE.match(sc.s, m.conv_end or m.end) is None:
        return False
    lo = max((e.end() for e in _CLAUSE_EDGE_RE.finditer(sc.s, 0, m.start)), default=0)
    return any(x.unit_kind in (None, "count", "person") and lo <= x.start and x.end <= m.start for x in sc.raw)


_CLAUSE_EDGE_RE = re.compile(r"[,;:]|\s(?:while|but|whereas)\s")


def _last_region(fig: Figure) -> str | None:
    """The region of the last figure before this one in the sentence that became facts."""
    return fig.last_fact.region if fig.last_fact is not None else None


def _region(fig: Figure, sc: SentenceContext) -> tuple[str | None, int] | None:
    """The figure's place and the start of its clause; None when it is about several places or an unknown one;
    (None, clause start) when neither the sentence nor the article names any place."""
    c, s, raw, place_ms, ctx, m, metric = cues(), sc.s, sc.raw, sc.place_ms, sc.doc, fig.m, fig.metric
    last_region = _last_region(fig)
    pair = sc.paired.get(fig.i)
    clause_start = _figure_clause_start(s, m, raw, place_ms)
    # "visitor arrivals from Hong Kong", "investment from Macao", "exports to Taiwan, Japan and the
    # Mainland": the other end of a flow is never the figure's place (relations.py)
    cands = sc.memo("not_partners", _not_partners) if place_ms else place_ms
    if cands and relations.may_compare(s):
        # "Exports grew 12 percent, faster than Guangdong", "rose 6 percent, compared with 5.5 percent
        # in Guangdong": a place named after the figure and a comparison is what it is compared
        # with, not its place (one named before it has its own: "than Jiangsu's 5.2 percent")
        starts = sc.memo("comparisons", lambda x: relations.comparison_starts(x.s))
        k = bisect_left(starts, m.conv_end or m.end)
        cut = starts[k] if k < len(starts) else None
        if cut is not None:
            cands = [p for p in cands if p.start < cut]
    if len(cands) > 1:
        # "Like Shanghai, Zhejiang saw its GDP grow 6 percent", "Second only to Guangdong, Jiangsu's
        # GDP reached ...": a place in an opening comparison is the foil of the place after it
        foil, comma = sc.memo("opening_foils", lambda x: _opening_foils(x.s, cands))
        if foil and m.start > comma:   # ("After Beijing's 6 percent rise, ...": the figure is the foil's own)
            cands = [p for i, p in enumerate(cands) if i not in foil]
    region = places.choose(cands, places.FigureSpot(s, m.start, metric, clause_start),
                           fallback=ctx.fallback_region, sentence_subject=last_region)
    rel = _relative_subject(s, place_ms, clause_start, m.start) if len(place_ms) > 1 and (
        "which" in s or "whose" in s) else None
    if rel is not None:
        region = rel   # "... after Shenzhen, which made 1.7 million cars": the place the relative clause is about
    after = _place_right_after(s, place_ms, m.conv_end or m.end) if place_ms else None
    if not after and place_ms and metric != "level":
        after = _compared_rate_of(s, place_ms, m.start, m.conv_end or m.end, sc)
    if after:
        region = after   # "6 percent in Shandong", "24,000 in Shenzhen"
    if sc.national and (c.national_left.search(s, max(clause_start, m.start - 60), m.start)
                        or _national_measure(fig, s, place_ms, clause_start)):
        region = "China"   # "the national growth rate of 8.1 percent", "the national R&D intensity was 2.5 percent"
    elif sc.national and not place_ms and last_region == "China" and not after:
        region = "China"   # "The national income was 12,509 yuan, a 9.7 percent rise": later figures follow the first
    elif sc.scoped and not after and any(p.end <= m.start for p in sc.scoped) \
            and not any(p.end <= m.start and p.level != "country" for p in place_ms):
        region = next(p.region for p in sc.scoped if p.end <= m.start)   # "NEV production in China soared to ..."
    if pair is not None and pair[0]:
        region = pair[0]   # "A, B and C ... 4.1%, 3.9% and 5.2% respectively"
    elif (sc.together and c.places_together.search(s, clause_start, m.start)) \
            or (len(place_ms) > 1 and (_list_together(s, place_ms, clause_start, m.start)
                                        or _list_subject(s, place_ms, clause_start, m.start, m.conv_end or m.end))):
        return None   # "the two regions' combined output", "A and B together": several places, none of them alone
    elif sc.macro and not after and _macro_region_subject(s, place_ms, _subject_clause_start(s, clause_start, m.start),
                                                          m.start):
        return None   # "R&D spending in the eastern region reached ...": a place we do not know
    elif ctx.parts and not after and any(
            p.end <= m.start and not _locates(s, place_ms, p)
            and not any(p.end <= q.start and q.end <= m.start and q.level != "country" and q.region != p.region
                        for q in place_ms)
            for p in ctx.parts):
        return None   # "Eastern Guangdong led the province with 216.72 billion yuan": a part we have no region for
    if region is None and (place_ms or ctx.fallback_region):
        return None
    return region, clause_start   # region None: no place anywhere to go on


@lru_cache(maxsize=1)
def _opening_foil_re() -> re.Pattern:
    # "Like ", "Unlike the ", "Second only to ", "After ": a comparison that opens the sentence
    return catalogue.get().cue_pattern(r"^\s*(?:{opening_foil})\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.I)


def _opening_foils(s: str, ms) -> tuple[set[int], int]:
    """The indexes of the places (ms, in order) in a comparison that opens the sentence and is
    set off by a comma from a place named after it ("Like Shanghai and Beijing, Zhejiang ...",
    "Unlike Jiangsu, Zhejiang's exports rose ..."), and where that comma is. None when no place
    follows the comma."""
    none: tuple[set[int], int] = (set(), len(s))
    if not ms or ms[0].start > 60 or _opening_foil_re().match(s, 0, ms[0].start) is None:
        return none
    # the comparison's places: one, or a list that ends with "and" ("Like Shanghai, Beijing and
    # Tianjin, ..."); a comma alone after the first ends it ("Like Shanghai, Zhejiang ...")
    j, k = 0, 0
    while k + 1 < len(ms) and LIST_SEP_RE.match(s[ms[k].end:ms[k + 1].start]):
        gap = s[ms[k].end:ms[k + 1].start]
        k += 1
        if "and" in gap or "&" in gap:
            j = k
            break
    if j + 1 >= len(ms) or "," not in s[ms[j].end:ms[j + 1].start]:
        return none
    return set(range(j + 1)), s.index(",", ms[j].end)


def _not_partners(sc: SentenceContext) -> list:
    """The sentence's places bar the other ends of its flows and the wholes its rankings are made in
    ("ranking second in the province"), read once per sentence."""
    ends = relations.partners(sc.s, sc.place_ms) | relations.scopes(sc.s, sc.place_ms)
    return [p for i, p in enumerate(sc.place_ms) if i not in ends] if ends else sc.place_ms


_RELATIVE_RE = re.compile(r",\s+(?:which|whose)\s")
_REL_STOP_RE = re.compile(r"[;:()]|,\s+(?:and|but|while|which|whose)\s")


def _relative_subject(s: str, place_ms, lo: int, hi: int) -> str | None:
    """"Hefei ranks second after Shenzhen, which made 1.7 million cars": a figure inside a relative
    clause that opens right after a place is that place's (no other place or clause between)."""
    for p in reversed(place_ms):
        if p.end > hi or p.start < lo:
            continue
        if not p.region or p.level == "country" or not _RELATIVE_RE.match(s, p.end):
            return None   # the nearest place before the figure is what a relative clause would follow
        if _REL_STOP_RE.search(s, p.end + 1, hi):
            return None
        inner = _located_in(s, place_ms, p, lo)
        return inner or p.region
    return None


# "a major industrial city in the province", "a manufacturing hub in Jiangsu province": what lies in a place
_IN_LEFT_RE = re.compile(r"\sin\s+(?:the\s+)?$")


def _located_in(s: str, place_ms, p, lo: int) -> str | None:
    """"Suzhou has become a major industrial city in the province, which posted ...": a place
    named only to say where a place before it lies (which lies inside it) is not what the
    relative clause after it goes on about; the place inside it is."""
    if _IN_LEFT_RE.search(s, max(lo, p.start - 6), p.start) is None:
        return None
    return next((q.region for q in place_ms if lo <= q.start and q.end <= p.start and q.region
                 and places.within(q.region, p.region)), None)


# "Wuxi, in eastern Jiangsu province,", "Yantai, a port city in northern Shandong": between a
# place and the part of a larger place it lies in
_LOCATED_GAP_RE = re.compile(r"\s*,?\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?in\s+(?:the\s+)?(?:[\w-]+\s+)?")


def _locates(s: str, place_ms, part) -> bool:
    """Whether a part of a place ("eastern Jiangsu") only says where the place named right before
    it lies: that place, not the part, is the subject."""
    return any(q.end <= part.start and q.level != "country" and q.region != part.region
               and _LOCATED_GAP_RE.fullmatch(s, q.end, part.start) for q in place_ms)


def _national_measure(fig: Figure, s: str, place_ms, clause_start: int) -> bool:
    """"The national R&D intensity for the year was 2.54 percent": the
    figure's own measure, named in its clause right after "national", with
    no place between, is the country's. Counts are left alone: "national
    high-tech enterprises" are a kind of firm, not the country's total."""
    hit, m = fig.hit, fig.m
    if hit is None or fig.unit in ("count", "person") or not clause_start <= hit.start < m.start:
        return False
    if any(hit.start <= p.start and p.end <= m.start and p.region and p.level != "country" for p in place_ms):
        return False   # "the national R&D intensity in Guangdong" ("nationwide" itself names the country)
    if _national_before().search(s, max(0, hit.start - 50), hit.start) is not None:
        return True
    # "Per capita income of urban residents nationwide grew 9.7 percent": the measure's noun
    # phrase closed by a national word, with no place in the clause before it
    between = s[hit.end:m.start]
    return ("ation" in between or "across" in between) and _national_after().match(s, hit.end) is not None \
        and not any(clause_start <= p.start < m.start and p.region and p.level != "country" for p in place_ms)


@lru_cache(maxsize=1)
def _national_before() -> re.Pattern:
    # "the national R&D intensity", "the national urban residents' per capita income": the
    # adjective right before the measure, or before the people it is counted over
    return catalogue.get().cue_pattern(r"(?<![\w])(?:{national})\s+(?:(?:[\w-]+\s+){0,2}?[\w-]+s'\s+)?$", re.I)


@lru_cache(maxsize=1)
def _national_after() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?:\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?)?\s*(?:{national_after})(?![\w-])", re.I)


def _figure_clause_start(s: str, m: Mention, raw: list[Mention], place_ms) -> int:
    """Where the figure's own clause starts: after the figure before it, or after a place list that opens it."""
    clause_start = 0
    for r in raw:
        # spelled-out small numbers ("nine cities in Guangdong") are part
        # of a description, not a figure that opens a new clause
        if r.end <= m.start and r is not m and r.kind != "word":
            clause_start = r.end
    if len(place_ms) > 1:
        clause_start = _own_clause_start(s, place_ms, clause_start, m.start)
        clause_start = _after_place_list(s, place_ms, clause_start, m.start)
    return clause_start


def _own_clause_start(s: str, place_ms, lo: int, hi: int) -> int:
    """Where the figure's own clause starts: after the last clause break
    ("Zhuhai and Foshan cut fees, and Foshan's exports rose 7%") when a place
    is named between that break and the figure, else `lo`."""
    last = None
    for cb in indicators.CLAUSE_BREAK_RE.finditer(s, lo, hi):
        last = cb
    if last is not None and any(last.end() <= p.start and p.end <= hi and p.region for p in place_ms):
        return last.end()
    return lo


def _after_place_list(s: str, place_ms, lo: int, hi: int) -> int:
    """"Beyond Guangzhou, Shenzhen and Foshan, the GDP of Dongguan also
    topped ...": a list of places before another place is a foil, not the
    subject; the figure's clause starts after the list."""
    items = [p for p in place_ms if lo <= p.start and p.end <= hi and p.region]
    j = 0
    while j + 1 < len(items) and LIST_SEP_RE.match(s[items[j].end:items[j + 1].start]):
        j += 1
        if "and" in s[items[j - 1].end:items[j].start] or "&" in s[items[j - 1].end:items[j].start]:
            break   # "A, B and C": the list ends with its last item
    # the clause opens with the list, and a comma sets it off from a later place
    if j > 0 and j + 1 < len(items) and "," in s[items[j].end:items[j + 1].start]:
        return items[j].end
    return lo


def _place_right_after(s: str, place_ms, end: int) -> str | None:
    """The place named right after a figure with "in" / "for": its place."""
    for p in place_ms:
        if end < p.start <= end + 30 and p.region and _IN_PLACE_RE.fullmatch(s, end, p.start):
            return p.region
    return None


@lru_cache(maxsize=1)
def _rate_of_re() -> re.Pattern:
    # "the 7.4 percent (economic) growth of (the) ...": a rate, its measure noun, then "of" and a place
    return catalogue.get().cue_pattern(
        r"\s*(?:percent|per\s+cent|%|percentage\s+points?)?\s+(?:[\w-]+\s+){0,2}?(?:{national_measure})"
        r"\s+(?i:of\s+)(?:(?i:the)\s+)?", re.I)


@lru_cache(maxsize=1)
def _rate_against_re() -> re.Pattern:
    # "3.4 points above the ...", "well below the ...": a rate set against another
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{rate_against})\s+(?:the\s+)?", re.I)


def _compared_rate_of(s: str, place_ms, start: int, end: int, sc: SentenceContext) -> str | None:
    """"Guizhou's GDP grew 10.8 percent, higher than the 7.4 percent growth of the nation": a rate
    set against the subject's, with its own measure noun and "of" a place right after it, is that
    place's. The comparison ("than", "compared with": cues.csv foil_before; "above": rate_against) must open just before
    the figure, so that "a 5 percent growth of Jiangsu's exports" elsewhere is left alone."""
    p = next((p for p in place_ms if end < p.start <= end + 45 and p.region
              and _rate_of_re().fullmatch(s, end, p.start)), None)
    if p is None:
        return None
    starts = sc.memo("comparisons", lambda x: relations.comparison_starts(x.s)) if relations.may_compare(s) else ()
    if any(start - 40 <= c < start for c in starts) or _rate_against_re().search(s, max(0, start - 40), start):
        return p.region
    return None


def _list_together(s: str, place_ms, lo: int, hi: int) -> bool:
    """"Guangzhou, Shenzhen and Foshan together produced", "Guangzhou and
    Shenzhen's combined GDP": a list of places whose sum the figure is."""
    c = cues()
    items = [p for p in place_ms if lo <= p.start and p.end <= hi and p.region]
    for k in range(1, len(items)):
        if not LIST_SEP_RE.match(s[items[k - 1].end:items[k].start]):
            continue
        if k + 1 < len(items) and LIST_SEP_RE.match(s[items[k].end:items[k + 1].start]):
            continue   # the list goes on
        t = c.together_after.match(s, items[k].end)
        if t and t.end() <= hi and not _EACH_GAP_RE.match(s, items[k].end):
            return True
    return False


# between a list of places and its figure: a clause break, "each", or a number ends the subject
_NOT_SUBJECT_GAP_RE = re.compile(r"[,;:(]|\beach\b|\brespectively\b|\d|\s(?:and|while|but|which|whose)\s", re.I)


def _list_subject(s: str, place_ms, lo: int, hi: int, fig_end: int) -> bool:
    """"Nanjing and Suzhou accounted for 42.9 percent", "The four zones --
    Nanjing, Suzhou, Wuxi and Changzhou -- recorded ...": a list of places
    that is the subject of one figure (no "each", no "respectively") gives
    their sum, which belongs to none of them."""
    items = [p for p in place_ms if lo <= p.start and p.end <= hi and p.region]
    if len(items) < 2 or _NOT_SUBJECT_GAP_RE.search(s, items[-1].end, hi) or _EACH_AFTER_RE.match(s, fig_end):
        return False
    j = len(items) - 1
    while j > 0 and LIST_SEP_RE.match(s[items[j - 1].end:items[j].start]):
        j -= 1
    run = items[j:]
    if len(run) < 2 or not re.search(r"(?:\band|&)\s*$", s[run[-2].end:run[-1].start]):
        return False
    if len({p.region for p in run}) < 2:
        return False
    return _relation_left().search(s, max(lo, run[0].start - 40), run[0].start) is None


@lru_cache(maxsize=1)
def _relation_left() -> re.Pattern:
    # "trade between A and B", "cities such as A and B": a list after these
    # words names partners, examples or a comparison, not the figure's subject
    return catalogue.get().cue_pattern(r"(?<![\w])(?:{list_relation})\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


def _subject_clause_start(s: str, clause_start: int, hi: int) -> int:
    """"The central region saw its trade rise 39.9 percent to 1.53 trillion yuan": a figure
    whose clause (after the figure before it) names no subject has the subject of the clause
    the two share, up to the last clause break ("; ", ", while ...") before it."""
    lo = 0
    for cb in indicators.CLAUSE_BREAK_RE.finditer(s, 0, hi):
        lo = cb.end()
    return min(lo, clause_start)


def _macro_region_subject(s: str, place_ms, lo: int, hi: int) -> bool:
    """"the eastern region", "central and western regions" in the figure's
    clause, with no catalogue place named after it."""
    mr = None
    for mr in cues().macro_region.finditer(s, lo, hi):
        pass
    if mr is not None and _POSSESSIVE_RE.match(s, mr.end()) \
            and catalogue.get().region_re.match(s, _POSSESSIVE_RE.match(s, mr.end()).end()):
        return False   # "East China's Shandong Province": it only locates the place (a source's too)
    return mr is not None and not any(mr.end() <= p.start and p.end <= hi and p.region for p in place_ms)


_POSSESSIVE_RE = re.compile(r"(?:'s|\u2019s)\s+")


def _each_places(s: str, place_ms, lo: int, hi: int, fig_end: int) -> list[str] | None:
    """The regions of a list "A, B and C" followed by "each" (between lo and
    hi, the figure's clause), or listed before a figure followed by "each"
    ("rose 4 percent each"), or None."""
    items = [p for p in place_ms if lo <= p.start and p.end <= hi and p.region]
    after = _EACH_AFTER_RE.match(s, fig_end) is not None
    for k in range(len(items) - 1, 0, -1):
        if not after:
            e = _EACH_GAP_RE.match(s, items[k].end)
            if not e or e.end() > hi:
                continue
        j = k
        while j > 0 and LIST_SEP_RE.match(s[items[j - 1].end:items[j].start]):
            j -= 1
        regions = list(dict.fromkeys(p.region for p in items[j:k + 1]))
        return regions if len(regions) > 1 else None
    return None
