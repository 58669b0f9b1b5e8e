#!/usr/bin/env python3
"""Every fact the extractor gives for a set of articles, as one JSON file:
the check that a refactor changed no figure.

    python eval/dump_facts.py OUT.json [DIR ...]

Default directories: the five shared seeds, the bundled sample corpus and
every development split present under the corpus folder (eval/corpus.py);
never a held-out split. Run it before and after a change and compare the
two files (`cmp`); any difference is a changed figure, to be explained or
undone. Facts are read as the pipeline reads them (sidecars, then the
article's own dateline), with every field kept, targets and quarantined
rows included, in document order.
"""
from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path[:0] = [str(EVAL), str(EVAL.parent / "tests"), str(EVAL.parent / "flows")]
import corpus  # noqa: E402
import extract_helpers  # noqa: E402
from indicator_warehouse.extract import extract_facts  # noqa: E402
from indicator_warehouse.settings import ARTICLE_SUFFIXES  # noqa: E402


def default_dirs() -> list[Path]:
    root = corpus.corpus_dir()
    return [corpus.REPO.parent / "shared" / "seeds", corpus.REPO / "seeds" / "articles",
            *(root / split for split in corpus.DEV_SPLITS)]


def facts_of(path: Path) -> list[dict]:
    text, reference, _basis = extract_helpers.load_article(path)
    return [dataclasses.asdict(f) for f in extract_facts(text, reference)]


def main(argv: list[str]) -> int:
    if not argv:
        sys.exit(__doc__)
    out, dirs = Path(argv[0]), [Path(d) for d in argv[1:]] or default_dirs()
    dump, count = {}, 0
    for d in dirs:
        # rglob: a generated corpus (bench/generate_corpus.py) nests by year and month
        for path in sorted(q for q in d.rglob("*") if q.suffix in ARTICLE_SUFFIXES):
            facts = facts_of(path)
            dump[f"{d.name}/{path.relative_to(d)}"] = facts
            count += len(facts)
    out.write_text(json.dumps(dump, indent=1, default=str, sort_keys=True), encoding="utf-8")
    print(f"{count:,} facts from {len(dump)} articles -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
