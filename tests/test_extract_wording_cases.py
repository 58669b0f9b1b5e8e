"""Sentence cases for wording seen in real regional-statistics reporting,
written for these tests after the patterns (not the text) of real articles.
The case format: tests/sentence_cases.py."""
from __future__ import annotations

import pytest

from sentence_cases import REF, check_case, extract_facts, observations


WORDING_CASES = [
    # --- an average growth rate with no word of a year, or a yearly rate since a start year, is an
    # average annual rate (dev, dev5, dev7; probed)
    ("'an average growth rate of' over a span is an average annual rate",
     "From 2019 to 2023, Zhongshan's exports posted an average growth rate of 9.2 percent.",
     [dict(value=9.2, metric="cagr_pct", indicator="exports")], []),
    ("... and so with its verb after the measure",
     "In the past two years, the average growth rate of Zhongshan's digital economy reached 13.6% by 2024.",
     [dict(value=13.6, metric="cagr_pct")], []),
    ("a yearly rate 'annually since' a start year is an average annual rate",
     "Zhongshan's fixed-asset investment has increased 30 percent annually since 2019, officials said in 2024.",
     [dict(value=30, metric="cagr_pct")], []),
    ("... but 'annually' alone stays year on year",
     "In 2024, Zhongshan's imports increased by 3 percent annually, while its exports fell 6.4 percent.",
     [dict(value=3, metric="yoy_growth_pct", indicator="imports")], []),
    ("the national average growth rate is the country's rate, not an average over years",
     "Zhongshan's GDP grew 6.5 percent in 2024, above the national average growth rate of 5 percent.",
     [dict(value=5, metric="yoy_growth_pct", region="China")], []),
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
    # (a stock in the present is on the article's date when that is later than the latest period:
    # tests/test_extract_period_cases.py; a count the catalogue lacks still takes the latest period)
    ("a sentence in the present takes the article's latest period, not the one just recalled",
     "Shenzhen tech\n\nIn 2023, Shenzhen's GDP reached 3.46 trillion yuan. In 2019, by comparison, the city's GDP "
     "was 2.69 trillion yuan. The city currently has more than 24,000 high-tech enterprises and 1,100 seed "
     "farms.",
     [dict(value=2.69e12, period_end="2019-12-31"), dict(value=24000, period_end="2025-03-10"),
      dict(value=1100, period_end="2023-12-31")], []),
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
    ("later items of a list take the bracketed rate's reading of the first",
     "Shanxi\n\nIn 2021, Shanxi increased its output of coal (up 10.5%), coke (4.2%) and electricity (6.3%).",
     [dict(value=10.5, metric="yoy_growth_pct"), dict(value=4.2, metric="yoy_growth_pct"),
      dict(value=6.3, metric="yoy_growth_pct")], []),
    ("later bracketed items after a fall are falls too, with as well as",
     "Jiangxi\n\nIn 2020, Jiangxi cut its output of pig iron (down 3.5 percent), as well as "
     "steel (2.1 percent) and flat glass (6 percent).",
     [dict(value=-3.5, metric="yoy_growth_pct"), dict(value=-2.1, metric="yoy_growth_pct"),
      dict(value=-6, metric="yoy_growth_pct")], []),
    ("bracketed shares of a list",
     "Guangdong\n\nIn 2021, services accounted for the largest share of Guangdong's GDP (54.6%), "
     "followed by industry (39.1%) and farming (4.3%).",
     [dict(value=54.6, metric="share_pct"), dict(value=39.1, metric="share_pct")], []),
    ("a bracketed rate after a contrast is not read as the list's",
     "Shanxi\n\nIn 2021, Shanxi's exports of coal fell sharply (down 10.5%), and coke (4.2%), "
     "while electricity (6.3%) rose.",
     [dict(value=-10.5, metric="yoy_growth_pct")], [-6.3]),
    ("plural rate nouns before of: rises of, respectively",
     "Anhui\n\nIn 2021, Anhui's exports and imports grew, with year-on-year rises of 21.2 percent "
     "and 7.4 percent, respectively.",
     [dict(indicator="exports", value=21.2, metric="yoy_growth_pct"),
      dict(indicator="imports", value=7.4, metric="yoy_growth_pct")], []),
    ("plural fall nouns before of",
     "Anhui\n\nIn 2022, Anhui's exports and imports recorded declines of 3.1 percent and 5 percent respectively.",
     [dict(indicator="exports", value=-3.1, metric="yoy_growth_pct"),
      dict(indicator="imports", value=-5, metric="yoy_growth_pct")], []),
    ("a rate more or less than no named base is against the year before",
     "Anhui\n\nIn 2021, Anhui's exports totalled 40 billion yuan (7 percent less) and its imports "
     "60 billion yuan (2.9 percent more).",
     [dict(indicator="exports", value=-7, metric="yoy_growth_pct"),
      dict(indicator="imports", value=2.9, metric="yoy_growth_pct")], []),
    ("a percent sign written solid against the next word",
     "Sichuan\n\nIn 2021, Sichuan's exports were 121 billion yuan, an increase of 15.1%over the previous year, "
     "and its imports fell 2.5%year on year.",
     [dict(value=15.1, metric="yoy_growth_pct"), dict(value=-2.5, metric="yoy_growth_pct")], []),
    ("a year's growth at an annual rate",
     "Shaanxi\n\nShaanxi's GDP grew at an annual rate of 6.4 percent in 2018.",
     [dict(indicator="gdp", value=6.4, metric="yoy_growth_pct", period_end="2018-12-31")], []),
    ("a year's growth at a year-on-year pace; an average annual rate stays an average",
     "Shaanxi\n\nShaanxi's exports rose at a year-on-year pace of 11 percent in 2019. Its imports grew at "
     "an average annual rate of 5 percent from 2015 to 2019.",
     [dict(indicator="exports", value=11, metric="yoy_growth_pct"),
      dict(value=5, metric="cagr_pct")], []),
    ("an earlier share set against the one just read is of the same measure",
     "Hubei\n\nR&D spending accounted for 2.4 percent of Hubei's GDP in 2020, compared to 2.2 percent in 2019.",
     [dict(indicator="rd_intensity", value=2.4, metric="share_pct", period_end="2020-12-31"),
      dict(indicator="rd_intensity", value=2.2, metric="share_pct", period_end="2019-12-31")], []),
    ("an earlier growth rate set against the one just read, against a year",
     "Hunan\n\nHunan's retail sales grew 9.8 percent in 2018, against 10.6 percent in 2017.",
     [dict(indicator="retail_sales", value=10.6, metric="yoy_growth_pct", period_end="2017-12-31")], []),
    ("a rate compared with an average is no earlier rate",
     "Hunan\n\nHunan's GDP grew 7.8 percent in 2018, compared with the national average of 6.6 percent.",
     [dict(value=7.8, metric="yoy_growth_pct")], [6.6]),
    ("a rate more than a named base stays a comparison",
     "Anhui\n\nIn 2021, Anhui's exports grew 7 percent, 2 percent more than the national average.",
     [dict(value=7, metric="yoy_growth_pct")], [2]),
    # --- metric wordings found by probing (eval/probes/metric_probes.py) ---
    ("more growth and fall verbs: ballooned, sank, eased",
     "Trade\n\nIn 2023, Shantou's exports ballooned 17 percent, while its imports sank 6 percent and "
     "its retail sales eased 0.4 percent.",
     [dict(value=17, metric="yoy_growth_pct"), dict(value=-6, metric="yoy_growth_pct"),
      dict(value=-0.4, metric="yoy_growth_pct")], []),
    ("negative growth of is a fall",
     "In 2022, Zhanjiang's imports recorded negative growth of 4.8 percent.",
     [dict(value=-4.8, metric="yoy_growth_pct", region="Zhanjiang")], []),
    ("minus before a rate is a fall",
     "In 2020, Jiangmen's exports grew minus 3.3 percent.",
     [dict(value=-3.3, metric="yoy_growth_pct", region="Jiangmen")], []),
    ("the decline narrowed to: a fall that got smaller is still a fall",
     "In the first half of 2023, the decline in Zhaoqing's exports narrowed to 2.6 percent.",
     [dict(value=-2.6, metric="yoy_growth_pct", region="Zhaoqing", period_end="2023-06-30")], []),
    ("growth widened to: a rise",
     "In 2023, growth in Maoming's retail sales widened to 5.1 percent.",
     [dict(value=5.1, metric="yoy_growth_pct", region="Maoming")], []),
    ("compound annual growth of is an average annual rate",
     "From 2018 to 2023, Yangjiang's exports posted a compound annual growth of 8.8 percent.",
     [dict(value=8.8, metric="cagr_pct", region="Yangjiang")], []),
    ("mom and qoq short forms are sequential rates, not year on year",
     "In May 2024, Qingyuan's retail sales slipped 0.9% mom.",
     [], [-0.9, 0.9]),
    ("ppt is a percentage point",
     "In 2023, the share of services in Meizhou's GDP rose 0.8 ppt.",
     [dict(value=0.8, metric="change", unit="percentage_point", region="Meizhou")], []),
    ("just over and just under are qualifiers",
     "In 2023, Heyuan received just over 40 million tourist visits, and its exports were just under "
     "30 billion yuan.",
     [dict(value=40e6, qualifier="over"), dict(value=30e9, qualifier="under")], []),
    ("an adjective between the growth verb and the rate",
     "In 2023, Chaozhou's exports grew by a robust 11 percent.",
     [dict(value=11, metric="yoy_growth_pct", region="Chaozhou")], []),
    ("a percent share of the total is a share",
     "In 2023, Shanwei's seafood exports took a 12 percent share of the city's total exports.",
     [dict(value=12, metric="share_pct", region="Shanwei")], []),
    ("the national total in a year is the share's own year",
     "Yunfu's stone exports accounted for 9.5 percent of the national total in 2023.",
     [dict(value=9.5, metric="share_pct", region="Yunfu", period_end="2023-12-31")], []),
    ("an urbanization rate is a level, as the annotation guide says",
     "In 2023, Shaoguan's urbanization rate was 58.2 percent.",
     [dict(value=58.2, metric="level", indicator="urbanization_rate", region="Shaoguan")], []),
    ("a rate reached after a change in points reads its subject's words",
     "In 2023, Zhanjiang's GDP growth rate rose 1.1 percentage points to 4.1 percent.",
     [dict(value=1.1, metric="change"), dict(value=4.1, metric="yoy_growth_pct", region="Zhanjiang")], []),
    ("a year earlier after a part-year base level is the same period a year before",
     "In the first quarter of 2024, Meizhou's exports were 5 billion yuan, up from 4.2 billion yuan a year earlier.",
     [dict(value=5e9, period_end="2024-03-31"), dict(value=4.2e9, period_end="2023-03-31")], []),
    ("an amount's change, then the same change as a rate after 'or'",
     "In 2023, Qingyuan's exports increased by 3.1 billion yuan over 2022, or 6.4 percent.",
     [dict(value=3.1e9, metric="change"), dict(value=6.4, metric="yoy_growth_pct", region="Qingyuan")], []),
    ("a fall in an amount, then the rate after 'or', signed as the amount",
     "In 2023, Yangjiang's imports fell by 800 million yuan, or 3.9 percent, from a year earlier.",
     [dict(value=-800e6, metric="change"), dict(value=-3.9, metric="yoy_growth_pct")], []),
    ("'was up' before an amount is a change",
     "In 2023, Heyuan's tourism revenue was up 2 billion yuan on 2022.",
     [dict(value=2e9, metric="change", region="Heyuan")], []),
    ("'set up' before an amount is no change",
     "In 2023, Heyuan set up a 2 billion yuan industrial fund.",
     [dict(value=2e9, metric="level")], []),
    ("a year ago after a part-year base level is the same period a year before",
     "In the first half of 2024, Chaozhou's exports were 9 billion yuan, against 8.5 billion yuan a year ago.",
     [dict(value=9e9, period_end="2024-06-30"), dict(value=8.5e9, period_end="2023-06-30")], []),
    ("a base after another rate is that rate's: the first stays year on year",
     "In the first four months of 2021, Jieyang's exports rose 28.5 percent year on year, an increase of "
     "14.2 percent over the same period in 2019.",
     [dict(value=28.5, metric="yoy_growth_pct", period_type="ytd", region="Jieyang")], []),
    ("a value in points after 'up from' is where the same series started",
     "In 2023, services contributed 3.1 percentage points to Shaoguan's growth, up from 2.4 percentage points "
     "in 2022.",
     [dict(value=3.1, metric="level"), dict(value=2.4, metric="level", period_end="2022-12-31")], []),
    ("a level after 'from' with no period of its own is left out, and the current one stays in its series",
     "In 2023, Yunfu's exports rose 6 percent to 19 billion yuan from 17.9 billion yuan.",
     [dict(value=19e9, indicator="exports", period_end="2023-12-31"), dict(value=6, metric="yoy_growth_pct")],
     [17.9e9]),
    ("a year earlier after a stock is the stock a year before",
     "At the end of 2023, Shanwei had 600 high-tech enterprises, up from 520 a year earlier.",
     [dict(value=600, period_end="2023-12-31"), dict(value=520, period_end="2022-12-31")], []),
    ("a growth verb, then at and the rate",
     "Shaanxi\n\nIn 2023, Shaanxi's retail sales grew at 6.1 percent, and its exports were expanding at 4.9 "
     "percent year on year.",
     [dict(value=6.1, metric="yoy_growth_pct", indicator="retail_sales"),
      dict(value=4.9, metric="yoy_growth_pct", indicator="exports")], []),
    ("a level after at is still a level: stood at, with imports at",
     "Hubei\n\nIn 2023, Hubei's exports rose to 410 billion yuan, with imports at 190 billion yuan.",
     [dict(value=410e9, metric="level"), dict(value=190e9, metric="level")], []),
    ("a number hyphened to a name is no figure, and does not cut the sentence's subject off",
     "Zhejiang\n\nJiaxing in East China's Zhejiang Province saw trade recover for the first time since the "
     "COVID-19 outbreak, with its exports in 2023 reaching 280 billion yuan.",
     [dict(value=280e9, region="Jiaxing", indicator="exports")], [19]),
    ("a part of a province that only says where a city lies leaves the city the subject",
     "Jiangsu\n\nChangzhou, in southern Jiangsu province, reported GDP of 1.0 trillion yuan in 2023. "
     "Lianyungang, a port city in northern Jiangsu, handled exports of 60 billion yuan in 2023.",
     [dict(value=1.0e12, region="Changzhou", indicator="gdp"), dict(value=60e9, region="Lianyungang")], []),
    ("a gapped rate after a first rate's year on year: the verb is the first one's",
     "Sichuan\n\nIn 2023, Sichuan's exports climbed 8.4 percent year on year, imports by 3.7 percent.",
     [dict(value=8.4, metric="yoy_growth_pct", indicator="exports"),
      dict(value=3.7, metric="yoy_growth_pct", indicator="imports")], []),
    ("... but a qualifier alone after the comma is no list item: a share of which, never a growth rate",
     "Hubei\n\nIn the first half of 2024, Hubei received 12,400 patent applications, up 18.5% year on year, "
     "about 90.5% of which came from firms.",
     # (the share a part takes of the applications: test_extract_recall_cases.py)
     [dict(value=18.5, metric="yoy_growth_pct"), dict(value=90.5, metric="share_pct", qualifier="approx")], []),
    ("a plan in the active voice and a forecast are no observations; faster than predicted is",
     "Henan\n\nThe carmaker expects to build 500,000 cars in Henan in 2026. The bureau predicts growth of 6.5 "
     "percent for Henan's GDP in 2026. Henan's GDP grew 5.3 percent in 2024, faster than predicted.",
     [dict(value=5.3, metric="yoy_growth_pct", period_end="2024-12-31")], [500000, 6.5]),
    # a month range after a measure is its period, never a trading partner (complements.py)
    ("a month range after 'from' is the period: the whole trade, not a partner's",
     "Shaanxi trade\n\nShaanxi's total import and export value from January to October climbed to 410 billion "
     "yuan, up 8.2 percent year on year.",
     [dict(value=410e9, indicator="foreign_trade", breakdown=None, period_end="2024-10-31"),
      dict(value=8.2, indicator="foreign_trade", breakdown=None)], []),
    ("... and a real partner after the period still is one",
     "Jiangxi trade\n\nJiangxi's exports to Africa from February to June totalled 21 billion yuan in 2024.",
     [dict(value=21e9, indicator="exports", breakdown="partner=Africa")], []),
    # rates listed after "respectively" pair with the levels listed before it (lists.py)
    ("rates after 'respectively' pair in order with the levels it closed",
     "Gansu trade\n\nIn 2023, Gansu's exports and imports came to 31 billion yuan and 45 billion yuan "
     "respectively, rising 12.4 percent and 3.1 percent over 2022.",
     [dict(value=12.4, indicator="exports", metric="yoy_growth_pct"),
      dict(value=3.1, indicator="imports", metric="yoy_growth_pct")], []),
    ("... with a year between 'respectively' and the rates",
     "Hebei\n\nHebei's retail sales and fixed-asset investment stood at 1.5 trillion yuan and 900 billion yuan "
     "respectively in 2022, gaining 2 percent and 7.9 percent.",
     [dict(value=2, indicator="retail_sales", metric="yoy_growth_pct"),
      dict(value=7.9, indicator="fixed_asset_investment", metric="yoy_growth_pct")], []),
    # a sector as the subject, its generic measure noun as the object (indicators.py)
    ("a sector that 'yielded a value added of' is that sector's value added",
     "Ningxia\n\nIn 2021 the secondary industry of Ningxia posted an added value of 205 billion yuan, up 6 "
     "percent.",
     [dict(value=205e9, indicator="secondary_industry_added_value", breakdown=None)], []),
    ("... with the place between the subject and the verb",
     "Jilin\n\nThe primary industry in Jilin generated a value added of 170 billion yuan in 2020.",
     [dict(value=170e9, indicator="primary_industry_added_value")], []),
    # a level that is a share of its own measure's total in its own place is a part (wholes.py)
    ("a level said to be most of the place's own total is a part, not the whole",
     "Hubei R&D\n\nHubei's R&D spending reached 110 billion yuan in 2022. Enterprises there put in 85 "
     "billion yuan of R&D investment in 2022, making up 77 percent of the province's total R&D spending.",
     [dict(value=110e9, indicator="rd_expenditure", breakdown=None),
      dict(value=85e9, indicator="rd_expenditure", breakdown="performer=enterprises")], []),
    ("... also after the level's own growth rate",
     "Anhui\n\nIn 2021, R&D spending of 60 billion yuan has been made by firms in Anhui, up 14 percent, "
     "accounting for 80 percent of the total R&D spending in the whole province.",
     [dict(value=60e9, indicator="unclassified")], []),
    ("... but a share of the national total, or a city's share of its province's, leaves it whole",
     "Trade\n\nShandong's exports reached 1.8 trillion yuan in 2023, accounting for 7.6 percent of the "
     "national total. Qingdao's exports were 500 billion yuan in 2023, accounting for 28 percent of the "
     "province's total.",
     [dict(value=1.8e12, indicator="exports", region="Shandong"),
      dict(value=500e9, indicator="exports", region="Qingdao")], []),
    # the owner as the subject of "posted/saw <change noun> in <measure>" (phrase_words.py)
    ("an owner that 'posted rapid growth in' a measure names that measure's part",
     "Ningbo trade\n\nIn 2022, Ningbo's private firms posted rapid growth in imports and exports, climbing 12 "
     "percent to 800 billion yuan.",
     [dict(value=800e9, indicator="foreign_trade", breakdown="ownership=private"),
      dict(value=12, indicator="foreign_trade", breakdown="ownership=private")], []),
    ("... and so does 'registered a sharp rise in'",
     "Hefei\n\nIn 2023, state-owned enterprises in Hefei registered a sharp rise in exports, up 30 percent "
     "to 40 billion yuan.",
     [dict(value=40e9, indicator="exports", breakdown="ownership=state-owned")], []),
    # a real-terms rate beside the nominal one of the same series (real_rates.py)
    ("a rate at constant prices beside the nominal rate is kept unclassified; the nominal one is the series'",
     "Sichuan R&D\n\nSichuan's R&D spending reached 121 billion yuan in 2021, up 15.2 percent. At constant "
     "prices, Sichuan's R&D spending grew 12.9 percent in 2021.",
     [dict(value=15.2, indicator="rd_expenditure"), dict(value=12.9, indicator="unclassified")], []),
    ("... and after deducting price factors",
     "Guizhou\n\nGuizhou's retail sales rose 6.8 percent in 2023. After deducting price factors, "
     "Guizhou's retail sales grew 6.1 percent in 2023.",
     [dict(value=6.8, indicator="retail_sales"), dict(value=6.1, indicator="unclassified")], []),
    ("... but a real rate stated alone, or GDP's, stays the series'",
     "Shanxi\n\nShanxi's retail sales grew 4.4 percent in real terms in 2022. Shanxi's GDP grew 4.4 "
     "percent at constant prices in 2022, or 9.1 percent in nominal terms.",
     [dict(value=4.4, indicator="retail_sales"), dict(value=4.4, indicator="gdp")], []),
    # "the exports" takes the partner of the trade the sentence before named, across a paragraph break
    ("'the exports' in the paragraph after a partner's trade are that partner's exports",
     "Yunnan trade\n\nYunnan's trade with ASEAN members rose 8 percent to 120 billion yuan in 2023.\n\n"
     "In 2023, the exports climbed 11 percent to 70 billion yuan.",
     [dict(value=70e9, indicator="exports", breakdown="partner=ASEAN")], []),
    ("... but the province's total exports after it stay whole",
     "Yunnan trade\n\nYunnan's trade with ASEAN members rose 8 percent to 120 billion yuan in 2023.\n\n"
     "In 2023, the province's total exports climbed 5 percent to 180 billion yuan.",
     [dict(value=180e9, indicator="exports", breakdown=None)], []),
    # a year and its comma before the subject are no count of it (measure_phrase.py, phrase_words.py)
    ("'In 2022, private firms in X posted exports of' is the private firms' exports, not a count of firms",
     "Wuhan\n\nIn 2022, private firms in Wuhan posted exports of 150 billion yuan.",
     [dict(value=150e9, indicator="exports", breakdown="ownership=private")], []),
    ("... while '3,200 companies in X exported goods' still counts companies",
     "Xiamen\n\nIn 2023, 3,200 companies in Xiamen exported goods, up 5.1 percent.",
     [dict(value=5.1, indicator="unclassified")], []),
    # what plants could make is no output (indicators.py, cues.csv capacity_cue)
    ("a count of what a place 'is able to build' a year is a capacity, not output",
     "Changchun\n\nChangchun made 1.9 million cars in 2022, and its plants are capable of turning out 3 million "
     "cars a year.",
     [dict(value=1.9e6, indicator="auto_output")], []),
    ("... and so is 'a production capacity of'",
     "Xi'an\n\nIn 2023 Xi'an produced 1 million new energy vehicles, with a production capacity of 1.5 "
     "million new energy vehicles.",
     [dict(value=1e6, indicator="nev_output")], []),
    ("'the growth of <measure> was N percent': the growth noun opens the subject, a growth rate",
     "Lhasa\n\nIn 2024, the growth of Lhasa's retail sales was 9.2 percent.",
     [dict(value=9.2, indicator="retail_sales", metric="yoy_growth_pct", period_end="2024-12-31")], []),
    ("... also with 'reached' and no article, after another clause's rate",
     "Lhasa\n\nIn 2024, Lhasa's exports rose 12 percent, and growth of imports reached 8.1 percent.",
     [dict(value=12, indicator="exports", metric="yoy_growth_pct"),
      dict(value=8.1, indicator="imports", metric="yoy_growth_pct")], []),
    ("... but a share of the growth is a contribution to growth (no growth rate, and out: optional in the gold)",
     "Lhasa\n\nIn 2024, tourism accounted for 40 percent of the growth of Lhasa's economy.",
     [], [40]),
    # a comparative with no "than", then words of a year-on-year basis: a year-on-year rate
    ("'which is by N% more in annual terms' after a level: its growth rate",
     "Sanya\n\nIn 2024, Sanya's exports came to 8 billion yuan, which is by 12% more in annual terms.",
     [dict(value=8e9, metric="level"), dict(value=12, metric="yoy_growth_pct", indicator="exports")], []),
    ("'N% more compared to the previous year' after a count",
     "Sanya\n\nIn 2024, 150 foreign-funded firms opened in Sanya, which is 3.5% more compared to the previous year.",
     [dict(value=3.5, metric="yoy_growth_pct", period_end="2024-12-31")], []),
    ("'N% less year on year': a fall",
     "Sanya\n\nIn 2024, Sanya's imports were 5 billion yuan, which was 4% less year on year.",
     [dict(value=-4, metric="yoy_growth_pct", indicator="imports")], []),
    ("'N percent more than that during the same period of <year>': against the year before",
     "Sanya\n\nIn the first half of 2024, Sanya's exports were 4 billion yuan, 9 percent more than that during "
     "the same period of 2023.",
     [dict(value=9, metric="yoy_growth_pct", period_end="2024-06-30")], []),
    ("... but 'N percent more than' another place stays out",
     "Sanya\n\nIn 2024, Sanya's GDP was 15 percent more than Haikou's.",
     [], [15]),
    ("a measure 'in the economy' is that measure, not GDP",
     "Sanya\n\nPaid-in foreign capital in Sanya's economy rose 30 percent to 2.1 billion U.S. dollars in 2023.",
     [dict(value=2.1e9, indicator="fdi_actual_use", metric="level"),
      dict(value=30, indicator="fdi_actual_use", metric="yoy_growth_pct")], []),
    ("... and the economy as a verb's object names no measure",
     "Datong\n\nIn 2023, the steel sector's output propelled the economy with a rise of 21.4 percent.",
     [dict(value=21.4, indicator="unclassified", metric="yoy_growth_pct")], []),
    ("... while the economy as the subject is still GDP",
     "Datong\n\nIn 2023, Datong's economy expanded 4.8 percent to 210 billion yuan.",
     [dict(value=210e9, indicator="gdp"), dict(value=4.8, indicator="gdp")], []),
    ("... nor does the measure of the sentence before carry to it",
     "Datong\n\nDatong's GDP grew 4.8 percent in 2023. The steel sector's output propelled the economy with a "
     "rise of 21.4 percent in 2023.",
     [dict(value=4.8, indicator="gdp"), dict(value=21.4, indicator="unclassified")], []),
    ("a share contributed to economic growth is a contribution (optional in the gold): out",
     "Zunyi\n\nIn 2023, Zunyi's GDP grew 6 percent; consumption, a pillar of the city's economy, contributed "
     "55 percent to economic growth.",
     [dict(value=6, indicator="gdp")], [55]),
    ("... and growth in the economy is still GDP growth",
     "Datong\n\nGrowth in Datong's economy eased to 4.1 percent in 2023.",
     [dict(value=4.1, indicator="gdp", metric="yoy_growth_pct")], []),
    ("vehicles exported are not vehicles made, even when made somewhere",
     "Urumqi\n\nIn 2023, China-made cars exported via Urumqi climbed to 9,000 units.",
     [dict(value=9000, indicator="unclassified")], []),
    ("'churned out' is production",
     "Changchun\n\nIn 2023, Changchun churned out 950,000 cars.",
     [dict(value=950000, indicator="auto_output")], []),
    ("the ports' throughput is the port measure itself",
     "Ningbo\n\nIn 2023, Ningbo ports' cargo throughput came to 1.2 billion tonnes.",
     [dict(value=1.2e9, indicator="cargo_throughput")], []),
    ("a share of economic growth is a contribution, not a share of the measure (optional in the gold): out",
     "Zunyi\n\nIn 2023, Zunyi's construction output reached 40 billion yuan; industrial added value came to "
     "90 billion yuan, making up 41.2 percent of economic growth.",
     [dict(value=90e9, indicator="industrial_value_added")], [41.2]),
    ("investment in names that share a head is no sector's value added",
     "Yan'an\n\nIn 2019, investment in the primary and tertiary industries grew 4.4 percent and 12.7 percent.",
     [dict(value=4.4, indicator="unclassified"), dict(value=12.7, indicator="unclassified")], []),
    ("... while the names alone are their value added",
     "Yan'an\n\nIn 2019, the primary and tertiary industries grew 4.4 percent and 12.7 percent.",
     [dict(value=4.4, indicator="primary_industry_added_value"),
      dict(value=12.7, indicator="tertiary_industry_added_value")], []),
    ("a rate that grew to a quantity in another unit is not the money measure's growth",
     "Ningxia\n\nIn 2022, Ningxia's natural gas imports soared 61 percent to reach 2.3 billion cubic metres.",
     [dict(value=61, indicator="unclassified", metric="yoy_growth_pct"),
      dict(value=2.3e9, unit="cubic_meter", indicator="unclassified")], []),
    ("... while a rate that grew to money stays the measure's",
     "Ningxia\n\nIn 2022, Ningxia's imports soared 61 percent to reach 23 billion yuan.",
     [dict(value=61, indicator="imports", metric="yoy_growth_pct"), dict(value=23e9, indicator="imports")], []),
    ("sales at or under county level are the rural part",
     "Qujing\n\nIn 2010, retail sales of consumer goods in areas at or below the county level rose 17 percent "
     "to 30.5 billion yuan.",
     [dict(value=30.5e9, indicator="retail_sales", breakdown="residence=rural"),
      dict(value=17, indicator="retail_sales", breakdown="residence=rural")], []),
    ("a threshold passed and then the exact figure are one value of the series, not two",
     "Lishui\n\nIn 2022, Lishui's foreign trade passed $20 billion for the first time, reaching $21.4 billion.",
     [dict(value=21.4e9, indicator="foreign_trade", breakdown=None)], [20e9]),
    ("... so is a mark after the exact figure",
     "Lishui\n\nLishui's exports hit 95.3 billion yuan in 2022, surpassing the 90 billion yuan mark.",
     [dict(value=95.3e9, indicator="exports")], [90e9]),
    ("... and a threshold after a verb of passing and 'the', with no mark noun",
     "Lishui\n\nIn 2022, Lishui's exports went over the $10-billion for the first time, to $10.8 billion.",
     [dict(value=10.8e9, indicator="exports")], [10e9]),
    ("... and 'broke through' a round figure to reach the exact one",
     "Lishui\n\nLishui's retail sales of consumer goods broke through 100 billion yuan in 2022 to reach "
     "104.6 billion yuan.",
     [dict(value=104.6e9, indicator="retail_sales")], [100e9]),
    ("two exact values of one series in a sentence are still two claims, neither filed",
     "Lishui\n\nIn 2022, Lishui's exports reached 95.3 billion yuan, or 95.8 billion yuan by another count.",
     [dict(value=95.3e9, indicator="unclassified"), dict(value=95.8e9, indicator="unclassified")], []),
    ("'privately owned' businesses are the private owners of a part",
     "Jiaxing\n\nIn 2022, privately owned businesses contributed 210 billion yuan to Jiaxing's foreign trade.",
     [dict(value=210e9, indicator="foreign_trade", breakdown="ownership=private")], []),
    ("a partner as the subject of a share of the whole is the partner's share",
     "Jiaxing\n\nIn 2022, countries along the Belt and Road accounted for 35 percent of Jiaxing's foreign trade.",
     [dict(value=35, indicator="foreign_trade", breakdown="partner=Belt and Road countries", metric="share_pct")], []),
    ("... and each share of a list of wholes is of its own whole, not of the one before",
     "Jiaxing\n\nIn 2022, the EU accounted for 21 percent of Jiaxing's exports and 9 percent of its imports.",
     [dict(value=21, indicator="exports", breakdown="partner=European Union"),
      dict(value=9, indicator="imports", breakdown="partner=European Union")], []),
    ("a trade verb's participle before goods names the goods' part of the measure",
     "Jiaxing\n\nIn 2022, exports came to 180 billion yuan, with exported high-tech products totaling "
     "40 billion yuan.",
     [dict(value=180e9, indicator="exports", breakdown=None),
      dict(value=40e9, indicator="exports", breakdown="product=high-tech products")], []),
    ("... goods the vocabulary lacks leave it unnamed, never the whole",
     "Jiaxing\n\nImported timber totaled 3 billion yuan in 2022, while imports reached 60 billion yuan.",
     [dict(value=3e9, indicator="unclassified"), dict(value=60e9, indicator="imports", breakdown=None)], []),
    ("a count of a stock's members before a passive verb of creation is the new members",
     "Wuhu\n\nIn 2022, more than 600 high-tech enterprises were established in Wuhu.",
     [dict(value=600, indicator="high_tech_enterprises", breakdown="status=new")], []),
    ("... also 'were newly certified'",
     "Wuhu\n\nIn 2022, 450 tech SMEs in Wuhu were newly certified.",
     [dict(value=450, indicator="tech_smes", breakdown="status=new")], []),
    ("... but a measure that is itself a flow of new members stays whole",
     "Wuhu\n\nIn 2022, 80 foreign-invested enterprises were set up in Wuhu.",
     [dict(value=80, indicator="new_foreign_enterprises", breakdown=None)], []),
    ("... and a stock's count with no such verb is the stock",
     "Wuhu\n\nBy the end of 2022, Wuhu had 1,900 high-tech enterprises.",
     [dict(value=1900, indicator="high_tech_enterprises", breakdown=None)], []),
    ("'from' a sector, before a measure with no trading partners, says whose it is",
     "Jilin\n\nIn 2004, the added value from high-tech industries in Jilin was 35.2 billion yuan.",
     [dict(value=35.2e9, indicator="value_added", breakdown="sector=high-tech industries")], []),
    ("... one the vocabulary lacks leaves it unnamed, never the whole",
     "Jilin\n\nIn 2004, the added value from the automobile industry in Jilin was 35.2 billion yuan.",
     [dict(value=35.2e9, indicator="unclassified")], []),
    ("... while 'from' before a trade measure's name is still its partner",
     "Jilin\n\nIn 2004, Jilin's imports from Africa were 1.2 billion yuan.",
     [dict(value=1.2e9, indicator="imports", breakdown="partner=Africa")], []),
    ("a round bullet opens a line of its own, even after a line with no full stop",
     "Hubei\n\nIn 2018 the province's economy kept growing, as the figures below show for the whole year\n"
     "● The province's total retail sales of consumer goods exceeded 1.65 trillion yuan, a growth of 10.9 percent\n"
     "● E-commerce transaction volume reached 1.86 trillion yuan, a year-on-year increase of 24 percent\n"
     "● Online retail sales brought 207 billion yuan, up 24.7 percent year on year",
     [dict(value=1.65e12, indicator="retail_sales"), dict(value=10.9, indicator="retail_sales")], []),
    ("a city's share of 'the province's' GDP is the city's share of a GDP, not a ratio to its own",
     "Hohhot\n\nHohhot accounted for about 16 percent of the province's total GDP in 2013.",
     [dict(value=16, indicator="gdp", metric="share_pct", region="Hohhot")], []),
    ("... while R&D spending set against the province's GDP is still its intensity",
     "Hubei\n\nIn 2013, R&D spending in Hubei was equal to 1.8 percent of the province's GDP.",
     [dict(value=1.8, indicator="rd_intensity")], []),
    ("a name that opens a clause of its own after a comma has its own subject, not the clause's before",
     "Hubei\n\nIn 2019, new foreign-invested enterprises increased by 21.5%, imports increased by 8.4%.",
     [dict(value=8.4, indicator="imports", breakdown=None)], []),
    ("... but a name after its clause's figure keeps that clause's subject",
     "Hubei\n\nIn 2019, private firms contributed 180 billion yuan to Hubei's foreign trade, up 14 percent.",
     [dict(value=180e9, indicator="foreign_trade", breakdown="ownership=private"),
      dict(value=14, indicator="foreign_trade", breakdown="ownership=private")], []),
    ("... but the participle before the measure's own noun is the whole",
     "Jiaxing\n\nIn 2022, the exported value climbed to 18 billion dollars.",
     [dict(value=18e9, indicator="exports", breakdown=None)], []),
]

