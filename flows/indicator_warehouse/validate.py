"""Check a batch of figures against the Great Expectations suite in expectations/.

One validation per batch (never per row or file). Rows that fail any
expectation come back with the names of what they failed and a readable
reason, ready for the quarantine table.

Great Expectations' cost is per expectation and per metric, hardly per row
(profiled, issue 6: building each metric's configuration and filtering the
frame for each row condition, again for every metric). Listing the failing
rows is the expensive part: COMPLETE results compute the unexpected values,
their index list and an index query for every expectation, twice the work
of a pass that only counts. So a batch is validated in two passes: every
expectation counts its unexpected rows (BOOLEAN_ONLY); only the expectations
that failed are run again to list their rows (COMPLETE). Every expectation
is applied to every row either way; a batch that passes them all (the
usual scheduled tick) pays for the cheap pass only.

Great Expectations takes ~5 s to import, so it is imported on first use only:
a run with nothing new never pays for it.
"""
from __future__ import annotations

import copy
import gc
import json
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

import polars as pl

from .catalogue_files import known_codes, signed_measures
from .consistency import add_check_columns
from .settings import EXPECTATIONS_DIR

SUITE_FILE = EXPECTATIONS_DIR / "observations.json"
_ROW_KEY = "_row"


@cache
def _validator():
    """An ephemeral GX context with one pandas batch definition, built once per process."""
    import logging

    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    # GX sets some of its module loggers to INFO explicitly; one of them
    # announces a temporary docs folder on every context. Quiet them all.
    for name in ("great_expectations", "great_expectations.data_context.types.base"):
        logging.getLogger(name).setLevel(logging.WARNING)
    context = gx.get_context(mode="ephemeral")
    # A progress bar per validation would flood the run's logs.
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    batch_definition = (
        context.data_sources.add_pandas("figures")
        .add_dataframe_asset("figure_batch")
        .add_batch_definition_whole_dataframe("whole_batch")
    )
    # Great Expectations (with pandas, scipy and its own modules) leaves about
    # half a million long-lived objects behind. In a warm process (`serve`,
    # the bench) the cyclic garbage collector would rescan them all now and
    # then, turning some later runs' 0.25 s into 0.6 s (measured, issue 6).
    # Moving everything alive now out of the collector's reach stops that;
    # nothing here is ever freed anyway.
    gc.freeze()
    return gx, batch_definition


# Where each expectation sits in the suite file, kept in its meta so results
# (which Great Expectations does not return in suite order) can be matched
# back to it and a row's failures reported in suite order.
_POSITION = "suite_position"


