"""The quick nothing-new path (quick_noop.py): when it records a run, and
every case in which it must hand over to the flow instead.

The Prefect server here is a small recorder of the REST calls, so each case
can see exactly what would reach the server; tests/test_serve.py runs the
same path against a real `prefect server start`.
"""
from __future__ import annotations

import json
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from indicator_warehouse import pending_runs, settings
from indicator_warehouse.quick_noop import QUICK_LOCK_WAIT_SECONDS, check_nothing_new, record_if_nothing_new
from indicator_warehouse.warehouse import try_lock


class _Recorder(BaseHTTPRequestHandler):
    calls: list[tuple[str, dict]]

    def do_POST(self):  # noqa: N802 (http.server's naming)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.calls.append((self.path, body))
        reply = {"/api/flows/": {"id": "flow-1"},
                 "/api/flow_runs/": {"id": "run-1", "state_type": body.get("state", {}).get("type")},
                 "/api/flow_runs/run-1/set_state": {"status": "ACCEPT"},
                 "/api/artifacts/": {"id": "artifact-1"}}.get(self.path)
        self.send_response(201 if reply else 404)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps(reply or {"detail": "Not Found"}).encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def api(monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.calls = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("PREFECT_API_URL", f"http://127.0.0.1:{server.server_port}/api")
    monkeypatch.delenv("INDICATORS_QUICK_NOOP", raising=False)
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def published(tmp_path, run_flow, monkeypatch):
    """(source folder, warehouse) after one real flow run over one article."""
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(settings.SAMPLE_CORPUS_DIR / "01_guangdong_rd_hightech.txt", src / "first.txt")
    warehouse = tmp_path / "w.duckdb"
    summary = run_flow(src, warehouse)
    assert summary.files_new == 1 and summary.rows_loaded > 0
    return src, warehouse


def test_nothing_new_is_recorded_on_the_server_and_in_the_journal(published, api):
    src, warehouse = published
    before = warehouse.read_bytes()

    summary = record_if_nothing_new(src, warehouse)

    assert summary is not None and summary.nothing_new and summary.status == "succeeded"
    assert (summary.files_seen, summary.files_unchanged) == (1, 1)
    paths = [path for path, _ in api.calls]
    assert paths == ["/api/flows/", "/api/flow_runs/", "/api/flow_runs/run-1/set_state", "/api/artifacts/"]
    flow, run, done, artifact = (body for _, body in api.calls)
    assert flow == {"name": "ingest-articles"}
    assert run["flow_id"] == "flow-1" and run["name"] == summary.run_id and run["state"]["type"] == "RUNNING"
    assert run["parameters"] == {"source": str(src.resolve()), "warehouse": str(warehouse.resolve())}
    assert done["state"]["type"] == "COMPLETED" and done["state"]["message"] == "nothing new: 1 files unchanged"
    assert artifact["flow_run_id"] == "run-1" and artifact["key"] == "ingest-report"
    assert "Nothing new: 1 files unchanged" in artifact["data"]
    # The warehouse is untouched; the run's row waits in the journal.
    assert warehouse.read_bytes() == before
    assert [row["run_id"] for row in pending_runs.read(warehouse)] == [summary.run_id]


@pytest.mark.parametrize("change", ["new file", "edited file", "removed warehouse"])
def test_anything_to_do_hands_over_to_the_flow(published, api, change):
    src, warehouse = published
    if change == "new file":
        shutil.copy(settings.SAMPLE_CORPUS_DIR / "06_marine_economy.txt", src / "second.txt")
    elif change == "edited file":
        with open(src / "first.txt", "a", encoding="utf-8") as f:
            f.write("\nOne more line.\n")
    else:
        warehouse.unlink()
    quick = check_nothing_new(src, warehouse)
    assert quick.summary is None
    # The reason `indicators run` prints when the flow then finds nothing new.
    assert quick.reason == ("no warehouse yet" if change == "removed warehouse" else "1 new or changed files")
    assert api.calls == []
    assert pending_runs.read(warehouse) == []


def test_a_busy_lock_hands_over_to_the_flow(published, api):
    src, warehouse = published
    lock = try_lock(warehouse)
    try:
        assert record_if_nothing_new(src, warehouse) is None
    finally:
        lock.release()
    assert api.calls == [] and pending_runs.read(warehouse) == []


def test_a_lock_released_within_the_wait_still_takes_the_quick_path(published, api):
    # A cron tick that lands on a serve tick of the same warehouse (CI saw
    # one fall through to the whole engine): it waits for the short holder.
    src, warehouse = published
    lock = try_lock(warehouse)
    threading.Timer(0.6, lock.release).start()
    started = time.monotonic()
    summary = record_if_nothing_new(src, warehouse, wait_seconds=30)
    assert summary is not None and summary.nothing_new
    assert 0.5 < time.monotonic() - started < QUICK_LOCK_WAIT_SECONDS
    assert [row["run_id"] for row in pending_runs.read(warehouse)] == [summary.run_id]


def test_a_lock_kept_past_the_wait_hands_over_to_the_flow(published, api):
    src, warehouse = published
    lock = try_lock(warehouse)
    try:
        quick = check_nothing_new(src, warehouse, wait_seconds=0.5)
        assert quick.summary is None and quick.reason.startswith("another run is writing")
    finally:
        lock.release()
    assert api.calls == [] and pending_runs.read(warehouse) == []


def test_a_server_that_does_not_answer_hands_over_to_the_flow(published, api, monkeypatch):
    src, warehouse = published
    monkeypatch.setenv("PREFECT_API_URL", f"http://127.0.0.1:{api.server_port}/wrong-prefix")
    assert record_if_nothing_new(src, warehouse) is None
    assert pending_runs.read(warehouse) == []     # nothing recorded anywhere


@pytest.mark.parametrize("env", [{"PREFECT_API_URL": ""}, {"INDICATORS_QUICK_NOOP": "0"}])
def test_off_without_a_server_url_or_when_turned_off(published, api, monkeypatch, env):
    src, warehouse = published
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert record_if_nothing_new(src, warehouse) is None
    assert api.calls == []


def test_a_missing_source_folder_hands_over_to_the_flow(published, api):
    _, warehouse = published
    assert record_if_nothing_new(Path("/nonexistent/articles"), warehouse) is None
