"""Helpers for the operations tests (serve, crash safety, concurrency, bad input)."""
from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPO_ROOT, cli_env, query

INDICATORS = REPO_ROOT / ".venv" / "bin" / "indicators"
if not INDICATORS.exists():   # installed elsewhere: the script next to this Python
    INDICATORS = Path(sys.executable).with_name("indicators")

# Content columns of observations: run ids and paths of temporary folders differ between runs.
CONTENT = ("article_id, indicator, region, metric, period_type, period_start, period_end, value, unit, "
           "qualifier, sentence")

_TEMPLATES = (
    "{region}'s R&D expenditure reached {a}.{b} billion yuan in {year}, up {g}.{h} percent year on year.",
    "{region}'s GDP reached {c}.{d} trillion yuan in {year}.",
    "{region} had {n:,} high-tech enterprises at the end of {year}.",
    "{region}'s new energy vehicle output reached {e}.{f} million units in {year}.",
    "The turnover of technology contracts in {region} reached {a}.{h} billion yuan in {year}.",
)
_REGIONS = ("Guangdong", "Shenzhen", "Guangzhou")


def write_articles(folder: Path, count: int, seed: int = 0, prefix: str = "a") -> list[Path]:
    """`count` small articles with two or three dated figures each, all different."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        values = dict(region=rng.choice(_REGIONS), year=rng.choice((2021, 2022, 2023, 2024)),
                      a=rng.randint(100, 900), b=rng.randint(0, 9), c=rng.randint(1, 9), d=rng.randint(10, 99),
                      e=rng.randint(1, 3), f=rng.randint(10, 99), g=rng.randint(1, 15), h=rng.randint(1, 9),
                      n=rng.randint(1000, 80000))
        sentences = [t.format(**values) for t in rng.sample(_TEMPLATES, 3)]
        path = folder / f"{prefix}{i:04d}.txt"
        path.write_text(f"Report number {i}.\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def snapshot(warehouse: Path) -> dict:
    """What a user sees, minus what legitimately differs between runs (run ids, times)."""
    return {
        "observations": query(warehouse, f"SELECT {CONTENT} FROM observations ORDER BY ALL"),
        "quarantine": query(warehouse, "SELECT figure_id, reason FROM quarantine ORDER BY ALL"),
        "articles": query(warehouse, "SELECT source_path, article_id, status, reason, n_figures FROM articles "
                                     "ORDER BY ALL"),
    }


def isolated_prefect_home(dest: Path) -> Path:
    """A private PREFECT_HOME whose database is a consistent copy of the
    project's (already migrated by `make setup`: a fresh one costs ~20 s of
    migrations). Without one, the server migrates a new database itself."""
    dest.mkdir(parents=True, exist_ok=True)
    source = Path(os.environ.get("PREFECT_HOME", REPO_ROOT / ".prefect")) / "prefect.db"
    if source.is_file():
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(dest / "prefect.db")
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    return dest


def subprocess_env(**extra: str) -> dict[str, str]:
    env = cli_env()
    env.pop("PREFECT_API_URL", None)       # no server: each `indicators run` starts its own temporary one
    env.update(extra)
    return env


def wait_for(predicate, timeout: float, interval: float = 0.5, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def start_cli(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    out = open(log, "wb")
    try:
        return subprocess.Popen([str(INDICATORS), *args], stdout=out, stderr=subprocess.STDOUT, env=env,
                                cwd=REPO_ROOT, start_new_session=True)
    finally:
        out.close()
