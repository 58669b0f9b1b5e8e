"""`indicators query`: read-only SQL, printed as a table; writes refused."""
from __future__ import annotations

import subprocess
import sys
from datetime import date

import duckdb
import pytest

from indicator_warehouse.cli import main
from indicator_warehouse.query import Result, format_cell, format_table
from warehouse_factory import build_warehouse


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    return build_warehouse(tmp_path_factory.mktemp("query") / "w.duckdb")


def fingerprint(path):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT count(*), sum(value) FROM figures").fetchone(), \
            con.execute("SELECT count(*) FROM duckdb_tables() WHERE NOT internal").fetchone()
    finally:
        con.close()


def test_prints_a_table(warehouse, capsys):
    rc = main(["query", "SELECT indicator, year, value, pct_change FROM yoy_metrics "
                        "WHERE indicator = 'rd_expenditure' ORDER BY year", "--warehouse", str(warehouse)])
    out = capsys.readouterr().out.splitlines()
    assert rc == 0
    assert out[0].split() == ["indicator", "year", "value", "pct_change"]
    assert set(out[1]) <= {"-", " "}
    assert out[2].split() == ["rd_expenditure", "2023", "480,260,000,000", "NULL"]
    assert out[3].split() == ["rd_expenditure", "2024", "510,000,000,000", "6.19248"]
    assert out[-1] == "(2 rows)"


@pytest.mark.parametrize("sql", [
    "WITH t AS (SELECT 1 AS x) SELECT * FROM t",
    "DESCRIBE yoy_metrics",
    "SHOW TABLES",
    "SUMMARIZE figures",
    "FROM growth_spans",
    "PRAGMA table_info('conflicts')",
    "EXPLAIN SELECT * FROM observations",
    "SELECT 1; SELECT 2",
])
def test_read_only_statements_run(warehouse, sql, capsys):
    assert main(["query", sql, "--warehouse", str(warehouse)]) == 0
    assert "row" in capsys.readouterr().out


@pytest.mark.parametrize("sql, kind", [
    ("INSERT INTO figures SELECT * FROM figures", "INSERT"),
    ("DELETE FROM figures", "DELETE"),
    ("UPDATE figures SET value = 0", "UPDATE"),
    ("DROP VIEW conflicts", "DROP"),
    ("CREATE TABLE x AS SELECT 1", "CREATE"),
    ("ALTER TABLE figures ADD COLUMN x INT", "ALTER"),
    ("SELECT 1; DELETE FROM figures", "DELETE"),
    ("ATTACH ':memory:' AS other", "ATTACH"),
    ("CHECKPOINT", "CALL"),
    ("SET threads = 1", "SET"),
])
def test_writes_are_refused(warehouse, sql, kind, capsys):
    before = fingerprint(warehouse)
    rc = main(["query", sql, "--warehouse", str(warehouse)])
    err = capsys.readouterr().err
    assert rc == 2
    assert "refused" in err and kind in err and "only reads" in err
    assert fingerprint(warehouse) == before


def test_copy_to_a_file_is_refused(warehouse, tmp_path, capsys):
    target = tmp_path / "out.csv"
    assert main(["query", f"COPY (SELECT 1) TO '{target}'", "--warehouse", str(warehouse)]) == 2
    assert not target.exists()


def test_sql_errors_and_missing_file_exit_non_zero(warehouse, tmp_path, capsys):
    assert main(["query", "SELECT * FROM no_such_view", "--warehouse", str(warehouse)]) == 1
    assert "no_such_view" in capsys.readouterr().err
    assert main(["query", "SELECT 1", "--warehouse", str(tmp_path / "missing.duckdb")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "missing.duckdb").exists()


def test_limit_and_csv(warehouse, capsys):
    assert main(["query", "SELECT date_day FROM dim_date ORDER BY 1", "--warehouse", str(warehouse),
                 "--limit", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2:5] == ["2000-01-01", "2000-01-02", "2000-01-03"]
    assert "more not shown" in out[-1]
    assert main(["query", "SELECT indicator, article_ids FROM indicator_series WHERE n_sources = 2",
                 "--warehouse", str(warehouse), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "indicator,article_ids", 'rd_expenditure,"[""a002rootproblems"", ""a004hightech0000""]"']


def test_format_cell():
    assert format_cell(None) == "NULL"
    assert format_cell(480260000000.0) == "480,260,000,000"
    assert format_cell(8.974425) == "8.97443"
    assert format_cell(74709.418) == "74,709.42"
    assert format_cell(2024) == "2024"
    assert format_cell(True) == "true"
    assert format_cell(date(2024, 1, 31)) == "2024-01-31"
    assert format_cell("x" * 100, max_width=10) == "x" * 9 + "…"
    assert format_cell("two\nlines") == "two lines"


def test_numbers_are_right_aligned():
    text = format_table(Result(["name", "n"], ["VARCHAR", "DOUBLE"], [("a", 1.0), ("bb", 1000.0)], False))
    assert text.splitlines()[2:4] == ["a         1", "bb    1,000"]


def test_cli_entry_point_refuses_writes(warehouse):
    """The installed command, end to end (exit status and message)."""
    proc = subprocess.run([sys.executable, "-m", "indicator_warehouse.cli", "query", "DELETE FROM figures",
                           "--warehouse", str(warehouse)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.startswith("indicators query: refused: DELETE statement")
