"""Finding and parsing figures: digits, scale words, number words, fractions.

A `Mention` is a figure as written in one sentence, with its unit, scale and
any currency conversion that follows it in brackets. It knows nothing about
what the figure measures; grammar.py decides that from the words around it.
All patterns are built from seeds/units.csv and seeds/number_words.csv once,
at first use, in lower case: they run on the lower-cased sentence, because
case-insensitive matching in `re` costs two to three times as much.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import catalogue, points_ranges
from .cues import sentence_words
from .periods import lower
from .catalogue import _alternation
from .points_ranges import join_ranges, points_units

# measure.py reads it here, beside BARE_END_RE (points_ranges.py holds it, for points_units)
index_noun_before = points_ranges.index_noun_before


@dataclass(slots=True)
class Mention:
    start: int                 # offsets in the (normalised) sentence
    end: int
    value: float               # as written, before scale
    scale: float
    unit: str | None           # CNY, USD, percent, percentage_point, hectare, person, count ... or None
    unit_kind: str | None      # currency | percent | measure | person | count | None
    kind: str                  # digits | word | fraction | ratio
    plus: bool = False         # "10,000-plus", "500+"
    conv_value: float | None = None
    conv_unit: str | None = None
    conv_end: int | None = None  # end of the bracketed conversion, when present
    range_hi: float | None = None  # "5-6 percent", "between 5 and 6 percent": the upper end (base units)


# a figure's year between it and its restatement in another currency
_YEAR_GAP_RE = re.compile(r"\s+(?:in|for|during)\s+(?:19|20)\d\d(?=\s*(?:\(|,\s*(?:or|equivalent\s+to|equal\s+to)\s))")
_PER_RE = re.compile(r"\s+(?:per|for\s+every|for\s+each)\s+(?P<base>10,000|10000|ten\s+thousand|100,000|1,000|thousand|million|capita)(?:\s+(?:permanent\s+|urban\s+|rural\s+)?(?:people|persons|residents|population|inhabitants))?")
_PER_UNITS = {"10000": "per_10k_people", "ten thousand": "per_10k_people", "100000": "per_100k_people",
              "1000": "per_1k_people", "thousand": "per_1k_people", "million": "per_million_people"}
# "11.0 and 82.2 percent", "4.8, 12.5 and 82.8 percent": a list of numbers whose unit is written once, at the end
_SIBLING_UNIT_RE = re.compile(r"\s*(?P<cj>,\s*and|,|and|or|to|-)\s*(?:about\s+)?(?P<n>\d+(?:\.\d+)?)"
                              r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:about\s+)?\d+(?:\.\d+)?){0,6}"
                              r"\s?(?P<u>percentage\s+points?|percent|per\s+cent|%)")
# ", and 82.8", " and 82.8", " or 6": the joint before a list's last number
_LIST_END_RE = re.compile(r"\b(?:and|or|to)\s|-")
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _alternatives(value: float | None, other: str) -> bool:
    """Whether two numbers joined by "or" are alternatives of one size ("5 or 6 percent"),
    within a factor of three, rather than a figure and its restatement as a rate."""
    try:
        w = parse_number(other.rstrip(".,"))
    except ValueError:
        return True
    if value is None or value <= 0 or w <= 0:
        return True
    return max(value, w) <= 3 * min(value, w)


@dataclass(frozen=True, slots=True)
class _Patterns:
    figure: re.Pattern
    words: re.Pattern
    fraction: re.Pattern
    ratio: re.Pattern
    slash_fraction: re.Pattern
    conversion: re.Pattern
    scales: dict
    cardinals: dict
    fractions: dict
    sibling_money: re.Pattern
    sibling_scaled_money: re.Pattern
    word_keys: frozenset | None       # a word of each number word ("dozen" of "a dozen"), see _key_words
    fraction_keys: frozenset | None
    figure_reach: int                 # how far before its first digit a `figure` match may start ("us$ 5")


_LETTERS_RE = re.compile(r"[a-z]+")


def _key_words(phrases) -> frozenset | None:
    """One word of each phrase, its longest run of letters: where `words` or
    `fraction` matches a phrase, that run is a whole word of the lower-cased
    sentence (their edges admit no letter next to a phrase). None when a
    phrase has no letters: then there is no word to look for."""
    runs = [max(_LETTERS_RE.findall(p), key=len, default="") for p in phrases]
    return None if "" in runs else frozenset(runs)


def _may_hold(words: set[str], keys: frozenset | None) -> bool:
    """Whether a sentence with these words may hold a phrase with these key words."""
    return keys is None or not words.isdisjoint(keys)


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    cat = catalogue.get()
    scales = cat.words("scale")
    cardinals = cat.words("cardinal")
    fractions = cat.words("fraction")
    prefix = [u.surface.lower() for u in cat.units.values() if u.position in ("prefix", "both")]
    suffix = [u.surface.lower() for u in cat.units.values() if u.position in ("suffix", "both")]
    # Scale words must not be followed by "th" ("10 millionth") or a hyphen
    # that makes a compound adjective ("1-trillion-yuan clusters").
    scale_alt = _alternation(scales)
    # percent units that a paper may write solid after the digits ("9pc", "3pct")
    solid_pct = _alternation([u.surface.lower() for u in cat.units.values()
                              if u.kind == "percent" and u.surface.isalpha() and u.position in ("suffix", "both")])
    figure = re.compile(
        # a number glued by a hyphen to the word before it names a thing ("COVID-19",
        # "Tianwen-1", "G-20"), it counts nothing
        r"(?<![\w.,$¥€])(?<![a-z]-)"
        r"(?:(?P<cur>" + _alternation(prefix) + r")\s?)?"
        # a letter right after the digits ends the figure ("6G", "5th"),
        # unless it starts a scale word or a percent unit written solid
        # ("510bn", "3.68tn", "16.5percent", "9pc")
        r"(?P<num>" + NUM + r")(?!(?!(?:" + scale_alt + r"|" + solid_pct + r")(?![\w-]))[\w]|[.,]\d)"
        r"(?P<plus>\s?\+|-plus(?![\w-]))?"
        r"(?:[\s-]?(?P<scale>" + scale_alt + r")(?![\w-]))?"
        r"(?P<plus2>-plus(?![\w-]))?"
        # (a sign unit may touch the next word, as a careless page writes it: "up 15.1%over 2020")
        r"(?:[\s-]?(?P<unit>" + _alternation(suffix) + r")(?:(?<=%)|(?![\w])))?",
    )
    tens = [w for w, v in cardinals.items() if v >= 20 and v % 10 == 0 and " " not in w]
    units_ = [w for w, v in cardinals.items() if 1 <= v <= 9]
    card_alt = (r"(?:(?:" + "|".join(tens) + r")(?:[- ](?:" + "|".join(units_) + r"))?|"
                + _alternation(cardinals) + r")")
    pct_units = [u.surface.lower() for u in cat.units.values()
                 if u.kind == "percent" and u.surface[:1].isalpha() and u.position in ("suffix", "both")]
    words = re.compile(
        r"(?<![\w-])(?P<w>" + card_alt + r")(?:\s(?P<wscale>" + scale_alt + r"))?"
        r"(?:\s(?P<wunit>" + _alternation(pct_units) + r"))?(?![\w-])",
    )
    num_words = "a|an|one|two|three|four|five|six|seven|eight|nine"
    fraction = re.compile(
        r"(?<![\w-])(?:(?P<fa>" + num_words + r")[- ])?(?P<ff>" + _alternation(fractions) + r")(?=\s+of\s)",
    )
    # (not the decimals of a figure: "51.1 in 2023" is no "1 in 2023")
    ratio = re.compile(
        r"(?<![\w-])(?<!\d[.,])(?P<a>one|two|three|\d+)\s+(?:out\s+)?(?:of|in)\s+(?:every\s+)?"
        r"(?P<b>two|three|four|five|six|seven|eight|nine|ten|\d+)(?![\w-])",
    )
    # "(\$70.3 billion)", "(about $1.38 billion)", ", equivalent to approximately
    # 64.8 billion U.S. dollars", ", or $5 billion": a restatement of the figure
    # just read in another currency, kept as an attribute.
    cur_words = [u.surface.lower() for u in cat.units.values() if u.kind == "currency"]
    conversion = re.compile(
        r"\s*(?:\(\s*|,?\s*(?:equivalent to|equal to|or|about|roughly|worth)\s+)"
        r"(?:about|approximately|around|roughly|nearly|some|over|more than|or)?\s*"
        r"(?P<cur>" + _alternation(prefix) + r")?\s?"
        r"(?P<num>" + NUM + r")(?:[\s-]?(?P<scale>" + scale_alt + r")(?![\w-]))?"
        r"(?:\s?(?P<unit>" + _alternation(cur_words) + r")(?![\w]))?\s*\)?",
    )
    # "20.1, 300.2 and 400.3 billion yuan": the scale and currency are
    # written once, after the last figure of a list
    cur_suffix = [u.surface.lower() for u in cat.units.values()
                  if u.kind == "currency" and u.position in ("suffix", "both")]
    sibling_money = re.compile(
        r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:" + NUM + r")(?![\w]|[.,]\d))+"
        r"[\s-]?(?P<scale>" + scale_alt + r")\s?(?P<unit>" + _alternation(cur_suffix) + r")(?![\w])",
    )
    sibling_scaled_money = re.compile(
        r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:" + NUM + r")[\s-]?(?:" + scale_alt + r")(?![\w-]))+"
        r"\s?(?P<unit>" + _alternation(cur_suffix) + r")(?![\w])",
    )
    # "creating 1/9 of China's GDP": a fraction written with a slash, only
    # before "of" (elsewhere "1/9" may be a date or a score), and not of an
    # amount ("3/4 of a million tonnes")
    slash_fraction = re.compile(r"(?<![\w/.,-])(?P<a>[1-9])/(?P<b>[1-9]\d?)(?=\s+of\s)"
                                r"(?!\s+of\s+an?\s+(?:hundred|thousand|million|billion|trillion)\b)")
    return _Patterns(figure, words, fraction, ratio, slash_fraction, conversion, scales, cardinals, fractions,
                     sibling_money, sibling_scaled_money, _key_words(cardinals), _key_words(fractions),
                     max(map(len, prefix), default=0) + 1)


_DIGIT_RE = re.compile(r"\d")
# A statistical release's unit, its scale written as a number: "36,801.87 100
# million yuan", "18.1 10,000 yuan", "1,285.2 10k tonnes", "4,109.5 (100
# million yuan)"; and the same unit as a label before the figure, "GDP (100
# million yuan) was 36,801.87". The scale number is never a figure of its own.
_TABLE_SCALES = {"100 million": 1e8, "10,000": 1e4, "10000": 1e4, "10 thousand": 1e4, "ten thousand": 1e4,
                 "10k": 1e4}
_TABLE_GATE = (" 1", " (1", "(1", " t", " (t")
# the end of a bare number: nothing after it that it counts ("was 36,801.87, up", "reached 52.4 in")
BARE_END_RE = re.compile(r"\s*(?:[,.;:)]|$|\s(?:in|at|for|from|on|during|last|this|and|up|down|compared|versus|"
                         r"against|than|which|while|after|before|a|an|the)\b)")


@lru_cache(maxsize=1)
def _table_unit_re() -> re.Pattern:
    suffix = [u.surface.lower() for u in catalogue.get().units.values()
              if u.position in ("suffix", "both") and u.kind in ("currency", "measure", "person", "count")]
    return re.compile(r"\s?(?P<open>\(\s*)?(?P<ts>100 million|10,000|10000|10 thousand|ten thousand|10k)\s"
                      r"(?P<tu>" + _alternation(suffix) + r")(?:-times?)?(?![\w-])(?(open)\s*\))")


def _table_unit(s: str, b: int):
    """(end, scale, unit) of a release's unit right after a bare figure ending at `b`; None if none."""
    if not s.startswith(_TABLE_GATE, b):
        return None
    tm = _table_unit_re().match(s, b)
    if tm is None:
        return None
    uf = _unit_of(tm["tu"])
    return (tm.end(), _TABLE_SCALES[tm["ts"]] * uf.scale, uf) if uf else None


