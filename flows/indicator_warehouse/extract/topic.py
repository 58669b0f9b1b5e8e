"""Which place an article is about: the default place of its figures.

A figure whose sentence names no place, and "the province" / "the region"
in an article about a province or an area, belong to the place the article
is about. One wrong choice here misfiles a whole article, so the choice reads
how English news states its subject, strongest signal first:

  headline  a place named in the headline as a subject, not as a source
            ("Zhengzhou Customs: trade up" is about the province the lead
            names, not the customs office's city);
  lead      the subject of the first sentence that names a place ("South
            China's Guangdong Province saw ...", "Zhengzhou Customs said
            Henan's trade ..."), worth several later mentions;
  anaphora  "the province", "the city", "the region": the text keeps
            talking about a place of that kind ("the province" is Hebei,
            never Beijing Municipality, however often Beijing is named as a
            venue or neighbour; "the region" is an autonomous region or an
            area like the Greater Bay Area);
  mentions  each place named as a subject; a source's place ("the Shenzhen
            Statistics Bureau") counts half; the country only where it is
            a subject ("China's exports", "the country's"), never as the
            adjective "Chinese" or as the scope of a place ("China's
            Guangdong", "Guangdong's Pearl River Delta").
Places that are another's partner or foil (relations.py: "exports to Taiwan",
"visitor arrivals from Hong Kong", "higher than Jiangsu", "China-made") are
no evidence at all: a Hong Kong trade release that names Taiwan in every
sentence is Hong Kong's. A list of places ("Shanghai, Beijing, Zhejiang and
Jiangsu exceeded the national average") weighs as one mention shared among
them, and a text spread over many sibling places, none with a third of the
weight, is about their whole (the country, when it names it). "The province"
said again and again in a text that names only cities of one province is that
province.
The dateline city ("NANJING, Jan. 15 (Xinhua) --", and its province in
"CHANGCHUN, Jilin --") is only where the story was filed: the place of last
resort.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import catalogue, relations
from .datelines import dateline_place
from .places import PlaceMention, anaphor_matches, country_subject, is_scope, kinds

# how much the lead sentence's subject weighs against one later mention
_LEAD_WEIGHT = 3.0
# a source's place or the country as a scope ("in China"): evidence of what the article is about, not of whose figures
_MINOR_WEIGHT = 0.5
# a headline stands alone in a short paragraph with no closing full stop; else the text opens with its lead
_HEADLINE_MAX = 200


def article_place(text: str, sents, named: list[list[PlaceMention]], first: int,
                  skip: list[bool]) -> str | None:
    """The place the article is about. `named`: each sentence's place
    mentions, sources included; `first`: the first sentence that is neither
    a date line nor page furniture, the headline when its paragraph is short
    (else the article opens straight with its lead); `skip`: sentences that
    are photo captions or page furniture."""
    para = sents[first].para.text.strip() if sents else ""
    head = first if para and len(para) < _HEADLINE_MAX and not para.endswith(".") else None
    # "exports to Taiwan", "higher than Jiangsu", "China-made": places that are
    # another's partner or foil say nothing of what the article is about
    named = [_without_foils(sent.text, ms) for sent, ms in zip(sents, named)]
    if head is not None:
        hs = sents[head].text
        sub = [m for m in subjects(hs, named[head]) if m.level != "country"]
        # a list of places ("Anhui Beijing Chongqing ...", a site's links) is about none of them
        sub = [m for m, w in zip(sub, _list_weights(hs, sub)) if w == 1.0]
        if sub:
            # A headline that names a place is about that place ("Greater Bay
            # Area economy tops 14 trillion yuan"), however often the body names others.
            return sub[0].region
    scores: Counter[str] = Counter()
    order: dict[str, int] = {}
    last: dict[str, str] = {}        # kind noun -> the place of that kind the text named last
    lead = None                      # the lead sentence: the first after the headline that names a place
    # "HONG KONG, Feb. 3 (Xinhua) -- The value of total retail sales ...": a territory with its own
    # statistics that datelines a lead naming no place is what the lead reports on
    own = _territory_dateline(text)
    unnamed = 0                      # "the province" before any province is named
    for k, (sent, ms) in enumerate(zip(sents, named)):
        if skip[k] or k < first:
            continue
        s = sent.text
        subj = subjects(s, ms)
        for m in ms:
            order.setdefault(m.region, len(order))
            if m.source or (m not in subj and m.level == "country" and (k == head or not _adjective(s, m))):
                # a source's place, the country as a scope ("in China"), or any country in the headline
                scores[m.region] += 1 if k == head else _MINOR_WEIGHT
        for m, w in zip(subj, _list_weights(s, subj)):
            scores[m.region] += w
        if lead is None and own is not None and k != head and not subj:
            # the body's first sentence names no subject: the release is the territory's, whatever
            # later sentences say of China ("China is Hong Kong's largest source of tourists")
            lead = False
            scores[own] += _LEAD_WEIGHT
            order.setdefault(own, len(order))
        if lead is None and ms and k != head:
            lead = _lead_subject(s, ms, subj) or False
            if lead:
                scores[lead.region] += _LEAD_WEIGHT
        # "the province", "the region": the place of that kind named last, in
        # this sentence before it or in the text before, is what it refers to
        named_here = [m for m in ms if not m.part]
        for a in anaphor_matches(s):
            noun = a["lvl"].lower()
            here = [m.region for m in named_here if m.end <= a.start() and noun in kinds(m.region)]
            r = here[-1] if here else last.get(noun)
            if r is not None and noun not in ("country", "nation"):
                scores[r] += 1
            elif r is None and noun == "province":
                unnamed += 1
        for m in named_here:
            for noun in kinds(m.region):
                last[noun] = m.region
    if unnamed > 1 and len(scores) > 1:
        province = _province_of_cities(scores)
        if province is not None:
            # "the province's retail sales ..." again and again, and only cities named, all of
            # one province ("Harbin, Daqing and Qiqihar led"): the text is about that province
            scores[province] += unnamed
            order.setdefault(province, len(order))
    if not scores:
        return _national_story(text, named, skip) or dateline_place(text)
    best = max(scores, key=lambda r: (scores[r], -order[r]))
    if own is not None and catalogue.get().regions[best].level == "country":
        # a territory's release that goes on about China ("China's economy grew 7.7 percent, and
        # China's consumers ..."): the country's figures name it, the release's own figures are the territory's
        return own
    return _whole_of_many(scores) or best


def _national_story(text: str, named: list[list[PlaceMention]], skip: list[bool]) -> str | None:
    """"BEIJING, Jan. 17 (Xinhua) -- Chinese urban residents' income rose 5.1 percent ..., the
    National Bureau of Statistics said": a text that names no place as a subject, only the
    country in passing (the adjective "Chinese", "nationwide") or a national source, reports on
    the country; its mainland dateline is only where it was filed. Not when it speaks of a place
    of its own ("the city's", "the municipal bureau"): that is the dateline city's story."""
    place = dateline_place(text)
    if place is not None and place in _territories():
        return None   # a territory's own release (_territory_dateline)
    if _local_re().search(text) is not None:
        return None
    if _national_source_re().search(text) is not None:
        return "China"
    # with no source named, the country in passing says so only against a dateline: a text with
    # neither may take its place from a masthead or address (eval/ANNOTATION.md: still open)
    country = place is not None and any(m.level == "country" for k, ms in enumerate(named) if not skip[k] for m in ms)
    return "China" if country else None


