"""The noun phrase that names a figure's measure, parsed: is it the whole
measure, a part of it, or something else that merely contains its name?

    describe(s, (a, b), indicators.Choice(code, hit), metric=..., position=...) -> Measure(code, breakdown, text)

`indicators.pick` finds the catalogue alias that names a figure ("imports and
exports" in "the imports and exports of private enterprises reached 5.04
trillion yuan"). That alias is only the head of a longer phrase, and the rest
of the phrase decides which series the figure belongs to:

| the phrase | what it is | filed as |
| --- | --- | --- |
| "Guangdong's foreign trade", "total exports" | the whole | `foreign_trade`, `exports` |
| "imports and exports of private enterprises" | a part: an owner after "of" | `foreign_trade`, `ownership=private` |
| "private enterprises' exports" | a part: an owner before the head | `exports`, `ownership=private` |
| "exports to ASEAN", "trade with the EU" | a part: a partner after "to/with/from" | `exports`, `partner=ASEAN` |
| "2.29 billion yuan of mechanical and electrical products" | a part: the figure's own complement | `exports`, `product=...` |
| "basic research expenditure" | a part with a name of its own (seeds/indicator_parts.csv) | `rd_expenditure`, `activity=basic research` |
| "soybean imports", "Zhongguancun's technology service industry" | a part we cannot name | `unclassified` |
| "the number of foreign trade enterprises" | a count of enterprises: the alias is a modifier | `unclassified` |
| "investment in the primary industry" | another measure about the alias | `unclassified` |
| "GDP per capita" | the per-person measure | `gdp_per_capita` |

Only dimensions the catalogue allows for the code count (seeds/indicators.csv,
`breakdowns`). The words are data: breakdown values in seeds/breakdowns.csv;
the words that keep a measure whole (`whole_modifier`) and the nouns of other
measures (`measure_head`) in seeds/cues.csv. The grammar here is only where
such words may stand. The phrase itself is kept (`text`, the warehouse's
`measure_text`) so analysts can group what stays unclassified.

When in doubt the phrase is `unclassified`, never a guess: a figure filed
under the wrong series corrupts that series for every user, while an
unclassified one is only missing from it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import appositions, catalogue, complements, indicator_facts, indicators, modifier_aliases, purposes
from .indicators import AliasHit
from .phrase_words import (_DETERMINERS, _PLACE_NOUN_RE, _WORD_RE, _restricts, _unknown_restriction, _COUNTED_GOODS_RE, _INCLUDING_BEFORE_RE, _compared_re, _gross_output_names, _other_dimension_words, _child_named, _pairs, _names_only, _term_into, _verb_name, attributive_goods, runs_of_subject, _DIGIT_RE, _LIST_WINDOW, _allowed, _clause_start, _generic_name, _left_modifiers, _near_left, _own_noun_phrase, _own_status, _past_coordinate, _run_end, _term_runs, _tidy)

UNCLASSIFIED = "unclassified"


@dataclass(frozen=True, slots=True)
class Measure:
    code: str | None           # catalogue code, "unclassified", or None (no measure named)
    breakdown: str | None      # "dimension=value;..." for a part, None for the whole
    text: str                  # the phrase as written


# "for each contract", "per project"; not "per capita", which is the measure's own name
_DISTRIBUTIVE_RE = re.compile(r"\s*(?:each|every|per)\s(?!capita\b)", re.IGNORECASE)
_PER_CAPITA_RE = re.compile(r"\s+per\s+capita\b", re.IGNORECASE)
# the first digit of a number that is not a year ("In 2023, ... 250 billion")
# a figure's first digit: no word character, point or comma before it, and
# not the start of a year. The digit first, the tests on what is around it
# after it, so that re scans for digits: the same matches as
# (?<![\w.,])(?!(?:19|20)\d\d(?![\d,.]\d))\d, which re tried at every position.
_FIGURE_DIGIT_RE = re.compile(r"\d(?<![\w.,]\d)(?!(?<=1)9\d\d(?![\d,.]\d)|(?<=2)0\d\d(?![\d,.]\d))")
_CLAUSE_END_RE = re.compile(r"[,;:()]|\.(?:\s|$)")


def describe(s: str, span: tuple[int, int], choice: indicators.Choice, *,
             metric: str = "level", position: tuple[int, int] | None = None, before: str = "") -> Measure:
    """The measure of the figure at `span` = [a, b) in sentence s, whose
    indicator was chosen as `choice.code` from alias `choice.hit` (None when the code came from
    elsewhere: a list, the sentence before, a topic word). position: the
    figure is the k-th of n coordinated figures ("5.3%, 4.1% and 2%");
    before: the sentence before it (news paragraphs are often one sentence long), for "the exports".

    The first step that settles the phrase decides, so their order is part of
    the rule: whether the alias names this measure at all; the shapes that
    settle the whole phrase at once; then the parts the words around the name
    give, collected; then parts the sentence implies when none are named; last,
    filing the parts found."""
    if choice.hit is None:
        return _without_alias(s, span[0], span[1], choice.code)
    p = _Phrase.read(s, span, choice, metric, position, before)
    settled = _not_this_measure(p)
    if settled is not None:
        return settled
    if p.whole in (None, UNCLASSIFIED) or p.whole not in catalogue.get().indicators:
        return Measure(p.code, None, p.text)
    # the parts the measure can be broken down by: asked by most rules below, worked out once
    p.allowed = _allowed(p.whole, p.hit)
    for step in (_aside_subject, _per_capita, _unnamed_group_did_it, _counted_goods, _goods_before_figure,
                 _part_run_into_name, _purpose):
        settled = step(p)
        if settled is not None:
            return settled
    p.runs = _part_words(p.s, p.a, p.b, p.hit, p.left, metric)
    for step in (_share_part_before_whole, _complement_parts, _figure_complement_parts, _partner_named_earlier,
                 _parts_listed_in_name, _share_part_after_whole, _amount_part_after_whole, _group_without_part):
        settled = step(p)
        if settled is not None:
            return settled
    return _filed(p)


@dataclass(slots=True)
class _Phrase:
    """What `describe`'s steps read: the figure at [a, b), its alias `hit`,
    the phrase around it, and the parts (`runs`) found so far."""
    s: str
    a: int
    b: int
    hit: AliasHit
    code: str | None
    metric: str
    position: tuple[int, int] | None
    before: str
    left: int                     # where the name's modifiers start
    complement: re.Match | None   # "of private enterprises", "to ASEAN" after the name
    participle: bool              # a participle before the complement ("bound for the EU")
    text: str                     # the phrase as written
    whole: str | None             # the code the parts are of
    allowed: tuple[str, ...] = ()
    runs: list | None = None

    @classmethod
    def read(cls, s: str, span: tuple[int, int], choice: indicators.Choice, metric: str,
             position: tuple[int, int] | None, before: str) -> _Phrase:
        (a, b), code, hit = span, choice.code, choice.hit
        left = _left_modifiers(s, hit.start)
        complement, participle = complements.find(s, hit, a)
        text = _tidy(s[left:complement.end() if complement is not None else hit.end])
        whole = code if code not in (None, UNCLASSIFIED) else hit.code
        return cls(s, a, b, hit, code, metric, position, before, left, complement, participle, text, whole)


def _not_this_measure(p: _Phrase) -> Measure | None:
    """Unclassified when the alias is not the figure's measure: gross output,
    a per-item measure, an alias that only modifies another noun, or a list
    item standing for another measure (modifier_aliases.py)."""
    s, a, b, hit, code, left, text = p.s, p.a, p.b, p.hit, p.code, p.left, p.text
    if code == hit.code and s[hit.start:hit.end].lower() in _gross_output_names():
        # "the output value of the high-tech industry": gross output, which
        # is not value added (held-out 4 adjudication), a measure we lack
        return Measure(UNCLASSIFIED, None, text)
    if _DISTRIBUTIVE_RE.match(s, left):
        # "the average volume for each technology contract": a per-item
        # measure, not the measure itself
        return Measure(UNCLASSIFIED, None, _tidy(s[left:hit.end]))
    if code is not None:
        other = modifier_aliases.names_something_else(s, a, b, hit, p.position)
        if other is not None:
            return Measure(UNCLASSIFIED, None, _tidy(s[left:other]) or text)
        if modifier_aliases.elided_head(s, hit):
            return Measure(UNCLASSIFIED, None, text)
    return None


def _aside_subject(p: _Phrase) -> Measure | None:
    """A name inside an aside about its clause's subject (appositions.py):
    the subject is what the figure measures."""
    s, a, hit, code, whole = p.s, p.a, p.hit, p.code, p.whole
    subject = appositions.apposition_subject(s, hit, a)
    if subject is not None and code not in (None, UNCLASSIFIED):
        # "Private enterprises, the main force of Hunan's foreign trade,
        # traded goods worth ...": the name is inside an aside about the
        # subject, which is what the figure measures: a part it names, else
        # a part we cannot name
        own = catalogue.get().indicator_re.search(s, subject[0], subject[1])
        own_code = indicators.hits(own.group(0))[0].codes[0] if own is not None else None
        if own_code is not None and indicator_facts.unit_of(own_code) == indicator_facts.unit_of(whole):
            # "The services sector, now the largest part of Shaanxi's
            # economy, grew 5.1 percent": the subject is a measure of its own
            return Measure(own_code, None, _tidy(s[subject[0]:subject[1]]))
        runs = [r for r in _term_runs(s, subject[0], subject[1]) if r[0].dimension in p.allowed]
        if len(runs) == 1 and len(runs[0]) == 1:
            return Measure(whole, f"{runs[0][0].dimension}={runs[0][0].value}", _tidy(s[subject[0]:subject[1]]))
        return Measure(UNCLASSIFIED, None, _tidy(s[subject[0]:subject[1]]))
    return None


def _per_capita(p: _Phrase) -> Measure | None:
    """"per capita" right after the name: the per-person counterpart of the measure."""
    if _PER_CAPITA_RE.match(p.s, p.hit.end) and p.hit.end <= p.a and "per_capita" not in p.whole:
        # "the regional GDP per capita was 179,200 yuan, up 5.2%"
        return Measure(indicator_facts.per_capita_of(p.whole), None, p.text)
    return None


def _unnamed_group_did_it(p: _Phrase) -> Measure | None:
    """A name that is the verb, done by a group of entities we have no name for: a part we cannot name."""
    s, a, hit = p.s, p.a, p.hit
    if hit.end <= a and _verb_name(s, hit) and not runs_of_subject(s, a, hit) \
            and indicators.counts_entities(s, _clause_start(s, a), hit.start):
        # "Small and medium-sized firms exported 60 billion yuan of goods":
        # a group we have no name for did it, a part of the measure
        return Measure(UNCLASSIFIED, None, _tidy(s[_clause_start(s, a):hit.end]))
    return None


def _counted_goods(p: _Phrase) -> Measure | None:
    """A name that is the verb, then a count of goods before the figure: the value of those goods."""
    s, a, hit = p.s, p.a, p.hit
    goods = _COUNTED_GOODS_RE.fullmatch(s, hit.end, a) if hit.end <= a and _verb_name(s, hit) else None
    if goods is not None:
        # "Hunan exported 3,480 special vehicles valued at 3.32 billion
        # yuan": the value of the goods counted, a product of the measure
        # (only a product the vocabulary names whole: "special purpose motor
        # vehicles" are not all motor vehicles)
        term = catalogue.get().term_re.fullmatch(s, goods.start("goods"), goods.end("goods"))
        part = catalogue.get().terms.get(term.group(0).lower()) if term is not None else None
        if part is not None and part.dimension == "product" and "product" in p.allowed:
            return Measure(p.whole, f"product={part.value}", _tidy(s[hit.start:goods.end("goods")]))
        return Measure(UNCLASSIFIED, None, _tidy(s[hit.start:goods.end("goods")]))
    return None


def _goods_before_figure(p: _Phrase) -> Measure | None:
    """Goods the name's participle modifies before the figure ("exported ... products totaling"): their product."""
    s, a, hit = p.s, p.a, p.hit
    goods_at = attributive_goods(s, hit, a)
    if goods_at is not None:
        # "with exported mechanical and electrical products totaling 2.67
        # billion yuan": the exports of those goods, a product the vocabulary
        # names right there, else a part we cannot name
        runs = _term_runs(s, goods_at, a, contiguous_from=goods_at)
        if len(runs) == 1 and len(runs[0]) == 1 and runs[0][0].dimension == "product" and "product" in p.allowed:
            return Measure(p.whole, f"product={runs[0][0].value}", _tidy(s[hit.start:_run_end(s, goods_at)]))
        return Measure(UNCLASSIFIED, None, _tidy(s[hit.start:a]))
    return None


