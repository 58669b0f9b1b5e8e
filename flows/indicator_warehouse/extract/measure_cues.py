"""Cue-word tests the indicator choice asks of a figure's sentence.

Each reads one kind of seeds/cues.csv word list: whether a count is a
capacity, whether anything in the sentence says a product was made, whether
a name is a generic measure noun, whether a count carries its own noun.
Kept apart from indicators.py, which weighs the catalogue's names, so that
module reads as the choice itself.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue

_CLAUSE_MARK_RE = re.compile(r"[,;:]")


def capacity_before(s: str, a: int) -> bool:
    """Whether the figure's own clause, before it, says it is a capacity (cues.csv `capacity_cue`)."""
    lo = max(0, a - 60)
    marks = [m.end() for m in _CLAUSE_MARK_RE.finditer(s, lo, a)]
    return _capacity_re().search(s, marks[-1] if marks else lo, a) is not None


@lru_cache(maxsize=1)
def _capacity_re() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w])(?:{capacity_cue})(?![\w])", re.IGNORECASE)


def unmade(s: str, start: int, end: int) -> bool:
    """Whether a product's output is named by the product alone and nothing
    in its sentence says it was made: "Shanghai promoted 160,000 new energy
    vehicles", "licences issued to 902 vehicles", "equating to 30,629 NEVs"
    count vehicles sold, put on the road or licensed, not produced
    (seeds/cues.csv `production_word`)."""
    made = _production_word_re()
    if _moved_re().match(s, end) is not None:
        # "China-made automobiles exported to Central Asia ...": goods moved, whatever made them
        return True
    return made.search(s, start, end) is None and made.search(s) is None


@lru_cache(maxsize=1)
def _production_word_re() -> re.Pattern:
    # not the end of a compound: "China-made", "home-built" say where goods come from, not that they were made then
    return re.compile("(?<!-)" + catalogue.get().cue_regex_any("production_word").pattern, re.IGNORECASE)


@lru_cache(maxsize=1)
def _moved_re() -> re.Pattern:
    return catalogue.get().cue_pattern(r"\s+(?:{moved_not_made})\b", re.IGNORECASE)


def generic(name: str) -> bool:
    """A name that is a series only with the sector it is of (cues.csv `generic_measure`: "added value")."""
    return catalogue.alias_key(name).replace("-", " ") in _generic_measures()


@lru_cache(maxsize=1)
def _generic_measures() -> frozenset[str]:
    return frozenset(w.lower() for w in catalogue.get().cues.get("generic_measure", []))


def counts_entities(s: str, a: int, b: int) -> bool:
    """Whether the count at [a, b) carries its own noun for what it counts
    ("520 enterprises"; cues.csv `counted_entity`)."""
    return _counted_entity_re().search(s, a, b) is not None


@lru_cache(maxsize=1)
def _counted_entity_re() -> re.Pattern:
    return catalogue.get().cue_regex_any("counted_entity")


def setting_only(s: str, key: str, start: int) -> bool:
    """Whether a catalogue name at `start` (its alias key `key`) is only the
    setting of another measure: a name that is also where things happen
    (cues.csv `setting_name`: "economy") right after a word that makes it an
    object (`setting_lead`): "foreign investment in Hainan's economy", "the
    coal industry led the economy with a growth of 32.9 percent". The
    figure then measures something else, named or not, never the economy."""
    if key not in _setting_names():
        return False
    lead = _setting_lead_re().search(s, max(0, start - 60), start)
    # "growth in the province's economy", "a rise in the economy": the change
    # of the economy itself, which is the measure
    return lead is not None and _change_noun_end_re().search(s, max(0, lead.start() - 30), lead.start()) is None


def setting_before(s: str, a: int) -> bool:
    """Whether a setting name before position a is only a setting (see
    setting_only): the figure's clause then has a subject of its own that the
    catalogue lacks, not the measure an earlier sentence named."""
    if "conom" not in s[:a]:
        return False   # a cheap gate: the setting names are "economy", "economies"
    return any(setting_only(s, m.group(0).lower(), m.start()) for m in _setting_name_re().finditer(s, 0, a))


@lru_cache(maxsize=1)
def _setting_name_re() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{setting_name})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _change_noun_end_re() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{rate_up_noun}|{rate_down_noun}|slowdown|rebound|recovery)s?\s+$",
                                       re.IGNORECASE)


@lru_cache(maxsize=1)
def _setting_names() -> frozenset[str]:
    return frozenset(w.lower() for w in catalogue.get().cues.get("setting_name", []))


@lru_cache(maxsize=1)
def _setting_lead_re() -> re.Pattern:
    # "in the ", "led its ", "to Hainan's ", "into the local ": the lead word,
    # then at most a determiner or owner and one adjective before the name
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:{setting_lead})\s+(?:(?:the|its|their|this|our|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?(?:'s|\u2019s))\s+)?"
        r"(?:(?:local|national|regional|provincial|municipal|city's|province's|real|whole|overall|broader|wider)\s+)?$",
        variants=False)


# between a growth rate and the level it grew to: " percent year on year to reach "
_GREW_TO_LEVEL_RE = re.compile(r"\s*(?:percent|per\s+cent|%)?\s*(?:year[-\s]on[-\s]year\s*)?,?\s*to\s+"
                               r"(?:(?:reach|hit|total|stand\s+at|a\s+total\s+of)\s+)?"
                               r"(?:(?:about|around|nearly|over|more\s+than|some|approximately|roughly)\s+)?", re.I)


def grew_to_other_unit(s: str, m, nxt, code: str) -> bool:
    """Whether a growth rate at mention m is followed by the level it grew to
    ("rose 9 percent to 3.2 million tonnes", mention nxt) in a unit that the
    measure `code` is never counted in (imports are money, not cubic meters):
    the rate is then that quantity's growth, not the measure's."""
    if nxt is None or nxt.unit in (None, "percent", "count", "person") or " to " not in s[m.end:nxt.start]:
        return False
    if not _GREW_TO_LEVEL_RE.fullmatch(s, m.conv_end or m.end, nxt.start):
        return False
    from .indicators import compatible   # (indicators imports this module)
    return not compatible(code, nxt.unit, "level")
