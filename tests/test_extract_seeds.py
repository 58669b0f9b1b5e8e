"""End-to-end score of the extractor on the five shared seed articles, without
the warehouse, using the shared scorer's own matching rule (score.py).

Skips cleanly when ../shared is absent. The real-article development set is
scored end to end in tests/test_corpus.py.
"""
from __future__ import annotations

import pytest

import extract_helpers as h

scorer = h.load_scorer()


@pytest.mark.skipif(scorer is None or not h.SEEDS_DIR.exists(), reason="../shared (seeds, scorer) not present")
def test_seed_articles_score():
    s = h.score_dir(h.SEEDS_DIR, h.SEEDS_GOLD, scorer)
    print(h.report(s))
    assert s["f1"] >= 0.95, h.report(s)
    assert s["indicator_agreement"] >= 0.90, h.report(s)


@pytest.mark.skipif(scorer is None, reason="../shared/eval/score.py not present")
def test_bundled_sample_corpus_score():
    """The corpus shipped in seeds/articles/ against its own gold (written with it)."""
    from indicator_warehouse.settings import SAMPLE_CORPUS_DIR

    s = h.score_dir(SAMPLE_CORPUS_DIR, SAMPLE_CORPUS_DIR / "gold.jsonl", scorer)
    print(h.report(s, show=False))
    assert s["f1"] >= 0.90, h.report(s)
