"""The record the extractor hands to the rest of the pipeline.

Extraction is pure: text and a reference date in, a list of `Fact` out. Every
later stage (normalise, validate, load) works on these records, so this file is
the contract between the grammar and the warehouse.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

METRICS = ("level", "yoy_growth_pct", "share_pct", "change", "cagr_pct")
PERIOD_TYPES = ("year", "ytd", "month", "quarter", "as_of", "span")
QUALIFIERS = ("exact", "approx", "over", "under")
# The problem (and quarantine reason) of a figure dated only relatively ("last year", "the
# first half") in an article whose reference date is unknown: it opens every such reason, so
# the pipeline counts them per article (the article's `reason` says how many were held back).
UNRESOLVED_DATE = "unresolved relative date"


@dataclass(frozen=True, slots=True)
class Fact:
    """One dated figure stated in a document.

    `value` is the number as written (510 for "510 billion yuan") and `scale`
    the multiplier its scale word gives (1e9), so value * scale is the figure
    in base units; the normaliser does that multiplication for a whole batch.
    Offsets are character positions in the document text passed to the
    extractor, so every figure can be traced back to where it was read.
    """

    indicator: str                 # catalogue code, or "unclassified"
    region: str                    # canonical region name from the catalogue
    metric: str                    # one of METRICS
    period_type: str | None        # one of PERIOD_TYPES; None when the date could not be resolved
    period_start: date | None
    period_end: date | None
    value: float                   # as written, before scale
    scale: float                   # 1, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12 ...
    unit: str                      # CNY, USD, count, person, percent, percentage_point, hectare, ...
    qualifier: str                 # one of QUALIFIERS
    sentence: str                  # the sentence the figure was read from
    start: int                     # offset of the figure's first character in the document
    end: int                       # offset just past the figure
    is_target: bool = False        # a plan or goal, not a reported actual
    date_basis: str = "explicit"   # explicit | relative (last year, ...) | reference (the article date)
    converted_value: float | None = None   # "($70.3 billion)" -> 70.3e9, already in base units
    converted_unit: str | None = None      # "USD"
    problem: str | None = None     # why this fact cannot be trusted (e.g. UNRESOLVED_DATE)
    rule: str = ""                 # name of the grammar rule that produced it, for debugging
    breakdown: str | None = None   # the part of the indicator it covers ("ownership=private"); None: the whole
    measure_text: str = ""         # the words that name its measure, as written ("exports of private enterprises")


def next_round(v: float) -> float:
    """The next round number above a round threshold, at its own precision:
    13 trillion -> 14 trillion, 200 billion -> 300 billion, 75,000 -> 76,000."""
    if v <= 0:
        return v
    v = float(f"{v:.9g}")   # 8.3 * 1e12 is 8300000000000.001
    scale = 1.0
    while v * scale != round(v * scale) and scale < 1e6:
        scale *= 10
    m, k = round(v * scale), 1.0
    while m % 10 == 0:
        m //= 10
        k *= 10
    return (m + 1) * k / scale