def _part_run_into_name(p: _Phrase) -> Measure | None:
    """A part's name whose last words are the name's first ("High-tech manufacturing added value")."""
    s, hit, text = p.s, p.hit, p.text
    straddle = _term_into(s, hit)
    if straddle is not None and _INCLUDING_BEFORE_RE.search(s, max(0, hit.start - 40), hit.start):
        # "Mainland China, including re-exports": a part the figure includes,
        # not the part it is
        return Measure(UNCLASSIFIED, None, text)
    if straddle is not None:
        # "High-tech manufacturing added value": the name's first words end
        # a part's name ("high-tech manufacturing"), which the figure is
        if straddle.dimension not in p.allowed:
            return Measure(UNCLASSIFIED, None, text)
        return Measure(p.whole, f"{straddle.dimension}={straddle.value}", text)
    return None


def _purpose(p: _Phrase) -> Measure | None:
    """The outlay on one purpose, the income from one source (purposes.py)."""
    purpose = purposes.purpose_part(p.s, p.hit, p.a, p.allowed) if p.code not in (None, UNCLASSIFIED) else None
    if purpose is not None:
        # "fiscal expenditure on education", "revenue from land sales": the
        # outlay on one purpose, the income from one source, a part (purposes.py)
        return Measure(p.whole if purpose[0] else UNCLASSIFIED, purpose[0], _tidy(p.s[p.left:purpose[1]]))
    return None


