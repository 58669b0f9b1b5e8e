"""Sentence cases about periods, in the project's own words: a period the
article's frame or an earlier sentence gives, the base of a comparison that
is no figure's period, the reference date a year-ago base implies. The case
format: tests/sentence_cases.py."""
from __future__ import annotations

from datetime import date

import pytest

from sentence_cases import check_case, observations
from indicator_warehouse.extract import find_reference_date


PERIOD_CASES = [
    # a historical base year of the 1940s (a founding year) is a year like any other
    ("'from 96 yuan in 1949 to 73,603 yuan in 2023': each figure has its own year, 1949 included",
     "Anhui\n\nAnhui's per capita GDP rose from 96 yuan in 1949 to 73,603 yuan in 2023.",
     [dict(value=96, period_end="1949-12-31"), dict(value=73_603, period_end="2023-12-31")], []),
    ("'a leap from the 537 million yuan its economy generated in 1947': that year's figure",
     "Inner Mongolia\n\nInner Mongolia's GDP totaled 479 billion yuan in 2006, a great leap from the 537 million "
     "yuan its economy generated in 1947.",
     [dict(value=479e9, period_end="2006-12-31"), dict(value=537e6, period_end="1947-12-31")], []),
    ("'rose from 1.8 million tonnes in 1947 to 39.6 million tonnes in 2023'",
     "Inner Mongolia\n\nInner Mongolia's grain output rose from 1.8 million tonnes in 1947 to 39.6 million tonnes "
     "in 2023.",
     [dict(value=1.8e9, period_end="1947-12-31"), dict(value=39.6e9, period_end="2023-12-31")], []),
    # a rate or share set right after a level takes the level's period, whatever frame opens after it
    ("a rate right after a carried level, before a streak, is of the level's period",
     "Shanghai\n\nShanghai's GDP grew 6.9 percent in 2015, 0.2 points below 2014. Foreign firms kept arriving. "
     "The actual use of foreign capital reached $18.5 billion, 1.6% up from a year earlier and achieving "
     "growth for 16 years in a row.",
     [dict(value=18.5e9, unit="USD", period_end="2015-12-31"),
      dict(value=1.6, metric="yoy_growth_pct", indicator="fdi_actual_use", period_end="2015-12-31")], []),
    ("a share right after a carried level, before a streak, is of the level's period",
     "Ningbo\n\nNingbo's GDP grew 6 percent in 2019, slower than in 2018. Trade held up well. Its exports came "
     "to 600 billion yuan, accounting for 20 percent of Zhejiang's total for the fifth straight year.",
     [dict(value=600e9, period_end="2019-12-31"),
      dict(value=20, metric="share_pct", indicator="exports", period_end="2019-12-31")], []),

    ("the first half year of a year is its first half",
     "Yunnan\n\nIn the first half year of 2019, Yunnan's retail sales reached 400 billion yuan.",
     [dict(value=400e9, period_type="ytd", period_start="2019-01-01", period_end="2019-06-30")], []),
    ("in the six months after the first half year of a year: that half",
     "Yunnan\n\nIn the first half-year of 2019, Yunnan's economy held steady. In the six months, "
     "retail sales reached 400 billion yuan, up 8.1 percent year on year.",
     [dict(value=400e9, period_type="ytd", period_end="2019-06-30"),
      dict(value=8.1, metric="yoy_growth_pct", period_end="2019-06-30")], []),
    ("a total a figure exceeds is no period the next sentence takes",
     "Anhui\n\nIn the first half of 2024, Anhui's exports grew 9 percent. Its solar cell output has already "
     "exceeded the total for 2023. Retail sales in Anhui rose 6.2 percent.",
     [dict(value=6.2, metric="yoy_growth_pct", period_type="ytd", period_end="2024-06-30")], []),
    ("a total 'for the whole of last year' that a figure exceeds is its base, not its period",
     "Hainan\n\nIn the first three quarters of 2024, Hainan's services trade climbed 40 percent year on year to "
     "90 billion yuan, surpassing the total for the whole of last year.",
     [dict(value=40, period_type="ytd", period_end="2024-09-30"),
      dict(value=90e9, period_type="ytd", period_end="2024-09-30")], []),
    ("a threshold passed in a year is of that year, not a base",
     "Anhui\n\nAnhui's exports exceeded the 100 billion yuan level in 2023.",
     [dict(value=100e9, period_type="year", period_end="2023-12-31")], []),
    ("a figure a multiple of the total of an earlier year keeps the period just stated",
     "Hefei\n\nHefei's R&D spending last year was 40 billion yuan. The revenue of its software industry "
     "totaled 900 billion yuan, 2.4 times the 2015 total.",
     [dict(value=900e9, period_type="year", period_end="2024-12-31")], []),
    ("the number of years a superlative is taken over is no time frame of the sentence",
     "Sichuan\n\nIn the first half of 2024, Sichuan's industrial output rose 7 percent. Growth was the "
     "fastest in over three years, with Sichuan's NEV output at 150,000 units.",
     [dict(value=150_000, period_type="ytd", period_end="2024-06-30")], []),
    ("in that period after the past N years: the N years up to the last complete one",
     "Jiangxi\n\nJiangxi has pushed hard to build its seed industry over the past four years. It approved "
     "1,200 new crop varieties in that period, with an average annual growth rate of 9.5 percent.",
     [dict(value=1200, period_type="span", period_start="2021-01-01", period_end="2024-12-31"),
      dict(value=9.5, metric="cagr_pct", period_type="span", period_end="2024-12-31")], []),
    ("in the period after the past decade up to a stated year: the ten years to that year",
     "Tianjin\n\nThe port city's GDP reached 1.6 trillion yuan in 2022, with average annual growth over the "
     "past decade at 6 percent. In the period, rural incomes in Tianjin grew at an average annual rate of 8.1 "
     "percent.",
     [dict(value=8.1, metric="cagr_pct", period_type="span", period_start="2013-01-01",
           period_end="2022-12-31")], []),
    ("over the N years right after the past N years up to a stated year: those years",
     "Gansu\n\nGansu's GDP was 1.2 trillion yuan in 2023, up 6.4 percent, with an average annual growth of 5.9 "
     "percent over the past 10 years. Its forest coverage rate rose 2.6 percentage points over the 10 years.",
     [dict(value=2.6, metric="change", period_type="span", period_start="2014-01-01", period_end="2023-12-31")],
     []),
    ("since the start of a numbered five-year plan: the earlier end is the year before the plan",
     "Hunan\n\nBy the end of 2020, Hunan had 8,000 high-tech enterprises. Since the beginning of the 13th "
     "Five-Year Plan period, the number of provincial engineering centers in Hunan has increased from 310 to 520.",
     [dict(value=310, period_end="2015-12-31"), dict(value=520, period_end="2020-12-31")], []),
    ("since a year, from A to B: B is of the later period the text reports",
     "Hunan\n\nIn 2023, Hunan's exports rose 4 percent. Since 2019, the number of bonded warehouses in Hunan "
     "has grown from 35 to 61.",
     [dict(value=35, period_end="2019-12-31"), dict(value=61, period_end="2023-12-31")], []),
    ("the first two plans were not five years apart from the later ones: no year for them",
     "Hunan\n\nSince the beginning of the 2nd Five-Year Plan period, the number of steel mills in Hunan has "
     "increased from 3 to 40.",
     [], [3]),
    ("a change from the previous year with no period in its sentence: the one year the article reports",
     "Xi'an\n\nIn 2022, Xi'an's R&D spending reached 50 billion yuan. Its patent grants grew at an average "
     "annual rate of 9 percent from 2019 to 2022.\n\nThe city has many universities. Its parks are large. Its "
     "museums are old. The ratio of R&D spending to revenue of Xi'an's industrial firms was 1.6 percent, an "
     "increase of 0.2 percentage points from the previous year.",
     [dict(value=0.2, metric="change", period_type="year", period_end="2022-12-31")], []),
    ("a stock put in the present after a period the text recalled: on the article's date",
     "Wuxi\n\nIn 2024, Wuxi's PCT applications reached 2,100. At present, Wuxi has a total of 31,000 valid "
     "invention patents.",
     [dict(value=31_000, period_type="as_of", period_end="2025-03-10")], []),
    ("a year naming an edition of a ranking is no period the next sentence takes",
     "Hefei\n\nBy the end of 2024, Hefei had 9 national engineering centers. Its high-tech zone ranked 5th in the "
     "2022 national science park assessment ranking. There are 8,300 high-tech enterprises in Hefei.",
     [dict(value=8_300, period_type="as_of", period_end="2024-12-31")], []),
    ("'of the year' inside a part of the year is that part, not the whole year",
     "Jiangxi\n\nIn the first half of the year 2024, Jiangxi's exports climbed 10 percent to 200 billion yuan. "
     "During the first nine months of the year 2024, retail sales rose 5 percent to 900 billion yuan.",
     [dict(value=200e9, period_type="ytd", period_end="2024-06-30"),
      dict(value=10, period_type="ytd", period_end="2024-06-30"),
      dict(value=900e9, period_type="ytd", period_end="2024-09-30")], []),
    ("'of the year,' dates a part as when no year is written: the latest one over, never one still running",
     "Jiangxi\n\nIn the first 11 months of the year, Jiangxi's exports grew 10 percent. Imports in the fourth "
     "quarter of the year, meanwhile, fell 3 percent.",
     [dict(value=10, period_type="ytd", period_start="2024-01-01", period_end="2024-11-30"),
      dict(value=-3, period_type="quarter", period_end="2024-12-31")], []),
    ("a period after 'than the figure recorded during' is the comparison's base",
     "Hunan\n\nHunan's retail sales grew 7.2 percent from January to September, 1.1 points higher than the rate "
     "registered in the first half of the year.",
     [dict(value=7.2, period_type="ytd", period_end="2024-09-30")], []),
    ("'for the whole year' in its own clause is the year of the month just named",
     "Anhui\n\nAnhui's exports rose 12 percent in December 2023, while exports for the whole year rose 8 percent.",
     [dict(value=12, period_type="month", period_end="2023-12-31"),
      dict(value=8, period_type="year", period_start="2023-01-01", period_end="2023-12-31")], []),
    ("a year written before its part is that part of that year",
     "Hubei\n\nHubei's foreign trade up 12 percent in 2017 first two months\n\n"
     "Hubei's exports reached 24 billion yuan. Its imports came to 17 billion yuan.",
     [dict(value=24e9, period_type="ytd", period_start="2017-01-01", period_end="2017-02-28"),
      dict(value=17e9, period_type="ytd", period_end="2017-02-28")], []),
    ("a year's first half written year first",
     "Guangxi\n\nGuangxi's 2016 first-half retail sales rose 9.4 percent to 310 billion yuan.",
     [dict(value=310e9, period_type="ytd", period_start="2016-01-01", period_end="2016-06-30")], []),
    ("a year's quarter written year first",
     "Jilin\n\nIn its 2015 third quarter report, Jilin said exports grew 4.2 percent to 9 billion yuan.",
     [dict(value=9e9, period_type="quarter", period_start="2015-07-01", period_end="2015-09-30")], []),
    ("a year written before its first quarter, in a headline",
     "Henan industrial output climbs in 2018 first quarter\n\n"
     "Henan's industrial value added grew 7.9 percent year on year.",
     [dict(value=7.9, metric="yoy_growth_pct", period_end="2018-03-31")], []),
    ("a base year named with its measure: over the amount in a year",
     "Anhui\n\nIn 2021, Anhui's R&D spending was 2.3 percent of its GDP, up by 0.2 percentage points "
     "over the amount in 2020.",
     [dict(value=0.2, metric="change", period_end="2021-12-31")], []),
    ("a base year named with its measure: from the total of a year",
     "Anhui\n\nIn 2021, Anhui's exports climbed 12 percent from the total of 2020.",
     [dict(value=12, metric="yoy_growth_pct", period_end="2021-12-31")], []),
    ("a base year named with its measure: compared with the value for a year",
     "Anhui\n\nAnhui's imports in 2019 fell 3 percent compared with the value for 2018.",
     [dict(value=-3, metric="yoy_growth_pct", period_end="2019-12-31")], []),
    # lists of three or more years: the period rules read "in 2021, 2022 and 2023" as a year and a span
    ("three years listed after three figures pair in order",
     "Hubei\n\nHubei's GDP grew by 12.9%, 4.3% and 6.0% in 2021, 2022, and 2023 respectively.",
     [dict(value=12.9, metric="yoy_growth_pct", period_type="year", period_end="2021-12-31"),
      dict(value=4.3, metric="yoy_growth_pct", period_type="year", period_end="2022-12-31"),
      dict(value=6.0, metric="yoy_growth_pct", period_type="year", period_end="2023-12-31")], []),
    ("three levels listed with three years pair in order, not the first year for all",
     "Hubei\n\nHubei's GDP stood at 5.0 trillion yuan, 5.4 trillion yuan and 5.6 trillion yuan in "
     "2021, 2022 and 2023, respectively.",
     [dict(value=5.0e12, period_end="2021-12-31"), dict(value=5.4e12, period_end="2022-12-31"),
      dict(value=5.6e12, period_end="2023-12-31")], []),
    ("years listed before the figures pair with them when 'respectively' follows",
     "Jilin\n\nFor 2022 and 2023, Jilin's foreign trade totalled 150 billion yuan and 170 billion yuan respectively.",
     [dict(value=150e9, period_type="year", period_end="2022-12-31"),
      dict(value=170e9, period_type="year", period_end="2023-12-31")], []),
    ("three years opening the sentence pair with three rates listed 'respectively'",
     "Hunan\n\nIn 2019, 2020 and 2021, Hunan's retail sales rose by 10.2 percent, 1.1 percent and 14.4 percent, "
     "respectively.",
     [dict(value=10.2, metric="yoy_growth_pct", period_type="year", period_end="2019-12-31"),
      dict(value=1.1, metric="yoy_growth_pct", period_type="year", period_end="2020-12-31"),
      dict(value=14.4, metric="yoy_growth_pct", period_type="year", period_end="2021-12-31")], []),
    # a time phrase between the growth verb and its "by": the verb still makes the rate a growth rate,
    # and the phrase is the rate's own period
    ("a year between the verb and 'by': a growth rate of that year",
     "Gansu\n\nGansu's GDP grew in 2022 by 4.5 percent.",
     [dict(value=4.5, metric="yoy_growth_pct", period_type="year", period_end="2022-12-31")], []),
    ("a part of a year between a falling verb and 'by about': a fall",
     "Gansu\n\nGansu's imports dropped during the first half of 2023 by about 6 percent.",
     [dict(value=-6, metric="yoy_growth_pct", period_type="ytd", period_end="2023-06-30")], []),
    ("the time phrase before 'by' dates the rate, not a later year in the sentence",
     "Gansu\n\nGansu's foreign trade, which shrank in 2020 by 11 percent, recovered in 2021.",
     [dict(value=-11, metric="yoy_growth_pct", period_end="2020-12-31")], []),
    ("a list of years between the verb and 'by' pairs with the rates listed 'respectively'",
     "Ningxia\n\nNingxia's exports rose in 2018, 2019 and in 2020, by 9%, 12% and 3% respectively.",
     [dict(value=9, metric="yoy_growth_pct", period_end="2018-12-31"),
      dict(value=12, metric="yoy_growth_pct", period_end="2019-12-31"),
      dict(value=3, metric="yoy_growth_pct", period_end="2020-12-31")], []),
    ("a rate before the two levels it was worked out from, a year apart: growth of the later year",
     "Jilin\n\nJilin's grain output slipped 2.1 percent from 41 million tonnes in 2022 to 40.1 million "
     "tonnes in 2023.",
     [dict(value=-2.1, metric="yoy_growth_pct", period_type="year", period_end="2023-12-31")], []),
    ("a rate after the two levels it was worked out from, a year apart: growth of the later year",
     "Jilin\n\nJilin's retail sales went from 400 billion yuan in the first quarter of 2023 to 428 billion "
     "yuan in the first quarter of 2024, a year-on-year gain of 7 percent.",
     [dict(value=7, metric="yoy_growth_pct", period_end="2024-03-31")], []),
    ("a rate between two levels several years apart: growth over the span, which no gold row requires "
     "(not_regional: an older base), while both levels stay",
     "Jilin\n\nJilin's exports jumped 65 percent from 40 billion yuan in 2018 to 66 billion yuan in 2023.",
     [dict(value=40e9, period_end="2018-12-31"), dict(value=66e9, period_end="2023-12-31")], [65]),
    ("how far back a superlative reaches ('the highest since June 2021') is no period of the figure",
     "Jilin\n\nIn May 2024, Jilin's factories picked up. Its manufacturing PMI reached 51.6 points, the highest "
     "reading since June 2021.",
     [dict(value=51.6, unit="index", period_type="month", period_end="2024-05-31")], []),
    ("... nor a base that makes its growth rate a change over a span",
     "Jilin\n\nIn May 2024, Jilin's factories picked up. Its exports grew 14 percent, the fastest since the "
     "third quarter of 2021.",
     [dict(value=14, metric="yoy_growth_pct", period_type="month", period_end="2024-05-31")], []),
    ("a rate between a quarter and the quarter before: not year-on-year, left out",
     "Jilin\n\nJilin's exports climbed from 15 billion yuan in the third quarter of 2024 to 18 billion yuan "
     "in the fourth quarter of 2024, up 20 percent.",
     [dict(value=18e9, metric="level", period_end="2024-12-31")], [20]),
    ("a rate over the corresponding period of last year is year on year, in the period the sentence states",
     "Hubei used 52 million U.S. dollars of foreign investment in the first two months of 2025, up 30 percent "
     "over the corresponding period of last year.",
     [dict(value=30, metric="yoy_growth_pct", period_end="2025-02-28")], []),
    ("a fall 'in the corresponding period last year' is no figure of last year",
     "Hubei economy\n\nIn the first half of 2024, Hubei's economy grew. The number of new firms fell by 5 "
     "percent in the corresponding period last year, to 727.",
     [dict(value=-5, metric="yoy_growth_pct", period_end="2024-06-30"), dict(value=727, period_end="2024-06-30")],
     []),
    ("a rate over a quarter ended a year before the article is against that quarter: the article's quarter",
     "Hubei economy\n\nIn the first quarter of 2024, Hubei's economy grew steadily. Industrial output expanded "
     "9.8 percent over the first quarter of 2023 to reach 120.5 billion yuan.",
     [dict(value=9.8, metric="yoy_growth_pct", period_end="2024-03-31"),
      dict(value=120.5e9, metric="level", period_end="2024-03-31")], []),
    ("a rate against the month just before, named bare, is month on month: left out",
     "In June 2024, Hubei's imports and exports rose to 59.6 billion yuan, an increase of 5 percent compared "
     "with May.",
     [dict(value=59.6e9, metric="level", period_end="2024-06-30")], [5]),
    ("a rate against the quarter just before is quarter on quarter: left out",
     "In the third quarter of 2024, Hubei's GDP grew 1.2 percent from the second quarter.",
     [], [1.2]),
    ("a rate against the same month a year before stays year on year",
     "In June 2024, Hubei's exports rose 5 percent compared with June 2023.",
     [dict(value=5, metric="yoy_growth_pct", period_end="2024-06-30")], []),
    # a part of a year written without its year, after one written with it: the same year
    ("a bare quarter after a quarter with its year is of that year",
     "Ningxia\n\nNingxia's exports fell 3.2 percent in the third quarter of 2022, compared with a 5.5 percent "
     "drop in the second quarter.",
     [dict(value=-3.2, period_end="2022-09-30"), dict(value=-5.5, period_type="quarter", period_end="2022-06-30")], []),
    ("a bare first quarter after a first half with its year is of that year",
     "Ningxia\n\nNingxia's retail sales grew 6.1 percent in the first half of 2022, down from 7.4 percent in "
     "the first quarter.",
     [dict(value=6.1, period_end="2022-06-30"), dict(value=7.4, period_end="2022-03-31")], []),
    ("a bare month after a month with its year is of that year",
     "Ningxia\n\nIn October 2022, Ningxia's industrial output rose 5.8 percent, after a 4.9 percent rise in "
     "September.",
     [dict(value=5.8, period_end="2022-10-31"), dict(value=4.9, period_type="month", period_end="2022-09-30")], []),
    ("... but a bare quarter that can follow the one written is the next year's",
     "Ningxia\n\nAfter a 5.2 percent rise in the fourth quarter of 2023, Ningxia's GDP grew 4.9 percent in the "
     "first quarter.",
     [dict(value=5.2, period_end="2023-12-31"), dict(value=4.9, period_end="2024-03-31")], []),
    ("... and a bare quarter before the one written keeps the reference date's year",
     "Ningxia\n\nNingxia's GDP grew 4.9 percent in the first quarter, after a 5.2 percent rise in the fourth "
     "quarter of 2023.",
     [dict(value=4.9, period_end="2024-03-31")], []),
    # "the corresponding period" is "the same period" in the English of Chinese releases: a base
    ("a rate over the corresponding period of last year is year on year, of the period just stated",
     "Hubei\n\nHubei's exports reached 120 billion yuan in the first half of 2024, up 12 percent over the "
     "corresponding period of last year.",
     [dict(value=12, metric="yoy_growth_pct", period_type="ytd", period_end="2024-06-30")], []),
    ("a rate compared with the corresponding period last year keeps the sentence's period",
     "Hubei\n\nIn the first quarter of 2024, Hubei's imports totalled 40 billion yuan, an increase of 9 percent "
     "compared with the corresponding period last year.",
     [dict(value=9, metric="yoy_growth_pct", period_type="ytd", period_end="2024-03-31")], []),
    ("a fall 'in the corresponding period last year' is the base of the figure, which takes the text's period",
     "Hubei\n\nHubei's exports reached 120 billion yuan in the first quarter of 2024. The number of new "
     "foreign firms fell by 4 percent in the corresponding period last year, to 300.",
     [dict(value=-4, metric="yoy_growth_pct", period_type="ytd", period_end="2024-03-31"),
      dict(value=300, period_type="ytd", period_end="2024-03-31")], []),
    ("a level 'in the corresponding period last year' is the same part of the year before",
     "Hubei\n\nHubei's exports reached 120 billion yuan in the first quarter of 2024, up from 100 billion yuan "
     "in the corresponding period last year.",
     [dict(value=120e9, period_end="2024-03-31"), dict(value=100e9, period_end="2023-03-31")], []),
    ("a rate 'over' the same part of the year before the text's period is against it",
     "Yunnan\n\nYunnan's GDP grew 12 percent in the first quarter of 2024. Farm output was up 3 percent, "
     "while industrial output expanded 15 percent over the first quarter of 2023 to 60 billion yuan.",
     [dict(value=3, metric="yoy_growth_pct", period_type="ytd", period_end="2024-03-31"),
      dict(value=15, metric="yoy_growth_pct", period_type="ytd", period_end="2024-03-31"),
      dict(value=60e9, period_type="ytd", period_end="2024-03-31")], []),
    ("a rate 'over' the year before the text's year is against it",
     "Hebei\n\nHebei's GDP grew 6 percent in 2023. Industrial value added rose 7 percent over 2022 to "
     "1.5 trillion yuan.",
     [dict(value=7, period_type="year", period_end="2023-12-31"),
      dict(value=1.5e12, period_type="year", period_end="2023-12-31")], []),
    ("'an increase of N percent on' an earlier half is 'over' it: the base, not the rate's period",
     "Lanzhou\n\nLanzhou's GDP for the first half of 2011 came to 60.3 billion yuan, an increase of 11.2 percent "
     "on the first half of 2010. In the first quarter of 2011, its retail sales grew 17 percent on the first "
     "quarter of 2010.",
     [dict(value=11.2, metric="yoy_growth_pct", period_type="ytd", period_end="2011-06-30"),
      dict(value=17, metric="yoy_growth_pct", period_end="2011-03-31")], []),
    ("a rate 'over' a half of the text's own year is of that half",
     "Hebei\n\nHebei's GDP grew 6 percent in 2023. Exports rose 5 percent over the first half of 2023.",
     [dict(value=5, period_type="ytd", period_end="2023-06-30")], []),
    ("the second half of a year is July to December, not the whole year",
     "Anhui\n\nIn the second half of 2023, Anhui's exports rose 5 percent year on year.",
     [dict(value=5, period_type="span", period_start="2023-07-01", period_end="2023-12-31")], []),
    ("the latter half of last year is July to December of that year",
     "Anhui\n\nAnhui's retail sales grew 7 percent in the latter half of last year.",
     [dict(value=7, period_type="span", period_start="2024-07-01", period_end="2024-12-31")], []),
    ("'the second half of the year' is no whole year either",
     "Anhui\n\nAnhui's GDP grew 6 percent in 2024. In the second half of the year, exports rose 9 percent.",
     [dict(value=9, period_type="span", period_start="2024-07-01", period_end="2024-12-31")], []),
    ("a level 'in the same period last year' after a quarter's report is of that quarter a year before",
     "Hubei\n\nHubei's exports reached 120 billion yuan in the first quarter of 2024. Imports were 50 billion yuan "
     "in the same period last year.",
     [dict(value=50e9, period_type="ytd", period_end="2023-03-31")], []),
    ("a sentence opening 'In the corresponding period last year' is set a year before the text's period",
     "Hubei\n\nHubei's exports reached 120 billion yuan in the first quarter of 2024. In the corresponding period "
     "last year, exports totaled 100 billion yuan and grew 8 percent.",
     [dict(value=100e9, period_end="2023-03-31"), dict(value=8, metric="yoy_growth_pct", period_end="2023-03-31")],
     []),
    ("a level 'against' one in the same period of an earlier year is of that part of that year",
     "Hubei\n\nHubei's exports reached 120 billion yuan in the first quarter of 2024, against 100 billion yuan in "
     "the same period of 2023.",
     [dict(value=120e9, period_end="2024-03-31"), dict(value=100e9, period_type="ytd", period_end="2023-03-31")], []),
    ("the level a move started from 'in the same period last year' is of that period a year before",
     "Hubei\n\nHubei's exports reached 120 billion yuan in the first quarter of 2024. Imports were 50 billion yuan, "
     "up from 40 billion yuan in the same period last year.",
     [dict(value=50e9, period_end="2024-03-31"), dict(value=40e9, period_end="2023-03-31")], []),
    ("a rate compared with one of the same period last year: that one is of the year before",
     "Hubei\n\nHubei's exports reached 120 billion yuan in the first quarter of 2024. Imports rose 5 percent, "
     "compared with 3 percent in the same period last year.",
     [dict(value=5, period_end="2024-03-31"), dict(value=3, period_end="2023-03-31")], []),
    ("a year inside an opening 'Since ...' clause starts the frame: it dates no stock",
     "Yantai\n\nYantai's trade grew in 2010. Since the first foreign-funded project was approved by the city "
     "government in 1984, the city has become home to more than 12,000 foreign-funded projects.",
     [], [12000]),
    ("a level 'compared to the same period last year' is of the sentence's own period",
     "Shenzhen\n\nPatent applications in Shenzhen in the first half of 2024 soared 30 percent to 100,000 "
     "compared to the same period last year.",
     [dict(value=100000, period_type="ytd", period_end="2024-06-30"),
      dict(value=30, metric="yoy_growth_pct", period_end="2024-06-30")], []),
    ("rates listed 'respectively' after levels of two periods are each of its level's period",
     "Hunan\n\nTrade between Hunan and Africa reached 50 billion yuan last year, and 30 billion yuan in the first "
     "two months of this year, up 12 percent and 20 percent year-on-year, respectively.",
     [dict(value=12, metric="yoy_growth_pct", period_type="year", period_end="2024-12-31"),
      dict(value=20, metric="yoy_growth_pct", period_type="ytd", period_end="2025-02-28")], []),
    ("rates listed 'respectively' after the levels of two years are each of its year",
     "Hunan\n\nHunan's exports were 300 billion yuan in 2022 and 330 billion yuan in 2023, up 5 percent and "
     "10 percent, respectively.",
     [dict(value=5, metric="yoy_growth_pct", period_end="2022-12-31"),
      dict(value=10, metric="yoy_growth_pct", period_end="2023-12-31")], []),
    ("a year inside a year-ago base's own words is the base, not the rate's period",
     "Hebei\n\nHebei's tourism income in the first three quarters of 2023 came to 90 billion yuan, up 41.6 "
     "percent from the comparable 2022 period.",
     [dict(value=41.6, metric="yoy_growth_pct", period_type="ytd", period_end="2023-09-30")], []),
    ("... with same or corresponding before the year",
     "Anhui\n\nAnhui's exports in the second quarter of 2023 grew 3.3 percent against the corresponding 2022 "
     "quarter. In the first half of 2023, Anhui's retail sales rose 8 percent from the same 2022 period.",
     [dict(value=3.3, metric="yoy_growth_pct", period_type="quarter", period_end="2023-06-30"),
      dict(value=8, metric="yoy_growth_pct", period_end="2023-06-30")], []),
    ("a month after 'than the increase in' is the comparison's, not the rate's",
     "Henan\n\nHenan's retail sales growth in October 2024 was 6.2 percent year on year, a little faster than the "
     "rise in September.",
     [dict(value=6.2, metric="yoy_growth_pct", period_type="month", period_end="2024-10-31")], []),
    ("an acronym and a year alone in brackets name an agreement: no period for the figures after it",
     "Guangxi\n\nSince the free trade area (FTA 2010) took effect, trade has grown. Guangxi's main exports are "
     "textiles (21.0 %), machinery (9.5 %) and fruit (4.1 %).",
     [], [21.0, 9.5, 4.1]),
    ("'eight months of 2024' with no 'first' counts the months from the year's start",
     "Hainan\n\nHainan's actually used foreign investment for eight months of 2024 amounted to $390 million, "
     "up 33 percent.",
     [dict(value=390e6, unit="USD", period_type="ytd", period_start="2024-01-01", period_end="2024-08-31"),
      dict(value=33, metric="yoy_growth_pct", period_end="2024-08-31")], []),
    ("... and so does 'the 10 months of last year'",
     "Hainan\n\nIn the 10 months of last year, Hainan's exports rose 12 percent.",
     [dict(value=12, metric="yoy_growth_pct", period_type="ytd", period_end="2024-10-31")], []),
    ("a month range with no digit in the sentence before dates the figures after it",
     "Qinghai\n\nQinghai's customs published figures for January-October on Friday. Qinghai's imports totaled "
     "30.2 billion yuan, up 4.4 percent.",
     [dict(value=30.2e9, indicator="imports", period_type="ytd", period_end="2024-10-31"),
      dict(value=4.4, metric="yoy_growth_pct", period_end="2024-10-31")], []),
    ("a section heading with a month range dates every line under it, to the next heading",
     "Shaanxi review\n\nForeign trade (Jan. - Sept.)\n\n- Reached 320 billion yuan, up 6.2 percent\n\n"
     "- Exports grew 7.5 percent\n\n- Imports grew 3.1 percent\n\n- Exports of cars rose 12 percent\n\n"
     "- Exports of solar cells fell 2 percent\n\nForeign investment (Jan. - Aug.)\n\n"
     "- Actual use of foreign capital of 2.3 billion U.S. dollars, up 5.5 percent\n\n"
     "- New overseas projects signed: 20 percent more than a year before\n\n"
     "- The turnover of overseas contracted projects reached US$1.2 billion\n",
     [dict(value=320e9, period_type="ytd", period_end="2024-09-30"),
      dict(value=1.2e9, unit="USD", period_type="ytd", period_end="2024-08-31"),
      dict(value=-2, metric="yoy_growth_pct", period_end="2024-09-30"),
      dict(value=2.3e9, unit="USD", period_type="ytd", period_end="2024-08-31"),
      dict(value=5.5, metric="yoy_growth_pct", period_end="2024-08-31")], []),
    ("'1-7 months': the statistics offices' January to July, from the month numbers",
     "Jilin\n\n1-8 months, Jilin's retail sales reached 260 billion yuan, up 9 percent. In 1-5 months of 2023, "
     "Jilin's exports rose 4 percent. Approval takes 1-3 months, and 70 percent of Jilin's firms applied in 2023.",
     [dict(value=260e9, period_type="ytd", period_start="2024-01-01", period_end="2024-08-31"),
      dict(value=9, period_type="ytd", period_end="2024-08-31"),
      dict(value=4, period_type="ytd", period_end="2023-05-31"),
      dict(value=70, period_end="2023-12-31")], []),
    ("a month range across the new year ('November-January') ends in the year named, and starts the year before",
     "Hong Kong\n\nHong Kong's jobless rate was 2.9 percent in the November-January period of 2019, and 3.1 "
     "percent in December 2018 to February 2019.",
     [dict(value=2.9, period_type="span", period_start="2018-11-01", period_end="2019-01-31")], []),
    ("'compared to data of 2019' is a comparison base, not the period of the figures after it",
     "Wuxi\n\nIn 2022, Wuxi had 9,800 tech firms. The count of tech firms rose 2.5 times compared to data of "
     "2019; valid invention patents reached 45,000, three-quarters of them held by firms.",
     [dict(value=45_000, region="Wuxi", period_end="2022-12-31"), dict(value=75, period_end="2022-12-31")], []),
    # a figure in a relative clause right after a comparison's base period is of that period (dating.py)
    ("'compared with that in 2017 which reached' dates the figure 2017",
     "In 2018, Yunnan's GDP grew 8.9 percent year-on-year. The growth rate fell compared with that in 2017 "
     "which reached 9.5 percent.",
     [dict(value=8.9, period_end="2018-12-31", indicator="gdp"), dict(value=9.5, period_end="2017-12-31", indicator="gdp")], []),
    ("'than in 2017, when the economy expanded' dates the figure 2017",
     "In 2018, Yunnan's GDP grew 8.9 percent year-on-year. The rate was lower than in 2017, when the economy "
     "expanded 9.5 percent.",
     [dict(value=9.5, period_end="2017-12-31")], []),
    ("a base half-year with 'when they jumped' dates its rate, and both rates stay filed",
     "In the first half of 2023, Hunan's exports rose 12 percent, slower than in the first half of 2022, when they "
     "jumped 20 percent.",
     [dict(value=12, period_end="2023-06-30", indicator="exports"),
      dict(value=20, period_end="2022-06-30", indicator="exports")], []),
    ("a base year with 'which saw' dates its rate",
     "In 2023, Hunan's exports rose 12 percent, faster than in 2022, which saw a 5 percent rise.",
     [dict(value=12, period_end="2023-12-31", indicator="exports"),
      dict(value=5, period_end="2022-12-31", indicator="exports")], []),
    # a capitalised month right before a measure's name is the measure's month (periods.py month_attr)
    ("a headline's month before the measure dates its figure as that month, not the body's months to date",
     "May Retail Sales In Beijing Reached CNY43.63 Billion\n\nFrom January to May 2024, Beijing achieved "
     "accumulated retail sales of CNY207.33 billion, an increase of 3.2%.",
     [dict(value=43.63e9, period_type="month", period_end="2024-05-31"),
      dict(value=207.33e9, period_type="ytd", period_end="2024-05-31")], []),
    ("a possessive place, a month, then the measure",
     "In the first four months of 2024, Zhejiang's exports grew 5 percent. Zhejiang's April exports rose 9.1 percent, "
     "customs data showed.",
     [dict(value=9.1, period_type="month", period_end="2024-04-30")], []),
    ("a month before a measure in a headline with a rate",
     "Shanghai's June Exports Up 12%\n\nShanghai's exports in the first half of 2024 rose 4 percent.",
     [dict(value=12, period_type="month", period_end="2024-06-30", indicator="exports")], []),
    ("a modal 'may' is no month",
     "In 2024, Hubei's exports grew 6 percent, and exports may rise 4 percent in 2025.",
     [dict(value=6, period_end="2024-12-31")], []),
    ("a figure after a base with no relative clause keeps the sentence's period",
     "In 2023, Hunan's exports rose 12 percent compared with 2022, and imports grew 3 percent.",
     [dict(value=3, period_end="2023-12-31", indicator="imports")], []),
]


