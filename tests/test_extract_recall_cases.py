"""Figures the catalogue has no measure for, and growth verbs, lists and
ratios the grammar used to drop (recall work): invented sentences. The case
format: tests/sentence_cases.py."""
from __future__ import annotations

import pytest

from sentence_cases import check_case, observations


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
    # the direction written after the rate, then any year-ago base
    ("a percentage up on the previous year",
     "Qingdao\n\nIn 2024, Qingdao's imports came to 300 billion yuan, 2.5 percent up on the previous year.",
     [dict(value=2.5, metric="yoy_growth_pct", indicator="imports")], []),
    ("a percentage up year on year",
     "Weihai\n\nIn 2024, Weihai's retail sales stood at 120 billion yuan, 6% up year on year.",
     [dict(value=6, metric="yoy_growth_pct", indicator="retail_sales")], []),
    ("a percentage down compared with the previous year is a fall",
     "Weihai\n\nIn 2024, Weihai's exports were 90 billion yuan, 4.4 percent down compared with the previous year.",
     [dict(value=-4.4, metric="yoy_growth_pct", indicator="exports")], []),
    ("a percentage down from the year before is a fall",
     "Weihai\n\nWeihai's imports totalled 40 billion yuan in 2024, 1.5% down from 2023.",
     [dict(value=-1.5, metric="yoy_growth_pct", indicator="imports", period_end="2024-12-31")], []),
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
    ("a place that is home to a stock of things reports a count",
     "Ningbo\n\nBy the end of 2023, Ningbo was home to 412 bonded warehouses and 96 cold-chain depots.",
     [dict(value=412, indicator="unclassified", unit="count", region="Ningbo", period_end="2023-12-31"),
      dict(value=96, indicator="unclassified", unit="count")], []),
    ("hiked is a growth verb, and listed rates stay apart, each its own figure",
     "Fujian\n\nIn 2023, Fujian's exports of tea, ceramics and shoes hiked 12.5 percent, 8.1 percent and 3.3 "
     "percent, respectively.",
     [dict(value=12.5, metric="yoy_growth_pct", region="Fujian"), dict(value=8.1, metric="yoy_growth_pct"),
      dict(value=3.3, metric="yoy_growth_pct")], []),
    ("shares of the three industries listed with respectively add up to 100: each its own share",
     "Gansu\n\nIn 2023, the value added of the primary, secondary and tertiary industries in Gansu were 13.8 "
     "percent, 35.1 percent and 51.1 percent respectively.",
     [dict(value=13.8, indicator="primary_industry_added_value", metric="share_pct", region="Gansu"),
      dict(value=35.1, indicator="secondary_industry_added_value", metric="share_pct"),
      dict(value=51.1, indicator="tertiary_industry_added_value", metric="share_pct")], []),
    ("a ratio of three industries written with colons is each industry's share",
     "Gansu\n\nThe ratio of primary to secondary to tertiary industry in Gansu was 13.8:35.1:51.1 in 2023.",
     [dict(value=13.8, indicator="primary_industry_added_value", metric="share_pct", period_end="2023-12-31"),
      dict(value=35.1, indicator="secondary_industry_added_value", metric="share_pct"),
      dict(value=51.1, indicator="tertiary_industry_added_value", metric="share_pct")], []),
    ("percentages listed for three industries that do not add up to 100 are no shares: left out",
     "Gansu\n\nIn 2023, the value added of the primary, secondary and tertiary industries in Gansu were 5.8 "
     "percent, 6.1 percent and 7.0 percent respectively.",
     [], [5.8, 6.1, 7.0]),
    ("rates of modifiers sharing one head noun pair with them in order",
     "Gansu\n\nIn 2023, the primary, secondary and tertiary industries in Gansu grew 5.8 percent, 6.1 percent "
     "and 7.0 percent, respectively.",
     [dict(value=5.8, indicator="primary_industry_added_value", metric="yoy_growth_pct"),
      dict(value=6.1, indicator="secondary_industry_added_value", metric="yoy_growth_pct"),
      dict(value=7.0, indicator="tertiary_industry_added_value", metric="yoy_growth_pct")], []),
    ("a rate listed after another rate's noun and measure reads as that rate, with its own measure",
     "Gansu\n\nIn 2023, Gansu's tertiary industry grew 7.1 percent, outpacing a 4.2 percent increase in primary "
     "industry and 5.9 percent in secondary industry.",
     [dict(value=4.2, indicator="primary_industry_added_value", metric="yoy_growth_pct"),
      dict(value=5.9, indicator="secondary_industry_added_value", metric="yoy_growth_pct", region="Gansu")], []),
    ("items of a list after semicolons keep their own measure and unit, not the next item's",
     "Gansu\n\nBetween 2018 and 2023, the number of science museums in Gansu increased from 210 to 388; the "
     "number of invention patents per 10,000 people from 2.9 to 6.6; and the number of high-tech enterprises "
     "from 1,210 to 2,805.",
     [dict(value=388, indicator="unclassified", unit="count", period_end="2023-12-31"),
      dict(value=6.6, indicator="invention_patents_per_10k", period_end="2023-12-31"),
      dict(value=2805, indicator="high_tech_enterprises", unit="count", period_end="2023-12-31")], []),
    ("nouns listed before one of-phrase pair with the figures in order; a name the catalogue lacks stays unclassified",
     "Anhui\n\nIn 2024, production and sales of new energy vehicles in Anhui reached 1.68 million units and 1.52 "
     "million units, up 41.2 percent and 38.5 percent year on year, respectively.",
     [dict(value=1680000, indicator="nev_output", region="Anhui"),
      dict(value=1520000, indicator="unclassified"),
      dict(value=41.2, indicator="nev_output", metric="yoy_growth_pct"),
      dict(value=38.5, indicator="unclassified", metric="yoy_growth_pct")], []),
    ("two figures after a clause comma are no list of names sharing a head",
     "Anhui\n\nIn 2024, Anhui's per capita GDP was higher than the national average, and its urbanization rate "
     "reached 61.5%, 1.3% higher than the year before.",
     [dict(value=61.5, indicator="urbanization_rate")], []),
    ("places listed with their counts in brackets: each place's count of the measure the sentence names",
     "Guangdong\n\nIn 2023, the top three cities by PCT applications were: Shenzhen (15,200), Guangzhou (2,100) "
     "and Dongguan (1,900).",
     [dict(value=15200, region="Shenzhen", unit="count", metric="level", period_end="2023-12-31"),
      dict(value=2100, region="Guangzhou"), dict(value=1900, region="Dongguan")], []),
    ("a growth verb with the pace of growth: a growth rate",
     "Guangdong\n\nIn 2023, urban incomes in Guangdong grew 4.1 percent, while rural incomes rose at a faster "
     "pace of 6.2 percent.",
     [dict(value=4.1, metric="yoy_growth_pct"), dict(value=6.2, metric="yoy_growth_pct", region="Guangdong")], []),
    ("a second clause with its own subject after 'and its' does not take the first clause's measure",
     "Hunan\n\nIn 2023, Hunan's GDP increased by 4.6 percent and its cinema box office rose by 9.1 percent.",
     [dict(value=4.6, indicator="gdp", metric="yoy_growth_pct"),
      dict(value=9.1, indicator="unclassified", metric="yoy_growth_pct", region="Hunan")], []),
    ("a rate after 'and its growth rate' still belongs to the measure just stated",
     "Hunan\n\nIn 2023, Hunan's GDP reached 5 trillion yuan and its growth rate was 4.6 percent.",
     [dict(value=4.6, indicator="gdp", metric="yoy_growth_pct")], []),
    ("a share after month-on-month rates in the same sentence is still a share",
     "Cars\n\nIn May 2024, Anhui's car output and sales rose 2.2 percent and 3.5 percent month on month, "
     "respectively, while sales of electric cars accounted for 41.3 percent of all car sales.",
     [dict(value=41.3, metric="share_pct", period_end="2024-05-31")], [2.2, 3.5]),
    ("points contributed to growth are kept as an unclassified level in points, not as a change",
     "Trade\n\nIn 2024, lithium batteries and solar panels together contributed 1.6 percentage points to "
     "Jiangxi's export growth.",
     [dict(value=1.6, metric="level", unit="percentage_point", indicator="unclassified", period_end="2024-12-31")],
     []),
    ("a level stated as a percentage of an earlier year's is kept as an unclassified recovery ratio",
     "Tourism\n\nIn 2024, tourism revenue in Guilin recovered to 92.5% of its level in 2019.",
     [dict(value=92.5, metric="share_pct", unit="percent", indicator="unclassified", region="Guilin",
           period_end="2024-12-31")], []),
    ("a place that boasts a count of a noun reports a stock: kept unclassified",
     "Hunan\n\nIn 2023, Hunan boasted 1,250 foreign-trade enterprises doing business with Africa.",
     [dict(value=1250, indicator="unclassified", unit="count", region="Hunan", period_end="2023-12-31")], []),
    ("tonnes of a measure counted in kilograms are filed in kilograms",
     "Harvest\n\nIn 2024, grain production in Jilin came to 41.9 million tonnes, up 1.8 percent.",
     [dict(value=41.9e9, unit="kilogram", indicator="grain_output", metric="level"),
      dict(value=1.8, metric="yoy_growth_pct", indicator="grain_output")], []),
    ("tonnes of a measure the catalogue lacks keep their own unit",
     "Harvest\n\nIn 2024, Jilin's grain output reached 41.9 million tons; milk, 4.1 million tons.",
     [dict(value=4.1e6, unit="tonne")], [4.1e9]),
    ("a recovery ratio after a growth rate and a level of the same measure",
     "Visitors\n\nIn the first quarter of 2024, hotel guests in Sanya rose 30 percent to 2.1 million, back to 95 "
     "percent of the figure in the same quarter of 2019.",
     [dict(value=30, metric="yoy_growth_pct"), dict(value=95, metric="share_pct", indicator="unclassified",
                                                    period_end="2024-03-31")], []),
    # --- participles of rise and fall verbs after a level (dev4: "totaled 382.0 billion yuan, climbing 25.5 percent")
    ("a rise participle after a level: climbing",
     "Hunan\n\nHunan's exports totaled 52 billion yuan in 2023, climbing 12.4 percent.",
     [dict(value=52e9, metric="level", indicator="exports"), dict(value=12.4, metric="yoy_growth_pct", indicator="exports")], []),
    ("a rise participle after a level: gaining",
     "Yunnan\n\nYunnan's tourism revenue stood at 120 billion yuan in 2023, gaining 30.2 percent.",
     [dict(value=30.2, metric="yoy_growth_pct", period_end="2023-12-31")], []),
    ("a rise participle after a level: advancing",
     "Qinghai\n\nQinghai's GDP reached 380 billion yuan in 2023, advancing 5.3 percent year on year.",
     [dict(value=5.3, metric="yoy_growth_pct", indicator="gdp")], []),
    ("a rise participle after a level: rebounding",
     "Fujian\n\nIn 2023, Fujian's exports came to 1.2 trillion yuan, rebounding 3.3 percent.",
     [dict(value=3.3, metric="yoy_growth_pct", indicator="exports")], []),
    ("a fall participle after a level is negative: plunging",
     "Hebei\n\nHebei's foreign trade reached 560 billion yuan in 2023, plunging 6 percent.",
     [dict(value=-6, metric="yoy_growth_pct", indicator="foreign_trade")], []),
    ("a fall participle after a level is negative: slumping",
     "Liaoning\n\nLiaoning's imports stood at 400 billion yuan in 2023, slumping 8.8 percent.",
     [dict(value=-8.8, metric="yoy_growth_pct", indicator="imports")], []),
    ("a fall participle after a level is negative: tumbling",
     "Gansu\n\nGansu's exports were 8 billion yuan in 2023, tumbling 15 percent year on year.",
     [dict(value=-15, metric="yoy_growth_pct", indicator="exports")], [15]),
    ("a fall participle after a level is negative: sinking",
     "Jiangxi\n\nIn 2023, Jiangxi's retail sales totaled 130 billion yuan, sinking 2.2 percent from a year earlier.",
     [dict(value=-2.2, metric="yoy_growth_pct", indicator="retail_sales")], []),
    # --- "occupying N%": a share, with or without "of" after it (dev: "occupying 26.7% of GDP"; dev4)
    ("occupying a percentage with no whole named after it is a share",
     "Zhejiang\n\nIn 2023, Zhejiang's private firms' exports reached 900 billion yuan, occupying 75 percent.",
     [dict(value=75, metric="share_pct", region="Zhejiang")], []),
    ("occupying a percentage of the whole named after it is a share",
     "Shandong\n\nIn 2023, Shandong's high-tech output reached 900 billion yuan, occupying 40.5% of the industrial total.",
     [dict(value=40.5, metric="share_pct")], []),
    # --- a country right after a time expression with no comma is its clause's subject
    ("default region: a country after 'last year' with no comma is the subject",
     "Last year China exported 23.8 trillion yuan of goods.",
     [dict(value=23.8e12, region="China")], []),
    ("default region: a country after 'in the first half of the year' with no comma is the subject",
     "In the first half of the year China approved 13,000 new foreign-funded firms, up 9 percent.",
     [dict(value=13_000, region="China"), dict(value=9, region="China", metric="yoy_growth_pct")], []),
    ("default region: a country after a month range is the subject",
     "From January to June China attracted 60.9 billion U.S. dollars of foreign investment.",
     [dict(value=60.9e9, region="China", period_end="2024-06-30")], []),
    ("default region: a country inside a scope phrase stays the scope",
     "Foreign firms in China invested 5 billion U.S. dollars last year.",
     [dict(value=5e9, region="Foshan")], []),
    # --- an earlier rate set against the figure, with its own period (dev4: Macao's quarters)
    ("an earlier rate after 'lower than the' keeps its own quarter, not read as a category",
     "Macao\n\nIn the third quarter of 2024, Macao's government consumption grew 1.6 percent, lower than the "
     "6.2 percent rise in the second quarter.",
     [dict(value=1.6, period_end="2024-09-30"), dict(value=6.2, metric="yoy_growth_pct", period_end="2024-06-30")], []),
    ("an earlier fall after 'as against the' keeps its own quarter",
     "Macao\n\nMacao's fixed capital formation dropped by 25.2 percent in the third quarter of 2024, as against "
     "the 19.1 percent drop in the second quarter.",
     [dict(value=-25.2, period_end="2024-09-30"), dict(value=-19.1, period_end="2024-06-30")], []),
    ("the period of a compared rate is not carried to the figures after it",
     "Macao\n\nIn the third quarter of 2024, Macao's government consumption grew 1.6 percent, lower than the "
     "6.2 percent rise in the second quarter, with wages going up by 0.1 percent and purchases rising by 6.7 percent.",
     [dict(value=0.1, period_end="2024-09-30"), dict(value=6.7, period_end="2024-09-30")], []),
    # --- a change in a quantity after a participle and "by", then the same change as a rate after "or"
    ("a change after 'increasing by', then its rate after 'or'",
     "Shaanxi\n\nIn 2023, Shaanxi registered 553 research results, increasing by 35 results or 6.8% over the "
     "previous year.",
     [dict(value=35, metric="change"), dict(value=6.8, metric="yoy_growth_pct")], []),
    ("a change after 'falling by' is negative",
     "Zhuhai\n\nIn 2023, Zhuhai's exports totaled 190 billion yuan, falling by 12 billion yuan from 2022.",
     [dict(value=-12e9, metric="change", indicator="exports")], []),
    ("a change after 'declining by' is negative",
     "Jilin\n\nIn 2023, Jilin's population stood at 23.4 million, declining by 130,000 from a year earlier.",
     [dict(value=-130_000, metric="change")], []),
    ("a capacity 'cut by' a quantity is a negative change",
     "Hebei\n\nIn 2023, Hebei's steel capacity was cut by 5 million tonnes.",
     [dict(value=-5e6, metric="change", unit="tonne")], [5e6]),
    ("a count and its rate joined by 'or' keep their own units",
     "Hainan\n\nIn 2023, the number of market entities in Hainan rose by 400,000 or 14.8 percent.",
     [dict(value=400_000, metric="change", unit="count"), dict(value=14.8, metric="yoy_growth_pct")], []),
    ("two rates of one size joined by 'or' share the unit written once",
     "Hainan\n\nIn 2023, Hainan's exports rose 5 or 6 percent, officials estimated.",
     [dict(value=5, unit="percent"), dict(value=6, unit="percent")], []),
    # --- a list of numbers whose unit is written once, at its end (dev4: "was 4.8, 12.5 and 82.8 percent respectively")
    ("three shares listed with the unit once at the end",
     "Jilin\n\nIn 2023, the primary, secondary and tertiary industries in Jilin accounted for 11.0, 34.5 and 54.5 "
     "percent of GDP respectively.",
     [dict(value=11.0, unit="percent", metric="share_pct"), dict(value=34.5, unit="percent", metric="share_pct"),
      dict(value=54.5, unit="percent", metric="share_pct")], []),
    ("four growth rates listed with the unit once at the end",
     "Anhui\n\nIn 2023, Anhui's fiscal revenue, investment, retail sales and exports rose by 7.1, 4.2, 6.9, and "
     "12.5 percent respectively.",
     [dict(value=7.1, unit="percent", metric="yoy_growth_pct"), dict(value=4.2, unit="percent"),
      dict(value=6.9, unit="percent"), dict(value=12.5, unit="percent")], []),
    ("the proportions of parts listed with the unit once at the end",
     "China\n\nIn 2008, China's basic research took 22 billion yuan. The proportion of basic research, applied "
     "research and experimental development was 4.8, 12.5 and 82.8 percent respectively.",
     [dict(value=4.8, metric="share_pct", period_end="2008-12-31"), dict(value=12.5, metric="share_pct"),
      dict(value=82.8, metric="share_pct")], []),
    # --- a move against the year before in more wordings
    ("an amount after a rise participle, then 'as compared with previous year', is a change",
     "China\n\nIn 2008, China's R&D spending reached 461.6 billion yuan, jumping 90.58 billion yuan as compared "
     "with previous year.",
     [dict(value=461.6e9, metric="level"), dict(value=90.58e9, metric="change")], []),
    ("a count after a rise verb, then 'compared with last year', is a change",
     "Anhui\n\nIn 2023, the number of patents granted in Anhui climbed 12,000 compared with last year.",
     [dict(value=12_000, metric="change", period_end="2023-12-31")], []),
    # --- an average annual rate with its measure named before the growth noun
    ("'an average annual GDP growth of' is an average annual rate",
     "Xizang\n\nThere was an average annual GDP growth of 12 percent in Xizang between 2001 and 2005.",
     [dict(value=12, metric="cagr_pct", period_type="span", period_start="2001-01-01", period_end="2005-12-31")], []),
    ("'average annual export growth was' is an average annual rate",
     "Shaanxi\n\nShaanxi's average annual export growth was 9 percent between 2016 and 2020.",
     [dict(value=9, metric="cagr_pct", period_end="2020-12-31")], []),
    ("'compound annual patent growth rate stood at' is an average annual rate",
     "Guangdong\n\nGuangdong's compound annual patent growth rate stood at 11 percent from 2015 to 2020.",
     [dict(value=11, metric="cagr_pct", period_end="2020-12-31")], []),
    ("an average annual income is a level, and the rate after it a growth rate",
     "Hubei\n\nHubei's average annual income was 30,000 yuan in 2023, up 6 percent.",
     [dict(value=30_000, metric="level"), dict(value=6, metric="yoy_growth_pct")], []),
    # --- rates listed each with its own period, or against a list of periods
    ("a second rate after 'and', each rate with its own year",
     "Hubei\n\nHubei's exports rose 8 percent in 2022 and 11 percent in 2023.",
     [dict(value=8, metric="yoy_growth_pct", period_end="2022-12-31"),
      dict(value=11, metric="yoy_growth_pct", period_end="2023-12-31")], []),
    ("a second fall after ', and', each with its own year",
     "Anhui\n\nAnhui's imports fell 3 percent in 2022, and 4.5 percent in 2023.",
     [dict(value=-3, period_end="2022-12-31"), dict(value=-4.5, period_end="2023-12-31")], []),
    ("a second rate after 'and', each with its own quarter",
     "Sichuan\n\nSichuan's retail sales grew 6.1% in the first quarter of 2024 and 5.2% in the second quarter.",
     [dict(value=6.1, period_end="2024-03-31"), dict(value=5.2, metric="yoy_growth_pct", period_end="2024-06-30")], []),
    ("two rates against two quarters listed by their ordinals",
     "Guangdong\n\nGuangdong's GDP grew 4.4 percent and 5.0 percent in the first and second quarters of 2024.",
     [dict(value=4.4, period_end="2024-03-31"), dict(value=5.0, period_end="2024-06-30")], []),
    ("four rates against a range of quarters",
     "China\n\nChina's GDP growth was 10.4 percent, 11.5 percent, 10.6 percent and 10.2 percent from the first to "
     "fourth quarter of 2006.",
     [dict(value=10.4, period_end="2006-03-31"), dict(value=11.5, period_end="2006-06-30"),
      dict(value=10.6, period_end="2006-09-30"), dict(value=10.2, period_end="2006-12-31")], []),
    ("earlier rates with a plural change noun after the last, against a list of quarters",
     "Zhejiang\n\nZhejiang's retail sales grew 6.1 percent in the third quarter of 2024, lower than the 7.2 percent "
     "and 6.8 percent increases recorded in the first and second quarters.",
     [dict(value=6.1, period_end="2024-09-30"), dict(value=7.2, metric="yoy_growth_pct", period_end="2024-03-31"),
      dict(value=6.8, metric="yoy_growth_pct", period_end="2024-06-30")], []),
    ("earlier falls with a plural change noun after the last, against a list of years",
     "Zhejiang\n\nZhejiang's exports grew 6.1 percent in 2024 after 7.2 percent and 6.8 percent declines in 2022 "
     "and 2023.",
     [dict(value=6.1, period_end="2024-12-31"), dict(value=-7.2, period_end="2022-12-31"),
      dict(value=-6.8, period_end="2023-12-31")], []),
    ("a comparative after a listed rate is that rate's alone, not the list's",
     "Anhui\n\nIn 2024, Anhui's urbanization rate reached 61.5%, 1.3% higher than the year before.",
     [dict(value=61.5, metric="level")], []),
    # --- more verbs that report a count the catalogue lacks
    ("a count that 'attracted' reports, with its own growth rate",
     "Tianjin\n\nStatistics show that Tianjin attracted 1,309 foreign-invested projects in 2005, up 18.8 percent "
     "from the previous year.",
     [dict(value=1309, indicator="unclassified", unit="count", period_end="2005-12-31"),
      dict(value=18.8, metric="yoy_growth_pct")], []),
    ("a count of people that 'attracted' reports",
     "Shenzhen\n\nIn 2016, the city of Shenzhen attracted 10,509 talents from overseas.",
     [dict(value=10_509, unit="person", region="Shenzhen")], []),
    ("a count that 'ratified' reports",
     "China\n\nIn the first half of 2011 China ratified 13,462 new foreign-funded companies.",
     [dict(value=13_462, unit="count", region="China", period_end="2011-06-30")], []),
    ("a count at an event that 'attracted' reports stays out",
     "Sanya\n\nIn 2023, the fair in Sanya attracted 3,000 exhibitors.",
     [], [3000]),
    # --- adverbs of degree between a growth verb and its rate
    ("'rose only N percent' is a growth rate",
     "Macao\n\nIn 2024, Macao's exports rose only 3 percent.",
     [dict(value=3, metric="yoy_growth_pct", indicator="exports")], []),
    ("'grew just N percent' is a growth rate",
     "Macao\n\nIn 2024, Macao's imports grew just 2 percent.",
     [dict(value=2, metric="yoy_growth_pct", indicator="imports")], []),
    ("'rose merely by N percent' is a growth rate",
     "Macao\n\nIn the third quarter of 2024, visitor spending in Macao rose merely by 4.2 percent.",
     [dict(value=4.2, metric="yoy_growth_pct", period_end="2024-09-30")], []),
    ("'fell markedly by N percent' is a fall",
     "Macao\n\nIn 2024, Macao's retail sales fell markedly by 9 percent.",
     [dict(value=-9, metric="yoy_growth_pct")], []),
    ("'rose by only N percent' is a growth rate",
     "Macao\n\nIn 2024, Macao's exports rose by only 3 percent.",
     [dict(value=3, metric="yoy_growth_pct")], []),
    ("'only N percent of' stays a share",
     "Macao\n\nIn 2024, only 3 percent of Macao's exports went to Europe.",
     [dict(value=3, metric="share_pct")], []),
    # --- a rate "over" a period is a rate against that period, not of it
    ("a rate over an earlier quarter takes the sentence's own quarter",
     "Yunnan\n\nIn the first quarter of 2011, Yunnan's industrial output expanded 15.9 percent over the first "
     "quarter of 2010.",
     [dict(value=15.9, metric="yoy_growth_pct", period_end="2011-03-31")], []),
    ("a rate over an earlier quarter, with the sentence's own half-year after it",
     "Hubei\n\nHubei's exports rose 7 percent over the first half of 2023 in the first half of 2024.",
     [dict(value=7, metric="yoy_growth_pct", period_end="2024-06-30")], []),
    ("a rate over a period the sentence names alone is a rate during it",
     "Guangdong\n\nGuangdong's exports rose 5 percent over the first half of 2024.",
     [dict(value=5, metric="yoy_growth_pct", period_end="2024-06-30")], []),
    ("a rate over 'the first three quarters' is a rate during them",
     "Guangdong\n\nGuangdong's GDP grew 4.5 percent over the first three quarters of 2024.",
     [dict(value=4.5, metric="yoy_growth_pct", period_end="2024-09-30")], []),
    # the rate a series moved from, with its own year: the same measure's growth that year
    ("a growth rate down from an earlier year's rate",
     "Shanxi\n\nShanxi's GDP growth eased to 4.4 percent in 2023, down from 5.0 percent in 2022.",
     [dict(value=4.4, metric="yoy_growth_pct", indicator="gdp", period_end="2023-12-31"),
      dict(value=5.0, metric="yoy_growth_pct", indicator="gdp", period_end="2022-12-31")], []),
    ("a growth rate down from the high of an earlier year",
     "Shanxi\n\nThe province said its 2023 export growth was 2.1 percent, down from the high of 11 percent "
     "seen in 2021.",
     [dict(value=2.1, metric="yoy_growth_pct", indicator="exports", period_end="2023-12-31"),
      dict(value=11, metric="yoy_growth_pct", indicator="exports", period_end="2021-12-31")], []),
    ("a growth rate up from an earlier year's rise",
     "Shanxi\n\nShanxi's retail sales rose 7.2 percent year on year in 2023, picking up from a 2.1 percent "
     "rise in 2022.",
     [dict(value=7.2, metric="yoy_growth_pct", period_end="2023-12-31"),
      dict(value=2.1, metric="yoy_growth_pct", indicator="retail_sales", period_end="2022-12-31")], []),
    # a rate the catalogue lacks, named by a rate noun in the figure's own clause: a level, unclassified
    ("a rate the catalogue lacks is a level of its own",
     "Guizhou\n\nIn 2023, the forest coverage rate of Guizhou reached 63 percent.",
     [dict(value=63, metric="level", unit="percent", indicator="unclassified", period_end="2023-12-31")], []),
    ("a rate the catalogue lacks, moving between two years",
     "Guizhou\n\nThe pass rate of Guizhou's export inspections climbed from 96.4% in 2019 to 98.1% in 2023.",
     [dict(value=96.4, metric="level", indicator="unclassified", period_end="2019-12-31"),
      dict(value=98.1, metric="level", indicator="unclassified", period_end="2023-12-31")], []),
    ("a rate of, its move in basis points between its two values",
     "Guizhou\n\nGuizhou's rate of coverage of rural clinics rose by 40 basis points from 91.2 percent in 2022 "
     "to 91.6 percent in 2023.",
     [dict(value=91.2, metric="level", period_end="2022-12-31"), dict(value=91.6, metric="level", period_end="2023-12-31")],
     [40]),
    ("a ratio noun before a percentage that falls to it",
     "Guizhou\n\nIn 2023, the non-performing loan ratio in Guizhou fell to 1.9 percent.",
     [dict(value=1.9, metric="level", indicator="unclassified")], []),
    ("basis points are hundredths of a percentage point",
     "Guizhou\n\nIn 2023, the average lending rate in Guizhou fell 30 basis points to 4.1 percent.",
     [dict(value=-0.3, metric="change", unit="percentage_point"), dict(value=4.1, metric="level")], [30, -30]),
    ("a growth rate is no level of its own, however it is worded",
     "Guizhou\n\nIn 2023, Guizhou's exports reached 80 billion yuan, with an increasing rate of 12 percent, "
     "while the growth rate of imports was 5 percent.",
     [dict(value=80e9, metric="level")], []),
    ("a bare 'the ratio' points back, and names no rate of its own",
     "Guizhou\n\nIn 2023, enterprises filed 70 percent of Guizhou's patents. The ratio was just 8 percent in 2003.",
     [], [8]),
    ("a bare percentage with no rate noun stays out",
     "Guizhou\n\nIn 2023, Guizhou's tea gardens stood at 45 percent.",
     [], [45]),
    ("a count of people in a passive report, the noun inside the figure",
     "Guizhou\n\nIn 2019, 1.48 million people were lifted out of poverty in Guizhou, and 95,000 new jobs were "
     "created in its towns.",
     [dict(value=1.48e6, indicator="unclassified", region="Guizhou", period_end="2019-12-31"),
      dict(value=95000, indicator="unclassified")], []),
    ("a count after a verb of making is an output count",
     "Shandong\n\nIn 2023, Shandong manufactured 92,000 tractors and assembled 41,000 harvesters.",
     [dict(value=92000, indicator="unclassified", region="Shandong"), dict(value=41000, indicator="unclassified")],
     []),
    ("a count in a relative clause after a place is that place's",
     "Anhui\n\nIn 2023, Wuhu came second only to Changsha, which produced 800,000 vehicles.",
     [dict(value=800000, region="Changsha")], []),
    ("a list of parts with bare bracketed percentages gives each part's share",
     "Yunnan\n\nIn 2023, Yunnan's leading exports were tea (30.5%), cut flowers (11.2 %) and coffee (7.4%).",
     [dict(value=30.5, metric="share_pct", region="Yunnan", period_end="2023-12-31"),
      dict(value=11.2, metric="share_pct"), dict(value=7.4, metric="share_pct")], []),
    ("... also with a missing comma in the list and percent spelt out",
     "Fujian\n\nFujian's main imports in 2022 were iron ore (35.0 percent), crude oil (20.4 percent) soybeans "
     "(8.1 percent), and copper (4.2 percent).",
     [dict(value=35.0, metric="share_pct"), dict(value=8.1, metric="share_pct"), dict(value=4.2, metric="share_pct")],
     []),
    ("bracketed percentages after places, under a growth word, stay rates",
     "China\n\nIn 2023, GDP growth was fastest in Xizang (9.5%), Hainan (9.2%) and Gansu (6.4%).",
     [dict(value=9.5, metric="yoy_growth_pct", region="Xizang")], []),
    ("a count reached by the growth rate right before it",
     "Wuhu\n\nIn the first half of 2024, Wuhu's motorcycle output climbed 18.2 percent year on year to 410,000 "
     "units.",
     [dict(value=18.2, metric="yoy_growth_pct"), dict(value=410000, unit="count", metric="level",
                                                     period_end="2024-06-30")], []),
    ("... also with the rate's own time phrase between the rate and the count",
     "Wuhu\n\nWuhu's bus output jumped 33.5 percent in the first eight months of 2024 from a year earlier to "
     "12,600 buses.",
     [dict(value=12600, unit="count", metric="level", period_end="2024-08-31")], []),
    ("a ratio of 'the three industries' adding up to 100 gives each sector's share, in the usual order",
     "Gansu\n\nIn 2022, the proportion of the three industries in Gansu was adjusted to 13.5:35.2:51.3.",
     [dict(value=13.5, indicator="primary_industry_added_value", metric="share_pct", unit="percent"),
      dict(value=35.2, indicator="secondary_industry_added_value", metric="share_pct"),
      dict(value=51.3, indicator="tertiary_industry_added_value", metric="share_pct")], []),
    ("... 'the three sectors', with spaces around the colons, dated by the sentence before",
     "Gansu\n\nGansu's economy grew 4.5 percent in 2022. The structure of the three major sectors was "
     "13.5 : 35.2 : 51.3.",
     [dict(value=13.5, indicator="primary_industry_added_value", period_end="2022-12-31"),
      dict(value=51.3, indicator="tertiary_industry_added_value", period_end="2022-12-31")], []),
    ("... 'first, secondary and tertiary industry'; the ratio it moved from has no period: left out",
     "Zhejiang\n\nIn 2014, the value-added ratio of the first, secondary and tertiary industry of Zhejiang "
     "shifted to 4.4:47.7:47.9 from 4.7:47.8:47.5.",
     [dict(value=4.4, indicator="primary_industry_added_value", metric="share_pct", period_end="2014-12-31"),
      dict(value=47.9, indicator="tertiary_industry_added_value", metric="share_pct")], [4.7, 47.8, 47.5]),
    ("a count a part marker introduces after a kept count is a part of it: kept unclassified too",
     "Xiamen\n\nIn 2023, 4,385 trading firms were registered in Xiamen, including 3,792 private companies.",
     [dict(value=4385, indicator="unclassified", unit="count"),
      dict(value=3792, indicator="unclassified", unit="count", period_end="2023-12-31", region="Xiamen")], []),
    ("... with 'of which' and a bare participle after it",
     "Wuxi\n\nIn 2024, Wuxi's market regulator handled 2,418 trademark complaints, of which 1,960 were settled.",
     [dict(value=2418, indicator="unclassified"), dict(value=1960, indicator="unclassified")], []),
    ("... but the part of a count that stayed out stays out with it",
     "Ningbo\n\nIn 2023, 86 people were injured in Ningbo, including 12 children.",
     [], [86, 12]),
    ("... but three parts that do not add up to 100 are no sector shares",
     "Gansu\n\nIn 2022, the ratio of the three industries in Gansu was 13:35:50.",
     [], [13, 35, 50]),
    # gapping: later items of a list leave out the first item's verb and unit (gapping.py)
    ("a later item's bare rate after its level reads as the first item's rate",
     "Anhui\n\nIn 2023, Anhui's exports were 60 billion yuan, up 8 percent; imports 40 billion yuan, 2.5 percent.",
     [dict(value=40e9, indicator="imports", metric="level"),
      dict(value=2.5, indicator="imports", metric="yoy_growth_pct", period_end="2023-12-31")], []),
    ("... signed as the first item's rate",
     "Anhui\n\nIn 2023, Anhui's coal output was 110 million tonnes, down 3 percent; its coke output 30 million "
     "tonnes, 1.5 percent.",
     [dict(value=-1.5, metric="yoy_growth_pct")], [1.5]),
    ("... and a bare scaled number of a later item takes the first item's unit",
     "Anhui\n\nIn 2023, the value added of the primary industry was 300 billion yuan, up 4 percent; the secondary "
     "industry 1.8 trillion yuan, 6.1 percent; the third 2.5 trillion, 5.7 percent.",
     [dict(value=2.5e12, unit="CNY", metric="level"), dict(value=5.7, metric="yoy_growth_pct"),
      dict(value=6.1, metric="yoy_growth_pct")], []),
    ("a later item's 'N percent to <level>' without the verb reads as the first item's rate",
     "Anhui\n\nLast year, Anhui's exports grew 9 percent to 60 billion yuan; imports, 4 percent to 40 billion yuan.",
     [dict(value=9, indicator="exports", metric="yoy_growth_pct"),
      dict(value=4, indicator="imports", metric="yoy_growth_pct"), dict(value=40e9, indicator="imports")], []),
    ("... signed as the first item's rate",
     "Anhui\n\nLast year, Anhui's exports fell 3 percent to 60 billion yuan; imports, 5 percent to 40 billion yuan.",
     [dict(value=-5, metric="yoy_growth_pct")], [5]),
    ("... but not a percentage that no level follows",
     "Anhui\n\nLast year, Anhui's GDP grew 5.8 percent to 4.7 trillion yuan; its share, 4 percent to the nation.",
     [dict(value=5.8, metric="yoy_growth_pct")], [4]),
    ("... but a bare percentage that says what it is of is no gapped rate",
     "Anhui\n\nIn 2023, Anhui's exports were 60 billion yuan, up 8 percent, imports 40 billion yuan, 70 percent of "
     "them from Asia.",
     # (the share of a part of the imports, "70 percent of them": never a gapped growth rate)
     [dict(value=40e9, metric="level"), dict(value=70, metric="share_pct")], []),
    # the -ing forms of the reporting verbs, and "filed" for applications
    ("a count after 'by registering', with its own growth rate, dated by the sentence before",
     "Jinan\n\nJinan's patent office published its report for 2023. The city kept first place by registering 8,150 "
     "trademark applications, up 4.2 percent year on year.",
     [dict(value=8150, unit="count", period_end="2023-12-31"), dict(value=4.2, metric="yoy_growth_pct")], []),
    ("a count of applications filed, with its own growth rate",
     "Jinan\n\nJinan's patent office published its report for 2023. Local firms filed 2,900 applications, up 6 "
     "percent.",
     [dict(value=2900, unit="count", period_end="2023-12-31")], []),
    ("... but a count after a gerund with no growth rate, dated only by the sentence before, stays out",
     "Jinan\n\nJinan's exports rose 5 percent in 2023. The new hall opened, receiving 3,000 visitors.",
     [dict(value=5, metric="yoy_growth_pct")], [3000]),
    # counts of new jobs: created, the creation of, people employed (count_verb, count_passive)
    ("a count of jobs a region created",
     "Lhasa\n\nIn 2023, Lhasa created 21,000 new urban jobs.",
     [dict(value=21000, indicator="unclassified", period_end="2023-12-31")], []),
    ("... after 'the creation of'",
     "Lhasa\n\nIn 2023, the city's growth came with the creation of more than 21,000 jobs.",
     [dict(value=21000, qualifier="over")], []),
    ("... and people reported employed after the count",
     "Lhasa\n\nIn 2023, 21,000 people were employed in Lhasa's urban areas.",
     [dict(value=21000, unit="person")], []),
    ("... but not the staff a verb before the count gives a firm",
     "Lhasa\n\nIn 2023, the new plant in Lhasa, employing 1,200 people, opened.",
     [], [1200]),
    # a trade deficit is a negative trade balance (balances.py)
    ("a trade deficit's amount is a negative balance",
     "Zhuhai\n\nIn 2023, Zhuhai recorded a trade deficit of 4.2 billion yuan.",
     [dict(value=-4.2e9, unit="CNY", metric="level", period_end="2023-12-31", indicator="unclassified",
           measure_text="trade balance")], [4.2e9]),
    ("... filed as a trade balance whatever measure its clause names",
     "Zhuhai\n\nIn 2023, Zhuhai's exports fell as the deficit came to 4.2 billion yuan.",
     [dict(value=-4.2e9, indicator="unclassified", measure_text="trade balance")], []),
    ("... also when the deficit's verb and a move stand before it",
     "Zhuhai\n\nIn 2023, the deficit in Zhuhai's goods trade widened by 12 percent to 4.2 billion yuan.",
     [dict(value=-4.2e9, metric="level")], [4.2e9]),
    ("... but a fiscal deficit keeps its sign",
     "Zhuhai\n\nIn 2023, Zhuhai's fiscal deficit was 4.2 billion yuan.",
     [dict(value=4.2e9)], [-4.2e9]),
    ("... and so does another figure after a deficit's verb",
     "Zhuhai\n\nIn 2023, Zhuhai's trade deficit narrowed as exports rose to 40 billion yuan.",
     [dict(value=40e9)], [-40e9]),
    # volumes in cubic metres and litres are quantities (seeds/units.csv)
    ("a volume in cubic metres is a quantity",
     "Harbin\n\nIn 2023, Harbin's natural gas imports rose 12 percent to 3.1 billion cubic metres.",
     [dict(value=3.1e9, unit="cubic_meter", metric="level")], []),
    ("a volume in litres is a quantity",
     "Yinchuan\n\nIn 2023, Yinchuan's wineries produced 90 million litres of wine, up 6 percent.",
     [dict(value=90e6, unit="liter", metric="level")], []),
    ("... nor a number after a comma and a verb phrase (no list item)",
     "Ordos\n\nIn 2023, Ordos, a city that covers almost 87,000 million sq km, has a population of about 2.2 million.",
     [dict(value=2.2e6, unit="person")], []),
    ("... nor does a count take the money unit of the item before",
     "Anhui\n\nIn 2023, Anhui's GDP was 4.7 trillion yuan, up 5.8 percent; the population 61 million.",
     [dict(value=4.7e12, unit="CNY")], []),
    # ninth session: counts written "the number of ... reached 11,329", parts of counts, gapped shares,
    # rates listed before "respectively, year-on-year", a rate label that opens its line
    ("the number of a noun whose modifiers name a money measure is still a count",
     "Nantong\n\nIn 2022, the number of firms with import and export records in Nantong reached 9,870.",
     [dict(value=9870, indicator="unclassified", unit="count", period_end="2022-12-31")], []),
    ("... and both ends of its from-to move are counts of it",
     "Nantong\n\nThe number of firms with import and export records in Nantong increased from 4,210 in 2013 "
     "to 9,870 in 2022.",
     [dict(value=4210, unit="count", period_end="2013-12-31"), dict(value=9870, unit="count", period_end="2022-12-31")],
     []),
    ("... and a count restated exactly after the round number it passed keeps only the exact one",
     "Changzhou\n\nIn 2024, the number of specialized small firms in Changzhou passed 5,000 for the first time, "
     "reaching 5,318.",
     [dict(value=5318, unit="count", qualifier="exact")], [5000]),
    ("a count of the next clause's noun is not the number-of count's measure",
     "Hunan\n\nBy the end of 2023, the number of research institutes in Hunan rose from 1,105 to 1,420; the "
     "number of high-tech enterprises rose from 4,300 to 15,800.",
     [dict(value=1105, indicator="unclassified", unit="count"), dict(value=1420, indicator="unclassified")], []),
    ("parts of a count listed after including, past the whole's own growth rate",
     "Gansu\n\nIn the first half of 2024, 96 foreign-invested enterprises were set up in Gansu, up 12 percent "
     "year on year, including 21 in manufacturing and 60 in the service industry.",
     [dict(value=96, indicator="new_foreign_enterprises"),
      dict(value=21, indicator="new_foreign_enterprises", breakdown="sector=manufacturing", unit="count"),
      dict(value=60, indicator="new_foreign_enterprises", breakdown="sector=services", unit="count")], []),
    ("a part of a catalogued count after of which is never filed as the whole",
     "Hainan\n\nIn 2024, Hainan approved 1,320 new foreign-invested enterprises, of which 410 were from "
     "Hong Kong.",
     [dict(value=1320, indicator="new_foreign_enterprises", breakdown=None),
      dict(value=410, indicator="new_foreign_enterprises", breakdown="partner=Hong Kong")], []),
    ("later items of a gapped share list, when the whole names its year",
     "Ningxia\n\nPrimary industry accounted for 8.1 percent of Ningxia's 2022 GDP, secondary industry 48.3 "
     "percent and tertiary industry 43.6 percent.",
     [dict(value=48.3, metric="share_pct", indicator="secondary_industry_added_value", period_end="2022-12-31"),
      dict(value=43.6, metric="share_pct", indicator="tertiary_industry_added_value")], []),
    ("rates reached and listed before respectively and year-on-year are growth rates",
     "Xinjiang\n\nIn 2024, Xinjiang's trade with Kazakhstan and Uzbekistan grew fast, reaching 31.4 percent "
     "and 22.7 percent, respectively, year-on-year.",
     [dict(value=31.4, metric="yoy_growth_pct"), dict(value=22.7, metric="yoy_growth_pct")], []),
    ("a rate label that opens its line, its measure in lower case",
     "Zibo\n\n2024 results\n\nGeneral public budget revenue growth: 4.4 percent\n\nFiscal revenue growth: 3.9 percent",
     [dict(value=4.4, metric="yoy_growth_pct", indicator="general_public_budget_revenue", period_end="2024-12-31"),
      dict(value=3.9, metric="yoy_growth_pct")], []),
    # money or a physical quantity of a measure the catalogue lacks, dated by a period stated
    # two or three sentences before: a report runs on past the sentence right after its period
    ("an amount of money two sentences after its period",
     "Ningxia\n\nIn 2024, Ningxia's GDP grew 5.6 percent. Grain output was stable. The trade surplus came to "
     "8.2 billion yuan.",
     [dict(value=8.2e9, unit="CNY", metric="level", indicator="unclassified", period_end="2024-12-31")], []),
    ("a list of physical quantities two sentences after their period",
     "Gansu\n\nIn 2024, Gansu's GDP grew 5.8 percent. Farming held steady across the province. Beef output "
     "reached 0.41 million tons; mutton, 0.38 million tons.",
     [dict(value=410_000, unit="tonne", period_end="2024-12-31"),
      dict(value=380_000, unit="tonne", period_end="2024-12-31")], []),
    ("money after a clause of cause, three sentences after its period",
     "Qinghai\n\nQinghai's GDP rose 4.9 percent in 2023. Tourism recovered quickly. Hotels were full. Thanks "
     "to tax and fee cuts, firms in the province saved 3.4 billion yuan ($0.47 billion).",
     [dict(value=3.4e9, unit="CNY", metric="level", region="Qinghai", period_end="2023-12-31")], []),
    ("a count two sentences after its period still needs more than its number",
     "Hunan\n\nHunan's GDP grew 4.8 percent in 2024. Farming held steady. The museum welcomed 3,600 school groups.",
     [dict(value=4.8, metric="yoy_growth_pct")], [3600]),
    # counts of people: the noun the modifiers lead to says it ("local residents", "new urban jobs"),
    # and a reported count of people is a statistic of the period the text carries
    ("a count of people behind modifiers is in persons",
     "Shaanxi\n\nIn 2023, 4.65 million local residents were lifted out of poverty in Shaanxi.",
     [dict(value=4.65e6, unit="person", metric="level", indicator="unclassified")], []),
    ("jobs are counted in persons",
     "Hubei\n\nIn 2023, Hubei created 920,000 new urban jobs.",
     [dict(value=920_000, unit="person", metric="level")], []),
    ("a reported count of people, dated by the sentence before",
     "Guizhou\n\nIn 2023, Guizhou's GDP grew 4.9 percent. A total of 400,000 people escaped poverty.",
     [dict(value=400_000, unit="person", region="Guizhou", period_end="2023-12-31")], []),
    ("a passive report of jobs, dated two sentences before",
     "Hubei\n\nIn 2023, Hubei's GDP grew 6 percent. Consumption picked up. Some 880,000 new urban jobs were "
     "created.",
     [dict(value=880_000, unit="person", qualifier="approx", period_end="2023-12-31")], []),
    ("a reported count of things, dated by the sentence before, still needs its own rate",
     "Dalian\n\nIn 2023, Dalian's GDP grew 5 percent. The city boasted 27 national research institutes.",
     [dict(value=5, metric="yoy_growth_pct")], [27]),
    # a place that "has" a stock of things: a count the text reports; some other owner's count is not
    ("a place had a count of a noun the catalogue lacks",
     "Hubei\n\nAt the end of 2023, Hubei had more than 1,500 national-level little giant firms.",
     [dict(value=1500, unit="count", qualifier="over", region="Hubei", period_end="2023-12-31")], []),
    ("the city of a place has a count, dated by its own year",
     "Yantai\n\nBy the end of 2022, the city of Yantai had 1,260 technology-based SMEs in its parks.",
     [dict(value=1260, unit="count", region="Yantai")], []),
    ("a count a firm has is no statistic of the region",
     "Wuhan\n\nIn 2023, the carmaker had 5,000 employees in Wuhan.",
     [], [5000]),
    # a count whose noun stands before it, as the subject of a reporting verb
    ("a plural subject, a reporting verb, then a bare number: a count of the subject",
     "Hubei\n\nIn 2023, Hubei's 5G users reached 40 million.",
     [dict(value=40e6, unit="count", metric="level", indicator="unclassified")], []),
    ("a plural subject of people, with where they went, counted in persons",
     "Hubei\n\nIn 2023, overseas visitors to Hubei totalled 1.3 million.",
     [dict(value=1.3e6, unit="person", metric="level")], []),
    ("a plural subject with its own growth rate",
     "Hubei\n\nIn 2023, Hubei's broadband subscribers numbered 21.5 million, up 6 percent.",
     [dict(value=21.5e6, unit="count"), dict(value=6, metric="yoy_growth_pct")], []),
    ("a catalogue measure as the plural subject keeps its code",
     "Hubei\n\nIn 2023, Hubei's PCT applications amounted to 19,647.",
     [dict(value=19647, unit="count", indicator="pct_applications")], []),
    # a part's share of the whole just stated, the part marker right after the share or right before it
    ("a share, then of which: the share of a part, never the whole's share of itself",
     "Hubei\n\nIn 2023, Hubei's exports reached 120 billion yuan, 45 percent of which went to ASEAN.",
     [dict(value=45, metric="share_pct", indicator="exports", breakdown="partner=ASEAN")], []),
    ("of which, then a share",
     "Hubei\n\nIn 2023, Hubei's exports reached 120 billion yuan, of which 45 percent went to ASEAN.",
     [dict(value=45, metric="share_pct", indicator="exports", breakdown="partner=ASEAN")], []),
    ("a share of them after a count and its growth rate",
     "Anhui\n\nIn 2023, Anhui filed 3,120 PCT applications, up 14.2 percent, about 88.5 percent of them from "
     "local universities.",
     [dict(value=3120, indicator="pct_applications"), dict(value=14.2, metric="yoy_growth_pct"),
      dict(value=88.5, metric="share_pct", qualifier="approx")], []),
    ("among them, then a share of a count the catalogue lacks",
     "Hefei\n\nIn 2023, Hefei registered 50,000 new firms, among them 62 percent private ones.",
     [dict(value=50000, unit="count"), dict(value=62, metric="share_pct", indicator="unclassified")], []),
    ("a growth rate after of which stays a growth rate",
     "Hubei\n\nIn 2023, Hubei's exports rose 10 percent, of which machinery exports rose 12 percent.",
     [dict(value=10, metric="yoy_growth_pct", indicator="exports"), dict(value=12, metric="yoy_growth_pct")], []),
    ("a level its own rate reached 'to reach', dated by the sentence before",
     "Qujing\n\nIn the first half of 2023, Qujing's GDP grew 5.2 percent.\n\nHousehold spending is rising in "
     "Qujing too, with disposable income climbing 7.4 percent year-on-year to reach 12,380 yuan.",
     [dict(value=7.4, metric="yoy_growth_pct", period_end="2023-06-30"),
      dict(value=12380, unit="CNY", metric="level", period_end="2023-06-30")], []),
]