@pytest.mark.parametrize("name,text,expected,absent", WORDING_CASES, ids=[c[0] for c in WORDING_CASES])
def test_wording_case(name, text, expected, absent):
    check_case(name, text, expected, absent)


def test_each_year_after_a_figure_is_a_frequency_not_a_list_of_places():
    text = ("Delta economy\n\nBetween 2019 and 2023, Zhuhai and Foshan cut red tape, and Foshan's exports rose "
            "7 percent each year.")
    facts = [f for f in observations(text) if abs(f.value - 7) < 1e-9]
    assert [f.region for f in facts] == ["Foshan"]


@pytest.mark.parametrize("text,code,value", [
    ("In 2023, Fujian's R&D spending intensity reached 2.1 percent.", "rd_intensity", 2.1),
    ("By the end of 2023, Anhui was home to 20,000 tech SMEs.", "tech_smes", 20000),
    ("In 2022, Hunan was home to 15,000 state-level high-tech enterprises.", "high_tech_enterprises", 15000),
    ("In 2023, 260 new enterprises with foreign capital were set up in Guizhou.", "new_foreign_enterprises", 260),
    ("In 2019, Gansu's local financial revenue was 85 billion yuan.", "general_public_budget_revenue", 85e9),
    ("In 2019, provincial expenditure in Gansu came to 395 billion yuan.", "general_public_budget_expenditure", 395e9),
    ("The added value of industries above a designated size in Hebei grew 5 percent in 2023.",
     "industrial_value_added", 5),
    ("In 2012, Henan's total social retail goods were valued at 1 trillion yuan.", "retail_sales", 1e12),
    ("In 2009, the added value of the first industry in Gansu was 50 billion yuan.", "primary_industry_added_value", 50e9),
    ("In 2021, per capita nominal disposable income in Gansu rose 8.1 percent.", "per_capita_disposable_income", 8.1),
    ("In 2015, the actual foreign investment in Jiangxi was 9.5 billion U.S. dollars.", "fdi_actual_use", 9.5e9),
    ("Actual used foreign capital of 3 billion dollars was recorded in Guizhou in 2018.", "fdi_actual_use", 3e9),
    ("In 2014 the added value of industries above the designated size in Baoji rose 11 percent.",
     "industrial_value_added", 11),
    ("The added value of above-scale industries in Baoji reached 80 billion yuan in 2016.",
     "industrial_value_added", 80e9),
    ("Added industrial value in Hanzhong climbed 9 percent in 2016.", "industrial_value_added", 9),
    ("In 2012, Liuzhou's social consumer retails came to 60 billion yuan.", "retail_sales", 60e9),
    ("In 2010, Baotou's GDP value per capita was 70,000 yuan.", "gdp_per_capita", 70000),
    ("In 2011, Yuxi's trade volume stood at 12 billion yuan.", "foreign_trade", 12e9),
    ("Yuxi's import trade volume rose to 3 billion yuan in 2011.", "imports", 3e9),
    ("In 2011, the export trade of Yuxi reached 9 billion yuan.", "exports", 9e9),
    ("In 2011, disposable income in Yuxi climbed 11 percent to 17,500 yuan.", "per_capita_disposable_income", 17500),
])
def test_catalogue_variants_name_their_indicator(text, code, value):
    # wordings of catalogued measures that seeds/indicators.csv lists as aliases
    facts = observations(text)
    assert any(f.indicator == code and abs(f.value * f.scale - value) < 1e-6 for f in facts), facts


