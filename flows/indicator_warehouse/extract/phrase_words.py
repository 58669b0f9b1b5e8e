"""The words and geometry of a measure phrase, split out of measure_phrase.py
(its private helpers, hence the underscores): where
a noun phrase starts and its clause begins, the runs of breakdown terms in
a stretch of text, and the cue-word sets the rules consult (the words are
data, in seeds/cues.csv and seeds/breakdowns.csv)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue, indicator_facts, indicators
from .indicators import AliasHit

# A breakdown read from the phrase rather than given ("trade with": partner=*)
_ANY = "*"
# Going left from the head, a noun phrase ends at a clause break, a number, or
# a word that cannot sit inside one (a verb, a preposition other than "of").
_LEFT_STOP_RE = re.compile(
    r"[,;:()|\u2014\u2013\"\u201c\u201d]|\s-\s|\d|\b(?:in|on|at|for|from|to|with|by|as|than|while|whereas|and\s+the|"
    r"after|was|were|is|are|has|have|had|be|been|reached|hit|rose|grew|saw|posted|recorded|logged|contributed|"
    r"totaled|totalled|accounted|accounting|increased|decreased|fell|climbed|expanded|registered|stood|amounted|"
    r"came|said|says|according|among|that|which|who|when|where|during|since|through|over|under|up|down|showed|"
    r"show|shows|data|statistics)\b"
    # a participle that takes the measure as its object (", generating tourism
    # revenue of ..."), but not the end of a compound ("grain-producing areas")
    r"|(?<![\w-])(?:generating|bringing|creating|achieving|realizing|realising|yielding|earning|attracting|"
    r"posting|recording|registering|reaching|hitting|logging|producing|making)\b")   # matched on lower-cased text
_LEFT_WINDOW = 80
_LIST_WINDOW = 250   # how far a list of parts may run ("the EU, ASEAN, the US, Japan and ...")
_HAVING_VERBS = frozenset({"saw", "posted", "recorded", "logged", "registered", "had", "has", "have", "contributed"})
_DETERMINER_RE = re.compile(r"^(?:the|a|an|its|their|this|that|these|those|total)\s+", re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")
_LAST_DIGIT_RE = re.compile(r".*\d", re.S)   # up to the last digit (the greedy run backs off from the end)
# (Written so that every branch opens with a literal character: re then
# scans for those characters, where a pattern that opens with a look-behind
# or a class is tried at every position. Same matches as the plain form.)
_CLAUSE_RE = re.compile(r";|:|,\s*(?:and|while|but|whereas)\b|\.\s")   # [;:]|,\s*(?:and|...)\b|\.\s




def _allowed(whole: str, hit: AliasHit) -> tuple[str, ...]:
    given = tuple(d for d, v in _given_part(hit) if v == _ANY)
    return catalogue.get().indicators[whole].breakdowns + given


def _alias_has(hit: AliasHit, word: str) -> bool:
    return any(indicator_facts.alias_has_word(code, word) for code in hit.codes)


@lru_cache(maxsize=1)
def _measure_head_before() -> re.Pattern:
    # "investment in the ", "output of its ", "revenue of the city's " right before an alias
    return catalogue.get().cue_pattern(
        r"(?P<pre>(?:[\w-]+\s+){0,2}?)(?<![\w-])(?P<heads>(?:{measure_head})(?:(?:\s+(?:and|or)\s+|,\s*)(?:{measure_head}))*)"
        r"\s+(?:in|for|of|on)\s+(?:the\s+|its\s+|their\s+)?(?:(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?|[a-z]+)(?:'s|\u2019s)\s+)?$")


@lru_cache(maxsize=1)
def _measure_head_after() -> re.Pattern:
    # another measure's noun right after an alias: "NEV exports", "GDP investment"
    return catalogue.get().cue_pattern(r"\s+(?P<head>{measure_head})\b(?!-)")


@lru_cache(maxsize=1)
def _measure_head_any() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{measure_head})\s+(?:in|for|of|on)\s")


def _generic_name(s: str, hit: AliasHit) -> bool:
    return indicators.generic(s[hit.start:hit.end])


@lru_cache(maxsize=1)
def _whole_modifiers() -> frozenset[str]:
    return frozenset(w.lower() for w in catalogue.get().cues.get("whole_modifier", []))


@lru_cache(maxsize=1)
def _average_rate_words() -> frozenset[str]:
    return frozenset(w.lower() for w in catalogue.get().cues.get("average_rate_word", []))


@lru_cache(maxsize=1)
def _promise_participles() -> frozenset[str]:
    # "contracted foreign investment", "pledged investment": a promise, not money used
    return frozenset(w.lower() for w in catalogue.get().cues.get("promise_participle", []))


_GOODS_FROM_RE = re.compile(r"(?:goods|products|commodities|merchandise)\s+(?:from|to|with)\s+(?:the\s+)?", re.IGNORECASE)
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?$", re.IGNORECASE)
_LEAD_RE = re.compile(r"\s*(?:the\s+|its\s+|major\s+partners\s+of\s+|countries\s+of\s+)*$", re.IGNORECASE)


def _term_runs(s: str, lo: int, hi: int, *, contiguous_from: int | None = None) -> list[list[catalogue.Term]]:
    """The breakdown words in s[lo:hi], grouped into lists ("the Middle East,
    Africa and India"). With contiguous_from, only the list that starts right
    there (after "the", "its"), so a later clause's words do not count."""
    return [list(r) for r in _term_runs_once(s, lo, hi, contiguous_from)]


@lru_cache(maxsize=1024)   # the rules of a figure, and each figure of a sentence, ask for the same span
def _term_runs_once(s: str, lo: int, hi: int, contiguous_from: int | None) -> tuple[tuple[catalogue.Term, ...], ...]:
    cat = catalogue.get()
    runs: list[list[catalogue.Term]] = []
    last_end = None
    for m in cat.term_re.finditer(s, lo, min(hi, len(s))):
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
    return tuple(tuple(r) for r in runs)


def _run_end(s: str, start: int) -> int:
    """Where the list of breakdown words starting at `start` ends."""
    end = start
    for m in catalogue.get().term_re.finditer(s, start, min(len(s), start + _LIST_WINDOW)):
        if m.start() > end and not _LIST_GAP_RE.fullmatch(s, end, m.start()) and not _LEAD_RE.fullmatch(s, end, m.start()):
            break
        end = m.end()
    return end


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


@lru_cache(maxsize=1024)   # pure, and asked again for each figure of a sentence: computed once
def _clause_start(s: str, pos: int) -> int:
    lo = max(0, pos - _LIST_WINDOW)   # a window, so a huge run-on "sentence" stays linear
    return max((m.end() for m in _CLAUSE_RE.finditer(s, lo, pos)), default=lo)


def _near_left(s: str, head: int) -> int:
    """Where the words right before a head start, after the last stop word
    of any kind (a verb of having included)."""
    return _left_bounds(s, head)[1]


@lru_cache(maxsize=1)
def _change_noun_re() -> re.Pattern:
    # " rapid growth ", " a sharp rise ", " strong increases " (cues.csv rate_up_noun, rate_down_noun)
    return catalogue.get().cue_pattern(r"\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:{rate_up_noun}|{rate_down_noun})s?\s+",
                                       re.IGNORECASE)


def _left_modifiers(s: str, head: int) -> int:
    """Where the words before a head that still belong to its noun phrase
    start: "Guangdong's private enterprises' " before "imports and exports"."""
    return _left_bounds(s, head)[0]


@lru_cache(maxsize=64)
def _left_bounds(s: str, head: int) -> tuple[int, int]:
    """(noun phrase start, nearest start) before a head; see the two above.
    Cached: several rules of one figure ask, and every figure of a sentence."""
    lo = max(0, head - _LEFT_WINDOW)
    # lower-cased once, so the stop words match without IGNORECASE (faster)
    window = s[lo:head].lower()
    # A digit is a stop that no rule below pops, so the stops before the
    # window's last digit are never read: the scan starts at that digit (the
    # same bounds; a run of figures costs one backward scan, not a stop per digit)
    last_digit = _LAST_DIGIT_RE.match(window)
    stops = [(lo + m.start(), lo + m.end(), m.group(0))
             for m in _LEFT_STOP_RE.finditer(window, last_digit.end() - 1 if last_digit else 0)]
    start = lo
    if lo > 0:
        # the window cut a word in two: start at the next word
        space = s.find(" ", lo, head)
        start = space + 1 if space >= 0 else head
    near = stops[-1][1] if stops else start
    if len(stops) > 1 and stops[-1][2] == "in" and stops[-2][2] in _HAVING_VERBS \
            and _change_noun_re().fullmatch(s, stops[-2][1], stops[-1][0]):
        # "private enterprises posted rapid growth in imports and exports":
        # the change's own noun stands between the verb and the measure
        stops.pop()
    if stops and stops[-1][2] in _HAVING_VERBS:
        # "its private sector saw foreign trade value grow", "State-owned
        # enterprises posted exports of ...": whose the measure is stands
        # before a verb of having, as the clause's subject
        verb = stops.pop()
        if stops and stops[-1][2] == "in" and catalogue.get().region_for(s[stops[-1][1]:verb[0]].strip()):
            stops.pop()   # "Private enterprises in Hunan saw imports and exports of ..."
    return (stops[-1][1] if stops else start), near


_OWN_NOUN_RE = re.compile(r"\s*(?:[A-Za-z][\w&'-]*\s+){0,4}?[A-Za-z][\w&'-]*(?=\s*(?:[,;.()]|$|\s(?:in|of|for|and|to|with|was|were|is|are|by|from|at|on|during|last|this|up|down)\b))")


def _own_noun_phrase(s: str, a: int, b: int) -> str:
    """With no alias to go on: the words right after the figure ("130,000
    foreign trade enterprises"), else the few words before it."""
    m = _OWN_NOUN_RE.match(s, b)
    if m is not None and m.group(0).strip() and not _unit_word(m.group(0).split()[0]):
        return _tidy(m.group(0))
    return _tidy(s[_left_modifiers(s, a):a])


@lru_cache(maxsize=512)
def _unit_word(word: str) -> bool:
    return word.lower() in catalogue.get().units or word.lower() in ("percent", "per", "yuan", "times")


def _tidy(text: str) -> str:
    return _DETERMINER_RE.sub("", " ".join(text.split()).strip(" ,;:'\"")).strip()


_AND_RE = re.compile(r"\s(?:and|as\s+well\s+as)\s", re.IGNORECASE)


@lru_cache(maxsize=1024)   # pure, and asked again for each figure of a sentence: computed once
def _past_coordinate(s: str, left: int, head: int) -> int:
    """Where a head's own modifiers start when a noun ending in a breakdown
    word is coordinated before it: in "6,000 high-tech enterprises and R&D
    spending", "enterprises" is a thing of its own, not who spends (but in
    "private and state-owned enterprises' exports" both are owners)."""
    last = None
    for last in _AND_RE.finditer(s, left, head):
        pass
    if last is None or "'" in s[last.end():head] or "\u2019" in s[last.end():head]:
        return left
    cat = catalogue.get()
    if cat.term_re.search(s, last.end(), head):
        return left
    ends = [m.end() for m in cat.term_re.finditer(s, left, last.start() + 1)]
    return last.end() if ends and ends[-1] == last.start() else left


def _term_into(s: str, hit: AliasHit) -> catalogue.Term | None:
    """A breakdown term that starts before the name and runs into it."""
    return _term_into_name(s, hit.start, hit.end)


@lru_cache(maxsize=1024)   # pure, and asked again for each figure the name measures
def _term_into_name(s: str, start: int, end: int) -> catalogue.Term | None:
    cat = catalogue.get()
    for m in cat.term_re.finditer(s, max(0, start - 40), end):
        if m.start() < start < m.end():
            return cat.terms.get(m.group(0).lower())
    return None


def _names_only(s: str, lo: int, hi: int, code: str) -> bool:
    """Whether the catalogue names in s[lo:hi], if any, are all `code`
    ("the proportion of exports to the EU in total exports")."""
    return all(code in h.codes for h in indicators.hits(s[lo:hi]))


def runs_of_subject(s: str, a: int, hit: AliasHit) -> list[list[catalogue.Term]]:
    """The breakdown words in the clause before a name."""
    return [r for r in _term_runs(s, _clause_start(s, a), hit.start) if r[0].dimension != "partner"]


def _verb_name(s: str, hit: AliasHit) -> bool:
    """Whether the catalogue name is a verb in the past ("exported", "imported")."""
    return s[hit.end - 2:hit.end].lower() == "ed" and " " not in s[hit.start:hit.end]


@lru_cache(maxsize=1)
def _counted_subject() -> re.Pattern:
    # a count of things as the subject of a name that is a verb: "3,200
    # companies in Xiamen exported goods, up 5.1 percent" counts the companies
    return catalogue.get().cue_pattern(
        r"(?:(?i:the\s+number\s+of)\s+|(?<![\w.,])\d(?:[\d,.]*\d)?\s+)(?:[\w&-]+\s+){0,2}?(?:{counted_entity})\s+"
        r"(?:in\s+[A-Z][\w-]*(?:\s[A-Z][\w-]*)?\s+)?$")


def _child_named(value: str, hit: AliasHit, s: str, whole: str) -> str | None:
    """A catalogue code below `whole` named by a part's value before the
    name's head ("invention" + "patents granted"), if there is one."""
    cat = catalogue.get()
    head = s[hit.start:hit.end].split(" ", 1)[-1] if hit.part else s[hit.start:hit.end]
    codes = cat.indicator_alias.get(catalogue.alias_key(f"{value} {head}"), [])
    return next((c for c in codes if c in cat.indicators and cat.indicators[c].parent == whole), None)


def _pairs(hit: AliasHit, runs: list[list[catalogue.Term]], allowed: tuple[str, ...],
           position: tuple[int, int] | None) -> dict[str, str] | None:
    """The breakdown as {dimension: value}; None when the phrase names parts
    that cannot be told apart or leaves out one its name requires."""
    pairs: dict[str, str] = {}
    needed = set()
    for dimension, value in _given_part(hit):
        if value == _ANY:
            needed.add(dimension)   # "trade with" a partner, named after it
        else:
            pairs[dimension] = value
    for run in runs:
        if run[0].dimension not in allowed:
            continue
        if len(run) > 1:
            # "trade with the Middle East, Africa and India rose 19.8%, 6.8%
            # and 6.5%": the k-th figure of a list of n is the k-th part
            if position is None or position[1] != len(run):
                return None
            pairs.setdefault(run[0].dimension, run[position[0]].value)
        else:
            pairs.setdefault(run[0].dimension, run[0].value)
    return None if needed - pairs.keys() else pairs


# "including re-", "excluding re-": a part's name that runs into the measure's, after "including"
_INCLUDING_BEFORE_RE = re.compile(r"\b(?:including|excluding|comprising|consisting\s+of)\s+[\w-]*$", re.IGNORECASE)
# between a verb name and a money figure: a count of goods and what they
# were worth ("exported 17,000 forklifts valued at ", "shipped 2 million
# tonnes of steel worth ")
_COUNTED_GOODS_RE = re.compile(
    r"\s+(?:(?:about|nearly|around|over|more\s+than|some|almost)\s+)?\d[\d,.]*(?:\s+(?:million|thousand|billion))?"
    r"\s+(?:(?:tonnes|tons|units|sets|pieces|barrels|cubic\s+meters)\s+of\s+)?(?P<goods>[A-Za-z][^,;:()\d]{1,60}?)"
    r"\s+(?:valued\s+at|worth|with\s+a\s+(?:total\s+)?value\s+of|at\s+a\s+value\s+of)\s+(?:(?:about|nearly|around|over|more\s+than|some|almost|approximately)\s+)?",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def _gross_output_names() -> frozenset[str]:
    return frozenset(w.lower() for w in catalogue.get().cues.get("gross_output", []))


@lru_cache(maxsize=1)
def _compared_re() -> re.Pattern:
    # "faster than ", ", outpacing ", "compared with "
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{comparison_link})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=64)
def _other_dimension_words(code: str) -> frozenset[str]:
    """The breakdown words of dimensions `code` has no part for (partners and
    places aside, which the complement rules read)."""
    cat = catalogue.get()
    allowed = set(cat.indicators[code].breakdowns) | {"partner"}
    return frozenset(w for w, t in cat.terms.items() if t.dimension not in allowed and not cat.region_for(w))


