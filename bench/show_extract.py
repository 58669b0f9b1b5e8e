#!/usr/bin/env python3
"""Debug view: reference date, facts and (if given) gold rows for articles.

    python bench/show_extract.py ARTICLE.txt [--gold GOLD.jsonl] [--all]
"""
import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import extract_helpers as h  # noqa: E402
from indicator_warehouse.extract import extract_facts  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--gold")
    ap.add_argument("--all", action="store_true", help="also targets and quarantined rows")
    a = ap.parse_args()
    gold = [json.loads(l) for l in open(a.gold)] if a.gold else []
    for p in a.paths:
        p = Path(p)
        t, ref, basis = h.load_article(p)
        print(f"== {p.name}  ref={ref} ({basis})")
        for f in extract_facts(t, ref):
            if not a.all and (f.is_target or f.problem):
                continue
            print(f"  {f.indicator:28} {f.region:12} {f.metric:14} {f.period_type or '-':6} {f.period_end} "
                  f"{f.value * f.scale:<16g} {f.unit:10} {f.qualifier:6} {'T' if f.is_target else ''}{f.problem or ''} "
                  f"| {f.sentence[max(0, f.start - 0):][:0]}{t[f.start:f.end]!r} | {f.sentence[:90]}")
        for g in gold:
            if os.path.basename(g["file"]) == p.name:
                print(f"  GOLD{'(opt)' if g.get('optional') else '     '} {g['indicator']:28} {g['region']:12} {g['metric']:14} "
                      f"{g['period_end']} {g['value']:<16g} {g['unit']} | {g.get('sentence', '')[:90]}")


if __name__ == "__main__":
    main()
