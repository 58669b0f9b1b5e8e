#!/usr/bin/env python3
"""The real-article corpus: where its texts live, its manifest, its gold.

The article texts are third-party news and never enter the repo. The repo
keeps what is needed to rebuild and check them (eval/manifest.csv: URL,
outlet, date, the search query that finds the text, its length and sha256)
and the gold answers with each sentence cut to a six-word locator
(eval/gold/*.gold.jsonl). The texts themselves live in one folder outside
the repo, named by the setting INDICATORS_CORPUS_DIR (default: ../corpus
beside the repo), with one folder per split inside. Development splits are
read while rules are written: dev/, dev2/ ... dev9/ (dev2 was the
first held-out set, scored held out in the first two sessions of 2026-12-06
and opened for rule writing in the third; dev3 was held-out 3, scored held
out with the second and third sessions' rules and opened in the fourth;
dev4 was held-out 4, scored held out with the third and fourth sessions'
rules and opened in the fifth; dev5 was held-out 5, scored held out with
the fourth and fifth sessions' rules and opened in the sixth; dev6 was
held-out 6, scored held out with the fifth and sixth sessions' rules and
opened in the seventh; dev7 was held-out 7, scored held out with the
sixth and seventh sessions' rules and opened in the eighth; dev8 was
held-out 8, scored held out with the seventh and eighth sessions' rules and
opened in the ninth; dev9 was held-out 9, scored held out with the eighth,
ninth and tenth sessions' rules and opened at the tenth's end). Held-out
splits are never read by a rule author: heldout2/ and heldout10/ (tenth
session), each collected and annotated
during a session by people who wrote no rules.
The stream/ split (fifth session) has no gold: a broader sample of the same
sources whose extractor output eval/stream_report.py sorts by kind.

    python eval/corpus.py check            # texts present and identical to the manifest; every locator found
    python eval/corpus.py save BATCH.jsonl # rebuild texts from excerpts copied out of the search tool (REBUILD.md)
    python eval/corpus.py publish DIR      # adjudicated gold DIR/*.jsonl -> eval/gold/<split>.gold.jsonl
    python eval/corpus.py summary          # counts by split, region, topic, year, outlet (Markdown)
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MANIFEST = REPO / "eval" / "manifest.csv"
GOLD_DIR = REPO / "eval" / "gold"
DEV_SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9")
HELDOUT_SPLITS = ("heldout2", "heldout10")
STREAM_SPLITS = ("stream",)   # unannotated: read by eval/stream_report.py, scored by nobody
GOLD_SPLITS = DEV_SPLITS + HELDOUT_SPLITS
SPLITS = GOLD_SPLITS + STREAM_SPLITS
LOCATOR_WORDS = 6


def corpus_dir() -> Path:
    return Path(os.environ.get("INDICATORS_CORPUS_DIR") or REPO.parent / "corpus")


def manifest() -> list[dict]:
    with MANIFEST.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def squash(text: str) -> str:
    return " ".join(text.split())


def locator(sentence: str) -> str:
    """The first six words of a sentence: enough to find it, too little to republish it."""
    return " ".join(sentence.split()[:LOCATOR_WORDS])


def check(root: Path) -> list[str]:
    """Problems with a rebuilt text folder: missing or altered texts, locators not found."""
    problems = []
    texts = {}
    for row in manifest():
        path = root / row["file"]
        if not path.exists():
            problems.append(f"{row['file']}: missing")
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != row["sha256"]:
            problems.append(f"{row['file']}: text differs from the manifest (sha256)")
        texts[Path(row["file"]).name] = squash(data.decode("utf-8"))
    for split in SPLITS:
        gold = GOLD_DIR / f"{split}.gold.jsonl"
        if not gold.exists():
            continue
        for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            text = texts.get(row["file"])
            if text is not None and squash(row["locator"]) not in text:
                problems.append(f"{gold.name}:{n}: locator {row['locator']!r} not in {row['file']}")
    return problems


def save(batch: Path, root: Path) -> list[str]:
    """Write the texts of a rebuild batch and say, for each, whether it is the
    manifest's text. A batch line is {"file": <manifest file>, "excerpt":
    <the search tool's JSON string, copied with its escapes as displayed>}:
    copying the JSON string rather than the text it stands for keeps line
    breaks, quotes and non-ASCII characters exact, which is what lets a
    rebuilt text match its sha256."""
    rows = {r["file"]: r for r in manifest()}
    verdicts = []
    for n, line in enumerate(batch.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            verdicts.append(f"{batch.name}:{n}: not a JSON line ({exc})")
            continue
        row = rows.get(rec.get("file"))
        if row is None:
            verdicts.append(f"{batch.name}:{n}: {rec.get('file')!r} is not in the manifest")
            continue
        path = root / row["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        data = rec["excerpt"].encode("utf-8")
        path.write_bytes(data)
        same = hashlib.sha256(data).hexdigest() == row["sha256"]
        verdicts.append(f"{row['file']}: " + ("OK" if same else
                        f"differs from the manifest ({len(rec['excerpt'])} characters, manifest {row['chars']})"))
    return verdicts


def publish(src: Path) -> dict[str, int]:
    """Adjudicated gold (one JSONL per article, full sentences) -> the repo's
    gold file of each split those articles belong to, each sentence cut to
    its locator. Splits with no article in `src` are left as they are."""
    split_of = {Path(r["file"]).name: r["split"] for r in manifest()}
    articles = sorted(src.glob("*.jsonl"))
    out: dict[str, list[str]] = {split_of[p.stem + ".txt"]: [] for p in articles}
    for path in articles:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            sentence = row.pop("sentence", "")
            row["locator"] = locator(sentence)
            out[split_of[row["file"]]].append(json.dumps(row, ensure_ascii=False))
    GOLD_DIR.mkdir(exist_ok=True)
    for split, rows in out.items():
        (GOLD_DIR / f"{split}.gold.jsonl").write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    return {s: len(r) for s, r in out.items()}


def summary() -> str:
    """The corpus's breadth, from the manifest, as Markdown tables."""
    from collections import Counter

    rows = manifest()
    lines = [f"{len(rows)} articles; "
             + ", ".join(f"{sum(r['split'] == s for r in rows)} {s}" for s in SPLITS) + "; "
             f"{sum(r['figure_poor'] == 'true' for r in rows)} figure-poor; "
             f"{len({r['outlet'] for r in rows})} outlets.", ""]
    tables = [("region", Counter(r["region"] for r in rows)),
              ("topic", Counter(t for r in rows for t in r["topics"].split("|") if t)),
              ("year published", Counter(r["published"][:4] if r["published"] else "not stated" for r in rows))]
    for name, counts in tables:
        lines += [f"| {name} | articles |", "| --- | --- |"]
        lines += [f"| {k} | {n} |" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        lines.append("")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check")
    c.add_argument("dir", nargs="?", type=Path)
    p = sub.add_parser("publish")
    p.add_argument("dir", type=Path)
    v = sub.add_parser("save")
    v.add_argument("batch", type=Path)
    sub.add_parser("summary")
    args = ap.parse_args(argv)
    if args.cmd == "summary":
        print(summary())
        return 0
    if args.cmd == "save":
        verdicts = save(args.batch, corpus_dir())
        print("\n".join(verdicts))
        return 0 if all(v.endswith(": OK") for v in verdicts) else 1
    if args.cmd == "check":
        root = args.dir or corpus_dir()
        problems = check(root)
        for line in problems:
            print(line)
        print(f"{root}: {'OK' if not problems else str(len(problems)) + ' problems'}")
        return 1 if problems else 0
    print(publish(args.dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
