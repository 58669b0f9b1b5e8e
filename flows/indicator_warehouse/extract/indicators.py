"""Which catalogue indicator a figure measures.

The nearest catalogue alias wins: the noun right after the figure ("93,200
invention patents"), else the nearest alias before it in the sentence (the
subject: "industrial robot output increased by 31.2 percent"), else one after
it. An alias whose expected unit contradicts the figure (a head count for a
yuan indicator) is skipped. Topic words ("R&D") decide by unit only when no
alias matched. Anything else is `unclassified`, which is better than wrong.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import catalogue, measure_cues, shares
from .indicator_facts import unit_of
from .measure_cues import counts_entities, generic  # also asked of this module by its callers

# The words between a figure and its noun: no other number, no "and" (in
# "12,000 laboratories and 26,000 high-tech enterprises" the second noun is
# not the first figure's), no conjunction that starts another clause ("3
# trillion yuan while its imports").
_GAP_RE = re.compile(r"^(?![\s\S]*(?:(?<![\w])\d|\b(?:and|or|while|whereas|but)\b))[\s\w'-]{0,30}$")
_OF_RE = re.compile(r"\bof\b", re.IGNORECASE)   # "Of" in a headline's Title Case
# (behind a test for "%" or "cent": it is asked before every name of every figure)
_WHOLE_OF_SHARE_RE = catalogue.GatedCue(re.compile(r"(?:percent|per\s+cent|%)\s+of\s+(?:[\w']+\s+){0,2}$", re.IGNORECASE),
                                        re.compile("%|cent", re.I), ("%", "cent"))
_RATE_NOUN_RE = re.compile(r"\b(?:rate|ratio|index)\b", re.IGNORECASE)
# An aside set off by dashes or brackets: " - measured as a share of GDP - ", "(GDP)",
# or a list of members after a dash, closed by a comma: "seven industries -
# information technology, ..., new materials and marine economy, rose ..."
_ASIDE_RE = re.compile(r"\s[-–—]\s[^-–—]{1,80}?\s[-–—]\s|—[^—]{1,80}?—|\([^()]{1,80}\)"
                       r"|(?:—|\s[-–]\s)[^—–;]{1,200}(?:,\s*|\s)(?:and|or)\s[^,—–;]{1,60}(?=,)")
# The head of a clause after a semicolon: a noun phrase, maybe a linking verb
_SEMICOLON_SUBJECT_RE = re.compile(
    r";\s*(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+"
    r"(?:(?:was|were|is|are|reached|totaled|totalled|hit|came\s+to|amounted\s+to|stood\s+at)\s+)?"
    r"(?:(?:about|around|nearly|over|more\s+than|some|approximately)\s+)?")
# "GDP increased by 5.2 percent and its fixed asset investments increased
# by 6.8 percent": after a figure, a conjunction and a determiner open a
# clause with a subject of its own
_NEW_SUBJECT_RE = re.compile(r"\b(?:and|while|whereas|but)\s+(?:its|their|this|[A-Z][\w-]*'s?)\s+[^,;:()\d]*$")
_FIGURE_START_RE = re.compile(r"(?:[$¥€]|rmb|us\$|hk\$)?\s?\d", re.IGNORECASE)
# "of the country's AI computing power" names a whole; "of the national total" only points at the subject's
_EXPLICIT_WHOLE_RE = re.compile(r"\s+of\s+(?:the|its|their|[A-Z][\w-]*'s)\s"
                                r"(?!(?:[\w'-]+\s+){0,2}(?:total|whole|overall|aggregate|sum|amount|figure)\b)")
# the whole of a share that belongs to a wider place: "of the national population", "of China's GDP"
_OTHER_PLACE_WHOLE_RE = re.compile(r"\bof\s+(?:the\s+)?(?:national|nationwide|country's|nation's|world's|global|"
                                   r"[A-Z][\w-]*(?:\s[A-Z][\w-]*)?'s)\s+(?:[\w'-]+\s+){0,2}$")
# A number that is not a year (brackets, which hold conversions, removed first)
_OTHER_FIGURE_RE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d(?![\d,.]\d))\d")
_BRACKETS_RE = re.compile(r"\([^()]*\)")
# what ends a list of names: a clause break or a figure
_LIST_BREAK_RE = re.compile(r"[,;:]|(?<![\w.,])\d")
# The start of a clause set against the one before, up to its subject:
# "..., whereas exports", "..., while the city's exports"
_AND_SUBJECT_LEFT_RE = re.compile(r",\s*and\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*(?:'s|\u2019s)\s+)?(?:[\w'&-]+\s+){0,2}$")
_NEXT_BREAK_RE = re.compile(r"[,;:]|\.\s|$")


def _clause_end(s: str, pos: int) -> int:
    return _NEXT_BREAK_RE.search(s, pos).start()


_CONTRAST_SUBJECT_LEFT_RE = re.compile(r"(?:,\s*|\s)(?:whereas|while|but)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$")
# Where one clause ends and the next begins: "..., and the province produced 44 percent of ...",
# "..., compared with ...", "... and in 2024 ..." (shared with grammar.py)
# (Every branch opens with a literal, so that re scans for ";", "," and "a":
# the last is \band written with its look-behind after the "a". Same matches
# as ;|,\s*(?:...)\b|\band\s+(?=...), which re tried at every position; the
# measure, dating, placing and share rules run it over left contexts.)
CLAUSE_BREAK_RE = re.compile(r";|,\s*(?:and|while|but|whereas|compared|with)\b|a(?<!\wa)nd\s+(?=(?:in|during|for)\b)")
_MONEY = {"CNY", "USD", "HKD", "EUR", "MOP"}
_COUNTS = {"count", "person"}


@dataclass(slots=True)
class AliasHit:
    start: int
    end: int
    codes: tuple[str, ...]
    code: str = ""
    part: str | None = None   # the breakdown a part's own name gives ("basic research expenditure")


@dataclass(frozen=True, slots=True)
class Choice:
    """The indicator chosen for a figure, and the alias that named it (None
    when the code came from elsewhere: a ratio, a trade verb, nothing)."""
    code: str | None
    hit: AliasHit | None = None


def hits(s: str) -> list[AliasHit]:
    cat = catalogue.get()
    out = []
    for m in cat.indicator_re.finditer(s):
        key = catalogue.alias_key(m.group(0))
        if measure_cues.setting_only(s, key, m.start()):
            continue   # "foreign investment in Hainan's economy": where, not what
        out.append(AliasHit(m.start(), m.end(), tuple(cat.indicator_alias[key]), part=cat.part_alias.get(key)))
    return out


def topic_hits(s: str) -> list[tuple[int, int, dict]]:
    cat = catalogue.get()
    return [(m.start(), m.end(), cat.topics[m.group(0).lower()]) for m in cat.topic_re.finditer(s)]


def compatible(code: str, unit: str | None, metric: str) -> bool:
    """Whether a figure in `unit` with `metric` can measure indicator `code`."""
    ind = catalogue.get().indicators.get(code)
    if ind is None:
        return False
    if metric in ("yoy_growth_pct", "share_pct", "cagr_pct"):
        return True
    if unit is None:
        return True
    expect = ind.unit
    if unit == "percentage_point" or (unit == "percent" and metric in ("level", "change")):
        return expect == "percent" or (metric == "change" and unit == "percent")
    if unit in _MONEY:
        return expect in _MONEY
    if unit in _COUNTS:
        return expect in _COUNTS
    return unit == expect or (unit, expect) in _CONVERTIBLE


# Units of one dimension a figure is filed in as its measure's own: "47.2
# million tons" of grain output, a measure in kilograms, is 47.2 billion kg.
_CONVERTIBLE = {("tonne", "kilogram"): 1000.0, ("kilogram", "tonne"): 0.001}


def in_own_unit(code: str | None, unit: str | None, value: float) -> tuple[str | None, float]:
    """A level of a catalogue measure in the measure's own unit, where it is the same dimension."""
    expect = unit_of(code) if code else None
    factor = _CONVERTIBLE.get((unit, expect))
    return (expect, value * factor) if factor is not None else (unit, value)


