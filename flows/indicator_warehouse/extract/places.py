"""Which place a figure is about.

A figure belongs to the region named in its sentence (the nearest mention
before it, else after it), or, for "the province" / "the city" / "its", to the
place the text was last talking about, else to the article's main region
(topic.py chooses it). Which places "the province", "the city" and "the
region" can mean is read from each place's aliases (kinds): an autonomous
region is "the region", a municipality "the city", never "the province".
Country-level mentions ("in China", "of China's output") are usually the
denominator of a share or a scope phrase, so a sub-national region in the
same sentence wins over them, unless the country is the subject of the
figure's own clause and the regions come only after the figure.

Some places are sources, not subjects: inside an institution's name ("the
Guangdong Provincial Bureau of Statistics", "the Guangdong Sub-administration
of Customs"), its seat ("customs authorities in the provincial capital
Kunming"), a region's own institution used as its alias ("the Census and
Statistics Department", Hong Kong's), a speaker's title, or a clause giving a
cause ("on account of ... visitors from Hong Kong"). They count toward what
the article is about, never toward whose a figure is. Photo captions count
toward neither.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import catalogue, relations
from .place_nouns import kinds, place_nouns
from .place_scopes import inside_opening_scope, is_scope, within  # noqa: F401 (is_scope, within: re-exported)
from .cues import may_match, sentence_words
from .datelines import DATELINE_END_RE, DATELINE_GAP_RE, is_dateline_city

_OF_RE = re.compile(r"\s+of\s+")
_BRACKETS_RE = re.compile(r"\([^()]{1,120}\)")
_ALONE_IN_BRACKETS_RE = re.compile(r"\([A-Z][\w' -]{1,40}\)")
_NAME_END_RE = re.compile(r"(?<![\w-])[A-Z][\w-]*\s*$")   # "Express ", "Zone ": the end of a capitalised name
_FROM_LEFT_RE = re.compile(r"\bfrom\s+(?:the\s+)?$")
_PRONOUN_START_RE = re.compile(r"^\s*(?:its|it|their|this|these)(?![\w])", re.IGNORECASE)


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    region: str
    level: str
    source: bool = False   # inside an institution's name: what the text is about, not whose a figure is
    part: bool = False     # "eastern Guangdong": a part of the place that the catalogue has no region for


def mentions(s: str, *, with_sources: bool = False) -> list[PlaceMention]:
    """Places named in s. with_sources: also places inside the name of an
    institution ("the Shenzhen Municipal Bureau"), which say what an article
    is about though not whose a figure is."""
    words, names = sentence_words(s), _region_words()
    if words is not None and names is not None and words.isdisjoint(names):
        return []   # asked of every sentence; a third name no place
    cat = catalogue.get()
    out = []
    aside = _speaker_aside().search(s) if "," in s else None
    causes = _cause_spans(s)
    dateline_end = -1
    for m in cat.region_re.finditer(s):
        name = cat.region_for(m.group(0))
        if not name:
            continue  # a non-region like "South China"
        surface = m.group(0)
        # Proper nouns: accept lower-case surface only for lower-case aliases
        # ("nationwide"), not for "guangdong" inside a URL or e-mail.
        if surface[0].islower() and surface.lower() == surface and not any(a == surface for a in cat.regions[name].aliases):
            continue
        if s[max(0, m.start() - 1):m.start()] in ("@", "/", ".") or s.startswith("$", m.end()):
            continue   # an address, or a currency's mark ("HK$35.4 billion"): no place
        if is_dateline_city(s, m):
            dateline_end = m.end()
            continue  # dateline city: "NANJING, Jan. 15 (Xinhua)", "HAIKOU /China/, August 23.", "GUANGZHOU -- "
        if dateline_end >= 0 and DATELINE_GAP_RE.fullmatch(s, dateline_end, m.start()) \
                and DATELINE_END_RE.match(s, m.end()):
            continue  # its province: "CHANGCHUN, Jilin -- ", "NANNING, Guangxi (Xinhua)"
        # "the Guangdong Provincial Bureau of Statistics said ...": a source, not the subject
        source = _institution_after().match(s, m.end()) is not None or (
            aside is not None and aside.start() < m.start() and m.end() <= aside.end()) \
            or _institution_seat().search(s, max(0, m.start() - 90), m.start()) is not None \
            or _institution_end().search(surface) is not None \
            or any(a <= m.start() and m.end() <= b for a, b in causes) \
            or (" of" in s and _landmark_before().search(s, max(0, m.start() - 60), m.start()) is not None) \
            or (bool(out) and out[-1].source and (_BRACKET_GAP_RE.fullmatch(s, out[-1].end, m.start()) is not None
                                                  or _source_apposition().fullmatch(s, out[-1].end, m.start()) is not None))
        part = cat.regions[name].level != "country" \
            and ((_compass_before().search(s, max(0, m.start() - 30), m.start()) is not None
                  and _capital_of_compass().search(s, max(0, m.start() - 50), m.start()) is None)
                 or (not source and " of" in s and _compass_of_before().search(s, max(0, m.start() - 30), m.start())
                     is not None))
        if (source or part) and not with_sources:
            continue
        out.append(PlaceMention(m.start(), m.end(), name, cat.regions[name].level, source, part))
    return _without_area_names(s, out) if len(out) > 1 else out


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str] | None:
    """The longest word of each lower-cased surface of region_re. A match is
    whole words, so an ASCII sentence without one of these has none (names
    that are not ASCII cannot match it). None: a name with no letters."""
    runs = [re.findall(r"[a-z]+", key) for key in catalogue.get().region_alias if key.isascii()]
    return frozenset(max(r, key=len) for r in runs) if all(runs) else None


_NAME_LIST_SEP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")


def _without_area_names(s: str, out: list[PlaceMention]) -> list[PlaceMention]:
    """"the Guangdong, Hong Kong and Macao Greater Bay Area": places listed
    right before an area's name are part of the name, not places named."""
    drop: set[int] = set()
    for i in range(len(out) - 1, 0, -1):
        if out[i].level != "area" or s[out[i - 1].end:out[i].start].strip():
            continue
        j = i - 1
        drop.add(j)
        while j > 0 and _NAME_LIST_SEP_RE.fullmatch(s[out[j - 1].end:out[j].start]):
            j -= 1
            drop.add(j)
    return [m for k, m in enumerate(out) if k not in drop] if drop else out


