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
from functools import lru_cache

from . import appositions, catalogue, complements, indicator_facts, indicators, purposes
from .complements import _PARTNER_PREPS
from .indicators import AliasHit
from .phrase_words import (_DETERMINERS, _FUNCTION_WORDS, _PLACE_NOUN_RE, _WORD_RE, _restricts, _unknown_restriction, _COUNTED_GOODS_RE, _INCLUDING_BEFORE_RE, _compared_re, _gross_output_names, _other_dimension_words, _child_named, _pairs, _counted_subject, _names_only, _term_into, _verb_name, attributive_goods, runs_of_subject, _DIGIT_RE, _GOODS_FROM_RE, _LIST_WINDOW, _alias_has, _allowed, _clause_start, _generic_name, _left_modifiers, _measure_head_after, _measure_head_any, _measure_head_before, _near_left, _own_noun_phrase, _own_status, _past_coordinate, _run_end, _term_runs, _tidy, _whole_modifiers)

UNCLASSIFIED = "unclassified"


@dataclass(frozen=True, slots=True)
class Measure:
    code: str | None           # catalogue code, "unclassified", or None (no measure named)
    breakdown: str | None      # "dimension=value;..." for a part, None for the whole
    text: str                  # the phrase as written


# The figure's own complement: "2.29 billion yuan (...) of mechanical and
# electrical products to Africa", "195.1 billion yuan in basic research".
_OWN_COMPLEMENT_RE = re.compile(
    r"(?:\s*\([^()]{0,80}\))?\s*(?:worth\s+)?(?P<prep>of|in|on|to|from|with)\s+(?:the\s+)?(?=\w)",
    re.IGNORECASE)
# Words after an alias that make it a modifier of a count of things:
# "foreign trade enterprises", "high-tech zone", "major GDP component".
_ENTITY_HEAD_RE = re.compile(
    r"\s+(?:enterprises?|companies|company|firms?|businesses|entities|projects?|parks?|zones?|bases?|"
    r"platforms?|centers?|centres?|institutions?|institutes?|teams?|talents?|personnel|staff|workers|"
    r"jobs|posts|contracts?|licenses?|certificates?|cities|counties|ports?|routes?|flights?|components?|"
    r"operators?|exhibitors?|buyers?|sellers?|agreements?|policies|measures|hubs?|clusters?|batches)\b(?!\s*')",
    re.IGNORECASE)