def _share_part_before_whole(p: _Phrase) -> Measure | None:
    """A share's part named before its whole ("the share of private enterprises in ... foreign trade")."""
    s, hit = p.s, p.hit
    part = _SHARE_OF_PART_RE.search(s, max(0, hit.start - 100), hit.start) if p.metric == "share_pct" else None
    if part is not None and not catalogue.get().region_re.match(s, part.start("part")) \
            and _names_only(s, part.start("part"), part.end("part"), p.whole):
        # "the share of private enterprises in Hunan's foreign trade": the
        # part is named before the whole; one we cannot name leaves it
        # unclassified (a place's share of the whole is the place's)
        named = [r for r in _term_runs(s, part.start("part"), part.end("part")) if r[0].dimension in p.allowed]
        if not named:
            return Measure(UNCLASSIFIED, None, _tidy(s[part.start("part"):hit.end]))
        p.runs += named
    return None


def _complement_parts(p: _Phrase) -> Measure | None:
    """The parts the complement after the name gives ("exports to ASEAN", "of private enterprises")."""
    s, hit, complement, allowed, text = p.s, p.hit, p.complement, p.allowed, p.text
    if complement is not None:
        found = complements.parts(s, complement, allowed)
        if found is None and "partner" in allowed:
            # "trade between Jiangsu and countries involved in the Belt and
            # Road Initiative": a partner, but none the vocabulary names
            return Measure(UNCLASSIFIED, None, text)
        given = p.participle or complements.recipient(complement, allowed)
        generic = "sector" in allowed and _generic_name(s, hit)
        owner = complements.owner(complement, allowed)
        if (given or owner) and found and not any(r[0].dimension in allowed for r in found):
            # "patents granted to foreign applicants", "exports by international
            # companies", "the added value of the automobile industry": given
            # to, done by or of a group the code has no part for
            return Measure(UNCLASSIFIED, None, text)
        if found == [] and _names_unknown_owner(s, complement, p.whole, given, generic):
            # "the import and export value of the first pilot FTZ": a part
            # whose owner or product the vocabulary has no name for
            return Measure(UNCLASSIFIED, None, text)
        p.runs += found or []
    return None


