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


def test_never_extracted_says_where_it_was_lost_without_quoting():
    def gold(file, value, locator, metric="level", unit="CNY"):
        return dict(row(file, "Fujian", value, metric=metric, unit=unit), locator=locator)

    misses = [gold("a.txt", 1.0, "In the first half, exports"),       # quarantined
              gold("a.txt", 2.0, "Imports rose 5 percent to", "yoy_growth_pct", "percent"),   # sentence gave others
              gold("a.txt", 3.0, "A sentence nobody read for"),      # sentence gave none
              gold("b.txt", 4.0, "Whatever it says here now"),       # article gave none
              gold("a.txt", 7.0, "Found under a wrong place")]       # not never-extracted: kinds() counts it
    found = [dict(row("a.txt", "Fujian", 9.0), sentence="Imports  rose 5 percent to 9 billion yuan."),
             dict(row("a.txt", "Xiamen", 7.0), sentence="Found under a wrong place, 7 yuan.")]
    held = [dict(file="a.txt", value=1.0, reason="unresolved relative date (no reference date): the first half")]
    out = miss_kinds.never_extracted(misses, found, held)
    assert out["never extracted, where it was lost"] == {
        "quarantined: unresolved relative date": 1, "its sentence gave other figures": 1,
        "its sentence gave no figure": 1, "its article gave no figure at all": 1}
    assert out["never extracted, by metric"] == {"level": 3, "yoy_growth_pct": 1}
    assert out["never extracted, by unit"] == {"CNY": 3, "percent": 1}
    # three lost in one article, one in another: the spread, with no file named
    assert sorted(out["never-extracted figures per article"].values(), reverse=True) == [3, 1]
    # the reason's quoted words never reach the report
    assert miss_kinds.reason_kind("a level must be positive: -5 billion in Macao") == "a level must be positive"


def test_misfiled_says_how_the_series_key_differs_with_codes_only():
    def pair(gold_code, code, part_of=None, breakdown=None):
        g = dict(row("a.txt", "Fujian", 1.0), indicator=gold_code, part_of=part_of, locator="never printed")
        return g, dict(row("a.txt", "Fujian", 1.0), indicator=code, breakdown=breakdown, sentence="never printed")

    conflicted = pair("imports", "unclassified")
    conflicted[1]["value"] = 2.0
    out = miss_kinds.misfiled([pair("foreign_trade", "foreign_trade", part_of="foreign_trade"),
                               pair("exports", "exports", breakdown="partner=ASEAN"),
                               pair("rd_expenditure", "unclassified"), conflicted,
                               pair("gdp", "rd_expenditure"), pair("gdp", "rd_expenditure")],
                              {("a.txt", "level", "2023-12-31", 2.0)})
    assert out["right value, wrong series"] == {
        "a part filed as a whole": 1, "a whole filed as a part": 1,
        "unclassified where a catalogue series was due": 1, "another code": 2,
        "unclassified: its article states another value for the same series key": 1}
    assert out["right value, wrong series, by codes (gold -> found)"]["gdp -> rd_expenditure"] == 2
    assert out["right value, wrong series, by codes (gold -> found)"]["foreign_trade (part) -> foreign_trade"] == 1
    assert "never printed" not in repr(out)


def test_false_finds_are_counted_by_our_own_code_and_metric():
    rows = [dict(row("a.txt", "Fujian", 1.0), indicator="gdp"), dict(row("b.txt", "Fujian", 2.0), indicator="gdp")]
    assert miss_kinds.false_finds(rows) == {"false finds, by our indicator and metric": {"gdp level": 2}}
