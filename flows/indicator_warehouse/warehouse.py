"""The DuckDB warehouse file: schema, safe publication, and bulk loads.

Readers never see a half-loaded run and never block a writer, because a run
never writes the published file in place:

1. take an exclusive lock (`FILE.lock`), so two runs never write at once;
2. copy FILE to `FILE.staging-<run>` and do all writes there;
3. checkpoint, close, fsync, and `os.replace` the staging file onto FILE.

A BI tool holding FILE open read-only keeps reading the old inode until it
reconnects; a run killed at any moment leaves FILE as it was (the stale
staging file is removed by the next run). See README, "Reading while the job
writes".

The file is written in the storage format `settings.STORAGE_VERSION` names
('v1.4.0'), so BI tools that embed DuckDB 1.x can open it; a warehouse found
in a newer format is converted, and checked, on its way to the staging copy
(`convert_storage`).
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from .discover import Known
from .settings import READER_CONFIG, SEEDS_DIR, SQL_DIR, STORAGE_VERSION, storage_version_key


WRITER_MEMORY_LIMIT = "256MB"


class WarehouseBusy(Exception):
    """Another run holds the warehouse lock."""


class WarehouseBroken(Exception):
    """The warehouse file exists but DuckDB cannot open it."""


# ---------------------------------------------------------------- schema


def migration_files(sql_dir: Path = SQL_DIR) -> list[Path]:
    return sorted((sql_dir / "migrations").glob("[0-9][0-9][0-9]_*.sql"))


def view_files(sql_dir: Path = SQL_DIR) -> list[Path]:
    return sorted((sql_dir / "views").glob("*.sql"))


def migrate(con: duckdb.DuckDBPyConnection, sql_dir: Path = SQL_DIR) -> list[str]:
    """Apply the migrations this file has not seen yet, in order; return their names.

    Each migration runs once and is recorded with its checksum, so applying
    twice changes nothing and an older warehouse upgrades in place.
    """
    con.execute(
        """CREATE TABLE IF NOT EXISTS schema_version (
               version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,
               checksum VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT now())"""
    )
    applied = {v for (v,) in con.execute("SELECT version FROM schema_version").fetchall()}
    done = []
    for path in migration_files(sql_dir):
        version = int(path.name[:3])
        if version in applied:
            continue
        sql = path.read_text(encoding="utf-8")
        con.execute("BEGIN")
        try:
            con.execute(sql)
            con.execute(
                "INSERT INTO schema_version (version, name, checksum) VALUES (?, ?, ?)",
                [version, path.name, hashlib.sha256(sql.encode()).hexdigest()],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        done.append(path.name)
    return done


def view_sources(sql_dir: Path = SQL_DIR) -> list[tuple[str, str]]:
    """The view files, and the catalogue files the catalogue tables are loaded
    from: a change to either makes the next run rebuild both."""
    views = [(path.name, path.read_text(encoding="utf-8")) for path in view_files(sql_dir)]
    return views + [(path.name, path.read_text(encoding="utf-8")) for path in CATALOGUE_FILES]


# The catalogue files copied into the warehouse (catalogue_indicators, catalogue_breakdowns).
CATALOGUE_FILES = (SEEDS_DIR / "indicators.csv", SEEDS_DIR / "breakdowns.csv")


def load_catalogue(con: duckdb.DuckDBPyConnection) -> None:
    """Replace the catalogue tables' rows with the seeds files' (inside the caller's transaction)."""
    indicators, breakdowns = (str(p) for p in CATALOGUE_FILES)
    con.execute("DELETE FROM catalogue_indicators")
    con.execute(
        """INSERT INTO catalogue_indicators
           SELECT code, name, unit, kind, nullif(parent, ''), nullif(ratio_of, ''),
                  CASE WHEN coalesce(breakdowns, '') = '' THEN []::VARCHAR[] ELSE string_split(breakdowns, '|') END,
                  source, description
           FROM read_csv(?, header = true, all_varchar = true)""", [indicators])
    con.execute("DELETE FROM catalogue_breakdowns")
    con.execute(
        """INSERT INTO catalogue_breakdowns
           SELECT dimension, value, string_split(aliases, '|')
           FROM read_csv(?, header = true, all_varchar = true)""", [breakdowns])


def views_digest(sources: list[tuple[str, str]]) -> str:
    return hashlib.sha256("\0".join(f"{name}\0{sql}" for name, sql in sources).encode()).hexdigest()


def views_are_current(con: duckdb.DuckDBPyConnection, digest: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM views_checksum WHERE checksum = ?", [digest]).fetchone()[0])


def schema_is_current(con: duckdb.DuckDBPyConnection, sql_dir: Path = SQL_DIR) -> bool:
    """True when every migration is applied and the views are built from the
    current sql/views/: a run with nothing to load need not open the file for writing."""
    if not (table_exists(con, "schema_version") and table_exists(con, "views_checksum")):
        return False
    applied = {v for (v,) in con.execute("SELECT version FROM schema_version").fetchall()}
    if any(int(path.name[:3]) not in applied for path in migration_files(sql_dir)):
        return False
    return views_are_current(con, views_digest(view_sources(sql_dir)))


def rebuild_views(con: duckdb.DuckDBPyConnection, sql_dir: Path = SQL_DIR, *, force: bool = False) -> bool:
    """(Re)create every view from sql/views/, in file-name order, with the
    comments each file sets, unless this file already holds exactly these
    definitions. One transaction: all views or none, and one commit instead
    of one per statement (the files hold ~200 COMMENTs). Returns whether it
    rebuilt."""
    sources = view_sources(sql_dir)
    digest = views_digest(sources)
    if not force and views_are_current(con, digest):
        return False
    con.execute("BEGIN")
    try:
        for name, sql in sources:
            if name.endswith(".sql"):
                con.execute(sql)
        load_catalogue(con)
        con.execute("DELETE FROM views_checksum")
        con.execute("INSERT INTO views_checksum VALUES (?, now())", [digest])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return True


# ---------------------------------------------------------------- reading


def connect_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    """The one way this project opens the warehouse to read it: read-only and
    with no access to any other file (settings.READER_CONFIG).

    The file is attached to a private in-memory database rather than opened
    with `duckdb.connect(path, config=...)`: DuckDB shares one database
    instance per file within a process and refuses a second connection to it
    with another configuration, so a notebook or BI library holding a plain
    read-only connection would otherwise make this one (and a run in the same
    process) fail. The settings are applied after the ATTACH, which they
    would refuse, and locked before any caller's SQL runs.
    """
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"ATTACH {_sql_string(str(path))} AS warehouse (READ_ONLY)")
        con.execute("USE warehouse")
        for name, value in READER_CONFIG.items():      # lock_configuration last: it freezes the others
            con.execute(f"SET {name} = {str(value).lower()}")
    except duckdb.Error as exc:
        con.close()
        raise WarehouseBroken(f"cannot open warehouse {path}: {exc}".splitlines()[0]) from exc
    return con


def connect_for_writing(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-write connection that creates a missing file in STORAGE_VERSION.

    An existing file keeps the format it has (DuckDB never rewrites it), which
    is why a newer-format warehouse goes through `convert_storage` first. A
    bounded memory budget keeps a large backfill's footprint flat: DuckDB
    spills to disk beyond it instead of growing.
    """
    return duckdb.connect(str(path), config={"memory_limit": WRITER_MEMORY_LIMIT,
                                             "storage_compatibility_version": STORAGE_VERSION})


def storage_version(con: duckdb.DuckDBPyConnection, database: str | None = None) -> str:
    """The storage format DuckDB reports for an attached database (its tag, e.g. 'v1.4.0+')."""
    row = con.execute(
        "SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = coalesce(?, current_database())",
        [database]).fetchone()
    return (row[0] if row else None) or ""


def is_newer_than_setting(version_tag: str) -> bool:
    """True when a file in this format cannot be read by the DuckDB 1.x readers STORAGE_VERSION serves."""
    found = storage_version_key(version_tag)
    return found is not None and found > storage_version_key(STORAGE_VERSION)


def table_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()[0])


@dataclass
class PublishedState:
    """What a run needs to know from the published file before it decides to write."""

    known: dict[str, Known]     # what the warehouse remembers about each source file
    up_to_date: bool            # the file exists, every migration is applied, views are current, no stray
                                # WAL, and it is in a storage format no newer than STORAGE_VERSION


def read_published(path: Path) -> PublishedState:
    """The published warehouse's state, read through one read-only connection."""
    if not path.exists():
        return PublishedState({}, up_to_date=False)
    con = connect_read_only(path)
    try:
        known: dict[str, Known] = {}
        if table_exists(con, "articles"):
            rows = con.execute(
                "SELECT source_path, content_hash, size_bytes, mtime_ns, sidecar_mtime_ns, status, reason FROM articles"
            ).fetchall()
            known = {r[0]: Known(r[1] or "", r[2] or 0, r[3] or 0, r[4] or 0, r[5], r[6]) for r in rows}
        up_to_date = (schema_is_current(con) and not wal_path_for(path).exists()
                      and not is_newer_than_setting(storage_version(con)))
    finally:
        con.close()
    return PublishedState(known, up_to_date)


def known_files(path: Path) -> dict[str, Known]:
    """What the published warehouse remembers about each source file."""
    return read_published(path).known


# ---------------------------------------------------------------- writing


@dataclass
class StagedWarehouse:
    """A writable copy of the warehouse for one run, published on success."""

    target: Path
    staging: Path
    con: duckdb.DuckDBPyConnection

    def replace_rows(self, source_paths: list[str], figures: pl.DataFrame,
                     quarantine: pl.DataFrame, articles: pl.DataFrame, run_id: str) -> None:
        """Make these files' rows in the warehouse exactly the given ones.

        A changed file replaces its own rows: old figures and quarantine rows
        of each listed path are deleted, then the new ones are bulk-inserted
        from Arrow, all in one transaction.
        """
        con = self.con
        con.execute("BEGIN")
        try:
            con.register("batch_paths", pl.DataFrame({"source_path": source_paths}, schema={"source_path": pl.String}).to_arrow())
            con.execute("DELETE FROM figures WHERE source_path IN (SELECT source_path FROM batch_paths)")
            con.execute("DELETE FROM quarantine WHERE source_path IN (SELECT source_path FROM batch_paths)")
            con.execute("DELETE FROM articles WHERE source_path IN (SELECT source_path FROM batch_paths)")
            for table, frame in (("figures", figures), ("quarantine", quarantine), ("articles", articles)):
                if frame.is_empty():
                    continue
                con.register("incoming", frame.to_arrow())
                con.execute(f"INSERT INTO {table} BY NAME SELECT *, ? AS run_id FROM incoming", [run_id])
                con.unregister("incoming")
            con.unregister("batch_paths")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def touch_unchanged(self, articles: pl.DataFrame) -> None:
        """Record new size/mtime for files whose bytes did not change."""
        if articles.is_empty():
            return
        self.con.register("touched", articles.to_arrow())
        self.con.execute(
            """UPDATE articles SET size_bytes = t.size_bytes, mtime_ns = t.mtime_ns,
                      sidecar_mtime_ns = t.sidecar_mtime_ns
               FROM touched t WHERE articles.source_path = t.source_path"""
        )
        self.con.unregister("touched")


def lock_path_for(target: Path) -> Path:
    return target.with_name(target.name + ".lock")


class RunLock:
    """An exclusive flock on FILE.lock, held for one run.

    The kernel drops it when the process dies, even by SIGKILL, so a killed
    run never blocks the next one. While held, the lock file says who holds
    it (pid, run id, since when) for the "busy" message and `indicators status`.
    """

    def __init__(self, target: Path, fd: int) -> None:
        self.target, self.fd = target, fd

    def describe(self, run_id: str) -> None:
        note = f"pid {os.getpid()} run {run_id} since {time.strftime('%Y-%m-%d %H:%M:%S %Z')}\n"
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, note.encode(), 0)

    def release(self) -> None:
        if self.fd >= 0:
            try:
                os.ftruncate(self.fd, 0)
            except OSError:
                pass
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = -1


def try_lock(target: Path, wait_seconds: float = 0.0, poll: float = 0.2) -> RunLock:
    """Take the run lock, polling for up to `wait_seconds`; raise WarehouseBusy if another run keeps it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    lock_path = lock_path_for(target)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return RunLock(target, fd)
        except BlockingIOError:
            if time.monotonic() >= deadline:
                holder = lock_holder(target) or "another process"
                os.close(fd)
                raise WarehouseBusy(f"another run is writing {target} ({holder})") from None
            time.sleep(poll)


def lock_holder(target: Path) -> str | None:
    """Who holds the run lock right now ("pid 12 run ... since ..."), or None when nobody does."""
    lock_path = lock_path_for(target)
    try:
        fd = os.open(lock_path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            note = os.pread(fd, 200, 0).decode(errors="replace").strip()
            return note or "a run that has not said who it is yet"
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


@contextmanager
def run_lock(target: Path, wait_seconds: float) -> Iterator[RunLock]:
    """Exclusive lock on the warehouse for one run; waits up to `wait_seconds`."""
    lock = try_lock(target, wait_seconds)
    try:
        yield lock
    finally:
        lock.release()


def remove_stale_staging(target: Path) -> list[Path]:
    """Staging copies left by killed runs. Call only while holding the lock."""
    stale = sorted(target.parent.glob(target.name + ".staging-*"))
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


@contextmanager
def staged(target: Path, run_id: str) -> Iterator[StagedWarehouse]:
    """A writable staging copy of `target`, published atomically if the block succeeds.

    Must be used under `run_lock`. On any exception the staging copy is
    deleted and `target` is untouched.
    """
    remove_stale_staging(target)
    staging = target.with_name(f"{target.name}.staging-{run_id}")
    try:
        if target.exists():
            _checkpoint_leftover_wal(target)
            if is_newer_than_setting(file_storage_version(target)):
                convert_storage(target, staging)
            else:
                shutil.copyfile(target, staging)
        con = connect_for_writing(staging)
    except (duckdb.Error, WarehouseBroken) as exc:
        staging.unlink(missing_ok=True)
        wal_path_for(staging).unlink(missing_ok=True)
        if isinstance(exc, WarehouseBroken):
            raise
        raise WarehouseBroken(f"cannot open warehouse {target}: {exc}".splitlines()[0]) from exc
    published = False
    try:
        migrated = migrate(con)
        yield StagedWarehouse(target, staging, con)
        rebuild_views(con, force=bool(migrated))
        con.execute("CHECKPOINT")
        con.close()
        with open(staging, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(staging, target)
        _fsync_dir(target.parent)
        published = True
    finally:
        if not published:
            try:
                con.close()
            except duckdb.Error:
                pass
            staging.unlink(missing_ok=True)
            wal_path_for(staging).unlink(missing_ok=True)


class StagingOnDemand:
    """The run's staged copy of the warehouse, made when the run first has something to write.

    Wrap the run in it (`with StagingOnDemand(target, run_id) as staging:`)
    and call `open()` where a write is due. A run that never does (it found
    nothing new) never copies, migrates or publishes the warehouse: the
    published file stays byte-identical, and the copy, checkpoint, fsync and
    rename of the whole file (half of such a run's own work with 10k articles
    loaded, profiled in issue 6) are not paid. Once
    opened, the copy is published when the block succeeds and discarded when
    it raises, exactly as with `staged`.
    """

    def __init__(self, target: Path, run_id: str) -> None:
        self.target, self.run_id = target, run_id
        self._stack = ExitStack()
        self._staged: StagedWarehouse | None = None

    @property
    def opened(self) -> bool:
        return self._staged is not None

    def open(self) -> StagedWarehouse:
        if self._staged is None:
            self._staged = self._stack.enter_context(staged(self.target, self.run_id))
        return self._staged

    def __enter__(self) -> StagingOnDemand:
        return self

    def __exit__(self, *exc) -> bool:
        return self._stack.__exit__(*exc)


# ---------------------------------------------------------------- storage format


def file_storage_version(path: Path) -> str:
    """The storage format of the warehouse file at `path` ('v1.4.0+', 'v2.0.0+', ...)."""
    con = connect_read_only(path)
    try:
        return storage_version(con)
    finally:
        con.close()


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# What must be the same in the converted copy, each as one query over a
# database's catalog ({db} is its name). Row counts are taken per table below.
_CATALOG_CHECKS = {
    "tables and their comments":
        "SELECT table_name, comment FROM duckdb_tables() WHERE database_name = {db}",
    "views, their SQL and comments":
        "SELECT view_name, sql, comment FROM duckdb_views() WHERE database_name = {db} AND NOT internal",
    "columns, their types and comments":
        "SELECT table_name, column_name, data_type, comment FROM duckdb_columns() WHERE database_name = {db}",
    "constraints":
        "SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints()"
        " WHERE database_name = {db}",
}


def catalog_differences(con: duckdb.DuckDBPyConnection, source: str, copy: str) -> list[str]:
    """What differs between two attached databases: catalog entries and row counts per table."""
    problems = []
    for what, sql in _CATALOG_CHECKS.items():
        before, after = (sorted(map(str, con.execute(sql.format(db=_sql_string(db))).fetchall()))
                         for db in (source, copy))
        if before != after:
            missing = sorted(set(before) - set(after))[:3]
            problems.append(f"{what} differ ({len(before)} before, {len(after)} after; e.g. lost {missing})")
    tables = [name for (name,) in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = ? ORDER BY table_name", [source]).fetchall()]
    for table in tables:
        counts = [con.execute(f'SELECT count(*) FROM "{db}".main."{table}"').fetchone()[0] for db in (source, copy)]
        if counts[0] != counts[1]:
            problems.append(f"table {table}: {counts[0]} rows before, {counts[1]} after")
    return problems


def convert_storage(source: Path, dest: Path, version: str = STORAGE_VERSION) -> None:
    """Write a copy of the warehouse `source` at `dest` in storage format `version`.

    DuckDB keeps an existing file in the format it was created in, so a file
    written in a newer one (by DuckDB 2.x without the setting, or before this
    project pinned the format) is copied, table by table with views and
    comments, into a new file that is created in `version`. Before the copy
    can be published, every table's row count and every catalog entry
    (tables, views and their SQL, columns, types, comments, constraints) is
    compared with the source; any difference raises WarehouseBroken and
    `source` is left as it was.
    """
    con = duckdb.connect(config={"memory_limit": WRITER_MEMORY_LIMIT})
    try:
        con.execute(f"ATTACH {_sql_string(str(source))} AS src (READ_ONLY)")
        con.execute(f"ATTACH {_sql_string(str(dest))} AS dst (STORAGE_VERSION {_sql_string(version)})")
        con.execute("COPY FROM DATABASE src TO dst")
        problems = catalog_differences(con, "src", "dst")
        if problems:
            raise WarehouseBroken(
                f"converting {source} to storage format {version} would lose data, so it was left as it is: "
                + "; ".join(problems))
        con.execute("DETACH dst")
    except duckdb.Error as exc:
        raise WarehouseBroken(
            f"cannot convert {source} to storage format {version}: {exc}".splitlines()[0]) from exc
    finally:
        con.close()


def wal_path_for(target: Path) -> Path:
    return target.with_name(target.name + ".wal")


def _checkpoint_leftover_wal(target: Path) -> None:
    """A WAL next to the published file means someone wrote it in place and
    did not checkpoint; fold it in first so the copy holds everything."""
    if wal_path_for(target).exists():
        try:
            duckdb.connect(str(target)).close()
        except duckdb.Error as exc:
            raise WarehouseBroken(f"cannot open warehouse {target}: {exc}".splitlines()[0]) from exc


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