def _unit_label(s: str, m) -> tuple | None:
    """A bracketed release unit before its figure ("GDP (100 million yuan) was ..."): (scale, unit);
    None when the match is not one (a figure such as "(US$100 million)" in brackets restates one)."""
    a, b = m.start(), m.end()
    if a == 0 or s[a - 1] != "(" or not s.startswith(")", b) or m["cur"] or not m["unit"]:
        return None
    ts = m["num"] + (" " + m["scale"] if m["scale"] else "")
    uf = _unit_of(m["unit"])
    if ts not in _TABLE_SCALES or uf is None or uf.kind == "percent" or _DIGIT_RE.search(s, max(0, a - 3), a - 1):
        return None
    return _TABLE_SCALES[ts] * uf.scale, uf
# What every match of `ratio` holds ("of every four", "in 5"): a pattern that
# opens with literals, so re scans for them; the ratio pattern itself opens
# with look-behinds, which re tries at every position of the sentence.
_RATIO_GATE_RE = re.compile(r"(?:of|in)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d)")


def _figure_matches(p: _Patterns, s: str):
    """p.figure.finditer(s), found from the digits. Every match holds a
    digit, at most p.figure_reach characters after its start (a currency
    and a space), so each search starts that far before the next digit:
    re then skips the text between numbers at the speed of a digit scan,
    where the figure pattern (which opens with a look-behind) was tried at
    every position."""
    pos = 0
    while True:
        d = _DIGIT_RE.search(s, pos)
        if d is None:
            return
        m = p.figure.search(s, max(pos, d.start() - p.figure_reach))
        if m is None:
            return
        yield m
        pos = m.end()   # never empty: a match holds its number