@lru_cache(maxsize=1)
def anaphor_re() -> re.Pattern:
    # "the province", "the southern province's", "the delta region": a noun
    # (anaphor_noun cues) that refers back to a place, in group "lvl"
    return catalogue.get().cue_pattern(
        r"(?<![\w])(?i:the)\s+(?:(?:{anaphor_epithet})\s+)?(?P<lvl>{anaphor_noun})(?:'s)?(?![\w])", re.I)


@lru_cache(maxsize=1024)   # a long article's sentences: topic.py reads them all before the extractor does
def anaphor_matches(s: str) -> tuple[re.Match, ...]:
    """anaphor_re's matches in sentence s, in order. The topic, the tracker and
    the anaphors of the figures all read them: the sentence is scanned once."""
    if not may_match("anaphor", s):
        return ()   # none of the nouns ("province", "city") at all
    return tuple(anaphor_re().finditer(s))


# "42% of Guangdong's total", "29.7 percent of the province's": the place of a share's whole
_PCT_OF_LEFT_RE = re.compile(r"(?:percent|per\s+cent|%)\s+of\s+(?:the\s+)?$")
# "The city of Dalian, Liaoning province, had ...": between a place and the place it lies in,
# named only to locate it
_LOCATOR_GAP_RE = re.compile(r"\s*,\s*(?:in\s+)?(?:the\s+)?(?:[a-z]+ern\s+)?")
_LOCATOR_END_RE = re.compile(r"\s*[,)]")


@lru_cache(maxsize=1)
def _compass_before() -> re.Pattern:
    # "eastern ", "East ", "west and north ", "the northern " right before the name
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:{compass})(?:\s+(?:and|or)\s+(?:{compass}))?\s+$", re.I)


@lru_cache(maxsize=1)
def _capital_of_compass() -> re.Pattern:
    # "Changchun, capital of northeastern Jilin province": the compass word says where the
    # province lies, to place its capital; the province is named whole, as "Northeast China's
    # Jilin Province" would name it
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:{capital_phrase})\s+of\s+(?:the\s+)?(?:{compass})(?:\s+(?:and|or)\s+(?:{compass}))?\s+$", re.I)


