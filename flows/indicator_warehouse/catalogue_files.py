"""The sets of valid codes, read from the catalogue files in seeds/.

The extractor has its own richer view of these files (aliases, cues); the
pipeline only needs to know which codes exist, for validation and for the
dimension tables in the warehouse.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .settings import SEEDS_DIR


@dataclass(frozen=True, eq=False)
class KnownCodes:
    indicators: frozenset[str]
    regions: frozenset[str]
    units: frozenset[str]
    indicator_units: dict[str, str]   # code -> the unit the catalogue gives it
    per_usd: dict[str, tuple[float, float]]   # currency -> plausible units per US dollar (low, high)


def _column(path: Path, *names: str) -> frozenset[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(row for row in fh if not row.startswith("#")))
    if not rows:
        return frozenset()
    column = next((n for n in names if n in rows[0]), None)
    if column is None:
        raise ValueError(f"{path} has none of the columns {names}")
    return frozenset(r[column].strip() for r in rows if r[column] and r[column].strip())


@cache
def known_codes(seeds: Path = SEEDS_DIR) -> KnownCodes:
    return KnownCodes(
        indicators=_column(seeds / "indicators.csv", "code"),
        regions=_column(seeds / "regions.csv", "name"),
        units=_column(seeds / "units.csv", "unit", "code"),
        indicator_units=_pairs(seeds / "indicators.csv", "code", "unit"),
        per_usd=_rate_bands(seeds / "exchange_rates.csv"),
    )


def _rate_bands(path: Path) -> dict[str, tuple[float, float]]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(row for row in fh if not row.startswith("#"))
        return {r["currency"].strip(): (float(r["per_usd_low"]), float(r["per_usd_high"])) for r in rows}


def _pairs(path: Path, key: str, value: str) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {r[key].strip(): (r[value] or "").strip() for r in csv.DictReader(fh) if r[key] and r[key].strip()}


@cache
def signed_measures(seeds: Path = SEEDS_DIR) -> frozenset[str]:
    """The names (seeds/cues.csv `signed_measure`) under which an uncatalogued
    measure whose level may be below zero is filed: a trade balance."""
    with (seeds / "cues.csv").open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(row for row in fh if not row.startswith("#"))
        return frozenset(r["phrase"].strip() for r in rows if r["kind"] == "signed_measure")