# "every 10,000 Shenzheners own ...", "each 10,000 residents had ...": the
# base of a rate stated before the figure, as the subject
_EVERY_RE = re.compile(
    r"(?:^|\s)(?:[Ee]very|[Ee]ach|[Pp]er)\s+(?P<base>10,000|10000|ten\s+thousand|100,000|1,000|thousand|million)\s+"
    r"(?:[A-Z][\w-]*\s+)?(?:permanent\s+|urban\s+|rural\s+)?"
    r"(?:people|persons|residents|population|inhabitants|citizens|[A-Z][a-z]+(?:ers|ians|ese))\b")
_EVERY_WINDOW = 60
_PER_WORDS = frozenset(("per", "for"))              # _PER_RE's words, one in each match
_EVERY_WORDS = frozenset(("every", "each", "per"))   # _EVERY_RE's


def per_unit_before(s: str, pos: int) -> str | None:
    """Rate unit named before a figure: "patents per 10,000 people ... 218",
    "every 10,000 residents owned 20.5 ..."."""
    last = None
    # Each pattern holds one of its words whole ("per", "for"; "every",
    # "each", "per"): a sentence without them (most) is not scanned, nor
    # lower-cased again, for each of its figures.
    words = sentence_words(s)
    # not past a semicolon: "... per 10,000 people rose to 12.4; the number
    # of companies rose to 10,404" (the next item of a list has its own unit)
    if words is None or not words.isdisjoint(_PER_WORDS):
        for pm in _PER_RE.finditer(lower(s), s.rfind(";", 0, pos) + 1, pos):
            last = pm
    if last is None and (words is None or not words.isdisjoint(_EVERY_WORDS)):
        last = next(iter(reversed(list(_EVERY_RE.finditer(s, max(0, pos - _EVERY_WINDOW), pos)))), None)
    if last is None:
        return None
    return _PER_UNITS.get(last["base"].lower().replace(",", ""))


