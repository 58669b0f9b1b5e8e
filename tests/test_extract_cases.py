"""Sentence cases for the extractor, written in the project's own words.

Each case is a short text, a reference date and the facts we expect (a subset
of Fact fields; value is compared in base units: value * scale). `absent`
lists base-unit values that must NOT appear as observations. Cases cover the
issue's bullets: numbers, units and currencies, periods, the reference date,
metrics and qualifiers, places, indicators, non-figures, targets.
"""
from __future__ import annotations

from datetime import date

import pytest

import extract_helpers  # noqa: F401  (puts flows/ on sys.path)
from indicator_warehouse.extract import extract_facts, find_reference_date, main_region

REF = date(2025, 3, 10)


def observations(text, ref=REF, **kw):
    return [f for f in extract_facts(text, ref, **kw) if not f.is_target and not f.problem]


def _match(f, exp):
    for k, v in exp.items():
        if k == "value":
            got = f.value * f.scale
            if abs(got - v) > 1e-6 * max(1.0, abs(v)):
                return False
        elif k in ("period_end", "period_start"):
            if str(getattr(f, k)) != v:
                return False
        elif getattr(f, k) != v:
            return False
    return True


CASES = [
    # --- numbers -------------------------------------------------------------
    ("thousands separator and decimals",
     "In 2024, Shenzhen registered 12,345.5 million yuan of technology contracts.",
     [dict(value=12_345.5e6, unit="CNY", region="Shenzhen", period_end="2024-12-31")], []),
    ("scale word billion",
     "Guangdong's R&D expenditure reached 510 billion yuan in 2024.",
     [dict(value=510e9, unit="CNY", indicator="rd_expenditure", metric="level")], []),
    ("scale word trillion with bare number",
     "Zhejiang's GDP hit 4.2 trillion in 2023.",
     [dict(value=4.2e12, unit="CNY", indicator="gdp", region="Zhejiang")], []),
    ("10,000-plus means over",
     "By the end of 2023, Dongguan was home to 10,000-plus high-tech enterprises.",
     [dict(value=10_000, qualifier="over", region="Dongguan", indicator="high_tech_enterprises",
           period_type="as_of", period_end="2023-12-31")], []),
    ("fraction: a quarter of the national total",
     "Last year Guangdong's NEV output made up a quarter of the national total.",
     [dict(value=25, unit="percent", metric="share_pct", period_end="2024-12-31")], []),
    ("fraction: one-third",
     "In 2023 Guangdong contributed one-third of the country's PCT applications.",
     [dict(value=33.33, metric="share_pct", region="Guangdong")], []),
    ("ratio: one out of every four",
     "In 2023, one out of every four NEVs in China was made in Guangdong.",
     [dict(value=25, metric="share_pct", region="Guangdong", period_end="2023-12-31")], []),
    ("half of",
     "In 2022, Shenzhen accounted for half of the province's PCT applications.",
     [dict(value=50, metric="share_pct", region="Shenzhen")], []),
    ("number words with a scale",
     "In 2024 Zhuhai's tourist visits reached two million people.",
     [dict(value=2e6, unit="person")], []),
    ("percentage points are a change, not a percent",
     "In 2024, Foshan's urbanization rate rose by 1.5 percentage points over 2022.",
     [dict(value=1.5, unit="percentage_point", metric="change", period_type="span",
           period_start="2022-01-01", period_end="2024-12-31", region="Foshan")], []),
    ("percent sign and hyphenated percent",
     "Hainan's exports logged a 23.4-percent average annual increase in the past five years.",
     [dict(value=23.4, metric="cagr_pct", period_type="span", period_end="2024-12-31")], []),
    ("infobox lines joined",
     "Highlights\n\n77,000\nhigh-tech firms\n\noperated in Guangdong in 2024\n",
     [dict(value=77_000, indicator="high_tech_enterprises", region="Guangdong", period_end="2024-12-31")], []),
    # --- units and currencies -------------------------------------------------
    ("conversion in brackets is an attribute, not a second figure",
     "Guangdong's marine GDP surpassed 2 trillion yuan ($275.86 billion) in 2024.",
     [dict(value=2e12, unit="CNY", qualifier="over", converted_unit="USD")], [275.86e9]),
    ("escaped dollar sign from converted documents",
     "Maoming's agricultural output reached 100 billion yuan (\\$13.79 billion) in 2024.",
     [dict(value=100e9, unit="CNY", region="Maoming")], [13.79e9]),
    ("equivalent to ... U.S. dollars is a conversion",
     "In 2023, Guangdong spent 460 billion yuan on R&D, equivalent to approximately 64.8 billion U.S. dollars.",
     [dict(value=460e9, unit="CNY", indicator="rd_expenditure")], [64.8e9]),
    ("US dollars with a prefix sign",
     "In the first half of 2021, Hainan used $950 million of foreign investment.",
     [dict(value=950e6, unit="USD", period_type="ytd", period_end="2021-06-30")], []),
    ("RMB before the number",
     "In 2023, basic research spending in Guangzhou reached RMB 13.52 billion.",
     [dict(value=13.52e9, unit="CNY", region="Guangzhou")], []),
    ("hectares",
     "In 2024, Zhuhai's industrial parks covered 667 hectares.",
     [dict(value=667, unit="hectare", region="Zhuhai")], []),
    ("people and personnel",
     "By the end of 2023, Guangdong had 1.35 million R&D personnel.",
     [dict(value=1.35e6, unit="person", indicator="rd_personnel", period_type="as_of")], []),
    ("rate per 10,000 people",
     "In 2022, the number of invention patents per 10,000 people in Beijing reached 218.",
     [dict(value=218, unit="per_10k_people", region="Beijing")], []),
    # --- periods --------------------------------------------------------------
    ("explicit year",
     "Jiangsu's foreign trade reached 5.25 trillion yuan in 2023.",
     [dict(period_type="year", period_start="2023-01-01", period_end="2023-12-31", region="Jiangsu")], []),
    ("month and year",
     "Guangzhou's exports reached 30 billion yuan in October 2024.",
     [dict(period_type="month", period_start="2024-10-01", period_end="2024-10-31")], []),
    ("first N months",
     "In the first 10 months of 2024, Guangdong's authorized invention patents reached 93,200.",
     [dict(value=93_200, period_type="ytd", period_start="2024-01-01", period_end="2024-10-31",
           indicator="invention_patents_granted")], []),
    ("first half",
     "Guangdong's GDP grew 3.9 percent year-on-year in the first half of 2024.",
     [dict(value=3.9, metric="yoy_growth_pct", period_type="ytd", period_end="2024-06-30")], []),
    ("first three quarters of last year",
     "Hainan's foreign trade rose 20.2 percent year on year in the first three quarters of last year.",
     [dict(value=20.2, period_type="ytd", period_end="2024-09-30")], []),
    ("second quarter",
     "Shenzhen's GDP grew 5 percent in the second quarter of 2024.",
     [dict(period_type="quarter", period_start="2024-04-01", period_end="2024-06-30")], []),
    ("month range",
     "From January to April 2025, a total of 228,000 technology contracts were registered across the country.",
     [dict(value=228_000, period_type="ytd", period_end="2025-04-30", region="China")], []),
    ("as of the end of a year is a stock",
     "As of the end of 2023, Guangdong held over 665,000 valid invention patents.",
     [dict(value=665_000, period_type="as_of", period_end="2023-12-31", qualifier="over",
           indicator="valid_invention_patents")], []),
    ("from X in YEAR1 to Y in YEAR2 gives two figures",
     "Guangdong's technology contracts surged from over 340 billion yuan in 2020 to over 440 billion yuan in 2023.",
     [dict(value=340e9, period_end="2020-12-31"), dict(value=440e9, period_end="2023-12-31")], []),
    ("an increase of X compared to YEAR is a change over a span",
     "The Bay Area's economic aggregate reached 14.5 trillion yuan in 2024, an increase of 3.7 trillion yuan compared to 2018.",
     [dict(value=14.5e12, metric="level", period_end="2024-12-31", region="Greater Bay Area"),
      dict(value=3.7e12, metric="change", period_type="span", period_start="2018-01-01",
           period_end="2024-12-31", region="Greater Bay Area")], []),
    ("average annual growth over N years",
     "Over the past five years, Hengqin's GDP posted an average annual growth rate of 27.4 percent.",
     [dict(value=27.4, metric="cagr_pct", period_type="span", period_start="2019-01-01",
           period_end="2024-12-31", region="Hengqin")], []),
    ("last year resolves against the reference date",
     "Last year, Guangdong was home to about 77,000 high-tech enterprises.",
     [dict(value=77_000, period_end="2024-12-31", qualifier="approx", date_basis="relative")], []),
    ("in the same period last year is a comparison, not the period",
     "In the first half of 2024, Shanghai's exports rose 8 percent compared with the same period last year.",
     [dict(value=8, metric="yoy_growth_pct", period_end="2024-06-30")], []),
    ("the previous year right after a figure",
     "Guangdong's R&D spending reached 510 billion yuan in 2024, compared with 480.26 billion yuan the previous year.",
     [dict(value=510e9, period_end="2024-12-31"), dict(value=480.26e9, period_end="2023-12-31")], []),
    ("the period is carried to the next sentence",
     "Hainan's imports and exports reached 59 billion yuan in the first half of 2021. "
     "Over the period, Hainan used $950 million of foreign investment.",
     [dict(value=59e9, period_end="2021-06-30"), dict(value=950e6, period_end="2021-06-30")], []),
    # --- metrics and qualifiers ---------------------------------------------
    ("grew by N percent is year-on-year growth",
     "The output of new energy vehicles in Guangdong grew by 43 percent in 2024.",
     [dict(value=43, metric="yoy_growth_pct", indicator="nev_output")], []),
    ("up N percent year-on-year after the figure",
     "Guangdong's PCT applications reached 23,700 in 2023, up 2.5 percent year-on-year.",
     [dict(value=23_700, metric="level"), dict(value=2.5, metric="yoy_growth_pct")], []),
    ("declines are negative growth",
     "In 2019, China's industrial robot production totaled about 177,000 units, down 3.1 percent from the previous year.",
     [dict(value=177_000, region="China", qualifier="approx"), dict(value=-3.1, metric="yoy_growth_pct", region="China")], []),
    ("share of the national total",
     "In 2024, Guangdong's industrial robot output made up 44 percent of the national total.",
     [dict(value=44, metric="share_pct", region="Guangdong", indicator="industrial_robot_output")], []),
    ("coordinated shares",
     "In 2023, strategic emerging industries and high-tech industries in Jiangsu accounted for 41.3% and 49.9% of the total added value.",
     [dict(value=41.3, metric="share_pct"), dict(value=49.9, metric="share_pct")], []),
    ("R&D intensity is a share of GDP",
     "In 2023, Guangzhou's R&D expenditure accounted for 3.44% of its GDP.",
     [dict(value=3.44, metric="share_pct", region="Guangzhou")], []),
    ("under: less than",
     "In 2023, the GBA generated its output with less than 1 percent of the national land area.",
     [dict(value=1, qualifier="under", metric="share_pct")], []),
    ("approx: nearly",
     "In 2024, Shenzhen's exports reached nearly 2.8 trillion yuan.",
     [dict(value=2.8e12, qualifier="approx")], []),
    # --- places ---------------------------------------------------------------
    ("region named in the clause",
     "In 2024, Maoming's urbanization rate rose by 3 percentage points over 2021.",
     [dict(region="Maoming")], []),
    ("Greater Bay Area alias and 'its'",
     "Since 2019, the GBA has grown fast. Its GDP reached 14.5 trillion yuan in 2024.",
     [dict(region="Greater Bay Area", value=14.5e12)], []),
    ("the province refers to the article's province",
     "Guangdong is a manufacturing powerhouse. In 2023 the province's R&D spending totalled 480.26 billion yuan.",
     [dict(region="Guangdong", value=480.26e9)], []),
    ("South China is not China",
     "In 2024, South China's Guangdong province produced 2.9 million NEVs.",
     [dict(region="Guangdong", value=2.9e6)], []),
    ("country denominator is not the place",
     "In 2024, Zhejiang's exports accounted for 13.2 percent of the country's total.",
     [dict(region="Zhejiang", metric="share_pct")], []),
    ("first place in a 'from X to Y' clause is the subject",
     "In 2024, technology contracts from Beijing to Tianjin and Hebei were worth 84.37 billion yuan, up 12.7 percent.",
     [dict(region="Beijing", value=84.37e9), dict(region="Beijing", value=12.7)], []),
    ("default region when none is named",
     "R&D spending reached 100 billion yuan in 2023.",
     [dict(region="Foshan")], []),
    # --- what is not a figure ------------------------------------------------
    ("years, 6G, plans and games are not figures",
     "In 2024, Guangdong pushed 6G research under the 14th Five-Year Plan and prepared the 15th National Games.",
     [], [6, 14, 15, 2024]),
    ("rankings are not figures",
     "In 2023, Shenzhen ranked No. 1 among the top 10 cities for PCT applications.",
     [], [1, 10]),
    ("ages and durations are not figures",
     "In 2024, a 35-year-old engineer spent 10 years building the system.",
     [], [35, 10]),
    ("phone numbers are not figures",
     "In 2024, call the hotline at +86-20-8888-1234 for details.",
     [], [86, 20, 8888, 1234]),
    ("journalists at an event are not a statistic",
     "The open day event in 2025 attracted 267 journalists from 107 media outlets.",
     [], [267, 107]),
    ("thresholds are not figures",
     "In 2019 there were 21,151 major technology contracts over 10 million yuan.",
     [], [10e6]),
    ("undated figure is not emitted",
     "Guangdong has many universities and 300,000 researchers.",
     [], [300_000]),
]