@lru_cache(maxsize=1)
def _compass_after() -> re.Pattern:
    # "'s northwest", "'s western": a part of the place named before
    return catalogue.get().cue_pattern(r"'s?\s+(?:{compass})(?![\w])", re.I)


@lru_cache(maxsize=1)
def _compass_of_before() -> re.Pattern:
    # "in the east of Guangdong": a part of the place, as "eastern Guangdong" is
    return catalogue.get().cue_pattern(r"(?<![\w-])the\s+(?:{compass})\s+of\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def _landmark_before() -> re.Pattern:
    # "120 kilometers to the southeast of Beijing", "located north of Guangzhou": a place named
    # to say where another lies is a landmark, not the place the sentence is about
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:kilomet(?:er|re)s?|km|miles?|located|situated|lies|lying|sits|just)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:to\s+the\s+|in\s+the\s+)?(?:{compass})\s+of\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def _speaker_aside() -> re.Pattern:
    # ", deputy executive director of the Greater Bay Area office in
    # Guangdong, stated": a person's title set off by commas right before a
    # reporting verb; the places in it say who is speaking
    return catalogue.get().cue_pattern(
        r",\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?i:{speaker_title})\b[^,;.]{0,120},\s+(?:{report_verb})(?![\w])",
        variants=False)


@lru_cache(maxsize=1)
def _institution_after() -> re.Pattern:
    # the place name, then up to four capitalised words ("Provincial", "Greater
    # Bay Area") or "'s", then an institution noun in any case, alone or as
    # the end of a compound ("Guangdong Sub-administration of ... Customs")
    return catalogue.get().cue_pattern(
        r"(?:'s)?(?:\s+(?:[A-Z][\w&-]*|of|and)){0,4}?\s+(?:[A-Z][\w]*-)?(?i:{institution_noun})(?![\w])",
        variants=False)


# "the Statistics and Census Service (DSEC)": an abbreviation in brackets right after a name
_BRACKET_GAP_RE = re.compile(r"\s*\(")
# where a cause clause ends: a semicolon, or a contrast that opens a new statement
_CAUSE_END_RE = re.compile(r";|\s(?:while|whereas|but|meanwhile)\s")
_DIGIT_RE = re.compile(r"\d")


@lru_cache(maxsize=1)
def _institution_end() -> re.Pattern:
    # a region's alias that is itself an institution ("Census and Statistics
    # Department", Hong Kong's): the source of a figure, not its subject
    return catalogue.get().cue_pattern(r"(?<![\w])(?i:{institution_noun})$", variants=False)


@lru_cache(maxsize=1)
def _cause() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w])(?i:{cause})(?![\w])", variants=False)


@lru_cache(maxsize=1)
def _cause_words() -> tuple[str, ...] | None:
    """The longest word of each cause phrase, in lower case: every match of
    _cause() holds one. None (no gate) if a phrase has no word or is not
    ASCII, where re.IGNORECASE and str.lower may disagree."""
    words = [max(p.lower().split(), key=len, default="") for p in catalogue.get().cues.get("cause", [])]
    return None if "" in words or not all(w.isascii() for w in words) else tuple(words)


def _cause_spans(s: str) -> list[tuple[int, int]]:
    """"GDP grew 38.8%, on account of ... exchanges between Hong Kong and
    Macao": places in a clause that gives a cause are the cause's, not what
    the figure is about. The clause runs to a semicolon or a contrast
    ("while"), or, when it opens the sentence ("Thanks to demand from Hong
    Kong, Shenzhen's exports ..."), to its first comma."""
    words = _cause_words()
    if words is not None and s.isascii():
        # asked of every sentence, and most name no cause: in ASCII text
        # lower case finds what the case-insensitive phrases would
        low = s.lower()
        if not any(w in low for w in words):
            return []
    out = []
    for c in _cause().finditer(s):
        e = _CAUSE_END_RE.search(s, c.end())
        end = e.start() if e else len(s)
        if not s[:c.start()].strip() and 0 <= s.find(",", c.end()) < end:
            end = s.find(",", c.end())
        if _DIGIT_RE.search(s, c.end(), end) is None:
            # "driven by Zhuhai, whose exports rose 9 percent": a clause that
            # states a figure is not an aside; its place is that figure's
            out.append((c.end(), end))
    return out