@lru_cache(maxsize=1)
def _local_re() -> re.Pattern:
    # "the city's", "the province", "municipal", "provincial": the text has a place of its own
    return catalogue.get().cue_pattern(r"(?<![\w])(?:{local_word})(?![\w])", re.I)


@lru_cache(maxsize=1)
def _national_source_re() -> re.Pattern:
    # "the National Bureau of Statistics", "the Ministry of Commerce": a national source
    return catalogue.get().cue_pattern(r"(?<![\w])(?:{national_source})(?![\w])", variants=False)


def _territory_dateline(text: str) -> str | None:
    """The dateline's place when it is a territory with its own statistics, currency and
    government (cues.csv `territory`: Hong Kong, Macao, Taiwan). A mainland city's dateline
    ("BEIJING, Jan. 17 (Xinhua) --" on a national story) says only where the story was filed."""
    place = dateline_place(text)
    return place if place is not None and place in _territories() else None


@lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    return frozenset(catalogue.get().cues.get("territory", ()))


# an article spread over this many places, none with this share of the weight, is about their whole
_MANY_PLACES, _DOMINANT_SHARE = 5, 1 / 3


def _whole_of_many(scores: Counter) -> str | None:
    """"Shanghai ranks first with 26,664 yuan, followed by Beijing ... Gansu is the lowest":
    a text that compares many sibling places, none of them much more often than the
    others, reports on the whole they make up (the country, or the province of many
    cities), when it names that whole at all."""
    regions = catalogue.get().regions
    parts = {r: v for r, v in scores.items() if regions[r].level != "country" and v >= _MINOR_WEIGHT}
    if len(parts) < _MANY_PLACES or max(parts.values()) >= _DOMINANT_SHARE * sum(parts.values()):
        return None
    parents = {regions[r].parent for r in parts}
    whole = next(iter(parents)) if len(parents) == 1 else None
    return whole if whole and scores.get(whole, 0) > 0 else None