@pytest.mark.parametrize("name,text,expected,absent", CASES, ids=[c[0] for c in CASES])
def test_case(name, text, expected, absent):
    kw = {"default_region": "Foshan"} if "default region" in name else {}
    facts = observations(text, **kw)
    for exp in expected:
        assert any(_match(f, exp) for f in facts), (
            f"{name}: no fact matching {exp}; got " +
            "; ".join(f"{f.indicator}/{f.region}/{f.metric}/{f.period_type}:{f.period_end}="
                      f"{f.value * f.scale:g} {f.unit} {f.qualifier}" for f in facts))
    for v in absent:
        assert not any(abs(f.value * f.scale - v) < 1e-9 * max(1, abs(v)) for f in facts), (name, v)


# --- targets, quarantine, reference date, offsets ---------------------------------

def test_future_target_is_marked():
    facts = extract_facts("This year, Guangdong plans to raise R&D spending to 600 billion yuan.", REF)
    assert facts and all(f.is_target for f in facts)
    # a plan with no measure we know is not emitted at all
    assert not observations("This year, Guangdong plans to attract 1 million college graduates.")


def test_target_by_future_date():
    facts = extract_facts("Shenzhen aims to raise R&D spending to 300 billion yuan by 2027.", REF)
    assert facts and all(f.is_target for f in facts)