@lru_cache(maxsize=1)
def _source_apposition() -> re.Pattern:
    # "the Statistics Bureau of Zibo City in East China's Shandong Province",
    # "Nanjing customs in Nanjing, capital of Jiangsu": where the source's own
    # place lies is still the source's description, not a figure's subject
    return catalogue.get().cue_pattern(
        r"(?:\s+in|,\s+(?i:{capital_phrase})\s+of)\s+(?:[\w-]+\s+)?(?:China's\s+)?(?:the\s+)?", variants=False)


@lru_cache(maxsize=1)
def _institution_seat() -> re.Pattern:
    # "customs authorities in Zhengzhou", "the bureau in the provincial capital
    # Kunming", "Nanjing customs in Nanjing": the place right after an
    # institution and "in"/"of" is where the source sits, not whose a figure is
    return catalogue.get().cue_pattern(
        r"(?<![\w])(?i:{institution_noun})(?:\s+(?i:{institution_staff}))?\s+(?:in|of)\s+"
        r"(?:(?i:{capital_phrase}),?\s+(?:of\s+)?|the\s+)?$", variants=False)


class PlaceTracker:
    """Remembers what the text was last talking about, for anaphora."""

    def __init__(self, main: str | None):
        self.main = main
        self.last_by_kind: dict[str, str] = {}   # "province" -> the last place "the province" could mean
        self.prev_subject: str | None = None   # first region of the previous sentence
        self.prev_para: int = -1
        self.para_subject: str | None = None   # subject of the paragraph so far

    def observe(self, ms: list[PlaceMention], para: int, s: str = "") -> None:
        if para != self.prev_para:
            self.para_subject = None
        if s:
            # "... accounted for 48% of Guangdong Province's total": the whole
            # of a share is not what the text is talking about
            ms = [m for m in ms if not _SHARE_DENOMINATOR_LEFT_RE.search(s, max(0, m.start - 30), m.start)
                  and not _share_whole(s, m.start)]
            # "As the capital of Hubei Province, Wuhan ...": a place inside an
            # opening "As ..." phrase describes the subject named after it
            intro = _AS_INTRO_RE.match(s) if s[:3].lstrip().startswith("As") else None
            if intro is not None and any(m.start >= intro.end() and m.level != "country" for m in ms):
                ms = [m for m in ms if m.start >= intro.end()]
        own = kinds(self.main)
        for m in reversed(ms):
            # the first place of each kind in a sentence is its subject
            for n in kinds(m.region):
                if n in own and m.region != self.main and n in place_nouns().get(m.region, ()):
                    continue   # "Hong Kong ..." in passing in a city's article: "the city" stays the article's
                self.last_by_kind[n] = m.region
        # "securing second place in the country. This output ...": a country
        # named as a scope is not what "This" / "Its" goes on about
        self.prev_subject = next((m.region for m in ms if m.level != "country" or not s or country_subject(s, m)),
                                 None)
        sub = [m for m in ms if m.level != "country"]
        if sub:
            self.para_subject = sub[0].region
        elif s and self.para_subject is None:
            # "China's economy grew ... Growth slowed to ...": a paragraph
            # that opens on the country stays on it
            for m in ms:
                if country_subject(s, m):
                    self.para_subject = m.region
                    break
        self.prev_para = para

    def anaphor_mentions(self, s: str, ms: list[PlaceMention] = (),
                         sources: list[PlaceMention] = ()) -> list[PlaceMention]:
        """'the province's', 'the city', 'the region' inside a sentence, as
        place mentions resolved to what they refer to: a place of that level
        named earlier in the sentence (`ms`, "Shenzhen produced 26 percent of
        Guangdong's output, while the province as a whole ..."), else one
        named there in a source ("the statistics bureau of Nanjing said the
        city's GDP ..."), else what the text was talking about."""
        out = []
        cat = catalogue.get()
        for a in anaphor_matches(s):
            lvl = a["lvl"].lower()
            if lvl in ("country", "nation"):
                continue
            of = _OF_RE.match(s, a.end())
            if of is not None and any(m.start == of.end() for m in ms):
                continue   # "the city of Dongguan": the place is named right after
            # "companies from Beijing invested 63 billion yuan in the city": an origin is not "the city"
            own = [m for m in ms if m.end <= a.start() and lvl in kinds(m.region)
                   and not _FROM_LEFT_RE.search(s, max(0, m.start - 12), m.start)] \
                or [m for m in sources if m.end <= a.start() and lvl in kinds(m.region)]
            r = own[-1].region if own else self.anaphor(a.group(0), self.prev_para)
            if r and r in cat.regions:
                out.append(PlaceMention(a.start(), a.end(), r, cat.regions[r].level))
        return out

    def topic(self, para: int) -> str | None:
        """The place the current paragraph has been talking about."""
        return self.para_subject if para == self.prev_para else None

    def anaphor(self, s: str, para: int) -> str | None:
        """Region that 'the province' / 'its' at the start of `s` refers to;
        "" when 'the city' / 'the province' can only be the country (an
        article that never names its city): a place we do not know."""
        r = self._anaphor(s, para)
        a = next(iter(anaphor_matches(s)), None) if r else None
        if a is not None and a["lvl"].lower() in ("province", "city", "municipality", "district") \
                and catalogue.get().regions[r].level == "country":
            return ""
        return r

    def _anaphor(self, s: str, para: int) -> str | None:
        # "29.7 percent of the province's total": the whole of a share is not what the sentence is
        # about, nor is the whole of a ranking ("ranking second in the province")
        a = next((x for x in anaphor_matches(s) if not _share_whole(s, x.start())
                  and not relations.scope_at(s, x.start())), None)
        if a:
            lvl = a["lvl"].lower()
            if lvl in ("country", "nation"):
                return None
            if lvl != "city" and lvl in kinds(self.main):
                # "the province" in an article about a province, "the region" in one
                # about an autonomous region or an area: the article's own place
                return self.main
            r = self.last_by_kind.get(lvl)
            if lvl == "province" and r is None and self.main:
                # "the province" in an article about Shenzhen: Guangdong
                parent = catalogue.get().regions.get(catalogue.get().regions[self.main].parent)
                if parent is not None and "province" in kinds(parent.name):
                    return parent.name
            # "the city": the city the text last named, else the article's place
            return r or self.main
        if _PRONOUN_START_RE.match(s) and self.prev_subject and para == self.prev_para:
            return self.prev_subject
        return None


