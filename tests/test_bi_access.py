"""BI access the way Superset does it: SQLAlchemy with duckdb_engine,
read-only and with no way to reach other files, while the file stays usable
for others. The engine is the one the project ships
(indicator_warehouse.sqlalchemy_dialect.reader_engine)."""
from __future__ import annotations

import subprocess
import sys

import pytest

sqlalchemy = pytest.importorskip("sqlalchemy")
pytest.importorskip("duckdb_engine")

from sqlalchemy import create_engine, inspect, text  # noqa: E402

from indicator_warehouse.sqlalchemy_dialect import reader_engine  # noqa: E402
from warehouse_factory import build_warehouse  # noqa: E402


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    return build_warehouse(tmp_path_factory.mktemp("bi") / "w.duckdb")


@pytest.fixture(scope="module")
def engine(warehouse):
    eng = reader_engine(warehouse)
    yield eng
    eng.dispose()


def test_query_yoy_metrics_through_sqlalchemy(engine):
    with engine.connect() as conn:
        rows = conn.execute(text(
            """SELECT indicator, region, year, value, prev_value, pct_change FROM yoy_metrics
               WHERE indicator = :ind AND period_type = 'year' ORDER BY year"""), {"ind": "rd_expenditure"}).all()
    assert [(r.year, r.value, r.prev_value) for r in rows] == [(2023, 480.26e9, None), (2024, 510e9, 480.26e9)]
    assert rows[1].pct_change == pytest.approx(6.1925, abs=1e-3)


def test_schema_browser_lists_tables_and_views(engine):
    insp = inspect(engine)
    assert {"observations", "indicator_series", "yoy_metrics", "growth_spans", "conflicts", "dim_date"} \
        <= set(insp.get_view_names())
    assert {"articles", "figures", "quarantine", "runs", "schema_version"} <= set(insp.get_table_names())


def test_comments_are_visible_to_sql_clients(engine):
    with engine.connect() as conn:
        comment = conn.execute(text(
            """SELECT comment FROM duckdb_columns()
               WHERE table_name = 'growth_spans' AND column_name = 'cagr_pct'""")).scalar_one()
    assert "Compound annual growth" in comment


def test_column_reflection_with_the_project_dialect(engine):
    """SQLAlchemy >= 2.0.45 reflects columns with a pg_collation query DuckDB cannot
    answer; the `duckdb+indicators` dialect leaves that part out."""
    assert engine.url.drivername == "duckdb+indicators"      # found through the package's entry point
    columns = {c["name"]: c for c in inspect(engine).get_columns("yoy_metrics")}
    assert {"indicator", "region", "year", "value", "prev_value", "pct_change"} <= set(columns)
    assert isinstance(columns["pct_change"]["type"], sqlalchemy.Float)
    assert columns["value"]["comment"]        # the view's column comments come along
    assert [c["name"] for c in inspect(engine).get_columns("figures")][:2] == ["figure_id", "article_id"]


def test_plain_duckdb_engine_column_reflection_still_needs_the_dialect(warehouse):
    """Tells when the shim can go: once a duckdb-engine release reflects columns
    on this SQLAlchemy, this fails and sqlalchemy_dialect.py should be deleted."""
    plain = create_engine(f"duckdb:///{warehouse}", connect_args={"read_only": True})
    try:
        if sqlalchemy.__version__ < "2.0.45":
            pytest.skip("this SQLAlchemy predates the pg_collation query")
        with pytest.raises((sqlalchemy.exc.DBAPIError, TypeError)):
            inspect(plain).get_columns("yoy_metrics")
    finally:
        plain.dispose()


def test_read_only_engine_cannot_write(engine):
    with engine.connect() as conn, pytest.raises(sqlalchemy.exc.DBAPIError):
        conn.execute(text("DELETE FROM figures"))


PROBES = {
    "read a file outside the warehouse": "SELECT * FROM read_text('/etc/passwd')",
    "write a file": "COPY (SELECT 1 AS x) TO '{out}'",
    "attach another database": "ATTACH '{other}' AS other",
    "switch external access back on": "SET enable_external_access = true",
    "unlock the configuration": "SET lock_configuration = false",
}


def test_reader_cannot_touch_other_files_while_every_view_answers(engine, tmp_path):
    other = tmp_path / "other.duckdb"
    import duckdb
    duckdb.connect(str(other)).close()
    out = tmp_path / "out.csv"
    with engine.connect() as conn:
        for what, probe in PROBES.items():
            with pytest.raises(sqlalchemy.exc.DBAPIError, match="disabled by configuration|configuration has been locked"):
                conn.execute(text(probe.format(out=out, other=other)))
            conn.rollback()
        views = conn.execute(text("SELECT view_name FROM duckdb_views() WHERE NOT internal")).scalars().all()
        assert {"observations", "yoy_metrics", "growth_spans", "conflicts", "quarantine_summary"} <= set(views)
        for view in views:
            conn.execute(text(f'SELECT * FROM "{view}"')).all()
    assert not out.exists()


def test_two_read_only_clients_share_the_file(engine):
    """A BI tool and a person at the command line (another process) read at the same time."""
    script = ("import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=True); "
              "print(con.execute('SELECT count(*) FROM conflicts').fetchone()[0])")
    with engine.connect() as conn:
        mine = conn.execute(text("SELECT count(*) FROM conflicts")).scalar_one()
        proc = subprocess.run([sys.executable, "-c", script, engine.url.database],
                              capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) == mine == 3
