"""Facts in, frames out: the extractor's records as typed polars frames.

One frame per batch of documents, in the warehouse's column order, with
values in base units. Facts the extractor already distrusts (an unresolved
relative date, say) are split off for quarantine here, before validation.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import polars as pl

if TYPE_CHECKING:   # the extractor is imported only by runs that extract
    from .extract.facts import Fact

# Column order of the `figures` table and of the frames that feed it.
FIGURE_SCHEMA: dict[str, pl.DataType] = {
    "figure_id": pl.String,
    "article_id": pl.String,
    "source_path": pl.String,
    "published_date": pl.Date,
    "date_basis": pl.String,
    "indicator": pl.String,
    "breakdown": pl.String,
    "measure_text": pl.String,
    "region": pl.String,
    "metric": pl.String,
    "period_type": pl.String,
    "period_start": pl.Date,
    "period_end": pl.Date,
    "value": pl.Float64,
    "unit": pl.String,
    "qualifier": pl.String,
    "sentence": pl.String,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "is_target": pl.Boolean,
    "period_basis": pl.String,
    "converted_value": pl.Float64,
    "converted_unit": pl.String,
    "rule": pl.String,
    "problem": pl.String,
    "series_problem": pl.String,
}


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """The facts of one document with the provenance every row carries."""

    article_id: str
    source_path: str
    published_date: date | None
    date_basis: str | None
    facts: list[Fact]


def facts_to_frame(articles: Iterable[ArticleFacts]) -> pl.DataFrame:
    """All facts of a batch as one frame in FIGURE_SCHEMA, values in base units."""
    columns: dict[str, list] = {name: [] for name in FIGURE_SCHEMA}
    scale: list[float] = []
    for art in articles:
        for f in art.facts:
            columns["figure_id"].append(f"{art.article_id}:{f.start}-{f.end}:{f.metric}:{f.period_end}")
            columns["article_id"].append(art.article_id)
            columns["source_path"].append(art.source_path)
            columns["published_date"].append(art.published_date)
            columns["date_basis"].append(art.date_basis)
            columns["indicator"].append(f.indicator)
            columns["breakdown"].append(f.breakdown)
            columns["measure_text"].append(f.measure_text)
            columns["region"].append(f.region)
            columns["metric"].append(f.metric)
            columns["period_type"].append(f.period_type)
            columns["period_start"].append(f.period_start)
            columns["period_end"].append(f.period_end)
            columns["value"].append(f.value)   # as written; scaled below
            scale.append(f.scale)
            columns["unit"].append(f.unit)
            columns["qualifier"].append(f.qualifier)
            columns["sentence"].append(f.sentence)
            columns["char_start"].append(f.start)
            columns["char_end"].append(f.end)
            columns["is_target"].append(f.is_target)
            columns["period_basis"].append(f.date_basis)
            columns["converted_value"].append(f.converted_value)
            columns["converted_unit"].append(f.converted_unit)
            columns["rule"].append(f.rule)
            columns["problem"].append(f.problem)
            columns["series_problem"].append(None)   # set by validation (consistency.py)
    frame = pl.DataFrame(columns, schema=FIGURE_SCHEMA)
    return (
        frame.with_columns(
            pl.col("value") * pl.Series("scale", scale, dtype=pl.Float64),
            pl.col("indicator").fill_null("unclassified"),
            pl.col("qualifier").fill_null("exact"),
        )
        # A figure stated twice at the same place is one figure; keep the first.
        .unique(subset="figure_id", keep="first", maintain_order=True)
    )


def split_distrusted(frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(rows to validate, rows the extractor itself flagged with a problem)."""
    flagged = pl.col("problem").is_not_null()
    return frame.filter(~flagged), frame.filter(flagged)
