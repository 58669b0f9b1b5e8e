"""The worker side of extraction (parallel.py) without a cluster: a chunk
extracted as a Dask worker does it, and merged, gives exactly what
extraction in-process gives. The cluster itself is tested in test_dask.py."""
from __future__ import annotations

import pytest

from indicator_warehouse import settings
from indicator_warehouse.normalise import facts_to_frame
from indicator_warehouse.parallel import (Extraction, ExtractedChunk, SourceNotOnWorker, chunked, extract_chunk,
                                          merge)
from indicator_warehouse.pipeline import plan_run, read_and_extract


def _key(batch):
    articles = [{k: v for k, v in a.items() if k != "updated_at"} for a in batch.articles]
    frame = batch.frame if batch.frame is not None else facts_to_frame(batch.facts)
    return articles, frame.rows(), (batch.new, batch.changed, batch.unchanged, batch.failed)


def test_chunks_extracted_apart_and_merged_match_in_process_extraction():
    root = settings.SAMPLE_CORPUS_DIR
    plan = plan_run(root, {})
    assert len(plan.to_read) >= 4
    expected = read_and_extract(plan.to_read, {})
    chunks = [extract_chunk(str(root), files, {}) for files in chunked(plan.to_read, workers=2)]
    assert len(chunks) >= 2, "the batch should be split"
    # What a worker sends back is plain data: records and Arrow bytes, no fact objects.
    assert all(isinstance(c, ExtractedChunk) and isinstance(c.figures_ipc, bytes) for c in chunks)
    assert all(type(v).__module__ in ("builtins", "datetime") for c in chunks for a in c.articles for v in a.values())
    got = merge(chunks)
    assert not got.facts and got.frame is not None
    assert _key(got) == _key(expected)


def test_chunks_cover_every_file_once_in_order():
    plan = plan_run(settings.SAMPLE_CORPUS_DIR, {})
    for workers in (1, 2, 3, 50):
        parts = chunked(plan.to_read, workers)
        assert [f for part in parts for f in part] == plan.to_read
        assert all(parts)


def test_a_worker_that_cannot_see_the_source_folder_says_so(tmp_path):
    missing = tmp_path / "not-mounted-here"
    with pytest.raises(SourceNotOnWorker, match="cannot see the source folder .*not-mounted-here.*shared filesystem"):
        extract_chunk(str(missing), [], {})


def test_small_runs_stay_in_process_and_an_address_always_uses_its_cluster(tmp_path):
    small = Extraction(chunk_task=None, source_root=tmp_path, total_files=settings.MIN_FILES_FOR_CLUSTER - 1,
                       workers=2)
    assert not small.uses_cluster
    backfill = Extraction(chunk_task=None, source_root=tmp_path, total_files=settings.MIN_FILES_FOR_CLUSTER,
                          workers=2)
    assert backfill.uses_cluster
    one_core = Extraction(chunk_task=None, source_root=tmp_path, total_files=10_000, workers=1)
    assert not one_core.uses_cluster, "one local worker only adds start-up cost"
    remote = Extraction(chunk_task=None, source_root=tmp_path, total_files=1, address="tcp://127.0.0.1:8786")
    assert remote.uses_cluster
    nothing = Extraction(chunk_task=None, source_root=tmp_path, total_files=0, address="tcp://127.0.0.1:8786")
    assert not nothing.uses_cluster, "a run with nothing to read never contacts the cluster"


def test_the_address_comes_from_the_flag_else_the_environment(monkeypatch):
    monkeypatch.delenv(settings.DASK_ADDRESS_ENV, raising=False)
    assert settings.dask_address() is None
    monkeypatch.setenv(settings.DASK_ADDRESS_ENV, " tcp://10.0.0.5:8786 ")
    assert settings.dask_address() == "tcp://10.0.0.5:8786"
    assert settings.dask_address("tcp://127.0.0.1:9999") == "tcp://127.0.0.1:9999"
    monkeypatch.setenv("INDICATORS_EXTRACT_WORKERS", "zero")
    with pytest.raises(SystemExit, match="INDICATORS_EXTRACT_WORKERS"):
        settings.extract_workers()
