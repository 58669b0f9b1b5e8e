"""The stages of one run as plain functions, free of Prefect.

    plan_run          files on disk + what the warehouse knows -> what to read
    read_and_extract  files -> article records + facts           (text in, facts out)
    check_batch       facts -> figures / quarantine / articles frames (facts in, frames out)
    StagedWarehouse.replace_rows   frames -> warehouse

flow.py strings these together as Prefect tasks; tests and benchmarks may
call them directly.
"""
from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import polars as pl

from .discover import Known, SourceFile, article_id_for, content_hash, discover, looks_unchanged
from .documents import UnreadableDocument, read_document
from .normalise import ArticleFacts, facts_to_frame, split_distrusted
from .consistency import unfile_series_doubts
from .settings import LIMITS

ARTICLE_SCHEMA: dict[str, pl.DataType] = {
    "source_path": pl.String,
    "article_id": pl.String,
    "content_hash": pl.String,
    "size_bytes": pl.Int64,
    "mtime_ns": pl.Int64,
    "sidecar_mtime_ns": pl.Int64,
    "published_date": pl.Date,
    "date_basis": pl.String,
    "title": pl.String,
    "url": pl.String,
    "source": pl.String,
    "encoding": pl.String,
    "status": pl.String,
    "reason": pl.String,
    "n_figures": pl.Int32,
    "n_quarantined": pl.Int32,
    "updated_at": pl.Datetime("us"),
}


class SourceFolderError(Exception):
    """The source folder itself cannot be read: the run cannot start."""


@dataclass
class RunPlan:
    to_read: list[SourceFile]          # new, or size/mtime differ from the last read
    unchanged: list[SourceFile]        # size and mtime match: not opened at all
    known: dict[str, Known]

    @property
    def files_seen(self) -> int:
        return len(self.to_read) + len(self.unchanged)


def check_source(source: Path) -> None:
    """Raise SourceFolderError unless `source` is a folder this process can list."""
    if not source.exists():
        raise SourceFolderError(f"source folder {source} does not exist")
    if not source.is_dir():
        raise SourceFolderError(f"source {source} is not a folder")
    try:
        next(source.iterdir(), None)
    except OSError as exc:
        raise SourceFolderError(f"cannot read source folder {source}: {exc.strerror or exc}") from exc


def plan_run(source: Path, known: dict[str, Known]) -> RunPlan:
    check_source(source)
    to_read, unchanged = [], []
    for f in discover(source):
        (unchanged if looks_unchanged(f, known.get(f.source_path)) else to_read).append(f)
    return RunPlan(to_read, unchanged, known)


@dataclass
class ExtractedBatch:
    """What reading and extracting a batch of files produced."""

    articles: list[dict] = field(default_factory=list)          # rows for `articles`, by ARTICLE_SCHEMA
    facts: list[ArticleFacts] = field(default_factory=list)
    touched: list[dict] = field(default_factory=list)           # same bytes, new mtime: update only
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    # The facts already normalised (facts_to_frame), when a worker process
    # did it: then `facts` is empty and only this frame crosses processes.
    frame: pl.DataFrame | None = None

    @property
    def replaced_paths(self) -> list[str]:
        return [a["source_path"] for a in self.articles]


def _article_row(f: SourceFile, status: str, reason: str | None, **extra) -> dict:
    row = dict.fromkeys(ARTICLE_SCHEMA)
    row.update(source_path=f.source_path, size_bytes=f.size, mtime_ns=f.mtime_ns,
               sidecar_mtime_ns=f.sidecar_mtime_ns, status=status, reason=reason,
               n_figures=0, n_quarantined=0, updated_at=datetime.now(timezone.utc).replace(tzinfo=None))
    row.update(extra)
    return row


def _open_source(path: Path) -> int:
    """Open an article for reading without ever blocking: O_NONBLOCK keeps a
    FIFO swapped in after discovery from hanging the run (it has no effect on
    regular files)."""
    return os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))


def _too_large(size: int) -> str:
    return f"file too large: {size / 2**20:.1f} MiB (limit {LIMITS.max_file_bytes / 2**20:.0f} MiB)"


