"""Every path, default and environment knob in one place.

Importing this module is cheap and has one side effect on purpose: it points
Prefect at a project-local home (unless the user chose one) before anything
imports Prefect, so a fresh clone never shares state with other projects and
never phones home.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _find_project_root() -> Path:
    """The checkout this package runs from, or the working directory for a
    wheel install (where seeds/, sql/ and expectations/ are shipped as data)."""
    for candidate in (PACKAGE_DIR.parent.parent, Path.cwd()):
        if (candidate / "pyproject.toml").is_file() and (candidate / "sql").is_dir():
            return candidate
    return PACKAGE_DIR.parent.parent


PROJECT_ROOT = _find_project_root()
SEEDS_DIR = PROJECT_ROOT / "seeds"
SQL_DIR = PROJECT_ROOT / "sql"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
SAMPLE_CORPUS_DIR = SEEDS_DIR / "articles"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "warehouse" / "indicators.duckdb"

# File kinds the contract says we ingest.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
# Sidecar metadata next to an article: NAME.meta.json for NAME.txt.
SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class Limits:
    """Guards against input that would hurt the run (see issue 5)."""

    # A news article is kilobytes; even an HTML page with inline scripts is a
    # few MB. Larger files are recorded as failed without being read, so a
    # stray dump or video named .txt cannot stall a scheduled run.
    max_file_bytes: int = 16 * 1024 * 1024
    max_text_chars: int = 2 * 1024 * 1024    # text beyond this is not scanned for figures
    # Files per extract/validate/load batch: bounds memory on a backfill.
    # INDICATORS_BATCH_FILES overrides it (tests use small batches).
    batch_files: int = 1000                 # ~45k figures: one Great Expectations validation each (issue 6)
    lock_wait_seconds: float = 600.0         # how long a run waits for another run to finish


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise SystemExit(f"{name}={value!r} is not a whole number") from None
    if number < 1:
        raise SystemExit(f"{name}={value!r} must be at least 1")
    return number


LIMITS = Limits(batch_files=_env_int("INDICATORS_BATCH_FILES", Limits.batch_files))

# Where extraction runs (issue 15; see parallel.py).
# INDICATORS_DASK_ADDRESS: the scheduler of a running Dask cluster, e.g.
# tcp://10.0.0.5:8786 (`--dask-address` on `indicators run` and `serve`
# wins over it). Unset: a local process pool for each run that has at
# least MIN_FILES_FOR_POOL files to read; smaller runs extract in-process,
# because starting workers costs more than extracting a few articles.
DASK_ADDRESS_ENV = "INDICATORS_DASK_ADDRESS"
MIN_FILES_FOR_POOL = 64


def dask_address(given: str | None = None) -> str | None:
    """The Dask scheduler to extract on: `given` (a flag or flow parameter), else the environment, else None."""
    value = (given or os.environ.get(DASK_ADDRESS_ENV, "")).strip()
    return value or None


def extract_workers() -> int:
    """Worker processes of the local pool: INDICATORS_EXTRACT_WORKERS, or the cores this process may use."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:   # not on Linux
        cores = os.cpu_count() or 1
    return _env_int("INDICATORS_EXTRACT_WORKERS", max(1, cores))


# ---------------------------------------------------------------- DuckDB file format and readers

# The on-disk format the warehouse is written in. A DuckDB writes the newest
# format it knows unless told otherwise, and an older DuckDB refuses such a
# file: BI tools embed DuckDB 1.x (Evidence through @duckdb/node-api, Metabase
# and Superset through their drivers), and 1.4 reads formats up to 'v1.4.0'.
# So the warehouse is written in 'v1.4.0'; raise it (INDICATORS_STORAGE_VERSION)
# only when every reader has moved on. A file in a newer format than this is
# converted once, on the next run (warehouse.convert_storage).
DEFAULT_STORAGE_VERSION = "v1.4.0"
_STORAGE_VERSION_FORM = re.compile(r"v(\d+)\.(\d+)\.(\d+)")


def storage_version_key(name: str) -> tuple[int, int, int] | None:
    """'v1.4.0' (or DuckDB's own tag 'v1.4.0+') as (1, 4, 0), for comparing; None if not that form."""
    match = _STORAGE_VERSION_FORM.fullmatch(name.strip().rstrip("+"))
    return tuple(int(part) for part in match.groups()) if match else None


def _env_storage_version(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip() or default
    if storage_version_key(value) is None:
        raise SystemExit(f"{name}={value!r} is not a DuckDB storage version such as 'v1.4.0'")
    return value


STORAGE_VERSION = _env_storage_version("INDICATORS_STORAGE_VERSION", DEFAULT_STORAGE_VERSION)

# Every connection that only reads the warehouse (indicators query, report,
# status, the BI recipes in docs/warehouse.md) runs with these. read_only alone
# still lets SQL read and write any file the process can reach
# (read_text('/etc/passwd'), COPY ... TO, ATTACH); with external access off
# DuckDB touches no file but the warehouse itself, and locking the
# configuration stops a query from switching it back on.
READER_CONFIG = {"enable_external_access": False, "lock_configuration": True}   # in this order: the lock last


def configure_environment() -> None:
    """Defaults for Prefect and Great Expectations that make an offline,
    unattended run work on a fresh machine. User-set values win."""
    defaults = {
        "PREFECT_HOME": str(PROJECT_ROOT / ".prefect"),
        # No internet here: telemetry would only fail and slow start-up.
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "GX_ANALYTICS_ENABLED": "false",
        # A fresh PREFECT_HOME migrates its database on first start (~21 s),
        # longer than the temporary server's default 20 s start-up timeout.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        # Great Expectations draws a progress bar per validation; logs are enough.
        "TQDM_DISABLE": "1",
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)


configure_environment()
