"""The indicator warehouse as a dashboard (Streamlit, BI as code).

Five pages over the warehouse's views: indicator series, year-over-year
metrics, growth spans, conflicting sources and data quality. Run it with
`make dashboard` (serves on 127.0.0.1:8501) or `make dashboard-screenshot`
(starts it, saves docs/dashboard-*.png from headless Chromium, stops it);
both go through scripts/dashboard.py.

It reads the warehouse with the DuckDB its environment pins (1.4.4, see
requirements.txt), read-only, with access to other files switched off and
the configuration locked, like every reader of this project. A connection is
opened for each page view, so a page shows the newest published run (a
connection kept open would keep reading the file it first opened).
"""
from __future__ import annotations

import os
from pathlib import Path

import altair as alt
import duckdb
import pandas as pd
import streamlit as st

WAREHOUSE = Path(os.environ.get("INDICATORS_WAREHOUSE", Path(__file__).resolve().parent.parent
                                / "warehouse" / "indicators.duckdb"))
# The project's settings.READER_CONFIG; this environment does not install the project.
READER_CONFIG = {"enable_external_access": False, "lock_configuration": True}


def query(sql: str, params: list | None = None) -> pd.DataFrame:
    con = duckdb.connect(str(WAREHOUSE), read_only=True, config=READER_CONFIG)
    try:
        return con.execute(sql, params or []).df()
    finally:
        con.close()


def pick_indicator(view: str, key: str) -> str | None:
    """A choice of the view's indicators, the one with the most rows first."""
    names = query(f"SELECT indicator FROM {view} GROUP BY indicator ORDER BY count(*) DESC, indicator")
    return st.selectbox("Indicator", names["indicator"].tolist(), key=key) if not names.empty else None


def show_table(frame: pd.DataFrame) -> None:
    for column in frame.columns:      # DuckDB DATE arrives as a timestamp; a date reads better
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.date
    st.dataframe(frame, hide_index=True, width="stretch")


def indicator_series() -> None:
    st.header("Indicator series")
    st.caption("One consolidated value per indicator, region and period (`indicator_series`); "
               "where sources disagree, `has_conflict` is true and the Conflicts page shows each statement.")
    indicator = pick_indicator("indicator_series", "series_indicator")
    if indicator is None:
        st.info("The warehouse holds no series yet.")
        return
    series = query("""SELECT region, metric, unit, period_type, period_start, period_end, value, qualifier,
                             n_sources, has_conflict, chosen_sentence
                      FROM indicator_series WHERE indicator = ? ORDER BY region, period_end""", [indicator])
    groups = dict(list(series.groupby(["metric", "unit"])))
    for metric, unit in sorted(groups, key=lambda key: (key[0] != "level", key)):     # levels first
        part = groups[(metric, unit)]
        st.subheader(f"{metric} ({unit})")
        # Points as well as lines: many series have one or two periods so far. A line
        # joins only periods of one kind (a half-year is no step towards its full year).
        st.altair_chart(alt.Chart(part).mark_line(point=True).encode(
            x=alt.X("period_end:T", title="period end"), y=alt.Y("value:Q", title=unit),
            color="region:N", strokeDash="period_type:N", tooltip=["region", "period_type", "period_end", "value", "qualifier", "n_sources"]),
            width="stretch")
    show_table(series)


def yoy_metrics() -> None:
    st.header("Year-over-year metrics")
    st.caption("Each period against the same period a year before (`yoy_metrics`): computed change next to "
               "the growth rate the article reported; derived values are marked.")
    indicator = pick_indicator("yoy_metrics", "yoy_indicator")
    if indicator is None:
        st.info("No year-over-year pairs yet.")
        return
    yoy = query("""SELECT region, period_label, year, value, prev_value, pct_change, reported_growth_pct,
                          value_basis, prev_basis, has_conflict
                   FROM yoy_metrics WHERE indicator = ? ORDER BY region, year""", [indicator])
    changes = yoy.dropna(subset=["pct_change"])
    if not changes.empty:
        st.bar_chart(changes, x="period_label", y="pct_change", color="region", stack=False)   # rates side by side, never summed
    show_table(yoy)


