"""A run's summary: what one `indicators run` saw and did, free of Prefect.

The flow fills a RunSummary as it goes; the `runs` table stores it
(`run_row`); the run's Prefect artifacts show it (`summary_tables`,
`summary_markdown`). The quick nothing-new path (quick_noop.py) uses the same
pieces without importing Prefect.
"""
from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import polars as pl

if TYPE_CHECKING:
    from .pipeline import CheckedBatch, ExtractedBatch


@dataclass
class RunSummary:
    run_id: str
    started_at: datetime
    finished_at: datetime | None = None
    source_dir: str = ""
    warehouse: str = ""
    files_seen: int = 0
    files_new: int = 0
    files_changed: int = 0
    files_unchanged: int = 0
    files_failed: int = 0
    rows_loaded: int = 0
    rows_quarantined: int = 0
    status: str = "running"          # running | succeeded | failed | skipped (another run held the lock)
    message: str | None = None
    # indicator -> [rows loaded, rows quarantined]; for the artifact, not a `runs` column
    per_indicator: dict[str, list[int]] = field(default_factory=dict)

    def add(self, extracted: ExtractedBatch, checked: CheckedBatch | None) -> None:
        self.files_new += extracted.new
        self.files_changed += extracted.changed
        self.files_unchanged += extracted.unchanged
        self.files_failed += extracted.failed
        if checked is not None:
            self.rows_loaded += checked.figures.height
            self.rows_quarantined += checked.quarantine.height
            for column, frame in enumerate((checked.figures, checked.quarantine)):
                if frame.is_empty():
                    continue
                for indicator, n in frame.group_by("indicator").len().iter_rows():
                    counts = self.per_indicator.setdefault(indicator or "(none)", [0, 0])
                    counts[column] += n

    @property
    def nothing_new(self) -> bool:
        return self.files_new == self.files_changed == self.files_failed == 0


def new_run_id() -> str:
    return f"{datetime.now(timezone.utc):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"


# The `runs` table's columns (sql/migrations/001_base_tables.sql), as RunSummary fields.
RUNS_SCHEMA = {"run_id": pl.String, "started_at": pl.Datetime("us"), "finished_at": pl.Datetime("us"),
               "source_dir": pl.String, "files_seen": pl.Int64, "files_new": pl.Int64, "files_changed": pl.Int64,
               "files_unchanged": pl.Int64, "files_failed": pl.Int64, "rows_loaded": pl.Int64,
               "rows_quarantined": pl.Int64, "status": pl.String, "message": pl.String}
RUNS_COLUMNS = tuple(RUNS_SCHEMA)


def run_row(summary: RunSummary) -> dict:
    """The run's row for the `runs` table."""
    return {name: getattr(summary, name) for name in RUNS_COLUMNS}


def summary_tables(summary: RunSummary) -> tuple[list[dict], list[dict]]:
    """(one-row table of file and row counts, one row per indicator) for the run artifacts."""
    counts = [{k: v for k, v in asdict(summary).items() if k.startswith(("files_", "rows_"))}]
    per_indicator = [
        {"indicator": name, "rows_loaded": loaded, "rows_quarantined": quarantined}
        for name, (loaded, quarantined) in sorted(summary.per_indicator.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    ]
    return counts, per_indicator


def summary_markdown(summary: RunSummary, per_indicator: list[dict]) -> str:
    lines = [f"### Run {summary.run_id}: {summary.status}", ""]
    if summary.status == "skipped":
        lines += [f"{summary.message}.", ""]
    elif summary.nothing_new:
        lines += [f"Nothing new: {summary.files_unchanged} files unchanged.", ""]
    lines += [
        f"- files: {summary.files_new} new, {summary.files_changed} changed, "
        f"{summary.files_unchanged} unchanged, {summary.files_failed} failed (of {summary.files_seen} seen)",
        f"- rows: {summary.rows_loaded} loaded, {summary.rows_quarantined} quarantined",
        f"- source: `{summary.source_dir}`",
        f"- warehouse: `{summary.warehouse}`",
    ]
    if per_indicator:
        lines += ["", "| indicator | rows loaded | rows quarantined |", "| --- | ---: | ---: |"]
        lines += [f"| {r['indicator']} | {r['rows_loaded']} | {r['rows_quarantined']} |" for r in per_indicator]
    if summary.files_failed or summary.rows_quarantined:
        lines += ["", "Why files failed and rows were quarantined: `indicators status "
                  f"--warehouse {summary.warehouse}`."]
    return "\n".join(lines) + "\n"
