#!/usr/bin/env python3
"""Compare two independent annotation passes of the real-article corpus.

    python eval/compare_passes.py A_DIR B_DIR OUT_DIR

Rows of the two passes are matched like the scorer matches (file, region,
metric, unit, period end, value within 0.5 percent). For each article it
writes OUT_DIR/<article>.jsonl: rows both passes agree on (`agreed`, series
included: same indicator and the same whole/part), rows only one pass has
(`only_a`, `only_b`) and matched rows filed under different series
(`series_a`/`series_b`), so an adjudicator reads just the disagreements. It
prints the agreement figures recorded in the README.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
from score import close, key  # noqa: E402  (the scorer's own matching)


def load(path: Path) -> list[dict]:
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()] if path.exists() else []


def series(row: dict) -> tuple:
    return (row.get("indicator"), bool(row.get("breakdown")), bool(row.get("uncatalogued")))


def compare(a: list[dict], b: list[dict]) -> dict[str, list]:
    out = {"agreed": [], "only_a": [], "only_b": [], "series": []}
    used = set()
    for ra in a:
        hit = next((j for j, rb in enumerate(b) if j not in used and key(ra) == key(rb)
                    and close(ra["value"], rb["value"])), None)
        if hit is None:
            out["only_a"].append(ra)
            continue
        used.add(hit)
        rb = b[hit]
        if series(ra) == series(rb) and bool(ra.get("optional")) == bool(rb.get("optional")):
            out["agreed"].append(ra)
        else:
            out["series"].append({"a": ra, "b": rb})
    out["only_b"] = [rb for j, rb in enumerate(b) if j not in used]
    return out


def main(a_dir: str, b_dir: str, out_dir: str) -> None:
    a_dir, b_dir, out = Path(a_dir), Path(b_dir), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    totals = {"agreed": 0, "only_a": 0, "only_b": 0, "series": 0}
    n = 0
    for pa in sorted(a_dir.glob("*.jsonl")):
        pb = b_dir / pa.name
        if not pb.exists():
            continue
        n += 1
        c = compare(load(pa), load(pb))
        for k in totals:
            totals[k] += len(c[k])
        (out / pa.name).write_text(json.dumps(c, ensure_ascii=False, indent=1), encoding="utf-8")
    figures = totals["agreed"] + totals["series"] + totals["only_a"] + totals["only_b"]
    print(f"articles annotated twice: {n}")
    print(f"figure rows: {figures}; agreed in full {totals['agreed']}; same figure, different series or "
          f"optional flag {totals['series']}; in one pass only {totals['only_a'] + totals['only_b']}")
    if figures:
        print(f"disagreement rate: {(figures - totals['agreed']) / figures:.1%}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
