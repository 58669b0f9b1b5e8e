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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


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


def _phrase_regex(phrases, flags=re.IGNORECASE) -> re.Pattern:
    # \b does not work next to '&' or '$', so use explicit word-edge guards.
    return re.compile(r"(?<![\w])(?:" + _alternation(phrases) + r")(?![\w])", flags)


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    name: str
    unit: str
    kind: str           # flow | stock
    aliases: tuple[str, ...]


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


class Catalogue:
    """All seeds data plus the regexes compiled from it."""

    def __init__(self) -> None:
        self.indicators: dict[str, Indicator] = {}
        alias_to_code: dict[str, str] = {}
        for r in _rows("indicators.csv"):
            aliases = tuple(a.strip() for a in r["aliases"].split("|") if a.strip())
            ind = Indicator(r["code"], r["name"], r["unit"], r["kind"] or "flow", aliases)
            self.indicators[ind.code] = ind
            for a in aliases:
                alias_to_code.setdefault(a.lower(), ind.code)
        self.indicator_alias = alias_to_code
        self.indicator_re = _phrase_regex(alias_to_code)

        # Topic words: weaker evidence, resolved by the unit of the figure.
        self.topics: dict[str, dict[str, str]] = {}
        for r in _rows("indicator_topics.csv"):
            self.topics.setdefault(r["phrase"].lower(), {})[r["unit"]] = r["code"]
        self.topic_re = _phrase_regex(self.topics)

        self.regions: dict[str, Region] = {}
        region_alias: dict[str, str] = {}
        for r in _rows("regions.csv"):
            aliases = tuple(a.strip() for a in r["aliases"].split("|") if a.strip())
            reg = Region(r["name"], r["level"], r["parent"], aliases or (r["name"],))
            self.regions[reg.name] = reg
            for a in reg.aliases + (reg.name,):
                region_alias.setdefault(a.lower(), reg.name)
        self.region_alias = region_alias

        self.cues: dict[str, list[str]] = {}
        for r in _rows("cues.csv"):
            self.cues.setdefault(r["kind"], []).append(r["phrase"])
        # Non-regions are matched in the same pass so that "South China"
        # swallows the "China" inside it.
        non_region = self.cues.get("non_region", [])
        for p in non_region:
            region_alias.setdefault(p.lower(), "")
        # Region names are proper nouns: match case-sensitively except for the
        # multi-word forms, which are rare enough to be safe either way.
        self.region_re = re.compile(
            r"(?<![\w-])(?:" + _alternation(region_alias.keys() | set(region_alias_case(self))) + r")(?![\w])",
            re.IGNORECASE,
        )

        self.units: dict[str, UnitForm] = {}
        for r in _rows("units.csv"):
            u = UnitForm(r["surface"], r["unit"], float(r["scale"] or 1), r["position"], r["kind"])
            self.units[u.surface.lower()] = u

        self.number_words: dict[str, tuple[float, str]] = {}
        for r in _rows("number_words.csv"):
            self.number_words[r["word"].lower()] = (float(r["value"]), r["kind"])

    # helpers -----------------------------------------------------------
    def words(self, kind: str) -> dict[str, float]:
        return {w: v for w, (v, k) in self.number_words.items() if k == kind}

    def cue_regex_end(self, kind: str) -> re.Pattern:
        """Matches a cue of this kind at the END of a left context."""
        return re.compile(r"(?<![\w])(?:" + _alternation(self.cues.get(kind, [])) + r")\s*$", re.IGNORECASE)

    def cue_regex_start(self, kind: str) -> re.Pattern:
        """Matches a cue of this kind at the START of a right context."""
        return re.compile(r"^\s*(?:" + _alternation(self.cues.get(kind, [])) + r")(?![\w])", re.IGNORECASE)

    def cue_regex_any(self, kind: str) -> re.Pattern:
        return re.compile(r"(?<![\w])(?:" + _alternation(self.cues.get(kind, [])) + r")(?![\w])", re.IGNORECASE)

    def region_for(self, surface: str) -> str:
        return self.region_alias.get(surface.lower(), "")


def region_alias_case(cat: "Catalogue") -> list[str]:
    return []


@lru_cache(maxsize=1)
def get() -> Catalogue:
    return Catalogue()
