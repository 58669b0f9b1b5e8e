"""`indicators`: the command line. Each sub-command imports what it needs
when it runs, so `indicators --help` and light commands start fast."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import settings


def _add_location_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--source", type=Path, default=settings.SAMPLE_CORPUS_DIR,
                   help="folder of article files (.txt, .md, .html), read recursively "
                        f"(default: the bundled sample corpus, {settings.SAMPLE_CORPUS_DIR})")
    p.add_argument("--warehouse", type=Path, default=settings.DEFAULT_WAREHOUSE,
                   help=f"DuckDB file to create or update (default: {settings.DEFAULT_WAREHOUSE})")


def _add_dask_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dask-address", metavar="ADDRESS", default=None,
                   help=f"extract on the Dask cluster whose scheduler is at ADDRESS (e.g. tcp://10.0.0.5:8786; "
                        f"default ${settings.DASK_ADDRESS_ENV}, else a local process pool for runs with at least "
                        f"{settings.MIN_FILES_FOR_POOL} files to read). Its workers need this package and the "
                        "source folder at the same path, and PREFECT_API_URL must name a server they can reach")


def cmd_run(args: argparse.Namespace) -> int:
    from .quick_noop import check_nothing_new, enabled

    # With a long-lived Prefect server, a tick with nothing new is recorded
    # without importing Prefect (quick_noop.py); anything else runs the flow.
    quick = check_nothing_new(args.source, args.warehouse, args.wait)
    summary = quick.summary
    if summary is None:
        from .flow import run_ingest

        summary = run_ingest(str(args.source), str(args.warehouse), wait_seconds=args.wait,
                             dask_address=args.dask_address)
    print(describe_run(summary))
    if quick.summary is None and summary.nothing_new and enabled():
        # A cron user asking why this tick took the slow path.
        print(f"  (recorded through Prefect's engine, not the quick path: {quick.reason})")
    if Path(summary.warehouse).exists():
        print(describe_warehouse(Path(summary.warehouse)))
    return 0


def describe_run(summary) -> str:
    if summary.status == "skipped":
        return f"Run {summary.run_id}: skipped: {summary.message}."
    if summary.nothing_new:
        return f"Run {summary.run_id}: nothing new ({summary.files_unchanged} files unchanged)."
    return (
        f"Run {summary.run_id}: {summary.files_new} new, {summary.files_changed} changed, "
        f"{summary.files_unchanged} unchanged, {summary.files_failed} failed files; "
        f"{summary.rows_loaded} figures loaded, {summary.rows_quarantined} quarantined."
    )


def describe_warehouse(path: Path) -> str:
    """Where the warehouse is and what it holds, for the end of a run."""
    from .warehouse import connect_read_only

    con = connect_read_only(path)
    try:
        n_obs, n_ind, n_art = con.execute(
            "SELECT count(*), count(DISTINCT indicator), count(DISTINCT article_id) FROM observations").fetchone()
        n_quarantine = con.execute("SELECT count(*) FROM quarantine").fetchone()[0]
        top = con.execute(
            """SELECT indicator, count(*) AS n, min(year(period_end)), max(year(period_end))
               FROM observations GROUP BY indicator ORDER BY n DESC, indicator LIMIT 12""").fetchall()
    finally:
        con.close()
    lines = [f"Warehouse {path}: {n_obs} observations of {n_ind} indicators from {n_art} articles; "
             f"{n_quarantine} rows in quarantine.",
             f"Query it with: {_program()} query \"SELECT * FROM observations LIMIT 10\" "
             f"--warehouse {path}"]
    lines += [f"  {ind:<32} {n:>5} rows  {lo}-{hi}" for ind, n, lo, hi in top]
    return "\n".join(lines)


def cmd_query(args: argparse.Namespace) -> int:
    """Run read-only SQL against the warehouse and print the result."""
    from .query import QueryError, RefusedStatement, format_csv, format_table, run_query

    sql = sys.stdin.read() if args.sql == "-" else args.sql
    try:
        results = run_query(args.warehouse, sql, limit=args.limit or None)
    except RefusedStatement as exc:
        print(f"indicators query: refused: {exc}", file=sys.stderr)
        return 2
    except QueryError as exc:
        print(f"indicators query: {exc}", file=sys.stderr)
        return 1
    try:
        for i, result in enumerate(results):
            if i:
                print()
            print(format_csv(result) if args.format == "csv" else format_table(result, args.max_width))
        sys.stdout.flush()
    except BrokenPipeError:   # `indicators query ... | head`
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write the self-contained HTML report of the warehouse."""
    from .report import write_report

    out = write_report(args.warehouse, args.output)
    print(f"Report written to {out}")
    if args.screenshot:
        from .report import screenshot

        print(f"Screenshot written to {screenshot(out, args.screenshot)}")
    return 0


