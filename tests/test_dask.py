"""Issue 15: extraction on a real Dask cluster (a `distributed.LocalCluster`
of two worker processes, started and stopped by each test) through Prefect's
DaskTaskRunner.

* The warehouse after a run on the cluster equals one after a run that
  extracted in-process.
* A worker killed (SIGKILL) while it extracts gives a run that either
  completes (Dask hands the chunk to the other worker, or Prefect retries
  it) with the same warehouse, or fails cleanly with the published data
  untouched.

Without an address a run extracts in a local process pool, not on Dask
(parallel.py); that path is tested in test_parallel.py.
"""
from __future__ import annotations

import os
import shutil
import signal
import threading
import time

import pytest

from conftest import query
from indicator_warehouse import settings
from ops_helpers import snapshot, write_articles

pytestmark = pytest.mark.slow


@pytest.fixture
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cl, \
            Client(cl) as client:
        client.wait_for_workers(2, timeout=120)
        yield cl, client


@pytest.fixture
def corpus(tmp_path):
    """The sample corpus plus 120 small generated articles: enough for several chunks per worker."""
    src = tmp_path / "src"
    shutil.copytree(settings.SAMPLE_CORPUS_DIR, src)
    write_articles(src / "generated", 120, seed=15)
    return src


def _in_process(monkeypatch, run_flow, src, warehouse):
    """A run that extracts in this process (one local worker means no pool)."""
    monkeypatch.delenv(settings.DASK_ADDRESS_ENV, raising=False)
    with monkeypatch.context() as m:
        m.setenv("INDICATORS_EXTRACT_WORKERS", "1")
        return run_flow(src, warehouse)


def _tasks_run(client) -> dict[str, int]:
    """Tasks each worker of the cluster has executed (only extract-chunk task runs are sent there)."""
    return client.run(lambda dask_worker: dask_worker.state.executed_count)


def test_a_run_on_the_cluster_gives_the_same_warehouse_as_a_local_run(cluster, corpus, run_flow, tmp_path,
                                                                      monkeypatch):
    cl, client = cluster
    local = tmp_path / "local.duckdb"
    on_cluster = tmp_path / "cluster.duckdb"
    expected = _in_process(monkeypatch, run_flow, corpus, local)
    assert expected.status == "succeeded" and expected.files_new == 126

    got = run_flow(corpus, on_cluster, dask_address=cl.scheduler_address)
    assert got.status == "succeeded"
    assert (got.files_new, got.rows_loaded, got.rows_quarantined) == (
        expected.files_new, expected.rows_loaded, expected.rows_quarantined)
    ran = _tasks_run(client)
    assert sum(ran.values()) >= 4 and all(ran.values()), f"the chunks ran on both workers of the cluster: {ran}"
    assert snapshot(on_cluster) == snapshot(local)
    figures = "SELECT * EXCLUDE (run_id) FROM figures ORDER BY figure_id"
    assert query(on_cluster, figures) == query(local, figures)

    # A second run on the cluster finds nothing new and does not even contact it.
    again = run_flow(corpus, on_cluster, dask_address=cl.scheduler_address)
    assert again.nothing_new and _tasks_run(client) == ran


def test_a_worker_killed_mid_run_completes_the_run_or_leaves_the_warehouse_untouched(cluster, run_flow, tmp_path,
                                                                                       monkeypatch):
    cl, client = cluster
    src = tmp_path / "src"
    shutil.copytree(settings.SAMPLE_CORPUS_DIR, src)
    warehouse = tmp_path / "w.duckdb"
    assert _in_process(monkeypatch, run_flow, src, warehouse).status == "succeeded"
    before = snapshot(warehouse)                     # published before the run under test
    write_articles(src / "generated", 120, seed=15)
    reference = tmp_path / "reference.duckdb"        # what a clean run of the whole folder gives
    assert _in_process(monkeypatch, run_flow, src, reference).files_new == 126

    pids = client.run(os.getpid)                     # worker address -> process id
    killed: list[int] = []

    def kill_a_busy_worker() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            for ts in list(cl.scheduler.tasks.values()):
                worker = ts.processing_on
                if "extract_chunk" in str(ts.key) and ts.state == "processing" and worker is not None:
                    os.kill(pids[worker.address], signal.SIGKILL)
                    killed.append(pids[worker.address])
                    return
            time.sleep(0.005)

    killer = threading.Thread(target=kill_a_busy_worker, daemon=True)
    killer.start()
    state = run_flow(src, warehouse, dask_address=cl.scheduler_address, return_state=True)
    killer.join(timeout=5)
    assert killed, "a worker was killed while it extracted"
    assert not list(tmp_path.glob("w.duckdb.staging-*")), "no staging copy is left behind"
    if state.is_completed():
        summary = state.result()
        assert (summary.status, summary.files_new, summary.files_unchanged) == ("succeeded", 120, 6)
        assert snapshot(warehouse) == snapshot(reference)
    else:
        # Failed cleanly: the data as published before the run, and the failure on record.
        assert snapshot(warehouse) == before
        statuses = [s for (s,) in query(warehouse, "SELECT status FROM runs ORDER BY started_at")]
        assert statuses[-1] == "failed"
