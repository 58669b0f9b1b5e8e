#!/usr/bin/env python3
"""What a set's misses are made of, by count only: safe on a held-out set.

    python eval/miss_kinds.py WAREHOUSE GOLD

A held-out set may be scored but not read (eval/REBUILD.md), so its score
alone says how much is wrong, not where to look. This prints no sentence,
value or file name: only how many required gold figures were never
extracted or were found with a wrong place, period, metric or unit (a
figure with the gold's value in the same article), and, for the wrong
place, how the two places relate (seeds/regions.csv: a city filed under its
province, a province under a sibling, ...) and how many articles hold them.
The sixth session's held-out pool showed why the last count matters: 72 of
97 wrong-place figures sat in three articles, an article-level choice of
place that no sentence rule reaches.

"Never extracted" is then split the same way, so that the largest kind can
be probed without reading a sentence: whether the figure was extracted and
quarantined (the reason's kind, never its quoted words), whether its
article gave no figure at all, whether its sentence gave other figures,
and the missed figures' metrics and units.

Then the figures found with the right value but filed under a wrong series
(the gap between value F1 and series F1): a part filed as its whole, a whole
filed as a part, unclassified where a catalogue series was due, or another
code, with the pair of catalogue codes (codes only). False finds are counted
by our own indicator and metric.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO.parent / "shared" / "eval"))

FIELDS = ("region", "metric", "unit", "period_end")


def regions(path: Path = REPO / "seeds" / "regions.csv") -> dict[str, dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["name"]: r for r in csv.DictReader(fh)}


def place_relation(gold: str, found: str, known: dict[str, dict]) -> str:
    """How a wrongly found place relates to the gold's, in words."""
    g, f = known.get(gold), known.get(found)
    if g is None or f is None:
        return "a place not in regions.csv"
    if g["parent"] == found:
        return f"the {g['level']}'s parent ({f['level']})"
    if f["parent"] == gold:
        return f"a {f['level']} inside the gold {g['level']}"
    if found == "China":
        return "China for a region"
    if g["parent"] and g["parent"] == f["parent"]:
        return f"a sibling {f['level']}"
    return "an unrelated place"


def kinds(misses: list[dict], found: list[dict], known: dict[str, dict]) -> dict[str, Counter]:
    """Counts of the misses' kinds, the wrong places' relations, and how the
    wrong-place figures spread over articles (the largest counts first)."""
    by_file = defaultdict(list)
    for f in found:
        by_file[f["file"]].append(f)
    kind, relation, per_article = Counter(), Counter(), Counter()
    for g in misses:
        same = _matching(g, by_file[g["file"]])
        if not same:
            kind["never extracted"] += 1
            continue
        f = same[0]
        wrong = [k for k in FIELDS if str(f.get(k))[:10] != str(g.get(k))[:10]]
        kind["wrong " + " and ".join(wrong) if wrong else "other (same value, fields agree)"] += 1
        if "region" in wrong:
            relation[place_relation(g["region"], f["region"], known)] += 1
            per_article[g["file"]] += 1
    spread = Counter({f"article {n}": c for n, c in enumerate(sorted(per_article.values(), reverse=True), 1)})
    return {"kind": kind, "wrong place, found as": relation, "wrong-place figures per article": spread}


def never_extracted(misses: list[dict], found: list[dict], quarantined: list[dict]) -> dict[str, Counter]:
    """The "never extracted" misses by where they were lost, by metric, by unit, and how they
    spread over articles (a few articles or many: a fault of a format or of a construction)."""
    found_files = {f["file"] for f in found}
    sentences = defaultdict(list)
    for f in found:
        sentences[f["file"]].append(" ".join(str(f.get("sentence") or "").split()))
    where, metric, unit, per_article = Counter(), Counter(), Counter(), Counter()
    for g in misses:
        if _matching(g, found):
            continue                    # found with a wrong field: counted by kinds()
        per_article[g["file"]] += 1
        metric[g.get("metric") or "?"] += 1
        unit[g.get("unit") or "?"] += 1
        held = _matching(g, quarantined)
        if held:
            where["quarantined: " + reason_kind(held[0]["reason"])] += 1
        elif g["file"] not in found_files:
            where["its article gave no figure at all"] += 1
        elif g.get("locator") and any(g["locator"] in s for s in sentences[g["file"]]):
            where["its sentence gave other figures"] += 1
        else:
            where["its sentence gave no figure"] += 1
    spread = Counter({f"article {n}": c for n, c in enumerate(sorted(per_article.values(), reverse=True), 1)})
    return {"never extracted, where it was lost": where, "never extracted, by metric": metric,
            "never extracted, by unit": unit, "never-extracted figures per article": spread}


