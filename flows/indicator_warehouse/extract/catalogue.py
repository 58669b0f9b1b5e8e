"""Loads the data files in seeds/ once and turns them into compiled matchers.

Behaviour that an analyst would want to tune (aliases, units, cue words) lives
in CSV files, not in code, so adding a region or an indicator alias never needs
a code change. Everything here is built lazily on first use and cached for the
life of the process: the extractor is called once per article and must not
re-read or re-compile anything per call.
"""
from __future__ import annotations

import csv
import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .regex_reach import Reach


def seeds_dir() -> Path:
    """Where the catalogue files live.

    INDICATOR_SEEDS_DIR overrides (tests, deployments); otherwise walk up from
    this file to the repository root, which holds seeds/.
    """
    env = os.environ.get("INDICATOR_SEEDS_DIR")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "seeds" / "indicators.csv"
        if cand.exists():
            return cand.parent
    raise FileNotFoundError("seeds/ catalogue not found above " + str(here))


def _rows(name: str) -> list[dict[str, str]]:
    with open(seeds_dir() / name, encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(fh)]


def _alternation(phrases) -> str:
    """Longest first, so the regex engine prefers 'marine GDP' over 'GDP'."""
    uniq = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    return "|".join(re.escape(p) for p in uniq)


def _with_hyphen_variants(aliases, compounds: list[str], respellings: list[tuple[str, str]] = ()) -> list[str]:
    """The aliases, each also with its open compounds hyphenated or opened
    ("per capita GDP" and "per-capita GDP"): writers do both; and with the
    other spellings of an abbreviation inside it (cues.csv
    `alias_respelling`: "R&D" written "RD", "R and D" or "research and
    development (R&D)" in translated releases)."""
    out = list(dict.fromkeys(aliases))
    for a in aliases:
        for c in compounds:
            hyphened = c.replace(" ", "-")
            for old, new in ((c, hyphened), (hyphened, c)):
                if old in a and a.replace(old, new) not in out:
                    out.append(a.replace(old, new))
    for a in list(out):
        for old, new in respellings:
            if re.search(r"(?<![\w&])" + re.escape(old) + r"(?![\w&])", a) and a.replace(old, new) not in out:
                out.append(a.replace(old, new))
    return out


def _plural_variants(alias_to_code: dict[str, list[str]], heads: set[str]) -> dict[str, list[str]]:
    """Each alias that ends in a measure noun writers also put in the plural
    (cues.csv `plural_head`: "fixed asset investments", "R&D expenditures"),
    also in the plural, unless the plural is an alias already (it may name
    another code: "technology contract" is a value, "technology contracts" a
    count)."""
    out: dict[str, list[str]] = {}
    for alias, codes in alias_to_code.items():
        last = alias.rsplit(" ", 1)[-1].rsplit("-", 1)[-1]
        if last in heads and alias + "s" not in alias_to_code:
            out[alias + "s"] = codes
    return out


def _case_variants(p: str) -> set[str]:
    """Surface forms a phrase takes in running text, headlines and datelines."""
    title = " ".join(w[:1].upper() + w[1:] for w in p.split(" "))
    title = "-".join(w[:1].upper() + w[1:] for w in title.split("-"))
    return {p, p.lower(), p[:1].upper() + p[1:], p[:1].lower() + p[1:], title, p.upper()}


# In an alias "X of Y", whose the Y is may stand between "of" and Y: "the
# added value of the province's industrial enterprises", "output of
# Guangdong's new energy vehicles". _OWNER marks the spot in a trie word.
_OWNER = "\x01"
_OWNER_WORDS = r"(?:the\s+[a-z]+'s|its|their|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?'s)\s+"
_OWNER_PATTERN = "(?:" + _OWNER_WORDS + ")?"
# the same owner in matched text, which alias_key has lower-cased
_OWNER_TEXT_RE = re.compile(r"(?<=\sof\s)" + _OWNER_WORDS, re.IGNORECASE)


def alias_key(matched: str) -> str:
    """The catalogue key of an alias as matched in text: lower case, without
    the owner a text may put after "of"."""
    return _OWNER_TEXT_RE.sub("", matched.lower())