def _figure_complement_parts(p: _Phrase) -> Measure | None:
    """The parts right after the figure's unit ("2.29 billion CNY of mechanical and electrical products")."""
    own = complements.own_complement_parts(p.s, p.b, p.whole, p.hit, p.metric)
    if own is None:
        # "75.9 billion yuan worth of technologies": a product we cannot name
        return Measure(UNCLASSIFIED, None, p.text)
    p.runs += own
    return None


def _partner_named_earlier(p: _Phrase) -> Measure | None:
    """No part named, a definite trade name: the partner named earlier, here or in the sentence before."""
    s, hit, before = p.s, p.hit, p.before
    if not p.runs and "partner" in p.allowed and _DEFINITE_RE.search(s, max(0, hit.start - 5), hit.start):
        # "Hunan's exports to Africa reached 11.19 billion yuan, and the
        # imports surged 6.8 percent": a definite article before a bare trade
        # name takes the partner named earlier in the sentence, or in the
        # sentence before ("Trade with RCEP members reached ... The exports
        # surged 30.9 percent")
        p.runs = _earlier_partner(s, hit.start) or (_earlier_partner(before, len(before)) if before else [])
    return None


def _parts_listed_in_name(p: _Phrase) -> Measure | None:
    """No part named, coordinated figures: the parts the name's own words list, one per figure."""
    position = p.position
    if not p.runs and position is not None and position[1] > 1:
        # "the per capita disposable income of urban and rural residents
        # increased 8.1 percent and 9.8 percent": a catalogue name whose own
        # words list the parts the coordinated figures are, in order
        p.runs = [r for r in _term_runs(p.s, p.hit.start, p.hit.end) if len(r) == position[1]]
    return None


