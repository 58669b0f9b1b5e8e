"""Extraction outside the run's own process (parallel.py): a chunk extracted
as a worker does it, and merged, gives exactly what extraction in-process
gives; the local process pool gives the same; which path a run takes; and a
run killed outright leaves no pool worker behind. The Dask path on a real
cluster is tested in test_dask.py."""
from __future__ import annotations

import signal

import psutil
import pytest

from indicator_warehouse import settings
from indicator_warehouse.normalise import facts_to_frame
from indicator_warehouse.parallel import (DASK, IN_PROCESS, POOL, Extraction, ExtractedChunk, SourceNotOnWorker,
                                          chunked, extract_chunk, merge)
from indicator_warehouse.pipeline import plan_run, read_and_extract
from ops_helpers import start_cli, subprocess_env, wait_for, write_articles


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


def test_the_pool_matches_in_process_extraction():
    root = settings.SAMPLE_CORPUS_DIR
    plan = plan_run(root, {})
    expected = read_and_extract(plan.to_read, {})
    with Extraction(chunk_task=None, source_root=root, total_files=10_000, workers=2) as extraction:
        assert extraction.mode == POOL
        pending = extraction.submit(plan.to_read, {})
        assert len(pending.futures) >= 2, "the batch should be split across workers"
        got = pending.result()
    assert not got.facts and got.frame is not None, "pool workers send Arrow frames too, not fact objects"
    assert _key(got) == _key(expected)


def test_one_path_per_case(tmp_path):
    def mode(total_files, workers=2, address=None):
        return Extraction(chunk_task=None, source_root=tmp_path, total_files=total_files, address=address,
                          workers=workers).mode

    assert mode(settings.MIN_FILES_FOR_POOL - 1) == IN_PROCESS, "a small run does not pay for starting workers"
    assert mode(settings.MIN_FILES_FOR_POOL) == POOL, "a local backfill uses the process pool, not a Dask cluster"
    assert mode(10_000, workers=1) == IN_PROCESS, "one local worker only adds start-up cost"
    assert mode(1, address="tcp://127.0.0.1:8786") == DASK, "a cluster address is used whatever the size"
    assert mode(0, address="tcp://127.0.0.1:8786") == IN_PROCESS, "a run with nothing to read never contacts it"


@pytest.mark.slow
def test_a_run_killed_outright_leaves_no_pool_worker_behind(tmp_path):
    """SIGKILL of a real `indicators run` alone (not its group), while its
    pool's workers extract, must not orphan them (parallel._die_with_parent)."""
    src = tmp_path / "src"
    write_articles(src, settings.MIN_FILES_FOR_POOL + 40)
    env = subprocess_env(INDICATORS_EXTRACT_WORKERS="2", TERM="dumb")
    env.pop(settings.DASK_ADDRESS_ENV, None)
    proc = start_cli(["run", "--source", str(src), "--warehouse", str(tmp_path / "w.duckdb")], env,
                     tmp_path / "run.log")
    try:
        def workers() -> list[psutil.Process]:
            try:
                kids = psutil.Process(proc.pid).children(recursive=True)
            except psutil.NoSuchProcess:
                return []
            found = []
            for kid in kids:
                try:
                    if "spawn_main" in " ".join(kid.cmdline()):
                        found.append(kid)
                except psutil.Error:
                    pass
            return found

        started = wait_for(lambda: len(workers()) >= 2 and workers(), 240, interval=0.1,
                           what="the run's process pool to start its workers")
    finally:
        try:
            others = [p for p in psutil.Process(proc.pid).children(recursive=True)]
        except psutil.NoSuchProcess:
            others = []
        proc.send_signal(signal.SIGKILL)   # the run process alone
        proc.wait()
    try:
        gone, alive = psutil.wait_procs(started, timeout=30)
        assert not alive, f"workers left running after the run was killed: {[p.pid for p in alive]}"
    finally:
        # Prefect's temporary server does not die with the run (Prefect's
        # behaviour, not this test's subject): end it so no test leaves it behind.
        for leftover in others:
            try:
                leftover.kill()
            except psutil.Error:
                pass


def test_the_address_comes_from_the_flag_else_the_environment(monkeypatch):
    monkeypatch.delenv(settings.DASK_ADDRESS_ENV, raising=False)
    assert settings.dask_address() is None
    monkeypatch.setenv(settings.DASK_ADDRESS_ENV, " tcp://10.0.0.5:8786 ")
    assert settings.dask_address() == "tcp://10.0.0.5:8786"
    assert settings.dask_address("tcp://127.0.0.1:9999") == "tcp://127.0.0.1:9999"
    monkeypatch.setenv("INDICATORS_EXTRACT_WORKERS", "zero")
    with pytest.raises(SystemExit, match="INDICATORS_EXTRACT_WORKERS"):
        settings.extract_workers()
