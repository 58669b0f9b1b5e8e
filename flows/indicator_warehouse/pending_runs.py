"""Runs that wrote nothing, waiting for their row in the warehouse's `runs` table.

A run that finds nothing new does not touch the warehouse file: copying and
republishing the whole file (120 MB with 10k articles) to add one row was half
of such a run's own work, and gave every reader a "new" file with the same data.
Instead it appends its `runs` row, as one JSON line, to
`WAREHOUSE.pending-runs.jsonl` beside the file. The next run that writes the
warehouse anyway (new or changed files, a failed run, a migration) inserts
these rows into `runs` and then deletes the journal, so `runs` still gets one
row per run, the no-op ones a little late. `indicators status` shows both.

Writers hold the run lock, so appends never interleave. A line torn by a
crash is skipped when read. Rows are inserted by `run_id` with INSERT OR
REPLACE, so a crash between publishing the warehouse and deleting the
journal only re-inserts the same rows next time.
"""
from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

_TIMESTAMPS = ("started_at", "finished_at")


def journal_path(target: Path) -> Path:
    return target.with_name(target.name + ".pending-runs.jsonl")


def append(target: Path, row: dict) -> None:
    """Add one run's row (the `runs` columns) to the journal. Call only under the run lock."""
    line = json.dumps({k: v.isoformat() if isinstance(v, datetime) else v for k, v in row.items()}) + "\n"
    fd = os.open(journal_path(target), os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            line = "\n" + line   # end a line torn by a crash, so it does not swallow this one
        os.write(fd, line.encode())   # one short write: O_APPEND keeps it whole
    finally:
        os.close(fd)


def read(target: Path, last: int | None = None) -> list[dict]:
    """The pending rows, oldest first (only the `last` ones if given)."""
    try:
        lines = journal_path(target).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    rows = []
    for line in lines[-last:] if last else lines:
        try:
            row = json.loads(line)
            if not (isinstance(row, dict) and row.get("run_id") and row.get("started_at")):
                continue
            for key in _TIMESTAMPS:
                if row.get(key):
                    row[key] = datetime.fromisoformat(row[key])
        except (ValueError, TypeError):   # a line torn by a crash mid-append
            continue
        rows.append(row)
    return rows


def clear(target: Path) -> None:
    """Forget the pending rows: call after a publish that inserted them into `runs`."""
    journal_path(target).unlink(missing_ok=True)