@pytest.mark.parametrize("name,text,expected,absent", PERIOD_CASES, ids=[c[0] for c in PERIOD_CASES])
def test_period_case(name, text, expected, absent):
    check_case(name, text, expected, absent)


@pytest.mark.parametrize("text,expected", [
    # a year-ago base is the only year: what the article reports is of the next year,
    # written after the latest part of it the article reports
    ("Retail sales in June grew 5 percent compared to the same month in 2018.\n\n"
     "In the first half of the year, GDP grew 6.3 percent.", (date(2019, 7, 1), "inferred")),
    ("Exports grew 4 percent compared with the same period of 2020.", (date(2021, 1, 1), "inferred")),
    # two different year-ago bases (one is a two-year comparison): no year is known
    ("Exports grew 4 percent over the same period of 2020 and 9 percent over the same period of 2019.",
     (None, None)),
    # an edition's year is the only year: the article is not older than it (the day after it),
    # moved past the part of "this year" it reports
    ("Jiaxing's park came third in the 2021 provincial innovation ranking. In the first half of this year, "
     "the park's revenue climbed 12 percent.", (date(2022, 7, 1), "inferred")),
    ("Speakers at the 2023 Lujiazui Forum said Shanghai's financial output grew 6 percent last year.",
     (date(2024, 1, 1), "inferred")),
    # a dateline without a year takes that day in the first year not older than the edition
    ("Ningbo port keeps busy\n\nNINGBO, May 9 (Xinhua) -- The 2022 shipping index report put Ningbo second. "
     "Container throughput rose 8 percent last year.", (date(2023, 5, 9), "inferred")),
    # a total the figures pass is older than they are: the next year, past the part of it reported
    ("In the first ten months, Yiwu's exports already exceeded the total for 2022.", (date(2023, 11, 1), "inferred")),
    # a term "through" a year is no year the article reports: it may not be over ("runs through 2026")
    ("Shanghai keeps its focus on foreign investment through 2025.\n\nLast year, foreign investment hit "
     "20 billion dollars. The city had 900 headquarters by the end of 2024.", (date(2025, 1, 1), "inferred")),
    ("The subsidy scheme runs through 2027. Exports grew 5 percent in 2024.", (date(2025, 1, 1), "inferred")),
    # ... but a passing figure dated "last year" tells no year (the gap to the total is unknown)
    ("Last year, Yiwu's exports were 1.8 times the 2015 total.", (None, None)),
    # a plan's year after "expects to" is no year the article reports as done; the agency-first
    # dateline ("(Agency) Oct. 29 --") gives the day in the year after the latest one reported
    ("Wuhu cars\n\n(Wire) Oct. 29 -- Wuhu made 400,000 cars in 2023. The carmaker expects to triple its "
     "output by 2026. In the first nine months, output rose 30 percent.", (date(2024, 10, 29), "inferred")),
])
def test_reference_date_from_a_year_ago_base(text, expected):
    assert find_reference_date(text) == expected


def test_an_undated_articles_relative_dates_resolve_after_the_edition_year_it_names():
    text = ("Jiaxing\n\nJiaxing's park came third in the 2021 provincial innovation ranking. Last year, the park "
            "had 1,200 high-tech enterprises.")
    ref, basis = find_reference_date(text)
    assert (ref, basis) == (date(2022, 1, 1), "inferred")
    facts = observations(text, ref)
    assert [(f.value, str(f.period_end)) for f in facts] == [(1200, "2021-12-31")]


def test_an_undated_year_the_text_moves_to_stops_an_older_year_carrying():
    # "last year" in an article with no date: the later sentences are about that unknown year, not
    # the older year the text named in passing; their figures are held back, not dated to it
    text = ("Henan\n\nHenan's output grew 8 percent in 2000, the bureau said in a statement on the economy of the "
            "province and of its cities.\n\nLast year, the province's expressways reached 2,600 km, compared with "
            "1,000 km at the end of 2000.\n\nThe province's installed generating capacity reached 28 million "
            "kilowatts.")
    assert not any(f.value * f.scale == 28e6 for f in observations(text, None))