def test_relative_date_without_reference_goes_to_quarantine():
    facts = extract_facts("Last year, Guangdong was home to about 77,000 high-tech enterprises.", None)
    assert facts and all(f.problem and f.problem.startswith("unresolved relative date") for f in facts)
    assert all(f.period_end is None for f in facts)


@pytest.mark.parametrize("text,expected,basis", [
    ("Tech innovation\n\nBy Wang Keju chinadaily.com.cn Updated: April 1, 2024\n\nBody text.", date(2024, 4, 1), "dateline"),
    ("Headline\n\n(Xinhua)    16:49, August 21, 2020\n\nBEIJING, Aug. 21 (Xinhua) -- Text.", date(2020, 8, 21), "dateline"),
    ("Title\nSource: Xinhua| 2019-07-22 20:52:22|Editor: Li\nText.", date(2019, 7, 22), "dateline"),
    ("R&D spending reached 510 billion yuan in 2024. In the first 10 months of 2024 patents rose.", date(2025, 1, 1), "inferred"),
    ("Guangdong will build more labs by 2030. Nothing else is dated.", None, None),
])
def test_reference_date(text, expected, basis):
    assert find_reference_date(text) == (expected, basis)


def test_offsets_point_at_the_figure():
    text = "Intro line.\n\nGuangdong's R&D expenditure reached approximately 510 billion yuan\n($70.3 billion) in 2024."
    (f,) = [x for x in extract_facts(text, REF) if x.unit == "CNY"]
    assert text[f.start:f.end].startswith("510 billion")


def test_offsets_survive_dehyphenation():
    text = "Also, Guangdong has various pro-\n\nfessional teams. In 2023, Guangdong's R&D spending reached 460 billion yuan."
    (f,) = extract_facts(text, REF)
    assert text[f.start:f.end] == "460 billion yuan"


def test_main_region():
    assert main_region("Guangdong's economy\n\nGuangdong and Shenzhen grew. China's GDP rose.") == "Guangdong"
    assert main_region("China's R&D\n\nChina's spending rose. The country's labs grew in China.") == "China"