def _trie(words, space: str | None = None) -> str:
    """A regex that is a character trie of `words`.

    Python's re tries every branch of a flat alternation at every position;
    a trie shares prefixes, so a catalogue of hundreds of aliases scans at
    ~10 MB/s instead of ~0.4 MB/s. Longest match is kept because each node
    tries its longer continuations before accepting the shorter word.
    `space`, when given, is the pattern a space in a word stands for.
    """
    root: dict = {}
    for w in words:
        d = root
        for ch in w:
            d = d.setdefault(ch, {})
        d[""] = {}

    def build(d: dict) -> str:
        alts, end = [], False
        for k in sorted(d):
            if k == "":
                end = True
                continue
            piece = _OWNER_PATTERN if k == _OWNER else (space if k == " " and space else re.escape(k))
            alts.append(piece + build(d[k]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return build(root)


def _phrase_regex(phrases, owner_after_of: bool = False) -> re.Pattern:
    # Case-sensitive over explicit case variants: much faster than
    # IGNORECASE, and "May"/"may" style clashes stay under control.
    # \b does not work next to '&' or '$', so use explicit word-edge guards.
    variants: set[str] = set()
    for p in phrases:
        if p:
            variants |= _case_variants(p)
    if owner_after_of:
        variants = {v.replace(" of ", " of " + _OWNER).replace(" Of ", " Of " + _OWNER) for v in variants}
    return re.compile(r"(?<![\w])" + _trie(variants) + r"(?![\w])")


# A cue slot in a grammar template: "{growth_verb}", "{gap_comparative:down}"
# (regex repetition braces hold digits, so they never look like one).
_SLOT_RE = re.compile(r"\{([a-z_]+(?::down)?)\}")


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    name: str
    unit: str
    kind: str           # flow | stock
    aliases: tuple[str, ...]
    parent: str = ""                      # the whole this code is a component series of ("exports" of "foreign_trade")
    breakdowns: tuple[str, ...] = ()      # dimensions a part of it may be cut by (seeds/breakdowns.csv)


@dataclass(frozen=True, slots=True)
class Term:
    """A breakdown value as it may be written: "private enterprises" is ownership=private."""
    dimension: str
    value: str


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    level: str          # country | province | city | area
    parent: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UnitForm:
    surface: str
    unit: str
    scale: float
    position: str       # prefix | suffix | both
    kind: str           # currency | percent | count | person | measure


class EndCue:
    """A cue that must end the text it is looked for in (cue_regex_end),
    with `search` as re.Pattern's. It runs on the left context of every
    figure, several times per stage, and nearly never matches: the text
    without its trailing white space has to end with one of the cue's
    forms, which str.endswith tells at once, while the regex tries every
    position of the text. Only a text that passes meets the regex."""

    __slots__ = ("rx", "forms", "by_last", "reach")

    def __init__(self, rx: re.Pattern, forms) -> None:
        self.rx = rx
        self.reach = Reach(rx.pattern, rx.flags)   # where a search of the text passed may start
        # what a match ends with before `\s*$`; a form that is all white
        # space ends with "", which every text ends with: no gate, then
        # (and with no forms at all the pattern is `\s*$`: no gate either)
        self.forms = tuple(sorted({f.rstrip() for f in forms})) or ("",)
        self.by_last = by_last_char(self.forms)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        t = text[pos:endpos].rstrip()
        if self.by_last is not None and not t.endswith(self.by_last.get(t[-1:], ())):
            return None
        return self.rx.search(text, self.reach.start(text, pos, min(endpos, len(text))), endpos)


class EndWordCue:
    r"""A case-insensitive rule that must end the text it is looked for in
    (a template ending in `\s*$`), behind the same kind of test as EndCue:
    the text, lower-cased and without trailing white space, must end with
    one of `ends`, the last words of the rule's alternatives. Only for an
    ASCII text, where re.IGNORECASE folds exactly as str.lower does."""

    __slots__ = ("rx", "ends", "by_last", "reach")

    def __init__(self, rx: re.Pattern, ends) -> None:
        self.rx, self.ends = rx, tuple(sorted(set(ends)))
        self.by_last = by_last_char(self.ends)
        self.reach = Reach(rx.pattern, rx.flags)   # (as EndCue's)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        t = text[pos:endpos]
        if t.isascii() and self.by_last is not None:
            t = t.rstrip().lower()
            if not t.endswith(self.by_last.get(t[-1:], ())):
                return None
        return self.rx.search(text, self.reach.start(text, pos, min(endpos, len(text))), endpos)


def by_last_char(forms: tuple[str, ...]) -> dict[str, tuple[str, ...]] | None:
    """`forms` grouped by their last character, for a gate that runs on every
    figure's left context: str.endswith on a tuple tries each of its 40-130
    forms, while only those ending with the text's own last character can
    match (the same answer). None when a form is "": every text ends with it."""
    if "" in forms:
        return None
    out: dict[str, tuple[str, ...]] = {}
    for f in forms:
        out[f[-1]] = out.get(f[-1], ()) + (f,)
    return out


class GatedCue:
    """A cue rule behind a cheap test, with `search` as re.Pattern's: `gate`
    finds a word that every match of the rule contains, so a text without
    one is never scanned by the rule (whose backtracking over every word
    of a left context is what costs). `words`: the gate's words in lower
    case, when it is just those words case-insensitively; an ASCII text is
    then tested with str methods (re.IGNORECASE folds ASCII as str.lower
    does, and tries every position of the text)."""

    __slots__ = ("rx", "gate", "words")

    def __init__(self, rx: re.Pattern, gate: re.Pattern, words: tuple[str, ...] = ()) -> None:
        self.rx, self.gate = rx, gate
        # the words as a case-sensitive alternation, for the lower-cased text
        self.words = re.compile("|".join(map(re.escape, words))) if words else None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        t = text[pos:endpos]
        if self.words is not None and t.isascii():
            if self.words.search(t.lower()) is None:
                return None
        elif self.gate.search(text, pos, endpos) is None:
            return None
        return self.rx.search(text, pos, endpos)


class Catalogue:
    """All seeds data plus the regexes compiled from it."""

    def __init__(self) -> None:
        self.indicators: dict[str, Indicator] = {}
        alias_to_code: dict[str, list[str]] = {}
        surfaces: list[str] = []     # aliases as written (case matters for the regex)
        cue_rows = _rows("cues.csv")   # read once: the alias variants and the cue patterns both need it
        compounds = [r["phrase"] for r in cue_rows if r["kind"] == "hyphen_compound"]
        respellings = [tuple(p.strip() for p in r["phrase"].split("=>", 1)) for r in cue_rows
                       if r["kind"] == "alias_respelling"]
        for r in _rows("indicators.csv"):
            aliases = tuple(a.strip() for a in r["aliases"].split("|") if a.strip())
            ind = Indicator(r["code"], r["name"], r["unit"], r["kind"] or "flow", aliases,
                            r.get("parent", ""), tuple(d for d in r.get("breakdowns", "").split("|") if d))
            self.indicators[ind.code] = ind
            for a in _with_hyphen_variants(aliases, compounds, respellings):
                # One phrase may name a value and a count ("technology
                # contracts"): the figure's unit picks between them.
                alias_to_code.setdefault(a.lower(), []).append(ind.code)
                surfaces.append(a)
        # Parts with a name of their own ("basic research expenditure") are
        # matched like aliases of their whole; part_alias says which part.
        self.part_alias: dict[str, str] = {}
        for r in _rows("indicator_parts.csv"):
            if r["indicator"] not in self.indicators:
                raise ValueError(f"indicator_parts.csv: {r['phrase']!r} names unknown indicator {r['indicator']!r}")
            alias_to_code.setdefault(r["phrase"].lower(), []).append(r["indicator"])
            self.part_alias[r["phrase"].lower()] = r["breakdown"]
            surfaces.append(r["phrase"])
        plural_heads = {r["phrase"].lower() for r in cue_rows if r["kind"] == "plural_head"}
        for plural, codes in _plural_variants(alias_to_code, plural_heads).items():
            alias_to_code[plural] = codes
            surfaces.append(plural)
        self.indicator_alias = alias_to_code

        # The breakdown vocabulary: words that restrict a measure to a part.
        self.terms: dict[str, Term] = {}
        for r in _rows("breakdowns.csv"):
            term = Term(r["dimension"], r["value"])
            for a in (a.strip() for a in r["aliases"].split("|")):
                if a:
                    self.terms.setdefault(a.lower(), term)
        # Names written with capitals ("US", "EU", "ASEAN") match only as
        # written, so that "us" and "eu-" in running text do not.
        term_surfaces = set()
        for r in _rows("breakdowns.csv"):
            for a in (a.strip() for a in r["aliases"].split("|")):
                if a:
                    term_surfaces |= {a} if a != a.lower() else _case_variants(a)
        # A name that opens a currency is no partner: "US$140 million",
        # "5.7 billion US dollars", "U.S.-dollar bonds".
        self.term_re = re.compile(r"(?<![\w])" + _trie(term_surfaces) + r"(?![\w$])(?!-?\s*dollars?\b)")
        self.indicator_re = _phrase_regex(surfaces, owner_after_of=True)

        # Topic words: weaker evidence, resolved by the unit of the figure.
        self.topics: dict[str, dict[str, str]] = {}
        topic_surfaces = []
        for r in _rows("indicator_topics.csv"):
            self.topics.setdefault(r["phrase"].lower(), {})[r["unit"]] = r["code"]
            topic_surfaces.append(r["phrase"])
        self.topic_re = _phrase_regex(topic_surfaces)

        self.regions: dict[str, Region] = {}
        region_alias: dict[str, str] = {}
        region_surfaces: list[str] = []
        for r in _rows("regions.csv"):
            aliases = tuple(a.strip() for a in r["aliases"].split("|") if a.strip())
            reg = Region(r["name"], r["level"], r["parent"], aliases or (r["name"],))
            self.regions[reg.name] = reg
            for a in reg.aliases + (reg.name,):
                region_alias.setdefault(a.lower(), reg.name)
                region_surfaces.append(a)
                head, _, last = a.rpartition(" ")
                if head and last[:1].isupper() and head[:1].isupper():
                    # "Greater Bay area", "Pearl River delta": writers lower-case the generic last word
                    region_surfaces.append(head + " " + last.lower())
        self.region_alias = region_alias

        self.cues: dict[str, list[str]] = {}
        for r in cue_rows:
            self.cues.setdefault(r["kind"], []).append(r["phrase"])
            if r.get("note") == "down":
                # a cue that reads as a fall ("a 4.5% slide"): negative rate
                self.cues.setdefault(r["kind"] + ":down", []).append(r["phrase"].lower())
        # Non-regions are matched in the same pass so that "South China"
        # swallows the "China" inside it.
        non_region = self.cues.get("non_region", [])
        for p in non_region:
            region_alias.setdefault(p.lower(), "")
            region_surfaces.append(p)
        # Case-insensitive so that "south China" and "GUANGDONG" match too;
        # places.mentions filters lower-case false hits.
        self.region_re = _phrase_regex(region_surfaces)

        self.units: dict[str, UnitForm] = {}
        for r in _rows("units.csv"):
            u = UnitForm(r["surface"], r["unit"], float(r["scale"] or 1), r["position"], r["kind"])
            self.units[u.surface.lower()] = u

        # "R&D spending ... 3.44 percent of its GDP": (numerator, denominator) -> the ratio's own code
        self.ratios: dict[tuple[str, str], str] = {
            (r["numerator"], r["denominator"]): r["indicator"] for r in _rows("ratios.csv")}
        # wholes that other measures are taken as a share of (GDP): "X percent of its GDP" is a ratio
        self.ratio_denominators = frozenset(d for _, d in self.ratios)
        # "invested 2.6 percent of its GDP in R&D": denominator -> [(the outlay's words, lower case), ratio code]
        self.ratio_outlays: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for r in _rows("ratios.csv"):
            if r.get("outlay"):
                words = tuple(w.strip().lower() for w in r["outlay"].split("|") if w.strip())
                self.ratio_outlays.setdefault(r["denominator"], []).append((words, r["indicator"]))

        self.number_words: dict[str, tuple[float, str]] = {}
        for r in _rows("number_words.csv"):
            self.number_words[r["word"].lower()] = (float(r["value"]), r["kind"])

    # helpers -----------------------------------------------------------
    def words(self, kind: str) -> dict[str, float]:
        return {w: v for w, (v, k) in self.number_words.items() if k == kind}

    def cue_forms(self, kind: str) -> set[str]:
        """The cue phrases of this kind in the case variants they are matched in."""
        variants: set[str] = set()
        for p in self.cues.get(kind, []):
            variants |= _case_variants(p)
        return variants

    def cue_trie(self, kind: str) -> str:
        return _trie(self.cue_forms(kind))

    def cue_regex_end(self, kind: str) -> EndCue:
        """Matches a cue of this kind at the END of a left context."""
        forms = self.cue_forms(kind)
        return EndCue(re.compile(r"(?<![\w])" + _trie(forms) + r"\s*$"), forms)

    def cue_regex_start(self, kind: str) -> re.Pattern:
        """Matches a cue of this kind at the START of a right context."""
        return re.compile(r"^\s*" + self.cue_trie(kind) + r"(?![\w])")

    def cue_regex_any(self, kind: str) -> re.Pattern:
        return re.compile(r"(?<![\w])" + self.cue_trie(kind) + r"(?![\w])")

    def cue_pattern(self, template: str, flags: int = 0, *, variants: bool = True) -> re.Pattern:
        """Compiles a grammar rule whose `{kind}` slots stand for the cue
        phrases of that kind (`{kind:down}`: its phrases noted "down").

        The rule's skeleton (anchors, lookarounds, the glue words "of", "by",
        "than") stays in grammar.py; the words it is about come from
        cues.csv. A space in a phrase matches any run of whitespace. Without
        re.IGNORECASE (faster) a slot matches the phrase's case variants
        (_case_variants), so glue that a headline may capitalise belongs in
        a scoped `(?i:...)`; with it, the slot is the lower-case phrases.
        variants=False: the phrases only as written (a rule that is about
        lower-case running text).
        """
        ci = bool(flags & re.IGNORECASE)

        def fill(m: re.Match) -> str:
            phrases = self.cues.get(m.group(1))
            if not phrases:
                raise KeyError(f"cues.csv has no phrases of kind {m.group(1)!r}")
            words: set[str] = set()
            for p in phrases:
                words |= {p.lower()} if ci else (_case_variants(p) if variants else {p})
            return "(?:" + _trie(words, space=r"\s+") + ")"

        return re.compile(_SLOT_RE.sub(fill, template), flags)

    def region_for(self, surface: str) -> str:
        return self.region_alias.get(surface.lower(), "")


@lru_cache(maxsize=1)
def get() -> Catalogue:
    return Catalogue()
