"""`indicators report`: a self-contained HTML page with inline SVG charts."""
from __future__ import annotations

import re
import struct

import pytest

from indicator_warehouse.cli import main
from indicator_warehouse.report import chart_svg, find_chromium, human, render_report, screenshot
from warehouse_factory import build_warehouse


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    return build_warehouse(tmp_path_factory.mktemp("report") / "w.duckdb")


@pytest.fixture(scope="module")
def page(warehouse) -> str:
    return render_report(warehouse)


def test_a_section_and_chart_per_indicator_and_region(page):
    for indicator in ("rd_expenditure", "technology_contract_value", "invention_patents_granted",
                      "high_tech_enterprises", "nev_output", "rd_personnel"):
        assert f'id="{indicator}--guangdong"' in page
    assert page.count("<svg") >= 6
    assert "marine_gdp" not in page       # a target, not an observation


def test_conflicting_sources_are_visible(page):
    section = page[page.index('id="rd_expenditure--guangdong"'):]
    section = section[:section.index("</section>")]
    assert "sources disagree" in section and "#d62728" in section
    assert "460 bn CNY" in section and "480.26 bn CNY" in section
    assert "R&amp;D spending of 460 billion yuan in 2023 led the country." in section


def test_yoy_growth_and_quality_tables(page):
    assert "+24.75%" in page and "derived from growth rate" in page      # ytd patents
    assert "+8.97%" in page                                                 # tech contracts 2020-2023
    assert "Quarantine by reason" in page and "period ends after the article date" in page


def test_self_contained(page):
    assert "<script" not in page
    assert not re.search(r'(src|href)\s*=\s*"(https?:)?//', page)
    assert "@import" not in page and "url(" not in page


def test_cli_writes_the_file(warehouse, tmp_path, capsys):
    out = tmp_path / "r.html"
    assert main(["report", "--warehouse", str(warehouse), "--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_empty_warehouse(tmp_path):
    path = build_warehouse(tmp_path / "empty.duckdb", figures=[], targets=[], quarantine=[])
    assert "holds no observations yet" in render_report(path)


def test_human_units():
    assert human(480.26e9, "CNY") == "480.26 bn CNY"
    assert human(24.75, "percent") == "24.75%"
    assert human(93200, "count") == "93,200"
    assert human(1.35e6, "person") == "1.35 m person"


def test_chart_handles_a_single_point():
    from datetime import date

    p = dict(period_type="year", period_start=date(2024, 1, 1), period_end=date(2024, 12, 31), value=5.0,
             qualifier="exact", source_path="a.txt")
    svg = chart_svg([p], [p], [], "count", "one point")
    assert svg.startswith("<svg") and svg.count("<circle") == 2    # the point and its legend dot


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.slow
@pytest.mark.skipif(find_chromium() is None, reason="chromium is not installed (apt-get install -y chromium)")
def test_renders_in_headless_chromium(warehouse, tmp_path):
    html_file = tmp_path / "report.html"
    html_file.write_text(render_report(warehouse), encoding="utf-8")
    png = screenshot(html_file, tmp_path / "report.png", width=1200, height=1600)
    data = png.read_bytes()
    assert _png_size(data) == (1200, 1600)
    # A blank 1200x1600 page compresses to about 9 KB; charts and tables make it far larger.
    assert len(data) > 40_000


def test_a_part_is_shown_under_its_whole_never_as_it(tmp_path):
    from warehouse_factory import FIGURES, _year

    part = ("a004hightech0000", "rd_expenditure", "level", "year", *_year(2022), 420e9, "CNY", "exact",
            "Enterprises spent 420 billion yuan on R&D in 2022.", "performer=enterprises")
    page = render_report(build_warehouse(tmp_path / "parts.duckdb", figures=FIGURES + [part]))
    section = page[page.index('id="rd_expenditure--guangdong"'):]
    section = section[:section.index("</section>")]
    heading = section.index("part of rd_expenditure: performer=enterprises")
    assert "420 bn CNY" in section[heading:], "the part's value is under its own heading"
    assert "420 bn CNY" not in section[:heading], "and not in the whole's chart or tables"
