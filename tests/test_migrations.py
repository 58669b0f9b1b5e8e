"""Migrations: applied in order once, recorded in schema_version; a second
application changes nothing; an older warehouse upgrades in place."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from indicator_warehouse.settings import SQL_DIR
from indicator_warehouse.warehouse import migrate, migration_files, rebuild_views, staged

FIRST = SQL_DIR / "migrations" / "001_base_tables.sql"


def _snapshot(con) -> dict:
    """Everything a migration could change: objects, columns, types, comments, versions."""
    return {
        "tables": con.execute(
            "SELECT table_name, comment FROM duckdb_tables() WHERE NOT internal ORDER BY 1").fetchall(),
        "columns": con.execute(
            """SELECT table_name, column_name, data_type, is_nullable, comment FROM duckdb_columns()
               WHERE NOT internal ORDER BY table_name, column_index""").fetchall(),
        "versions": con.execute("SELECT version, name, checksum, applied_at FROM schema_version ORDER BY 1").fetchall(),
    }


@pytest.fixture
def old_sql_dir(tmp_path) -> Path:
    """An sql/ folder as it was when only 001 existed."""
    d = tmp_path / "sql_v1"
    (d / "migrations").mkdir(parents=True)
    (d / "views").mkdir()
    shutil.copy(FIRST, d / "migrations")
    return d


def _insert_article(con, path="a.txt"):
    con.execute("""INSERT INTO articles (source_path, article_id, status, run_id, updated_at)
                   VALUES (?, 'abc', 'loaded', 'r0', now())""", [path])


def test_migrations_are_numbered_and_unique():
    versions = [int(p.name[:3]) for p in migration_files()]
    assert versions == sorted(set(versions)), "two migrations share a number"
    assert versions[0] == 1


def test_applying_twice_changes_nothing(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    applied = migrate(con)
    assert applied == [p.name for p in migration_files()]
    before = _snapshot(con)
    assert migrate(con) == []
    assert _snapshot(con) == before
    con.close()


def test_versions_and_checksums_recorded(tmp_path):
    import hashlib

    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(con)
    rows = con.execute("SELECT version, name, checksum FROM schema_version ORDER BY version").fetchall()
    con.close()
    assert [(v, n) for v, n, _ in rows] == [(int(p.name[:3]), p.name) for p in migration_files()]
    for (_, name, checksum) in rows:
        sql = (SQL_DIR / "migrations" / name).read_text(encoding="utf-8")
        assert checksum == hashlib.sha256(sql.encode()).hexdigest()


def test_old_warehouse_upgrades_in_place_when_a_migration_is_added(tmp_path, old_sql_dir):
    path = tmp_path / "w.duckdb"
    con = duckdb.connect(str(path))
    assert migrate(con, old_sql_dir) == ["001_base_tables.sql"]
    _insert_article(con)
    con.close()

    # A newer version of the project ships a new migration.
    (old_sql_dir / "migrations" / "002_add_note.sql").write_text(
        "ALTER TABLE articles ADD COLUMN note VARCHAR DEFAULT 'n/a';\n"
        "COMMENT ON COLUMN articles.note IS 'A note.';\n")
    con = duckdb.connect(str(path))
    assert migrate(con, old_sql_dir) == ["002_add_note.sql"]
    assert con.execute("SELECT source_path, article_id, note FROM articles").fetchall() == [("a.txt", "abc", "n/a")]
    assert con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall() == [(1,), (2,)]
    assert migrate(con, old_sql_dir) == []
    con.close()


def test_old_warehouse_upgrades_to_the_current_schema(tmp_path, old_sql_dir):
    """A file made by the first version gets every later migration and the
    current views, keeping its data."""
    path = tmp_path / "w.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, old_sql_dir)
    _insert_article(con)
    con.close()

    con = duckdb.connect(str(path))
    assert migrate(con) == [p.name for p in migration_files()[1:]]
    rebuild_views(con)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM yoy_metrics").fetchone() == (0,)
    assert con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = 'articles'").fetchone()[0]
    con.close()


def test_a_run_upgrades_an_old_warehouse(tmp_path, old_sql_dir):
    """staged() (what every run uses) migrates the copy before writing and
    publishes the upgraded file."""
    path = tmp_path / "w.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, old_sql_dir)
    _insert_article(con)
    con.close()

    with staged(path, "upgrade-test"):
        pass
    con = duckdb.connect(str(path), read_only=True)
    versions = [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()]
    views = {v for (v,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    assert versions == [int(p.name[:3]) for p in migration_files()]
    assert {"observations", "indicator_series", "yoy_metrics", "growth_spans", "conflicts", "dim_date"} <= views
    assert n == 1


def test_a_failing_migration_is_rolled_back_and_not_recorded(tmp_path, old_sql_dir):
    (old_sql_dir / "migrations" / "002_broken.sql").write_text(
        "CREATE TABLE half_done (a INTEGER);\nSELECT * FROM no_such_table;\n")
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    with pytest.raises(duckdb.Error):
        migrate(con, old_sql_dir)
    assert con.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
    assert not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'half_done'").fetchone()[0]
    con.close()


def test_views_are_rebuilt_only_when_their_sql_changes(tmp_path):
    import duckdb

    con = duckdb.connect(str(tmp_path / "v.duckdb"))
    migrate(con)
    assert rebuild_views(con) is True
    assert rebuild_views(con) is False          # same definitions: nothing to do
    assert rebuild_views(con, force=True) is True
    con.execute("DROP VIEW observations")       # forced rebuild restores anything lost
    rebuild_views(con, force=True)
    assert con.execute("SELECT count(*) FROM observations").fetchone() == (0,)