def choose(s: str, span: tuple[int, int], unit: str | None, metric: str, hs: list[AliasHit], *,
           noun_only: bool = False) -> str | None:
    """Indicator for a figure spanning `span` = [a, b) in sentence s (see pick)."""
    return pick(s, span, unit, metric, hs, noun_only=noun_only).code


def pick(s: str, span: tuple[int, int], unit: str | None, metric: str, hs: list[AliasHit], *,
         noun_only: bool = False) -> Choice:
    """Indicator for a figure spanning `span` = [a, b) in sentence s, with the alias that named it.

    noun_only: the figure is a count followed by its own noun ("13 cities");
    only an alias in that noun phrase can name what it counts.
    """
    choice = _pick(s, span, unit, metric, hs, noun_only=noun_only)
    if choice.hit is not None and choice.code and choice.code.endswith("_output") and measure_cues.unmade(s, choice.hit.start, choice.hit.end):
        return Choice("unclassified", choice.hit)
    if choice.code and choice.code.endswith("_output") and measure_cues.capacity_before(s, span[0]):
        # "enabling it to manufacture 4 million vehicles a year", "a production
        # capacity of 1.5 million NEVs": what the plants could make, not output
        return Choice("unclassified", choice.hit)
    return choice


def _pick(s: str, span: tuple[int, int], unit: str | None, metric: str, hs: list[AliasHit], *,
          noun_only: bool = False) -> Choice:
    a, b = span
    ok = []
    for h in hs:
        for code in h.codes:
            if compatible(code, unit, metric):
                ok.append(AliasHit(h.start, h.end, h.codes, code, h.part))
                break
    if metric == "share_pct" and _unmeasured_whole_re().match(s, b):
        return Choice(None)   # "0.6% of the national territory": not a share of what the subject measures
    # the figure's own unit word names it: "36.4 million tourists" (the unit
    # "tourists" is part of the figure)
    own = next((h for h in ok if a <= h.start and h.end <= b), None)
    if own is not None:
        return _unless_traded(s, a, _part_named_before(s, a, own, ok) or own)
    if unit == "count" and counts_entities(s, a, b):
        # "520 enterprises in Shenzhen filed PCT applications": the figure
        # counts the enterprises, not the applications named after it
        return Choice(None)
    # the noun phrase right after the figure: "77,000 high-tech enterprises"
    h = _named_right_after(s, b, ok)
    if h is not None:
        if metric == "share_pct" and _OF_RE.search(s, b, h.start):
            return shares.share_of(s, a, b, h, ok)
        part = _part_named_before(s, a, h, ok) if noun_only else None
        return _unless_traded(s, a, part or h)
    if noun_only:
        return Choice(None)
    ratio = _ratio_named(s, a, ok) if unit == "percent" else None
    if ratio is not None:
        return ratio
    before = _subject_names(s, a, b, ok, unit, metric)
    if before is None:
        return Choice(None)
    if before:
        head = _head_of_complement(s, before)
        return Choice(head.code, head)
    # a name after the figure, unless it is the whole of a share in a later
    # clause: "... 520 billion yuan on research, and the figure was 3.6 percent
    # of its GDP" is not GDP (but "87 million people, roughly 6 percent of the
    # national population" is population)
    after = [h for h in ok if h.start >= b
             and not (_WHOLE_OF_SHARE_RE.search(s, max(b, h.start - 40), h.start)
                      and CLAUSE_BREAK_RE.search(s, b, h.start))
             # "investment reached 1 trillion yuan, whereas exports rose ...":
             # the subject of a clause set against the figure's
             and not _CONTRAST_SUBJECT_LEFT_RE.search(s, b, h.start)
             # "power generation reached 250 billion kWh, and electricity
             # consumption rose 9 percent": the subject of the next clause,
             # which has a figure of its own
             and not (_AND_SUBJECT_LEFT_RE.search(s, b, h.start) and _OTHER_FIGURE_RE.search(s, h.end, _clause_end(s, h.end)))
             # "increased from 2,245 to 3,678; the number of patents ...": a
             # name past a semicolon opens the next item of the list
             and ";" not in s[b:h.start]
             # "Its 4 percent increase beat ..., despite an 8.1 percent drop in
             # trade with the US": a name after a later figure is that figure's;
             # so is the whole of a later share ("221 billion yuan went to
             # basic research, accounting for 6.65 percent of R&D spending"):
             # the level is a part of that whole, never the whole. Unless the
             # whole is another place's: "87 million people ..., roughly 6
             # percent of the national population" is the subject's population.
             and not (_OTHER_FIGURE_RE.search(_BRACKETS_RE.sub("", s[b:h.start]))
                      and not (_WHOLE_OF_SHARE_RE.search(s, max(b, h.start - 40), h.start)
                               and _OTHER_PLACE_WHOLE_RE.search(s, max(b, h.start - 40), h.start)))]
    if after:
        return Choice(after[0].code, after[0])
    return Choice(None)


