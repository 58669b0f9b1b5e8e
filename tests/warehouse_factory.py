"""Warehouses built without the extractor: migrate, insert figures, build views.

`build_warehouse(path)` makes a small warehouse whose figures mirror what the
five real seed articles (../shared/seeds) say about Guangdong, so view, BI,
query and report tests run in well under a second and need neither the
extractor nor ../shared.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import duckdb

from indicator_warehouse.warehouse import migrate, rebuild_views

RUN_ID = "20250101T000000-fixture"

# article_id -> (source_path, published_date)
ARTICLES = {
    "a000byd000000000": ("000_byd.txt", date(2025, 1, 20)),
    "a002rootproblems": ("002_root_problems.txt", date(2024, 10, 17)),
    "a004hightech0000": ("004_high_tech.txt", date(2024, 3, 1)),
}

Y = "year"


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


# (article, indicator, metric, period_type, start, end, value, unit, qualifier, sentence)
FIGURES = [
    ("a000byd000000000", "rd_expenditure", "level", Y, *_year(2024), 510e9, "CNY", "approx",
     "Guangdong invested about 510 billion yuan in R&D in 2024."),
    ("a000byd000000000", "high_tech_enterprises", "level", Y, *_year(2024), 77000, "count", "approx",
     "The province had about 77,000 high-tech enterprises in 2024."),
    ("a000byd000000000", "technology_contract_value", "level", Y, *_year(2020), 340e9, "CNY", "over",
     "Technology contracts rose from over 340 billion yuan in 2020 to over 440 billion yuan in 2023."),
    ("a000byd000000000", "technology_contract_value", "level", Y, *_year(2023), 440e9, "CNY", "over",
     "Technology contracts rose from over 340 billion yuan in 2020 to over 440 billion yuan in 2023."),
    ("a000byd000000000", "invention_patents_granted", "level", "ytd", date(2024, 1, 1), date(2024, 10, 31),
     93200, "count", "exact",
     "From January to October 2024, 93,200 invention patents were granted, up 24.75 percent."),
    ("a000byd000000000", "invention_patents_granted", "yoy_growth_pct", "ytd", date(2024, 1, 1),
     date(2024, 10, 31), 24.75, "percent", "exact",
     "From January to October 2024, 93,200 invention patents were granted, up 24.75 percent."),
    ("a000byd000000000", "nev_output", "yoy_growth_pct", Y, *_year(2024), 43, "percent", "exact",
     "NEV output grew 43 percent in 2024."),
    ("a002rootproblems", "rd_expenditure", "level", Y, *_year(2023), 480.26e9, "CNY", "exact",
     "In 2023 alone, the province's investment in research and development totals 480.26 billion yuan."),
    ("a004hightech0000", "rd_expenditure", "level", Y, *_year(2023), 460e9, "CNY", "exact",
     "Guangdong's annual R&D expenditure reached 460 billion yuan in 2023."),
    ("a004hightech0000", "rd_expenditure", "level", Y, *_year(2023), 460e9, "CNY", "exact",
     "R&D spending of 460 billion yuan in 2023 led the country."),
    ("a004hightech0000", "high_tech_enterprises", "level", "as_of", date(2023, 12, 31), date(2023, 12, 31),
     75000, "count", "over", "Over 75,000 high-tech enterprises were registered by the end of 2023."),
    ("a004hightech0000", "rd_personnel", "level", "as_of", date(2023, 12, 31), date(2023, 12, 31),
     1.35e6, "person", "exact", "R&D personnel numbered 1.35 million at the end of 2023."),
]

TARGETS = [
    ("a000byd000000000", "marine_gdp", "level", Y, *_year(2027), 3e12, "CNY", "over",
     "The province aims to lift marine GDP above 3 trillion yuan by 2027."),
]

QUARANTINE = [
    ("a000byd000000000", "unclassified", "level", "unknown figure: no indicator or date"),
    ("a002rootproblems", "rd_expenditure", "level", "period ends after the article date"),
    ("a004hightech0000", "gdp", "level", "period ends after the article date"),
]


def figure_rows(figures=FIGURES, targets=TARGETS) -> list[dict]:
    rows = []
    for is_target, items in ((False, figures), (True, targets)):
        for i, item in enumerate(items):
            # an optional eleventh element: the part the figure covers (breakdown)
            (art, ind, metric, ptype, start, end, value, unit, qual, sentence), breakdown = item[:10], \
                (item[10] if len(item) > 10 else None)
            path, published = ARTICLES[art]
            rows.append(dict(breakdown=breakdown,
                figure_id=f"{art}:{i * 10}-{i * 10 + 5}:{metric}:{end}{':t' if is_target else ''}",
                article_id=art, source_path=path, published_date=published, date_basis="metadata",
                indicator=ind, region="Guangdong", metric=metric, period_type=ptype,
                period_start=start, period_end=end, value=float(value), unit=unit, qualifier=qual,
                sentence=sentence, char_start=i * 10, char_end=i * 10 + 5, is_target=is_target,
                period_basis="explicit", rule="fixture", run_id=RUN_ID))
    return rows


def insert_figures(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> None:
    for row in rows:
        cols = ", ".join(row)
        con.execute(f"INSERT INTO figures ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def build_warehouse(path: Path, figures=FIGURES, targets=TARGETS, quarantine=QUARANTINE) -> Path:
    con = duckdb.connect(str(path))
    try:
        migrate(con)
        con.execute("BEGIN")
        insert_figures(con, figure_rows(figures, targets))
        for art, (src, published) in ARTICLES.items():
            n = sum(1 for f in figures if f[0] == art)
            con.execute(
                """INSERT INTO articles (source_path, article_id, content_hash, size_bytes, mtime_ns,
                       sidecar_mtime_ns, published_date, date_basis, status, n_figures, n_quarantined,
                       run_id, updated_at)
                   VALUES (?, ?, ?, 100, 0, 0, ?, 'metadata', 'loaded', ?, ?, ?, ?)""",
                [src, art, art * 4, published, n, sum(1 for q in quarantine if q[0] == art),
                 RUN_ID, datetime(2025, 1, 1)])
        for art, ind, metric, reason in quarantine:
            con.execute(
                """INSERT INTO quarantine (article_id, source_path, indicator, region, metric, value,
                       sentence, reason, run_id)
                   VALUES (?, ?, ?, 'Guangdong', ?, 1.0, 'A sentence.', ?, ?)""",
                [art, ARTICLES[art][0], ind, metric, reason, RUN_ID])
        con.execute(
            """INSERT INTO runs (run_id, started_at, finished_at, source_dir, files_seen, files_new,
                   files_changed, files_unchanged, files_failed, rows_loaded, rows_quarantined, status)
               VALUES (?, ?, ?, 'fixture', 3, 3, 0, 0, 0, ?, ?, 'succeeded')""",
            [RUN_ID, datetime(2025, 1, 1), datetime(2025, 1, 1, 0, 1), len(figures), len(quarantine)])
        con.execute("COMMIT")
        rebuild_views(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path
