"""The nouns that refer back to a place: "the province", "the city", "the
region", "the SAR", "the island". Which places a noun can mean is read from
each place's aliases (how they end) and level, and from cues.csv place_noun
for what news calls a place though no alias ends with it ("Hong Kong|city").
"""
from __future__ import annotations

from functools import lru_cache

from . import catalogue


@lru_cache(maxsize=None)
def kinds(region: str | None) -> frozenset[str]:
    """The nouns that can refer back to a region ("the province", "the city",
    "the region"), read from how its aliases end: "Guangxi Zhuang Autonomous
    Region" is "the region", "Beijing Municipality" is "the city" and "the
    municipality", never "the province"; a province with no such alias is
    "the province", a city "the city", an area "the region" / "the area" /
    "the zone"."""
    cat = catalogue.get()
    reg = cat.regions.get(region or "")
    if reg is None:
        return frozenset()
    if reg.level == "country":
        return frozenset(("country", "nation"))
    nouns = {n.lower() for n in cat.cues.get("anaphor_noun", ())}
    own = {n for n in nouns for a in reg.aliases if a.lower().endswith(" " + n)}
    default = {"province": {"province"}, "city": {"city", "municipality", "district"},
               "area": {"region", "area", "zone"}}.get(reg.level, set())
    out = (own or default) if reg.level == "province" else own | default
    # "Hong Kong's GDP grew ... The city's retail sales", "Taiwan's exports ... the island's":
    # what English news calls a place though no alias ends with it (cues.csv place_noun)
    out = out | place_nouns().get(reg.name, frozenset())
    if "municipality" in out:
        out |= {"city"}
    return frozenset(out)


@lru_cache(maxsize=1)
def place_nouns() -> dict[str, frozenset[str]]:
    """Region -> the nouns of cues.csv place_noun ("Hong Kong|city") that refer back to it."""
    out: dict[str, set[str]] = {}
    for p in catalogue.get().cues.get("place_noun", ()):
        region, noun = p.split("|", 1)
        out.setdefault(region, set()).add(noun.lower())
    return {r: frozenset(n) for r, n in out.items()}
