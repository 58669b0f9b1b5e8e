"""What one article says must agree with itself, and with the catalogue.

Four checks, each a boolean column that the Great Expectations suite
(expectations/observations.json) expects to be true; a row that fails goes
to quarantine with the reason, and so out of every series view. None of
them picks a winner: when an article gives two values for one series, both
rows are held, because we cannot tell which is the real total.

* `one_value_per_series`: within one article, one (indicator, breakdown,
  region, metric, period, unit) carries one value. Two statements agree when
  they differ by less than the rounding of the less precise one ("8.3
  trillion" and "8.31 trillion" agree; "4.5 percent" and "12 percent" do
  not). A bound ("over 75,000", "less than 5 percent") agrees with a value
  on its side of it and within BOUND_REACH of it, and with a bound of the
  same direction within that reach: news writes "more than 166.9 billion"
  for 167-170 billion, never for 240 billion, so "more than 77 percent" and
  "41.1 percent", or "over 166.9 billion" (one partner's trade misread as
  the whole) and "240 billion", are two different values for one series.
* `growth_agrees_with_levels`: a year-on-year rate and the two levels the
  same article states for that period and the one a year before agree within
  half a point plus what the levels' rounding allows.
* `currencies_agree`: within one article, a level (or change) of a series
  stated in one currency and the same series, period and metric stated in
  another agree by the article's own conversions ("8.3 trillion yuan (1.17
  trillion US dollars)" elsewhere in it), else by a broad band of plausible
  exchange rates (seeds/exchange_rates.csv: 6 to 8.5 yuan per US dollar).
  "1.96 trillion yuan" and "310.86" US dollars (a scale word lost) do not:
  both rows are quarantined, neither is preferred.
* `unit_agrees_with_catalogue`: a level or change of a catalogued indicator
  is in the kind of unit the catalogue gives it (a count is never filed under
  a money measure).

A row that fails only the three series checks (SERIES_CHECKS; a disagreement
between currencies puts the value itself in doubt, and is quarantined) has a
value, period and place we trust but a series we do not: `unfile_series_doubts` keeps it, as `unclassified`,
with the reason and the series it was read as in `series_problem`, so it
stays traceable but out of every series view. A row that also fails another
expectation goes to quarantine as before.

Plain polars, no Great Expectations import: the columns are computed here and
the suite only reads them.
"""
from __future__ import annotations

import math

import polars as pl

from .catalogue_files import known_codes

SERIES_KEY = ["article_id", "indicator", "breakdown", "region", "metric",
              "period_type", "period_start", "period_end", "unit"]
_MONEY = {"CNY", "USD", "HKD", "EUR", "MOP", "JPY", "GBP"}
_COUNTS = {"count", "person"}
_RATES = {"percent", "percentage_point"}


def add_check_columns(frame: pl.DataFrame, row_key: str) -> pl.DataFrame:
    """The four boolean columns, for a frame that has a unique `row_key` column."""
    return frame.with_columns(
        pl.col(row_key).is_in(_conflicting_rows(frame, row_key).implode()).not_().alias("one_value_per_series"),
        pl.col(row_key).is_in(_growth_disagreements(frame, row_key).implode()).not_()
        .alias("growth_agrees_with_levels"),
        _unit_agrees(frame).alias("unit_agrees_with_catalogue"),
        pl.col(row_key).is_in(_currency_disagreements(frame, row_key).implode()).not_().alias("currencies_agree"),
    )


SERIES_CHECKS = frozenset(f"expect_column_values_to_be_in_set({c})" for c in
                          ("one_value_per_series", "growth_agrees_with_levels", "unit_agrees_with_catalogue"))


