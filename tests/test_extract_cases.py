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
     [dict(value=3.44, metric="share_pct", region="Guangzhou", indicator="rd_intensity")], []),
    ("a share of the region's own GDP belongs to the subject, under the ratio's code when there is one",
     "Jiangsu's spending on research and development reached 383.5 billion yuan in 2022, or 3.12 percent of "
     "regional GDP, while its gross ocean product made up 8.7 percent of the province's GDP.",
     [dict(value=383.5e9, indicator="rd_expenditure"),
      dict(value=3.12, metric="share_pct", indicator="rd_intensity", region="Jiangsu"),
      dict(value=8.7, metric="share_pct", indicator="marine_gdp", region="Jiangsu")], []),
    ("a share of its own GDP with no subject in the catalogue is not GDP",
     "In 2024, cultural tourism in Hainan accounted for 11 percent of its GDP.",
     [dict(value=11, metric="share_pct", indicator="unclassified", region="Hainan")], []),
    ("a national whole with no subject is the measure shared out",
     "In 2024, 44 percent of the country's industrial robot output came from Guangdong.",
     [dict(value=44, metric="share_pct", indicator="industrial_robot_output", region="Guangdong")], []),
    ("the subject of a share is in its own clause",
     "In 2024, Guangdong made a quarter of China's new energy vehicles, and the province turned out about 44 "
     "percent of the country's industrial robot output.",
     [dict(value=44, metric="share_pct", indicator="industrial_robot_output", region="Guangdong")], []),
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


def test_a_figure_in_an_article_that_names_no_place_goes_to_quarantine():
    facts = extract_facts("Economy in the first three quarters\n\nThe GDP in the first three quarters of 2002 "
                          "reached 7,168.2 billion yuan.", date(2002, 10, 17))
    assert [(f.indicator, f.region) for f in facts] == [("gdp", "")]
    assert facts[0].problem.startswith("no region")


def test_the_city_of_an_article_that_names_no_city_is_not_the_country():
    facts = extract_facts("Yearbook\n\nThe city ranked among the top ten in China. The city's GDP reached "
                          "800 billion yuan in 2019.", date(2020, 3, 1))
    assert [(f.indicator, f.region) for f in facts] == [("gdp", "")]
    assert facts[0].problem.startswith("no region")


def test_socialism_with_chinese_characteristics_names_no_place():
    # a city's yearbook that never names the city: its figures are not China's
    facts = extract_facts("Overview of the year\n\nThe city upheld socialism with Chinese characteristics. "
                          "The city's GDP reached 800 billion yuan in 2019.", date(2020, 3, 1))
    assert [(f.indicator, f.region) for f in facts] == [("gdp", "")]
    assert facts[0].problem.startswith("no region")


def test_an_undated_figure_in_an_unfinished_year_takes_the_latest_period_the_article_states():
    # the period after the compared figure is that figure's; the rate before it
    # cannot be the whole of 2020 (not over on 2020-11-16): it is the article's
    # latest period, the first 10 months its headline names
    text = ("Data highlights of Jiangsu's economy in the first 10 months\n\nJiangsu's industrial output expanded "
            "1.8 percent from a year earlier, compared with an increase of 1.2 percent in the first three quarters.")
    got = {f.value: (f.period_type, str(f.period_end), f.is_target) for f in extract_facts(text, date(2020, 11, 16))}
    assert got == {1.8: ("ytd", "2020-10-31", False), 1.2: ("ytd", "2020-09-30", False)}


def test_an_iso_date_is_not_a_span_of_years():
    from indicator_warehouse.extract.periods import find_periods
    ps = find_periods("Updated: 2002-10-17 and the 2020-21 season", date(2025, 3, 10))
    assert [(p.text, p.ptype) for p in ps if p.role == "period"] == [("2020-21", "span")]


def test_a_stock_stated_in_the_present_with_no_period_anywhere_is_dated_at_the_article():
    facts = extract_facts("Jieyang is now home to 1,900 high-tech enterprises.", date(2025, 12, 18))
    assert [(f.indicator, f.period_type, str(f.period_end), f.date_basis) for f in facts] == [
        ("high_tech_enterprises", "as_of", "2025-12-18", "reference")]
    # a flow ("now") has no such reading: a year's output is not a figure on a day
    assert extract_facts("Jieyang's GDP is now 280 billion yuan.", date(2025, 12, 18)) == []


def test_the_title_is_the_first_line_that_is_not_a_date_or_a_caption():
    from indicator_warehouse.extract import main_region
    text = ("Updated: 2019-12-27\n\nA view of a harbour in Zhuhai. [Photo provided to the paper]\n\n"
            "Guangdong was China's biggest spender on R&D last year\n\nThe region beat out 30 other provincial-level "
            "economies with a 270.5 billion yuan bill for its R&D expenditure in 2018, as China's south grew.")
    assert main_region(text) == "Guangdong"
    facts = extract_facts(text, date(2019, 12, 27))
    assert [(f.indicator, f.region) for f in facts if f.value == 270.5] == [("rd_expenditure", "Guangdong")]


def test_relative_date_without_reference_goes_to_quarantine():
    facts = extract_facts("Last year, Guangdong was home to about 77,000 high-tech enterprises.", None)
    assert facts and all(f.problem and f.problem.startswith("unresolved relative date") for f in facts)
    assert all(f.period_end is None for f in facts)