_WORD_RE = re.compile(r"[A-Za-z][\w&.-]*(?:'s|s'|')?")
# a place's generic name in a possessive: "the province's", "the city's"
_PLACE_NOUN_RE = re.compile(r"(?i:province|city|country|nation|region|municipality|state|area|world|"
                            r"autonomous|zone|district|county|economy|mainland|SAR|territory)(?:'s|s')$")


@lru_cache(maxsize=1024)   # pure, and asked again for each figure of a sentence: computed once
def _unknown_restriction(s: str, left: int, head: int) -> bool:
    """Whether a word right before the measure's name restricts it to a part
    we have no name for: "soybean imports", "major technology contracts",
    "Zhongguancun's technology service industry", "BYD's output".

    Walking back from the name, the noun phrase starts at a determiner ("a",
    "the", "its") or at a place's possessive ("Guangdong's", "the city's");
    any other possessive is an owner we cannot name. On the way, places,
    breakdown words, units, calendar words, closed-class words and the words
    in cues.csv `whole_modifier` ("total", "annual", "national") keep the
    measure whole; the first other word restricts it."""
    words = [m.group(0) for m in _WORD_RE.finditer(s, left, head)]
    cat = catalogue.get()
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        possessive = word.endswith(("'s", "'"))
        bare = word.removesuffix("'s").rstrip("'")
        low = bare.lower()
        if low == "average" and k + 1 < len(words) and words[k + 1].lower() in _average_rate_words():
            continue   # "an average annual GDP growth of 7.4 percent": the rate is the average, the measure whole
        if low == "their":
            # "Their imports and exports rose 13.1 percent": a group's, named
            # in another sentence, and never the place's own ("its")
            return True
        if low in _promise_participles():
            return True   # "contracted foreign investment": another measure, promised, not done
        if low in _DETERMINERS or low.endswith("ed") or low in _verbs():
            return False   # the phrase starts here ("reports foreign trade of", "posted a")
        if possessive and low in _whole_modifiers():
            continue   # "Ningbo ports' cargo throughput": what the measure is of anyway
        if possessive:
            # a place's possessive, its name perhaps of several words ("Hong Kong's")
            k = words.index(word) if word in words else len(words) - 1
            names = [" ".join(w.removesuffix("'s").rstrip("'") for w in words[j:k + 1]) for j in range(max(0, k - 2), k + 1)]
            return not (_PLACE_NOUN_RE.match(word) or any(cat.region_for(n) for n in names))
        if not _restricts(word, first=word is words[0], s=s, left=left):
            continue
        return True
    return False


