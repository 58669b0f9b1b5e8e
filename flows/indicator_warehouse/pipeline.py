"""The stages of one run as plain functions, free of Prefect.

    plan_run          files on disk + what the warehouse knows -> what to read
    read_and_extract  files -> article records + facts           (text in, facts out)
    check_batch       facts -> figures / quarantine / articles frames (facts in, frames out)
    StagedWarehouse.replace_rows   frames -> warehouse

flow.py strings these together as Prefect tasks; tests and benchmarks may
call them directly.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import polars as pl

from . import extract
from .discover import Known, SourceFile, article_id_for, content_hash, discover, looks_unchanged
from .documents import UnreadableDocument, read_document
from .normalise import ArticleFacts, facts_to_frame, split_distrusted
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


def plan_run(source: Path, known: dict[str, Known]) -> RunPlan:
    if not source.exists():
        raise SourceFolderError(f"source folder {source} does not exist")
    if not source.is_dir():
        raise SourceFolderError(f"source {source} is not a folder")
    try:
        next(source.iterdir(), None)
    except OSError as exc:
        raise SourceFolderError(f"cannot read source folder {source}: {exc.strerror or exc}") from exc
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


def read_bytes(f: SourceFile, attempts: int = 3, backoff: float = 0.25) -> bytes:
    """The file's bytes, re-read if it changes while being read (a file still
    being written settles after a moment). Raises UnreadableDocument."""
    if f.size > LIMITS.max_file_bytes:
        raise UnreadableDocument(f"file too large: {f.size / 1e6:.1f} MB (limit {LIMITS.max_file_bytes / 1e6:.0f} MB)")
    for attempt in range(attempts):
        try:
            before = f.path.stat()
            with open(f.path, "rb") as fh:
                data = fh.read(LIMITS.max_file_bytes + 1)
            after = f.path.stat()
        except OSError as exc:
            raise UnreadableDocument(f"cannot read: {exc.strerror or exc}") from exc
        if len(data) > LIMITS.max_file_bytes:
            raise UnreadableDocument(f"file too large: over {LIMITS.max_file_bytes / 1e6:.0f} MB")
        if (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns) == (len(data), after.st_mtime_ns):
            return data
        time.sleep(backoff * 2**attempt)
    raise UnreadableDocument("file kept changing while being read; will retry next run")


def read_and_extract(files: list[SourceFile], known: dict[str, Known]) -> ExtractedBatch:
    """Read each file, and extract facts from those whose content is new."""
    out = ExtractedBatch()
    for f in files:
        previous = known.get(f.source_path)
        if f.problem:
            out.failed += 1
            out.articles.append(_article_row(f, "failed", f.problem))
            continue
        try:
            data = read_bytes(f)
        except UnreadableDocument as exc:
            out.failed += 1
            out.articles.append(_article_row(f, "failed", str(exc)))
            continue
        digest = content_hash(data)
        # Stat the bytes we actually read: the file may have settled since discovery.
        f = SourceFile(f.path, f.relative_path, len(data), f.path.stat().st_mtime_ns, f.sidecar_mtime_ns)
        if previous is not None and previous.content_hash == digest and previous.status in ("loaded", "skipped") \
                and previous.sidecar_mtime_ns == f.sidecar_mtime_ns:
            out.unchanged += 1
            out.touched.append({"source_path": f.source_path, "size_bytes": f.size,
                                "mtime_ns": f.mtime_ns, "sidecar_mtime_ns": f.sidecar_mtime_ns})
            continue
        if previous is None or previous.status == "failed" and not previous.content_hash:
            out.new += 1
        else:
            out.changed += 1
        ids = dict(article_id=article_id_for(digest), content_hash=digest)
        try:
            doc = read_document(f.path, data)
        except UnreadableDocument as exc:
            out.failed += 1
            out.articles.append(_article_row(f, "failed", str(exc), **ids))
            continue
        reference, basis = doc.published_date, doc.date_basis
        if reference is None:
            reference, basis = extract.find_reference_date(doc.text)
        facts = extract.extract_facts(doc.text, reference)
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
    to_validate, distrusted = split_distrusted(frame)
    passed, failed = validate_figures(to_validate, run_date)
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
        # An article whose every figure was quarantined is not "loaded".
        .with_columns(
            pl.when((pl.col("status") == "loaded") & (pl.col("n_figures") == 0))
            .then(pl.lit("skipped")).otherwise(pl.col("status")).alias("status")
        )
    )
    touched = pl.DataFrame(batch.touched, schema={"source_path": pl.String, "size_bytes": pl.Int64,
                                                  "mtime_ns": pl.Int64, "sidecar_mtime_ns": pl.Int64})
    return CheckedBatch(passed, quarantine, articles, touched, batch.replaced_paths)


def batches(files: list[SourceFile], size: int = LIMITS.batch_files) -> list[list[SourceFile]]:
    return [files[i:i + size] for i in range(0, len(files), size)]