_RANK_AFTER_RE = re.compile(r"'s?\s+(?:top|largest|biggest|first|leading|best|highest|second|third|major|most)\b", re.I)
# what stands right before a country that is its clause's subject: the start, a comma, a
# conjunction, "In 2024", or a time expression with no comma ("Last year China exported ...",
# "In the first half of the year China approved ...", "From January to June China ...")
_SUBJECT_LEFT_RE = re.compile(r"(?:^|[,;:]|--|\b(?:and|while|but|that|where|as|In\s+\S+"
                              r"|[Yy]ear|half|quarter|months|period|January|February|March|April|May|June|July"
                              r"|August|September|October|November|December|(?:19|20)\d\d))\s*(?:the\s+)?$")


_PARTNER_LEFT_RE = re.compile(
    r"(?:\b(?:trade|exports?|imports?|shipments?|sales|exported|imported|shipped|sold|trading)\s+(?:[\w-]+\s+){0,2}?(?:with|to|from)"
    r"|(?:^|[;,])\s*(?:and\s+|while\s+)?(?:with|to|from))\s+(?:the\s+)?$", re.I)


_AS_INTRO_RE = re.compile(r"\s*As\s+(?:a|an|the|one\s+of\s+the)\s+[^,;]{1,100},\s")
_SHARE_DENOMINATOR_LEFT_RE = re.compile(
    r"(?:percent|per\s+cent|%|share|proportion|fraction|third|quarter|half|fifth|tenth)\s+of\s+(?:the\s+)?$")


_TRADE_WORD_RE = re.compile(r"\b(?:trade|trading|exports?|imports?|exported|imported|shipments?|shipped|sold|sales)\b",
                            re.I)
_TRADE_WORDS = frozenset({"trade", "trading", "export", "exports", "import", "imports", "exported", "imported",
                          "shipment", "shipments", "shipped", "sold", "sales"})
