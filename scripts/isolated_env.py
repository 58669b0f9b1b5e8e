"""Virtual environments for tools that must not share the project's (Superset
pins SQLAlchemy 1.4; the dashboard and the reader tests pin an older DuckDB)."""
from __future__ import annotations

import hashlib
import subprocess
import venv
from pathlib import Path


class EnvUnavailable(RuntimeError):
    """pip could not install the environment; the message is pip's last line."""


def ensure_env(env: Path, requirements: list[str], fresh: bool = False) -> Path:
    """The bin/ of `env`, with exactly `requirements` installed (pip lines).

    Made anew when missing, when `fresh`, or when the requirements changed
    since it was made (a stamp file holds their digest).
    """
    stamp = env / ".requirements-sha256"
    wanted = hashlib.sha256("\n".join(requirements).encode()).hexdigest()
    if fresh or not (stamp.exists() and stamp.read_text() == wanted):
        venv.EnvBuilder(with_pip=True, clear=True).create(env)
        proc = subprocess.run([str(env / "bin" / "python"), "-m", "pip", "install", "--quiet",
                               "--disable-pip-version-check", *requirements],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0:
            last = ([line for line in proc.stderr.splitlines() if not line.startswith("WARNING")]
                    or ["pip gave no reason"])[-1]
            raise EnvUnavailable(f"cannot install {' '.join(requirements)} into {env}: {last}")
        stamp.write_text(wanted)
    return env / "bin"


def requirement_lines(path: Path) -> list[str]:
    """The requirement lines of a requirements file, without comments."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return [line for line in lines if line]