@pytest.mark.parametrize("text,expected,basis", [
    ("Tech innovation\n\nBy Wang Keju chinadaily.com.cn Updated: April 1, 2024\n\nBody text.", date(2024, 4, 1), "dateline"),
    ("Headline\n\n(Xinhua)    16:49, August 21, 2020\n\nBEIJING, Aug. 21 (Xinhua) -- Text.", date(2020, 8, 21), "dateline"),
    ("Title\nSource: Xinhua| 2019-07-22 20:52:22|Editor: Li\nText.", date(2019, 7, 22), "dateline"),
    ("A nurse holds a baby in a hospital in Zhengzhou on January 1, 2022. Photo: VCG\n\nThe population stood at "
     "126.56 million at the end of 2022.", date(2023, 1, 1), "inferred"),   # a photo caption's date is not the article's
    ("Foshan's output rises\n\n08/14/2021 Source: city news desk\n\nText.", date(2021, 8, 14), "dateline"),
    ("Foshan's output rises\n\n14/08/2021 | city news desk\n\nText.", date(2021, 8, 14), "dateline"),
    ("Foshan's output rises\n\n03/04/2021\n\nText.", date(2021, 3, 4), "dateline"),   # month first when both could be
    ("R&D spending reached 510 billion yuan in 2024. In the first 10 months of 2024 patents rose.", date(2025, 1, 1), "inferred"),
    ("Guangdong will build more labs by 2030. Nothing else is dated.", None, None),
    # a portal banner's date before the headline loses to the date on the article's furniture line
    ("City portal\n\n3 March 2016\n\nFoshan exports up\n\n2020-05-11 Download Print Comment\nText.",
     date(2020, 5, 11), "dateline"),
    ("Foshan exports up\nUpdated: Aug 3,2021 10:05 AM\n\nText.", date(2021, 8, 3), "dateline"),   # no space after the comma
    ("Foshan exports up\n2015-Mar-4 Source: city news desk\n\nText.", date(2015, 3, 4), "dateline"),
    ("Foshan exports up\n2019年06月17日 来源: city news\n\nText.", date(2019, 6, 17), "dateline"),
    ("Foshan exports up\nPublished: 19-Jul-2018\n\nText.", date(2018, 7, 19), "dateline"),
    # a source's sign-off with the date at the very end of the text
    ("Foshan's exports rose 5 percent in 2021.\nCity news desk, 14 February 2022", date(2022, 2, 14), "dateline"),
    # a wire story's own dateline after the page's date is when the text was written
    ("Foshan firms grow\nRelease time: 2021-06-10\n\n FOSHAN, Jan. 25 (Xinhua) -- Foshan has 9,000 tech firms.",
     date(2021, 1, 25), "dateline"),
    ("Foshan firms grow\nUpdated: 2021-01-10\n\nFOSHAN, Dec. 28 (Xinhua) -- Foshan has 9,000 tech firms.",
     date(2020, 12, 28), "dateline"),
    # a part of "this year" reported as done moves the inferred date past it
    ("Foshan's GDP grew 4 percent in 2017. In the first six months of this year, GDP grew 3 percent.",
     date(2018, 7, 1), "inferred"),
    # "early 2024" is part of a year that is not over: the latest complete period dates the article
    ("Strong start in early 2024\n\nFoshan's exports rose 5 percent in the first two months of 2024.",
     date(2024, 3, 1), "inferred"),
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


# --- generalisation cases: wording, lists, periods, units, comparisons -------------
# Each rule is general; the sentences below are written for these tests.
GENERAL_CASES = [
    # shares: whose share it is, and of what
    ("a fraction written with a slash before 'of' is a share",
     "In 2023, the Greater Bay Area created 1/9 of China's GDP.",
     [dict(value=11.11, metric="share_pct", region="Greater Bay Area", indicator="gdp")], []),
    ("a slash between numbers elsewhere is not a fraction",
     "On 1/9 the Zhuhai port handled 3/4 of a million tonnes, and Zhuhai's exports reached 30 billion yuan in 2024.",
     [dict(value=30e9)], [11.11, 75]),
    ("a city's share of the province's measure is a share of that measure",
     "In 2024, Shenzhen accounted for about 46 percent of the province's R&D spending.",
     [dict(value=46, metric="share_pct", indicator="rd_expenditure", region="Shenzhen")], []),
    ("a name after the figure in a later clause does not name it",
     "Guangdong spent about 520 billion yuan on research and development last year, and the figure was equal to "
     "3.6 percent of its GDP.",
     [dict(value=520e9, indicator="rd_expenditure"), dict(value=3.6, indicator="rd_intensity")], []),
    ("a name inside a dashed aside explains the subject, it is not the subject",
     "In 2024, the R&D intensity of Zhuhai - measured as a share of GDP - rose to 3.4%.",
     [dict(value=3.4, indicator="rd_intensity", region="Zhuhai")], []),
    ("a rate named in its own clause does not borrow the measure of the clause before",
     "In March 2025, Guangdong's CPI was flat, and the surveyed urban unemployment rate stood at 5 percent.",
     [], [5]),
    ("a rate whose measure is named before the clause break keeps it",
     "Guangdong's urbanization rate rose again in 2024, and it stood at 75.9 percent.",
     [dict(value=75.9, indicator="urbanization_rate")], []),
    # a subject that names no measure points back to the one just reported
    ("'the figure' takes the measure of the sentence before, even across a paragraph break",
     "Guangxi R&D\n\nGuangxi's R&D spending reached 21.6 billion yuan in 2024, accounting for 0.8 percent of its GDP."
     "\n\nThe figure for 2024 compares with 19.9 billion yuan the previous year, a rise of about 8.5 percent.",
     [dict(value=19.9e9, indicator="rd_expenditure", period_end="2023-12-31"),
      dict(value=21.6e9, indicator="rd_expenditure", period_end="2024-12-31")], []),
    ("'the national figure' is the same measure for the country",
     "Nationwide, exports of goods came to 25.45 trillion yuan in 2024. In 2023 the national figure was 23.77 "
     "trillion yuan.",
     [dict(value=23.77e12, indicator="exports", region="China", period_end="2023-12-31")], []),
    ("'the total of' names its own measure: no antecedent",
     "Shantou's exports reached 60 billion yuan in 2024. The total of its port fees was 19 billion yuan in 2024.",
     [dict(value=19e9, indicator="unclassified")], []),
    ("an antecedent two sentences back is forgotten",
     "Jieyang's GDP reached 250 billion yuan in 2024. Officials praised the port. The mayor spoke at length. "
     "The result was 240 billion yuan in 2023.",
     [dict(value=240e9, indicator="unclassified")], []),
    ("'the figure' in a later clause takes the measure named earlier in the same sentence",
     "Guangdong's marine economy generated 2.1 trillion yuan in 2024, and the figure accounted for about 15 percent "
     "of the province's GDP.",
     [dict(value=15, metric="share_pct", indicator="marine_gdp")], []),
    ("'the figure' as a share of GDP is the ratio, dated by the period just stated despite a duration",
     "Guangdong spent about 520 billion yuan on research and development last year. That was the ninth "
     "consecutive year in which the province led the country in R&D spending, and the figure was equal to 3.6 "
     "percent of its GDP. Exports reached 2.8 trillion yuan in 2023 and 2.9 trillion yuan in 2024.",
     [dict(value=3.6, metric="share_pct", indicator="rd_intensity", period_end="2024-12-31")], []),
    ("'of those' takes the measure just reported for the part named after it",
     "Invention patents granted in Guangdong totaled 115,000 in 2024. Of those, 47,000 came from Shenzhen.",
     [dict(value=47000, indicator="invention_patents_granted", region="Shenzhen", period_end="2024-12-31")], []),
    ("'of those <noun>' points back only to a measure of that noun",
     "By the end of 2023, Zhongshan had 3,600 high-tech enterprises and 400,000 skilled workers. Of those "
     "workers, more than 50,000 were trained abroad.",
     [dict(value=3600, indicator="high_tech_enterprises")], [50000]),
    ("'of these <noun>' with the antecedent's own noun takes its measure",
     "By the end of 2023, Zhongshan had 3,600 high-tech enterprises. Of these enterprises, 1,200 were in Torch "
     "park.",
     [dict(value=1200, indicator="high_tech_enterprises", period_end="2023-12-31")], []),
    # a place inside the name of an institution is a source, not the subject
    ("a statistics bureau's place does not own the figure",
     "The Guangdong Provincial Bureau of Statistics said Shantou's GDP grew 5.1 percent in 2024.",
     [dict(value=5.1, metric="yoy_growth_pct", region="Shantou")], []),
    ("a customs district's place does not own the figure",
     "According to Guangzhou customs, foreign trade of Foshan reached 600 billion yuan in 2024.",
     [dict(value=600e9, indicator="foreign_trade", region="Foshan")], []),
    ("an office named for two places owns neither",
     "Officials from the Guangdong Greater Bay Area office said that in 2023 the total economic output of the "
     "Greater Bay Area exceeded 14 trillion yuan.",
     [dict(value=14e12, region="Greater Bay Area", qualifier="over")], []),
    ("a place named only in the site's or an institution's name is still what the article is about",
     "Zhuhai Government Online\n\nUpdated: 2023-10-10 15:10\n\nThe city's R&D spending accounted for 3.1% of its "
     "GDP in 2022.\n\nThe city was home to 2,900 high-tech enterprises in 2022, the Zhuhai Municipal Bureau said.",
     [dict(value=3.1, region="Zhuhai", indicator="rd_intensity"),
      dict(value=2900, region="Zhuhai", indicator="high_tech_enterprises")], []),
    ("a requirement ('should be no less than') is a target, not an actual",
     "Shantou's spending on basic research should be no less than 30% of its science budget in 2024.",
     [], [30]),
    ("places in a speaker's title before 'said' / 'stated that' are the speaker's",
     "Bay economy\n\nChen Hua, deputy director of the Greater Bay Area office in Guangdong, stated that the bay "
     "area's economic production had been 10.8 trillion yuan in 2018.",
     [dict(value=10.8e12, region="Greater Bay Area", indicator="gdp")], []),
    ("a subject's place outside the speaker's title is kept",
     "Li Ming, head of the Dongguan statistics bureau, said Foshan's GDP grew 5 percent in 2023.",
     [dict(value=5, region="Foshan", indicator="gdp")], []),
    ("a share of land or territory is not a share of the subject's measure",
     "The Greater Bay Area's GDP exceeded 14 trillion yuan in 2023, produced on less than 0.6 percent of the "
     "national territory.",
     [dict(value=14e12, indicator="gdp"), dict(value=0.6, indicator="unclassified", metric="share_pct")], []),
    ("the whole of a share is not the place the next sentences talk about",
     "Zhuhai innovation\n\nIn 2024, Zhuhai's R&D spending rose 9 percent. The city's spending made up 5 percent "
     "of Guangdong Province's total. The R&D intensity rose to 3.9 percent.",
     [dict(value=3.9, region="Zhuhai", indicator="rd_intensity")], []),
    ("a compass word before a place names a part of it the catalogue has no region for",
     "Retail\n\nIn 2011, Guangdong's retail sales reached 2.02 trillion yuan. Eastern Guangdong led the province with a "
     "surge of 18.7 percent to 216.72 billion yuan, while west and north Guangdong grew 16 percent. The Pearl River "
     "Delta saw retail sales jump 15.7 percent to 1.46 trillion yuan in 2011.",
     [dict(value=2.02e12, region="Guangdong"), dict(value=1.46e12, region="Pearl River Delta")], [216.72e9, 18.7, 16]),
    ("the country named right after a measure is that measure's place in a city article",
     "Chongqing autos\n\nChongqing made 2.3 million cars in 2023. Since 2020, NEV production in China has soared from "
     "1.46 million to 9.44 million units by 2023.",
     [dict(value=2.3e6, region="Chongqing"), dict(value=1.46e6, region="China"),
      dict(value=9.44e6, region="China")], []),
    ("'the city of Dongguan' is Dongguan, and a dateline city before '--' is no place of the figure",
     "Dongguan economy\n\nGUANGZHOU -- The latest statistics show that the city of Dongguan reported a GDP of over 1 "
     "trillion yuan in 2021, up 8.2 percent year-on-year.",
     [dict(value=1e12, region="Dongguan", indicator="gdp"), dict(value=8.2, region="Dongguan")], []),
    ("a place in brackets the figure is not in is an aside; ', with the X hosting' is no trading partner",
     "Unicorns\n\nBy 2023, China had 375 unicorn enterprises, with the Greater Bay Area hosting 70 of them (including "
     "one in Yunfu), accounting for 18.7% of the national total.",
     [dict(value=70, region="Greater Bay Area"), dict(value=18.7, region="Greater Bay Area", metric="share_pct")], []),
    ("'The southern province' is the province, and 'It' in the next sentence is too",
     "Guangdong innovation\n\nGuangdong held a science conference on Monday. The southern province was ranked first in "
     "China in regional innovation capability in 2017. It is home to the most national high-tech companies, 33,000.",
     [dict(value=33000, region="Guangdong", indicator="high_tech_enterprises")], []),
    ("a province's own name with 'Province' is still the place",
     "Guangdong Province's GDP reached 14.16 trillion yuan in 2024.",
     [dict(value=14.16e12, region="Guangdong", indicator="gdp")], []),
    # periods: years, quarters and month ends without a year; comparison bases
    ("a two-digit figure after 'to' is not the end of a year range",
     "Zhaoqing's R&D spending climbed from 3.1 billion yuan in 2020 to 52.8 billion yuan in 2024, an average annual "
     "increase of 9.9%.",
     [dict(value=52.8e9, period_end="2024-12-31", indicator="rd_expenditure"),
      dict(value=3.1e9, period_end="2020-12-31"),
      dict(value=9.9, metric="cagr_pct", period_type="span", period_start="2020-01-01", period_end="2024-12-31")],
     []),
    ("a quarter code with no year is the latest such quarter ended by the article's date",
     "Foshan economy\n\nUpdated: 2024-11-20 08:30\n\nIn Q3, retail sales in Foshan totaled 110 billion yuan, an "
     "increase of 2.2% over the same period.",
     [dict(value=110e9, period_type="quarter", period_start="2024-07-01", period_end="2024-09-30"),
      dict(value=2.2, metric="yoy_growth_pct", period_end="2024-09-30")], []),
    ("a quarter code with its year keeps the year",
     "In Q3 2023, Foshan's retail sales totaled 105 billion yuan.",
     [dict(value=105e9, period_type="quarter", period_end="2023-09-30")], []),
    ("a multiple of an earlier base does not date the figure",
     "Sanya report\n\nUpdated: 2025-01-22 16:40\n\nBy the end of December, Sanya had 900 high-tech enterprises, "
     "about 2.5 times the number at the end of 2020.",
     [dict(value=900, period_type="as_of", period_end="2024-12-31", indicator="high_tech_enterprises")], []),
    ("'by the end of <month>' with no year is the latest such month end before the reference date (2025-03-10)",
     "By the end of June, Sanya had 950 high-tech enterprises.",
     [dict(value=950, period_type="as_of", period_end="2024-06-30")], []),
    ("'the 14th Five-Year Plan' is a name, not a five-year duration",
     "During the 14th Five-Year Plan period, Zhuhai's R&D spending rose from 10 billion yuan in 2020 to 16 billion "
     "yuan in 2024, an average annual growth rate of 12.5%.",
     [dict(value=12.5, metric="cagr_pct", period_type="span", period_start="2020-01-01", period_end="2024-12-31",
           is_target=False)], []),
    ("'Between 2012 and 2021, X rose from A to B': A is 2012's, B is 2021's",
     "Between 2012 and 2021, Zhuhai's per capita disposable income rose from 36,800 yuan to 75,000 yuan.",
     [dict(value=36800, period_type="year", period_end="2012-12-31"),
      dict(value=75000, period_type="year", period_end="2021-12-31")], []),
    ("'Since 2020, X soared from A to B by 2023': A is 2020's",
     "Since 2020, Zhuhai's NEV output has soared from 14,560 to 94,430 units by 2023.",
     [dict(value=14560, period_end="2020-12-31"), dict(value=94430, period_end="2023-12-31")], []),
    ("an average annual rate since a year runs to the year the sentence reaches",
     "Since 2018, Sanya's GDP has grown at an average annual rate of 5.9 percent, reaching 110 billion yuan in 2024.",
     [dict(value=5.9, metric="cagr_pct", period_type="span", period_start="2018-01-01", period_end="2024-12-31"),
      dict(value=110e9, metric="level", period_end="2024-12-31")], []),
    ("an average annual rate since a year, with no end year, runs to the last complete year",
     "Since 2018, Sanya's GDP has grown at an average annual rate of 5.9 percent.",
     [dict(value=5.9, metric="cagr_pct", period_end="2024-12-31")], []),
    ("'N months to <month>' is the months up to and including that month",
     "Jiangmen economy\n\nUpdated: 2024-11-02 09:00\n\nJiangmen's exports rose 6.1 percent in the nine months "
     "to September, to 48 billion yuan.",
     [dict(value=6.1, metric="yoy_growth_pct", period_type="ytd", period_start="2024-01-01",
           period_end="2024-09-30"),
      dict(value=48e9, period_type="ytd", period_end="2024-09-30")], []),
    ("'the 12 months ended <month> <year>' is a span that can start in the year before",
     "Zhanjiang's cargo throughput grew 4 percent in the 12 months ended June 2024.",
     [dict(value=4, period_type="span", period_start="2023-07-01", period_end="2024-06-30")], []),
    ("periods likened to the figure's own ('the same pace as in ... and ...') do not date it",
     "Huizhou's GDP grew 5.2 percent in the first three quarters of 2024 to 420 billion yuan, the same pace as in "
     "the first quarter and the first half.",
     [dict(value=5.2, period_end="2024-09-30"), dict(value=420e9, period_end="2024-09-30")], []),
    # numbers, lists and thresholds
    ("'specialized, refined, distinctive and innovative SMEs' is the official wording for 'little giant' tiers",
     "By the end of 2023, Guangdong had more than 18,000 specialized, refined, distinctive and innovative SMEs.",
     [dict(value=18000, indicator="specialized_smes", period_type="as_of")], []),
    ("a count of a product after 'exported' is trade in it, not its output",
     "In 2023, Chongqing produced 2.32 million vehicles and exported 368,000 vehicles.",
     [dict(value=2.32e6, indicator="auto_output"), dict(value=368000, indicator="unclassified")], []),
    ("'took up ... of GDP' is a share; a share of a whole named in its own clause is not the last measure's",
     "In 2019, the digital economy in Jinan took up about 39 percent of GDP, and more than half of the country's AI "
     "computing power comes from Jinan.",
     [dict(value=39, metric="share_pct", indicator="digital_economy_value_added"),
      dict(value=50, metric="share_pct", indicator="unclassified")], []),
    ("'By 0:00 on November 1, 2020' is a census moment",
     "By 0:00 on November 1, 2020, Henan registered a population of 99.366 million.",
     [dict(value=99.366e6, period_type="as_of", period_end="2020-11-01", indicator="population")], []),
    ("'Comparing July with July last year' makes the second month the base",
     "Comparing July 2023 with July 2022, Shantou's exports decreased 11.6%.",
     [dict(value=-11.6, metric="yoy_growth_pct", period_type="month", period_end="2023-07-31")], []),
    ("an analysts' estimate is a forecast, and a share of the pre-pandemic level is a recovery ratio",
     "Updated: 2024-12-01\n\nMacao's gaming revenue rose 14.9% in November 2024. That compares with the median "
     "analyst estimate of a 13% increase, and revenue has returned to 80.4% of the 2019 pre-pandemic level.",
     [dict(value=14.9, metric="yoy_growth_pct")], [13, 80.4]),
    ("'the province's economy' keeps a paragraph on the province when 'China's growth' is mentioned in passing",
     "Anhui economy\n\nIn 2013, Anhui's GDP totaled 1.9 trillion yuan.\n\nInvestment and exports haul China's "
     "growth. Last year, the province's economy grew steadily. Throughout the year, investment in fixed assets "
     "reached 1.8 trillion yuan in 2013.",
     [dict(value=1.8e12, region="Anhui", indicator="fixed_asset_investment")], []),
    ("pointing words in an earlier share's whole ('of the total') do not name a later count",
     "In 2016, Beijing was home to 16,000 national high-tech enterprises - 16 percent of the total nationwide - and "
     "432,000 sci-tech enterprises.",
     [dict(value=16000, indicator="high_tech_enterprises")], [432000]),
    ("a percentage of another period's level is a recovery ratio, not a share",
     "In the first three quarters of 2024, Macao's GDP grew 11.5% and returned to 86.3% of the level in the same "
     "period of 2019.",
     [dict(value=11.5, metric="yoy_growth_pct")], [86.3]),
    ("a benefit granted for a measure is not that measure",
     "In 2022, the income tax deduction for enterprise R&D expenses in Guangzhou rose to more than 90 billion yuan.",
     [dict(value=90e9, indicator="unclassified")], []),
    ("the ratio of a measure to one other than GDP is not a share of either",
     "In 2023, the ratio of R&D expenditure to operating revenue among Guangzhou's industrial enterprises was 1.83%.",
     [dict(value=1.83, indicator="unclassified")], []),
    ("'fewer than the figure at the end of 2021' is a base: the change runs from it",
     "Guangdong's permanent population stood at 126.56 million at the end of 2022, 272,000 fewer than the figure "
     "at the end of 2021.",
     [dict(value=126.56e6, period_type="as_of", period_end="2022-12-31"),
      dict(value=-272000, metric="change", period_type="span", period_end="2022-12-31")], []),
    ("gerunds of decline ('decreasing', 'losing') are falls, each with its own measure",
     "In the first half of 2013, Shanghai's trade weakened with exports decreasing 4.3 percent and imports losing "
     "3.2 percent, while industrial production rose 4.8 percent.",
     [dict(value=-4.3, indicator="exports"), dict(value=-3.2, indicator="imports"),
      dict(value=4.8, indicator="industrial_value_added")], []),
    ("'The rate' and 'It is' point back to the measure just reported",
     "Shanghai's GDP expanded 7.7 percent in the first half of 2013. The rate slowed from an increase of 7.8 percent "
     "in the first quarter of 2013. The actual use of foreign investment in Jiangsu was 30.4 billion US dollars in 2022. It is "
     "an increase of around 5 percent.",
     [dict(value=7.8, indicator="gdp", period_end="2013-03-31"),
      dict(value=5, indicator="fdi_actual_use", metric="yoy_growth_pct", period_end="2022-12-31")], []),
    ("a daily rate is not a period's total",
     "In 2021, Shenzhen granted 45,000 invention patents, and an average 124 inventions earned patents every day. "
     "The number of daily registered trademarks reached about 1,300. On a daily basis, the port set a record of "
     "170,173 TEUs in September 2021.",
     [dict(value=45000, indicator="invention_patents_granted")], [124, 1300, 170173]),
    ("'for every 10,000 residents' is a rate per 10,000 people",
     "In 2016, Beijing produced 76.8 invention patents for every 10,000 residents.",
     [dict(value=76.8, unit="per_10k_people", indicator="invention_patents_per_10k")], []),
    ("'on the same month last year' is a comparison base",
     "Updated: 2018-08-27\n\nHong Kong's total exports of goods rose to $359.1 billion in July, up 10% on the same "
     "month last year.",
     [dict(value=10, metric="yoy_growth_pct", period_type="month", period_end="2024-07-31")], []),
    ("the whole of an earlier share does not name the figures after it",
     "In the first half of 2021, the added value of Hangzhou's digital economy core industries reached 230.6 "
     "billion yuan, accounting for 26.7% of GDP, with a year-on-year growth of 16.7%.",
     [dict(value=16.7, metric="yoy_growth_pct", indicator="digital_economy_value_added")], []),
    ("'in the six months' and 'the half-year period' refer back to the period just stated; 'on 1999 figure' is a base",
     "Fujian economy\n\nFujian's GDP reached 156.9 billion yuan in the first half of 2000. Its exports were 6.1 "
     "billion US dollars in the half-year period. Local revenues amounted to 19.1 billion yuan in the six months, "
     "up 20 percent on 1999 figure.",
     [dict(value=6.1e9, indicator="exports", period_type="ytd", period_end="2000-06-30"),
      dict(value=19.1e9, indicator="general_public_budget_revenue", period_type="ytd", period_end="2000-06-30"),
      dict(value=20, metric="yoy_growth_pct", period_end="2000-06-30")], []),
    ("a rate noun deep in a clause whose subject is an uncatalogued count does not point back",
     "In 2023, Foshan's R&D spending accounted for 3.1% of its GDP. The number of labs in the top 1% reached 36, with "
     "an average annual growth rate of 16.1% from 2020 to 2023.",
     [dict(value=3.1, indicator="rd_intensity"), dict(value=16.1, metric="cagr_pct", indicator="unclassified")], []),
    ("a dateline '2002-10-17' is a date, not the years 2002 to 2010",
     "Updated: 2002-10-17\n\nIn the first three quarters of 2002, Jiangsu's GDP reached 770 billion yuan. During the "
     "period, fixed asset investment in Jiangsu rose 21.8 percent.",
     [dict(value=21.8, period_type="ytd", period_end="2002-09-30", indicator="fixed_asset_investment")], []),
    ("'during the period' right after a figure beats a later 'this year' in a superlative",
     "Updated: 2002-10-17\n\nIn the first three quarters of 2002, Jiangsu's GDP reached 770 billion yuan. Meanwhile, "
     "Jiangsu's foreign trade surged 18.3 percent to 44.5 billion dollars during the period, with exports rising "
     "19.4 percent to 23.3 billion dollars, the highest ever this year.",
     [dict(value=44.5e9, period_type="ytd", period_end="2002-09-30", is_target=False),
      dict(value=23.3e9, period_type="ytd", period_end="2002-09-30", is_target=False)], []),
    ("rates listed 'respectively' with no names pair with the levels just before them",
     "In 2023, Foshan signed 48,000 technology contracts and a transaction volume of 130 billion yuan, up 17.5% and "
     "26.6% year on year, respectively.",
     [dict(value=17.5, indicator="technology_contracts_registered", metric="yoy_growth_pct"),
      dict(value=26.6, indicator="technology_contract_value", metric="yoy_growth_pct")], []),
    ("a count of zones, parks or centres is not a count of the enterprises named in them",
     "In 2019, the 169 National High-Tech Industrial Development Zones produced 12.1 trillion yuan of output, "
     "and Hangzhou had 546 technology centers of high-tech enterprises.",
     [], [169, 546]),
    ("a noun after a preposition is not what a count counts",
     "By the end of 2019, Zhanjiang had about 70,200 people employed in marine industries.",
     [dict(value=70200, unit="person", region="Zhanjiang")], []),
    ("'technology transaction volume' is technology contract value",
     "China registered technology transaction volume of 770.72 billion yuan in the first half of 2020, up 6.5 "
     "percent year on year.",
     [dict(value=770.72e9, indicator="technology_contract_value"),
      dict(value=6.5, indicator="technology_contract_value")], []),
    ("a unit word that is also a catalogue name ('36.4 million tourists') names the figure",
     "In 2023, Sanya received more than 36.4 million tourists.",
     [dict(value=36.4e6, indicator="tourist_visits", unit="person", qualifier="over")], []),
    ("'The figures ... respectively' pairs the rates with the measures the sentence before reported",
     "In 2024, Zhaoqing exported 28.9 billion yuan worth of goods and imported goods worth 16.6 billion yuan. The "
     "figures represented growth of 1.1 percent and 9.5 percent year-on-year, respectively.",
     [dict(value=1.1, indicator="exports", metric="yoy_growth_pct"),
      dict(value=9.5, indicator="imports", metric="yoy_growth_pct")], []),
    ("a clause after a semicolon that opens with its own noun and figure does not borrow the last measure",
     "In 2023, Shantou's export value was 57.9 billion yuan, down 4.6%; import value 17.5 billion yuan, up 21.8%; "
     "trade surplus 40.4 billion yuan, down 12.8%.",
     [dict(value=17.5e9, indicator="imports"), dict(value=40.4e9, indicator="unclassified"),
      dict(value=-12.8, indicator="unclassified")], []),
    ("'year-on-year' between the verb and the rate",
     "In 2023, Zhaoqing's exports grew year-on-year 3.1 percent to 60 billion yuan.",
     [dict(value=3.1, metric="yoy_growth_pct", indicator="exports")], []),
    ("verbs of trade name their measure; a clause after 'while' keeps its own subject",
     "In the first half of 2024, Zhaoqing exported 28.9 billion yuan worth of goods and imported goods worth 16.6 "
     "billion yuan. Its exports rose 2 percent to hit 30 billion yuan while its import fell 8 percent to 15 "
     "billion yuan.",
     [dict(value=28.9e9, indicator="exports"), dict(value=16.6e9, indicator="imports"),
      dict(value=30e9, indicator="exports"), dict(value=15e9, indicator="imports"),
      dict(value=-8, indicator="imports", metric="yoy_growth_pct")], []),
    ("a name after a later figure is that figure's, not the first one's",
     "Zhaoqing economy\n\nIn 2024, Zhaoqing's foreign trade reached 40 billion yuan. The 4 percent increase beat "
     "the provincial average, despite an 8 percent drop in trade with the US.",
     [dict(value=40e9, indicator="foreign_trade")], []),
    ("'is eyeing' growth for a year is a target",
     "Zhaoqing's GDP grew 4.5 percent in 2023, and the city is eyeing GDP growth of around 6 percent for 2024.",
     [dict(value=4.5, period_end="2023-12-31")], [6]),
    ("'per capita' after a money figure makes it the per-person measure, and is no currency conversion",
     "In 2023, Zhaoqing's GDP was 286 billion yuan, or about US$9,800 per capita.",
     [dict(value=286e9, indicator="gdp", unit="CNY"),
      dict(value=9800, indicator="gdp_per_capita", unit="USD")], []),
    ("'this is a rise of' points back to the measure just reported",
     "In 2023, Zhaoqing's GDP reached 286 billion yuan. This is a 4.1-percent rise from the previous year.",
     [dict(value=4.1, indicator="gdp", metric="yoy_growth_pct", period_end="2023-12-31")], []),
    ("a small count of categories ('seven major industries') is not a statistic",
     "Jiangmen backed its high-tech enterprises in 2023. The value added of the city's seven major industries "
     "rose 6 percent to 120 billion yuan last year.",
     [dict(value=120e9, metric="level")], [7]),
    ("a list of members after a dash does not name the subject",
     "In 2023, the value added of Jiangmen's strategic emerging industries - new energy, biomedicine, new "
     "materials and the marine economy, rose 6 percent to 120 billion yuan.",
     [dict(value=120e9, indicator="strategic_emerging_industries_value_added"),
      dict(value=6, indicator="strategic_emerging_industries_value_added")], []),
    ("'percent' written solid after the digits",
     "In 2023, Qingyuan's retail sales grew 7.4percent.",
     [dict(value=7.4, metric="yoy_growth_pct", indicator="retail_sales")], []),
    ("'to top' before a figure is 'over', not a ranking",
     "Qingyuan's exports rose 9 percent in 2023 to top 50 billion yuan.",
     [dict(value=50e9, qualifier="over", indicator="exports", metric="level")], []),
    ("a clause set against the last, with a subject the catalogue lacks, does not take the last clause's measure",
     "In 2023, Qingyuan's fixed asset investment rose 4 percent to 90 billion yuan, whereas household "
     "consumption jumped 8 percent to 130 billion yuan.",
     [dict(value=90e9, indicator="fixed_asset_investment"), dict(value=4, indicator="fixed_asset_investment"),
      dict(value=130e9, indicator="unclassified"), dict(value=8, indicator="unclassified")], []),
    ("the subject of a clause set against the figure's does not name the figure",
     "In 2023, Qingyuan's investment rose 4 percent to 90 billion yuan, while exports grew 8 percent to "
     "130 billion yuan.",
     [dict(value=90e9, indicator="unclassified"), dict(value=130e9, indicator="exports"),
      dict(value=8, indicator="exports")], []),
    ("a scale word written solid after the digits",
     "Guangdong's R&D spending was 510bn yuan in 2024, and Shenzhen's GDP reached 3.68tn yuan; Zhuhai's exports were "
     "US$30.5bn.",
     [dict(value=510e9, unit="CNY", indicator="rd_expenditure"), dict(value=3.68e12, indicator="gdp"),
      dict(value=30.5e9, unit="USD", indicator="exports")], []),
    ("a letter after the digits that is no scale word still ends the figure",
     "Huawei tested 6G links in 2024 and Shenzhen's exports were 2 trillion yuan.",
     [dict(value=2e12, indicator="exports")], [6]),
    ("'compared with' after a count is not the thing counted",
     "The number of high-tech enterprises in Hunan stood at 16,000 at the end of 2024, an increase of about 3,000 "
     "compared with 2022.",
     [dict(value=3000, metric="change", indicator="high_tech_enterprises")], []),
    ("'respectively' after a year still pairs the list in order",
     "Guangzhou, Shenzhen and Foshan recorded GDP of 3.1 trillion yuan, 3.68 trillion yuan and 1.34 trillion yuan "
     "in 2024, respectively.",
     [dict(value=3.1e12, region="Guangzhou"), dict(value=3.68e12, region="Shenzhen"),
      dict(value=1.34e12, region="Foshan", period_end="2024-12-31")], []),
    ("scaled figures whose currency is written once, at the end",
     "Guangzhou, Shenzhen and Foshan recorded GDP of 3.1 trillion, 3.68 trillion and 1.34 trillion yuan in 2024, "
     "respectively.",
     [dict(value=3.1e12, unit="CNY", region="Guangzhou"), dict(value=3.68e12, unit="CNY", region="Shenzhen"),
      dict(value=1.34e12, unit="CNY", region="Foshan")], []),
    ("a threshold each member of a group passed is not the region's figure",
     "In 2024, operating revenue of Guangdong's 20 strategic clusters topped 24 trillion yuan, and eight of the "
     "clusters each generated more than 1 trillion yuan.",
     [dict(value=24e12, indicator="cluster_revenue", qualifier="over")], [1e12]),
    ("named places that 'each' recorded a figure keep it",
     "In 2024, Guangzhou and Shenzhen each recorded GDP of more than 3 trillion yuan.",
     [dict(value=3e12, region="Guangzhou", qualifier="over"), dict(value=3e12, region="Shenzhen")], []),
    # catalogue wordings
    ("an owner between 'of' and the rest of an alias does not hide the alias",
     "In 2024, the added value of the province's industrial enterprises above designated size in Guangdong "
     "increased by 4.3 percent, and the output of Guangdong's new energy vehicles rose 43 percent.",
     [dict(value=4.3, indicator="industrial_value_added"), dict(value=43, indicator="nev_output")], []),
    ("goods trade is foreign trade",
     "In 2024, goods trade of the Hainan free trade port totaled 277.6 billion yuan, up 20.7 percent year-on-year.",
     [dict(value=277.6e9, indicator="foreign_trade"), dict(value=20.7, indicator="foreign_trade")], []),
    ("TEUs of containers are container throughput, and its growth too",
     "Shenzhen Port handled 33.4 million TEUs of containers in 2024, up 11 percent year on year.",
     [dict(value=33.4e6, unit="TEU", indicator="container_throughput", region="Shenzhen"),
      dict(value=11, metric="yoy_growth_pct", indicator="container_throughput")], []),
    ("a count of containers is not container throughput (its unit is TEU)",
     "In 2024, Shekou received 1,200 refrigerated containers, and Shenzhen's exports reached 2.8 trillion yuan.",
     [dict(value=2.8e12, indicator="exports")], []),
    # second figure with unusual growth wording
    ("a slide of X% is a fall",
     "In 2024, Zhuhai's exports totaled 210 billion yuan, while imports registered a slide of 4.5%.",
     [dict(value=210e9, unit="CNY"), dict(value=-4.5, metric="yoy_growth_pct", period_end="2024-12-31")], []),
    ("registering a yearly uptick of X%",
     "In 2024, Foshan's retail sales reached 350 billion yuan, registering a yearly uptick of 6.1%.",
     [dict(value=6.1, metric="yoy_growth_pct", region="Foshan")], []),
    ("an X percentage increase is a percent",
     "In 2024, Dongguan's GDP reached 1.2 trillion yuan, an 2.6 percentage increase.",
     [dict(value=2.6, unit="percent", metric="yoy_growth_pct", region="Dongguan")], []),
    ("a rate higher than a year earlier is year-on-year",
     "Hainan's trade turnover in 2023 amounted to 230 billion yuan, which is by 15.3% higher than the same figure for 2022.",
     [dict(value=15.3, metric="yoy_growth_pct", period_end="2023-12-31")], []),
    ("a count of vehicles with its own noun",
     "In 2024, Guangdong saw 3.1 million automobiles being manufactured.",
     [dict(value=3.1e6, unit="count", indicator="auto_output", period_end="2024-12-31")], []),
    # lists
    ("respectively pairs places with figures in order",
     "In 2024, Jiangmen, Zhaoqing and Shantou saw GDP rise 4.1%, 3.9% and 5.2% respectively.",
     [dict(value=4.1, region="Jiangmen"), dict(value=3.9, region="Zhaoqing"), dict(value=5.2, region="Shantou")], []),
    ("respectively with the places named in the sentence before",
     "Foreign trade grew fastest in Danzhou, Haikou and Sanya in 2023. The corresponding figures for these three "
     "cities in 2023 were 41 billion yuan, 33.1 billion yuan and 9.7 billion yuan respectively.",
     [dict(value=41e9, region="Danzhou"), dict(value=33.1e9, region="Haikou"), dict(value=9.7e9, region="Sanya")], []),
    ("semicolon chain of trading partners keeps the subject place",
     "In the first three quarters of 2024, Guangdong's trade with Hong Kong rose 12% to 900 billion yuan; "
     "with Macao, it climbed 8% to 30 billion yuan; and with Australia, it fell 3% to 50 billion yuan.",
     [dict(value=12, region="Guangdong", period_end="2024-09-30"), dict(value=30e9, region="Guangdong"),
      dict(value=-3, region="Guangdong"), dict(value=50e9, region="Guangdong")], []),
    ("share list by activity type",
     "In 2023, Jiangsu's basic research took 6.7% of total R&D spending, applied research 11.0% and experimental development 82.3%.",
     [dict(value=6.7, metric="share_pct"), dict(value=11.0, metric="share_pct"), dict(value=82.3, metric="share_pct")], []),
    ("counts listed with a catalogued count",
     "By the end of 2023, Shenzhen had 15 universities, 120 research institutes and 24,000 high-tech enterprises.",
     [dict(value=15, unit="count", period_end="2023-12-31"), dict(value=120, unit="count"),
      dict(value=24_000, indicator="high_tech_enterprises")], []),
    ("new and total share their noun",
     "By the end of 2024, Guangdong had built 31,000 new and 330,000 total 5G base stations.",
     [dict(value=31_000, indicator="base_stations_5g", breakdown="status=new"),
      dict(value=330_000, indicator="base_stations_5g", breakdown=None)], []),
    # first half, written many ways; sector value added with the region from context
    ("January-June period in YEAR",
     "In the January-June period in 2023, Hainan's GDP was 350 billion yuan, up 9.5%.",
     [dict(value=350e9, period_type="ytd", period_end="2023-06-30"), dict(value=9.5, period_end="2023-06-30")], []),
    ("January-June of YEAR and sector value added with default region",
     "During January-June of 2023, the added value of the secondary industry was 70 billion yuan, up 4.1%.",
     [dict(value=70e9, region="Foshan", indicator="secondary_industry_added_value", period_end="2023-06-30"),
      dict(value=4.1, metric="yoy_growth_pct", period_end="2023-06-30")], []),
    ("Jan-Jun YEAR",
     "In Jan-Jun 2023, Shantou's tertiary industry added value reached 120 billion yuan, up 10.2%.",
     [dict(value=120e9, period_type="ytd", period_end="2023-06-30", region="Shantou")], []),
    ("between January and June",
     "Chinese factories turned out 4.5 million new energy vehicles between January and June 2024.",
     [dict(value=4.5e6, region="China", period_type="ytd", period_end="2024-06-30")], []),
    ("sector rows carry the period of the paragraph",
     "In the first half of 2024, Jiangmen's GDP grew 4.0%. Specifically, the value added of the primary industry "
     "was 23.5 billion yuan, an increase of 3.1%.",
     [dict(value=23.5e9, region="Jiangmen", period_end="2024-06-30"), dict(value=3.1, period_end="2024-06-30")], []),
    # comparisons never set the period
    ("than in the first quarter is a comparison, and the gap is not a figure",
     "In the first three quarters of 2024, Shanghai's GDP grew 4.7%, 0.3 percentage points higher than in the first quarter.",
     [dict(value=4.7, period_type="ytd", period_end="2024-09-30")], [0.3]),
    ("compared with the January-July average is a comparison",
     "In August 2024, the CPI in Guangzhou rose 0.5% compared with the January-July average.",
     [dict(value=0.5, period_type="month", period_end="2024-08-31")], []),
    ("a reporting month is not the period of the figure",
     "Guangdong's foreign trade reached 9.1 trillion yuan in 2024, the customs said in January.",
     [dict(value=9.1e12, period_type="year", period_end="2024-12-31")], []),
    ("a gap to the national average is not a figure",
     "In 2023, Shanghai's industrial output grew 5.1 percent, 1.2 percentage points higher than the national average.",
     [dict(value=5.1, metric="yoy_growth_pct")], [1.2]),
    ("a gap to GDP growth is not GDP growth",
     "In 2023, Guangdong's R&D spending rose 8.6 percent, 0.8 percent higher than GDP growth.",
     [dict(value=8.6, indicator="rd_expenditure")], [0.8]),
    ("a contribution to growth is not a share",
     "In 2023, consumption drove 0.3 percentage points of Hainan's GDP growth.",
     [], [0.3]),
    ("percentage points higher than a year earlier is a change",
     "In 2023, Foshan's R&D intensity was 3.1 percent, 0.2 percentage points higher than the previous year.",
     [dict(value=0.2, unit="percentage_point", metric="change")], []),
    ("an earlier rate of the same series",
     "China's economy grew 5.0 percent in the first half of 2024. Growth slowed to 4.7 percent in the second quarter "
     "from 5.3 percent in the first quarter.",
     [dict(value=4.7, region="China", period_type="quarter", period_end="2024-06-30"),
      dict(value=5.3, region="China", period_end="2024-03-31")], []),
    # units from the noun
    ("per 10,000 people after the noun is its own unit",
     "In 2023, Shenzhen had 140 invention patents per 10,000 people.",
     [dict(value=140, unit="per_10k_people", indicator="invention_patents_per_10k")], []),
    ("patents counted, not priced, though yuan appears later",
     "In 2023, China granted 0.92 million invention patents, while its R&D spending hit 3.3 trillion yuan.",
     [dict(value=0.92e6, unit="count"), dict(value=3.3e12, unit="CNY")], []),
    ("person-years are people",
     "In 2023, Guangdong's R&D personnel reached 1.2 million person-years.",
     [dict(value=1.2e6, unit="person", indicator="rd_personnel")], []),
    ("TEU of containers",
     "In 2023, the port of Shenzhen handled 29.9 million TEU of containers.",
     [dict(value=29.9e6, unit="TEU", region="Shenzhen")], []),
    ("NEV output exceeding N units",
     "In 2024, Guangdong's NEV output exceeded 2.5 million units.",
     [dict(value=2.5e6, qualifier="over", indicator="nev_output")], []),
    # average annual growth
    ("averaging an annual growth rate of X% is cagr",
     "From 2019 to 2023, Sanya's GDP expanded steadily, averaging an annual growth rate of 7.5%.",
     [dict(value=7.5, metric="cagr_pct", period_type="span", period_start="2019-01-01", period_end="2023-12-31")], []),
    ("an average annual increase between two years is cagr",
     "Haikou's exports recorded an average annual increase of 25% between 2019 and 2023.",
     [dict(value=25, metric="cagr_pct", period_type="span", period_end="2023-12-31")], []),
    ("average annual growth over the past N years from a start figure",
     "Shenzhen's turnover has risen from 1.1 trillion yuan in 2018, an average annual growth of 20 percent over the past five years.",
     [dict(value=20, metric="cagr_pct", period_end="2023-12-31")], []),
    ("a headline rate is dated by the lead below it",
     "Guangdong's exports up 8.1%\n\nGUANGZHOU, Jan. 20 -- In 2024, Guangdong's exports reached 5.5 trillion yuan, "
     "the customs said.",
     [dict(value=8.1, metric="yoy_growth_pct", period_end="2024-12-31", region="Guangdong")], []),
    ("a month in the next clause does not date a full-year figure",
     "Hainan's total imports and exports in 2023 were 231 billion yuan, and in January the figure rose 5%.",
     [dict(value=231e9, period_type="year", period_end="2023-12-31")], []),
    ("corresponding figures for the cities named before, without respectively",
     "Trade was highest in 2023 in Danzhou, Haikou and Sanya. The corresponding figures for these three cities "
     "amounted to 41 billion yuan ($6 billion), 33.1 billion yuan ($4.8 billion) and 9.7 billion yuan ($1.4 billion).",
     [dict(value=41e9, region="Danzhou"), dict(value=33.1e9, region="Haikou"), dict(value=9.7e9, region="Sanya")],
     [6e9, 4.8e9]),
    ("money in the sentence right after the period is carried",
     "In the first half of 2024, Shenzhen's technology contracts were worth 90 billion yuan. "
     "Service contracts topped the list at 40.5 billion yuan.",
     [dict(value=40.5e9, period_type="ytd", period_end="2024-06-30", region="Shenzhen")], []),
    ("has grown by an amount since a base year is a change over a span",
     "Compared with 2018, Zhuhai's total output has grown by 150 billion yuan in 2024.",
     [dict(value=150e9, metric="change", period_type="span", period_start="2018-01-01", period_end="2024-12-31")], []),
    ("a rate of a per-10,000 measure in a one-year article",
     "Guangzhou's innovation in 2023\n\nIn 2023, Guangzhou's R&D spending rose 8 percent. The number of invention "
     "patents per 10,000 residents was 80.1, a year-on-year increase of 20.5%.",
     [dict(value=80.1, unit="per_10k_people", period_end="2023-12-31"),
      dict(value=20.5, metric="yoy_growth_pct", period_end="2023-12-31")], []),
    ("grew by an average of X% a year is cagr",
     "From 2019 to 2023, Foshan's exports grew by an average of 6.2% a year.",
     [dict(value=6.2, metric="cagr_pct", period_type="span", period_end="2023-12-31")], []),
    ("X% per year over the past N years is cagr",
     "Foshan's exports have grown by 9% per year over the past five years.",
     [dict(value=9, metric="cagr_pct", period_type="span")], []),
    ("a year earlier after a rate is still a comparison, not an annual average",
     "In 2023, Shenzhen's GDP grew 6.0%, compared with 5.8% a year earlier.",
     [dict(value=6.0, metric="yoy_growth_pct", period_end="2023-12-31")], []),
    # places
    ("a headline place is the main region",
     "Greater Bay Area output grows\n\nHong Kong, Macao and Hong Kong firms... The region's output rose 5 percent in 2024.",
     [dict(value=5, region="Greater Bay Area")], []),
    # rates in lists, partner trade, headline verbs, spans, units (held-out review)
    ("growth rates listed after sector levels with respectively",
     "In 2024, the first, second and third sectors of Jiangmen created value of 30 billion yuan, 200 billion yuan "
     "and 250 billion yuan, growing by 2.4%, 5.6% and 4.8% respectively.",
     [dict(value=2.4, metric="yoy_growth_pct", region="Jiangmen", period_end="2024-12-31"),
      dict(value=5.6, metric="yoy_growth_pct"), dict(value=4.8, metric="yoy_growth_pct")], []),
    ("rates of unnamed sectors in an article about one year",
     "Zhaoqing economy in 2023\n\nZhaoqing's GDP was 290 billion yuan in 2023.\n\nThe mood was good. Shops were busy. "
     "Roads were full. Ports were full.\n\nDrone making and battery industries grew fast, with year-on-year growth of "
     "14.2% and 31.5%.",
     [dict(value=14.2, metric="yoy_growth_pct", region="Zhaoqing", period_end="2023-12-31"),
      dict(value=31.5, metric="yoy_growth_pct", period_end="2023-12-31")], []),
    ("a list of levels with the scale and currency written once",
     "In 2024, Jiangmen's three sectors produced 30.5, 200.7 and 250.1 billion yuan.",
     [dict(value=30.5e9, unit="CNY"), dict(value=200.7e9, unit="CNY"), dict(value=250.1e9, unit="CNY")], []),
    ("trade with a partner: growth, level and share in one clause, dated by the article year",
     "Zhuhai's trade in 2024\n\nZhuhai's foreign trade reached 300 billion yuan in 2024.\n\nThe port was busy. "
     "Ships came. Trucks left. Firms hired.\n\nTrade with Belt and Road partner countries increased 9.1 percent to "
     "120.5 billion yuan, accounting for 40.2 percent of the total.",
     [dict(value=9.1, metric="yoy_growth_pct", region="Zhuhai", period_end="2024-12-31"),
      dict(value=120.5e9, metric="level", region="Zhuhai", period_end="2024-12-31"),
      dict(value=40.2, metric="share_pct", region="Zhuhai", period_end="2024-12-31")], []),
    ("trade with a partner keeps the article's place",
     "In 2024, Huizhou's trade with ASEAN stood at 25.2 billion yuan, up 3.3 percent, while the number with the EU "
     "was 18.4 billion yuan.",
     [dict(value=25.2e9, region="Huizhou"), dict(value=3.3, metric="yoy_growth_pct", region="Huizhou"),
      dict(value=18.4e9, region="Huizhou")], []),
    ("a present-tense headline verb dated by its own months",
     "Equipment Investment Surges by 21.4% in First 7 Months\n\nIn the first seven months of 2024, Huizhou's "
     "equipment investment grew quickly.",
     [dict(value=21.4, metric="yoy_growth_pct", period_type="ytd", period_end="2024-07-31")], []),
    ("a decrease of X% is a negative rate",
     "In 2024, Huizhou's imports were 60 billion yuan, a decrease of 3.5%.",
     [dict(value=-3.5, metric="yoy_growth_pct", period_end="2024-12-31")], []),
    ("average annual increase between two stated years",
     "Zhongshan's exports rose from 180 billion yuan in 2019 to 260 billion yuan in 2024, an average annual "
     "increase of 7.6%.",
     [dict(value=7.6, metric="cagr_pct", period_type="span", period_start="2019-01-01", period_end="2024-12-31")], []),
    ("average annual growth between years after a converted start figure",
     "Zhongshan's exports increased from 180 billion yuan (US$25 billion) in 2019 to 260 billion yuan in 2024, "
     "posting average annual growth of 7.6%.",
     [dict(value=7.6, metric="cagr_pct", period_start="2019-01-01", period_end="2024-12-31")], []),
    ("of the year is the whole year, not a month named before",
     "In January, Zhongshan's exports grew 4 percent. The total import and export volume of the year reached "
     "400 billion yuan.",
     [dict(value=400e9, period_type="year", period_end="2024-12-31")], []),
    ("a count noun before per 10,000 people is a rate",
     "In 2024, Zhongshan had 42.3 patents per 10,000 people.",
     [dict(value=42.3, unit="per_10k_people")], []),
    ("the number of ... reached N million is a count",
     "By the end of 2024, the number of granted utility models in Zhongshan reached 1.24 million.",
     [dict(value=1.24e6, unit="count")], []),
    ("a second level in a contrast clause",
     "In 2024, Zhongshan's general budget revenue reaches 28 billion yuan, in contrast to general budget expense of "
     "45 billion yuan.",
     [dict(value=28e9, unit="CNY"), dict(value=45e9, unit="CNY", indicator="general_public_budget_expenditure")], []),
    ("a category breakdown of a price index is not the region's rate",
     "In July 2024, Zhongshan's CPI rose 0.4%. By category, 1.9% increase for food, 0.8% increase for transport, "
     "0.6% decline in housing.",
     [dict(value=0.4, metric="yoy_growth_pct")], [1.9, 0.8, -0.6, 0.6]),
    ("a contribution to growth is not a share",
     "In 2024, Zhongshan's tourism took in 50 billion yuan, accounting for 8.1 percent of GDP and driving 0.4 "
     "percentage points of growth.",
     [dict(value=50e9)], [8.1, 0.4]),
    ("a gap to an average of other months is dropped and does not date the rate",
     "In August 2024, Zhongshan's CPI increased by 0.2%, a 0.3% decline compared to the average from January to July.",
     [dict(value=0.2, metric="yoy_growth_pct", period_end="2024-08-31")], [0.3, -0.3]),
    ("a per capita figure is not the aggregate",
     "In 2024, Zhongshan's R&D spending reached 12 billion yuan, and per capita funds for R&D staff were 410,000 yuan.",
     [dict(value=12e9, indicator="rd_expenditure")], []),
    ("a group's threshold is not a level; a mark the place itself passed is its level",
     "In 2024, Zhongshan was one of three cities whose exports surpassed 200 billion yuan, and its retail sales "
     "exceeded the 150 billion yuan mark.",
     [dict(value=150e9, qualifier="over", region="Zhongshan", period_end="2024-12-31")], [200e9, 33.33]),
    ("a threshold after each with is not a level, a stated level after a comma is",
     "In 2024, Zhongshan counted four towns each with output exceeding 50 billion yuan. In 2024, Foshan, with GDP "
     "topping 1.3 trillion yuan, led the west bank.",
     [dict(value=1.3e12, qualifier="over", region="Foshan")], [50e9]),
    ("places in a description do not take the figure",
     "The Greater Bay Area, made up of Hong Kong, Macao and nine cities in Guangdong province, produced output of "
     "14 trillion yuan in 2024.",
     [dict(value=14e12, region="Greater Bay Area")], []),
    ("a two-year average growth in a quarterly report is a compound rate to the quarter's end",
     "In the first quarter of 2021, the added value of Shandong's secondary industry hit 691.1 billion yuan, "
     "with a year-on-year growth of 19.6 percent and a two-year average growth of 5.4 percent.",
     [dict(value=19.6, metric="yoy_growth_pct", period_end="2021-03-31"),
      dict(value=5.4, metric="cagr_pct", period_end="2021-03-31", indicator="secondary_industry_added_value")],
     []),
    ("the dateline city is the place of an article that names no other",
     "MACAU, March 3 - The statistics service said gross domestic product grew 9.1 percent in real terms in 2024.",
     [dict(value=9.1, region="Macao", indicator="gdp", metric="yoy_growth_pct")], []),
    ("an amount up from a base year is a change, not a level",
     "In 2021, Hubei's GDP reached 5 trillion yuan, up 2 trillion yuan from 2012.",
     [dict(value=5e12, metric="level"), dict(value=2e12, metric="change")], []),
    ("an average growth stated with a verb between is an average annual rate",
     "In the first quarter of 2021, Hubei's GDP grew 18 percent. The two-year average growth stood at 5.4 percent.",
     [dict(value=18, metric="yoy_growth_pct"), dict(value=5.4, metric="cagr_pct")], []),
    ("a rate's base stated as the subject ('every 10,000 residents owned') makes a per-10,000 rate",
     "In 2023, every 10,000 Hubei residents owned 20.5 invention patents.",
     [dict(value=20.5, indicator="invention_patents_per_10k", unit="per_10k_people")], [10000]),
]


@pytest.mark.parametrize("name,text,expected,absent", GENERAL_CASES, ids=[c[0] for c in GENERAL_CASES])
def test_general_case(name, text, expected, absent):
    kw = {"default_region": "Foshan"} if "default region" in name else {}
    facts = observations(text, **kw)
    for exp in expected:
        assert any(_match(f, exp) for f in facts), (
            f"{name}: no fact matching {exp}; got " +
            "; ".join(f"{f.indicator}/{f.region}/{f.metric}/{f.period_type}:{f.period_end}="
                      f"{f.value * f.scale:g} {f.unit} {f.qualifier}" for f in facts))
    for v in absent:
        assert not any(abs(f.value * f.scale - v) < 1e-9 * max(1, abs(v)) for f in facts), (name, v)


def test_expected_is_a_target():
    facts = extract_facts("Guangdong's GDP is expected to grow 5% in 2024.", date(2024, 3, 1))
    assert facts and all(f.is_target for f in facts)


@pytest.mark.parametrize("text,expected", [
    ("HAIKOU, Oct. 16 (Xinhua) -- Hainan's foreign trade grew 10 percent in the first three quarters of this year. "
     "In 2023 it was 200 billion yuan.", date(2024, 10, 16)),
    ("On October 17, the bureau said Hainan's GDP grew 4.5 percent in the first three quarters of this year. "
     "In 2023, GDP was 750 billion yuan.", date(2024, 10, 17)),
    ("Guangdong's GDP grew 5 percent in 2024, the bureau said on Jan 20.", date(2025, 1, 20)),
])
def test_reference_date_month_day_without_year(text, expected):
    assert find_reference_date(text) == (expected, "inferred")


def test_a_bare_month_not_yet_over_at_the_reference_date_is_last_year_s():
    # an article of May 9 reporting "in May" reports last May: a month is
    # reported after it ends
    facts = observations("Zhuhai retail\n\nZhuhai's retail sales reached 10 billion yuan in May.", date(2025, 5, 9))
    assert [str(f.period_end) for f in facts] == ["2024-05-31"]
    facts = observations("Zhuhai retail\n\nZhuhai's retail sales reached 10 billion yuan in April.", date(2025, 5, 9))
    assert [str(f.period_end) for f in facts] == ["2025-04-30"]


def test_a_later_explicit_period_replaces_an_older_carried_one():
    # a stale reference date: the article reports a quarter after it, and
    # the rate with no period of its own belongs to that quarter
    text = ("Jiangmen economy\n\nIn the first half of 2022, Jiangmen's GDP grew 2.1 percent.\n\n"
            "In the first quarter of 2023, Jiangmen's GDP reached 90 billion yuan. Large industrial firms saw a "
            "year-on-year boost of 5.2%.")
    facts = extract_facts(text, date(2022, 6, 30))
    rate = [f for f in facts if abs(f.value - 5.2) < 1e-9]
    assert rate and all(str(f.period_end) == "2023-03-31" for f in rate)


@pytest.mark.parametrize("text,value", [
    ("In 2024 the Guangdong trade fair drew buyers from 13 markets worth 2.1 billion yuan in orders.", 2.1e9),
    ("Over 10 decades the Shenzhen port grew; in 2023 its revenue reached 60 billion yuan.", 60e9),
])
def test_a_month_abbreviation_inside_a_word_is_not_a_date(text, value):
    # "13 mar(kets)", "10 dec(ades)": a month name is a whole word, so the
    # number before it stays a number and the sentence's period rules still apply
    from indicator_warehouse.extract import periods

    assert not [p for p in periods.find_periods(text, REF) if p.role == "date"]
    assert any(abs(f.value * f.scale - value) < 1 for f in extract_facts(text, REF))


# --- wording seen in real regional-statistics reporting ------------------------
# Written for these tests, after the patterns (not the text) of real articles.
WORDING_CASES = [
    ("coordinated figures take a list of years in order",
     "Zhongshan's exports passed 250 billion yuan and 280 billion yuan in 2022 and 2023, respectively.",
     [dict(value=250e9, period_type="year", period_end="2022-12-31"),
      dict(value=280e9, period_type="year", period_end="2023-12-31")], []),
    ("a list of years in a background sentence does not date the sentences after it",
     "Zhongshan economy\n\nIn 2024, Zhongshan's GDP topped 400 billion yuan. The city had crossed 300 billion yuan "
     "and 350 billion yuan in 2019 and 2022, respectively. Zhongshan now produces about one-tenth of Guangdong's "
     "industrial output.",
     [dict(value=300e9, period_end="2019-12-31"), dict(value=350e9, period_end="2022-12-31"),
      dict(value=10, metric="share_pct", period_end="2024-12-31")], []),
    ("a change over the past N years after a base-year figure spans the N years after it",
     "Shaoguan economy\n\nShaoguan's GDP stood at 130 billion yuan in 2019, and the past five years saw an increase "
     "of 25 billion yuan.",
     [dict(value=130e9, metric="level", period_end="2019-12-31"),
      dict(value=25e9, metric="change", period_type="span", period_start="2019-01-01", period_end="2024-12-31")], []),
    ("a change over the past N years ends with the last complete year",
     "Shaoguan economy\n\nShaoguan's industrial output grew by 40 billion yuan over the past three years.",
     [dict(value=40e9, metric="change", period_type="span", period_end="2024-12-31")], []),
    ("average annual growth compared with a base year spans from that year",
     "Yunfu economy\n\nYunfu's technology contract value hit 30 billion yuan in 2023, an average annual growth of "
     "12% compared with 2019.",
     [dict(value=12, metric="cagr_pct", period_type="span", period_start="2019-01-01", period_end="2023-12-31")], []),
    ("from a share in one year to a value in another: both are shares of the same series",
     "Fujian trade\n\nFujian's share of the national total of exports went from 4.1% in 2019 to about 4.6% in 2023.",
     [dict(value=4.1, metric="share_pct", period_end="2019-12-31"),
      dict(value=4.6, metric="share_pct", period_end="2023-12-31", region="Fujian")], []),
    ("a percentage whose subject is a growth rate is a growth rate",
     "Guangxi economy\n\nThe bureau said the growth rate of Guangxi's marine economy reached 7 percent in 2023, "
     "while its share of the national marine economy was 4.2%.",
     [dict(value=7, metric="yoy_growth_pct", period_end="2023-12-31", region="Guangxi"),
      dict(value=4.2, metric="share_pct")], []),
    ("a physical quantity in the sentence right after a dated one takes its period",
     "Fujian energy\n\nBy the end of 2023, Fujian had approved offshore wind projects with a capacity of 5 million "
     "kilowatts. Projects already feeding the grid added up to 3.2 million kilowatts.",
     [dict(value=5e6, unit="kilowatt", period_end="2023-12-31"),
      dict(value=3.2e6, unit="kilowatt", period_end="2023-12-31", region="Fujian")], []),
    ("among the N things, M did: a count of the same things",
     "Anhui contracts\n\nAmong all the 5,210 technology contracts registered in Anhui in the first half of 2024, "
     "1,870 concerned software.",
     [dict(value=5210, unit="count", period_end="2024-06-30"),
      dict(value=1870, unit="count", period_type="ytd", period_end="2024-06-30", region="Anhui")], []),
    ("a count of places does not take the measure named in the sentence before",
     "Jiangsu industry\n\nIn 2023, high-tech industries made up 49.9% of Jiangsu's industrial output. All 13 cities "
     "in Jiangsu were listed among the top 100 manufacturing cities in China.",
     [dict(value=49.9, metric="share_pct")], [13]),
    ("a share of several places together belongs to none of them",
     "Delta economy\n\nIn 2023, output in Zhuhai and Foshan each rose more than 6 percent, with the two cities' "
     "combined output accounting for about one-fifth of the provincial total.",
     [dict(value=6, metric="yoy_growth_pct", region="Zhuhai")], [20]),
    ("a figure for places listed with each holds for every one of them",
     "Delta economy\n\nIn 2023, the GDP of Zhuhai, Foshan and Jiangmen each grew by over 5 percent, and Zhongshan "
     "and Huizhou saw exports rise 4 percent each.",
     [dict(value=5, region="Zhuhai"), dict(value=5, region="Foshan"), dict(value=5, region="Jiangmen"),
      dict(value=4, region="Zhongshan"), dict(value=4, region="Huizhou")], []),
    ("a new paragraph without a period is about the article's latest period, not an older one just recalled",
     "Hainan trade\n\nIn 2024, Hainan's foreign trade reached 780 billion yuan. Back in 2019, the total was only "
     "290 billion yuan.\n\nHainan's imports of goods from ASEAN amounted to 60 billion yuan.",
     [dict(value=290e9, period_end="2019-12-31"), dict(value=60e9, period_end="2024-12-31")], []),
    ("a mark passed next to the exact figure restates it",
     "Hubei economy\n\nHubei's GDP hit a record 5.58 trillion yuan in 2023, crossing the threshold of 5.5 trillion "
     "yuan.",
     [dict(value=5.58e12, period_end="2023-12-31")], [5.5e12]),
    ("a mark passed in a later paragraph restates the exact figure of the same period",
     "Hubei trade\n\nIn the first three quarters of 2024, Hubei's foreign trade totaled 516 billion yuan.\n\nIt is "
     "the first time the province's foreign trade has crossed the 500 billion yuan mark in the same period.",
     [dict(value=516e9, period_end="2024-09-30")], [500e9]),
    ("thresholds of two years, listed, are the levels of those years",
     "Hubei economy\n\nHubei's GDP passed the thresholds of 5 trillion yuan and 5.5 trillion yuan in 2022 and 2023, "
     "respectively.",
     [dict(value=5e12, period_end="2022-12-31"), dict(value=5.5e12, period_end="2023-12-31")], []),
    ("an explicitly signed percentage in a table line is a change rate",
     "Hainan foreign trade, January-June 2024\n\nImports | 120 billion yuan | +15.3%\nExports | 80 billion yuan | "
     "-2.1%",
     [dict(value=120e9, period_end="2024-06-30"), dict(value=15.3, metric="yoy_growth_pct", period_end="2024-06-30"),
      dict(value=-2.1, metric="yoy_growth_pct", period_end="2024-06-30", region="Hainan")], []),
    ("a list of places that opens the sentence is a foil for the place named after it",
     "Provincial growth\n\nBeyond Wuxi, Changzhou and Nantong, the GDP of Xuzhou also topped 900 billion yuan in "
     "2023. Unlike Shanghai and Tianjin, where growth slowed, Chongqing expanded 6.1 percent in 2023.",
     [dict(value=900e9, region="Xuzhou"), dict(value=6.1, region="Chongqing")], []),
    ("the national rate named before a figure is the country's; counts of places are not figures",
     "Provincial growth\n\nIn 2021, the GDP growth of 11 provinces, including Hubei, Hainan and Shanxi, exceeded "
     "the national growth rate of 8.1 percent.",
     [dict(value=8.1, metric="yoy_growth_pct", region="China", period_end="2021-12-31")], [11]),
    ("as many figures as places just before them pair in order, without respectively",
     "Cities\n\nWuxi and Suzhou recorded GDP of 1.55 trillion yuan and 2.47 trillion yuan in 2023.",
     [dict(value=1.55e12, region="Wuxi"), dict(value=2.47e12, region="Suzhou")], []),
    ("as many figures as measures just before them pair in order",
     "Cities\n\nIn 2023, Nantong's exports and imports were 260 billion yuan and 110 billion yuan.",
     [dict(value=260e9, indicator="exports"), dict(value=110e9, indicator="imports")], []),
    ("figures for trading partners listed are not paired with them",
     "Cities\n\nIn 2023, Guangdong's exports to Hong Kong and Macao were 1.1 trillion yuan and 20 billion yuan.",
     [dict(value=1.1e12, region="Guangdong"), dict(value=20e9, region="Guangdong")], []),
    ("the sum of places listed together belongs to none of them",
     "Cities\n\nIn 2023, Wuxi, Suzhou and Nantong together produced 40 percent of Jiangsu's GDP, and Wuxi and Suzhou's "
     "combined exports reached 1.5 trillion yuan. Wuxi and Changzhou each attracted a total of 10 billion yuan in 2023.",
     [dict(value=10e9, region="Wuxi"), dict(value=10e9, region="Changzhou")], [40, 1.5e12]),
    ("a headline's rounded threshold restates the exact figure in the body",
     "Suzhou economy tops 2.4 trillion yuan\n\nSuzhou's GDP reached about 2.47 trillion yuan in 2023, the city's "
     "statistics bureau said.",
     [dict(value=2.47e12, period_end="2023-12-31")], [2.4e12]),
    ("a round threshold passed, then the exact figure up to the next round number, is one figure",
     "Hainan trade\n\nIn 2023, Hainan's foreign trade surpassed 200 billion yuan for the first time, reaching 231 "
     "billion yuan. Hainan's exports topped 90 billion yuan in 2023.",
     [dict(value=231e9), dict(value=90e9, qualifier="over")], [200e9]),
    ("a bare large number takes a money measure's currency only in that measure's clause",
     "Sanya tourism\n\nIn 2023, Sanya's tourism revenue hit 80 billion yuan, with visitor arrivals topping 25 million.",
     [dict(value=80e9, unit="CNY"), dict(value=25e6, indicator="tourist_visits", unit="person")], []),
    ("rates listed with the place after each are those places' rates",
     "Provinces\n\nIn 2023, GDP growth was 5.8 percent in Jiangsu, 6 percent in Shandong and 4.8 percent in Anhui.",
     [dict(value=5.8, metric="yoy_growth_pct", region="Jiangsu"),
      dict(value=6, metric="yoy_growth_pct", region="Shandong"),
      dict(value=4.8, metric="yoy_growth_pct", region="Anhui")], []),
    ("a part named with its place after the figure belongs to that place",
     "Provinces\n\nBy the end of 2023, Guangdong had 75,000 high-tech enterprises, with 24,000 in Shenzhen.",
     [dict(value=75000, region="Guangdong"), dict(value=24000, region="Shenzhen")], []),
    ("the region after a list of the places an area is named for is that area",
     "Capital region\n\nThe forum in Beijing reviewed ten years of joint work by Beijing, Tianjin and Hebei. "
     "In 2023, the region's R&D intensity reached 4.3 percent.",
     [dict(value=4.3, metric="share_pct", region="Beijing-Tianjin-Hebei", period_end="2023-12-31")], []),
    ("a sentence in the present takes the article's latest period, not the one just recalled",
     "Shenzhen tech\n\nIn 2023, Shenzhen's GDP reached 3.46 trillion yuan. In 2019, by comparison, the city's GDP "
     "was 2.69 trillion yuan. The city currently has more than 24,000 high-tech enterprises.",
     [dict(value=2.69e12, period_end="2019-12-31"), dict(value=24000, period_end="2023-12-31")], []),
    ("a move right after a share with no value before it is a change of the share",
     "Zhejiang trade\n\nIn the first half of 2024, Zhejiang's exports accounted for 14.1 percent of the country's "
     "total, up 0.3 percent year on year. Its imports reached 400 billion yuan, accounting for 4.1 percent of the "
     "national total, up 5.2 percent year on year.",
     [dict(value=0.3, metric="change"), dict(value=5.2, metric="yoy_growth_pct")], []),
    ("a percentage before a measure and a change noun is that measure's growth",
     "Shenzhen economy\n\nShenzhen posted a 6% GDP growth in 2023, and Zhuhai a 4.5 percent export decline.",
     [dict(value=6, metric="yoy_growth_pct", region="Shenzhen", period_end="2023-12-31"),
      dict(value=-4.5, metric="yoy_growth_pct", region="Zhuhai")], []),
    ("more ways to say year on year after a percentage",
     "Hainan trade\n\nIn 2023, Hainan's exports reached 90 billion yuan, 30 percent over the same period of last "
     "year, and imports rose to 50 billion yuan, 12 percent y/y. Its services trade came to 40 billion yuan, 8 "
     "percent on a yearly basis.",
     [dict(value=30, metric="yoy_growth_pct"), dict(value=12, metric="yoy_growth_pct"),
      dict(value=8, metric="yoy_growth_pct")], []),
    ("each after a comma-set list of places gives every place the figure",
     "R&D\n\nIn 2023, three provinces, namely Jiangsu, Zhejiang and Shandong, each spent more than 200 billion yuan "
     "on R&D.",
     [dict(value=200e9, region="Jiangsu"), dict(value=200e9, region="Zhejiang"),
      dict(value=200e9, region="Shandong")], []),
    ("a figure for a part of the country the catalogue does not know is not given to another place",
     "R&D\n\nIn 2023, R&D spending in the eastern region reached 2.2 trillion yuan, of which Guangdong accounted "
     "for 22 percent.",
     [dict(value=22, metric="share_pct", region="Guangdong")], [2.2e12]),
    ("fact box: a rate after a label that names a change",
     "Hainan 2023\n\nGDP growth: 9.2%\nExport decline | 3.1%\n",
     [dict(value=9.2, metric="yoy_growth_pct", indicator="gdp", period_end="2023-12-31"),
      dict(value=-3.1, metric="yoy_growth_pct", period_end="2023-12-31")], []),
    ("fact box: a label on one line, its value on the next",
     "Hainan economy\n\nIn 2023, Hainan did well.\n\nGDP\n756.2 billion yuan\nForeign trade\n231 billion yuan\n",
     [dict(value=756.2e9, indicator="gdp", period_end="2023-12-31", region="Hainan"),
      dict(value=231e9, indicator="foreign_trade", period_end="2023-12-31")], []),
    ("a growth verb and a year-ago base around a non-percentage figure make it a change",
     "Jiangsu tech firms\n\nBy the end of 2023, Jiangsu was home to 51,000 high-tech enterprises, up 7,000 from a "
     "year earlier, and its exports fell 120 billion yuan year on year.",
     [dict(value=51000, metric="level"), dict(value=7000, metric="change", unit="count"),
      dict(value=-120e9, metric="change", unit="CNY")], []),
    ("after a clause break, a place named in the figure's own clause is its place",
     "Delta trade\n\nIn 2023, Shenzhen cut fees for exporters, and Foshan's exports rose 7 percent.",
     [dict(value=7, region="Foshan")], []),
    ("the province in an article about a city is the city's province",
     "Shenzhen economy\n\nShenzhen's GDP grew 6 percent in 2023. The province's GDP grew 4.8 percent in 2023.",
     [dict(value=6, region="Shenzhen"), dict(value=4.8, region="Guangdong")], []),
    ("a spelled-out percentage is a percentage",
     "Guangxi economy\n\nThe growth rate of Guangxi's marine economy reached nine percent in 2023.",
     [dict(value=9, unit="percent", metric="yoy_growth_pct", region="Guangxi", period_end="2023-12-31")], []),
    ("PCT in capitals before applications is the patent treaty, not percent",
     "Shenzhen patents\n\nIn 2023, Shenzhen filed 15,900 PCT applications, while Zhuhai's exports rose 5 pct.",
     [dict(value=15900, unit="count", indicator="pct_applications", region="Shenzhen"),
      dict(value=5, unit="percent", metric="yoy_growth_pct", region="Zhuhai")], []),
    ("fact box: bulleted lines are separate statements",
     "Key figures for Dongguan in 2023\n\n- GDP: 1.14 trillion yuan, up 2.6%\n- Foreign trade: 1.33 trillion yuan\n"
     "- R&D intensity: 4%",
     [dict(value=2.6, metric="yoy_growth_pct", indicator="gdp"), dict(value=1.33e12, indicator="foreign_trade"),
      dict(value=4, metric="share_pct", indicator="rd_intensity", region="Dongguan", period_end="2023-12-31")], []),
    ("fact box: a figure with a two-word unit on one line, its label on the next",
     "Dongguan 2023 in numbers\n\n1.14 trillion yuan\nGDP\n\n2.6%\nGDP growth\n",
     [dict(value=1.14e12, indicator="gdp", region="Dongguan", period_end="2023-12-31"),
      dict(value=2.6, metric="yoy_growth_pct", period_end="2023-12-31")], []),
    ("quarter codes after the year, over a range, and with this year",
     "Hainan trade\n\nHainan's exports reached 20 billion yuan in 2024 Q3. In Q1-Q3 2024, its imports totaled 90 "
     "billion yuan. Its services trade rose 9 percent in Q1 this year.",
     [dict(value=20e9, period_type="quarter", period_start="2024-07-01", period_end="2024-09-30"),
      dict(value=90e9, period_type="ytd", period_start="2024-01-01", period_end="2024-09-30"),
      dict(value=9, period_type="ytd", period_end="2025-03-31")], []),
    ("a list of places closes with its and; a place after the comma is the subject",
     "Cities\n\nCompared with Shanghai and Tianjin, Shenzhen's R&D intensity of 5.81 percent in 2023 is higher.",
     [dict(value=5.81, region="Shenzhen")], []),
    ("figures paired with a list of years are not also paired with the places before them",
     "Cities\n\nTrade between Shenzhen and Hong Kong reached 1 trillion yuan and 1.1 trillion yuan in 2022 and 2023.",
     [dict(value=1e12, region="Shenzhen", period_end="2022-12-31"),
      dict(value=1.1e12, region="Shenzhen", period_end="2023-12-31")], []),
    ("the 1st half written with a numeral is the first half",
     "In the 1st half of 2019, Foshan's exports rose 6 percent year on year.",
     [dict(value=6, period_type="ytd", period_end="2019-06-30")], []),
    ("a month after the agency that released the figures is when they came out, not their period",
     "Guangdong spent 400 billion yuan on R&D last year, an increase of 9 percent year-on-year, according to "
     "figures released by the provincial statistics bureau in October.",
     [dict(value=9, metric="yoy_growth_pct", period_end="2024-12-31")], []),
    ("a share of the level in an earlier quarter compares with that quarter; later text keeps the report's own",
     "Zhuhai hotels\n\nIn the first quarter of 2024, Zhuhai's hotel revenue rose 40 percent year on year, back to "
     "80 percent of its level in the first quarter of 2019. Catering revenue grew 12 percent in the period.",
     [dict(value=40, metric="yoy_growth_pct", period_end="2024-03-31"),
      dict(value=12, metric="yoy_growth_pct", period_end="2024-03-31")], []),
    ("the same quarter of an earlier year is a base: the growth stays year on year, later text keeps the quarter",
     "Macao's GDP grew 20 percent year on year in the first quarter of 2024, reaching 85 percent of its size in "
     "the same quarter of 2019. Exports of services rose 30 percent in the period.",
     [dict(value=20, metric="yoy_growth_pct", period_type="ytd", period_end="2024-03-31"),
      dict(value=30, metric="yoy_growth_pct", period_end="2024-03-31")], []),
    ("percentage points from an earlier stretch of months compare the rate with it",
     "Foshan retail\n\nFrom January to April 2024, Foshan's retail sales rose 8 percent year on year. Catering "
     "sales rose 20 percent year on year, an acceleration of 5 percentage points from January to March.",
     [dict(value=20, metric="yoy_growth_pct", period_end="2024-04-30")], []),
    ("an average over the past two years in a quarterly report runs to the quarter's end",
     "Foshan economy\n\nIn the first quarter of 2021, Foshan's GDP grew 15 percent year on year.\n\nThe added value "
     "of the tertiary industry rose 12 percent year-on-year and 4.6 percent on average over the past two years.",
     [dict(value=4.6, metric="cagr_pct", period_end="2021-03-31")], []),
    ("from a year to a day of the current year is a cumulative span to that day, and the period after it",
     "Sanya trade\n\nFrom 2015 to February 28 this year, Sanya's trade with ASEAN totalled 80 billion yuan. During the "
     "period, exports came to 30 billion yuan.",
     [dict(value=80e9, period_type="span", period_start="2015-01-01", period_end="2025-02-28"),
      dict(value=30e9, period_type="span", period_end="2025-02-28")], []),
    ("from a year to the end of a month and year is a cumulative span to that month's end",
     "Between 2018 and the end of May 2024, Foshan's exports to Africa reached 45 billion yuan.",
     [dict(value=45e9, period_type="span", period_start="2018-01-01", period_end="2024-05-31")], []),
    ("a report on part of a year dates a later paragraph's undated figures with that part, however far",
     "Foshan trade\n\nFoshan's foreign trade reached 300 billion yuan from January to May 2024, up 6 percent year on "
     "year. Exports rose 8 percent. Imports fell 2 percent. Processing trade rose 1 percent.\n\nPrivate firms "
     "remained the main force. Trade with ASEAN made up 20 percent of the total.",
     [dict(value=20, metric="share_pct", period_end="2024-05-31")], []),
    ("an average annual rate 'throughout this period' is over the span the text has just named",
     "Between 2015 and 2022, Foshan's economy nearly doubled. Throughout this period, Foshan's GDP grew at an "
     "average annual rate of 6.2 percent.",
     [dict(value=6.2, metric="cagr_pct", period_type="span", period_start="2015-01-01", period_end="2022-12-31")],
     []),
    ("a share 'during the five-year period' is over the span the text has just named",
     "Zhuhai's exports of solar cells totalled 90 billion yuan from 2019 to 2023. Hengqin's firms made up 40 "
     "percent of the total during the five-year period.",
     [dict(value=40, metric="share_pct", period_end="2023-12-31")], []),
    ("the next sentence carries the newest period the sentence before stated, not its last",
     "Foshan income\n\nIn 2021, Foshan's urbanization rate was 75 percent and the income ratio between urban and "
     "rural residents fell from 1.8 in 2020 to 1.7. Urban residents' per capita disposable income was 70,000 yuan.",
     [dict(value=70_000, period_end="2021-12-31")], []),
    ("an article about the year it opens with dates an undated figure in a later paragraph with it",
     "Foshan trade\n\nIn 2022, Foshan's foreign trade reached 500 billion yuan, up 3 percent, after 2 percent in 2021. "
     "Exports rose 4 percent. Imports fell 1 percent.\n\nPrivate firms led the growth. Their trade made up most of "
     "the total.\n\nImports of "
     "farm products rose 9 percent to 20 billion yuan. This included soybean imports worth 8 billion yuan.",
     [dict(value=8e9, period_end="2022-12-31")], []),
    ("last month is the month before the reference date's",
     "Foshan cars\n\nFoshan's car exports made up 12 percent of its car sales last month.",
     [dict(value=12, metric="share_pct", period_type="month", period_end="2025-02-28")], []),
    ("a rule that mandates an amount states a requirement, not a figure",
     "Foshan science\n\nIn 2023, Foshan's R&D spending rose 9 percent. The new regulations mandate that at least "
     "one-third of public research funds be allocated to basic research.",
     [dict(value=9)], [33.33]),
    ("a time frame in a later clause past a comma is that clause's, not the figure's",
     "Foshan economy\n\nIn 2023, Foshan's GDP grew 5 percent. Urban residents' per capita disposable income was "
     "70,000 yuan, ranking first in the province for the past 12 years.",
     [dict(value=70_000, period_end="2023-12-31")], []),
    ("'as of' a month with no year is that month's end, the latest one by the reference date",
     "Foshan firms\n\nAs of February, Foshan had 120 high-tech enterprises.",
     [dict(value=120, period_type="as_of", period_end="2025-02-28")], []),
    ("an average over the past decade is a span of ten years to the year reported",
     "In 2021, Foshan's GDP reached 1.2 trillion yuan, with average annual growth of 6.1 percent over the past "
     "decade.",
     [dict(value=6.1, metric="cagr_pct", period_type="span", period_start="2011-01-01", period_end="2021-12-31")], []),
    ("from a year to late in another year is a span to that year's end",
     "From 2016 to late 2020, Foshan's exports to Africa totalled 45 billion yuan.",
     [dict(value=45e9, period_type="span", period_start="2016-01-01", period_end="2020-12-31")], []),
    ("a year that opens a paragraph dates the figures that paragraph lists after it",
     "Foshan economy\n\nIn 2023, Foshan's economy kept growing. Its GDP grew 5 percent. Retail sales rose 4 percent. "
     "Fixed asset investment grew 3 percent. Exports rose 6 percent. Fiscal revenue reached 80 billion yuan, up 7 "
     "percent.",
     [dict(value=80e9, period_end="2023-12-31"), dict(value=7, period_end="2023-12-31")], []),
    ("than during the same period of a year is the comparison base, not the period",
     "Sanya trade\n\nIn the first three quarters of 2023, Sanya's foreign trade came to 30 billion yuan, 25 percent "
     "higher than during the same period of 2022. Exports rose 40 percent.",
     [dict(value=25, metric="yoy_growth_pct", period_end="2023-09-30"),
      dict(value=40, metric="yoy_growth_pct", period_end="2023-09-30")], []),
    # --- placing: the source's place is not the figure's ---------------------------------
    ("customs in the provincial capital is the source; its exports are the province's",
     "Guangdong trade\n\nGuangdong's foreign trade grew steadily in 2023.\n\nCustoms officials in Guangzhou, "
     "the provincial capital, said that its exports rose 6 percent to 5.2 trillion yuan in 2023.",
     [dict(value=5.2e12, region="Guangdong"), dict(value=6, region="Guangdong")], []),
    ("a customs office in the capital named after the figures is their source",
     "Jiangsu trade\n\nJiangsu Province posted solid trade in 2023. Its imports climbed 3.5 percent to 900 billion "
     "yuan in 2023, according to the customs office in the provincial capital Nanjing.",
     [dict(value=900e9, region="Jiangsu"), dict(value=3.5, region="Jiangsu")], []),
    ("'the city' after a source's city refers to that city",
     "Jiangsu economy\n\nJiangsu grew fast in 2019.\n\nThe statistics bureau of Nanjing said the city's GDP rose "
     "5 percent in 2019.",
     [dict(value=5, region="Nanjing")], []),
    ("where a source's city lies is part of the source; 'its' is the article's city",
     "(ECNS) -- According to the Statistics Bureau of Weifang City in East China's Shandong Province, its GDP "
     "reached 180 billion yuan in the first quarter of 2023. The city's retail sales rose 6 percent in the "
     "first quarter of 2023.",
     [dict(value=180e9, region="Weifang"), dict(value=6, region="Weifang")], []),
    ("a prefecture-level city outside the big ones is a region of its own",
     "Luoyang\n\nIn 2023, Luoyang's GDP grew 5.1 percent.",
     [dict(value=5.1, region="Luoyang")], []),
    ("a sub-office of an institution named after a place is a source",
     "Bay Area\n\nAccording to the Guangdong Sub-bureau of the tax administration, exports of the Greater Bay "
     "Area reached 5 trillion yuan in 2023.",
     [dict(value=5e12, region="Greater Bay Area")], []),
    ("a statistics department that only one region has names that region",
     "Advance estimates\n\nThe Census and Statistics Department released the estimates today. GDP rose by 3.2% "
     "in real terms in 2023.",
     [dict(value=3.2, region="Hong Kong", metric="yoy_growth_pct")], []),
    ("places in a clause that gives a cause are not the figure's",
     "Visitor economy\n\nThe Statistics and Census Service said retail sales rose by 12% in 2023, on account of "
     "more visitors from Hong Kong and Guangdong.",
     [dict(value=12, region="Macao")], []),
    ("a place in a cause clause with a figure of its own keeps it",
     "Guangdong trade\n\nGuangdong's trade grew in 2023.\n\nThe gains were driven by Zhuhai, whose exports rose "
     "9 percent in 2023.",
     [dict(value=9, region="Zhuhai")], []),
    ("a cause that opens the sentence ends at its comma",
     "Thanks to demand from Hong Kong, Shenzhen's exports rose 5 percent in 2023.",
     [dict(value=5, region="Shenzhen")], []),
    ("a photo caption's place is not the article's subject",
     "Output and sales\n\nWorkers assemble robots at a factory in Foshan. [Photo/Xinhua]\n\nChina's output picked "
     "up in October, the statistics bureau said.\n\nRetail sales grew 8.6 percent year-on-year in October 2018.",
     [dict(value=8.6, region="China")], []),
    ("a news agency's photo credit marks a caption too",
     "Output and sales\n\nWorkers pack goods at a factory in Foshan, Jan. 5, 2019. (Xinhua/Li Ming)\n\nThe "
     "statistics bureau said China's output picked up.\n\nRetail sales grew 8.6 percent year-on-year in "
     "October 2018.",
     [dict(value=8.6, region="China")], []),
    ("the gaming regulator that only Macao has names Macao",
     "Gaming\n\nThe Gaming Inspection and Coordination Bureau said gross gaming revenue rose 20 percent "
     "year-on-year in October 2023.",
     [dict(value=20, region="Macao")], []),
    ("a capitalised dateline city with a colon is not the subject",
     "A decade of growth\n\nBEIJING: China has grown fast over ten years. Per-capita GDP hit 85,000 yuan in 2022.",
     [dict(value=85_000, region="China")], []),
    ("the country's northwest is a part of the country, not the paragraph's subject",
     "Yunnan trade\n\nYunnan's foreign trade rose 10 percent in 2024.\n\nThe free trade zone in China's southwest "
     "border area traded goods worth 50 billion yuan in 2024. The bonded zones accounted for 30 percent of the "
     "trade volume.",
     [dict(value=30, metric="share_pct", region="Yunnan")], []),
    ("the country as its clause's subject keeps a figure named before the regions",
     "R&D\n\nNationwide, R&D intensity was 2.5 percent in 2022, while Shanghai reached 4.4 percent and Beijing "
     "hit 6.8 percent.",
     [dict(value=2.5, region="China"), dict(value=4.4, region="Shanghai"), dict(value=6.8, region="Beijing")], []),
    ("a list of places as the subject of one figure gives their sum, which is none of theirs",
     "Jiangsu trade\n\nJiangsu's trade rose 5 percent in 2023.\n\nThe bonded zones of Nanjing, Suzhou and Wuxi "
     "accounted for 40 percent of the trade volume in 2023.",
     [dict(value=5, region="Jiangsu")], [40]),
    ("a list of places with 'each' after the figure still holds for each",
     "Jiangsu trade\n\nIn 2023, Nanjing and Suzhou saw exports rise 7 percent each.",
     [dict(value=7, region="Nanjing"), dict(value=7, region="Suzhou")], []),
    ("the national measure before a list of places is the country's",
     "R&D\n\nThe national R&D intensity in 2022 was 2.5 percent, while several regions did better: Shanghai "
     "reached 4.4 percent and Beijing hit 6.8 percent.",
     [dict(value=2.5, region="China"), dict(value=4.4, region="Shanghai"), dict(value=6.8, region="Beijing")], []),
]


@pytest.mark.parametrize("name,text,expected,absent", WORDING_CASES, ids=[c[0] for c in WORDING_CASES])
def test_wording_case(name, text, expected, absent):
    test_general_case(name, text, expected, absent)


def test_each_year_after_a_figure_is_a_frequency_not_a_list_of_places():
    text = ("Delta economy\n\nBetween 2019 and 2023, Zhuhai and Foshan cut red tape, and Foshan's exports rose "
            "7 percent each year.")
    facts = [f for f in observations(text) if abs(f.value - 7) < 1e-9]
    assert [f.region for f in facts] == ["Foshan"]


@pytest.mark.parametrize("text,code,value", [
    ("In 2023, Fujian's R&D spending intensity reached 2.1 percent.", "rd_intensity", 2.1),
    ("By the end of 2023, Anhui was home to 20,000 tech SMEs.", "tech_smes", 20000),
])
def test_catalogue_variants_name_their_indicator(text, code, value):
    # wordings of catalogued measures that seeds/indicators.csv lists as aliases
    facts = observations(text)
    assert any(f.indicator == code and abs(f.value * f.scale - value) < 1e-6 for f in facts), facts


# Figures the catalogue has no measure for, and growth verbs, lists and
# ratios the grammar used to drop (recall work): invented sentences.
RECALL_CASES = [
    ("a count the catalogue lacks, reported with the number of, is kept unclassified",
     "Hainan\n\nIn 2024, the number of cross-border e-commerce warehouses in Hainan reached 312.",
     [dict(value=312, indicator="unclassified", unit="count", metric="level", period_end="2024-12-31")], []),
    ("there were N of a noun at a date: an unclassified stock",
     "Anhui\n\nAt the end of 2023, there were 4,518 provincial-level seed farms in Anhui.",
     [dict(value=4518, indicator="unclassified", period_type="as_of", period_end="2023-12-31")], []),
    ("a count a reporting verb introduces, with its own growth rate",
     "Ningbo\n\nIn the first half of 2024, Ningbo customs inspected 2,306 shipments of frozen seafood, up 12.4 "
     "percent year on year.",
     [dict(value=2306, indicator="unclassified", unit="count"),
      dict(value=12.4, metric="yoy_growth_pct")], []),
    ("a count followed by its own growth rate",
     "Xiamen\n\nIn 2023, Xiamen added 1,870 new private tech firms, a year-on-year increase of 6.5 percent.",
     [dict(value=1870, indicator="unclassified", region="Xiamen")], []),
    ("a count listed right after a kept count is kept too",
     "Jiangxi\n\nIn 2024, Jiangxi's courts received 5,130 trademark lawsuits and 2,260 copyright lawsuits.",
     [dict(value=5130, indicator="unclassified"), dict(value=2260, indicator="unclassified")], []),
    ("a count in a passive report",
     "Yantai\n\nIn 2024, 7,400 export licences for fruit were issued in Yantai.",
     [dict(value=7400, indicator="unclassified", region="Yantai")], []),
    ("a bare number after reached is no count: an index or a ratio, not kept",
     "Hubei\n\nIn 2024, Hubei's business confidence gauge reached 51.3.",
     [], [51.3]),
    ("a count dated only by the sentence before stays out",
     "Hunan\n\nHunan's GDP grew 4.8 percent in 2024. The provincial museum welcomed 3,600 school groups.",
     [dict(value=4.8, metric="yoy_growth_pct")], [3600]),
    ("a count of people at an event stays out",
     "Fuzhou\n\nIn 2024, the forum in Fuzhou drew 800 participants from 40 countries.",
     [], [800, 40]),
    ("a count at or of an event stays out",
     "Xiamen\n\nIn 2024, the Xiamen trade fair received 3,000 exhibitors. In 2024, there were 500 people at the "
     "opening ceremony in Xiamen. In 2024, Xiamen hosted 120 international conferences.",
     [], [3000, 500, 120]),
    ("a number word count stays out",
     "Guilin\n\nIn 2024, Guilin opened five new tourist routes.",
     [], [5]),
    ("growth verbs: soaring, leapt, swelled and reduced by",
     "Macao\n\nIn 2024, Macao's exports of services soared 20 percent, with gaming exports soaring by 31.2% and "
     "hotel exports by 8.1% respectively; exports of goods reduced by 4.4%.",
     [dict(value=31.2, metric="yoy_growth_pct"), dict(value=-4.4, metric="yoy_growth_pct")], []),
    ("an adverb between the growth verb and by",
     "Gansu\n\nIn 2024, Gansu's imports grew robustly by 19.3 percent and its exports grew marginally by 0.8 percent.",
     [dict(value=19.3, metric="yoy_growth_pct", indicator="imports"),
      dict(value=0.8, metric="yoy_growth_pct", indicator="exports")], []),
    ("year-on-year increases of a list of percentages",
     "Henan\n\nIn 2024, Henan's trade with Japan and Korea reached 40 billion yuan and 30 billion yuan, "
     "year-on-year increases of 3.1% and 4.2%, respectively.",
     [dict(value=3.1, metric="yoy_growth_pct"), dict(value=4.2, metric="yoy_growth_pct")], []),
    ("a change noun right before the percentages, without of",
     "Anhui\n\nIn 2024, Anhui's exports to Chile and Peru hit 9 billion yuan and 7 billion yuan, a year-on-year "
     "expansion 11.2% and 3.3% respectively.",
     [dict(value=11.2, metric="yoy_growth_pct"), dict(value=3.3, metric="yoy_growth_pct")], []),
    ("average annual rates of a list of percentages",
     "Hebei\n\nFrom 2015 to 2024, urban and rural incomes in Hebei grew at average annual rates of 6.2 percent "
     "and 7.7 percent, respectively.",
     [dict(value=6.2, metric="cagr_pct"), dict(value=7.7, metric="cagr_pct")], []),
    ("the increase was N percent: a growth rate",
     "Jilin\n\nJilin's per capita disposable income reached 30,000 yuan in 2024. The year-on-year increase was "
     "4.9 percent.",
     [dict(value=4.9, metric="yoy_growth_pct", period_end="2024-12-31")], []),
    ("a percentage up from a year earlier",
     "Qingdao\n\nIn 2024, Qingdao's exports reached 500 billion yuan, 3.8% up from a year earlier.",
     [dict(value=3.8, metric="yoy_growth_pct", indicator="exports")], []),
    ("a ratio written N:1 is kept as unclassified with unit ratio",
     "Shanxi\n\nIn 2024, the ratio of urban to rural income in Shanxi stood at 2.28:1.",
     [dict(value=2.28, unit="ratio", indicator="unclassified", metric="level", region="Shanxi")], []),
    ("a bare number after a ratio noun is a ratio",
     "Shanxi\n\nIn 2024, the income ratio of urban residents to rural residents in Shanxi was 2.28.",
     [dict(value=2.28, unit="ratio", indicator="unclassified", period_end="2024-12-31")], []),
    ("a quantity dated by the sentence before, with its own growth rate after it",
     "Ningxia\n\nNingxia's GDP grew 5.6 percent in 2024. Irrigated farmland in the region covered 0.84 million "
     "hectares, an increase of 2.1 percent.",
     [dict(value=0.84e6, unit="hectare", indicator="unclassified", period_end="2024-12-31")], []),
    ("money dated by the sentence before, right after its own growth rate",
     "Harbin\n\nHarbin's trade figures for 2024 were released on Monday. Its border trade surplus rose 12% "
     "year-on-year to 3.4 billion yuan.",
     [dict(value=3.4e9, unit="CNY", period_end="2024-12-31")], []),
    ("a quantity dated by the sentence before, with no rate of its own, stays out",
     "Ningxia\n\nNingxia's GDP grew 5.6 percent in 2024. Officials praised the result. Farmers were upbeat. "
     "The region covers 66,400 square kilometers.",
     [dict(value=5.6)], [66400]),
    ("month-on-month rates are left out, year-on-year ones of the same list kept",
     "Cars\n\nIn March 2024, Hubei's car output and sales rose 8.1 percent and 7.4 percent year on year, and rose "
     "2.2 percent and 3.5 percent month on month, respectively.",
     [dict(value=8.1, metric="yoy_growth_pct"), dict(value=7.4, metric="yoy_growth_pct")], [2.2, 3.5]),
    ("an opening phrase that makes the rate sequential",
     "Trade\n\nIn May 2024, on a monthly basis, Yunnan's imports fell by 4.2%.",
     [], [-4.2, 4.2]),
    ("a quarter-on-quarter rate is left out",
     "Economy\n\nIn the third quarter of 2024, Macao's GDP grew 1.3% quarter-on-quarter.",
     [], [1.3]),
    ("a sequential word before a year-on-year rate does not drop it",
     "Economy\n\nIn May 2024, Hainan's retail sales, which had slowed month on month in April, rose 6.1 percent "
     "year on year.",
     [dict(value=6.1, metric="yoy_growth_pct")], []),
    ("the number of ... in the sentence right after the one that dated it",
     "Suzhou\n\nSuzhou's exports rose 4 percent in 2024. The number of cross-border logistics hubs and bonded "
     "warehouses reached 31 and 58, respectively.",
     [dict(value=31, indicator="unclassified", period_end="2024-12-31"),
      dict(value=58, indicator="unclassified", period_end="2024-12-31")], []),
    ("a percentage listed after a multiple takes the growth verb before the multiple",
     "Hainan\n\nIn 2024, Hainan's imports of yachts reached 2 billion yuan, and cosmetics 9 billion yuan, up by "
     "1.4 times and 18.6 percent, respectively.",
     [dict(value=18.6, metric="yoy_growth_pct")], []),
    ("an amount up against a base year is a change over the span",
     "Income\n\nIn 2024, Guizhou's per capita disposable income reached 28,000 yuan, up 9,500 yuan from 2018.",
     [dict(value=28000, metric="level"), dict(value=9500, metric="change", period_type="span",
                                              period_start="2018-01-01", period_end="2024-12-31")], []),
    ("the mean annual growth rate of a measure was N percent: an average annual rate",
     "Patents\n\nFrom 2019 to 2024, the mean annual growth rate of design applications in Fujian was 12%.",
     [dict(value=12, metric="cagr_pct", period_type="span", period_end="2024-12-31")], []),
    ("a percent increase in a measure noun is that measure's rate, not a category of a breakdown",
     "Trade\n\nIn 2024, Guangxi saw a 14.2 percent year-on-year increase in trade turnover with Vietnam.",
     [dict(value=14.2, metric="yoy_growth_pct", region="Guangxi")], []),
    ("a percent increase for a product stays a category of a breakdown",
     "Prices\n\nIn 2024, the Guangxi survey showed a 2.3% increase for food and a 1.1% increase for "
     "clothing.",
     [], [2.3, 1.1]),
    ("a count in brackets after each place of a list is that place's figure",
     "Patents\n\nIn 2024, the provinces with the most PCT applications were Jiangsu (8,120), Zhejiang (4,310) "
     "and Anhui (960).",
     [dict(value=8120, region="Jiangsu", unit="count", period_end="2024-12-31"),
      dict(value=4310, region="Zhejiang"), dict(value=960, region="Anhui")], []),
    ("a count in brackets after a firm, or a list marker, is no regional figure",
     "Patents\n\nIn 2024, the top PCT applicants were Huawei (6,494) and Oppo (1,963). Anhui's plan lists "
     "PCT applications as goal (3).",
     [], [6494, 1963, 3]),
    ("a clock time or a score is no ratio",
     "Shanxi\n\nIn 2024, the Shanxi fair opened at 9:15 and the home team won 3:10.",
     [], [9, 3]),
]


@pytest.mark.parametrize("name,text,expected,absent", RECALL_CASES, ids=[c[0] for c in RECALL_CASES])
def test_recall_case(name, text, expected, absent):
    test_general_case(name, text, expected, absent)


@pytest.mark.parametrize("text,value,measure_text", [
    ("Hainan\n\nIn 2024, there were 4,518 registered seed farms above designated size in Hainan.",
     4518, "registered seed farms"),
    ("Hainan\n\nIn 2024, the number of duty-free shops in Hainan reached 61.", 61, "the number of duty-free shops in Hainan"),
    ("Hainan\n\nIn 2024, Haikou customs inspected 2,306 shipments of frozen seafood for export, up 12.4 percent.",
     2306, "shipments of frozen seafood"),
])
def test_a_kept_uncatalogued_count_is_named_by_what_it_counts(text, value, measure_text):
    facts = [f for f in observations(text) if abs(f.value * f.scale - value) < 1e-6]
    assert [(f.indicator, f.measure_text) for f in facts] == [("unclassified", measure_text)]


@pytest.mark.parametrize("text,value,measure_text", [
    ("Shanxi\n\nIn 2024, the ratio of urban to rural income in Shanxi stood at 2.28:1.",
     2.28, "the ratio of urban to rural income in Shanxi"),
    ("Shanxi\n\nIn 2024, retail sales rose 5.1 percent and the income ratio of urban residents to rural residents "
     "in Shanxi was 2.28.", 2.28, "the income ratio of urban residents to rural residents in Shanxi"),
])
def test_a_kept_ratio_is_named_by_what_it_divides(text, value, measure_text):
    facts = [f for f in observations(text) if abs(f.value * f.scale - value) < 1e-6]
    assert [(f.indicator, f.unit, f.measure_text) for f in facts] == [("unclassified", "ratio", measure_text)]