def _subject_names(s: str, a: int, b: int, ok: list[AliasHit], unit: str | None,
                   metric: str) -> list[AliasHit] | None:
    """The names before a figure at [a, b) that can be its subject, nearest
    last; [] when its own clause has a subject the catalogue lacks; None
    when the figure is a ratio the catalogue does not have."""
    # "accounting for 26.7% of GDP, with a growth of 16.7%": the whole of an
    # earlier share is not the subject of the figures after it; nor is a name
    # that only says what a benefit was for ("the income tax deduction for
    # enterprise R&D expenses rose to 90 billion yuan" is not R&D spending)
    before = [h for h in ok if h.end <= a and not _WHOLE_OF_SHARE_RE.search(s, max(0, h.start - 40), h.start)
              and not _benefit_for_re().search(s, max(0, h.start - 40), h.start)
              # "trade conducted by foreign-funded enterprises fell 2 percent":
              # things counted, named as the agent, are not what the figure measures
              and not (unit_of(h.code) == "count" and _AGENT_BEFORE_RE.search(s, max(0, h.start - 12), h.start))]
    if before and unit == "percent" and _RATIO_OF_RE.search(s, max(0, a - 120), a) \
            and unit_of(before[-1].code) != "percent":
        return None   # "the ratio of R&D expenditure to operating revenue was 1.83%": a ratio we do not catalogue
    if len(before) > 1:
        # "The R&D intensity - measured as a share of GDP - rose to 4.5%": a
        # name inside an aside explains the subject; it is not the subject
        asides = [(x.start(), x.end()) for x in _ASIDE_RE.finditer(s, 0, a)]
        outside = [h for h in before if not any(x <= h.start and h.end <= y for x, y in asides)]
        before = outside or before
    if len(before) > 1:
        # "total exports, comprising re-exports and domestic exports, fell 8
        # percent": the parts that make up a name before them say what it
        # consists of; the figure is still the name's
        # (only the names in that list: no figure or clause break between)
        comp = _composition_re().search(s, max(before[0].end, a - 160), a)   # a window: linear in long text
        if comp is not None:
            before = [h for h in before if h.end <= comp.start() or _LIST_BREAK_RE.search(s, comp.end(), h.start)]
    if before and metric == "level" and unit == "percent":
        # "The CPI was flat, and the surveyed unemployment rate stood at 5
        # percent": a rate named in the figure's own clause, even one the
        # catalogue lacks, is not the measure an earlier clause named
        clause = max((x.end() for x in CLAUSE_BREAK_RE.finditer(s, 0, a)), default=0)
        if before[-1].end <= clause and _RATE_NOUN_RE.search(s, clause, a):
            before = []
    if before:
        gap = _BRACKETS_RE.sub("", s[before[-1].end:a])
        own = _NEW_SUBJECT_RE.search(gap)
        if own is not None and _OTHER_FIGURE_RE.search(gap, 0, own.start()):
            before = []   # its own subject, one the catalogue lacks
    if before and ";" in s[before[-1].end:a]:
        # "import value 17.46 billion yuan, up 21.8%; trade surplus 40.44
        # billion yuan, down 12.8%": a clause after a semicolon that opens
        # with a noun phrase and a figure has its own subject, even one the
        # catalogue lacks
        head = _SEMICOLON_SUBJECT_RE.match(s, s.rindex(";", 0, a))
        if head is not None and head.end() <= a and _FIGURE_START_RE.match(s, head.end()):
            before = []
    if before and metric == "share_pct" and _EXPLICIT_WHOLE_RE.match(s, b) and CLAUSE_BREAK_RE.search(s, before[-1].end, a):
        # "..., and more than half of the country's AI computing power comes
        # from Jinan": a share of a whole named in its own clause, which the
        # catalogue lacks, is not a share of the last clause's measure
        before = []
    subject = absolute_subject(s, before[-1].end, a) if before else None
    if subject is not None and not _names_part_of(s, subject, before[-1].code):
        # "foreign trade grew 5 percent, with private enterprises' trade up 9
        # percent": an absolute clause after "with" has its own subject, one
        # the catalogue lacks (a named one would be the nearest name), unless
        # it is a part of the measure just named ("..., with private
        # enterprises accounting for 67 percent"), which the measure phrase reads
        before = []
    if before and _contrast_subject_re().search(s, before[-1].end, a):
        # "investment climbed 16.5 percent, whereas consumption soared 20.3
        # percent": a clause set against the last one, with its own subject,
        # does not measure what that clause named, even when the catalogue
        # lacks the new subject's name
        before = []
    return before


