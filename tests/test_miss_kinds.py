"""eval/miss_kinds.py counts what a set's misses are made of, without naming any."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
import miss_kinds  # noqa: E402

KNOWN = {
    "China": {"name": "China", "level": "country", "parent": ""},
    "Guangdong": {"name": "Guangdong", "level": "province", "parent": "China"},
    "Fujian": {"name": "Fujian", "level": "province", "parent": "China"},
    "Shenzhen": {"name": "Shenzhen", "level": "city", "parent": "Guangdong"},
}


def row(file, region, value, period_end="2023-12-31", metric="level", unit="CNY"):
    return dict(file=file, region=region, value=value, period_end=period_end, metric=metric, unit=unit)


def test_kinds_relations_and_spread():
    misses = [row("a.txt", "Shenzhen", 1.0), row("a.txt", "Shenzhen", 2.0), row("a.txt", "Guangdong", 3.0),
              row("b.txt", "Fujian", 4.0), row("b.txt", "Fujian", 5.0, period_end="2022-12-31"),
              row("c.txt", "Fujian", 6.0)]
    found = [row("a.txt", "Guangdong", 1.0), row("a.txt", "Guangdong", 2.0), row("a.txt", "Shenzhen", 3.0),
             row("b.txt", "Guangdong", 4.0), row("b.txt", "Fujian", 5.0), row("c.txt", "Fujian", 99.0)]
    out = miss_kinds.kinds(misses, found, KNOWN)
    assert out["kind"] == {"wrong region": 4, "wrong period_end": 1, "never extracted": 1}
    assert out["wrong place, found as"] == {"the city's parent (province)": 2, "a city inside the gold province": 1,
                                            "a sibling province": 1}
    # three wrong places in one article, one in another: the spread shows the concentration
    assert sorted(out["wrong-place figures per article"].values(), reverse=True) == [3, 1]


def test_place_relations():
    assert miss_kinds.place_relation("Guangdong", "China", KNOWN) == "the province's parent (country)"
    assert miss_kinds.place_relation("Shenzhen", "Fujian", KNOWN) == "an unrelated place"
    assert miss_kinds.place_relation("Atlantis", "China", KNOWN) == "a place not in regions.csv"


def test_the_real_region_list_has_what_the_relations_read():
    known = miss_kinds.regions()
    assert known["Shenzhen"]["parent"] == "Guangdong" and known["Guangdong"]["level"] == "province"
