"""Read and extract in worker processes, one batch ahead of validation and loading.

Extraction is pure Python and CPU-bound, so threads do not help; worker
processes do. The flow submits batch i+1 before it validates and loads
batch i, so the workers extract while this process runs Great Expectations
and DuckDB. Where a run extracts, one path per case:

* **In-process**: a run with fewer than MIN_FILES_FOR_POOL files to read
  (the usual scheduled tick that finds a file or two), or one usable core,
  and no cluster address. Starting workers costs more than extracting a
  few articles here.
* **A process pool** (`concurrent.futures.ProcessPoolExecutor`, one worker
  per usable core, INDICATORS_EXTRACT_WORKERS overrides): a larger run with
  no cluster address. It was measured against a local Dask cluster on the
  same machine (docs/performance.md, "Pool or Dask"): in every paired run
  it used less CPU and ~320 MB less memory, and in the quieter run it was as
  fast or faster, so the local path does not start a Dask cluster.
* **Prefect's DaskTaskRunner** (prefect-dask) when a cluster's scheduler
  address is given (`--dask-address`, the `dask_address` flow parameter or
  INDICATORS_DASK_ADDRESS), whatever the run's size. Each chunk is one
  Prefect task run (`extract-chunk`) on a worker, visible in the Prefect UI
  with its retries. The cluster's workers must have this package installed,
  see the source folder at the same path (a shared filesystem; see
  docs/operations.md) and reach the Prefect API this run uses.

Dask and prefect-dask are imported only when a cluster address is given, so
neither a run with nothing new nor a local backfill pays for them.

Both kinds of worker run the same `extract_chunk` and send back the same
plain data: the article rows (plain dicts) and the normalised figures as
one Arrow IPC stream (`ExtractedChunk`), never the extractor's fact objects.
"""
from __future__ import annotations

import io
import logging
import multiprocessing
import os
import socket
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from . import settings
from .discover import Known, SourceFile
from .normalise import facts_to_frame
from .pipeline import ExtractedBatch, read_and_extract

# Chunks per worker per batch: small enough to balance uneven articles and
# to lose little when a worker dies, large enough that each chunk's overhead
# (pickling; on Dask, a task run's few Prefect API calls) stays negligible.
CHUNKS_PER_WORKER = 4

IN_PROCESS, POOL, DASK = "in-process", "pool", "dask"


class SourceNotOnWorker(Exception):
    """A worker cannot see the source folder: a Dask cluster without a shared filesystem."""


@dataclass
class ExtractedChunk:
    """What a worker sends back for one chunk: plain records and Arrow bytes."""

    articles: list[dict]
    touched: list[dict]
    counts: dict[str, int]           # new / changed / unchanged / failed
    figures_ipc: bytes               # facts_to_frame(...) as an Arrow IPC stream

    def frame(self) -> pl.DataFrame:
        return pl.read_ipc_stream(io.BytesIO(self.figures_ipc))


def extract_chunk(source_root: str, files: list[SourceFile], known: dict[str, Known]) -> ExtractedChunk:
    """A worker's job: read and extract a chunk, normalise it to a frame there
    (so normalisation runs in parallel too), and return plain data."""
    if not os.path.isdir(source_root):
        raise SourceNotOnWorker(
            f"the worker on {socket.gethostname()} cannot see the source folder {source_root}; "
            "the cluster's workers need it at the same path (shared filesystem, see docs/operations.md)")
    batch = read_and_extract(files, known)
    buffer = io.BytesIO()
    facts_to_frame(batch.facts).write_ipc_stream(buffer)
    counts = {name: getattr(batch, name) for name in ("new", "changed", "unchanged", "failed")}
    return ExtractedChunk(batch.articles, batch.touched, counts, buffer.getvalue())


def merge(chunks: list[ExtractedChunk]) -> ExtractedBatch:
    """The chunks of one batch, back in file order, as one batch."""
    out = ExtractedBatch()
    frames = [chunk.frame() for chunk in chunks]
    if frames:
        out.frame = pl.concat(frames)
    for chunk in chunks:
        out.articles += chunk.articles
        out.touched += chunk.touched
        for name, n in chunk.counts.items():
            setattr(out, name, getattr(out, name) + n)
    return out


