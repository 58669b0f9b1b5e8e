"""The published file: what a run reads before deciding to write, and the
staged copy made only when there is something to write."""
from __future__ import annotations

import hashlib

import duckdb
import pytest

from indicator_warehouse.warehouse import (StagingOnDemand, migration_files, read_published, staged,
                                           wal_path_for)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def published(tmp_path):
    """A migrated warehouse with views, published the way a run publishes it."""
    target = tmp_path / "w.duckdb"
    with staged(target, "r0") as wh:
        wh.con.execute("""INSERT INTO articles (source_path, article_id, content_hash, size_bytes, mtime_ns,
                                                sidecar_mtime_ns, status, run_id, updated_at)
                          VALUES ('/src/a.txt', 'abc', 'hash', 10, 20, 0, 'loaded', 'r0', now())""")
    return target


def test_a_missing_warehouse_is_not_up_to_date(tmp_path):
    state = read_published(tmp_path / "none.duckdb")
    assert state.known == {} and not state.up_to_date


def test_a_published_warehouse_is_up_to_date_and_says_what_it_knows(published):
    state = read_published(published)
    assert state.up_to_date
    assert list(state.known) == ["/src/a.txt"]
    assert (state.known["/src/a.txt"].size, state.known["/src/a.txt"].status) == (10, "loaded")


def test_a_new_migration_changed_views_or_a_stray_wal_mean_the_file_must_be_rewritten(published):
    newest = migration_files()[-1]
    con = duckdb.connect(str(published))
    con.execute("DELETE FROM schema_version WHERE version = ?", [int(newest.name[:3])])
    con.close()
    assert not read_published(published).up_to_date
    with staged(published, "r1"):
        pass
    assert read_published(published).up_to_date

    con = duckdb.connect(str(published))
    con.execute("UPDATE views_checksum SET checksum = 'older views'")
    con.close()
    assert not read_published(published).up_to_date
    with staged(published, "r2"):
        pass
    assert read_published(published).up_to_date

    wal_path_for(published).write_bytes(b"")
    assert not read_published(published).up_to_date


def test_staging_never_opened_leaves_the_file_byte_identical(published):
    before = digest(published), published.stat().st_ino
    with StagingOnDemand(published, "r1") as staging:
        assert not staging.opened
    assert (digest(published), published.stat().st_ino) == before
    assert not list(published.parent.glob("w.duckdb.staging-*"))


def test_staging_opened_is_published_on_success_and_discarded_on_error(published):
    with StagingOnDemand(published, "r1") as staging:
        wh = staging.open()
        assert staging.open() is wh, "one copy per run"
        wh.con.execute("DELETE FROM articles")
    assert read_published(published).known == {}

    before = digest(published)
    with pytest.raises(RuntimeError):
        with StagingOnDemand(published, "r2") as staging:
            staging.open().con.execute("INSERT INTO articles (source_path, status, run_id, updated_at) "
                                       "VALUES ('/src/b.txt', 'loaded', 'r2', now())")
            raise RuntimeError("the run failed")
    assert digest(published) == before
    assert not list(published.parent.glob("w.duckdb.staging-*"))