def parse_number(s: str) -> float:
    """'93,200' -> 93200.0; '24.75' -> 24.75."""
    return float(s.replace(",", ""))


def word_value(w: str) -> float | None:
    """'twenty-five' -> 25, 'seven' -> 7, 'a dozen' -> 12; None if not a number word."""
    p = patterns()
    w = w.lower().strip()
    if w in p.cardinals:
        return p.cardinals[w]
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in p.cardinals and parts[1] in p.cardinals:
        return p.cardinals[parts[0]] + p.cardinals[parts[1]]
    return None


def fraction_value(numerator: str | None, denom_word: str) -> float | None:
    """'one', 'third' -> 33.33 (percent); None, 'half' -> 50."""
    p = patterns()
    f = p.fractions.get(denom_word.lower())
    if f is None:
        return None
    n = 1.0
    if numerator and numerator.lower() not in ("a", "an"):
        nv = word_value(numerator)
        if nv is None:
            return None
        n = nv
    return round(n * f * 100, 2)


def _unit_of(surface: str | None):
    if not surface:
        return None
    u = catalogue.get().units.get(surface.lower())
    if u is None and surface.startswith("\\"):
        u = catalogue.get().units.get(surface[1:].lower())
    return u


def find_mentions(s: str, masked) -> list[Mention]:
    """All figures in sentence `s` that do not overlap a masked span.

    `masked(start, end)` says whether a span is already claimed (dates,
    periods, durations). Conversions in brackets are folded into the figure
    they restate, so they never become figures of their own.
    """
    p = patterns()
    low = lower(s)     # offsets are unchanged; every pattern here is lower case
    words = _words_of(s, low)
    claimed = _Claimed(masked)
    # Fractions and "one out of every four" first: they contain number words.
    out = _ratios(p, low, claimed)
    out += _slash_fractions(p, low, claimed)
    out += _fractions(p, low, words, claimed)
    out += _digit_figures(p, s, low, claimed)
    out += _number_words(p, low, words, claimed)
    out.sort(key=lambda x: x.start)
    if "point" in low:
        points_units(s, low, out)
    return join_ranges(low, out) if len(out) > 1 else out


