"""Tables (extract/tables.py): statistics releases, and the news pages that
copy them, give figures as rows of a table under a head line of periods and
metrics. Each cell is a figure: its measure from the row label, its period
and metric from the column head (or the title above), its place from the
article; its sentence is the table's line. A head we cannot read leaves
its cells out. Invented tables in several shapes; the case format:
tests/sentence_cases.py."""
from __future__ import annotations

import pytest

from sentence_cases import check_case, observations

TABLE_CASES = [
    ("years and a growth column, unit in the label, two-space columns",
     "Anhui's foreign trade in 2024\n\nItem  2023  2024  Growth (%)\n"
     "Foreign trade (100 million yuan)  7,900.5  8,460.2  7.1\n",
     [dict(indicator="foreign_trade", region="Anhui", value=790.05e9, unit="CNY", period_end="2023-12-31"),
      dict(indicator="foreign_trade", value=846.02e9, period_end="2024-12-31", metric="level",
           sentence="Foreign trade (100 million yuan)  7,900.5  8,460.2  7.1"),
      dict(indicator="foreign_trade", value=7.1, metric="yoy_growth_pct", period_end="2024-12-31")],
     [1e8]),
    ("the unit stated once in the title for every row",
     "Hubei economy, 2024\n\nMain indicators (Unit: 100 million yuan)\n"
     "Indicator    2023       2024\nGDP          55,803.6   60,012.0\nExports      4,200.0    4,510.3\n",
     [dict(indicator="gdp", region="Hubei", value=6_001.2e9, period_end="2024-12-31"),
      dict(indicator="exports", value=420e9, period_end="2023-12-31")],
     [1e8]),
    ("tab-separated release: value and year-on-year change in value and in volume, month from the title",
     "Hong Kong retail sales\n\nTable 1: Retail sales in April 2024 by type of outlet\n"
     "Type of outlet\tValue (HK$ million)\tYear-on-year % change in value\tYear-on-year % change in volume\n"
     "Department stores\t2,870\t-9.6\t-11.2\n"
     "All retail outlets\t29,760\t-14.7\t-16.1\n",
     [dict(region="Hong Kong", value=2.87e9, unit="HKD", indicator="unclassified", measure_text="Department stores",
           period_type="month", period_end="2024-04-30"),
      dict(value=-9.6, metric="yoy_growth_pct", period_end="2024-04-30", indicator="unclassified"),
      dict(value=-11.2, metric="yoy_growth_pct", indicator="unclassified", measure_text="Department stores (volume)"),
      dict(indicator="retail_sales", value=29.76e9, unit="HKD", breakdown=None, period_end="2024-04-30"),
      dict(indicator="retail_sales", value=-14.7, metric="yoy_growth_pct"),
      dict(indicator="unclassified", value=-16.1, metric="yoy_growth_pct")],
     []),
    ("a pipe table with a rule under its head, first quarter in the head, patacas",
     "Macao in the first quarter\n\n| Indicator | Jan-Mar 2024 | Year-on-year change (%) |\n|---|---|---|\n"
     "| GDP (MOP million) | 101,234.5 | 8.9 |\n| Visitor arrivals (persons) | 8,456,789 | 68.3 |\n",
     [dict(indicator="gdp", region="Macao", value=101_234.5e6, unit="MOP", period_type="ytd",
           period_start="2024-01-01", period_end="2024-03-31"),
      dict(indicator="gdp", value=8.9, metric="yoy_growth_pct", period_end="2024-03-31"),
      dict(value=8_456_789, unit="person", period_end="2024-03-31"),
      dict(value=68.3, metric="yoy_growth_pct", period_end="2024-03-31")],
     []),
    ("a table flattened to single spaces is read from the end of each line",
     "Jiangxi key figures\n\nIndicator 2023 2024 Growth (%)\nExports (billion yuan) 412.5 430.8 4.4\n"
     "GDP (trillion yuan) 3.22 3.42 5.1\n",
     [dict(indicator="exports", region="Jiangxi", value=412.5e9, period_end="2023-12-31"),
      dict(indicator="exports", value=4.4, metric="yoy_growth_pct", period_end="2024-12-31"),
      dict(indicator="gdp", value=3.42e12, period_end="2024-12-31")],
     []),
    ("a period head spanning a value and a % change head under it",
     "Hong Kong merchandise trade\n\n"
     "                 May 2024                   Jan-May 2024\n"
     "      Value (HK$ million)   % change   Value (HK$ million)   % change\n"
     "Total exports    398,100      13.2      1,912,400      11.9\n",
     [dict(indicator="exports", region="Hong Kong", value=398.1e9, unit="HKD", period_type="month",
           period_end="2024-05-31"),
      dict(indicator="exports", value=13.2, metric="yoy_growth_pct", period_type="month"),
      dict(indicator="exports", value=1_912.4e9, period_type="ytd", period_end="2024-05-31"),
      dict(indicator="exports", value=11.9, metric="yoy_growth_pct", period_type="ytd")],
     []),
    ("rows that are places: each row's figures are that place's; a share column is its share",
     "Cities of Guangdong in 2024\n\nCity\tGDP (100 million yuan)\tGrowth (%)\tShare (%)\n"
     "Zhuhai\t4,479.1\t3.6\t3.1\nHuizhou\t6,069.5\t4.2\t4.3\n",
     [dict(indicator="gdp", region="Zhuhai", value=447.91e9, period_end="2024-12-31"),
      dict(indicator="gdp", region="Zhuhai", value=3.6, metric="yoy_growth_pct"),
      dict(indicator="gdp", region="Huizhou", value=4.3, metric="share_pct")],
     []),
    ("rows that are years: the column head names the measure",
     "Shandong's economy\n\nYear\tGDP (trillion yuan)\tGrowth (%)\n2022\t8.74\t3.9\n2023\t9.21\t6.0\n",
     [dict(indicator="gdp", region="Shandong", value=8.74e12, period_end="2022-12-31"),
      dict(indicator="gdp", value=6.0, metric="yoy_growth_pct", period_end="2023-12-31")],
     []),
    ("a row label that is a rate in percent: its cells are the rate; its growth column is not read",
     "Sichuan\n\nItem  2023  2024  Change (%)\nUrbanization rate (%)  59.5  60.6  1.1\n",
     [dict(indicator="urbanization_rate", region="Sichuan", value=60.6, unit="percent", period_end="2024-12-31")],
     [1.1]),
    ("a total row and its parts marked 'of which'",
     "Fujian foreign trade in 2024\n\nItem\t2024\tYear-on-year (%)\n"
     "Exports (100 million yuan)\t12,600.0\t7.5\nOf which: private enterprises\t8,100.0\t11.2\n",
     [dict(indicator="exports", region="Fujian", value=1_260e9, breakdown=None),
      dict(indicator="exports", breakdown="ownership=private", value=810e9, unit="CNY"),
      dict(indicator="exports", breakdown="ownership=private", value=11.2, metric="yoy_growth_pct")],
     []),
    ("a section line 'Of which:' makes the rows under it parts",
     "Zhejiang trade, 2024\n\nItem  2024  Growth (%)\nImports (billion yuan)  1,300.2  2.1\nOf which:\n"
     "State-owned enterprises  210.4  -5.3\n",
     [dict(indicator="imports", breakdown="ownership=state-owned", value=210.4e9),
      dict(indicator="imports", breakdown="ownership=state-owned", value=-5.3, metric="yoy_growth_pct")],
     []),
    ("a minus sign and empty cells",
     "Guangxi, 2024\n\nItem\t2023\t2024\tGrowth (%)\nExports (billion yuan)\t—\t390.2\t−2.4\n"
     "Imports (billion yuan)\tn.a.\t310.5\t-\n",
     [dict(indicator="exports", region="Guangxi", value=-2.4, metric="yoy_growth_pct"),
      dict(indicator="imports", value=310.5e9, period_end="2024-12-31")],
     []),
    ("year-on-year change in the head is growth in percent; months without a year take the title's",
     "Yunnan foreign trade, 2023\n\nItem  Jan-Jun  Year-on-year change\nExports (billion yuan)  81.3  12.6\n",
     [dict(indicator="exports", region="Yunnan", value=81.3e9, period_type="ytd", period_end="2023-06-30"),
      dict(indicator="exports", value=12.6, metric="yoy_growth_pct", period_end="2023-06-30")],
     []),
    ("a stock at the end of each year",
     "Jiangsu patents\n\nItem  End of 2023  End of 2024\nValid invention patents  470,000  520,000\n",
     [dict(indicator="valid_invention_patents", region="Jiangsu", value=520_000, period_type="as_of",
           period_end="2024-12-31")],
     []),
    ("a unit column gives each row its own unit",
     "Henan main indicators, 2024\n\nIndicator\tUnit\t2024\tGrowth (%)\nGDP\t100 million yuan\t63,100.5\t5.0\n"
     "Grain output\t10,000 tons\t6,650.2\t1.1\nPer capita disposable income\tyuan\t30,880\t5.3\n",
     [dict(indicator="gdp", region="Henan", value=6_310.05e9, unit="CNY", period_end="2024-12-31"),
      dict(indicator="grain_output", value=66_502e6, unit="kilogram"),
      dict(indicator="grain_output", value=1.1, metric="yoy_growth_pct"),
      dict(indicator="per_capita_disposable_income", value=30_880, unit="CNY")],
     []),
    ("a whole table run into one line: a head, then rows of a label and as many numbers",
     "Qinghai, 2024\n\nItem 2023 2024 Growth (%) GDP (100 million yuan) 3,800.2 3,950.6 4.0 "
     "Exports (100 million yuan) 60.5 72.1 19.2\n",
     [dict(indicator="gdp", region="Qinghai", value=395.06e9, period_end="2024-12-31",
           sentence="GDP (100 million yuan) 3,800.2 3,950.6 4.0"),
      dict(indicator="exports", value=19.2, metric="yoy_growth_pct", period_end="2024-12-31")],
     [1e8]),
    ("three head lines cut by pipes: periods over value and % change, the % change over value and volume",
     "Hong Kong retail sales for June 2024\n\nBroad type of outlet | Jun 2024 | Jan-Jun 2024 |\n"
     "Value of sales (HK$ million) | % change compared with Jun 2023 | Value of sales (HK$ million) | "
     "% change compared with Jan-Jun 2023 |\nValue | Volume | Value | Volume |\n"
     "Books and stationery | 610 | -4.1 | -6.3 | 3,900 | -2.5 | -4.0 |\n"
     "All retail outlets | 28,300 | -9.7 | -11.0 | 187,500 | -6.6 | -8.1 |\n",
     [dict(region="Hong Kong", indicator="unclassified", value=610e6, unit="HKD", period_type="month",
           period_end="2024-06-30", measure_text="Books and stationery"),
      dict(indicator="unclassified", value=-4.1, metric="yoy_growth_pct", period_type="month"),
      dict(indicator="unclassified", value=-6.3, metric="yoy_growth_pct", measure_text="Books and stationery (volume)"),
      dict(indicator="unclassified", value=3_900e6, period_type="ytd", period_end="2024-06-30"),
      dict(indicator="retail_sales", value=28_300e6, period_type="month", breakdown=None),
      dict(indicator="retail_sales", value=-9.7, metric="yoy_growth_pct", period_type="month"),
      dict(indicator="retail_sales", value=187_500e6, period_type="ytd"),
      dict(indicator="retail_sales", value=-6.6, metric="yoy_growth_pct", period_type="ytd"),
      dict(indicator="unclassified", value=-8.1, metric="yoy_growth_pct", period_type="ytd")],
     []),
    ("one cell per line, as a page converted with a break after every cell",
     "Gansu's economy in 2024\n\nItem\n\n2023\n\n2024\n\nGrowth (%)\n\nGDP (100 million yuan)\n\n11,860.2\n\n"
     "12,520.4\n\n5.6\n\nExports (100 million yuan)\n\n150.1\n\n171.6\n\n14.3\n\nSource: the provincial bureau\n",
     [dict(indicator="gdp", region="Gansu", value=1_186.02e9, period_end="2023-12-31",
           sentence="GDP (100 million yuan) 11,860.2 12,520.4 5.6"),
      dict(indicator="exports", value=14.3, metric="yoy_growth_pct", period_end="2024-12-31")],
     [1e8]),
    ("a head with a base period after 'over', and a provisional mark",
     "Shanxi, first quarter\n\nItem\tJan-Mar 2024 (provisional)\tJan-Mar 2024 over Jan-Mar 2023 (%)\n"
     "Exports (billion yuan)\t40.2\t-3.9\n",
     [dict(indicator="exports", region="Shanxi", value=40.2e9, period_type="ytd", period_end="2024-03-31"),
      dict(indicator="exports", value=-3.9, metric="yoy_growth_pct", period_end="2024-03-31")],
     []),
    ("rows that are months take the title's year; the growth column is of the measure beside it",
     "Hainan's exports by month, 2024\n\nMonth\tExports (billion yuan)\tGrowth (%)\nJanuary\t12.1\t5.3\n"
     "February\t10.4\t-2.2\n",
     [dict(indicator="exports", region="Hainan", value=12.1e9, period_type="month", period_end="2024-01-31"),
      dict(indicator="exports", value=-2.2, metric="yoy_growth_pct", period_type="month", period_end="2024-02-29")],
     []),
    ("rows that are months with no year anywhere are not read: neither a measure nor a period",
     "Hainan's exports by month\n\nMonth\tExports (billion yuan)\tGrowth (%)\nJanuary\t12.1\t5.3\n",
     [], [12.1e9, 5.3]),
    ("cells that carry their own unit, a head of level and growth words, the year in the title",
     "Fujian at a glance, 2024\n\nIndicator | Value | Growth |\nGDP | 5.78 trillion yuan | 5.5% |\n"
     "Tourist visits | 620 million | 12.0% |\n",
     [dict(indicator="gdp", region="Fujian", value=5.78e12, unit="CNY", period_end="2024-12-31"),
      dict(indicator="gdp", value=5.5, metric="yoy_growth_pct"),
      dict(indicator="tourist_visits", value=620e6, period_end="2024-12-31"),
      dict(indicator="tourist_visits", value=12.0, metric="yoy_growth_pct")],
     []),
    ("a line of units under the period heads",
     "Zhejiang, 2024\n\nItem | 2023 | 2024 |\n| (100 million yuan) | (100 million yuan) |\nGDP | 82,400 | 90,100 |\n",
     [dict(indicator="gdp", region="Zhejiang", value=8_240e9, period_end="2023-12-31"),
      dict(indicator="gdp", value=9_010e9, period_end="2024-12-31")],
     [1e8]),
    ("a corner head says what every column holds; its rows are places",
     "Growth in the Yangtze River Delta\n\nGDP growth (%)\t2023\t2024\nJiangsu\t5.8\t5.8\nAnhui\t5.8\t5.7\n",
     [dict(indicator="gdp", region="Jiangsu", value=5.8, metric="yoy_growth_pct", period_end="2023-12-31"),
      dict(indicator="gdp", region="Anhui", value=5.7, metric="yoy_growth_pct", period_end="2024-12-31")],
     []),
    ("a corner head that only gives the unit",
     "Foshan\n\nIndicator (100 million yuan)\t2023\t2024\nGDP\t13,200.5\t13,400.8\n",
     [dict(indicator="gdp", region="Foshan", value=1_340.08e9, period_end="2024-12-31")],
     []),
    ("rows set deeper than the row above are its parts",
     "Anhui's foreign trade, 2024\n\nItem                      Value (billion yuan)    Growth (%)\n"
     "Exports                       520.1               8.2\n"
     "   Private enterprises        380.4              12.1\n"
     "Imports                       300.0               1.1\n"
     "   State-owned enterprises     61.5              -3.0\n",
     [dict(indicator="exports", region="Anhui", breakdown=None, value=520.1e9),
      dict(indicator="exports", breakdown="ownership=private", value=380.4e9),
      dict(indicator="exports", breakdown="ownership=private", value=12.1, metric="yoy_growth_pct"),
      dict(indicator="imports", breakdown="ownership=state-owned", value=61.5e9),
      dict(indicator="imports", breakdown="ownership=state-owned", value=-3.0, metric="yoy_growth_pct")],
     []),
    ("a wire table: the title says every cell is growth, a year before its months, labels wrapped, "
     "revision marks, a '#' cell, and a second block under a section line that keeps the title",
     "Hong Kong exports by market\n\nHong Kong exports (percent change on year):\nVALUE\n2019 Nov Oct\n"
     "Total -1.4 -9.2\nMainland China, 2.1 -7.7\nincluding re-exports\nUnited States -11.0 -21.4^\n"
     "Japan # -3.0\nVOLUME\n2019 2019\nNov Oct\nTotal -3.5 -11.8^\nUnited States -13.2 -23.0\n",
     [dict(indicator="exports", region="Hong Kong", value=-1.4, metric="yoy_growth_pct", period_type="month",
           period_end="2019-11-30", sentence="Total -1.4 -9.2"),
      dict(indicator="exports", value=-9.2, metric="yoy_growth_pct", period_end="2019-10-31"),
      dict(indicator="unclassified", value=2.1, metric="yoy_growth_pct", period_end="2019-11-30",
           measure_text="Mainland China, including re-exports"),
      dict(indicator="unclassified", value=-21.4, metric="yoy_growth_pct", period_end="2019-10-31"),
      dict(indicator="unclassified", value=-3.0, metric="yoy_growth_pct", period_end="2019-10-31"),
      dict(indicator="unclassified", value=-3.5, metric="yoy_growth_pct", period_end="2019-11-30",
           measure_text="exports (volume)"),
      dict(indicator="unclassified", value=-23.0, metric="yoy_growth_pct", period_end="2019-10-31")],
     []),
    ("a head that says only 'Change' is not read: an amount or a rate, we cannot tell",
     "Hebei, 2024\n\nItem\t2024\tChange\nExports (billion yuan)\t330.1\t4.9\n",
     [], [4.9]),
    ("an index against a base year is not read",
     "Prices\n\nItem\t2019=100\t2024\nConsumer prices\t112.5\t103.1\n",
     [], [112.5, 103.1]),
    ("a value head with no period anywhere is not read",
     "Trade figures\n\nItem\tValue (HK$ million)\t% change\nTotal exports\t412,300\t6.2\n",
     [], [412.3e9, 6.2]),
    ("lines ending in numbers without a head are not a table",
     "Hunan\n\nIn 2024, Hunan's exports grew by 5.1 percent.\n\nThe scores by team were 3 4\nRed team 12 13\n",
     [dict(indicator="exports", value=5.1, metric="yoy_growth_pct")], [12, 13]),
]


@pytest.mark.parametrize("name,text,expected,absent", TABLE_CASES, ids=[c[0] for c in TABLE_CASES])
def test_table_cases(name, text, expected, absent):
    check_case(name, text, expected, absent)


def test_a_sentence_around_a_table_is_read_as_before():
    """The sentences before and after a table keep their own facts."""
    text = ("Shaanxi\n\nIn 2024, Shaanxi's GDP grew by 5.3 percent.\n\n"
            "Item  2023  2024\nExports (billion yuan)  250.1  271.9\n\n"
            "Retail sales reached 1.1 trillion yuan in 2024.")
    facts = observations(text)
    assert any(f.indicator == "gdp" and f.value == 5.3 and not f.rule.startswith("table") for f in facts)
    assert any(f.indicator == "retail_sales" and f.value * f.scale == 1.1e12 for f in facts)
    assert {round(f.value * f.scale) for f in facts if f.rule.startswith("table")} == {250_100_000_000, 271_900_000_000}