def _share_part_after_whole(p: _Phrase) -> Measure | None:
    """No part named, a share that opens its clause: the part named after the whole, never the whole's own share."""
    s, a, b, hit, complement = p.s, p.a, p.b, p.hit, p.complement
    if not p.runs and p.metric == "share_pct" and hit.start >= b and _SHARE_AS_SUBJECT_RE.fullmatch(s, _clause_start(s, a), a):
        # "nearly 60 percent of the province's foreign trade was contributed
        # by its general trade": the share of a part, named after the whole
        # or not at all; never the whole's own share
        p.runs = _part_after_whole(s, complement.end() if complement is not None else hit.end, p.whole, hit)
        if p.runs is None:
            return Measure(UNCLASSIFIED, None, p.text)
    return None


def _amount_part_after_whole(p: _Phrase) -> Measure | None:
    """No part named, an amount of the whole that opens its clause and is given to someone: their part."""
    s, a, b, hit, complement = p.s, p.a, p.b, p.hit, p.complement
    if not p.runs and p.metric == "level" and hit.start >= b and _LEVEL_OF_WHOLE_RE.match(s, b, hit.start) \
            and _SHARE_AS_SUBJECT_RE.fullmatch(s, _clause_start(s, a), a):
        # "Some 300 billion yuan of Hunan's foreign trade was handled by
        # private enterprises": an amount of the whole that opens its clause
        # and is then given to someone is their part, named or not
        after = complement.end() if complement is not None else hit.end
        p.runs = _part_after_whole(s, after, p.whole, hit) or []
        end = _CLAUSE_END_RE.search(s, after)
        if not p.runs and _AGENT_RE.search(s, after, end.start() if end else len(s)):
            return Measure(UNCLASSIFIED, None, p.text)
    return None


def _group_without_part(p: _Phrase) -> Measure | None:
    """A performer or owner the code has no part for: a share the catalogue cannot file, never the whole."""
    if any(r[0].dimension in _WHO and r[0].dimension not in p.allowed and r[0].value != "enterprises"
           for r in p.runs):
        # "technology contracts signed by universities", "private firms'
        # tax revenue" where the code has no such part: a group's share of
        # the measure that the catalogue cannot file, never the whole
        return Measure(UNCLASSIFIED, None, p.text)
    return None