def _words_of(orig: str, s: str) -> set[str]:
    """The sentence's words, found once: most sentences have no number word
    and no fraction, and their patterns would try every position of it."""
    words = sentence_words(orig)   # the same runs of letters, for an ASCII sentence
    if words is None:
        words = set(_LETTERS_RE.findall(s))
    return words


class _Claimed:
    """The spans of one sentence that a new figure may not overlap: those
    masked before (dates, periods, durations) and those the figures found so
    far have taken, so that each stretch of text is read as one figure."""
    __slots__ = ("masked", "taken")

    def __init__(self, masked):
        self.masked = masked
        self.taken: list[tuple[int, int]] = []

    def free(self, a: int, b: int) -> bool:
        """Whether span a..b overlaps no masked span and no span taken."""
        if self.masked(a, b):
            return False
        for x, y in self.taken:
            if a < y and x < b:
                return False
        return True

    def take(self, a: int, b: int) -> None:
        """Claims span a..b for a figure (or a restatement folded into one)."""
        self.taken.append((a, b))


def _ratios(p: _Patterns, s: str, claimed: _Claimed) -> list[Mention]:
    """"One out of every four", "2 in 5": a share, as a percentage. The gate
    spares most sentences the ratio pattern (see _RATIO_GATE_RE)."""
    out = []
    for m in p.ratio.finditer(s) if _RATIO_GATE_RE.search(s) is not None else ():
        if not claimed.free(m.start(), m.end()):
            continue
        a = word_value(m["a"]) if not m["a"].isdigit() else float(m["a"])
        b = word_value(m["b"]) if not m["b"].isdigit() else float(m["b"])
        if not a or not b or a >= b:
            continue
        out.append(Mention(m.start(), m.end(), round(a / b * 100, 2), 1.0, "percent", "percent", "ratio"))
        claimed.take(m.start(), m.end())
    return out


def _slash_fractions(p: _Patterns, s: str, claimed: _Claimed) -> list[Mention]:
    """"1/9 of China's GDP": a proper fraction written with a slash, as a
    percentage (the pattern admits it only before "of")."""
    out = []
    for m in p.slash_fraction.finditer(s) if "/" in s else ():
        a, b = float(m["a"]), float(m["b"])
        if a < b and claimed.free(m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), round(a / b * 100, 2), 1.0, "percent", "percent", "ratio"))
            claimed.take(m.start(), m.end())
    return out


def _fractions(p: _Patterns, s: str, words: set[str], claimed: _Claimed) -> list[Mention]:
    """"Two thirds of", "half of": a fraction in words, as a percentage;
    never an ordinal ("the third of", "the first quarter of")."""
    out = []
    for m in p.fraction.finditer(s) if _may_hold(words, p.fraction_keys) else ():
        if not claimed.free(m.start(), m.end()):
            continue
        # "the first quarter of", "the third of" are ordinals, not fractions.
        before = s[max(0, m.start() - 12):m.start()]
        if m["fa"] is None and re.search(r"(?:first|second|third|fourth|last|final|same|this|each|per|the|that)\s+$", before):
            continue
        v = fraction_value(m["fa"], m["ff"])
        if v is None:
            continue
        out.append(Mention(m.start(), m.end(), v, 1.0, "percent", "percent", "fraction"))
        claimed.take(m.start(), m.end())
    return out


