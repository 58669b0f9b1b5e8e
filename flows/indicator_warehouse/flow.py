"""The Prefect layer: one parent flow whose tasks call the plain stages.

Nothing here extracts, validates or writes by itself; it orders the stages,
adds retries where a fault is transient, logs, and publishes a summary
artifact. Importing this module imports Prefect (~2 s), so the CLI imports
it only for commands that run the flow.
"""
from __future__ import annotations

import asyncio
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import polars as pl

from . import settings  # sets Prefect's environment before Prefect loads
from prefect import flow, get_run_logger, task
from prefect.artifacts import acreate_markdown_artifact, acreate_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import SyncClientContext
from prefect.states import Failed, State
from prefect.utilities.annotations import quote

from . import pending_runs
from .parallel import ExtractedChunk, Extraction, PendingBatch, extract_chunk
from .pipeline import (CheckedBatch, ExtractedBatch, RunPlan, SourceFolderError, batches, check_batch, check_source,
                       plan_run)
from .run_summary import RunSummary, new_run_id, run_row, summary_markdown, summary_tables
from .run_summary import RUNS_COLUMNS, RUNS_SCHEMA
from .settings import LIMITS
from .warehouse import (RunLock, StagedWarehouse, StagingOnDemand, WarehouseBroken, WarehouseBusy, lock_holder,
                        read_published, remove_stale_staging, staged, try_lock)


# Tasks: thin wrappers. NO_CACHE because their inputs (connections, frames)
# are not meant to be hashed, and a re-run must look at the files again.
# Callers wrap every argument in `quote(...)`: otherwise Prefect walks each
# argument recursively looking for futures, every fact of every article,
# which cost more than extracting them (profiled: 3 s per 100 articles).

@task(name="plan", cache_policy=NO_CACHE)
def plan_task(source: Path, known: dict) -> RunPlan:
    return plan_run(source, known)


@task(name="read-and-extract", cache_policy=NO_CACHE)
def extract_task(pending: PendingBatch) -> ExtractedBatch:
    """Wait for a batch the pool's or the Dask cluster's workers are extracting (or extract it here)."""
    return pending.result()