# "<name> in the <sector>", "<name> of its <sector>", "<name> in Hubei's <sector>"
_SECTOR_PREP_RE = re.compile(r"\s+(?:in|of|for|by|among)\s+(?:the\s+|its\s+|their\s+)?"
                             r"(?:[\w-]+(?:'s|\u2019s)\s+)?", re.IGNORECASE)


def _head_of_complement(s: str, before: list[AliasHit]) -> AliasHit:
    """The nearest name before the figure, unless it only says which part of
    the name before it the figure is: in "the actual use of foreign capital
    in the service industry was 381.9 billion yuan", "service industry" is
    a sector of foreign capital used (seeds/breakdowns.csv), not the
    service industry's value added; in "exports of electric vehicles rose 40
    percent", a product exported, not vehicle output."""
    last = before[-1]
    if len(before) < 2:
        return last
    prev = before[-2]
    if generic(s[prev.start:prev.end]):
        return last   # "the added value of its digital economy core industries" is that industry's own measure
    if generic(s[last.start:last.end]) and _SUBJECT_VERB_RE.fullmatch(s, prev.end, last.start) \
            and _measure_of(s[prev.start:prev.end], s[last.start:last.end], prev.code):
        # "the primary industry yielded a value added of 6.3 billion yuan":
        # the subject's own measure, named after the verb by its generic noun
        return prev
    cat = catalogue.get()
    gap = _SECTOR_PREP_RE.match(s, prev.end, last.start + 1)
    # the breakdown words right after the preposition, the last name among them
    # ("exports of electric vehicles": "vehicles" is inside the product's name)
    words = cat.term_re.match(s, gap.end()) if gap is not None else None
    term = cat.terms.get(words.group(0).lower()) if words is not None and words.end() >= last.end else None
    if term is None or prev.code not in cat.indicators:
        return last
    return prev if term.dimension in cat.indicators[prev.code].breakdowns else last


