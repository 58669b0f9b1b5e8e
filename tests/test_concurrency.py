"""Two runs never write at once: the second waits (retrying with backoff) or
is skipped with a clear log line; readers never block a run."""
from __future__ import annotations

import logging
import threading

import pytest

from conftest import query
from indicator_warehouse.warehouse import WarehouseBusy, lock_holder, try_lock


def test_the_lock_is_exclusive_and_says_who_holds_it(tmp_path):
    target = tmp_path / "w.duckdb"
    assert lock_holder(target) is None
    lock = try_lock(target)
    lock.describe("run-1")
    try:
        assert "run run-1" in lock_holder(target)
        with pytest.raises(WarehouseBusy, match="another run is writing .*run-1"):
            try_lock(target, wait_seconds=0.3)
    finally:
        lock.release()
    assert lock_holder(target) is None
    try_lock(target).release()


def test_lock_retry_delays_back_off_and_add_up_to_the_wait():
    from indicator_warehouse.flow import LOCK_MAX_DELAY_SECONDS, LOCK_POLL_SECONDS, lock_retry_delays

    assert lock_retry_delays(0) == []
    delays = lock_retry_delays(600)
    assert delays[:5] == [1, 2, 4, 8, 16] and max(delays) == LOCK_MAX_DELAY_SECONDS
    total = sum(delays) + LOCK_POLL_SECONDS * (len(delays) + 1)
    assert 600 <= total <= 600 + LOCK_MAX_DELAY_SECONDS + LOCK_POLL_SECONDS


@pytest.mark.slow
def test_a_second_run_is_skipped_while_another_writes(run_flow, tmp_path, caplog):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Shenzhen's GDP reached 3.68 trillion yuan in 2024.\n")
    warehouse = tmp_path / "w.duckdb"
    lock = try_lock(warehouse)          # "another run" holds the warehouse
    lock.describe("the-other-run")
    try:
        summary = run_flow(src, warehouse, wait_seconds=0)
    finally:
        lock.release()
    assert summary.status == "skipped" and "another run was writing" in summary.message
    assert not warehouse.exists(), "a skipped run writes nothing"
    skipped = [r.getMessage() for r in caplog.records if r.getMessage().startswith("skipped:")]
    assert len(skipped) == 1 and "the-other-run" in skipped[0], skipped


class _ReleaseWhenSeen(logging.Handler):
    """Releases the lock once the waiting run has logged that it saw it: a
    timer started before the run released it before a slow start-up (a
    loaded machine) ever reached the lock, and the run then had nothing to
    wait for."""

    def __init__(self, lock) -> None:
        super().__init__()
        # (not self.lock: logging.Handler keeps its own lock there)
        self.run_lock, self.seen = lock, threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if "retrying with backoff" in record.getMessage() and not self.seen.is_set():
            self.seen.set()
            self.run_lock.release()


@pytest.mark.slow
def test_a_waiting_run_retries_with_backoff_and_then_runs(run_flow, tmp_path, caplog):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Shenzhen's GDP reached 3.68 trillion yuan in 2024.\n")
    warehouse = tmp_path / "w.duckdb"
    caplog.set_level(logging.INFO, logger="prefect.task_runs")
    lock = try_lock(warehouse)
    lock.describe("the-other-run")
    releaser = _ReleaseWhenSeen(lock)
    logging.getLogger("prefect.task_runs").addHandler(releaser)
    try:
        summary = run_flow(src, warehouse, wait_seconds=60)
    finally:
        logging.getLogger("prefect.task_runs").removeHandler(releaser)
        if not releaser.seen.is_set():
            lock.release()
    assert releaser.seen.is_set(), "the run never logged that it was waiting for the other run"
    assert summary.status == "succeeded" and summary.files_new == 1
    retries = [r.getMessage() for r in caplog.records if "retrying with backoff" in r.getMessage()]
    assert retries and "the-other-run" in retries[0], retries
    assert query(warehouse, "SELECT count(*) FROM observations") == [(1,)]


@pytest.mark.slow
def test_a_reader_holding_the_file_open_neither_blocks_a_run_nor_sees_half_of_it(run_flow, tmp_path):
    import duckdb

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Shenzhen's GDP reached 3.68 trillion yuan in 2024.\n")
    warehouse = tmp_path / "w.duckdb"
    run_flow(src, warehouse)
    reader = duckdb.connect(str(warehouse), read_only=True)      # a BI tool, left open
    try:
        (src / "b.txt").write_text("Guangzhou's GDP reached 3.1 trillion yuan in 2024.\n")
        assert run_flow(src, warehouse, wait_seconds=0).status == "succeeded"
        assert reader.execute("SELECT count(*) FROM observations").fetchone() == (1,), "the old snapshot"
    finally:
        reader.close()
    assert query(warehouse, "SELECT count(*) FROM observations") == [(2,)]
