"""The journal of runs that wrote nothing, waiting for their `runs` row."""
from __future__ import annotations

from datetime import datetime

from indicator_warehouse import pending_runs


def row(run_id: str, minute: int) -> dict:
    return {"run_id": run_id, "started_at": datetime(2026, 11, 25, 12, minute),
            "finished_at": datetime(2026, 11, 25, 12, minute, 1), "files_unchanged": 3, "message": "nothing new"}


def test_rows_come_back_as_written_oldest_first(tmp_path):
    target = tmp_path / "w.duckdb"
    assert pending_runs.read(target) == []
    for i in range(3):
        pending_runs.append(target, row(f"r{i}", i))
    assert pending_runs.read(target) == [row("r0", 0), row("r1", 1), row("r2", 2)]
    assert [r["run_id"] for r in pending_runs.read(target, last=2)] == ["r1", "r2"]
    assert pending_runs.journal_path(target).name == "w.duckdb.pending-runs.jsonl"
    pending_runs.clear(target)
    assert pending_runs.read(target) == [] and not pending_runs.journal_path(target).exists()
    pending_runs.clear(target)   # nothing to clear is fine


def test_a_line_torn_by_a_crash_is_skipped(tmp_path):
    target = tmp_path / "w.duckdb"
    pending_runs.append(target, row("r0", 0))
    with pending_runs.journal_path(target).open("a") as fh:
        fh.write('{"run_id": "r1", "started_at": "2026-11-')       # killed mid-append
    pending_runs.append(target, row("r2", 2))                        # lands after the torn line
    with pending_runs.journal_path(target).open("a") as fh:
        fh.write('[1, 2]\n{"run_id": "r3"}\n')                      # not a run row
    assert [r["run_id"] for r in pending_runs.read(target)] == ["r0", "r2"]
