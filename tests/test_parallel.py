"""Extraction on worker processes gives exactly what extraction in-process gives."""
from __future__ import annotations

from indicator_warehouse import settings
from indicator_warehouse.normalise import facts_to_frame
from indicator_warehouse.parallel import ExtractorPool
from indicator_warehouse.pipeline import plan_run, read_and_extract


def _key(batch):
    articles = [{k: v for k, v in a.items() if k != "updated_at"} for a in batch.articles]
    frame = batch.frame if batch.frame is not None else facts_to_frame(batch.facts)
    return articles, frame.rows(), (batch.new, batch.changed, batch.failed)


def test_worker_processes_match_in_process_extraction():
    plan = plan_run(settings.SAMPLE_CORPUS_DIR, {})
    assert len(plan.to_read) >= 2
    expected = read_and_extract(plan.to_read, {})
    with ExtractorPool(total_files=10_000, workers=2) as pool:
        assert pool.parallel
        pending = pool.submit(plan.to_read, {})
        assert len(pending.futures) >= 2, "the batch should be split across workers"
        got = pending.result()
    assert not got.facts and got.frame is not None, "workers send normalised frames, not fact objects"
    assert _key(got) == _key(expected)


def test_small_runs_stay_in_process():
    with ExtractorPool(total_files=1, workers=2) as pool:
        assert not pool.parallel
