"""A BI tool reading the warehouse while the scheduled run writes it.

Two real reader processes hold the file while a real `indicators run` (a
third process) loads new articles into it:

* one keeps a single read-only connection open and queries in a loop, as a
  dashboard does: the run must still succeed, and this reader must never see
  an error or a partial load (it keeps seeing the file as it was);
* one opens a fresh read-only connection for every query: each must see the
  warehouse either entirely before or entirely after the run, never between.

Afterwards a new connection sees the new data.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from conftest import cli_env
from indicator_warehouse import settings
from warehouse_factory import build_warehouse

READER = r"""
import json, os, sys, time
import duckdb

path, stop, mode = sys.argv[1], sys.argv[2], sys.argv[3]
sql = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM observations), (SELECT count(*) FROM yoy_metrics)"
seen, errors, queries = set(), [], 0
held = duckdb.connect(path, read_only=True) if mode == "held" else None
print("ready", flush=True)
while not os.path.exists(stop):
    try:
        if held is not None:
            seen.add(held.execute(sql).fetchone())
        else:
            con = duckdb.connect(path, read_only=True)
            try:
                seen.add(con.execute(sql).fetchone())
            finally:
                con.close()
        queries += 1
    except Exception as exc:
        errors.append(str(exc).splitlines()[0])
    time.sleep(0.02)
print(json.dumps({"seen": sorted(seen), "errors": errors[:5], "queries": queries}), flush=True)
"""


def counts(path: Path) -> tuple:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM observations), "
                           "(SELECT count(*) FROM yoy_metrics)").fetchone()
    finally:
        con.close()


def start_reader(path: Path, stop: Path, mode: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", READER, str(path), str(stop), mode],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    return proc


def finish_reader(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.slow
def test_run_succeeds_while_readers_hold_the_file(tmp_path):
    warehouse = build_warehouse(tmp_path / "w.duckdb")
    source = tmp_path / "corpus"
    shutil.copytree(settings.SAMPLE_CORPUS_DIR, source)
    before = counts(warehouse)
    stop = tmp_path / "stop"

    held = start_reader(warehouse, stop, "held")
    fresh = start_reader(warehouse, stop, "fresh")
    try:
        time.sleep(0.5)
        indicators = Path(sys.executable).with_name("indicators")
        run = subprocess.run([str(indicators), "run", "--source", str(source), "--warehouse", str(warehouse)],
                             capture_output=True, text=True, timeout=600, env=cli_env())
        time.sleep(0.5)   # let the fresh reader see the published file a few times
    finally:
        stop.touch()
        held_report, fresh_report = finish_reader(held), finish_reader(fresh)

    assert run.returncode == 0, run.stderr[-2000:]
    after = counts(warehouse)   # a connection opened afterwards
    assert after[0] > before[0] and after[1] > before[1], "the run's new data is not visible"

    assert held_report["errors"] == [] and held_report["queries"] > 10
    assert held_report["seen"] == [list(before)], "the open connection saw a changed file"

    assert fresh_report["errors"] == [] and fresh_report["queries"] > 10
    assert set(map(tuple, fresh_report["seen"])) <= {before, after}, "a reader saw a half-loaded run"
    assert tuple(fresh_report["seen"][-1]) == after or after in set(map(tuple, fresh_report["seen"]))
    assert not list(tmp_path.glob("w.duckdb.staging-*")), "staging copy left behind"
