"""Read and extract on a Dask cluster, one batch ahead of validation and loading.

Extraction is pure Python and CPU-bound, so it runs in worker processes:
the workers of a Dask cluster, driven by Prefect's `DaskTaskRunner`
(prefect-dask). Each chunk of a batch is one Prefect task run
(`extract-chunk`) on a worker, visible in the Prefect UI with its retries.
The flow submits batch i+1 before it validates and loads batch i, so the
workers extract while this process runs Great Expectations and DuckDB.

Where the cluster is:

* `address` given (`--dask-address`, the `dask_address` flow parameter or
  INDICATORS_DASK_ADDRESS): an existing cluster's scheduler. Its workers
  must have this package installed, see the source folder at the same path
  (a shared filesystem; see docs/operations.md) and reach the Prefect API
  this run uses.
* otherwise a `distributed.LocalCluster` of one single-threaded worker
  process per usable core (INDICATORS_EXTRACT_WORKERS overrides), started
  for the run and stopped with it.

Small runs (the usual scheduled tick that finds a file or two) never touch
Dask: starting a local cluster costs seconds, more than extracting a few
articles in-process. Dask and prefect-dask are imported only when a cluster
is used, so a run with nothing new does not pay for them.

What crosses the network is plain: the chunk's file records and what the
warehouse knew of them go out; the article rows (plain dicts) and the
normalised figures as one Arrow IPC stream come back
(`ExtractedChunk`), never the extractor's fact objects.
"""
from __future__ import annotations

import io
import logging
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from . import settings
from .discover import Known, SourceFile
from .normalise import facts_to_frame
from .pipeline import ExtractedBatch, read_and_extract

# Chunks per worker per batch: small enough to balance uneven articles and
# to lose little when a worker dies, large enough that each chunk's task run
# (a few Prefect API calls) stays negligible.
CHUNKS_PER_WORKER = 4


class SourceNotOnWorker(Exception):
    """A Dask worker cannot see the source folder: the cluster has no shared filesystem."""


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
            f"the Dask worker on {socket.gethostname()} cannot see the source folder {source_root}; "
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
    """A batch being extracted: futures of its chunks' task runs, or work to do in-process."""

    files: list[SourceFile]
    known: dict[str, Known]
    futures: list[Any] = field(default_factory=list)

    def result(self) -> ExtractedBatch:
        if not self.futures:
            return read_and_extract(self.files, self.known)
        return merge([f.result() for f in self.futures])


class Extraction:
    """Where one run extracts: in-process, or on a Dask cluster through
    Prefect's DaskTaskRunner. A context manager; a local cluster it started
    is stopped on exit (a cluster at an address is left running).

    `chunk_task` is the Prefect task that wraps `extract_chunk` (flow.py);
    it is passed in so that this module stays free of the flow.
    """

    def __init__(self, chunk_task, source_root: Path, total_files: int, address: str | None = None,
                 workers: int | None = None) -> None:
        self.chunk_task = chunk_task
        self.source_root = str(source_root)
        self.address = address
        self.workers = settings.extract_workers() if workers is None else workers
        # A cluster at an address is used whatever the run's size: whoever
        # runs one wants the work there. A local one only pays off for a backfill.
        self.uses_cluster = total_files > 0 and (
            address is not None or (self.workers > 1 and total_files >= settings.MIN_FILES_FOR_CLUSTER))
        self._runner = None

    def __enter__(self) -> Extraction:
        if self.uses_cluster:
            self._runner = _task_runner(self.address, self.workers)
            self._runner.__enter__()
            if self.address is not None:
                # Chunks for as many workers as the cluster has now.
                self.workers = max(1, len(self._runner.client.scheduler_info(n_workers=-1)["workers"]))
        return self

    def __exit__(self, *exc) -> None:
        if self._runner is not None:
            runner, self._runner = self._runner, None
            runner.__exit__(*exc)

    def submit(self, files: list[SourceFile], known: dict[str, Known]) -> PendingBatch:
        if self._runner is None:
            return PendingBatch(files, known)
        futures = []
        for chunk in chunked(files, self.workers):
            # Ship only what the chunk needs to know, not the whole warehouse's
            # index. (Not wrapped in quote(): prefect-dask passes the wrapper
            # through to the worker unresolved; a chunk's records are few, so
            # Prefect's walk over them for futures costs little.)
            chunk_known = {f.source_path: known[f.source_path] for f in chunk if f.source_path in known}
            futures.append(self._runner.submit(self.chunk_task, parameters={
                "source_root": self.source_root, "files": chunk, "known": chunk_known}))
        return PendingBatch(files, known, futures)


def _task_runner(address: str | None, workers: int):
    """A DaskTaskRunner for an existing scheduler, or for a local cluster of `workers` processes."""
    from prefect.context import FlowRunContext
    from prefect_dask import DaskTaskRunner

    # Dask logs every worker start and stop at INFO; a run logs its own progress.
    logging.getLogger("distributed").setLevel(logging.WARNING)
    if address is not None:
        if FlowRunContext.get() is not None and _is_loopback(str(FlowRunContext.get().client.api_url)) \
                and not _is_loopback(address):
            raise RuntimeError(
                f"a Dask cluster at {address} cannot report to this run's Prefect API on 127.0.0.1; "
                "set PREFECT_API_URL to a Prefect server the cluster's workers can reach")
        return DaskTaskRunner(address=address)
    env = {"DASK_LOGGING__DISTRIBUTED": "warning"}
    context = FlowRunContext.get()
    if context is not None:
        # Without PREFECT_API_URL this run talks to a temporary server of this
        # process; the workers must report their task runs there too, not
        # start temporary servers of their own.
        env["PREFECT_API_URL"] = str(context.client.api_url)
    return DaskTaskRunner(cluster_kwargs={
        "n_workers": workers, "threads_per_worker": 1, "processes": True,
        # ":0": status pages on a free port, not on 8787, which another run may hold.
        "dashboard_address": ":0", "env": env})


def _is_loopback(url: str) -> bool:
    host = url.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0].strip("[]")
    return host in ("localhost", "::1") or host.startswith("127.")
