"""The project's own readers (indicators query, report, status) open the
warehouse read-only with no access to any other file: reading /etc/passwd,
writing with COPY ... TO, ATTACH, and switching the setting back on are all
refused, while every view still answers."""
from __future__ import annotations

import duckdb
import pytest

from indicator_warehouse.cli import main
from indicator_warehouse.query import QueryError, run_query
from indicator_warehouse.warehouse import connect_read_only
from warehouse_factory import build_warehouse


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    return build_warehouse(tmp_path_factory.mktemp("isolation") / "w.duckdb")


def probes(tmp_path) -> dict[str, str]:
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    return {
        "read_text": "SELECT * FROM read_text('/etc/passwd')",
        "read_csv": "SELECT * FROM read_csv('/etc/passwd')",
        "copy to": f"COPY (SELECT 1 AS x) TO '{tmp_path / 'out.csv'}'",
        "attach": f"ATTACH '{other}' AS other",
        "set": "SET enable_external_access = true",
        "reset": "RESET enable_external_access",
    }


def test_the_reader_connection_refuses_every_probe_and_answers_every_view(warehouse, tmp_path):
    con = connect_read_only(warehouse)
    try:
        for name, sql in probes(tmp_path).items():
            with pytest.raises(duckdb.Error, match="disabled by configuration|configuration has been locked"):
                con.execute(sql)
        views = [v for (v,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()]
        assert {"observations", "indicator_series", "yoy_metrics", "growth_spans", "conflicts", "dim_date",
                "quarantine_summary"} <= set(views)
        answered = {v: len(con.execute(f'SELECT * FROM "{v}"').fetchall()) for v in views}
        assert answered["conflicts"] == 3 and answered["yoy_metrics"] > 0
    finally:
        con.close()
    assert not (tmp_path / "out.csv").exists()


def test_indicators_query_cannot_read_other_files(warehouse, capsys):
    with pytest.raises(QueryError, match="disabled by configuration"):
        run_query(warehouse, "SELECT * FROM read_text('/etc/passwd')")
    assert main(["query", "--warehouse", str(warehouse), "SELECT content FROM read_text('/etc/passwd')"]) == 1
    err = capsys.readouterr().err
    assert "file system operations are disabled" in err and "root:" not in err
