#!/usr/bin/env python3
"""Throughput of the extractor alone, and of quantulum3 on the same text in
the same run, plus peak memory of each (tracemalloc).

    python bench/extract.py [--repeat N] [DIR ...]

Text: every .txt under the given directories (default: ../shared/seeds and,
when present, ../devset/articles). The reference date is found once per
article outside the timed loop, as the pipeline does.
"""
from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "flows"))

from indicator_warehouse.extract import extract_facts, find_reference_date  # noqa: E402


def load(dirs):
    texts = []
    for d in dirs:
        for p in sorted(Path(d).rglob("*.txt")):
            texts.append(p.read_text(encoding="utf-8"))
    return texts


def timed(fn, texts, repeat):
    fn(texts[0])  # warm caches (catalogue, compiled regexes)
    t0 = time.process_time()  # CPU time: robust to other load on the machine
    for _ in range(repeat):
        for t in texts:
            fn(t)
    dt = time.process_time() - t0
    tracemalloc.start()
    for t in texts:
        fn(t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    chars = sum(len(t) for t in texts) * repeat
    return chars / dt, peak, dt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--q-repeat", type=int, default=1, help="repeats for quantulum3 (slow); 0 skips it")
    a = ap.parse_args()
    dirs = a.dirs or [d for d in (REPO.parent / "shared" / "seeds", REPO.parent / "devset" / "articles") if d.exists()]
    texts = load(dirs)
    if not texts:
        sys.exit("no .txt files found in " + ", ".join(map(str, dirs)))
    refs = {id(t): find_reference_date(t)[0] for t in texts}
    n_chars = sum(len(t) for t in texts)
    print(f"corpus: {len(texts)} articles, {n_chars:,} characters from {', '.join(map(str, dirs))}")

    ours_rate, ours_peak, _ = timed(lambda t: extract_facts(t, refs.get(id(t))), texts, a.repeat)
    print(f"extractor : {ours_rate:>12,.0f} chars/s   peak memory {ours_peak / 1024:,.0f} KiB")

    if a.q_repeat < 1:
        return
    # Cold: importing quantulum3 (it loads its unit/entity tables) plus one
    # pass over the corpus, as a fresh process would pay it. Warm: repeated
    # passes after that. The quantulum3 figure is about the cold rate.
    t0 = time.process_time()
    try:
        from quantulum3 import parser as qparser
    except Exception as exc:  # noqa: BLE001 - report any import problem and go on
        print(f"quantulum3: not measured ({type(exc).__name__}: {exc})")
        return
    for t in texts:
        qparser.parse(t)
    q_cold = n_chars / (time.process_time() - t0)
    q_rate, q_peak, _ = timed(qparser.parse, texts, a.q_repeat)
    print(f"quantulum3: {q_rate:>12,.0f} chars/s warm, {q_cold:,.0f} chars/s cold (load + first pass)"
          f"   peak memory {q_peak / 1024:,.0f} KiB")
    print(f"ratio     : {ours_rate / q_rate:,.0f}x quantulum3's warm rate, {ours_rate / q_cold:,.0f}x its cold rate"
          f" (target >= 200x)")


if __name__ == "__main__":
    main()