@cache
def suite_spec(path: Path = SUITE_FILE) -> dict:
    """The suite file as a dict, each expectation's meta carrying its position."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    for position, expectation in enumerate(spec["expectations"]):
        expectation["meta"] = {**expectation.get("meta", {}), _POSITION: position}
    return spec


@lru_cache(maxsize=128)   # the whole suite, and the few sets of expectations that fail together
def _suite_of(positions: tuple[int, ...] | None = None):
    """The suite, or the part of it at these positions, as a GX ExpectationSuite."""
    gx, _ = _validator()
    spec = suite_spec()
    chosen = spec["expectations"] if positions is None else [spec["expectations"][i] for i in positions]
    # ExpectationSuite keeps the dicts it is given: hand it copies so the cached spec stays as read.
    return gx.ExpectationSuite(**{**spec, "expectations": copy.deepcopy(chosen)})


def suite_parameters() -> dict:
    codes = known_codes()
    return {
        "known_units": sorted(codes.units),
        "known_indicators": sorted(codes.indicators | {"unclassified"}),
        "known_regions": sorted(codes.regions),
    }


def with_check_columns(frame: pl.DataFrame, run_date: date) -> pl.DataFrame:
    """Columns the suite reads that are derived, not stored: the metric whose
    levels must be positive (a signed measure's are "signed_level"), the start year,
    and the latest date a reported actual may start (the article's date, or
    today when the article's date is unknown)."""
    # a level the suite holds to be positive: every level but an uncatalogued
    # signed measure's (a trade deficit is a negative trade balance)
    signed = (pl.col("metric") == "level") & (pl.col("indicator") == "unclassified") \
        & pl.col("measure_text").is_in(sorted(signed_measures()))
    checked = frame.with_columns(
        pl.when(signed).then(pl.lit("signed_level")).otherwise(pl.col("metric")).alias("sign_checked_metric"),
        pl.col("period_start").dt.year().alias("period_start_year"),
        pl.col("published_date").fill_null(run_date).alias("plausible_until"),
        pl.int_range(pl.len()).alias(_ROW_KEY),
    )
    # an article agreeing with itself and with the catalogue (consistency.py)
    return add_check_columns(checked, _ROW_KEY)


def validate_figures(frame: pl.DataFrame, run_date: date) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(passed rows, failed rows with `failed_expectations` and `reason`)."""
    if frame.is_empty():
        return frame, frame.with_columns(
            pl.lit(None, dtype=pl.List(pl.String)).alias("failed_expectations"),
            pl.lit(None, dtype=pl.String).alias("reason"),
        )
    checked = with_check_columns(frame, run_date)
    _, batch_definition = _validator()
    # polars gives the pandas frame a RangeIndex: row i has index i == _ROW_KEY
    batch = batch_definition.get_batch(batch_parameters={"dataframe": checked.to_pandas()})
    parameters = suite_parameters()
    counted = batch.validate(_suite_of(), expectation_parameters=parameters,
                             result_format={"result_format": "BOOLEAN_ONLY"})
    failing = tuple(sorted(o.expectation_config.meta[_POSITION] for o in counted.results if not o.success))
    failures: dict[int, list[tuple[int, str, str]]] = {}
    if failing:
        listed = batch.validate(
            _suite_of(failing),
            expectation_parameters=parameters,
            # The failing rows by the pandas frame's own index, which is the
            # row key (a RangeIndex, and _ROW_KEY is int_range): naming
            # _ROW_KEY as the index column instead made GX look up each
            # failing row's key cell by cell, ~2.5 ms a row (a batch of
            # generated articles fails the series checks on ~7,000 rows: 18 s).
            result_format={"result_format": "COMPLETE", "return_unexpected_index_query": False},
        )
        for outcome in listed.results:
            config = outcome.expectation_config
            name = _expectation_name(config)
            reason = (config.meta or {}).get("reason", name)
            rows = outcome.result.get("unexpected_index_list")
            if rows is None:   # the expectation itself could not run: fail the whole batch loudly
                raise RuntimeError(f"expectation {name} did not run: {outcome.exception_info}")
            if outcome.success:   # the same expectation on the same batch: never, unless GX changes under us
                raise RuntimeError(f"expectation {name} failed when counting but not when listing rows")
            for row in rows:
                failures.setdefault(int(row), []).append((config.meta[_POSITION], name, reason))
    for found in failures.values():
        found.sort()   # suite order, whatever order the results came in
    failed_rows = pl.DataFrame(
        {
            _ROW_KEY: list(failures),
            "failed_expectations": [[n for _, n, _ in f] for f in failures.values()],
            "reason": ["; ".join(dict.fromkeys(r for _, _, r in f)) for f in failures.values()],
        },
        schema={_ROW_KEY: pl.Int64, "failed_expectations": pl.List(pl.String), "reason": pl.String},
    )
    tagged = checked.join(failed_rows, on=_ROW_KEY, how="left")
    keep = frame.columns
    passed = tagged.filter(pl.col("reason").is_null()).select(keep)
    failed = tagged.filter(pl.col("reason").is_not_null()).select(keep + ["failed_expectations", "reason"])
    return passed, failed


def _expectation_name(config) -> str:
    kwargs = config.kwargs
    column = kwargs.get("column") or f"{kwargs.get('column_A')}>{kwargs.get('column_B')}"
    return f"{config.type}({column})"