def _restricts(word: str, *, first: bool, s: str, left: int) -> bool:
    """Whether a (non-possessive) word in a measure's phrase restricts it."""
    bare = word.removesuffix("'s").rstrip("'")
    low = bare.lower()
    cat = catalogue.get()
    if low in _whole_modifiers() or low in _FUNCTION_WORDS or _CALENDAR_RE.fullmatch(bare) or _PLACE_NOUN_RE.match(bare + "'s") \
            or cat.region_for(bare) or low in cat.terms or low in cat.units or low in cat.number_words:
        return False
    # a capitalised first word: a sentence or headline opening ("Completed ...")
    return not (first and word[:1].isupper() and not s[:left].strip())


_DETERMINERS = frozenset({"a", "an", "the", "its", "this", "that", "these", "those", "his", "her", "our"})


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Verbs that may stand right before a measure's name ("reports foreign
    trade of ..."): the cue words of reporting, levels and change."""
    cues = catalogue.get().cues
    kinds = ("report_verb", "level_verb", "growth_up", "growth_down", "change_up_verb", "change_down_verb",
             "trade_verb", "threshold_verb")
    return frozenset(w.lower() for k in kinds for w in cues.get(k, []) if " " not in w) | {
        "reports", "report", "posts", "sees", "saw", "hits", "records", "logs", "registers", "had", "has", "have"}