def _filed(p: _Phrase) -> Measure:
    """The parts found, paired by dimension: the whole, one part of it, a code of its own, or unclassified."""
    s, hit, code, whole, allowed, position, text = p.s, p.hit, p.code, p.whole, p.allowed, p.position, p.text
    pairs = _pairs(hit, p.runs, allowed, position)
    if pairs is not None and position is not None and position[1] > 1:
        # "invention, utility model and design patents granted numbered 30,000,
        # 60,000 and 12,000": a list of parts that runs into the name, one
        # per coordinated figure, in order (the name's own part is the last)
        listed = [r for r in _term_runs(s, _clause_start(s, hit.start), hit.end)
                  if len(r) == position[1] and r[0].dimension in allowed]
        if len(listed) == 1:
            term = listed[0][position[0]]
            pairs[term.dimension] = term.value
            child = _child_named(term.value, hit, s, whole)
            if child is not None:
                return Measure(child, None, text)   # "invention patents granted" is a code of its own
    if pairs is None or (not pairs and _unknown_restriction(s, _past_coordinate(s, _near_left(s, hit.start), hit.start), hit.start)):
        # several parts that cannot be told apart, a part the phrase must name
        # but does not ("bilateral trade"), or a word before the name that
        # restricts it to something we have no name for ("soybean imports")
        return Measure(UNCLASSIFIED, None, text)
    if not pairs:
        if p.complement is None and "sector" in allowed and _generic_name(s, hit):
            # "its value-added output increased 13.7 percent": a name that is
            # a series only with the sector it is of, and none is given (a
            # cluster's "operating revenue" is the cluster's: no sector to give)
            return Measure(UNCLASSIFIED, None, text)
        return Measure(code, None, text)
    return Measure(whole, ";".join(f"{d}={v}" for d, v in sorted(pairs.items())), text)


def part_after_marker(s: str, whole: Measure, lo: int, span: tuple[int, int]) -> Measure:
    """The measure of a figure that follows "of which", "among them" or
    "including" after its whole was stated ("R&D spending reached 110
    billion yuan, of which 9 billion yuan went to basic research"): a part of
    that whole, named by the words between the marker (at `lo`) and the
    figure or by the figure's own clause; unclassified when they name no
    single part the catalogue allows. Never the whole itself."""
    a, b = span
    code = whole.code
    if code in (None, UNCLASSIFIED) or code not in catalogue.get().indicators or whole.breakdown:
        return Measure(UNCLASSIFIED, None, whole.text)
    allowed = catalogue.get().indicators[code].breakdowns
    end = _CLAUSE_END_RE.search(s, b)
    runs = [r for r in _term_runs(s, lo, a) + _term_runs(s, b, end.start() if end else len(s))
            if r[0].dimension in allowed and len(r) == 1]
    if len({(r[0].dimension, r[0].value) for r in runs}) != 1:
        return Measure(UNCLASSIFIED, None, whole.text)
    return Measure(code, f"{runs[0][0].dimension}={runs[0][0].value}", whole.text)


# ---------------------------------------------------------------- the rules


# "the share of <part> in <whole>", right before the whole's name
_SHARE_OF_PART_RE = re.compile(
    r"\b(?i:share|proportion|percentage|portion)\s+of\s+(?:the\s+)?(?P<part>[^,;:\d]{2,60}?)\s+(?:in|to)\s+"
    r"(?:the\s+|its\s+|their\s+|(?:[A-Z][\w-]*\s)?[A-Z][\w-]*(?:'s|\u2019s)\s+|(?i:province|city|region|country)(?:'s|\u2019s)\s+)*"
    r"(?:total\s+)?$")


# A share that opens its clause: "In 2023, nearly 60 percent of ..."
_SHARE_AS_SUBJECT_RE = re.compile(
    r"\s*(?:(?:in|during|for|by|as\s+of)\s+[^,;]{1,40},\s*)?"
    r"(?:(?:nearly|about|around|over|more\s+than|some|almost|roughly|approximately|only|just|close\s+to)\s+)?",
    re.IGNORECASE)


# between an amount and its whole: "... yuan of Hunan's ", "... yuan of the province's total "
_LEVEL_OF_WHOLE_RE = re.compile(r"[^,;:()\d]{0,20}?\bof\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?|province|city|region|country)(?:'s|\u2019s)\s+(?:total\s+)?$")
# the rest of the clause gives the amount to someone: "was handled by", "came from", "was contributed by"
_AGENT_RE = re.compile(r"\b(?:by|came\s+from|went\s+to|was\s+from)\s", re.IGNORECASE)