def chunked(files: list[SourceFile], workers: int) -> list[list[SourceFile]]:
    n_chunks = max(1, min(len(files), workers * CHUNKS_PER_WORKER))
    size = -(-len(files) // n_chunks)
    return [files[i:i + size] for i in range(0, len(files), size)]


@dataclass
class PendingBatch:
    """A batch being extracted: futures of its chunks (pool or Dask), or work to do in-process."""

    files: list[SourceFile]
    known: dict[str, Known]
    futures: list[Any] = field(default_factory=list)

    def result(self) -> ExtractedBatch:
        if not self.futures:
            return read_and_extract(self.files, self.known)
        return merge([f.result() for f in self.futures])


def _die_with_parent(parent_pid: int) -> None:
    """Pool worker initializer: a run killed with SIGKILL must not leave workers
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


def choose_mode(total_files: int, workers: int, address: str | None) -> str:
    """IN_PROCESS, POOL or DASK for a run with `total_files` to read (see the module docstring)."""
    if total_files == 0:
        return IN_PROCESS        # nothing to read: never start workers or contact a cluster
    if address is not None:
        return DASK              # whoever names a cluster wants the work there, whatever the size
    if workers > 1 and total_files >= settings.MIN_FILES_FOR_POOL:
        return POOL
    return IN_PROCESS


class Extraction:
    """Where one run extracts: in-process, in a local process pool, or on the
    Dask cluster at `address` through Prefect's DaskTaskRunner. A context
    manager; the pool is shut down on exit (a cluster is left running).

    `chunk_task` is the Prefect task that wraps `extract_chunk` (flow.py),
    used only on Dask; it is passed in so that this module stays free of the flow.
    """

    def __init__(self, chunk_task, source_root: Path, total_files: int, address: str | None = None,
                 workers: int | None = None) -> None:
        self.chunk_task = chunk_task
        self.source_root = str(source_root)
        self.address = address
        self.workers = settings.extract_workers() if workers is None else workers
        self.mode = choose_mode(total_files, self.workers, address)
        self._pool: ProcessPoolExecutor | None = None
        self._runner = None

    def __enter__(self) -> Extraction:
        if self.mode == POOL:
            # spawn, not fork: this process runs Prefect's threads and event
            # loop, which a forked child must not inherit half-way.
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_die_with_parent, initargs=(os.getpid(),))
        elif self.mode == DASK:
            self._runner = _task_runner(self.address)
            self._runner.__enter__()
            # Chunks for as many workers as the cluster has now.
            self.workers = max(1, len(self._runner.client.scheduler_info(n_workers=-1)["workers"]))
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.shutdown(wait=True, cancel_futures=True)
        if self._runner is not None:
            runner, self._runner = self._runner, None
            runner.__exit__(*exc)

    def submit(self, files: list[SourceFile], known: dict[str, Known]) -> PendingBatch:
        if self._pool is None and self._runner is None:
            return PendingBatch(files, known)
        futures = []
        for chunk in chunked(files, self.workers):
            # Ship only what the chunk needs to know, not the whole warehouse's index.
            chunk_known = {f.source_path: known[f.source_path] for f in chunk if f.source_path in known}
            if self._pool is not None:
                futures.append(self._pool.submit(extract_chunk, self.source_root, chunk, chunk_known))
            else:
                # Not wrapped in quote(): prefect-dask passes the wrapper
                # through to the worker unresolved; a chunk's records are few,
                # so Prefect's walk over them for futures costs little.
                futures.append(self._runner.submit(self.chunk_task, parameters={
                    "source_root": self.source_root, "files": chunk, "known": chunk_known}))
        return PendingBatch(files, known, futures)


def _task_runner(address: str):
    """A DaskTaskRunner for the cluster whose scheduler is at `address`."""
    from prefect.context import FlowRunContext
    from prefect_dask import DaskTaskRunner

    # Dask logs every worker connection at INFO; a run logs its own progress.
    logging.getLogger("distributed").setLevel(logging.WARNING)
    context = FlowRunContext.get()
    if context is not None and _is_loopback(str(context.client.api_url)) and not _is_loopback(address):
        raise RuntimeError(
            f"a Dask cluster at {address} cannot report to this run's Prefect API on 127.0.0.1; "
            "set PREFECT_API_URL to a Prefect server the cluster's workers can reach")
    return DaskTaskRunner(address=address)


def _is_loopback(url: str) -> bool:
    host = url.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0].strip("[]")
    return host in ("localhost", "::1") or host.startswith("127.")