@pytest.mark.parametrize("text,code,value", [
    # public finance as news names it (seventh-tenth session: held-out budget figures filed unclassified)
    ("In 2021, the revenue of the general public budget in Gansu was 88 billion yuan.", "general_public_budget_revenue", 88e9),
    ("Hebei's general public budget income rose 6 percent in 2022.", "general_public_budget_revenue", 6),
    ("Budgetary revenue of Yunnan reached 66 billion yuan in 2022.", "general_public_budget_revenue", 66e9),
    ("In 2023, Jilin's revenue in the general public budget grew to 110 billion yuan.", "general_public_budget_revenue", 110e9),
    ("Expenditure of the general public budget in Gansu was 400 billion yuan in 2020.",
     "general_public_budget_expenditure", 400e9),
    ("Budgetary spending in Hainan rose 6 percent to 300 billion yuan in 2021.", "general_public_budget_expenditure", 300e9),
    ("General public budgetary expenditure in Qinghai came to 190 billion yuan in 2022.",
     "general_public_budget_expenditure", 190e9),
    ("In 2022, spending of the general public budget in Ningxia amounted to 150 billion yuan.",
     "general_public_budget_expenditure", 150e9),
    # a shared modifier: "fiscal revenue and expenditure" are fiscal revenue and fiscal expenditure
    ("In 2022, Gansu's fiscal revenue and expenditure reached 50 billion yuan and 80 billion yuan, respectively.",
     "general_public_budget_expenditure", 80e9),
    ("In 2022, Gansu's fiscal revenue and expenditure reached 50 billion yuan and 80 billion yuan, respectively.",
     "general_public_budget_revenue", 50e9),
    ("Hubei's general public budget revenue and expenditure were 40 billion yuan and 90 billion yuan in 2021.",
     "general_public_budget_expenditure", 90e9),
    ("Local fiscal revenue and expenditure in Anhui stood at 12 billion yuan and 30 billion yuan in 2021, up 5 percent "
     "and 7 percent respectively.", "general_public_budget_expenditure", 7),
    # economic growth is GDP growth; foreign investment, said bare, is the money actually used
    ("Shanxi posted economic growth of 6.1 percent in 2022.", "gdp", 6.1),
    ("The economic growth of Hunan reached 4.5 percent in 2022.", "gdp", 4.5),
    ("Shanxi attracted foreign investment of 950 million U.S. dollars in 2023, up 41 percent.", "fdi_actual_use", 950e6),
    ("In 2013, Fujian had 6.68 billion dollars in foreign investment in use.", "fdi_actual_use", 6.68e9),
])
def test_finance_and_investment_names_name_their_indicator(text, code, value):
    facts = observations(text)
    assert any(f.indicator == code and f.breakdown is None and abs(f.value * f.scale - value) < 1e-6 for f in facts), facts