def unfile_series_doubts(failed: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(rows whose only failures are series checks, unfiled; the rest, still failed)."""
    only_series = pl.col("failed_expectations").list.eval(pl.element().is_in(list(SERIES_CHECKS))).list.all()
    doubted = failed.filter(only_series)
    was = pl.col("indicator") + pl.when(pl.col("breakdown").is_not_null()) \
        .then(pl.lit(" [") + pl.col("breakdown") + pl.lit("]")).otherwise(pl.lit(""))
    unfiled = doubted.with_columns(
        (pl.col("reason") + pl.lit(" (read as ") + was + pl.lit(")")).alias("series_problem"),
        pl.lit("unclassified").alias("indicator"),
        pl.lit(None, dtype=pl.String).alias("breakdown"),
    ).drop("failed_expectations", "reason")
    return unfiled, failed.filter(~only_series)


def _comparable(frame: pl.DataFrame) -> pl.DataFrame:
    """Actuals filed under a catalogued measure: what a series view would show."""
    return frame.filter(~pl.col("is_target") & (pl.col("indicator") != "unclassified")
                        & pl.col("period_end").is_not_null())


# How far above "more than X" (below "less than X") a statement may lie and
# still be the same figure; relative to X. News rounds a figure down to write
# "more than", by a digit or two, not by a tenth of it.
BOUND_REACH = 0.1
_BOUNDS = {"over": 1, "under": -1}


def _conflicting_rows(frame: pl.DataFrame, row_key: str) -> pl.Series:
    values = _comparable(frame)
    if values.is_empty():
        return pl.Series(row_key, [], dtype=pl.Int64)
    # only keys with two distinct values need the (per-value, Python) rounding test
    multi = values.filter(pl.col("value").n_unique().over(SERIES_KEY, mapping_strategy="group_to_rows") > 1)
    bad: list[int] = []
    for group in multi.partition_by(SERIES_KEY, maintain_order=True):
        said = list(zip(group["qualifier"].to_list(), group["value"].to_list()))
        if any(not statements_agree(a, b) for i, a in enumerate(said) for b in said[i + 1:]):
            bad.extend(group[row_key].to_list())
    return pl.Series(row_key, bad, dtype=pl.Int64)


def statements_agree(a: tuple[str, float], b: tuple[str, float]) -> bool:
    """Two (qualifier, value) statements of one series and period: can both be true of one figure?"""
    (qa, x), (qb, y) = a, b
    side_a, side_b = _BOUNDS.get(qa, 0), _BOUNDS.get(qb, 0)
    if not side_a and not side_b:
        return _agree(x, y)
    slack = rounding(x) + rounding(y)
    if x * y < 0:                       # opposite signs: no bound reaches across zero
        return abs(x - y) <= slack
    # a bound speaks of size: "fell more than 5 percent" is -5 or below
    x, y = abs(x), abs(y)
    if side_a == side_b:                # "over 100" and "over 105": the same floor, restated
        return abs(x - y) <= BOUND_REACH * max(x, y) + slack
    if side_a and side_b:               # "over X" and "under Y": one figure between them, if X <= Y
        low, high = (x, y) if side_a > 0 else (y, x)
        return low <= high + slack
    side, bound, value = (side_a, x, y) if side_a else (side_b, y, x)
    gap = side * (value - bound)        # how far past the bound, on its own side
    return -slack <= gap <= BOUND_REACH * bound + slack


def rounding(value: float) -> float:
    """Half a unit in the last significant digit as written: 8.3e12 -> 5e10,
    480.26e9 -> 5e6, 20 -> 5 (a trailing zero says nothing about precision)."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    digits = f"{abs(value):.15g}"
    mantissa, _, exp = digits.partition("e")
    whole, _, frac = mantissa.partition(".")
    frac = frac.rstrip("0")
    if frac:
        last = 10.0 ** -len(frac)
    else:
        stripped = whole.rstrip("0")
        last = 10.0 ** (len(whole) - len(stripped))
    return 0.5 * last * (10.0 ** int(exp) if exp else 1.0)


def _agree(x: float, y: float) -> bool:
    return abs(x - y) <= max(rounding(x), rounding(y)) + 1e-9 * max(abs(x), abs(y))


def _growth_disagreements(frame: pl.DataFrame, row_key: str) -> pl.Series:
    rows = _comparable(frame).filter(pl.col("qualifier").is_in(["exact", "approx"]))
    key = ["article_id", "indicator", "breakdown", "region", "period_type"]
    growth = rows.filter((pl.col("metric") == "yoy_growth_pct") & (pl.col("unit") == "percent")
                         & pl.col("period_type").is_in(["year", "ytd", "quarter", "month"]))
    levels = rows.filter(pl.col("metric") == "level")
    if growth.is_empty() or levels.is_empty():
        return pl.Series(row_key, [], dtype=pl.Int64)
    month_end = pl.col("period_end") == pl.col("period_end").dt.month_end()
    prior_end = pl.when(month_end).then(pl.col("period_end").dt.offset_by("-1y").dt.month_end()) \
        .otherwise(pl.col("period_end").dt.offset_by("-1y"))
    growth = growth.select(*key, "period_start", "period_end", pl.col("value").alias("rate"),
                           pl.col(row_key).alias("rate_row"),
                           pl.col("period_start").dt.offset_by("-1y").alias("prior_start"),
                           prior_end.alias("prior_end"))
    cur = levels.select(*key, "period_start", "period_end", "unit", pl.col("value").alias("cur"),
                        pl.col(row_key).alias("cur_row"))
    prev = levels.select(*key, pl.col("period_start").alias("prior_start"), pl.col("period_end").alias("prior_end"),
                         "unit", pl.col("value").alias("prev"), pl.col(row_key).alias("prev_row"))
    # nulls (a whole's breakdown) must join their like
    triples = growth.join(cur, on=[*key, "period_start", "period_end"], nulls_equal=True) \
        .join(prev, on=[*key, "prior_start", "prior_end", "unit"], nulls_equal=True)
    bad: list[int] = []
    for t in triples.iter_rows(named=True):
        if t["prev"] <= 0 or t["cur"] <= 0:
            continue
        implied = 100 * (t["cur"] / t["prev"] - 1)
        slack = 0.5 + 100 * (t["cur"] / t["prev"]) * (rounding(t["cur"]) / t["cur"] + rounding(t["prev"]) / t["prev"]) \
            + rounding(t["rate"])
        if abs(implied - t["rate"]) > slack:
            bad += [t["rate_row"], t["cur_row"], t["prev_row"]]
    return pl.Series(row_key, bad, dtype=pl.Int64)


# how far a level may stray from an article's own conversion (its rounding aside)
_OWN_RATE_SLACK = 0.03


def _currency_disagreements(frame: pl.DataFrame, row_key: str) -> pl.Series:
    """Rows of one article's series stated in two currencies whose values imply no plausible rate."""
    bands = known_codes().per_usd
    money = _comparable(frame).filter(pl.col("unit").is_in(list(bands)) & pl.col("metric").is_in(["level", "change"])
                                      & pl.col("qualifier").is_in(["exact", "approx"]) & (pl.col("value") != 0))
    key = [k for k in SERIES_KEY if k != "unit"]
    money = money.filter(pl.col("unit").n_unique().over(key, mapping_strategy="group_to_rows") > 1)
    if money.is_empty():
        return pl.Series(row_key, [], dtype=pl.Int64)
    own = _own_rates(frame, bands)
    bad: list[int] = []
    for group in money.partition_by(key, maintain_order=True):
        rows = group.select(row_key, "unit", "value").rows()
        for i, (ra, ua, va) in enumerate(rows):
            for rb, ub, vb in rows[i + 1:]:
                if ua == ub:
                    continue
                lo, hi = own.get((group["article_id"][0], ua, ub)) or (bands[ua][0] / bands[ub][1],
                                                                      bands[ua][1] / bands[ub][0])
                slack = rounding(va) / abs(va) + rounding(vb) / abs(vb)
                if not lo * (1 - slack) <= va / vb <= hi * (1 + slack):
                    bad += [ra, rb]
    return pl.Series(row_key, bad, dtype=pl.Int64)


def _own_rates(frame: pl.DataFrame, bands: dict) -> dict[tuple, tuple[float, float]]:
    """(article, currency A, currency B) -> the range of A per B that the article's own
    conversions imply, widened by _OWN_RATE_SLACK; only conversions within the plausible band
    count (a misread conversion is no rate)."""
    conv = frame.filter(pl.col("converted_value").is_not_null() & (pl.col("converted_value") != 0)
                        & pl.col("unit").is_in(list(bands)) & pl.col("converted_unit").is_in(list(bands))
                        & (pl.col("unit") != pl.col("converted_unit")))
    found: dict[tuple, list[float]] = {}
    for art, ua, ub, v, cv in conv.select("article_id", "unit", "converted_unit", "value", "converted_value").rows():
        r = v / cv
        if bands[ua][0] / bands[ub][1] <= r <= bands[ua][1] / bands[ub][0]:
            found.setdefault((art, ua, ub), []).append(r)
            found.setdefault((art, ub, ua), []).append(1 / r)
    return {k: (min(v) * (1 - _OWN_RATE_SLACK), max(v) * (1 + _OWN_RATE_SLACK)) for k, v in found.items()}


def _unit_class(unit: str | None) -> str | None:
    if unit is None:
        return None
    if unit in _MONEY:
        return "money"
    if unit in _COUNTS:
        return "count"
    if unit in _RATES:
        return "rate"
    return unit


def _unit_agrees(frame: pl.DataFrame) -> pl.Expr:
    expected = {code: _unit_class(unit) for code, unit in known_codes().indicator_units.items()}
    expected_class = pl.col("indicator").replace_strict(expected, default=None, return_dtype=pl.String)
    actual_class = pl.col("unit").replace_strict({u: _unit_class(u) for u in frame["unit"].unique().drop_nulls()},
                                                 default=None, return_dtype=pl.String)
    checked = pl.col("metric").is_in(["level", "change"]) & expected_class.is_not_null()
    # a change of a rate is in percentage points or percent; of anything else, in its own unit
    return (~checked) | (expected_class == actual_class) | ((pl.col("metric") == "change") & (actual_class == "rate"))