def _digit_figures(p: _Patterns, orig: str, s: str, claimed: _Claimed) -> list[Mention]:
    """Every figure written in digits, in sentence order. A release's unit
    label in brackets ("GDP (100 million yuan) was 36,801.87") is no figure:
    it is held until the bare figure it labels."""
    out = []
    label = None   # a release's unit label waiting for its figure: (scale, unit, where it ends)
    for m in _figure_matches(p, s):
        a, b = m.start(), m.end()
        if not claimed.free(a, b):
            # The number itself may be free even if a trailing unit overlaps.
            if not claimed.free(m.start("num") if m["cur"] is None else a, m.end("num")):
                continue
        lab = _unit_label(s, m) if s[a - 1:a] == "(" else None
        if lab is not None:
            label = (*lab, b)
            claimed.take(a, b)
            continue
        ment, label = _digit_figure(p, orig, s, m, label)
        if ment.unit_kind == "currency":
            _conversion(p, s, ment, claimed)
        out.append(ment)
        claimed.take(a, ment.end)
    return out


def _digit_figure(p: _Patterns, orig: str, s: str, m, label):
    """One figure in digits, with its scale and unit: those written with it,
    else a release's unit after it or the label waiting before it, else the
    unit a list writes once at its end, else a rate's base after it. Returns
    the figure and the label still waiting (None once this figure used it)."""
    a, b = m.start(), m.end()
    value = parse_number(m["num"])
    scale = 1.0
    if m["scale"]:
        scale = p.scales.get(m["scale"].lower(), 1.0)
    uf = _unit_of(m["unit"]) or _unit_of(m["cur"])
    if uf is None and not m["scale"]:
        tu = _table_unit(s, b)
        if tu is not None:
            b, scale, uf = tu[0], tu[1] / tu[2].scale, tu[2]
        elif label is not None and a - label[2] <= 60 and ";" not in s[label[2]:a] and BARE_END_RE.match(s, b):
            # "GDP (100 million yuan) was 36,801.87": the label's first figure
            scale, uf = label[0] / label[1].scale, label[1]
            label = None
    if m["unit"] and uf and uf.kind == "percent" and orig[m.start("unit"):m.end("unit")] == "PCT":
        # "15,900 PCT applications": the Patent Cooperation Treaty, not "pct"
        uf = _unit_of(m["cur"])
        b = max(x for x in (m.end("num"), m.end("scale"), m.end("plus"), m.end("plus2")))
    if uf:
        unit, unit_kind = uf.unit, uf.kind
        scale *= uf.scale     # "8 gigawatts" -> kilowatt x 1e6
    elif not m["scale"]:
        unit, unit_kind, scale = _bare_list_unit(p, s, m, b, value, scale)
    else:
        unit, unit_kind, scale = _scaled_list_currency(p, s, b, scale)
    ment = Mention(a, b, value, scale, unit, unit_kind, "digits", plus=bool(m["plus"] or m["plus2"]))
    if unit is None and scale == 1:
        _rate_base(s, ment)
    return ment, label


def _bare_list_unit(p: _Patterns, s: str, m, b: int, value: float, scale: float):
    """(unit, unit kind, scale) of a figure with neither unit nor scale that
    a list's last item gives ("11.0 and 82.2 percent", "20.1, 300.2 and 400.3
    billion yuan"); the figure's own (None, None, scale) when none does."""
    sib = _SIBLING_UNIT_RE.match(s, b)
    if sib and sib["cj"] == "or" and not _alternatives(value, sib["n"]):
        # "rose by 400,000 or 14.8 percent": the same change restated as a rate, not
        # two rates with one unit ("5 or 6 percent" are alternatives of one size)
        sib = None
    elif sib and sib["cj"] == "," and not _LIST_END_RE.search(sib.group(0)) \
            and "respectively" not in s[sib.end():sib.end() + 40]:
        # "the number was 388, 40 percent of the provincial total": two numbers
        # parted by a comma alone are two figures (a count, then its share), not a
        # list that writes its unit once ("4.8, 12.5 and 82.8 percent" ends with
        # "and"; "grew 4.8, 12.5 percent respectively" says it is a list)
        sib = None
    if sib:
        # "11.0 and 82.2 percent": the unit is written once, at the end
        uf2 = _unit_of(sib["u"])
        if uf2 and uf2.kind == "percent":
            return uf2.unit, uf2.kind, scale
    elif "." in m["num"] or "," in m["num"]:
        sm = p.sibling_money.match(s, b)
        if sm:
            uf2 = _unit_of(sm["unit"])
            if uf2 and uf2.kind == "currency":
                return uf2.unit, uf2.kind, p.scales.get(sm["scale"].lower(), 1.0) * uf2.scale
    return None, None, scale