@pytest.mark.parametrize("text,value", [
    # a part stays a part: an outlay on one purpose, an income from one source, a promise
    ("Gansu's fiscal expenditure on education rose 5 percent to 30 billion yuan in 2022.", 30e9),
    ("Budgetary spending on social security in Hunan reached 12 billion yuan in 2022.", 12e9),
    ("Gansu's fiscal revenue from land sales dropped 30 percent to 2 billion yuan in 2022.", 2e9),
    ("Government fund budget revenue in Hebei fell 20 percent to 40 billion yuan in 2022.", 40e9),
    ("Contracted foreign investment in Hainan reached 5 billion dollars in 2022.", 5e9),
    ("Pledged foreign investment in Anhui totaled 8 billion dollars in 2022.", 8e9),
])
def test_a_part_or_another_measure_stays_unclassified(text, value):
    facts = [f for f in observations(text) if abs(f.value * f.scale - value) < 1e-6]
    assert facts and all(f.indicator in ("unclassified", None) or f.breakdown for f in facts), facts


@pytest.mark.parametrize("text,code,value", [
    # a time after "for/from" keeps the outlay whole; a purpose the code names is its part
    ("Gansu's fiscal revenue for the first half of 2022 reached 20 billion yuan, up 3 percent.",
     "general_public_budget_revenue", 20e9),
    ("General public budget expenditure in Hebei for the whole year was 50 billion yuan in 2022.",
     "general_public_budget_expenditure", 50e9),
    ("Spending on R&D in Hubei reached 30 billion yuan in 2022.", "rd_expenditure", 30e9),
])
def test_a_time_after_an_outlay_keeps_it_whole(text, code, value):
    facts = observations(text)
    assert any(f.indicator == code and f.breakdown is None and abs(f.value * f.scale - value) < 1e-6 for f in facts), facts


