"""Find article files under a source folder and decide which need work.

A file is re-read only when its size or modification time differs from what
the warehouse recorded; only then is it hashed, and only a different hash
makes it "changed". That keeps a run over an unchanged archive O(new files).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from .settings import ARTICLE_SUFFIXES, SIDECAR_SUFFIX


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A candidate article on disk, before it is read."""

    path: Path              # absolute path
    relative_path: str      # path relative to the source folder, '/'-separated, for messages
    size: int
    mtime_ns: int
    sidecar_mtime_ns: int   # 0 when there is no NAME.meta.json; a changed sidecar re-reads the article
    problem: str | None = None   # set when the entry cannot be read as an article

    @property
    def source_path(self) -> str:
        """The key the warehouse knows the file by: its absolute path."""
        return str(self.path)


@dataclass(frozen=True, slots=True)
class Known:
    """What the warehouse remembers about a file from earlier runs."""

    content_hash: str
    size: int
    mtime_ns: int
    sidecar_mtime_ns: int
    status: str


def _is_article_name(name: str) -> bool:
    lower = name.lower()
    return lower.endswith(ARTICLE_SUFFIXES) and not lower.endswith(SIDECAR_SUFFIX)


def discover(source: Path) -> list[SourceFile]:
    """Every article-like entry under `source`, sorted by relative path.

    Entries that look like articles but cannot be one (a directory called
    x.txt, a symlink leading outside the folder, a socket) are returned with
    `problem` set so the run records them instead of silently passing by.
    Symlinked directories are not descended into, so nothing outside the
    source folder is ever read.
    """
    root = source.resolve()
    found: list[SourceFile] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        here = Path(dirpath)
        for name in sorted(dirnames):
            if _is_article_name(name):
                found.append(_problem(here / name, root, "a directory, not a file"))
        for name in sorted(filenames):
            if not _is_article_name(name):
                continue
            found.append(_inspect(here / name, root))
    return sorted(found, key=lambda f: f.relative_path)


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _problem(path: Path, root: Path, reason: str) -> SourceFile:
    return SourceFile(path, _relative(path, root), 0, 0, 0, problem=reason)


def _inspect(path: Path, root: Path) -> SourceFile:
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root):
            return _problem(path, root, f"symlink to {target} outside the source folder; not followed")
    try:
        st = path.stat()
    except OSError as exc:
        return _problem(path, root, f"cannot stat: {exc.strerror or exc}")
    if not path.is_file():
        return _problem(path, root, "not a regular file")
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    alt_sidecar = path.with_suffix(SIDECAR_SUFFIX)
    sidecar_mtime = 0
    for candidate in (sidecar, alt_sidecar):
        try:
            sidecar_mtime = candidate.stat().st_mtime_ns
            break
        except OSError:
            continue
    return SourceFile(path, _relative(path, root), st.st_size, st.st_mtime_ns, sidecar_mtime)


def looks_unchanged(f: SourceFile, known: Known | None) -> bool:
    """True when size and mtimes match the last successful read: no need to open it."""
    return (
        known is not None
        and known.status in ("loaded", "skipped")
        and known.size == f.size
        and known.mtime_ns == f.mtime_ns
        and known.sidecar_mtime_ns == f.sidecar_mtime_ns
    )


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_id_for(content_hash_hex: str) -> str:
    """Stable id of a document: the first 16 hex digits of its content hash."""
    return content_hash_hex[:16]
