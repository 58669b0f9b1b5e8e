"""A cold `indicators run` that finds nothing new, recorded without Prefect's engine.

A user who triggers `indicators run` from system cron or a Kubernetes
CronJob against a long-lived Prefect server (PREFECT_API_URL) pays, on every
tick, for importing Prefect (~2 s here) and for the engine's flow-run
bookkeeping (~1.4 s), although most ticks find nothing to do. Whether there
is anything to do needs neither: the published warehouse says what it has
read (size and mtimes per file), and one scan of the source folder says what
is there now.

So before the flow starts, `record_if_nothing_new` makes that check under
the run lock. It waits a little for the lock (QUICK_LOCK_WAIT_SECONDS, never
more than the run's own --wait): a tick of `indicators serve` on the same
warehouse holds it for about a second, and a cron tick that lands on one
should still take this path, not fall through to the whole engine. When every file is unchanged and the warehouse needs no
migration, it records the run exactly where a flow run with nothing new
would: a flow run of `ingest-articles` in state Completed on the server,
named after the run id, with the same "ingest-report" artifact, created
through Prefect's REST API; and the run's row in the pending-runs journal
(pending_runs.py), which reaches the `runs` table with the next write. The
warehouse file is not touched. In every other case (something to read, a
busy lock, a server that does not answer, no PREFECT_API_URL) it returns
None and the caller runs the flow, which decides everything again.

Set INDICATORS_QUICK_NOOP=0 to always run the flow.
"""
from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from . import pending_runs
from .discover import discover, looks_unchanged
from .run_summary import RunSummary, new_run_id, run_row, summary_markdown
from .warehouse import WarehouseBusy, read_published, remove_stale_staging, try_lock

ENABLE_ENV = "INDICATORS_QUICK_NOOP"
FLOW_NAME = "ingest-articles"      # the @flow name in flow.py
API_TIMEOUT_SECONDS = 10.0
# Long enough to outlast another run's nothing-new tick or a small load; a
# longer holder is a real load, and the flow waits for it with its backoff.
QUICK_LOCK_WAIT_SECONDS = 15.0


class ServerUnavailable(Exception):
    """The Prefect server did not accept the run's record."""


def enabled() -> bool:
    return bool(api_url()) and os.environ.get(ENABLE_ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def api_url() -> str | None:
    """The long-lived server's API (PREFECT_API_URL from the environment only:
    a URL kept in a Prefect profile leaves this path off, and the flow runs)."""
    return os.environ.get("PREFECT_API_URL", "").strip().rstrip("/") or None


@dataclass
class QuickCheck:
    """What the quick path did: the recorded summary, or why the flow must run."""
    summary: RunSummary | None = None
    reason: str = ""


def record_if_nothing_new(source: Path, warehouse: Path, wait_seconds: float = 0.0) -> RunSummary | None:
    """The finished summary of a nothing-new run, recorded; or None: run the flow."""
    return check_nothing_new(source, warehouse, wait_seconds).summary


def check_nothing_new(source: Path, warehouse: Path, wait_seconds: float = 0.0) -> QuickCheck:
    """Record a nothing-new run without the engine, or say why the flow must run.
    `wait_seconds` is the run's --wait; the lock is awaited for at most
    QUICK_LOCK_WAIT_SECONDS of it."""
    if not enabled():
        return QuickCheck(reason="off (no PREFECT_API_URL, or INDICATORS_QUICK_NOOP=0)")
    source_dir, target = source.resolve(), warehouse.resolve()
    if not source_dir.is_dir():
        return QuickCheck(reason="no source folder")    # the flow fails it with its one-line reason
    if not target.exists():
        return QuickCheck(reason="no warehouse yet")
    try:
        lock = try_lock(target, min(max(wait_seconds, 0.0), QUICK_LOCK_WAIT_SECONDS))
    except WarehouseBusy as busy:
        return QuickCheck(reason=str(busy))             # the flow waits for the lock, or skips, as configured
    try:
        # Read under the lock: the run that held it may just have published.
        try:
            published = read_published(target)
        except Exception as exc:                        # unreadable warehouse: the flow reports it
            return QuickCheck(reason=f"the warehouse could not be read ({type(exc).__name__})")
        if not published.up_to_date:
            return QuickCheck(reason="the warehouse needs a migration or a checkpoint")
        summary = RunSummary(new_run_id(), datetime.now(timezone.utc).replace(tzinfo=None),
                             source_dir=str(source_dir), warehouse=str(target))
        lock.describe(summary.run_id)
        files = discover(source_dir)
        changed = sum(not looks_unchanged(f, published.known.get(f.source_path)) for f in files)
        if changed:
            return QuickCheck(reason=f"{changed} new or changed files")
        summary.files_seen = summary.files_unchanged = len(files)
        summary.status, summary.message = "succeeded", "nothing new"
        summary.finished_at = datetime.now(timezone.utc).replace(tzinfo=None)
        try:
            record_flow_run(summary)
        except ServerUnavailable as exc:
            return QuickCheck(reason=f"the Prefect server did not take the record ({exc})")
        pending_runs.append(target, run_row(summary))
        remove_stale_staging(target)    # as the flow does when it writes nothing
        return QuickCheck(summary)
    finally:
        lock.release()


def record_flow_run(summary: RunSummary) -> str:
    """Create the flow run on the server, Running then Completed as the engine
    would leave it (so it has a start, an end and a duration), and its report
    artifact; return the flow run's id."""
    flow = _post("/flows/", {"name": FLOW_NAME})     # creates the flow, or returns the existing one
    run = _post("/flow_runs/", {
        "flow_id": flow["id"],
        "name": summary.run_id,
        "parameters": {"source": summary.source_dir, "warehouse": summary.warehouse},
        "tags": ["nothing-new"],
        "state": {"type": "RUNNING", "name": "Running"},
    })
    message = f"nothing new: {summary.files_unchanged} files unchanged"
    done = _post(f"/flow_runs/{run['id']}/set_state",
                 {"state": {"type": "COMPLETED", "name": "Completed", "message": message}})
    if done.get("status") != "ACCEPT":
        raise ServerUnavailable(f"the server did not accept the Completed state: {done.get('status')}")
    try:
        _post("/artifacts/", {"key": "ingest-report", "type": "markdown", "flow_run_id": run["id"],
                              "data": summary_markdown(summary, [])})
    except ServerUnavailable:
        pass                            # artifacts are a courtesy, as in the flow
    return run["id"]


def _post(path: str, body: dict) -> dict:
    request = urllib.request.Request(api_url() + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
    key = os.environ.get("PREFECT_API_KEY", "").strip()
    if key:
        request.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(request, timeout=API_TIMEOUT_SECONDS) as response:
            return json.loads(response.read() or b"{}")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise ServerUnavailable(f"{path}: {exc}") from exc