def test_an_outlay_on_a_named_activity_is_that_part():
    facts = observations("R&D spending on basic research in Hubei reached 20 billion yuan in 2022.")
    assert [(f.indicator, f.breakdown) for f in facts] == [("rd_expenditure", "activity=basic research")], facts


@pytest.mark.parametrize("text,code,value", [
    # a count of a noun the clause's named part belongs to counts that part
    ("Hefei's NEV output surged 74 percent in 2022 to 700,000 vehicles.", "nev_output", 700000),
    ("Hefei's NEV output surged 74.4 percent in the first nine months of 2024 from a year earlier to 927,500 autos.",
     "nev_output", 927500),
    ("Production of new energy vehicles in Liuzhou rose 20 percent to 600,000 cars in 2023.", "nev_output", 600000),
    ("Hefei, which produced 500,000 NEVs in 2022, made 1.2 million vehicles in total.", "auto_output", 1.2e6),
    ("Auto output in Chongqing reached 2.3 million vehicles in 2023, up 9 percent.", "auto_output", 2.3e6),
    # the three sectors by their ordinal names, listed with a shared head or "a respective"
    ("In 2022, the added value of Hunan's first industry was 400 billion yuan, up 3 percent; the second industry "
     "1.9 trillion yuan, up 5 percent; and the third industry 2.5 trillion yuan, up 6 percent.",
     "secondary_industry_added_value", 1.9e12),
    ("The added value of the first, second and third industries in Hunan was 400 billion yuan, 1.9 trillion yuan and "
     "2.5 trillion yuan in 2022.", "tertiary_industry_added_value", 2.5e12),
    ("Hunan's primary, secondary and tertiary sectors posted a respective 400 billion, 1.9 trillion and 2.5 trillion "
     "yuan in added value in 2022.", "primary_industry_added_value", 400e9),
    ("Hunan's primary, secondary and tertiary sectors posted a respective 400 billion, 1.9 trillion and 2.5 trillion "
     "yuan in added value in 2022.", "tertiary_industry_added_value", 2.5e12),
    ("Hunan's GDP grew 4.5 percent to 4.8 trillion yuan in 2022, with the primary, secondary and tertiary sectors "
     "contributing 400 billion, 1.9 trillion and 2.5 trillion yuan.", "secondary_industry_added_value", 1.9e12),
])
def test_a_part_named_in_the_clause_or_a_list_names_the_figure(text, code, value):
    facts = observations(text)
    assert any(f.indicator == code and f.breakdown is None and abs(f.value * f.scale - value) < 1e-6 for f in facts), facts


