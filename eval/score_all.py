#!/usr/bin/env python3
"""Score the pipeline on every corpus present: `make score`.

    python eval/score_all.py [--heldout [SPLIT ...]] [--metadata] [--show NAME] [--json]

For each set it runs `indicators run` into a fresh warehouse and scores it
with ../shared/eval/score.py: value F1 (right value, period and place),
series F1 (also filed under the right indicator and breakdown) and how
often the indicator code agrees, and how many series keys of one article
carry two values that cannot both be true (`two values`: issue 12 wants
none outside quarantine). The sets are the five shared seeds, the
bundled sample corpus, and the real-article development sets (dev, dev2 ... dev9)
when their texts are present (eval/corpus.py; INDICATORS_CORPUS_DIR). The
held-out sets (eval/corpus.py HELDOUT_SPLITS) are scored only with --heldout, all of
them or the ones named, and then also as one pool: each at most once a
session, and every score is written into the README's accuracy table, the
first one included.

--metadata gives each corpus article a sidecar (NAME.meta.json, the
pipeline's documented metadata) with the manifest's URL and published date,
as an analyst's collection would have them. The annotators dated "this
year" and "the first half" from that date; a text that states no date of its
own can be dated only from it. The default measures texts alone, as a
folder of bare files would be read.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

REPO = corpus.REPO
SCORER = REPO.parent / "shared" / "eval" / "score.py"
INDICATORS = Path(sys.executable).with_name("indicators")


def sets(heldout: list[str]) -> list[tuple[str, Path, Path]]:
    root = corpus.corpus_dir()
    out = [("seeds", REPO.parent / "shared" / "seeds", REPO.parent / "shared" / "eval" / "seeds.gold.jsonl"),
           ("sample", REPO / "seeds" / "articles", REPO / "seeds" / "articles" / "gold.jsonl")]
    for split in [*corpus.DEV_SPLITS, *heldout]:
        out.append((split, root / split, corpus.GOLD_DIR / f"{split}.gold.jsonl"))
    return out


def with_sidecars(split: str, source: Path, dest: Path) -> Path:
    """A copy of a corpus split's texts, each with a sidecar of its manifest URL and published date."""
    dest.mkdir()
    for row in corpus.manifest():
        if row["split"] != split or not (source / Path(row["file"]).name).exists():
            continue
        name = Path(row["file"]).name
        shutil.copyfile(source / name, dest / name)
        meta = {"url": row["url"]} | ({"published": row["published"]} if row["published"] else {})
        (dest / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return dest


def pooled(splits: list[str], root: Path, dest: Path) -> tuple[Path, Path]:
    """One folder with the texts of several splits and one gold file with their
    rows: the held-out sets scored as one pool, whose F1 is steadier than each
    set's alone (file names carry their article number, so they do not clash)."""
    texts = dest / "texts"
    texts.mkdir(parents=True)
    gold = dest / "pool.gold.jsonl"
    with gold.open("w", encoding="utf-8") as out:
        for split in splits:
            for path in sorted((root / split).glob("*.txt")):
                shutil.copyfile(path, texts / path.name)
            out.write((corpus.GOLD_DIR / f"{split}.gold.jsonl").read_text(encoding="utf-8"))
    return texts, gold


def score_set(name: str, source: Path, gold: Path, show: bool, metadata: bool = False) -> dict | None:
    if not source.is_dir() or not gold.exists():
        print(f"{name}: skipped ({source if not source.is_dir() else gold} is absent)", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as tmp:
        warehouse = Path(tmp) / f"{name}.duckdb"
        if metadata and name in corpus.SPLITS:
            source = with_sidecars(name, source, Path(tmp) / "texts")
        run = subprocess.run([str(INDICATORS), "run", "--source", str(source), "--warehouse", str(warehouse)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"{name}: indicators run failed: {run.stderr.strip().splitlines()[-1:]}")
        args = [sys.executable, str(SCORER), "--warehouse", str(warehouse), "--gold", str(gold), "--json"]
        figures = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
        figures["two_values"] = len(two_value_keys(warehouse))
        if show:
            print(subprocess.run(args[:-1] + ["--show"], capture_output=True, text=True, check=True).stdout)
    return figures


def two_value_keys(warehouse: Path) -> list[tuple]:
    """(article, indicator, breakdown, region, metric, period, unit) keys that the series views
    show with two statements that cannot both be true of one figure (consistency.statements_agree)."""
    import duckdb
    from indicator_warehouse.consistency import statements_agree

    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("""
            SELECT article_id, indicator, breakdown, region, metric, period_type, period_start, period_end, unit,
                   list(DISTINCT (qualifier, value))
            FROM observations
            WHERE indicator <> 'unclassified'
            GROUP BY ALL
            HAVING count(DISTINCT value) > 1""").fetchall()
    return [r[:-1] for r in rows
            if not all(statements_agree(a, b) for i, a in enumerate(r[-1]) for b in r[-1][i + 1:])]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heldout", nargs="*", choices=corpus.HELDOUT_SPLITS, metavar="SPLIT",
                    help=f"also score the held-out sets, all or the ones named ({', '.join(corpus.HELDOUT_SPLITS)}); "
                         "each at most once a session")
    ap.add_argument("--metadata", action="store_true",
                    help="give each corpus article a sidecar with its manifest URL and published date")
    ap.add_argument("--show", action="append", default=[], help="list misses and misfilings for this set")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    results = {}
    heldout = [] if args.heldout is None else (args.heldout or list(corpus.HELDOUT_SPLITS))
    for name, source, gold in sets(heldout):
        figures = score_set(name, source, gold, name in args.show, args.metadata)
        if figures is not None:
            results[name] = figures
    present = [s for s in heldout if s in results]
    if len(present) > 1:
        with tempfile.TemporaryDirectory() as tmp:
            texts, gold = pooled(present, corpus.corpus_dir(), Path(tmp))
            results["pool"] = score_set("pool", texts, gold, False)
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"{'set':8} {'gold':>5} {'found':>6} {'value P':>8} {'value R':>8} {'value F1':>9} "
          f"{'series F1':>10} {'code agrees':>12} {'two values':>11}")
    for name, f in results.items():
        print(f"{name:8} {f['gold']:>5} {f['found']:>6} {f['precision']:>8.3f} {f['recall']:>8.3f} "
              f"{f['f1']:>9.3f} {f['series_f1']:>10.3f} {f['indicator_agreement']:>12.1%} {f['two_values']:>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