def read_bytes(f: SourceFile, attempts: int = 4, backoff: float = 0.25) -> tuple[bytes, int]:
    """The file's bytes and the mtime they belong to.

    A file that changes while it is read (one still being written) is re-read
    after 0.25, 0.5, 1 s; if it never settles it is recorded as failed, and
    the next run tries again because failed files are always re-read.
    Raises UnreadableDocument with the reason.
    """
    if f.size > LIMITS.max_file_bytes:
        raise UnreadableDocument(_too_large(f.size))
    for attempt in range(attempts):
        try:
            before = os.stat(f.path)
            fd = _open_source(f.path)
        except OSError as exc:
            raise UnreadableDocument(f"cannot read: {exc.strerror or exc}") from exc
        try:
            opened = os.fstat(fd)
            if not stat.S_ISREG(opened.st_mode):
                raise UnreadableDocument("not a regular file")
            if opened.st_size > LIMITS.max_file_bytes:
                raise UnreadableDocument(_too_large(opened.st_size))
            chunks, remaining = [], LIMITS.max_file_bytes + 1
            while remaining > 0:
                chunk = os.read(fd, min(remaining, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                remaining -= len(chunk)
            data = b"".join(chunks)
            after = os.fstat(fd)
        except OSError as exc:
            raise UnreadableDocument(f"cannot read: {exc.strerror or exc}") from exc
        finally:
            os.close(fd)
        if len(data) > LIMITS.max_file_bytes:
            raise UnreadableDocument(_too_large(len(data)))
        # Settled: the same file (inode), size and mtime from before opening
        # to after reading, and the size is what was read.
        if ((before.st_ino, before.st_size, before.st_mtime_ns) == (after.st_ino, after.st_size, after.st_mtime_ns)
                and len(data) == after.st_size):
            return data, after.st_mtime_ns
        if attempt + 1 < attempts:
            time.sleep(backoff * 2**attempt)
    raise UnreadableDocument(f"file kept changing while being read ({attempts} attempts); will retry next run")


def read_and_extract(files: list[SourceFile], known: dict[str, Known]) -> ExtractedBatch:
    """Read each file, and extract facts from those whose content is new."""
    from . import extract   # ~0.2 s of regex compilation: only when there is something to read

    out = ExtractedBatch()
    for f in files:
        previous = known.get(f.source_path)

        def fail(reason: str, **ids) -> None:
            # The same failure as last time, on the same file, is not news:
            # count it unchanged and leave its row alone, so a folder with a
            # permanently broken file still reports "nothing new".
            if (previous is not None and previous.status == "failed" and previous.reason == reason
                    and (previous.size, previous.mtime_ns) == (f.size, f.mtime_ns)
                    and previous.content_hash == ids.get("content_hash", "")):
                out.unchanged += 1
                return
            out.failed += 1
            if ids:   # the bytes were read: it also counts as new or changed content
                setattr(out, kind, getattr(out, kind) + 1)
            out.articles.append(_article_row(f, "failed", reason, **ids))

        if f.problem:
            fail(f.problem)
            continue
        try:
            data, mtime_ns = read_bytes(f)
        except UnreadableDocument as exc:
            fail(str(exc))
            continue
        digest = content_hash(data)
        # Record the size and mtime of the bytes actually read: the file may
        # have settled since discovery.
        f = SourceFile(f.source_path, f.relative_path, len(data), mtime_ns, f.sidecar_mtime_ns)
        if previous is not None and previous.content_hash == digest and previous.status in ("loaded", "skipped") \
                and previous.sidecar_mtime_ns == f.sidecar_mtime_ns:
            out.unchanged += 1
            out.touched.append({"source_path": f.source_path, "size_bytes": f.size,
                                "mtime_ns": f.mtime_ns, "sidecar_mtime_ns": f.sidecar_mtime_ns})
            continue
        if previous is None or previous.status == "failed" and not previous.content_hash:
            kind = "new"
        else:
            kind = "changed"
        ids = dict(article_id=article_id_for(digest), content_hash=digest)
        try:
            doc = read_document(f.path, data)
        except UnreadableDocument as exc:
            fail(str(exc), **ids)
            continue
        reference, basis = doc.published_date, doc.date_basis
        try:
            if reference is None:
                reference, basis = extract.find_reference_date(doc.text)
            facts = extract.extract_facts(doc.text, reference)
        except Exception as exc:   # an extractor bug on one odd file must not stop the run
            detail = str(exc).splitlines()[0][:200] if str(exc) else ""
            fail(f"extractor error: {type(exc).__name__}: {detail}".rstrip(": "), **ids)
            continue
        setattr(out, kind, getattr(out, kind) + 1)
        status = "loaded" if facts else "skipped"
        reason = "; ".join(doc.notes) or (None if facts else "no dated figures found")
        out.articles.append(_article_row(
            f, status, reason, published_date=reference, date_basis=basis, title=doc.title,
            url=doc.url, source=doc.source, encoding=doc.encoding, **ids))
        out.facts.append(ArticleFacts(ids["article_id"], f.source_path, reference, basis, facts))
    return out


@dataclass
class CheckedBatch:
    figures: pl.DataFrame
    quarantine: pl.DataFrame
    articles: pl.DataFrame
    touched: pl.DataFrame
    replaced_paths: list[str]


def check_batch(batch: ExtractedBatch, run_date: date) -> CheckedBatch:
    """Normalise a batch's facts and validate them; count what each article gave."""
    from .validate import validate_figures   # heavy import, only when there is work

    frame = facts_to_frame(batch.facts)
    if batch.frame is not None:
        frame = pl.concat([batch.frame, frame]) if batch.facts else batch.frame
    to_validate, distrusted = split_distrusted(frame)
    passed, failed = validate_figures(to_validate, run_date)
    # a trusted value whose series is in doubt is kept, unfiled (consistency.py)
    unfiled, failed = unfile_series_doubts(failed)
    passed = pl.concat([passed, unfiled.select(passed.columns)])
    quarantine = pl.concat(
        [
            distrusted.with_columns(
                pl.lit(None, dtype=pl.List(pl.String)).alias("failed_expectations"),
                pl.col("problem").alias("reason"),
            ),
            failed,
        ],
        how="vertical_relaxed",
    )
    per_article = (
        pl.concat([
            passed.select("source_path", pl.lit(1).alias("f"), pl.lit(0).alias("q")),
            quarantine.select("source_path", pl.lit(0).alias("f"), pl.lit(1).alias("q")),
        ])
        .group_by("source_path")
        .agg(pl.col("f").sum().cast(pl.Int32).alias("n_figures"), pl.col("q").sum().cast(pl.Int32).alias("n_quarantined"))
    )
    articles = (
        pl.DataFrame(batch.articles, schema=ARTICLE_SCHEMA)
        .drop("n_figures", "n_quarantined")
        .join(per_article, on="source_path", how="left")
        .with_columns(pl.col("n_figures").fill_null(0), pl.col("n_quarantined").fill_null(0))
        .join(_held_undated(quarantine), on="source_path", how="left")
        .with_columns(_undated_reason())
        .drop("n_undated")
        # An article whose every figure was quarantined is not "loaded".
        .with_columns(
            pl.when((pl.col("status") == "loaded") & (pl.col("n_figures") == 0))
            .then(pl.lit("skipped")).otherwise(pl.col("status")).alias("status")
        )
    )
    touched = pl.DataFrame(batch.touched, schema={"source_path": pl.String, "size_bytes": pl.Int64,
                                                  "mtime_ns": pl.Int64, "sidecar_mtime_ns": pl.Int64})
    return CheckedBatch(passed, quarantine, articles, touched, batch.replaced_paths)


def _held_undated(quarantine: pl.DataFrame) -> pl.DataFrame:
    """Per article, its figures held in quarantine because it has no reference date."""
    from .extract.facts import UNRESOLVED_DATE   # the extractor loads only when there is work
    return (quarantine.filter(pl.col("reason").str.starts_with(UNRESOLVED_DATE))
            .group_by("source_path").agg(pl.len().cast(pl.Int32).alias("n_undated")))


def _undated_reason() -> pl.Expr:
    """An article with no reference date says so in its `reason`, with how many of its figures,
    dated only relatively ("last year", "the first half"), were held in quarantine for it: they
    are not lost silently, even when they were all it had (status 'skipped')."""
    note = pl.format("no reference date: {} figure(s) dated only relatively held in quarantine",
                     pl.col("n_undated"))
    return (pl.when(pl.col("n_undated").is_null()).then(pl.col("reason"))
            .when(pl.col("reason").is_null()).then(note)
            .otherwise(pl.concat_str([pl.col("reason"), note], separator="; ")).alias("reason"))


def batches(files: list[SourceFile], size: int = LIMITS.batch_files) -> list[list[SourceFile]]:
    return [files[i:i + size] for i in range(0, len(files), size)]
