#!/usr/bin/env python3
"""Scratch scorer for the extractor alone (no warehouse).

    python bench/score_extract.py            # the five shared seeds
    python bench/score_extract.py --devset   # /work/devset (or $INDICATOR_DEVSET)
    python bench/score_extract.py --corpus   # the sample corpus seeds/articles/ (gold.jsonl there)
Articles are read with indicator_warehouse.documents.read_document, as the
pipeline reads them, so the numbers match `indicators run` + score.py.
    add --agree to list matches whose indicator code disagrees with gold
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import extract_helpers as h  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--devset", action="store_true")
    ap.add_argument("--corpus", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    if args.devset and args.corpus:
        sys.exit("--devset and --corpus are exclusive")
    if args.devset:
        golds = sorted(h.DEVSET.glob("*.gold.jsonl"))
        arts = h.DEVSET / "articles"
        s = h.score_dir(arts, golds[0])
    elif args.corpus:
        d = h.REPO / "seeds" / "articles"
        s = h.score_dir(d, d / "gold.jsonl")
    else:
        s = h.score_dir(h.SEEDS_DIR, h.SEEDS_GOLD)
    print(h.report(s, show=not args.quiet))


if __name__ == "__main__":
    main()