# between the places of a list: a comma, "and", or only a space or line break (a site's list of links)
_RUN_GAP_RE = re.compile(r"\s*(?:[,;/|·&]\s*)?(?:and\s+)?")


def _list_weights(s: str, subj: list[PlaceMention]) -> list[float]:
    """Each subject's weight: 1, or 1/n for a member of a list of n >= 3 places ("Shanghai,
    Beijing, Zhejiang and Jiangsu exceeded the national average"): a list compares places,
    it is about none of them."""
    out = [1.0] * len(subj)
    i = 0
    while i < len(subj):
        j = i
        while j + 1 < len(subj) and _RUN_GAP_RE.fullmatch(s, subj[j].end, subj[j + 1].start):
            j += 1
        if j - i >= 2:
            out[i:j + 1] = [1.0 / (j - i + 1)] * (j - i + 1)
        i = j + 1
    return out


def _province_of_cities(scores: Counter) -> str | None:
    """The one province all the places scored lie in, when they are all its cities."""
    regions = catalogue.get().regions
    parents = {regions[r].parent if regions[r].level == "city" else None for r in scores
               if regions[r].level != "country"}
    if len(parents) != 1:
        return None
    p = regions.get(next(iter(parents)) or "")
    return p.name if p is not None and p.level == "province" else None


def _without_foils(s: str, ms: list[PlaceMention]) -> list[PlaceMention]:
    if not ms:
        return ms
    fo = relations.foils(s, ms)
    return [m for i, m in enumerate(ms) if i not in fo] if fo else ms


def _lead_subject(s: str, ms: list[PlaceMention], subj: list[PlaceMention]) -> PlaceMention | None:
    """The lead's subject: its first subject place, unless that place opens a
    list ("Hong Kong, Macao and nine cities in Guangdong make up ...": no one
    place); a lead that names only a source ("According to the Zibo
    statistics bureau, its GDP ...") is about the source's place."""
    if not subj:
        return next((m for m in ms if m.source and not m.part), None)
    first = subj[0]
    nxt = next((m for m in ms if m.start >= first.end), None)
    if nxt is not None and _RUN_GAP_RE.fullmatch(s, first.end, nxt.start):
        return None   # (or a site's list of links: "Anhui Beijing Chongqing ...")
    return first




def subjects(s: str, ms: list[PlaceMention]) -> list[PlaceMention]:
    """The places a sentence names as what it talks about: not sources, not
    parts ("eastern Guangdong"), not the scope of the place after them
    ("China's Guangdong", "Guangdong's Pearl River Delta"), and the country
    only as a subject, never the adjective "Chinese"."""
    cat = catalogue.get()
    mine = [m for m in ms if not m.source and not m.part]
    out = []
    for i, m in enumerate(mine):
        nxt = mine[i + 1] if i + 1 < len(mine) else None
        if nxt is not None and is_scope(s, m, nxt):
            continue
        if cat.regions[m.region].level == "country" and (
                _adjective(s, m) or not country_subject(s, m)):
            continue
        out.append(m)
    return out


def _adjective(s: str, m: PlaceMention) -> bool:
    """"Chinese officials": a place alias used as an adjective (place_adjective cues) names no subject."""
    return s[m.start:m.end].lower() in _adjectives()


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    return frozenset(p.lower() for p in catalogue.get().cues.get("place_adjective", ()))