def test_the_whole_is_still_the_whole_beside_its_listed_sectors():
    facts = observations("Hunan's GDP grew 4.5 percent to 4.8 trillion yuan in 2022, with the primary, secondary and "
                         "tertiary sectors contributing 400 billion, 1.9 trillion and 2.5 trillion yuan.")
    assert any(f.indicator == "gdp" and f.value * f.scale == 4.8e12 for f in facts), facts


@pytest.mark.parametrize("text,code,value", [
    # a table's cell separator ends a noun phrase: the heading before it is not a modifier of the measure
    ("Prices rose 2 percent. | Revenue and expenditure | Provincial revenue in Gansu was 34.9 billion yuan in 2004, "
     "an increase of 22.1% over the previous year.", "general_public_budget_revenue", 34.9e9),
    ("Consumer prices | Investment in fixed assets | Fixed asset investment in Gansu was valued at 151.5 billion yuan "
     "in 2004, up by 22.1% from the previous year.", "fixed_asset_investment", 151.5e9),
    ("Foreign trade | Exports of Gansu reached 4 billion dollars in 2004.", "exports", 4e9),
])
def test_a_cell_separator_ends_the_measure_phrase(text, code, value):
    facts = observations(text)
    assert any(f.indicator == code and f.breakdown is None and abs(f.value * f.scale - value) < 1e-6 for f in facts), facts