# "for each contract", "per project"; not "per capita", which is the measure's own name
_DISTRIBUTIVE_RE = re.compile(r"\s*(?:each|every|per)\s(?!capita\b)", re.IGNORECASE)
_PER_ITEM_RE = re.compile(r"\s+(?:per|for\s+each|for\s+every)\s+(?!capita\b)(?:[\d,.]+\s+)?[\w-]+", re.IGNORECASE)
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
    before: the sentence before it (news paragraphs are often one sentence long), for "the exports"."""
    (a, b), code, hit = span, choice.code, choice.hit
    if hit is None:
        return _without_alias(s, a, b, code)
    left = _left_modifiers(s, hit.start)
    complement, participle = complements.find(s, hit, a)
    text = _tidy(s[left:complement.end() if complement is not None else hit.end])
    if code == hit.code and s[hit.start:hit.end].lower() in _gross_output_names():
        # "the output value of the high-tech industry": gross output, which
        # is not value added (held-out 4 adjudication), a measure we lack
        return Measure(UNCLASSIFIED, None, text)
    if _DISTRIBUTIVE_RE.match(s, left):
        # "the average volume for each technology contract": a per-item
        # measure, not the measure itself
        return Measure(UNCLASSIFIED, None, _tidy(s[left:hit.end]))
    if code is not None:
        other = _names_something_else(s, a, b, hit, position)
        if other is not None:
            return Measure(UNCLASSIFIED, None, _tidy(s[left:other]) or text)
        if _elided_head(s, hit):
            return Measure(UNCLASSIFIED, None, text)
    whole = code if code not in (None, UNCLASSIFIED) else hit.code
    if whole in (None, UNCLASSIFIED) or whole not in catalogue.get().indicators:
        return Measure(code, None, text)
    # the parts the measure can be broken down by: asked by most rules below, worked out once
    allowed = _allowed(whole, hit)
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
        runs = [r for r in _term_runs(s, subject[0], subject[1]) if r[0].dimension in allowed]
        if len(runs) == 1 and len(runs[0]) == 1:
            return Measure(whole, f"{runs[0][0].dimension}={runs[0][0].value}", _tidy(s[subject[0]:subject[1]]))
        return Measure(UNCLASSIFIED, None, _tidy(s[subject[0]:subject[1]]))
    if _PER_CAPITA_RE.match(s, hit.end) and hit.end <= a and "per_capita" not in whole:
        # "the regional GDP per capita was 179,200 yuan, up 5.2%"
        return Measure(indicator_facts.per_capita_of(whole), None, text)
    if hit.end <= a and _verb_name(s, hit) and not runs_of_subject(s, a, hit) \
            and indicators.counts_entities(s, _clause_start(s, a), hit.start):
        # "Small and medium-sized firms exported 60 billion yuan of goods":
        # a group we have no name for did it, a part of the measure
        return Measure(UNCLASSIFIED, None, _tidy(s[_clause_start(s, a):hit.end]))
    goods = _COUNTED_GOODS_RE.fullmatch(s, hit.end, a) if hit.end <= a and _verb_name(s, hit) else None
    if goods is not None:
        # "Hunan exported 3,480 special vehicles valued at 3.32 billion
        # yuan": the value of the goods counted, a product of the measure
        # (only a product the vocabulary names whole: "special purpose motor
        # vehicles" are not all motor vehicles)
        term = catalogue.get().term_re.fullmatch(s, goods.start("goods"), goods.end("goods"))
        part = catalogue.get().terms.get(term.group(0).lower()) if term is not None else None
        if part is not None and part.dimension == "product" and "product" in allowed:
            return Measure(whole, f"product={part.value}", _tidy(s[hit.start:goods.end("goods")]))
        return Measure(UNCLASSIFIED, None, _tidy(s[hit.start:goods.end("goods")]))
    goods_at = attributive_goods(s, hit, a)
    if goods_at is not None:
        # "with exported mechanical and electrical products totaling 2.67
        # billion yuan": the exports of those goods, a product the vocabulary
        # names right there, else a part we cannot name
        runs = _term_runs(s, goods_at, a, contiguous_from=goods_at)
        if len(runs) == 1 and len(runs[0]) == 1 and runs[0][0].dimension == "product" and "product" in allowed:
            return Measure(whole, f"product={runs[0][0].value}", _tidy(s[hit.start:_run_end(s, goods_at)]))
        return Measure(UNCLASSIFIED, None, _tidy(s[hit.start:a]))
    straddle = _term_into(s, hit)
    if straddle is not None and _INCLUDING_BEFORE_RE.search(s, max(0, hit.start - 40), hit.start):
        # "Mainland China, including re-exports": a part the figure includes,
        # not the part it is
        return Measure(UNCLASSIFIED, None, text)
    if straddle is not None:
        # "High-tech manufacturing added value": the name's first words end
        # a part's name ("high-tech manufacturing"), which the figure is
        if straddle.dimension not in allowed:
            return Measure(UNCLASSIFIED, None, text)
        return Measure(whole, f"{straddle.dimension}={straddle.value}", text)
    purpose = purposes.purpose_part(s, hit, a, allowed) if code not in (None, UNCLASSIFIED) else None
    if purpose is not None:
        # "fiscal expenditure on education", "revenue from land sales": the
        # outlay on one purpose, the income from one source, a part (purposes.py)
        return Measure(whole if purpose[0] else UNCLASSIFIED, purpose[0], _tidy(s[left:purpose[1]]))
    runs = _part_words(s, a, b, hit, left, metric)
    part = _SHARE_OF_PART_RE.search(s, max(0, hit.start - 100), hit.start) if metric == "share_pct" else None
    if part is not None and not catalogue.get().region_re.match(s, part.start("part")) \
            and _names_only(s, part.start("part"), part.end("part"), whole):
        # "the share of private enterprises in Hunan's foreign trade": the
        # part is named before the whole; one we cannot name leaves it
        # unclassified (a place's share of the whole is the place's)
        named = [r for r in _term_runs(s, part.start("part"), part.end("part")) if r[0].dimension in allowed]
        if not named:
            return Measure(UNCLASSIFIED, None, _tidy(s[part.start("part"):hit.end]))
        runs += named
    if complement is not None:
        found = complements.parts(s, complement, allowed)
        if found is None and "partner" in allowed:
            # "trade between Jiangsu and countries involved in the Belt and
            # Road Initiative": a partner, but none the vocabulary names
            return Measure(UNCLASSIFIED, None, text)
        given = participle or complements.recipient(complement, allowed)
        generic = "sector" in allowed and _generic_name(s, hit)
        owner = complements.owner(complement, allowed)
        if (given or owner) and found and not any(r[0].dimension in allowed for r in found):
            # "patents granted to foreign applicants", "exports by international
            # companies", "the added value of the automobile industry": given
            # to, done by or of a group the code has no part for
            return Measure(UNCLASSIFIED, None, text)
        if found == [] and _names_unknown_owner(s, complement, whole, given, generic):
            # "the import and export value of the first pilot FTZ": a part
            # whose owner or product the vocabulary has no name for
            return Measure(UNCLASSIFIED, None, text)
        runs += found or []
    own = _own_complement_parts(s, b, whole, hit, metric)
    if own is None:
        # "75.9 billion yuan worth of technologies": a product we cannot name
        return Measure(UNCLASSIFIED, None, text)
    runs += own
    if not runs and "partner" in allowed and _DEFINITE_RE.search(s, max(0, hit.start - 5), hit.start):
        # "Hunan's exports to Africa reached 11.19 billion yuan, and the
        # imports surged 6.8 percent": a definite article before a bare trade
        # name takes the partner named earlier in the sentence, or in the
        # sentence before ("Trade with RCEP members reached ... The exports
        # surged 30.9 percent")
        runs = _earlier_partner(s, hit.start) or (_earlier_partner(before, len(before)) if before else [])
    if not runs and position is not None and position[1] > 1:
        # "the per capita disposable income of urban and rural residents
        # increased 8.1 percent and 9.8 percent": a catalogue name whose own
        # words list the parts the coordinated figures are, in order
        runs = [r for r in _term_runs(s, hit.start, hit.end) if len(r) == position[1]]
    if not runs and metric == "share_pct" and hit.start >= b and _SHARE_AS_SUBJECT_RE.fullmatch(s, _clause_start(s, a), a):
        # "nearly 60 percent of the province's foreign trade was contributed
        # by its general trade": the share of a part, named after the whole
        # or not at all; never the whole's own share
        runs = _part_after_whole(s, complement.end() if complement is not None else hit.end, whole, hit)
        if runs is None:
            return Measure(UNCLASSIFIED, None, text)
    if not runs and metric == "level" and hit.start >= b and _LEVEL_OF_WHOLE_RE.match(s, b, hit.start) \
            and _SHARE_AS_SUBJECT_RE.fullmatch(s, _clause_start(s, a), a):
        # "Some 300 billion yuan of Hunan's foreign trade was handled by
        # private enterprises": an amount of the whole that opens its clause
        # and is then given to someone is their part, named or not
        after = complement.end() if complement is not None else hit.end
        runs = _part_after_whole(s, after, whole, hit) or []
        end = _CLAUSE_END_RE.search(s, after)
        if not runs and _AGENT_RE.search(s, after, end.start() if end else len(s)):
            return Measure(UNCLASSIFIED, None, text)
    if any(r[0].dimension in _WHO and r[0].dimension not in allowed and r[0].value != "enterprises"
           for r in runs):
        # "technology contracts signed by universities", "private firms'
        # tax revenue" where the code has no such part: a group's share of
        # the measure that the catalogue cannot file, never the whole
        return Measure(UNCLASSIFIED, None, text)
    pairs = _pairs(hit, runs, allowed, position)
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
        if complement is None and "sector" in allowed and _generic_name(s, hit):
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
    own = _OWN_COMPLEMENT_RE.match(s, b)
    if not runs and own is not None and own["prep"].lower() in ("in", "on", "of"):
        # "invested 12 billion yuan in basic research": the figure's own complement
        runs = [r for r in _term_runs(s, own.end(), own.end() + _LIST_WINDOW, contiguous_from=own.end())
                if r[0].dimension in allowed and r[0].dimension != "partner" and len(r) == 1]
    if runs:
        return Measure(code, f"{runs[0][0].dimension}={runs[0][0].value}", text)
    return Measure(code, None, text)


def _names_something_else(s: str, a: int, b: int, hit: AliasHit,
                          position: tuple[int, int] | None) -> int | None:
    """Where the phrase ends if the alias only modifies another noun: a count
    of things ("130,000 foreign trade enterprises", "the number of foreign
    trade enterprises reached 130,000") or another measure about it
    ("investment in the primary industry", "exports of new energy vehicles").
    None when the alias is the phrase's head, or the measure before it is its
    own ("the value added output of the secondary industry", "production of
    new energy vehicles"; in "production and sales of NEVs ... 5.7 million
    units and 5.6 million units" only the first figure is production)."""
    head = _ENTITY_HEAD_RE.match(s, hit.end)
    if head is not None and (hit.start >= b or head.end() <= a):
        return head.end()
    per = _PER_ITEM_RE.match(s, hit.end)
    if per is not None and (hit.start >= b or per.end() <= a):
        # "exports per worker", "technology contracts per 10,000 people": a
        # per-item measure (a name that is one, "invention patents per
        # 10,000 people", is matched whole before this)
        return per.end()
    if hit.end <= a and (_counted_before().search(s, max(0, hit.start - 80), hit.start)
                         or (_verb_name(s, hit) and _counted_subject().search(s, max(0, hit.start - 80), hit.start))):
        # "5,000 enterprises with import and export records ..., up 8
        # percent", "the number of firms engaged in foreign trade rose 8
        # percent": the name only says which things are counted
        return hit.end
    head = _measure_head_after().match(s, hit.end)
    if head is not None and (hit.start >= b or head.end() <= a) and not _alias_has(hit, head.group("head")):
        return head.end()   # "NEV exports": exports of NEVs, not NEV output
    lo = max(0, hit.start - 60)
    if _measure_head_any().search(s, lo, hit.start) is None:
        return None   # a cheap gate: most names have no measure noun before them
    before = _measure_head_before().search(s, lo, hit.start)
    if before is None:
        return None
    heads = re.split(r"\s+(?:and|or)\s+|,\s*", before.group("heads"))
    if len(heads) > 1:
        if position is None or position[1] != len(heads):
            return hit.end   # which measure each figure is cannot be told
        heads = [heads[position[0]]]
    pre = [w for w in before.group("pre").split() if w.lower() not in _DETERMINERS and w.lower() not in _FUNCTION_WORDS]
    if _alias_has(hit, heads[0]) or any(_alias_has(hit, w) for w in pre):
        return None
    return hit.end


@lru_cache(maxsize=1)
def _counted_before() -> re.Pattern:
    # a count of things, or "the number of" things, whose noun a name then
    # modifies, or who have the measure: "5,000 enterprises engaged in ",
    # "the number of firms with ", "520 enterprises in Hubei had "; a number
    # ends in a digit ("In 2021, private enterprises ... saw" counts nothing)
    return catalogue.get().cue_pattern(
        r"(?:(?i:the\s+number\s+of)\s+|(?<![\w.,])\d(?:[\d,.]*\d)?\s+)(?:[\w&-]+\s+){0,2}?(?:{counted_entity})\s+"
        r"(?i:with|engaged\s+in|involved\s+in|doing|conducting|having|that\s+\w+|(?:in\s+[A-Z][\w-]*\s+)?(?:had|have|posted|recorded|saw|reported))\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$")


# A list item that starts with the name: "...; secondary industry, 649.58
# billion yuan", "..., and the tertiary industry reached ..."
_ITEM_START_RE = re.compile(r"[;,]\s*(?:and\s+)?(?:the\s+|its\s+)?$", re.IGNORECASE)


def _elided_head(s: str, hit: AliasHit) -> bool:
    """Whether a list item's name stands for another measure about it, named
    once for the whole list: "The investment for the primary industry
    reached 77.63 billion yuan; secondary industry, 649.58 billion yuan; and
    the tertiary industry reached ..." (a sibling name, one with the same
    parent, that a measure noun stood before in an earlier item)."""
    sep = _ITEM_START_RE.search(s, max(0, hit.start - 12), hit.start)
    cat = catalogue.get()
    parent = cat.indicators[hit.code].parent if hit.code in cat.indicators else ""
    if sep is None or not parent:
        return False
    for m in cat.indicator_re.finditer(s, 0, sep.start()):
        codes = cat.indicator_alias.get(catalogue.alias_key(m.group(0)), [])
        if any(c != hit.code and cat.indicators[c].parent == parent for c in codes if c in cat.indicators) \
                and _measure_head_before().search(s, max(0, m.start() - 60), m.start()):
            return True
    return False


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


def _own_complement_parts(s: str, b: int, whole: str, hit: AliasHit,
                          metric: str) -> list[list[catalogue.Term]] | None:
    """Parts named right after the figure's unit: "2.29 billion CNY of
    mechanical and electrical products to Africa". None when a level's "of"
    there names a product the vocabulary lacks ("worth of technologies")."""
    runs: list[list[catalogue.Term]] = []
    pos = b
    for _ in range(2):   # "of <product> to <partner>"
        m = _OWN_COMPLEMENT_RE.match(s, pos)
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
