"""`indicators`: the command line. Each sub-command imports what it needs
when it runs, so `indicators --help` and light commands start fast."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import settings


def _add_location_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--source", type=Path, default=settings.SAMPLE_CORPUS_DIR,
                   help="folder of article files (.txt, .md, .html), read recursively "
                        f"(default: the bundled sample corpus, {settings.SAMPLE_CORPUS_DIR})")
    p.add_argument("--warehouse", type=Path, default=settings.DEFAULT_WAREHOUSE,
                   help=f"DuckDB file to create or update (default: {settings.DEFAULT_WAREHOUSE})")


def cmd_run(args: argparse.Namespace) -> int:
    from .flow import ingest_articles

    summary = ingest_articles(str(args.source), str(args.warehouse), wait_seconds=args.wait)
    print(describe_run(summary))
    print(describe_warehouse(Path(summary.warehouse)))
    return 0


def describe_run(summary) -> str:
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
             "Query it with: indicators query \"SELECT * FROM observations LIMIT 10\" "
             f"--warehouse {path}"]
    lines += [f"  {ind:<32} {n:>5} rows  {lo}-{hi}" for ind, n, lo, hi in top]
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="indicators",
        description="Extract dated regional statistics from news articles into a DuckDB warehouse.")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="ingest new or changed article files once (one Prefect flow run)")
    _add_location_args(run)
    run.add_argument("--wait", type=float, default=settings.LIMITS.lock_wait_seconds, metavar="SECONDS",
                     help="if another run is writing the warehouse, wait this long before giving up "
                          "(default %(default)s; 0 skips at once)")
    run.set_defaults(handler=cmd_run)
    return parser


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
