"""The published warehouse opens in the DuckDB 1.x releases BI tools embed,
and a warehouse written in a newer storage format is converted, with nothing
lost, by the next run.

The older releases live in their own virtual environments
(scripts/duckdb_readers.py, made by `make setup`); each reads the file in a
subprocess with the same read-only, no-external-access configuration the
project's own readers use.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from indicator_warehouse import warehouse as wh
from indicator_warehouse.settings import READER_CONFIG, STORAGE_VERSION
from warehouse_factory import build_warehouse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))     # duckdb_readers imports its sibling isolated_env
_spec = importlib.util.spec_from_file_location("duckdb_readers", ROOT / "scripts" / "duckdb_readers.py")
duckdb_readers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(duckdb_readers)

# Runs inside the old DuckDB's environment: every view, every row, every column.
READ_EVERY_VIEW = """
import duckdb, json, sys
con = duckdb.connect(sys.argv[1], read_only=True, config=json.loads(sys.argv[2]))
views = [v for (v,) in con.execute(
    "SELECT view_name FROM duckdb_views() WHERE NOT internal AND database_name = current_database() ORDER BY 1"
).fetchall()]
print(json.dumps({
    "version": duckdb.__version__,
    "rows": {v: len(con.execute(f'SELECT * FROM "{v}"').fetchall()) for v in views},
    "column_comments": con.execute("SELECT count(comment) FROM duckdb_columns()").fetchone()[0],
}))
"""

EXPECTED_VIEWS = {"observations", "targets", "indicator_series", "yoy_metrics", "growth_spans", "conflicts",
                  "dim_date", "quarantine_summary"}


@pytest.fixture(scope="module", params=duckdb_readers.READER_VERSIONS)
def old_duckdb(request) -> Path:
    """The python of an environment with this DuckDB release (made now if set-up did not)."""
    try:
        return duckdb_readers.ensure_reader(request.param)
    except duckdb_readers.EnvUnavailable as exc:
        if _registry_unreachable(str(exc)):
            pytest.skip(f"the package registry is unreachable, so DuckDB {request.param} cannot be installed: {exc}")
        raise


def _registry_unreachable(message: str) -> bool:
    words = ("connection", "network", "resolve", "timed out", "temporary failure", "unreachable")
    return any(w in message.lower() for w in words)


def read_with(python: Path, warehouse: Path) -> dict:
    proc = subprocess.run([str(python), "-c", READ_EVERY_VIEW, str(warehouse), json.dumps(READER_CONFIG)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def read_here(warehouse: Path) -> dict:
    con = wh.connect_read_only(warehouse)
    try:
        views = [v for (v,) in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal AND database_name = current_database()"
        ).fetchall()]
        return {"rows": {v: len(con.execute(f'SELECT * FROM "{v}"').fetchall()) for v in views},
                "column_comments": con.execute("SELECT count(comment) FROM duckdb_columns()").fetchone()[0]}
    finally:
        con.close()


def publish(target: Path, run_id: str = "20260101T000000-test") -> None:
    """What a run that has something to write does to the file, with nothing loaded."""
    with wh.run_lock(target, 5), wh.staged(target, run_id):
        pass


@pytest.fixture(scope="module")
def newer_format_warehouse(tmp_path_factory) -> Path:
    """A warehouse as DuckDB 2.x writes it when nobody names a storage format."""
    path = build_warehouse(tmp_path_factory.mktemp("newer") / "w.duckdb")
    assert wh.is_newer_than_setting(wh.file_storage_version(path)), "the factory should write the newest format"
    return path


@pytest.fixture(scope="module")
def converted(newer_format_warehouse, tmp_path_factory) -> tuple[Path, Path]:
    """(the original newer-format file, the same warehouse after one run converted it)."""
    target = tmp_path_factory.mktemp("converted") / "w.duckdb"
    shutil.copyfile(newer_format_warehouse, target)
    assert not wh.read_published(target).up_to_date, "a newer format must make the next run write"
    publish(target)
    return newer_format_warehouse, target


def test_the_next_run_converts_a_newer_format_with_nothing_lost(converted):
    original, target = converted
    assert wh.file_storage_version(target) == STORAGE_VERSION + "+"
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{original}' AS before (READ_ONLY)")
        con.execute(f"ATTACH '{target}' AS after (READ_ONLY)")
        assert wh.catalog_differences(con, "before", "after") == []
        assert con.execute("SELECT count(comment) FROM duckdb_columns() WHERE database_name = 'after'"
                           ).fetchone()[0] > 100
    finally:
        con.close()
    assert read_here(target) == read_here(original)
    assert not list(target.parent.glob("w.duckdb.staging-*"))
    assert wh.read_published(target).up_to_date     # converted once: the run after it need not write


def test_old_duckdb_reads_every_view_of_the_converted_warehouse(converted, old_duckdb):
    _, target = converted
    seen = read_with(old_duckdb, target)
    assert seen["version"] == old_duckdb.parent.parent.name.removeprefix("duckdb-")
    assert EXPECTED_VIEWS <= set(seen["rows"])
    here = read_here(target)
    assert (seen["rows"], seen["column_comments"]) == (here["rows"], here["column_comments"])
    assert seen["rows"]["yoy_metrics"] > 0 and seen["rows"]["conflicts"] == 3


def test_old_duckdb_refuses_the_newer_format_which_is_why_we_convert(newer_format_warehouse, old_duckdb):
    proc = subprocess.run([str(old_duckdb), "-c", READ_EVERY_VIEW, str(newer_format_warehouse), "{}"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and "version" in proc.stderr.lower()


def test_catalog_differences_name_lost_rows_and_comments(newer_format_warehouse, tmp_path):
    damaged = tmp_path / "damaged.duckdb"
    wh.convert_storage(newer_format_warehouse, damaged)
    con = duckdb.connect(str(damaged))
    con.execute("DELETE FROM figures WHERE indicator = 'nev_output'")
    con.execute("COMMENT ON COLUMN figures.value IS NULL")
    con.close()
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{newer_format_warehouse}' AS before (READ_ONLY)")
        con.execute(f"ATTACH '{damaged}' AS after (READ_ONLY)")
        problems = wh.catalog_differences(con, "before", "after")
    finally:
        con.close()
    assert any(p.startswith("columns, their types and comments differ") for p in problems)
    assert any(p.startswith("table figures:") and "rows before" in p for p in problems)


def test_a_conversion_that_does_not_check_out_leaves_the_file_as_it_was(newer_format_warehouse, tmp_path,
                                                                        monkeypatch):
    target = tmp_path / "w.duckdb"
    shutil.copyfile(newer_format_warehouse, target)
    before = target.read_bytes()
    monkeypatch.setattr(wh, "catalog_differences", lambda *_: ["table figures: 12 rows before, 11 after"])
    with pytest.raises(wh.WarehouseBroken, match="would lose data.*12 rows before, 11 after"):
        publish(target)
    assert target.read_bytes() == before
    assert not list(tmp_path.glob("w.duckdb.staging-*"))     # the half-checked copy is gone


@pytest.mark.slow
def test_a_real_run_publishes_a_file_old_duckdb_reads(run_flow, sample_corpus, tmp_path, old_duckdb):
    warehouse = tmp_path / "w.duckdb"
    assert run_flow(sample_corpus, warehouse).status == "succeeded"
    (sample_corpus / "extra.txt").write_text("Shenzhen's GDP reached 3.68 trillion yuan in 2024.\n")
    assert run_flow(sample_corpus, warehouse).files_new == 1      # written and checkpointed again by DuckDB 2.x
    assert wh.file_storage_version(warehouse) == STORAGE_VERSION + "+"
    seen = read_with(old_duckdb, warehouse)
    assert EXPECTED_VIEWS <= set(seen["rows"]) and seen["rows"]["observations"] > 0
    assert seen["rows"] == read_here(warehouse)["rows"]