def _part_after_whole(s: str, pos: int, whole: str, hit: AliasHit) -> list[list[catalogue.Term]] | None:
    """The parts the rest of the clause names after a share's whole ("... was
    contributed by its general trade"); [] when it names a place instead
    ("... came from Guangdong": that place's share of the whole measure);
    None when it names neither."""
    end = _CLAUSE_END_RE.search(s, pos)
    hi = end.start() if end else len(s)
    allowed = _allowed(whole, hit)
    runs = [r for r in _term_runs(s, pos, hi) if r[0].dimension in allowed]
    if runs:
        return runs
    return [] if catalogue.get().region_re.search(s, pos, hi) else None


# a pointing noun, then a partner: "the figure with ", "the total to ", "the value from the "
_POINTER_PARTNER_RE = re.compile(r"\b(?i:the|this|that)\s+(?:figure|total|value|volume|amount)\s+(?:with|to|from)\s+"
                                 r"(?:the\s+)?(?=[A-Z])")


def _without_alias(s: str, a: int, b: int, code: str | None) -> Measure:
    """A code that came from a list, an antecedent or a topic word: its part,
    if any, is in the figure's own clause ("Private investment growth was 8.8
    percent"; "31,000 new and 330,000 total base stations")."""
    text = _own_noun_phrase(s, a, b)
    if code in (None, UNCLASSIFIED) or code not in catalogue.get().indicators:
        return Measure(code, None, text)
    allowed = catalogue.get().indicators[code].breakdowns
    status = _own_status(s, b)
    if status is not None and "status" in allowed:
        return Measure(code, f"status={status}", text)
    pointer = _POINTER_PARTNER_RE.search(s, max(_clause_start(s, a), a - 120), a) if "partner" in allowed else None
    if pointer is not None:
        # "the figure with the United States increased 54.4 percent": the
        # measure pointed back to, with that partner (one we cannot name
        # leaves it unnamed, never the whole)
        named = [r for r in _term_runs(s, pointer.end(), a, contiguous_from=pointer.end()) if r[0].dimension == "partner"]
        if len(named) == 1 and len(named[0]) == 1:
            return Measure(code, f"partner={named[0][0].value}", text)
        return Measure(UNCLASSIFIED, None, text)
    runs = [r for r in _term_runs(s, _clause_start(s, a), a) if r[0].dimension in allowed
            and r[0].dimension != "partner" and len(r) == 1]
    own = complements.OWN_COMPLEMENT_RE.match(s, b)
    if not runs and own is not None and own["prep"].lower() in ("in", "on", "of"):
        # "invested 12 billion yuan in basic research": the figure's own complement
        runs = [r for r in _term_runs(s, own.end(), own.end() + _LIST_WINDOW, contiguous_from=own.end())
                if r[0].dimension in allowed and r[0].dimension != "partner" and len(r) == 1]
    if runs:
        return Measure(code, f"{runs[0][0].dimension}={runs[0][0].value}", text)
    return Measure(code, None, text)


def _part_words(s: str, a: int, b: int, hit: AliasHit, left: int, metric: str) -> list[list[catalogue.Term]]:
    """Breakdown words before the head, and, for a name after the figure, in
    the figure's own words and in the clause's subject ("Private enterprises
    accounted for 45 percent of the province's foreign trade")."""
    runs = [r for r in _term_runs(s, _past_coordinate(s, left, hit.start), hit.start) if r[0].dimension != "partner"]
    if hit.start >= b:
        gap_end = next((m.start() for m in _DIGIT_RE.finditer(s, b, hit.start)), hit.start)
        runs += [r for r in _term_runs(s, b, gap_end) if r[0].dimension == "status"]   # "31,000 new"
    # The clause's subject, before its first figure, when the name comes
    # after that figure: "the private sector contributed 121.18 billion yuan
    # to foreign trade, up 49.9 percent". (A name that is itself the subject
    # keeps only its own modifiers: "With the help of private firms, exports
    # rose 5%" is all exports.)
    if hit.end <= a:
        own = indicators.absolute_subject(s, hit.end, a)
        if own is not None:
            runs += _term_runs(s, own[0], own[1])   # "..., with private enterprises accounting for 67 percent"
    lo = _clause_start(s, a)
    subject_end = next((m.start() for m in _FIGURE_DIGIT_RE.finditer(s, lo, a + 1)), a)
    if hit.end <= a and subject_end < hit.start and "," in s[subject_end:hit.start] \
            and _LIST_ITEM_NAME_RE.search(s, max(subject_end, hit.start - 30), hit.start):
        # "New foreign-invested enterprises increased by 53.7%, import trade
        # increased by 12.7%": a name that opens a clause of its own after an
        # earlier figure's clause has its own subject, not that one's
        return runs
    if hit.end <= a and subject_end < hit.start and _compared_re().search(s, subject_end, hit.start):
        # "Exports of robots rose 9 percent, faster than the province's
        # overall exports, which grew 6 percent": a name set against the
        # clause's earlier figure is its own subject, not that subject's part
        return runs
    if hit.start >= subject_end or (hit.end <= a and _verb_name(s, hit)):
        # (a name that is the verb, "Private firms exported 3 trillion yuan
        # of goods": its subject is whose the measure is)
        # (a partner too when the figure is a share and the whole is named
        # after it: "Belt and Road countries accounted for 30 percent of
        # Hunan's foreign trade" is the partner's share, never the whole's
        # share of itself)
        partner_too = metric == "share_pct" and hit.start >= b
        runs += [r for r in _term_runs(s, lo, min(subject_end, hit.start)) if partner_too or r[0].dimension != "partner"]
    return runs


