"""`indicators status`: what the warehouse has been doing, without Prefect.

Reads the published warehouse file read-only (a run in progress writes a
staging copy, so this never blocks and never sees half a run) and prints:
whether a run holds the lock now, the last runs, the articles by status with
the reasons files failed, quarantine counts by reason, the articles with no
reference date and the figures held in quarantine for each, and the newest figures.
Starts in well under a second: it imports DuckDB only.
"""
from __future__ import annotations

from pathlib import Path

from . import pending_runs
from .formatting import human_value
from .warehouse import connect_read_only, lock_holder, table_exists

RUN_COLUMNS = ("run_id", "status", "started_at", "finished_at", "files_new", "files_changed", "files_unchanged",
               "files_failed", "rows_loaded", "rows_quarantined", "message")


class NoWarehouse(Exception):
    pass


def _fmt_ts(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value is not None else "-"


def _value_text(value, unit) -> str:
    return human_value(value, unit, long_words=True) or "-"


def _cut(text: str | None, width: int) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


# what extract.facts.UNRESOLVED_DATE opens every such reason with (status imports DuckDB only)
_UNRESOLVED_DATE = "unresolved relative date"


def _undated_lines(con) -> list[str]:
    """The articles with no reference date (none in metadata, no dateline, none inferable),
    each with the figures dated only relatively ("last year") held in quarantine for it."""
    rows = con.execute(
        """SELECT a.source_path, a.status, count(q.source_path) AS held
           FROM articles a LEFT JOIN quarantine q
             ON q.source_path = a.source_path AND starts_with(q.reason, ?)
           WHERE a.published_date IS NULL AND a.status <> 'failed'
           GROUP BY a.source_path, a.status ORDER BY held DESC, a.source_path""", [_UNRESOLVED_DATE]).fetchall()
    if not rows:
        return []
    held = sum(n for _, _, n in rows)
    lines = ["", f"Articles with no reference date: {len(rows)}; {held} figures dated only relatively "
                 f"(\"last year\", \"the first half\") held in quarantine for them (up to 10 shown):"]
    lines += [f"  {n:>6}  {status:<8} {Path(path).name}" for path, status, n in rows[:10]]
    return lines


def status_report(warehouse: Path, runs: int = 10, figures: int = 15) -> str:
    """The status text for `warehouse` (raises NoWarehouse when there is none)."""
    warehouse = warehouse.resolve()
    holder = lock_holder(warehouse)
    if not warehouse.exists():
        if holder:
            return f"Warehouse {warehouse}: not published yet; a first run is in progress ({holder})."
        raise NoWarehouse(f"no warehouse at {warehouse} yet; run `indicators run --warehouse {warehouse}` first")
    lines = [f"Warehouse {warehouse} ({warehouse.stat().st_size / 1e6:.1f} MB)",
             f"Now: {'a run is in progress (' + holder + ')' if holder else 'no run in progress'}"]
    con = connect_read_only(warehouse)
    try:
        if not table_exists(con, "runs"):
            lines.append("No runs recorded yet.")
            return "\n".join(lines)
        lines += ["", f"Last runs (newest first, up to {runs}):"]
        recorded = [(*row, False) for row in con.execute(
            f"SELECT {', '.join(RUN_COLUMNS)} FROM runs ORDER BY started_at DESC LIMIT ?", [runs]).fetchall()]
        # Runs that found nothing new wait beside the file for the next run that writes (pending_runs.py).
        waiting = [(*(row.get(name) for name in RUN_COLUMNS), True) for row in pending_runs.read(warehouse, last=runs)]
        rows = sorted(recorded + waiting, key=lambda row: row[2], reverse=True)[:runs]
        if not rows:
            lines.append("  (none)")
        lines.append(f"  {'run':<24} {'status':<10} {'started (UTC)':<19} {'took':>6}  "
                     f"{'new':>5} {'chg':>5} {'same':>6} {'fail':>5}  {'loaded':>7} {'quar.':>6}  message")
        for (run_id, status, started, finished, new, changed, same, failed, loaded, quarantined, message,
             is_pending) in rows:
            took = f"{(finished - started).total_seconds():.0f}s" if finished and started else "-"
            status = status + "*" if is_pending else status
            lines.append(f"  {run_id:<24} {status:<10} {_fmt_ts(started):<19} {took:>6}  "
                         f"{new or 0:>5} {changed or 0:>5} {same or 0:>6} {failed or 0:>5}  "
                         f"{loaded or 0:>7} {quarantined or 0:>6}  {_cut(message, 60)}")
        if any(row[-1] for row in rows):
            lines.append(f"  * found nothing new, so the file was left as it was; the row waits in "
                         f"{pending_runs.journal_path(warehouse).name} for the next run that writes")

        lines += ["", "Articles by status:"]
        for status, n in con.execute(
                "SELECT status, count(*) FROM articles GROUP BY status ORDER BY status").fetchall():
            lines.append(f"  {status:<8} {n:>7}")
        failed = con.execute(
            """SELECT reason, count(*) AS n, min(source_path) FROM articles WHERE status = 'failed'
               GROUP BY reason ORDER BY n DESC, reason LIMIT 15""").fetchall()
        if failed:
            lines += ["", "Files that failed, by reason (one example each):"]
            lines += [f"  {n:>6}  {_cut(reason, 70):<70}  {Path(example).name}" for reason, n, example in failed]

        lines += ["", "Quarantine by reason:"]
        quarantine = con.execute(
            "SELECT reason, count(*) AS n FROM quarantine GROUP BY reason ORDER BY n DESC, reason LIMIT 15").fetchall()
        if not quarantine:
            lines.append("  (empty)")
        lines += [f"  {n:>6}  {_cut(reason, 100)}" for reason, n in quarantine]
        lines += _undated_lines(con)

        source = "observations" if table_exists(con, "observations") else "figures"
        lines += ["", f"Newest figures (latest period per indicator, up to {figures}):"]
        newest = con.execute(
            f"""SELECT indicator, region, metric, period_type, period_end, value, unit, source_path
                FROM {source}
                QUALIFY row_number() OVER (PARTITION BY indicator
                                           ORDER BY period_end DESC, metric = 'level' DESC, region, value) = 1
                ORDER BY period_end DESC, indicator LIMIT ?""", [figures]).fetchall()
        if not newest:
            lines.append("  (none)")
        for indicator, region, metric, period_type, period_end, value, unit, path in newest:
            lines.append(f"  {_cut(indicator, 28):<28} {_cut(region, 18):<18} {period_end!s:<10} "
                         f"{period_type:<7} {metric:<15} {_value_text(value, unit):<26} {Path(path).name}")
    finally:
        con.close()
    return "\n".join(lines)