# closed-class words, which never restrict a measure ("the exports and imports of ...")
_FUNCTION_WORDS = frozenset({"and", "or", "but", "of", "while", "also", "both", "either", "as", "well", "its",
                             "their", "our", "per", "cent", "percent", "out", "every", "each", "one", "all", "some",
                             "many", "much", "about", "nearly", "around", "than", "then", "so", "too", "very"})
_CALENDAR_RE = re.compile(r"(?i:january|february|march|april|may|june|july|august|september|october|november|"
                          r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q[1-4]|h[12]|first|"
                          r"second|third|fourth|half|quarter|quarters|year|years|month|months)(?:-\w+)*")


def _sentence_start(s: str, pos: int) -> int:
    return 0 if not s[:pos].strip() else pos


# "with exported mechanical and electrical products totaling 2.67 billion
# yuan", "Imported crude oil totaled ...": a trade verb's participle used as
# an adjective, before the goods it names. Before it: nothing of its clause
# but a linking word ("with", "while", "and", "the", "of"); after it: a word
# that is no preposition, article or number (those make it a verb: "exported
# to", "exported goods worth", "the province exported 5 billion yuan").
_ATTRIBUTIVE_LEFT_RE = re.compile(r"(?:^|[,;:(]|\b(?i:with|while|whereas|and|the|its|their|of|as))\s*$")
_ATTRIBUTIVE_RIGHT_RE = re.compile(
    r"\s+(?!(?i:to|by|from|in|at|for|of|on|with|the|a|an|goods|products|commodities|merchandise|worth|value|volume|"
    r"amount|total|figure|"
    r"and|or|was|were|is|are|has|have|had|about|nearly|over|more|some|almost|around|up|down)\b)(?=[A-Za-z])")
# (generic goods, "exported goods totaled", and the measure's own nouns,
# "imported value", are the whole measure)


def attributive_goods(s: str, hit: AliasHit, a: int) -> int | None:
    """Where the goods start when a trade name is a participle used as an
    adjective before them, in its clause's subject before the figure at a
    ("with exported mechanical and electrical products totaling 2.67 billion
    yuan"); None when the name is a verb or names no goods."""
    if hit.end > a or not _verb_name(s, hit) or not s[hit.start:hit.end].isalpha():
        return None
    lo = _clause_start(s, hit.start)
    if not _ATTRIBUTIVE_LEFT_RE.search(s[max(lo, hit.start - 12):hit.start]):
        return None
    right = _ATTRIBUTIVE_RIGHT_RE.match(s, hit.end)
    return right.end() if right is not None else None
