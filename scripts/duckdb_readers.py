"""Virtual environments holding older DuckDB releases, to prove the warehouse opens in them.

BI tools embed their own DuckDB, often a 1.x release (Evidence's
@duckdb/node-api, the Metabase and Superset drivers pinned by their users),
and a DuckDB refuses a file written in a newer storage format than it knows.
tests/test_duckdb_readers.py opens the published warehouse with each release
below; `make setup` creates these environments so that test runs on a clean
clone without network access at test time.

    python scripts/duckdb_readers.py            # create any that are missing, print their pythons
"""
from __future__ import annotations

import sys
from pathlib import Path

from isolated_env import EnvUnavailable, ensure_env

ROOT = Path(__file__).resolve().parent.parent
# The oldest release the default storage format ('v1.4.0') serves, and the last 1.x release.
READER_VERSIONS = ("1.4.4", "1.5.6")
ENVS_DIR = ROOT / ".venv-readers"


def reader_python(version: str) -> Path:
    return ENVS_DIR / f"duckdb-{version}" / "bin" / "python"


def ensure_reader(version: str) -> Path:
    """The python of an environment with exactly duckdb==version, made if missing (EnvUnavailable if pip fails)."""
    return ensure_env(reader_python(version).parent.parent, [f"duckdb=={version}"]) / "python"


def main() -> int:
    for version in READER_VERSIONS:
        try:
            print(ensure_reader(version))
        except EnvUnavailable as exc:
            print(f"duckdb_readers: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