# between a subject and the generic measure noun that is its verb's object:
# "<subject> (in|of <Place>) yielded a | registered an | posted"
_SUBJECT_VERB_RE = re.compile(r"(?:\s+(?:in|of)\s+[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)?\s+[a-z]+ed\s+(?:an?\s+|its\s+|the\s+)?(?:total\s+)?")


def _measure_of(subject: str, noun: str, code: str | None) -> bool:
    """Whether the catalogue names `code` by the subject and the generic noun
    together ("value added of the primary industry", "tourism industry revenue")."""
    cat = catalogue.get()
    subject, noun = subject.lower(), noun.lower()
    for name in (f"{noun} of the {subject}", f"{noun} of {subject}", f"{subject}'s {noun}", f"{subject} {noun}"):
        if code in cat.indicator_alias.get(catalogue.alias_key(name), ()):
            return True
    return False


def share_whole(s: str, b: int, hs: list[AliasHit]) -> str | None:
    """The catalogued whole named right after a share ending at b ("... percent of its GDP"), if any."""
    h = _named_right_after(s, b, hs)
    return h.codes[0] if h is not None and _OF_RE.search(s, b, h.start) else None


def _part_named_before(s: str, a: int, h: AliasHit, hs: list[AliasHit]) -> AliasHit | None:
    """The name of a part of h's measure that the figure's own clause is
    about: "NEV output surged 74 percent to 927,500 vehicles" counts the
    NEVs, not all vehicles (h: the noun after the figure; the part: the
    nearest name before it, of a code whose catalogue parent is h's, with no
    comma or clause break between)."""
    cat = catalogue.get()
    before = [x for x in hs if x.end <= a]
    if not before or h.code is None:
        return None
    near = before[-1]
    ind = cat.indicators.get(near.code or "")
    if ind is None or ind.parent != h.code or re.search(r"[,;:]", s[near.end:a]) or CLAUSE_BREAK_RE.search(s, near.end, a):
        return None
    return near


def _named_right_after(s: str, b: int, hs: list[AliasHit]) -> AliasHit | None:
    """The first name after position b, if only a few plain words stand between."""
    h = next((h for h in hs if h.start >= b), None)
    if h is not None and _GAP_RE.match(s[b:h.start]) and "," not in s[b:h.start]:
        return h
    return None