def misfiled(pairs: list[tuple[dict, dict]], conflicted: set[tuple] = frozenset()) -> dict[str, Counter]:
    """Right value, wrong series: how the series key differs, and which codes.
    `conflicted` holds the (file, metric, period_end, value) of rows that the
    series checks took out of their series because the article states another
    value for the same key: the fault is then the other statement's."""
    kind, codes = Counter(), Counter()
    for g, f in pairs:
        gold_code, code = g["indicator"], f["indicator"]
        part = bool((f.get("breakdown") or "").strip())
        gold_part = bool(g.get("part_of") or g.get("breakdown"))
        if code == "unclassified" and _row_key(f) in conflicted:
            kind["unclassified: its article states another value for the same series key"] += 1
        elif code == "unclassified":
            kind["unclassified where a catalogue series was due"] += 1
        elif gold_part and not part:
            kind["a part filed as a whole"] += 1
        elif part and not gold_part:
            kind["a whole filed as a part"] += 1
        else:
            kind["another code"] += 1
        codes[f"{gold_code}{' (part)' if gold_part else ''} -> {code}{' (part)' if part else ''}"] += 1
    return {"right value, wrong series": kind, "right value, wrong series, by codes (gold -> found)": codes}


def _row_key(f: dict) -> tuple:
    return (f["file"], f["metric"], str(f["period_end"])[:10], round(float(f["value"]), 6))


def load_conflicted(warehouse: str) -> set[tuple]:
    """Keys of the rows taken out of their series by the one-value-per-key check."""
    import duckdb

    con = duckdb.connect(warehouse, read_only=True)
    try:
        rows = con.execute("""SELECT source_path, metric, period_end, value FROM observations
                              WHERE series_problem LIKE 'one article states different values%'
                                AND value IS NOT NULL""").fetchall()
    finally:
        con.close()
    return {_row_key(dict(file=Path(p).name, metric=m, period_end=e, value=v)) for p, m, e, v in rows}


def false_finds(rows: list[dict]) -> dict[str, Counter]:
    """False finds by our own indicator and metric."""
    return {"false finds, by our indicator and metric":
            Counter(f"{f.get('indicator')} {f.get('metric')}" for f in rows)}


def _matching(g: dict, rows: list[dict]) -> list[dict]:
    """Rows of g's article with g's value (the scorer's 0.5 percent)."""
    value = float(g["value"])
    return [r for r in rows if r["file"] == g["file"] and r.get("value") is not None
            and abs(float(r["value"]) - value) <= 0.005 * abs(value) + 1e-9]


def reason_kind(reason: str) -> str:
    """A quarantine reason without the words it quotes from the article:
    reasons name their kind first, then quote after a colon or bracket."""
    return reason.split("(")[0].split(":")[0].strip()[:80] or "?"


def load_quarantine(warehouse: str, files: set[str]) -> list[dict]:
    import duckdb

    con = duckdb.connect(warehouse, read_only=True)
    try:
        rows = con.execute("SELECT source_path, value, reason FROM quarantine WHERE value IS NOT NULL").fetchall()
    finally:
        con.close()
    return [dict(file=Path(p).name, value=v, reason=r) for p, v, r in rows if Path(p).name in files]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    import score   # ../shared/eval/score.py: the scorer's own matching

    gold = score.load_gold(argv[1])
    found = score.load_found(argv[0], {g["file"] for g in gold})
    result = score.score(gold, found, {})
    quarantined = load_quarantine(argv[0], {g["file"] for g in gold})
    tables = (kinds(result["misses"], found, regions()) | never_extracted(result["misses"], found, quarantined)
              | misfiled(result["misfiled"], load_conflicted(argv[0])) | false_finds(result["false_finds"]))
    for title, counts in tables.items():
        print(f"{title}:")
        for name, n in counts.most_common():
            print(f"  {n:4d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