_PARTNER_HINT_RE = re.compile(r"(?:with|to|from)\s+(?:the\s+)?$")


def country_subject(s: str, m: PlaceMention) -> bool:
    """'China's output', 'the country's R&D spending', 'China registered ...'
    name the country as the subject; 'in China', 'across the country' only
    give a scope."""
    if re.search(r"\bof\s+(?:the\s+)?$", s[max(0, m.start - 10):m.start]):
        return False   # "of the country's total": a denominator
    if s.startswith("'s", m.end) or s.startswith("'", m.end):
        # "the country's top exporter" is a scope, "China's GDP" a subject,
        # "China's northwest border area" a part of the country, "among China's provinces" the
        # whole of a group of places
        return not _RANK_AFTER_RE.match(s, m.end) and not _compass_after().match(s, m.end) \
            and not _group_after().match(s, m.end)
    if _SUBJECT_LEFT_RE.search(s[max(0, m.start - 30):m.start]):
        return True
    # "In China, retail sales rose 7.2 percent": the country as the scope that opens a clause
    # naming no other place is what its figures are about ("In China, Guangdong led ..." is not)
    return _COUNTRY_OPENING_LEFT_RE.search(s, max(0, m.start - 30), m.start) is not None \
        and _COUNTRY_OPENING_RIGHT_RE.match(s, m.end) is not None \
        and not any(p.start > m.end and p.level != "country" for p in mentions(s))


# "In China, ...", "Across the whole country, ..."
_COUNTRY_OPENING_LEFT_RE = re.compile(r"(?:^|[;:]|--)\s*(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+"
                                      r"(?:the\s+)?(?:whole\s+|entire\s+)?$")
_COUNTRY_OPENING_RIGHT_RE = re.compile(r"\s*,")


@lru_cache(maxsize=1)
def _group_after() -> re.Pattern:
    # "'s provinces", "'s 31 provincial-level regions", "'s major cities": the country as a group's whole
    return catalogue.get().cue_pattern(r"'s?\s+(?:[\w-]+\s+){0,2}?(?:{group_noun})(?![\w])", re.I)


@lru_cache(maxsize=1)
def _pct_of_whole_left() -> re.Pattern:
    # "51 percent of the total shoe exports of Zhejiang", "40 percent of the total in the province",
    # "8 percent of all grain produced in Jiangsu": the whole named at the end of a share's noun
    # phrase that says it is a whole (words only, no clause break or figure between)
    return catalogue.get().cue_pattern(
        r"(?:percent|per\s+cent|%)\s+of\s+(?:the\s+)?(?:[A-Za-z'-]+\s+){0,2}?(?:{share_whole})\s+"
        r"(?:[A-Za-z'-]+\s+){0,4}?(?:of|in|for|across|throughout)\s+(?:the\s+)?(?:whole\s+|entire\s+)?$", re.I)


def _share_whole(s: str, start: int) -> bool:
    """Whether the place at `start` names the whole of a share: "42% of Guangdong's total",
    "51 percent of the total shoe exports of Zhejiang"."""
    return _PCT_OF_LEFT_RE.search(s, max(0, start - 25), start) is not None \
        or ("of" in s[max(0, start - 90):start] and _pct_of_whole_left().search(s, max(0, start - 90), start) is not None)


def _locators(s: str, ms: list[PlaceMention]) -> list[PlaceMention]:
    """"The city of Dalian, Liaoning province, had ...": a place set off by commas right after a
    place inside it only says where that place lies (not "Dalian, Liaoning and Jilin", a list)."""
    return [m for q, m in zip(ms, ms[1:]) if m.level != "country" and within(q.region, m.region)
            and _LOCATOR_GAP_RE.fullmatch(s, q.end, m.start) and _LOCATOR_END_RE.match(s, m.end)]


@dataclass(frozen=True, slots=True)
class FigureSpot:
    """Where a figure stands in its sentence, as choose() reads it."""
    s: str                  # the sentence ("" when only the mentions are known)
    pos: int                # where the figure starts
    metric: str = "level"
    clause_start: int = 0   # where the figure's own clause starts