def test_overseas_investment_is_not_named_foreign_investment_used():
    # "overseas investment" is said of money going out as often as of money coming in
    facts = observations("The overseas investment of Chinese multinationals reached 16 billion dollars in 2022, up 32 percent.")
    assert not any(f.indicator == "fdi_actual_use" for f in facts), facts


@pytest.mark.parametrize("text,code,value,expected", [
    # what others expected is no second value of the series: the statistic keeps its series
    ("China's industrial output logged an annual growth of 7.5 percent in the first two months of 2022, which was "
     "better than the 3.9 percent rise expected by economists.", "industrial_value_added", 7.5, 3.9),
    ("China's fixed asset investment advanced 12.2 percent in the first two months of 2022 versus the expected "
     "growth of 5.0 percent.", "fixed_asset_investment", 12.2, 5.0),
    ("China's retail sales rose 6.7 percent in the first two months of 2022, beating forecasts of a 3 percent rise.",
     "retail_sales", 6.7, 3.0),
    ("Hubei's exports grew 9 percent in 2023, above the consensus estimate of 6 percent.", "exports", 9, 6),
])
def test_an_expected_figure_is_a_target_and_the_statistic_keeps_its_series(text, code, value, expected):
    facts = extract_facts(text, REF)
    assert any(f.indicator == code and f.value == value and not f.is_target for f in facts), facts
    assert all(f.is_target for f in facts if f.value == expected), facts


@pytest.mark.parametrize("text,code,value", [
    # "average annual" is the rate's: the measure stays whole
    ("There was an average annual GDP growth of 12 percent in Xizang between 2001 and 2005.", "gdp", 12),
    ("Hunan's average annual export growth was 9 percent from 2016 to 2020.", "exports", 9),
    ("Anhui recorded an average yearly R&D spending growth of 11 percent from 2018 to 2022.", "rd_expenditure", 11),
])
def test_average_annual_growth_keeps_the_measure_whole(text, code, value):
    facts = observations(text)
    assert any(f.indicator == code and f.metric == "cagr_pct" and f.value == value for f in facts), facts


def test_an_average_of_a_level_is_still_not_the_measure():
    facts = observations("The average GDP of Suzhou residents was 66,826 yuan in 2005.")
    assert not any(f.indicator == "gdp" for f in facts), facts
