"""The noun phrase that names a figure's measure, parsed: is it the whole
measure, a part of it, or something else that merely contains its name?

    describe(s, a, b, code, hit) -> Measure(code, breakdown, text)

`indicators.pick` finds the catalogue alias that names a figure ("imports and
exports" in "the imports and exports of private enterprises reached 5.04
trillion yuan"). That alias is only the head of a longer phrase, and the rest
of the phrase decides which series the figure belongs to:

| the phrase | what it is | filed as |
| --- | --- | --- |
| "Guangdong's foreign trade" | the whole | `foreign_trade` |
| "imports and exports of private enterprises" | a part: an owner after "of" | `foreign_trade`, `ownership=private` |
| "private enterprises' exports" | a part: an owner before the head | `exports`, `ownership=private` |
| "exports to ASEAN", "trade with the EU" | a part: a partner after "to/with/from" | `exports`, `partner=ASEAN` |
| "basic research expenditure" | a part with a name of its own (seeds/indicator_parts.csv) | `rd_expenditure`, `activity=basic research` |
| "bilateral trade" with no partner we know | a part we cannot name | `unclassified` |
| "the number of foreign trade enterprises" | a count of enterprises: the alias is a modifier | `unclassified` |

Only dimensions the catalogue allows for the code count (seeds/indicators.csv,
`breakdowns`), so "Guangdong's enterprises' R&D spending" is a performer of
R&D, but "enterprises" near foreign trade is not an ownership. The words that
restrict a measure are data (seeds/breakdowns.csv); the grammar here is only
where they may stand. The phrase itself is kept (`text`, the warehouse's
`measure_text`) so analysts can group what stays unclassified.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import catalogue
from .indicators import AliasHit

UNCLASSIFIED = "unclassified"
# A breakdown read from the phrase rather than given ("bilateral trade": partner=*)
_ANY = "*"


@dataclass(frozen=True, slots=True)
class Measure:
    code: str | None           # catalogue code, "unclassified", or None (no measure named)
    breakdown: str | None      # "dimension=value;..." for a part, None for the whole
    text: str                  # the phrase as written


# Going left from the head, a noun phrase ends at a clause break, a number, or
# a word that cannot sit inside one (a verb, a preposition other than "of").
_LEFT_STOP_RE = re.compile(
    r"[,;:()\u2014\u2013]|\s-\s|\d|\b(?:in|on|at|for|from|to|with|by|as|than|while|whereas|and\s+the|after|"
    r"was|were|is|are|has|have|had|be|been|reached|hit|rose|grew|saw|posted|recorded|logged|contributed|totaled|totalled|"
    r"accounted|accounting|increased|decreased|fell|climbed|expanded|registered|stood|amounted|came|said|"
    r"says|according|among|that|which|who|when|where|during|since|through|over|under|up|down)\b",
    re.IGNORECASE)
_LEFT_WINDOW = 80
_LIST_WINDOW = 250   # how far a list of parts may run ("the EU, ASEAN, the US, Japan and ...")
_HAVING_VERB_RE = re.compile(r"saw|posted|recorded|logged|registered|had|has|have|contributed", re.IGNORECASE)
# After the head: "of|by|among ..." (who), "with|to|from|between ..." (a
# partner), "in ..." (a sector or product), up to the next break or number.
_COMPLEMENT_RE = re.compile(
    r"\s+(?P<prep>of|by|among|with|to|from|between|in)\s+(?P<np>[^,;:()\d]{1,70}?)"
    r"(?=\s*(?:[,;:()\d]|$|\b(?:was|were|is|are|has|have|had|reached|hit|rose|grew|increased|fell|"
    r"decreased|climbed|surged|jumped|dropped|declined|totaled|totalled|amounted|stood|came|accounted|"
    r"accounting|up|down|saw|posted|recorded|expanded|registered|in\s+(?:19|20)\d\d|during|over|year)\b))",
    re.IGNORECASE)
_TRAILING_PREP_RE = re.compile(r"\s(?:with|between|to|from|of|by)$", re.IGNORECASE)
_PARTNER_PREPS = {"with", "to", "from", "between"}
# Words after an alias that make it a modifier of a count of things:
# "foreign trade enterprises", "high-tech zone", "R&D institutions".
_ENTITY_HEAD_RE = re.compile(
    r"\s+(?:enterprises?|companies|company|firms?|businesses|entities|projects?|parks?|zones?|bases?|"
    r"platforms?|centers?|centres?|institutions?|institutes?|teams?|talents?|personnel|staff|workers|"
    r"jobs|posts|contracts?|licenses?|certificates?|cities|counties|ports?|routes?|flights?|"
    r"operators?|exhibitors?|buyers?|sellers?|agreements?|policies|measures|hubs?|clusters?)\b(?!\s*')",
    re.IGNORECASE)
_DETERMINER_RE = re.compile(r"^(?:the|a|an|its|their|this|that|these|those|total)\s+", re.IGNORECASE)


def describe(s: str, a: int, b: int, code: str | None, hit: AliasHit | None, *,
             metric: str = "level", position: tuple[int, int] | None = None) -> Measure:
    """The measure of the figure at [a, b) in sentence s, whose indicator was
    chosen as `code` from alias `hit` (None when the code came from
    elsewhere: a list, the sentence before, a topic word). position: the
    figure is the k-th of n coordinated figures ("5.3%, 4.1% and 2%")."""
    if hit is None:
        text = _own_noun_phrase(s, a, b)
        status = _own_status(s, b)
        if status is not None and code not in (None, UNCLASSIFIED) \
                and "status" in catalogue.get().indicators[code].breakdowns:
            return Measure(code, f"status={status}", text)   # "31,000 new and 330,000 total base stations"
        return Measure(code, None, text)
    left = _left_modifiers(s, hit.start)
    # a part's name may end in its preposition ("trade with"): read its complement from there
    tail = _TRAILING_PREP_RE.search(s, hit.start, hit.end)
    complement = _COMPLEMENT_RE.match(s, tail.start() if tail is not None else hit.end)
    if complement is not None and hit.end <= a and complement.end() > a:
        complement = None   # it runs on into the figure: not part of this phrase
    text = _tidy(s[left[0]:complement.end() if complement is not None else hit.end])
    head = _ENTITY_HEAD_RE.match(s, hit.end)
    if code is not None and head is not None and (hit.start >= b or head.end() <= a):
        # "130,000 foreign trade enterprises", "the number of foreign trade
        # enterprises reached 130,000": what is counted is the enterprises
        return Measure(UNCLASSIFIED, None, _tidy(s[left[0]:head.end()]))
    whole = code if code not in (None, UNCLASSIFIED) else hit.code
    if whole in (None, UNCLASSIFIED) or whole not in catalogue.get().indicators:
        return Measure(code, None, text)
    allowed = catalogue.get().indicators[whole].breakdowns
    pairs: dict[str, str] = {}
    needed = set()   # dimensions the part's own name leaves to the phrase ("trade with" a partner)
    for dimension, value in _given_part(hit):
        if value == _ANY:
            needed.add(dimension)
        else:
            pairs[dimension] = value
    allowed = allowed + tuple(needed)
    runs = [r for r in _term_runs(s, left[0], hit.start) if r[0].dimension != "partner"]
    if hit.start >= b:
        # the figure's own words before its noun: "31,000 new 5G base stations"
        gap_end = next((m.start() for m in _DIGIT_RE.finditer(s, b, hit.start)), hit.start)
        runs += [r for r in _term_runs(s, b, gap_end) if r[0].dimension == "status"]
    if metric == "share_pct" and hit.start >= b:
        # "Private enterprises accounted for 45 percent of the province's
        # foreign trade": the part is the subject before the share
        runs += [r for r in _term_runs(s, _clause_start(s, a), a)
                 if r[0].dimension != "partner"]
    if complement is not None:
        partner_prep = complement["prep"].lower() in _PARTNER_PREPS
        found = [r for r in _term_runs(s, complement.start("np"), complement.start("np") + _LIST_WINDOW,
                                        contiguous_from=complement.start("np"))
                 if (r[0].dimension == "partner") == partner_prep]
        if partner_prep and "partner" in allowed and not found:
            # "trade between Jiangsu and countries involved in the Belt and
            # Road Initiative": a partner, but none the vocabulary names
            return Measure(UNCLASSIFIED, None, text)
        runs += found
    for run in runs:
        if run[0].dimension not in allowed:
            continue
        if len(run) > 1:
            # "trade with the Middle East, Africa and India rose 19.8%, 6.8%
            # and 6.5%": the k-th figure of a list of n is the k-th part
            if position is None or position[1] != len(run):
                return Measure(UNCLASSIFIED, None, text)
            pairs.setdefault(run[0].dimension, run[position[0]].value)
        else:
            pairs.setdefault(run[0].dimension, run[0].value)
    if needed - pairs.keys():
        # "bilateral trade", "trade with" a partner we have no name for: a
        # part, but not one we can file
        return Measure(UNCLASSIFIED, None, text)
    if not pairs:
        return Measure(code, None, text)
    return Measure(whole, ";".join(f"{d}={v}" for d, v in sorted(pairs.items())), text)


_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?$", re.IGNORECASE)
_LEAD_RE = re.compile(r"\s*(?:the\s+|its\s+|major\s+partners\s+of\s+|countries\s+of\s+)*$", re.IGNORECASE)


def _term_runs(s: str, lo: int, hi: int, *, contiguous_from: int | None = None) -> list[list[catalogue.Term]]:
    """The breakdown words in s[lo:hi], grouped into lists ("the Middle East,
    Africa and India"). With contiguous_from, only the list that starts right
    there (after "the", "its"), so a later clause's words do not count."""
    cat = catalogue.get()
    runs: list[list[catalogue.Term]] = []
    last_end = None
    for m in cat.term_re.finditer(s, lo, hi):
        term = cat.terms.get(m.group(0).lower())
        if term is None:
            continue
        if last_end is not None and runs and runs[-1][0].dimension == term.dimension \
                and _LIST_GAP_RE.fullmatch(s, last_end, m.start()):
            runs[-1].append(term)
        elif contiguous_from is not None and (runs or not _LEAD_RE.fullmatch(s, contiguous_from, m.start())):
            break
        else:
            runs.append([term])
        last_end = m.end()
    return runs


def _own_status(s: str, b: int) -> str | None:
    """A status word among the figure's own words, before the next number: "31,000 new"."""
    end = next((m.start() for m in _DIGIT_RE.finditer(s, b, min(len(s), b + 40))), min(len(s), b + 40))
    runs = [r for r in _term_runs(s, b, end) if r[0].dimension == "status"]
    return runs[0][0].value if runs else None


def _given_part(hit: AliasHit) -> list[tuple[str, str]]:
    """The breakdown a part's own name carries ("activity=basic research")."""
    if not hit.part:
        return []
    return [tuple(p.split("=", 1)) for p in hit.part.split(";")]  # type: ignore[misc]


_DIGIT_RE = re.compile(r"\d")
_CLAUSE_RE = re.compile(r"[;:]|,\s*(?:and|while|but|whereas)\b|\.\s")


def _clause_start(s: str, pos: int) -> int:
    lo = max(0, pos - _LIST_WINDOW)   # a window, so a huge run-on "sentence" stays linear
    return max((m.end() for m in _CLAUSE_RE.finditer(s, lo, pos)), default=lo)


def _left_modifiers(s: str, head: int) -> tuple[int, int]:
    """The span of the words before a head that still belong to its noun
    phrase: "Guangdong's private enterprises' " before "imports and exports"."""
    lo = max(0, head - _LEFT_WINDOW)
    stops = list(_LEFT_STOP_RE.finditer(s, lo, head))
    if stops and _HAVING_VERB_RE.fullmatch(stops[-1].group(0)):
        # "its private sector saw foreign trade value grow", "State-owned
        # enterprises posted exports of ...": whose the measure is stands
        # before a verb of having, as the clause's subject
        stops.pop()
    start = stops[-1].end() if stops else lo
    if not stops and lo > 0:
        # the window cut a word in two: start at the next word
        space = s.find(" ", lo, head)
        start = space + 1 if space >= 0 else head
    return start, head


_OWN_NOUN_RE = re.compile(r"\s*(?:[A-Za-z][\w&'-]*\s+){0,4}?[A-Za-z][\w&'-]*(?=\s*(?:[,;.()]|$|\s(?:in|of|for|and|to|with|was|were|is|are|by|from|at|on|during|last|this|up|down)\b))")


def _own_noun_phrase(s: str, a: int, b: int) -> str:
    """With no alias to go on: the words right after the figure ("130,000
    foreign trade enterprises"), else the few words before it."""
    m = _OWN_NOUN_RE.match(s, b)
    if m is not None and m.group(0).strip() and not _unit_word(m.group(0).split()[0]):
        return _tidy(m.group(0))
    lo, _ = _left_modifiers(s, a)
    return _tidy(s[lo:a])


@lru_cache(maxsize=512)
def _unit_word(word: str) -> bool:
    return word.lower() in catalogue.get().units or word.lower() in ("percent", "per", "yuan", "times")


def _tidy(text: str) -> str:
    return _DETERMINER_RE.sub("", " ".join(text.split()).strip(" ,;:'\"")).strip()