@lru_cache(maxsize=64)
def _names_trade(s: str) -> bool:
    # asked for every figure of the sentence: its whole text scanned once,
    # and only when its words (runs of letters) hold one of the trade words:
    # a match is a whole word, so it is one of them (ASCII: see sentence_words)
    words = sentence_words(s)
    if words is not None and words.isdisjoint(_TRADE_WORDS):
        return False
    return _TRADE_WORD_RE.search(s) is not None


def choose(ms: list[PlaceMention], spot: FigureSpot, *, fallback: str | None,
           sentence_subject: str | None = None) -> str | None:
    """Region for the figure at `spot` given the place mentions of its sentence.

    The subject comes first in English: the first place named between the
    previous figure and this one ("technology contracts from Beijing to
    Tianjin and Hebei were worth ..." -> Beijing), else the nearest place
    before, else the first after. A country named after a share is its
    denominator ("44 percent of China's output"), not its place.
    """
    s, pos, metric, clause_start = spot.s, spot.pos, spot.metric, spot.clause_start
    if not ms:
        return fallback
    if s and ("%" in s or "per" in s) and (sentence_subject or fallback):
        # "The city's R&D input took up 42% of Guangdong's total", "The amount accounted for 29.7
        # percent of the province's total": the place of a share's whole, when the text is about a
        # place inside it and the sentence names no other place, is the whole's, not the subject's
        inner = sentence_subject or fallback
        wholes = {id(m) for m in ms if within(inner, m.region) and _share_whole(s, m.start)}
        if wholes:
            wholes |= {id(m) for m in _locators(s, ms)}
        if wholes and all(m.region == inner for m in ms if id(m) not in wholes):
            ms = [m for m in ms if id(m) not in wholes]
            if not ms:
                return fallback
    if s:
        # "trade with Hong Kong", "; with the EU, ...", "exports to Macao": a
        # trading partner, not the place the figure is about
        trade = _names_trade(s)   # ", with the GBA hosting 70" is no trading partner
        ms = [m for m in ms if not (trade and _PARTNER_HINT_RE.search(s, max(0, m.start - 12), m.start)
                                    and _PARTNER_LEFT_RE.search(s, max(0, m.start - 40), m.start))]
        if not ms:
            return fallback
    if s and len(ms) > 1:
        # "Guangdong's Pearl River Delta region reached": the place inside the scope is the subject
        ms = [m for i, m in enumerate(ms) if i + 1 == len(ms) or not is_scope(s, m, ms[i + 1])]
    if s and "(" in s:
        # "70 unicorns (including one in Yunfu), accounting for 18.7%": a place
        # inside brackets the figure is not in is an aside, not its subject; a
        # place alone in brackets before the figure names where the thing named
        # is ("China-Europe Railway Express (Wuhan) ran 385 trains"): no aside
        asides = [(x.start(), x.end()) for x in _BRACKETS_RE.finditer(s) if not x.start() < pos < x.end()
                  and not (x.end() <= pos and _ALONE_IN_BRACKETS_RE.fullmatch(s, x.start(), x.end())
                           and _NAME_END_RE.search(s, max(0, x.start() - 30), x.start())
                           and any(m.start == x.start() + 1 and m.end == x.end() - 1 for m in ms))]
        ms = [m for m in ms if not any(a < m.start and m.end < b for a, b in asides)] or ms
    sub = [m for m in ms if m.level != "country"]
    cands = sub if sub else [m for m in ms if country_subject(s, m)]
    if metric == "share_pct":
        cands = [m for m in cands if m.level != "country" or m.end <= pos]
    if not cands:
        return fallback
    clause = [m for m in cands if clause_start <= m.start and m.end <= pos]
    if clause:
        return inside_opening_scope(s, clause).region
    if sub:
        # "China's R&D intensity was 2.54 percent, while Beijing hit 6.83
        # percent": the country as the subject of the figure's own clause,
        # with the regions only after it, is the figure's place
        lead = [m for m in ms if m.level == "country" and clause_start <= m.start and m.end <= pos
                and country_subject(s, m)]
        if lead:
            return lead[0].region
    if sentence_subject:
        # "... were worth 84.37 billion yuan, up 12.7 percent": later figures
        # of a sentence keep the place of the earlier ones
        return sentence_subject
    before = [m for m in cands if m.end <= pos]
    if before:
        return before[-1].region
    if cands[0].level == "country" and fallback:
        return fallback
    return cands[0].region
