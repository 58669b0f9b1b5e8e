"""`indicators query "SQL"`: read-only SQL against the warehouse, printed as a table.

Two guards, either one enough on its own:

1. the file is opened with ``read_only=True``, so DuckDB itself refuses writes;
2. before anything runs, each statement is parsed and refused unless it only
   reads (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN,
   PRAGMA), so a user gets a clear message rather than a DuckDB error, and
   statements that would write elsewhere (COPY ... TO, EXPORT, ATTACH) never run.

Reading never disturbs a run: runs write a staging copy and swap it in, and a
read-only connection never blocks that (see docs/warehouse.md).
"""
from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import duckdb

from .warehouse import WarehouseBroken, connect_read_only

# Statement types that only read. DESCRIBE, SHOW, SUMMARIZE, FROM-first and
# VALUES parse as SELECT.
READ_ONLY_TYPES = frozenset({"SELECT", "EXPLAIN", "PRAGMA"})
ALLOWED_WORDS = "SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, PRAGMA"


class RefusedStatement(ValueError):
    """The SQL contains a statement that could write."""


class QueryError(Exception):
    """The warehouse cannot be opened, or the SQL fails."""


@dataclass
class Result:
    columns: list[str]
    types: list[str]
    rows: list[tuple]
    truncated: bool          # more rows exist than were fetched


def statement_types(con: duckdb.DuckDBPyConnection, sql: str) -> list[str]:
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(_first_line(exc)) from exc
    return [st.type.name for st in statements]


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    """Number of statements in `sql`; raises RefusedStatement if any could write."""
    types = statement_types(con, sql)
    if not types:
        raise RefusedStatement("no SQL statement given")
    for i, kind in enumerate(types, 1):
        if kind not in READ_ONLY_TYPES:
            where = f" (statement {i})" if len(types) > 1 else ""
            raise RefusedStatement(
                f"{kind} statement{where}: indicators query only reads the warehouse; "
                f"allowed are {ALLOWED_WORDS}")
    return len(types)


def open_read_only(warehouse: Path) -> duckdb.DuckDBPyConnection:
    if not warehouse.exists():
        raise QueryError(f"warehouse {warehouse} does not exist; build it with `indicators run`")
    try:
        return connect_read_only(warehouse)
    except WarehouseBroken as exc:
        raise QueryError(str(exc)) from exc


def run_query(warehouse: Path, sql: str, limit: int | None = None) -> list[Result]:
    """Run each (read-only) statement of `sql`; at most `limit` rows of each."""
    con = open_read_only(warehouse)
    try:
        check_read_only(con, sql)
        results = []
        for statement in con.extract_statements(sql):
            try:
                cur = con.execute(statement)
                if cur.description is None:
                    results.append(Result([], [], [], False))
                    continue
                rows = cur.fetchall() if limit is None else cur.fetchmany(limit + 1)
            except duckdb.Error as exc:
                raise QueryError(_first_line(exc)) from exc
            truncated = limit is not None and len(rows) > limit
            results.append(Result([d[0] for d in cur.description], [str(d[1]) for d in cur.description],
                                  rows[:limit] if truncated else rows, truncated))
        return results
    finally:
        con.close()


# ---------------------------------------------------------------- printing


def format_cell(value, max_width: int = 60) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = _format_float(value)
    elif isinstance(value, Decimal):
        text = _format_float(float(value))
    elif isinstance(value, (date, datetime)):
        text = value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    elif isinstance(value, (list, tuple)):
        text = "[" + ", ".join(format_cell(v, max_width) for v in value) + "]"
    elif isinstance(value, dict):
        text = json.dumps(value, default=str)
    else:
        text = str(value)
    text = " ".join(text.split()) if "\n" in text or "\t" in text else text
    if max_width and len(text) > max_width:
        text = text[: max_width - 1] + "…"
    return text


def _format_float(v: float) -> str:
    if math.isnan(v) or math.isinf(v):
        return str(v)
    if v.is_integer() and abs(v) < 1e16:
        return f"{int(v):,}"
    if abs(v) >= 1000:
        return f"{v:,.2f}"
    return f"{v:.6g}"


def _is_numeric(type_name: str) -> bool:
    return type_name.upper().split("(")[0] in {
        "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
        "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL", "NUMBER", "REAL"}


def format_table(result: Result, max_width: int = 60) -> str:
    """A plain-text table: header, rule, rows; numbers right-aligned."""
    if not result.columns:
        return "(statement returned no result set)"
    cells = [[format_cell(v, max_width) for v in row] for row in result.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(result.columns)]
    numeric = [_is_numeric(t) for t in result.types]

    def line(values):
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(values, widths, numeric)).rstrip()

    out = [line(result.columns), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    n = len(result.rows)
    footer = f"({n} row{'s' if n != 1 else ''}"
    footer += ", more not shown; raise --limit or use --limit 0)" if result.truncated else ")"
    out.append(footer)
    return "\n".join(out)


def format_csv(result: Result) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow(["" if v is None else (json.dumps(v, default=str) if isinstance(v, (list, dict)) else v)
                         for v in row])
    return buf.getvalue().rstrip("\n")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