def _unless_traded(s: str, a: int, h: AliasHit) -> Choice:
    """A product's count right after a trade verb or noun is trade in it, not
    its output: "the city exported 368,000 vehicles", "exports of 120,000
    vehicles" are kept, but `unclassified`."""
    if unit_of(h.code) != "CNY" and _trade_verb_before().search(s, max(0, a - 40), a):
        return Choice("unclassified", h)
    return Choice(h.code, h)


_AGENT_BEFORE_RE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_RATIO_OF_RE = catalogue.GatedCue(re.compile(r"\bratio\s+of\s+[^,;]{1,60}?\s+to\s+", re.I), re.compile("ratio", re.I), ("ratio",))
# between a ratio's numerator and its denominator, both named before the
# figure: "R&D spending as a proportion of GDP", "the ratio of R&D
# expenditure to GDP", "the share of R&D spending in GDP"
_AS_SHARE_OF_RE = re.compile(
    r"(?:\s+as\s+(?:a|the)\s+(?:share|proportion|percentage|percent|ratio|part)\s+of|\s+to|\s+in|"
    r"\s+(?:in\s+proportion|relative|compared)\s+to|"
    r"(?:'s|\u2019s)\s+(?:share|proportion|percentage)\s+(?:of|in))\s+"
    r"(?:the\s+|its\s+|their\s+|(?:[A-Z][\w-]*\s)?[A-Z][\w-]*(?:'s|\u2019s)\s+)?$", re.IGNORECASE)
_SHARE_OF_BEFORE_RE = re.compile(r"\b(?:share|proportion|percentage|ratio)\s+of\s+(?:the\s+|its\s+)?$", re.IGNORECASE)


_RESTATED_RE = re.compile(r"\s*\(\s*")


def _ratio_named(s: str, a: int, ok: list[AliasHit]) -> Choice | None:
    """A percentage whose clause names a ratio of two measures before it:
    the ratio's own code when seeds/ratios.csv has one ("R&D spending as a
    proportion of GDP stood at 3.6 percent" is R&D intensity), else no code
    (a ratio the catalogue lacks), or the numerator's share of the
    denominator; never the denominator. None when the clause names no such
    ratio."""
    before = [h for h in ok if h.end <= a and not CLAUSE_BREAK_RE.search(s, h.end, a)]
    if len(before) > 2 and before[-1].code == before[-2].code and _RESTATED_RE.fullmatch(s, before[-2].end, before[-1].start):
        before = before[:-1]   # "gross domestic product (GDP)": one name, restated in brackets
    if len(before) < 2:
        return None
    num, den = before[-2], before[-1]
    if not _AS_SHARE_OF_RE.fullmatch(s, num.end, den.start):
        return None
    gap = s[num.end:den.start].lower()
    if "as " not in gap and "'s " not in gap and "\u2019s " not in gap and " to " not in gap[1:] \
            and not _SHARE_OF_BEFORE_RE.search(s, max(0, num.start - 30), num.start):
        return None   # "R&D spending in GDP" alone is no ratio: "the share of" must open it
    ratio = catalogue.get().ratios.get((num.code, den.code))
    if ratio is not None:
        return Choice(ratio)
    if "ratio" in gap or _RATIO_OF_RE.search(s, max(0, num.start - 30), den.start):
        return None   # "the ratio of R&D expenditure to operating revenue": a ratio we do not catalogue (below)
    # "the share of the tertiary industry in GDP": a part's share of its
    # whole (the catalogue's parent), which the part's phrase files; "R&D
    # spending as a share of revenue" is a ratio the catalogue lacks
    return Choice(num.code, num) if _within(num.code, den.code) else Choice(None)


def _within(part: str, whole: str) -> bool:
    """Whether catalogue code `part` is `whole` or below it (its `parent` chain)."""
    inds = catalogue.get().indicators
    for _ in range(5):
        if part == whole:
            return True
        part = inds[part].parent if part in inds else ""
    return False


@lru_cache(maxsize=1)
def _trade_verb_before() -> re.Pattern:
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:{trade_verb})\s+(?:of\s+)?(?:(?:about|around|nearly|over|more\s+than|some|a\s+total\s+of)\s+)?$",
        variants=False)


