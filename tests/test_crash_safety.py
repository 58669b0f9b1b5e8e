"""Issue 5, point 5: a run killed with SIGKILL leaves the warehouse as it was
before that run or as after it, never in between; the next run completes the
work, and the result equals one clean run.

A real `indicators run` subprocess backfills a few hundred articles in
batches of 20 (INDICATORS_BATCH_FILES) and is killed at two moments: after a
few batches were loaded into its staging copy, and after the last batch
(just before or during publication).
"""
from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from ops_helpers import INDICATORS, snapshot, start_cli, subprocess_env, wait_for, write_articles

pytestmark = pytest.mark.slow

BATCH = 20
EARLIER, BACKFILL = 40, 240


def _kill_when(log: Path, proc, marker: str, timeout: float = 240) -> None:
    """SIGKILL the whole process group (flow process and extractor workers)
    as soon as `marker` appears in the run's log."""
    def seen():
        if proc.poll() is not None:
            raise AssertionError(f"the run ended (code {proc.returncode}) before {marker!r}:\n"
                                 + log.read_text(errors="replace")[-3000:])
        return marker in log.read_text(errors="replace")
    wait_for(seen, timeout, interval=0.05, what=repr(marker))
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """An earlier folder state (already loaded) and a backfill on top of it."""
    root = tmp_path_factory.mktemp("crash")
    src = root / "src"
    write_articles(src / "earlier", EARLIER, seed=1, prefix="e")
    write_articles(src / "backfill", BACKFILL, seed=2, prefix="b")
    return src


@pytest.fixture(scope="module")
def clean_result(corpus, tmp_path_factory, prefect_harness):
    from indicator_warehouse.flow import run_ingest

    warehouse = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    summary = run_ingest(str(corpus), str(warehouse))
    assert summary.status == "succeeded" and summary.files_new == EARLIER + BACKFILL
    return snapshot(warehouse)


@pytest.mark.parametrize("kill_after", [f"read {3 * BATCH}/{BACKFILL} files", f"read {BACKFILL}/{BACKFILL} files"],
                         ids=["mid-backfill", "before-publish"])
def test_sigkill_mid_run_then_rerun_equals_one_clean_run(kill_after, corpus, clean_result, run_flow, tmp_path):
    assert INDICATORS.exists(), INDICATORS
    warehouse = tmp_path / "w.duckdb"
    # The warehouse already holds the earlier articles: "before" is not empty.
    backfill = corpus / "backfill"
    hidden = corpus.parent / f"hidden-{tmp_path.name}"
    backfill.rename(hidden)
    try:
        assert run_flow(corpus, warehouse).files_new == EARLIER
    finally:
        hidden.rename(backfill)
    before = snapshot(warehouse)
    before_bytes = warehouse.read_bytes()

    log = tmp_path / "run.log"
    env = subprocess_env(INDICATORS_BATCH_FILES=str(BATCH), PREFECT_LOGGING_LEVEL="INFO", TERM="dumb")
    proc = start_cli(["run", "--source", str(corpus), "--warehouse", str(warehouse), "--wait", "0"], env, log)
    _kill_when(log, proc, kill_after)
    assert proc.returncode == -signal.SIGKILL

    after_kill = snapshot(warehouse)
    if kill_after.startswith(f"read {BACKFILL}/"):
        # Killed around publication: all or nothing.
        assert after_kill in (before, clean_result), "the warehouse is the old one or the new one, never a mix"
    else:
        assert after_kill == before and warehouse.read_bytes() == before_bytes, \
            "a run killed mid-way leaves the published file untouched"
        assert list(tmp_path.glob("w.duckdb.staging-*")), "the killed run's staging copy is left behind"

    summary = run_flow(corpus, warehouse, wait_seconds=0)
    assert summary.status == "succeeded"
    assert not list(tmp_path.glob("w.duckdb.staging-*")), "the next run removes the stale staging copy"
    assert snapshot(warehouse) == clean_result