def _scaled_list_currency(p: _Patterns, s: str, b: int, scale: float):
    """(unit, unit kind, scale) of a figure with a scale word but no unit:
    "3.1 trillion, 3.68 trillion and 1.34 trillion yuan" each has its scale,
    the currency is written once, at the end; (None, None, scale) otherwise."""
    sm = p.sibling_scaled_money.match(s, b)
    if sm:
        uf2 = _unit_of(sm["unit"])
        if uf2 and uf2.kind == "currency":
            return uf2.unit, uf2.kind, scale * uf2.scale
    return None, None, scale


def _rate_base(s: str, ment: Mention) -> None:
    """"61.5 per 10,000 people": a bare figure followed by a rate's base is a
    rate, with its base in the unit; the figure reaches past the base."""
    pr = _PER_RE.match(s, ment.end)
    if pr:
        ment.unit, ment.unit_kind = _PER_UNITS.get(pr["base"].replace(",", ""), "per_capita"), "measure"
        ment.end = pr.end()


def _conversion(p: _Patterns, s: str, ment: Mention, claimed: _Claimed) -> None:
    """A sum of money restated in another currency right after it ("(US$70.3
    billion)", ", or 38.9 billion dollars"), or after its year: kept on the
    figure as conv_value and conv_unit, and taken, so it is no figure."""
    b = ment.end
    c = p.conversion.match(s, b)
    gap = None
    if not (c and (c["cur"] or c["unit"]) and c.group(0).strip()):
        # "1.96 trillion yuan in 2011 (310.86 billion U.S. dollars)",
        # "... in 2024, or 38.9 billion dollars": the restatement
        # after the figure's year; the year stays the figure's, so
        # the figure does not reach past it (no conv_end)
        gap = _YEAR_GAP_RE.match(s, b)
        c = p.conversion.match(s, gap.end()) if gap else None
    if c and (c["cur"] or c["unit"]) and c.group(0).strip():
        cu = _unit_of(c["cur"]) or _unit_of(c["unit"])
        cscale = p.scales.get((c["scale"] or "").lower(), 1.0)
        cval = parse_number(c["num"]) * cscale
        # a restatement is within exchange-rate reach of the figure
        # ("3,570 billion yuan, or about US$5,400 per capita" is another figure)
        if cu and cu.kind == "currency" and cu.unit != ment.unit and 1e-3 <= cval / (ment.value * ment.scale or 1) <= 1e3:
            ment.conv_value = cval
            ment.conv_unit = cu.unit
            if gap is None:
                ment.conv_end = c.end()
            claimed.take(gap.end() if gap else b, c.end())


def _number_words(p: _Patterns, s: str, words: set[str], claimed: _Claimed) -> list[Mention]:
    """Figures in words ("twenty-five", "nine percent", "two million"), read
    last, where no figure in digits stands; "one" and "a dozen" only with a
    scale word."""
    out = []
    for m in p.words.finditer(s) if _may_hold(words, p.word_keys) else ():
        if not claimed.free(m.start(), m.end()):
            continue
        v = word_value(m["w"])
        if v is None:
            continue
        if m["w"].lower() in ("one", "a dozen", "dozen") and not m["wscale"]:
            continue  # "one of the ...": too ambiguous without a scale word
        scale = p.scales.get((m["wscale"] or "").lower(), 1.0)
        uf = _unit_of(m["wunit"])   # "nine percent"
        out.append(Mention(m.start(), m.end(), v, scale, uf.unit if uf else None, uf.kind if uf else None, "word"))
        claimed.take(m.start(), m.end())
    return out