@pytest.mark.parametrize("name,text,expected,absent", RECALL_CASES, ids=[c[0] for c in RECALL_CASES])
def test_recall_case(name, text, expected, absent):
    check_case(name, text, expected, absent)


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


def test_imports_and_exports_of_is_one_measure_not_a_list_of_two():
    """"imports and exports of X and Y" names trade, one measure: its two
    figures belong to the two owners before it, never one to imports and
    one to exports."""
    text = ("Anhui\n\nIn 2024, foreign-invested enterprises and private enterprises in Anhui saw imports and "
            "exports of 520 billion yuan and 98 billion yuan, up 6.1% and 2.3% respectively.")
    facts = observations(text)
    assert {round(f.value * f.scale) for f in facts} >= {520_000_000_000, 98_000_000_000}
    assert not any(f.indicator in ("imports", "exports") for f in facts)


def test_an_undated_article_that_reports_relative_periods_has_no_document_year():
    """With no reference date, "From January to June" is of a year the text does
    not give: the one year it names elsewhere (a plan unveiled in June 2020) is no
    year for its undated figures ("during the period")."""
    from datetime import date as _date  # noqa: F401
    from indicator_warehouse.extract import extract_facts
    text = ("Hainan\n\nFrom January to June, 900 foreign-funded firms were set up in Hainan, up 300 percent. "
            "Foreign investment used during the period rose 500 percent to 900 million U.S. dollars.\n\n"
            "The province unveiled its free trade port plan in June 2020.")
    facts = extract_facts(text, None)
    assert not any(f.period_end is not None and f.period_end.year == 2020 for f in facts)


def test_an_amount_whose_unit_is_left_out_is_no_count_of_its_plural_subject():
    """"exports reached 40 million": a plural noun of money (cue kind amount_noun) before a
    reporting verb makes no count of itself."""
    facts = [f for f in observations("Hubei\n\nIn 2023, Hubei's exports reached 40 million.")
             if abs(f.value * f.scale - 40e6) < 1]
    assert not any(f.unit == "count" for f in facts)