def growth_spans() -> None:
    st.header("Growth spans")
    st.caption("Compound annual growth between every two years that have a level (`growth_spans`).")
    spans = query("""SELECT indicator, region, unit, start_year, end_year, start_value, end_value, cagr_pct,
                            reported_cagr_pct, is_derived, has_conflict
                     FROM growth_spans ORDER BY cagr_pct DESC NULLS LAST""")
    if spans.empty:
        st.info("No indicator has levels for two years yet.")
        return
    spans["span"] = (spans["indicator"] + " · " + spans["region"] + " " + spans["start_year"].astype(str)
                     + "-" + spans["end_year"].astype(str))
    st.bar_chart(spans, x="span", y="cagr_pct", horizontal=True)
    show_table(spans.drop(columns="span"))


def conflicts() -> None:
    st.header("Conflicting sources")
    st.caption("Periods whose sources state different values (`conflicts`): each statement, its article and "
               "sentence; `is_chosen` marks the value the series uses.")
    rows = query("""SELECT indicator, region, year, value, qualifier, is_chosen, diff_from_chosen_pct,
                           source_path, published_date, sentence
                    FROM conflicts ORDER BY indicator, region, year, is_chosen DESC""")
    left, right = st.columns(2)
    left.metric("Disputed periods", len(rows.groupby(["indicator", "region", "year"])) if not rows.empty else 0)
    right.metric("Statements", len(rows))
    if rows.empty:
        st.success("No sources disagree.")
        return
    show_table(rows)


def data_quality() -> None:
    st.header("Data quality")
    st.caption("Figures that failed validation or could not be dated, by reason (`quarantine_summary`), "
               "and the article files by status.")
    quarantine = query("SELECT reason, n_rows, n_articles, n_indicators, example_sentence FROM quarantine_summary "
                       "ORDER BY n_rows DESC")
    articles = query("SELECT status, count(*) AS n_articles FROM articles GROUP BY status ORDER BY n_articles DESC")
    left, right = st.columns(2)
    left.metric("Quarantined figures", int(quarantine["n_rows"].sum()) if not quarantine.empty else 0)
    right.metric("Article files", int(articles["n_articles"].sum()) if not articles.empty else 0)
    if quarantine.empty:
        st.success("Nothing is in quarantine.")
    else:
        st.bar_chart(quarantine, x="reason", y="n_rows", horizontal=True)
        show_table(quarantine)
    st.subheader("Article files by status")
    show_table(articles)


def sidebar() -> None:
    settings = query("""SELECT version() AS duckdb, current_setting('access_mode') AS access_mode,
                               current_setting('enable_external_access') AS external_access,
                               current_setting('lock_configuration') AS configuration_locked,
                               (SELECT max(finished_at) FROM runs) AS last_run""").iloc[0]
    st.sidebar.markdown(f"**Warehouse** `{WAREHOUSE.name}`  \nlast run {settings['last_run']}")
    st.sidebar.caption(f"DuckDB {settings['duckdb']}, {settings['access_mode'].lower()}, external access "
                       f"{'on' if settings['external_access'] else 'off'}, configuration "
                       f"{'locked' if settings['configuration_locked'] else 'unlocked'}")


st.set_page_config(page_title="Indicator warehouse", layout="wide")
if not WAREHOUSE.is_file():
    st.error(f"No warehouse at {WAREHOUSE}: build it with `make run`, or set INDICATORS_WAREHOUSE.")
    st.stop()
sidebar()
st.navigation([
    st.Page(indicator_series, title="Indicator series", url_path="series", default=True),
    st.Page(yoy_metrics, title="Year over year", url_path="yoy"),
    st.Page(growth_spans, title="Growth spans", url_path="growth"),
    st.Page(conflicts, title="Conflicts", url_path="conflicts"),
    st.Page(data_quality, title="Data quality", url_path="quality"),
]).run()
