"""The Prefect layer: one parent flow whose tasks call the plain stages.

Nothing here extracts, validates or writes by itself; it orders the stages,
adds retries where a fault is transient, logs, and publishes a summary
artifact. Importing this module imports Prefect (~2 s), so the CLI imports
it only for commands that run the flow.
"""
from __future__ import annotations

import sys
import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from . import settings  # noqa: F401  (sets Prefect's environment before Prefect loads)
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from .pipeline import CheckedBatch, ExtractedBatch, RunPlan, batches, check_batch, plan_run, read_and_extract
from .settings import LIMITS
from .warehouse import StagedWarehouse, known_files, run_lock, staged


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
    status: str = "running"
    message: str | None = None

    def add(self, extracted: ExtractedBatch, checked: CheckedBatch | None) -> None:
        self.files_new += extracted.new
        self.files_changed += extracted.changed
        self.files_unchanged += extracted.unchanged
        self.files_failed += extracted.failed
        if checked is not None:
            self.rows_loaded += checked.figures.height
            self.rows_quarantined += checked.quarantine.height

    @property
    def nothing_new(self) -> bool:
        return self.files_new == self.files_changed == self.files_failed == 0


def new_run_id() -> str:
    return f"{datetime.now(timezone.utc):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"


# Tasks: thin wrappers. NO_CACHE because their inputs (connections, frames)
# are not meant to be hashed, and a re-run must look at the files again.

@task(name="plan", cache_policy=NO_CACHE)
def plan_task(source: Path, warehouse: Path) -> RunPlan:
    return plan_run(source, known_files(warehouse))


@task(name="read-and-extract", cache_policy=NO_CACHE)
def extract_task(files, known) -> ExtractedBatch:
    return read_and_extract(files, known)


@task(name="normalise-and-validate", cache_policy=NO_CACHE)
def check_task(extracted: ExtractedBatch, run_date: date) -> CheckedBatch:
    return check_batch(extracted, run_date)


@task(name="load", cache_policy=NO_CACHE)
def load_task(wh: StagedWarehouse, checked: CheckedBatch, run_id: str) -> None:
    wh.replace_rows(checked.replaced_paths, checked.figures, checked.quarantine, checked.articles, run_id)
    wh.touch_unchanged(checked.touched)


def record_run(wh: StagedWarehouse, summary: RunSummary) -> None:
    row = asdict(summary)
    row.pop("warehouse")
    columns = ", ".join(row)
    wh.con.execute(
        f"INSERT OR REPLACE INTO runs ({columns}) VALUES ({', '.join('?' * len(row))})", list(row.values())
    )


@flow(name="ingest-articles", log_prints=False, validate_parameters=False)
def ingest_articles(source: str, warehouse: str, wait_seconds: float = LIMITS.lock_wait_seconds) -> RunSummary:
    """Ingest every new or changed article under `source` into the DuckDB file `warehouse`."""
    logger = get_run_logger()
    source_dir, target = Path(source).resolve(), Path(warehouse).resolve()
    summary = RunSummary(new_run_id(), datetime.now(timezone.utc).replace(tzinfo=None),
                         source_dir=str(source_dir), warehouse=str(target))
    with run_lock(target, wait_seconds):
        try:
            _ingest(source_dir, target, summary, logger)
        except BaseException as exc:
            summary.status = "failed"
            summary.message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            summary.finished_at = datetime.now(timezone.utc).replace(tzinfo=None)
            _record_failed_run(target, summary, logger)
            raise
    _log_and_publish(summary, logger)
    return summary


def _ingest(source_dir: Path, target: Path, summary: RunSummary, logger) -> None:
    """Plan, then extract, check and load batch by batch into a staged copy."""
    run_date = summary.started_at.date()
    plan = plan_task(source_dir, target)
    summary.files_seen = plan.files_seen
    summary.files_unchanged = len(plan.unchanged)
    with staged(target, summary.run_id) as wh:
        progress = _Progress(len(plan.to_read), logger)
        for batch in batches(plan.to_read):
            extracted = extract_task(batch, plan.known)
            checked = check_task(extracted, run_date) if extracted.articles or extracted.touched else None
            if checked is not None:
                load_task(wh, checked, summary.run_id)
            summary.add(extracted, checked)
            progress.advance(len(batch))
        progress.close()
        summary.status = "succeeded"
        summary.finished_at = datetime.now(timezone.utc).replace(tzinfo=None)
        summary.message = "nothing new" if summary.nothing_new else None
        record_run(wh, summary)


def _record_failed_run(target: Path, summary: RunSummary, logger) -> None:
    """Leave a trace of a failed run in `runs`, in a fresh staged copy."""
    try:
        with staged(target, summary.run_id + "-failed") as wh:
            record_run(wh, summary)
    except Exception as exc:  # the warehouse itself may be what failed
        logger.error("could not record the failed run in %s: %s", target, str(exc).splitlines()[0])


def _log_and_publish(summary: RunSummary, logger) -> None:
    if summary.nothing_new:
        logger.info("nothing new: %d files unchanged", summary.files_unchanged)
    else:
        logger.info(
            "files: %d new, %d changed, %d unchanged, %d failed; rows: %d loaded, %d quarantined",
            summary.files_new, summary.files_changed, summary.files_unchanged, summary.files_failed,
            summary.rows_loaded, summary.rows_quarantined,
        )
    try:
        create_table_artifact(
            key="ingest-summary",
            table=[{k: v for k, v in asdict(summary).items() if k.startswith(("files_", "rows_"))}],
            description=f"Run {summary.run_id} into {summary.warehouse}",
        )
        create_markdown_artifact(
            key="ingest-report",
            markdown=(
                f"### Run {summary.run_id}: {summary.status}\n\n"
                f"- files: {summary.files_new} new, {summary.files_changed} changed, "
                f"{summary.files_unchanged} unchanged, {summary.files_failed} failed\n"
                f"- rows: {summary.rows_loaded} loaded, {summary.rows_quarantined} quarantined\n"
                f"- warehouse: `{summary.warehouse}`\n"
            ),
        )
    except Exception as exc:   # artifacts are a courtesy; never fail a finished run over them
        logger.warning("could not publish run artifacts: %s", exc)


class _Progress:
    """A progress bar on a terminal, plain progress lines in logs."""

    def __init__(self, total: int, logger) -> None:
        self.total, self.done, self.logger, self.bar = total, 0, logger, None
        if total and sys.stderr.isatty():
            from rich.progress import Progress

            self.bar = Progress(transient=True)
            self.bar.start()
            self.task = self.bar.add_task("articles", total=total)

    def advance(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(self.task, completed=self.done)
        self.logger.info("read %d/%d files", self.done, self.total)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
