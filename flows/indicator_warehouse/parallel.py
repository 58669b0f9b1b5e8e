"""Read and extract on every core, one batch ahead of validation and loading.

Extraction is pure Python and CPU-bound, so threads do not help; worker
processes do. `ExtractorPool.submit(batch)` splits a batch of files into
chunks, hands them to the workers and returns at once; `.result()` merges
the chunks back into one ExtractedBatch in file order. The flow submits
batch i+1 before it validates and loads batch i, so workers extract while
the main process runs Great Expectations and DuckDB.

Small runs (the usual scheduled tick that finds a file or two) never start a
pool: a worker costs ~0.5 s to spawn and import, more than extracting a few
articles in-process.

The pool is the single-machine stand-in for a distributed task runner; see
docs/performance.md ("When one machine is not enough").
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

import polars as pl

from .discover import Known, SourceFile
from .normalise import facts_to_frame
from .pipeline import ExtractedBatch, read_and_extract

# Below this many files a run extracts in-process.
MIN_FILES_FOR_POOL = 64
# Chunks per worker per batch: small enough to balance uneven articles,
# large enough that pickling and scheduling stay negligible.
CHUNKS_PER_WORKER = 4


def default_workers() -> int:
    """INDICATORS_EXTRACT_WORKERS, or the number of cores this process may use."""
    value = os.environ.get("INDICATORS_EXTRACT_WORKERS", "").strip()
    if value:
        try:
            return max(1, int(value))
        except ValueError:
            raise SystemExit(f"INDICATORS_EXTRACT_WORKERS={value!r} is not a whole number") from None
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:   # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class PendingBatch:
    """A batch being extracted: worker futures, or work to do in-process."""

    files: list[SourceFile]
    known: dict[str, Known]
    futures: list[Future] = field(default_factory=list)

    def result(self) -> ExtractedBatch:
        if not self.futures:
            return read_and_extract(self.files, self.known)
        return merge([f.result() for f in self.futures])


def extract_and_normalise(files: list[SourceFile], known: dict[str, Known]) -> ExtractedBatch:
    """A worker's job: read, extract, and normalise to a polars frame there,
    so normalisation runs in parallel too and only Arrow-backed frames (not
    thousands of Python fact objects) are pickled back."""
    batch = read_and_extract(files, known)
    batch.frame = facts_to_frame(batch.facts)
    batch.facts = []
    return batch


def merge(parts: list[ExtractedBatch]) -> ExtractedBatch:
    out = ExtractedBatch()
    frames = [p.frame for p in parts if p.frame is not None]
    if frames:
        out.frame = pl.concat(frames)
    for p in parts:
        out.articles += p.articles
        out.facts += p.facts
        out.touched += p.touched
        out.new += p.new
        out.changed += p.changed
        out.unchanged += p.unchanged
        out.failed += p.failed
    return out


def _die_with_parent(parent_pid: int) -> None:
    """Worker initializer: a run killed with SIGKILL must not leave workers
    behind. On Linux the kernel sends SIGKILL to the worker when its parent
    dies (PR_SET_PDEATHSIG); the pid check covers a parent that died before
    the request was made."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):   # not Linux: workers end when their queue closes
        pass
    if os.getppid() != parent_pid:
        os._exit(1)


class ExtractorPool:
    """Worker processes for one run; a context manager that shuts them down."""

    def __init__(self, total_files: int, workers: int | None = None) -> None:
        self.workers = default_workers() if workers is None else workers
        self._executor: ProcessPoolExecutor | None = None
        if self.workers > 1 and total_files >= MIN_FILES_FOR_POOL:
            # spawn, not fork: the parent runs Prefect's threads and event
            # loop, which a forked child must not inherit half-way.
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_die_with_parent, initargs=(os.getpid(),))

    @property
    def parallel(self) -> bool:
        return self._executor is not None

    def submit(self, files: list[SourceFile], known: dict[str, Known]) -> PendingBatch:
        if self._executor is None or len(files) < 2:
            return PendingBatch(files, known)
        n_chunks = min(len(files), self.workers * CHUNKS_PER_WORKER)
        size = -(-len(files) // n_chunks)
        futures = []
        for i in range(0, len(files), size):
            chunk = files[i:i + size]
            # Ship only what the chunk needs to know, not the whole warehouse's memory.
            chunk_known = {f.source_path: known[f.source_path] for f in chunk if f.source_path in known}
            futures.append(self._executor.submit(extract_and_normalise, chunk, chunk_known))
        return PendingBatch(files, known, futures)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> ExtractorPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
