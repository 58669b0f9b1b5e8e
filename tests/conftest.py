"""Shared fixtures. Flow tests share one temporary Prefect server per session
(`prefect_test_harness`), because starting one costs seconds."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from indicator_warehouse import settings  # sets Prefect's environment first

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (contract, real seed articles, gold, scorer), or skip."""
    if not (SHARED_DIR / "seeds").is_dir() or not (SHARED_DIR / "eval" / "score.py").is_file():
        pytest.skip("../shared is not beside this checkout")
    return SHARED_DIR


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def run_flow(prefect_harness):
    """Run the ingest flow in-process: run_flow(source, warehouse) -> RunSummary."""
    from indicator_warehouse.flow import run_ingest

    def _run(source: Path, warehouse: Path, **kwargs):
        return run_ingest(str(source), str(warehouse), **kwargs)

    return _run


@pytest.fixture
def sample_corpus(tmp_path) -> Path:
    """A private copy of the bundled sample corpus, safe to modify."""
    dest = tmp_path / "corpus"
    shutil.copytree(settings.SAMPLE_CORPUS_DIR, dest)
    return dest


def query(warehouse: Path, sql: str, params=None) -> list[tuple]:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def cli_env() -> dict[str, str]:
    """Environment for running `indicators` in a subprocess."""
    env = dict(os.environ)
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    return env