# a comma, then (after "and", "while", "the", "its") nothing before the name
_LIST_ITEM_NAME_RE = re.compile(r",\s*(?:(?:and|while|whereas|but|the|its|their)\s+)*$", re.IGNORECASE)


def _names_unknown_owner(s: str, complement: re.Match, whole: str, participle: bool, generic: bool = False) -> bool:
    """Whether an "of/by/among" complement (or any after a participle:
    "patents granted to foreign applicants") names an owner, product or
    sector (not a place, not a whole) that the vocabulary lacks."""
    if not {"ownership", "product", "performer", "sector"} & set(catalogue.get().indicators[whole].breakdowns):
        # "retail sales of the catering industry": a sector of a measure that has no sector parts
        return not participle and complements.names_sector(s, complement)
    if not complements.owner(complement, catalogue.get().indicators[whole].breakdowns) and not participle:
        return False
    words = [w for w in _WORD_RE.findall(complement["np"]) if w.lower() not in _DETERMINERS]
    if participle:
        # "to foreign applicants in Shanghai": any word of the noun before its
        # own preposition ("foreign" alone keeps "foreign trade" whole)
        words = words[:next((k for k, w in enumerate(words) if w.lower() in _PREPOSITIONS), len(words))][:3]
        return any(_restricts(w, first=False, s=s, left=complement.start("np")) for w in words)
    # "the added value of the automobile industry": a word of a breakdown
    # the code does not have (a product, for value added) names a part of it
    # we cannot file; so does any word of a generic name's complement, past
    # the place it is of ("the value added of the province's fishing sector")
    left = complement.start("np")
    other = _other_dimension_words(whole)
    if generic:
        while words and words[0].endswith(("'s", "\u2019s")) and (
                _PLACE_NOUN_RE.match(words[0]) or catalogue.get().region_for(words[0][:-2])):
            words = words[1:]
        return any(w.lower() in other or _restricts(w, first=False, s=s, left=left) for w in words[:3])
    return bool(words) and (words[0].lower() in other or _restricts(words[0], first=False, s=s, left=left))


_PREPOSITIONS = frozenset({"in", "of", "at", "from", "to", "by", "for", "with", "on", "during"})


# who performs or owns: a part of any measure, even one the catalogue does
# not break down by it ("enterprises" in general are most of any economy's
# actors, so they restrict only where the code has performers)
_WHO = frozenset({"ownership", "performer"})
# (and a demonstrative: "the cumulative value of this trade", "such exports")
_DEFINITE_RE = re.compile(r"(?:^|\s)(?:the|this|that|such)\s+$", re.IGNORECASE)


def _earlier_partner(s: str, head: int) -> list[list[catalogue.Term]]:
    """The single partner a trade name earlier in the sentence was cut by."""
    cat = catalogue.get()
    runs = [r for r in _term_runs(s, max(0, head - _LIST_WINDOW), head) if r[0].dimension == "partner"]
    if len(runs) != 1 or len(runs[0]) != 1:
        return []
    named = [h for h in cat.indicator_re.finditer(s, max(0, head - _LIST_WINDOW), head)]
    return runs if named else []