# One chunk of a batch on a Dask worker (the local pool runs extract_chunk
# itself, without a task run per chunk). Extraction is pure, so a retry
# repeats no one else's work; a worker that dies mid-chunk is also covered
# by Dask, which hands the chunk to another worker.
@task(name="extract-chunk", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def extract_chunk_task(source_root: str, files: list, known: dict) -> ExtractedChunk:
    return extract_chunk(source_root, files, known)


@task(name="normalise-and-validate", cache_policy=NO_CACHE)
def check_task(extracted: ExtractedBatch, run_date: date) -> CheckedBatch:
    return check_batch(extracted, run_date)


@task(name="load", cache_policy=NO_CACHE)
def load_task(wh: StagedWarehouse, checked: CheckedBatch, run_id: str) -> None:
    wh.replace_rows(checked.replaced_paths, checked.figures, checked.quarantine, checked.articles, run_id)
    wh.touch_unchanged(checked.touched)


def record_run(wh: StagedWarehouse, summary: RunSummary) -> None:
    """Insert this run's row into `runs`, with the rows of earlier runs that
    wrote nothing and waited in the pending-runs journal (see pending_runs.py).
    Call `pending_runs.clear` once the warehouse is published."""
    by_id = {row["run_id"]: row for row in pending_runs.read(wh.target) + [run_row(summary)]}
    rows = pl.DataFrame([[row.get(name) for name in RUNS_COLUMNS] for row in by_id.values()],
                        schema=RUNS_SCHEMA, orient="row")
    columns = ", ".join(RUNS_COLUMNS)
    wh.con.register("incoming_runs", rows.to_arrow())
    wh.con.execute(f"INSERT OR REPLACE INTO runs ({columns}) SELECT {columns} FROM incoming_runs")
    wh.con.unregister("incoming_runs")


# The run lock. Another run writing the same warehouse is the one transient
# fault worth retrying at the Prefect level: each attempt polls the lock for a
# moment, then the task is retried with exponential backoff until the run's
# `wait_seconds` are spent. Nothing has been read or extracted yet, so a retry
# repeats no work. Any other error is not retried.

LOCK_POLL_SECONDS = 1.0
LOCK_MAX_DELAY_SECONDS = 30.0


def lock_retry_delays(wait_seconds: float) -> list[float]:
    """Backoff between lock attempts (1, 2, 4, ... capped at 30 s) adding up to about `wait_seconds`."""
    delays: list[float] = []
    spent, delay = LOCK_POLL_SECONDS, 1.0
    while spent < wait_seconds:
        step = min(delay, LOCK_MAX_DELAY_SECONDS, max(wait_seconds - spent, 0.0))
        delays.append(step)
        spent += step + LOCK_POLL_SECONDS
        delay *= 2
    return delays


def _retry_only_when_busy(task, task_run, state) -> bool:
    try:
        state.result()
    except WarehouseBusy:
        return True
    except BaseException:
        return False
    return False


@task(name="acquire-warehouse-lock", cache_policy=NO_CACHE, retry_condition_fn=_retry_only_when_busy)
def lock_task(target: Path, attempts: int, poll_seconds: float) -> RunLock | None:
    """The run lock, or None when the last attempt still finds another run writing."""
    from prefect.runtime import task_run

    try:
        return try_lock(target, poll_seconds)
    except WarehouseBusy as exc:
        if task_run.run_count >= attempts:
            get_run_logger().warning("%s; giving up after %d attempts", exc, attempts)
            return None
        get_run_logger().info("%s; attempt %d of %d, retrying with backoff", exc, task_run.run_count, attempts)
        raise


def acquire_lock(target: Path, wait_seconds: float) -> RunLock | None:
    delays = lock_retry_delays(wait_seconds)
    return lock_task.with_options(retries=len(delays), retry_delay_seconds=delays or 0)(
        quote(target), len(delays) + 1, min(LOCK_POLL_SECONDS, max(wait_seconds, 0.0)))


@flow(name="ingest-articles", log_prints=False, validate_parameters=False)
async def ingest_articles(source: str, warehouse: str, wait_seconds: float = LIMITS.lock_wait_seconds,
                          dask_address: str | None = None) -> RunSummary:
    """Ingest every new or changed article under `source` into the DuckDB file `warehouse`.

    Extraction runs on the Dask cluster whose scheduler is at `dask_address`
    (or INDICATORS_DASK_ADDRESS), else in a local process pool when there
    are enough files to read, else in this process (parallel.py).

    If another run is writing the same warehouse, wait up to `wait_seconds`
    for it (retrying with backoff), then skip: the run ends "skipped", logs
    why, and writes nothing.

    From synchronous code call `run_ingest(...)`. The flow is async although
    its work is not: Prefect's synchronous flow engine (3.9) ends every flow
    run by joining its heartbeat thread, which sleeps in whole seconds, so
    each run lasted up to a second longer than its work (measured, issue 6:
    0.55 s of a 1.1 s nothing-new run). The async engine sends the same
    heartbeats without that join.
    """
    logger = get_run_logger()
    source_dir, target = Path(source).resolve(), Path(warehouse).resolve()
    summary = RunSummary(new_run_id(), datetime.now(timezone.utc).replace(tzinfo=None),
                         source_dir=str(source_dir), warehouse=str(target))
    # The tasks are synchronous. In an async flow Prefect gives each sync task
    # call a new API client (and TLS context, 30-70 ms) unless one is already
    # in context: open one for the whole run.
    with SyncClientContext.get_or_create():
        failed = _run_under_lock(source_dir, target, summary, wait_seconds, settings.dask_address(dask_address),
                                 logger)
    if failed is not None:
        return failed
    await _log_and_publish(summary, logger)
    return summary


def _run_under_lock(source_dir: Path, target: Path, summary: RunSummary, wait_seconds: float,
                    dask_address: str | None, logger) -> State | None:
    """Take the run lock (or give up: "skipped") and ingest, filling in `summary`.
    Returns a Failed state for the faults that fail a run with one line."""
    lock = acquire_lock(target, wait_seconds)
    if lock is None:
        summary.status = "skipped"
        holder = lock_holder(target) or "a run that has since finished"
        summary.message = f"another run was writing {target} ({holder}); waited {wait_seconds:g} s, skipped this run"
        summary.finished_at = datetime.now(timezone.utc).replace(tzinfo=None)
        logger.warning("skipped: %s", summary.message)
        return None
    try:
        lock.describe(summary.run_id)
        try:
            _ingest(source_dir, target, summary, dask_address, logger)
        except BaseException as exc:
            summary.status = "failed"
            summary.message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            summary.finished_at = datetime.now(timezone.utc).replace(tzinfo=None)
            if not isinstance(exc, WarehouseBroken):
                _record_failed_run(target, summary, logger)
            if isinstance(exc, (SourceFolderError, WarehouseBroken)):
                # Expected faults: one line in the log, no traceback; the
                # caller still gets the exception.
                logger.error("run failed: %s", summary.message)
                return Failed(message=summary.message, data=exc)
            raise
    finally:
        lock.release()
    return None


def run_ingest(source: str, warehouse: str, wait_seconds: float = LIMITS.lock_wait_seconds, *,
               dask_address: str | None = None, return_state: bool = False):
    """Run the flow from synchronous code (the CLI, tests, benchmarks): its
    RunSummary, or its final Prefect state with `return_state=True`."""
    return asyncio.run(ingest_articles(source, warehouse, wait_seconds, dask_address, return_state=return_state))


def _ingest(source_dir: Path, target: Path, summary: RunSummary, dask_address: str | None, logger) -> None:
    """Plan, then extract, check and load batch by batch into a staged copy,
    made only when the run has something to write."""
    run_date = summary.started_at.date()
    # The two faults that fail a run are checked here, outside any task, so
    # the operator gets one line instead of Prefect's task traceback.
    check_source(source_dir)
    published = read_published(target)
    plan = plan_task(quote(source_dir), quote(published.known))
    summary.files_seen = plan.files_seen
    summary.files_unchanged = len(plan.unchanged)
    todo = batches(plan.to_read)
    extraction = Extraction(extract_chunk_task, source_dir, len(plan.to_read), dask_address)
    with StagingOnDemand(target, summary.run_id) as staging, extraction:
        if not published.up_to_date:
            staging.open()   # a first run, a new migration or new views: the file changes even with no new files
        progress = _Progress(len(plan.to_read), logger)
        # Batch i+1 is queued on the workers before this process waits for
        # batch i, so a worker that ends its last chunk of batch i goes on
        # with batch i+1 at once instead of idling until the other worker's
        # last chunk is back, merged, and the next batch submitted (measured:
        # 4-6 s idle per worker at that boundary under load, 0.7-1.5 s after;
        # docs/performance.md, seventh session). Batch i+2 is submitted once
        # batch i is loaded, well before batch i+1 is done: no more results
        # wait in memory than before.
        in_flight = [extraction.submit(b, plan.known) for b in todo[:2]]
        for i, batch in enumerate(todo):
            extracted = extract_task(quote(in_flight.pop(0)))
            checked = check_task(quote(extracted), quote(run_date)) if extracted.articles or extracted.touched else None
            if checked is not None:
                load_task(quote(staging.open()), quote(checked), quote(summary.run_id))
            if i + 2 < len(todo):
                in_flight.append(extraction.submit(todo[i + 2], plan.known))
            summary.add(extracted, checked)
            _log_files(checked, source_dir, logger)
            progress.advance(len(batch))
        progress.close()
        summary.status = "succeeded"
        summary.finished_at = datetime.now(timezone.utc).replace(tzinfo=None)
        summary.message = "nothing new" if summary.nothing_new else None
        if staging.opened:
            record_run(staging.open(), summary)
    if staging.opened:
        pending_runs.clear(target)   # their rows were published with this run's
    else:
        # Nothing to write: the warehouse stays byte-identical and the run's
        # row waits in the journal for the next run that writes.
        pending_runs.append(target, run_row(summary))
        remove_stale_staging(target)   # a killed run's copy would otherwise wait for the next write


def _record_failed_run(target: Path, summary: RunSummary, logger) -> None:
    """Leave a trace of a failed run in `runs`, in a fresh staged copy."""
    try:
        with staged(target, summary.run_id + "-failed") as wh:
            record_run(wh, summary)
        pending_runs.clear(target)
    except Exception as exc:  # the warehouse itself may be what failed
        logger.error("could not record the failed run in %s: %s", target, str(exc).splitlines()[0])


def _log_files(checked: CheckedBatch | None, source_dir: Path, logger) -> None:
    """One log line per file that failed or gave nothing, with the reason."""
    if checked is None or checked.articles.is_empty():
        return
    for path, status, reason in checked.articles.filter(pl.col("status") != "loaded").select(
            "source_path", "status", "reason").iter_rows():
        shown = _relative(path, source_dir)
        if status == "failed":
            logger.warning("failed: %s: %s", shown, reason)
        else:
            logger.info("%s: %s: %s", status, shown, reason or "no figures kept")


def _relative(path: str, source_dir: Path) -> str:
    try:
        return Path(path).relative_to(source_dir).as_posix()
    except ValueError:
        return path


async def _log_and_publish(summary: RunSummary, logger) -> None:
    if summary.status == "skipped":
        pass   # already logged as a warning
    elif summary.nothing_new:
        logger.info("nothing new: %d files unchanged", summary.files_unchanged)
    else:
        logger.info(
            "files: %d new, %d changed, %d unchanged, %d failed; rows: %d loaded, %d quarantined",
            summary.files_new, summary.files_changed, summary.files_unchanged, summary.files_failed,
            summary.rows_loaded, summary.rows_quarantined,
        )
    counts, per_indicator = summary_tables(summary)
    try:
        # Each artifact is an API call. A run with nothing new publishes the
        # report only: its counts table would be all zeros but `unchanged`,
        # which the report states in words.
        if not (summary.status == "succeeded" and summary.nothing_new):
            await acreate_table_artifact(
                key="ingest-summary",
                table=counts,
                description=f"Run {summary.run_id} ({summary.status}) into {summary.warehouse}: files and rows",
            )
        if per_indicator:
            await acreate_table_artifact(
                key="ingest-indicators",
                table=per_indicator,
                description=f"Run {summary.run_id}: rows loaded and quarantined per indicator",
            )
        await acreate_markdown_artifact(key="ingest-report", markdown=summary_markdown(summary, per_indicator))
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
