"""The SQL views users and BI tools read: indicator_series, yoy_metrics,
growth_spans, conflicts, dim_date, and their documentation in the database.

Most tests use a small warehouse built from figures inserted directly
(tests/warehouse_factory.py, mirroring the five seed articles); one builds the
real thing from ../shared/seeds through the flow."""
from __future__ import annotations

from datetime import date

import duckdb
import pytest

from warehouse_factory import ARTICLES, FIGURES, build_warehouse

USER_VIEWS = ["observations", "targets", "indicator_series", "yoy_metrics", "growth_spans", "conflicts",
              "dim_date", "quarantine_summary"]


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    path = build_warehouse(tmp_path_factory.mktemp("views") / "w.duckdb")
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


def one(con, sql, params=None) -> dict:
    rows = all_rows(con, sql, params)
    assert len(rows) == 1, rows
    return rows[0]


def all_rows(con, sql, params=None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


# ---------------------------------------------------------------- indicator_series


def test_series_consolidates_sources(wh):
    row = one(wh, """SELECT * FROM indicator_series WHERE indicator = 'rd_expenditure' AND year = 2023
                     AND metric = 'level'""")
    assert row["value"] == 480.26e9                 # latest-published source
    assert row["chosen_article_id"] == "a002rootproblems"
    assert (row["n_sources"], row["n_observations"]) == (2, 3)   # 460 stated twice by one article
    assert (row["min_value"], row["max_value"]) == (460e9, 480.26e9)
    assert row["has_conflict"] is True
    assert row["article_ids"] == ["a002rootproblems", "a004hightech0000"]
    assert row["spread_pct"] == pytest.approx(4.4043, abs=1e-3)


def test_series_has_one_row_per_period(wh):
    dupes = wh.execute("""SELECT count(*) FROM (SELECT 1 FROM indicator_series
                          GROUP BY indicator, region, metric, period_type, period_start, period_end, unit
                          HAVING count(*) > 1)""").fetchone()[0]
    assert dupes == 0


def test_series_leaves_out_targets(wh):
    assert not wh.execute("SELECT count(*) FROM indicator_series WHERE indicator = 'marine_gdp'").fetchone()[0]


def _fig(art, value, qualifier="exact", indicator="gdp"):
    return (art, indicator, "level", "year", date(2023, 1, 1), date(2023, 12, 31), value, "CNY", qualifier, "s.")


@pytest.mark.parametrize("values, conflict", [
    ((100e9, 100.9e9), False),     # 0.9 percent apart: agreement
    ((100e9, 101.5e9), True),      # 1.5 percent apart: conflict
    ((100e9, 100e9), False),
])
def test_conflict_threshold_is_one_percent(tmp_path, values, conflict):
    figs = [_fig("a002rootproblems", values[0]), _fig("a004hightech0000", values[1])]
    con = duckdb.connect(str(build_warehouse(tmp_path / "w.duckdb", figures=figs, targets=[])), read_only=True)
    assert one(con, "SELECT has_conflict FROM indicator_series")["has_conflict"] is conflict
    assert len(all_rows(con, "SELECT * FROM conflicts")) == (2 if conflict else 0)
    con.close()


def test_one_article_disagreeing_with_itself_is_not_a_source_conflict(tmp_path):
    figs = [_fig("a002rootproblems", 100e9), _fig("a002rootproblems", 120e9, "approx")]
    con = duckdb.connect(str(build_warehouse(tmp_path / "w.duckdb", figures=figs, targets=[])), read_only=True)
    row = one(con, "SELECT * FROM indicator_series")
    assert (row["n_sources"], row["has_conflict"], row["value"]) == (1, False, 100e9)
    con.close()


@pytest.mark.parametrize("figs, chosen", [
    # the latest-published article wins, even when less precise
    ([_fig("a002rootproblems", 480.26e9), _fig("a000byd000000000", 480e9, "approx")], 480e9),
    # same article: exact before approx
    ([_fig("a000byd000000000", 481e9, "approx"), _fig("a000byd000000000", 480e9, "exact")], 480e9),
    # same date and qualifier: more significant digits
    ([_fig("a000byd000000000", 480e9), _fig("a000byd000000000", 480.26e9)], 480.26e9),
    # exact before a bound
    ([_fig("a000byd000000000", 440e9, "over"), _fig("a000byd000000000", 445e9, "exact")], 445e9),
])
def test_choice_rule(tmp_path, figs, chosen):
    con = duckdb.connect(str(build_warehouse(tmp_path / "w.duckdb", figures=figs, targets=[])), read_only=True)
    assert one(con, "SELECT value FROM indicator_series")["value"] == chosen
    con.close()


# ---------------------------------------------------------------- yoy_metrics


def test_yoy_compares_with_the_year_before(wh):
    row = one(wh, """SELECT * FROM yoy_metrics WHERE indicator = 'rd_expenditure' AND year = 2024
                     AND period_type = 'year'""")
    assert (row["value"], row["prev_value"]) == (510e9, 480.26e9)
    assert row["abs_change"] == pytest.approx(29.74e9)
    assert row["pct_change"] == pytest.approx(6.1925, abs=1e-3)
    assert row["metric"] == "level" and row["period_label"] == "2024"
    assert row["has_conflict"] is True              # 2023 is disputed


def test_year_end_stock_counts_as_that_years_level(wh):
    row = one(wh, "SELECT * FROM yoy_metrics WHERE indicator = 'high_tech_enterprises' AND year = 2024")
    assert (row["value"], row["prev_value"], row["prev_basis"]) == (77000, 75000, "year_end_stock")
    assert row["pct_change"] == pytest.approx(2.6667, abs=1e-3)


def test_reported_rate_implies_a_derived_earlier_value(wh):
    rows = all_rows(wh, """SELECT * FROM yoy_metrics WHERE indicator = 'invention_patents_granted'
                           ORDER BY year""")
    earlier, later = rows
    assert earlier["period_label"] == "2023 Jan-Oct" and later["period_label"] == "2024 Jan-Oct"
    assert earlier["is_derived"] is True and earlier["value_basis"] == "derived_from_growth"
    assert earlier["value"] == pytest.approx(74709.4, abs=0.1)
    assert (earlier["period_start"], earlier["period_end"]) == (date(2023, 1, 1), date(2023, 10, 31))
    assert later["is_derived"] is False and later["prev_is_derived"] is True
    assert later["reported_growth_pct"] == 24.75 and later["pct_change"] == pytest.approx(24.75)
    assert later["growth_gap_pp"] == pytest.approx(0, abs=1e-6)


def test_reported_rate_without_a_level_still_shows(wh):
    row = one(wh, "SELECT * FROM yoy_metrics WHERE indicator = 'nev_output'")
    assert row["value"] is None and row["reported_growth_pct"] == 43 and row["year"] == 2024


def test_derived_value_never_overrides_a_reported_one(tmp_path):
    figs = [
        ("a000byd000000000", "gdp", "level", "year", date(2024, 1, 1), date(2024, 12, 31), 110.0, "CNY", "exact", "s"),
        ("a000byd000000000", "gdp", "yoy_growth_pct", "year", date(2024, 1, 1), date(2024, 12, 31), 5.0, "percent",
         "exact", "s"),
        ("a002rootproblems", "gdp", "level", "year", date(2023, 1, 1), date(2023, 12, 31), 100.0, "CNY", "exact", "s"),
    ]
    con = duckdb.connect(str(build_warehouse(tmp_path / "w.duckdb", figures=figs, targets=[])), read_only=True)
    rows = all_rows(con, "SELECT * FROM yoy_metrics ORDER BY year")
    con.close()
    assert [r["value"] for r in rows] == [100.0, 110.0]
    assert not any(r["is_derived"] for r in rows)
    assert rows[1]["pct_change"] == pytest.approx(10.0) and rows[1]["reported_growth_pct"] == 5.0
    assert rows[1]["growth_gap_pp"] == pytest.approx(5.0)


def test_month_end_periods_compare_across_leap_years(tmp_path):
    figs = [
        ("a000byd000000000", "gdp", "level", "ytd", date(2024, 1, 1), date(2024, 2, 29), 120.0, "CNY", "exact", "s"),
        ("a002rootproblems", "gdp", "level", "ytd", date(2023, 1, 1), date(2023, 2, 28), 100.0, "CNY", "exact", "s"),
        ("a002rootproblems", "gdp", "level", "ytd", date(2025, 1, 1), date(2025, 2, 28), 150.0, "CNY", "exact", "s"),
    ]
    con = duckdb.connect(str(build_warehouse(tmp_path / "w.duckdb", figures=figs, targets=[])), read_only=True)
    rows = all_rows(con, "SELECT year, value, prev_value, period_label FROM yoy_metrics ORDER BY year")
    con.close()
    assert [(r["year"], r["prev_value"]) for r in rows] == [(2023, None), (2024, 100.0), (2025, 120.0)]
    assert rows[1]["period_label"] == "2024 Jan-Feb"


# ---------------------------------------------------------------- growth_spans


def test_growth_span_cagr(wh):
    row = one(wh, """SELECT * FROM growth_spans WHERE indicator = 'technology_contract_value'
                     AND start_year = 2020 AND end_year = 2023""")
    assert row["cagr_pct"] == pytest.approx(8.97, abs=0.005)
    assert ((440 / 340) ** (1 / 3) - 1) * 100 == pytest.approx(row["cagr_pct"], abs=1e-5)
    assert (row["n_years"], row["start_qualifier"], row["end_qualifier"]) == (3, "over", "over")


def test_growth_spans_cover_every_pair_of_years(tmp_path):
    figs = [("a000byd000000000", "gdp", "level", "year", date(y, 1, 1), date(y, 12, 31), v, "CNY", "exact", "s")
            for y, v in ((2020, 100.0), (2021, 110.0), (2023, 121.0))]
    con = duckdb.connect(str(build_warehouse(tmp_path / "w.duckdb", figures=figs, targets=[])), read_only=True)
    spans = {(r["start_year"], r["end_year"]): r["cagr_pct"]
             for r in all_rows(con, "SELECT start_year, end_year, cagr_pct FROM growth_spans")}
    con.close()
    assert set(spans) == {(2020, 2021), (2020, 2023), (2021, 2023)}
    assert spans[(2020, 2021)] == pytest.approx(10.0)
    assert spans[(2021, 2023)] == pytest.approx(((121 / 110) ** 0.5 - 1) * 100, abs=1e-5)


# ---------------------------------------------------------------- conflicts


def test_conflicts_list_each_source(wh):
    rows = all_rows(wh, "SELECT * FROM conflicts")
    assert {(r["indicator"], r["year"]) for r in rows} == {("rd_expenditure", 2023)}
    by_value = sorted((r["value"], r["article_id"], r["is_chosen"]) for r in rows)
    assert by_value == [(460e9, "a004hightech0000", False), (460e9, "a004hightech0000", False),
                        (480.26e9, "a002rootproblems", True)]
    assert all(r["sentence"] and r["source_path"] == ARTICLES[r["article_id"]][0] for r in rows)


# ---------------------------------------------------------------- dim_date


def test_dim_date_is_a_gapless_calendar(wh):
    n, lo, hi, distinct = wh.execute(
        "SELECT count(*), min(date_day), max(date_day), count(DISTINCT date_day) FROM dim_date").fetchone()
    assert n == distinct == (hi - lo).days + 1
    assert lo <= min(f[4] for f in FIGURES) and hi >= max(f[5] for f in FIGURES)
    row = one(wh, "SELECT * FROM dim_date WHERE date_day = DATE '2024-02-29'")
    assert (row["year"], row["quarter"], row["month"], row["is_month_end"], row["year_quarter"]) == \
        (2024, 1, 2, True, "2024-Q1")


# ---------------------------------------------------------------- documentation


def test_every_table_view_and_column_is_documented(wh):
    undocumented = wh.execute("""
        SELECT table_name, column_name FROM duckdb_columns()
        WHERE NOT internal AND schema_name = 'main' AND (comment IS NULL OR trim(comment) = '')
        ORDER BY ALL""").fetchall()
    assert undocumented == [], "add COMMENT ON COLUMN for these (views: in their sql/views file)"
    objects = wh.execute("""
        SELECT table_name FROM duckdb_tables() WHERE NOT internal AND schema_name = 'main'
          AND (comment IS NULL OR comment = '')
        UNION ALL
        SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'
          AND (comment IS NULL OR comment = '')""").fetchall()
    assert objects == []
    views = {v for (v,) in wh.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert set(USER_VIEWS) <= views


# ---------------------------------------------------------------- the real seeds


@pytest.mark.slow
def test_done_when_figures_on_the_seed_articles(shared_dir, tmp_path, run_flow):
    """The issue's acceptance figures, from the five real articles."""
    path = tmp_path / "seeds.duckdb"
    run_flow(shared_dir / "seeds", path)
    con = duckdb.connect(str(path), read_only=True)
    try:
        cagr = con.execute("""SELECT cagr_pct FROM growth_spans WHERE indicator = 'technology_contract_value'
                              AND region = 'Guangdong' AND start_year = 2020 AND end_year = 2023""").fetchone()
        assert cagr is not None and cagr[0] == pytest.approx(8.97, abs=0.01)
        values = {v for (v,) in con.execute(
            """SELECT value FROM conflicts WHERE indicator = 'rd_expenditure' AND region = 'Guangdong'
               AND metric = 'level' AND period_type = 'year' AND year = 2023""").fetchall()}
        assert values == {460e9, 480.26e9}
        yoy = one(con, """SELECT * FROM yoy_metrics WHERE indicator = 'rd_expenditure' AND region = 'Guangdong'
                          AND period_type = 'year' AND year = 2024""")
        assert yoy["value"] == pytest.approx(510e9) and yoy["prev_value"] in (460e9, 480.26e9)
        assert yoy["pct_change"] == pytest.approx(100 * (yoy["value"] / yoy["prev_value"] - 1))
        undocumented = con.execute("""SELECT table_name, column_name FROM duckdb_columns()
                                      WHERE NOT internal AND comment IS NULL""").fetchall()
        assert undocumented == []
    finally:
        con.close()


def test_a_part_is_its_own_series_and_never_mixes_with_its_whole(tmp_path):
    import duckdb

    from warehouse_factory import FIGURES, _year, build_warehouse

    part = [("a004hightech0000", "rd_expenditure", "level", "year", *_year(y), v, "CNY", "exact",
             f"Enterprises spent {v / 1e9:g} billion yuan on R&D in {y}.", "performer=enterprises")
            for y, v in ((2022, 400e9), (2023, 420e9))]
    con = duckdb.connect(str(build_warehouse(tmp_path / "w.duckdb", figures=FIGURES + part)), read_only=True)
    try:
        series = con.execute("""SELECT breakdown, value FROM indicator_series
                                WHERE indicator = 'rd_expenditure' AND year = 2023 AND metric = 'level'
                                ORDER BY breakdown NULLS FIRST""").fetchall()
        assert series == [(None, 480.26e9), ("performer=enterprises", 420e9)]
        yoy = con.execute("""SELECT breakdown, value, prev_value FROM yoy_metrics
                             WHERE indicator = 'rd_expenditure' AND year = 2023""").fetchall()
        assert (None, 480.26e9, None) in yoy, "the whole's 2023 is not compared with the part's 2022"
        assert ("performer=enterprises", 420e9, 400e9) in yoy
        assert con.execute("SELECT count(*) FROM conflicts WHERE value = 420e9").fetchone()[0] == 0
    finally:
        con.close()
