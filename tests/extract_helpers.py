"""Shared helpers for the extractor tests and the scoring scripts in bench/.

Scores the extractor on gold-annotated articles *without* the warehouse: the
articles are read from disk, the reference date comes from a `*.meta.json`
sidecar ("published") when present, else from find_reference_date, and the
facts that would reach the `observations` view (no target, no problem, a
period) are compared with gold using the scorer's own matching rule, imported
from ../shared/eval/score.py.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS_DIR = SHARED / "seeds"
SEEDS_GOLD = SHARED / "eval" / "seeds.gold.jsonl"
SCORE_PY = SHARED / "eval" / "score.py"

if str(REPO / "flows") not in sys.path:
    sys.path.insert(0, str(REPO / "flows"))


def load_scorer():
    """The shared scorer module, or None when ../shared is absent."""
    if not SCORE_PY.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SUFFIXES = (".txt", ".md", ".html", ".htm")


def load_article(path: Path):
    """(text, reference date, basis) exactly as the pipeline gets them:
    read_document (front matter, HTML, NAME.meta.json / NAME.txt.meta.json
    sidecars), then the extractor's own dateline/inference when the metadata
    has no date."""
    from indicator_warehouse.documents import read_document
    from indicator_warehouse.extract import find_reference_date

    path = Path(path)
    doc = read_document(path, path.read_bytes())
    if doc.published_date is not None:
        return doc.text, doc.published_date, doc.date_basis or "metadata"
    ref, basis = find_reference_date(doc.text)
    return doc.text, ref, basis


def reference_date_for(path: Path, text: str):
    """(date, basis): metadata sidecar first, like the pipeline does."""
    from indicator_warehouse.extract import find_reference_date

    for meta in (path.with_suffix(".meta.json"), Path(str(path) + ".meta.json")):
        if meta.exists():
            try:
                pub = json.loads(meta.read_text(encoding="utf-8")).get("published")
                if pub:
                    return date.fromisoformat(str(pub)[:10]), "metadata"
            except (ValueError, OSError):
                pass
    return find_reference_date(text)


def found_rows(paths) -> list[dict]:
    """Rows as the observations view would hold them."""
    from indicator_warehouse.extract import extract_facts

    rows = []
    for path in paths:
        path = Path(path)
        text, ref, _ = load_article(path)
        for f in extract_facts(text, ref):
            if f.is_target or f.problem or f.period_end is None:
                continue
            rows.append(dict(file=path.name, region=f.region, metric=f.metric, unit=f.unit,
                             period_end=str(f.period_end), value=f.value * f.scale,
                             indicator=f.indicator, sentence=f.sentence))
    return rows


def score_dir(articles_dir: Path, gold_path: Path, scorer=None) -> dict:
    scorer = scorer or load_scorer()
    gold = scorer.load_gold(str(gold_path))
    files = {os.path.basename(g["file"]) for g in gold}
    paths = sorted(p for p in Path(articles_dir).iterdir()
                   if p.name in files and p.suffix.lower() in SUFFIXES)
    return scorer.score(gold, found_rows(paths))


def report(s: dict, show: bool = True) -> str:
    lines = [f"gold {s['gold']}  found {s['found']}  matched {s['tp']}  missed {s['fn']}  false {s['fp']}",
             f"precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}  "
             f"indicator agreement {s['indicator_agreement']:.1%}"]
    if show:
        for g in s["misses"]:
            lines.append(f"MISS  {g['file'][:12]}: {g['indicator']} {g['region']} {g['metric']} {g['period_end']} "
                         f"{g['value']} {g['unit']} | {(g.get('sentence') or '')[:110]}")
        for f in s["false_finds"]:
            lines.append(f"FALSE {f['file'][:12]}: {f['indicator']} {f['region']} {f['metric']} {f['period_end']} "
                         f"{f['value']} {f['unit']} | {(f.get('sentence') or '')[:110]}")
    return "\n".join(lines)