@lru_cache(maxsize=1)
def _composition_re() -> re.Pattern:
    # ", comprising ", " consisting of ", ", including ": what a whole is made of
    return catalogue.get().cue_pattern(r"(?<![\w])(?:{composition})\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _benefit_for_re() -> re.Pattern:
    # "deduction for enterprise ", "subsidies for ", "tax credits on "
    return catalogue.get().cue_pattern(
        r"(?:{benefit_noun})\s+(?:for|on)\s+(?:(?:the|enterprise|enterprises'|corporate|their|its)\s+)?$",
        variants=False)


def unmeasured_whole_after(s: str, b: int) -> bool:
    """Whether a share ending at b is "of" a whole that no measure is a part of
    (cues.csv `unmeasured_whole`: "of the national territory", "of economic growth")."""
    return _unmeasured_whole_re().match(s, b) is not None


@lru_cache(maxsize=1)
def _unmeasured_whole_re() -> re.Pattern:
    # " of the national territory", " of China's land area", " of its land";
    # " to economic growth" ("contributed 70 percent to economic growth")
    return catalogue.get().cue_pattern(
        r"\s+(?:of|to)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*'s\s+)?(?:(?:national|country's|nation's|total)\s+)?"
        r"(?:{unmeasured_whole})(?![\w-])", variants=False)


def absolute_subject(s: str, lo: int, a: int) -> tuple[int, int] | None:
    """The subject of a ", with <subject> <verb>" clause after lo that the
    figure at a is in, unless it is a place (", with Nanchang up 9 percent"
    is that place's figure of the same measure)."""
    m = _absolute_subject_re().search(s, lo, a)
    if m is None or _OTHER_FIGURE_RE.search(s, m.end(), a) \
            or catalogue.get().region_re.search(s, m.start("subject"), m.end("subject")) is not None:
        return None
    return m.start("subject"), m.end("subject")


def _names_part_of(s: str, span: tuple[int, int], code: str) -> bool:
    """Whether s[span] is only a part of `code` in the vocabulary's words
    ("private enterprises", "mechanical and electrical products")."""
    cat = catalogue.get()
    if code not in cat.indicators:
        return False
    text = s[span[0]:span[1]].strip()
    text = re.sub(r"^(?:the|its|their)\s+", "", text, flags=re.IGNORECASE)
    m = cat.term_re.fullmatch(text)
    term = cat.terms.get(text.lower()) if m is not None else None
    return term is not None and term.dimension in cat.indicators[code].breakdowns


@lru_cache(maxsize=1)
def _absolute_subject_re() -> re.Pattern:
    # ", with <one to four words> <verb>"; not "with a growth of", "with
    # growth up", nor a pronoun pointing back
    return catalogue.get().cue_pattern(
        r",\s*with\s+(?P<subject>(?!(?:a|an|it|this|that|these|those|they|the\s+figure|growth|year-on-year)\b)"
        r"[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:{absolute_clause_verb})(?![\w-])")


@lru_cache(maxsize=1)
def _contrast_subject_re() -> re.Pattern:
    # "whereas|while|but <one to four words> <verb of change or level>";
    # a pronoun or "the figure" as the subject points back instead (but "its
    # imports" is a subject of its own)
    return catalogue.get().cue_pattern(
        r"(?:,\s*|\s)(?:whereas|while|but)\s+(?!(?:it|this|that|these|those|they|the\s+figure)\b)"
        r"(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}\s+(?:{growth_up}|{growth_down}|{level_verb})(?![\w-])")


@lru_cache(maxsize=1)
def _topic_head_re() -> re.Pattern:
    # another measure's noun right after a topic word: "R&D tax incentives", "R&D subsidies"
    return catalogue.get().cue_pattern(r"\s+(?P<head>{measure_head})\b(?!-)")


def choose_topic(s: str, unit: str | None, metric: str) -> str | None:
    if unit is None:
        return None
    key = "percent" if unit in ("percent", "percentage_point") else unit
    for a, e, by_unit in topic_hits(s):
        if _benefit_for_re().search(s, max(0, a - 40), a):
            continue   # "tax deduction for enterprise R&D expenses": what a benefit was for
        code = by_unit.get(key) or (by_unit.get("count") if key == "person" else None)
        head = _topic_head_re().match(s, e) if code else None
        if head is not None and not any(head["head"].lower() in al.lower().split() for al in catalogue.get().indicators[code].aliases):
            continue   # "R&D tax incentives", "R&D subsidies": another measure about the topic
        if code and (metric == "level" or metric == "change"):
            return code
    return None


def other_figure_before(s: str, pos: int) -> bool:
    """Whether s holds a number that is not a year before pos."""
    return _OTHER_FIGURE_RE.search(s, 0, pos) is not None
