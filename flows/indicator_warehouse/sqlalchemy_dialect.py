"""SQLAlchemy access to the warehouse: the `duckdb+indicators://` dialect and `reader_engine`.

Why a dialect of our own: duckdb-engine reflects columns with SQLAlchemy's
PostgreSQL catalog query, and since SQLAlchemy 2.0.45 that query also asks
`pg_catalog.pg_collation` for each column's collation, which DuckDB's
PostgreSQL catalog emulation cannot answer (duckdb/duckdb#22069,
Mause/duckdb_engine#1379; the upstream fix, duckdb_engine PR #1393, was not
released when this was written). `inspect(engine).get_columns(...)`, which
schema browsers, pandas and `Table(..., autoload_with=engine)` call, then
fails. This dialect is duckdb-engine's with that one column of the query
replaced by NULL: DuckDB keeps no per-column collation in that catalog anyway,
so nothing is lost. SQLAlchemy 2.1 also changed the signature of the helper
duckdb-engine 0.17 calls to turn those rows into columns (a TypeError), so
on 2.1 the rows are handed over in the new form. Everything else is
duckdb-engine's own code.

It is registered as an entry point (pyproject.toml), so wherever this project
is installed `create_engine("duckdb+indicators:///path/to/indicators.duckdb")`
finds it; delete it when a duckdb-engine release carries the fix
(tests/test_bi_access.py tells: plain `duckdb://` reflection passes again).

What it does not fix: `Table(..., autoload_with=engine)` and
`MetaData.reflect()` also reflect constraints, and on SQLAlchemy 2.1 those
queries cast to REGCLASS, a type DuckDB lacks; they fail with either
dialect. Columns, table and view names, and comments reflect; queries work.

Needs the `sqlalchemy` extra (`pip install 'indicator-warehouse[sqlalchemy]'`).
"""
from __future__ import annotations

import inspect
from functools import cached_property
from pathlib import Path

from duckdb_engine import Dialect as DuckDBEngineDialect
from sqlalchemy import create_engine, sql
from sqlalchemy.engine import Engine

from .settings import READER_CONFIG


class ReflectingDuckDBDialect(DuckDBEngineDialect):
    """duckdb-engine, with column reflection that works on SQLAlchemy >= 2.0.45."""

    driver = "indicators"
    supports_statement_cache = False     # as duckdb-engine; said again because SQLAlchemy asks each class

    def get_multi_columns(self, connection, schema=None, filter_names=None, scope=None, kind=None, **kw):
        if "named_type_loader" not in inspect.signature(self._get_columns_info).parameters:
            return super().get_multi_columns(connection, schema, filter_names, scope, kind, **kw)   # SQLAlchemy 2.0
        has_filter_names, params = self._prepare_filter_names(filter_names)
        query = self._columns_query(schema, has_filter_names, scope, kind)
        # Fetched in full before any other query, as duckdb-engine does: it
        # runs every query of a connection through one DuckDB cursor.
        rows = list(connection.execute(query, params).mappings())
        return self._get_columns_info(rows, _NamedTypes(self, connection, kw), schema).items()

    def _columns_query(self, schema, has_filter_names, scope, kind):
        query = super()._columns_query(schema, has_filter_names, scope, kind)
        # The collation is the only thing SQLAlchemy reads from pg_collation,
        # in its own labelled column; older SQLAlchemy has no such column and
        # the query passes through unchanged.
        columns = [sql.null().label("collation") if column.name == "collation" else column
                   for column in query.selected_columns]
        return query.with_only_columns(*columns, maintain_column_froms=False)


class _NamedTypes:
    """The ENUM and DOMAIN types SQLAlchemy 2.1 looks up for column types it
    does not know: DuckDB's enums, loaded as duckdb-engine loads them, and no
    domains (DuckDB has none, and SQLAlchemy's domain query reads pg_collation too)."""

    domains: dict = {}

    def __init__(self, dialect: ReflectingDuckDBDialect, connection, kw: dict) -> None:
        self.dialect, self.connection, self.kw = dialect, connection, kw

    @cached_property
    def enums(self) -> dict:
        return {((rec["name"],) if rec["visible"] else (rec["schema"], rec["name"])): rec
                for rec in self.dialect._load_enums(self.connection, schema="*", info_cache=self.kw.get("info_cache"))}


def reader_engine(warehouse: Path | str, **kwargs) -> Engine:
    """A SQLAlchemy engine that reads the warehouse the way every project reader does:
    read-only, no access to any other file, configuration locked (settings.READER_CONFIG)."""
    return create_engine(f"duckdb+indicators:///{Path(warehouse).resolve()}",
                         connect_args={"read_only": True, "config": dict(READER_CONFIG)}, **kwargs)