def _program() -> str:
    """How the user called us (.venv/bin/indicators on a fresh clone), for hints they can paste."""
    called = sys.argv[0] if sys.argv and sys.argv[0] else ""
    if os.path.basename(called) != "indicators":
        return "indicators"
    relative = os.path.relpath(called)
    return called if relative.startswith("..") else relative


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="indicators",
        description="Extract dated regional statistics from news articles into a DuckDB warehouse.")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser(
        "run", help="ingest new or changed article files once (one Prefect flow run)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Ingest every new or changed article file under --source into --warehouse: one flow run.\n\n"
                    "Without PREFECT_API_URL the run starts Prefect's temporary server (a few seconds). With\n"
                    "PREFECT_API_URL naming a long-lived server, a run that finds nothing new is recorded there\n"
                    "as a Completed flow run without starting Prefect's engine (well under a second;\n"
                    "INDICATORS_QUICK_NOOP=0 turns this off).")
    _add_location_args(run)
    run.add_argument("--wait", type=float, default=settings.LIMITS.lock_wait_seconds, metavar="SECONDS",
                     help="if another run is writing the warehouse, wait this long before giving up "
                          "(default %(default)s; 0 skips at once)")
    _add_dask_arg(run)
    run.set_defaults(handler=cmd_run)

    query = sub.add_parser("query", help="run read-only SQL against the warehouse and print a table",
                           description="Run SQL against the warehouse, read-only: statements that could "
                                       "write are refused. Example: indicators query "
                                       "\"SELECT * FROM yoy_metrics WHERE indicator = 'rd_expenditure'\"")
    query.add_argument("sql", help="the SQL (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, PRAGMA); "
                                   "- reads it from standard input")
    query.add_argument("--warehouse", type=Path, default=settings.DEFAULT_WAREHOUSE,
                       help=f"DuckDB file to read (default: {settings.DEFAULT_WAREHOUSE})")
    query.add_argument("--limit", type=int, default=200, metavar="N",
                       help="print at most N rows of each result (default %(default)s; 0 = all)")
    query.add_argument("--format", choices=("table", "csv"), default="table", help="output format")
    query.add_argument("--max-width", type=int, default=60, metavar="CHARS",
                       help="cut table cells longer than this (default %(default)s; 0 = never)")
    query.set_defaults(handler=cmd_query)

    report = sub.add_parser("report", help="write a self-contained HTML report (charts, YoY, growth, data quality)")
    report.add_argument("--warehouse", type=Path, default=settings.DEFAULT_WAREHOUSE,
                        help=f"DuckDB file to read (default: {settings.DEFAULT_WAREHOUSE})")
    report.add_argument("--output", "-o", type=Path, default=None, metavar="FILE",
                        help="HTML file to write (default: WAREHOUSE.report.html next to the warehouse)")
    report.add_argument("--screenshot", type=Path, default=None, metavar="PNG",
                        help="also render the report in headless Chromium and save a PNG")
    report.set_defaults(handler=cmd_report)

    serve = sub.add_parser(
        "serve", help="run the ingest on a schedule, unattended (a long-lived Prefect serve process)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Serve the ingest flow on a schedule until stopped (Ctrl-C or SIGTERM).\n\n"
                    "Schedules need a Prefect server. With PREFECT_API_URL set, that server is used.\n"
                    "Otherwise serve starts a local one (`prefect server start` on 127.0.0.1:--port, state in\n"
                    "PREFECT_HOME, default .prefect/ in the project), reuses one already answering on that\n"
                    "port, and stops the one it started on exit. The dashboard is then http://127.0.0.1:PORT.\n\n"
                    "Each scheduled run is a flow run in a subprocess; one at a time per serve process, and\n"
                    "the warehouse lock keeps other writers out (a run finding the lock taken waits up to\n"
                    "--wait seconds with backoff, then is skipped with a log line). A run that finds nothing\n"
                    "new finishes in seconds and says so.\n\n"
                    "Examples:\n"
                    "  indicators serve --source /data/articles --warehouse /data/indicators.duckdb \\\n"
                    "      --cron '*/15 * * * *'\n"
                    "  indicators serve --source /data/articles --interval 300\n")
    _add_location_args(serve)
    when = serve.add_argument_group("schedule (exactly one)")
    when.add_argument("--cron", metavar="EXPR",
                      help="cron expression, five fields, e.g. '*/15 * * * *' (every 15 minutes) "
                           "or '0 6 * * 1-5' (06:00 on weekdays)")
    when.add_argument("--interval", type=float, metavar="SECONDS",
                      help="run every SECONDS seconds (at least 1), e.g. 900")
    when.add_argument("--timezone", metavar="TZ", default=None,
                      help="time zone of --cron, e.g. Asia/Shanghai (default UTC)")
    serve.add_argument("--wait", type=float, default=settings.LIMITS.lock_wait_seconds, metavar="SECONDS",
                       help="how long a scheduled run waits for another run that holds the warehouse lock "
                            "before it is skipped (default %(default)s)")
    serve.add_argument("--port", type=int, default=4200, metavar="PORT",
                       help="port of the local Prefect server started when PREFECT_API_URL is not set "
                            "(default %(default)s; 0 = any free port)")
    serve.add_argument("--log-level", default="INFO", choices=("DEBUG", "INFO", "WARNING", "ERROR"),
                       help="log level of serve and its runs (default %(default)s: one line per run and per "
                            "skipped or failed file)")
    serve.add_argument("--name", default=None,
                       help="deployment name (default: the warehouse file's name plus a hash of its path)")
    _add_dask_arg(serve)
    serve.set_defaults(handler=cmd_serve)

    status = sub.add_parser("status", help="last runs, quarantine counts by reason, failed files, undated articles, newest figures")
    status.add_argument("--warehouse", type=Path, default=settings.DEFAULT_WAREHOUSE,
                        help=f"DuckDB file to read (default: {settings.DEFAULT_WAREHOUSE})")
    status.add_argument("--runs", type=int, default=10, metavar="N", help="show the last N runs (default %(default)s)")
    status.add_argument("--figures", type=int, default=15, metavar="N",
                        help="show the newest figure of up to N indicators (default %(default)s)")
    status.set_defaults(handler=cmd_status)
    return parser


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import ServeOptions, serve

    return serve(args.source, args.warehouse, ServeOptions(
        cron=args.cron, interval=args.interval, timezone=args.timezone, wait_seconds=args.wait, name=args.name,
        port=args.port, log_level=args.log_level, dask_address=args.dask_address))


def cmd_status(args: argparse.Namespace) -> int:
    from .status import status_report

    print(status_report(args.warehouse, runs=args.runs, figures=args.figures))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("indicators: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # one line for the operator; the traceback is in Prefect's logs
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"indicators {args.command}: failed: {reason}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
