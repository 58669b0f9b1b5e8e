"""Sentence cases for the extractor, in the project's own words: shares and
whose they are, subjects, sources, periods and comparison bases, numbers,
lists and thresholds. The case format: tests/sentence_cases.py."""
from __future__ import annotations

import pytest

from sentence_cases import REF, check_case
from indicator_warehouse.extract import extract_facts


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
    ("'the total' before a noun of its own names that measure: no antecedent",
     "Shantou's exports reached 60 billion yuan in 2024. The total woodland in the city reached 0.2 million hectares, "
     "up 3 percent.",
     [dict(value=3, indicator="unclassified")], []),
    ("'the total' before a verb points back",
     "Shantou's exports reached 60 billion yuan in 2024. In 2023, the total came to 55 billion yuan.",
     [dict(value=55e9, indicator="exports", period_end="2023-12-31")], []),
    ("'the total value' points back",
     "Shantou's exports reached 60 billion yuan in 2024. In 2023, the total value was 55 billion yuan.",
     [dict(value=55e9, indicator="exports", period_end="2023-12-31")], []),
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
    ("'of these <noun>' with the antecedent's own noun makes a part of its measure, never the whole",
     "By the end of 2023, Zhongshan had 3,600 high-tech enterprises. Of these enterprises, 1,200 were in Torch "
     "park.",
     [dict(value=3600, indicator="high_tech_enterprises", period_end="2023-12-31"),
      dict(value=1200, indicator="unclassified", period_end="2023-12-31")], []),
    ("a level followed by its share of the whole is a part of that whole, never the whole",
     "Hubei's R&D spending reached 110 billion yuan in 2023. About 12 billion yuan went to universities, "
     "accounting for 11 percent of the province's R&D spending.",
     [dict(value=110e9, indicator="rd_expenditure", breakdown=None),
      dict(value=12e9, indicator="rd_expenditure", breakdown="performer=universities"),
      dict(value=11, indicator="rd_expenditure", breakdown="performer=universities")], []),
    ("a level whose share names a part the vocabulary lacks stays unclassified",
     "Hubei's R&D spending reached 110 billion yuan in 2023. About 3 billion yuan went to pilot programmes, "
     "accounting for 2.7 percent of the province's R&D spending.",
     [dict(value=110e9, indicator="rd_expenditure", breakdown=None), dict(value=3e9, indicator="unclassified")], []),
    ("'of this total' opens a part of the whole just reported",
     "Hubei spent 110 billion yuan on R&D in 2023. Of this total, 9 billion yuan went to basic research, up 7 "
     "percent.",
     [dict(value=110e9, indicator="rd_expenditure", breakdown=None),
      dict(value=9e9, indicator="rd_expenditure", breakdown="activity=basic research"),
      dict(value=7, indicator="rd_expenditure", breakdown="activity=basic research")], []),
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
    ("an analysts' estimate is a forecast; a recovery ratio whose only year is its base's stays out",
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
    ("a percentage of another period's level is a recovery ratio, not a share: an unclassified level",
     "In the first three quarters of 2024, Macao's GDP grew 11.5% and returned to 86.3% of the level in the same "
     "period of 2019.",
     [dict(value=11.5, metric="yoy_growth_pct"),
      dict(value=86.3, metric="level", unit="percent", indicator="unclassified", period_end="2024-09-30")], []),
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
    # a statistical release's unit in running prose, its scale written as a number
    ("a release's unit after the figure: '100 million yuan' scales it",
     "Hunan's fixed-asset investment was 9,870.4 100 million yuan in 2023.",
     [dict(value=987.04e9, unit="CNY", metric="level")], [1e8, 9870.4]),
    ("a release's unit in brackets after the figure scales it",
     "Hunan's exports reached 4,365.2 (100 million yuan) in 2023.",
     [dict(value=436.52e9, unit="CNY", metric="level")], [1e8]),
    ("a release's unit as a bracketed label before the figure scales the figure after it",
     "In 2023, Hunan's retail sales (100 million yuan) came to 20,203.3, up 6.1 percent.",
     [dict(value=2020.33e9, unit="CNY"), dict(value=6.1, metric="yoy_growth_pct")], [1e8]),
    ("'10,000 yuan' and '10k tonnes' after a figure scale it by ten thousand",
     "In 2023, per capita GDP in Hunan was 7.6 10,000 yuan and its grain output 3,068.4 10k tonnes.",
     [dict(value=76000, unit="CNY"), dict(value=3068.4e4 * 1000, unit="kilogram")], [10000, 3068.4]),
    ("a release's unit label skips a count to scale the bare figure it labels",
     "In 2023, Hunan's investment (100 million yuan) covered 3,000 projects and totaled 4,500.2.",
     [dict(value=450.02e9, unit="CNY")], [3000e8, 1e8]),
    ("a figure followed by a count of 'over 100 million yuan' projects is no release unit",
     "In 2023, Hunan started 1,520 projects of over 100 million yuan.",
     [], [1520e8]),
    # points: an index's, or a rate's
    ("points after an index noun are the index's, a level",
     "Hubei's manufacturing PMI came in at 50.9 points in March 2024.",
     [dict(value=50.9, unit="index", metric="level", period_end="2024-03-31")], []),
    ("a bare number an index noun names is an index reading",
     "Hubei's business climate index stood at 121.7 in the second quarter of 2024.",
     [dict(value=121.7, unit="index", metric="level")], []),
    ("points an index moved are a change in index points",
     "Hubei's manufacturing PMI dropped 0.7 points to 49.5 in April 2024.",
     [dict(value=-0.7, unit="index", metric="change"), dict(value=49.5, unit="index", metric="level")], []),
    ("points a rate moved are percentage points",
     "Hubei's urbanization rate climbed 0.9 points to 65.5 percent in 2023.",
     [dict(value=0.9, unit="percentage_point", metric="change"), dict(value=65.5, metric="level")], []),
    ("points with no index and no rate are what the sentence counts",
     "Hubei built 3,400 charging points in 2023.",
     [dict(value=3400, unit="count")], []),
    # ranges: an estimate, never an observation, never two
    ("a range with a dash is no observation",
     "Hubei's exports grew 11-12 percent in 2023.", [], [11, 12]),
    ("a range with 'to' is no observation, nor is its upper end",
     "Hubei's retail sales climbed 6 to 7 percent in 2023.", [], [6, 7]),
    ("a range 'between A and B' is no observation",
     "Hubei's GDP expanded between 5 and 6 percent in 2023.", [], [5, 6]),
    ("a range of counts takes the unit written once",
     "Hubei was home to 2,000-2,500 high-tech enterprises at the end of 2023.", [], [2000, 2500]),
    ("a range of money takes the scale written once",
     "Hubei's R&D spending was 130-140 billion yuan in 2023.", [], [130e9, 140e9, 130]),
    ("a target range beside an actual leaves the actual",
     "Hubei's GDP grew 6 percent in 2023, above its target range of 5 to 5.5 percent.",
     [dict(value=6, metric="yoy_growth_pct")], [5, 5.5]),
    ("a move from one figure to another is no range",
     "Hubei's exports rose from 300 billion yuan in 2022 to 330 billion yuan in 2023.",
     [dict(value=330e9, period_end="2023-12-31"), dict(value=300e9, period_end="2022-12-31")], []),
    ("a rate then a level after 'to' is no range",
     "Hubei's imports rose 8 percent to 200 billion yuan in 2023.",
     [dict(value=8, metric="yoy_growth_pct"), dict(value=200e9, metric="level")], []),
    ("a plan's starting level, dated by its own past year, is a reported level; the target stays out",
     "Zhaoqing's GDP is expected to rise from 286 billion yuan in 2023 to 400 billion yuan in 2027.",
     [dict(value=286e9, indicator="gdp", period_end="2023-12-31")], [400e9]),
    ("... so is the level a plan is compared with",
     "Zhaoqing aims to lift its exports to 60 billion yuan in 2026, compared with 50 billion yuan in 2024.",
     [dict(value=50e9, indicator="exports", period_end="2024-12-31")], [60e9]),
    ("... and a past relative clause about another place in a forecast's sentence",
     "Zhaoqing's GDP is forecast to grow 6 percent this year, faster than Foshan, whose GDP reached 1.33 "
     "trillion yuan last year.",
     [dict(value=1.33e12, region="Foshan", period_end="2024-12-31")], [6]),
    ("... but figures of a plan for years not yet over stay targets",
     "Zhaoqing plans to build 5,000 charging piles in 2025 and 8,000 in 2026.",
     [], [5000, 8000]),
]


def test_a_range_is_kept_once_as_an_estimate_at_least_its_lower_end():
    facts = [f for f in extract_facts("Hubei's exports grew 11-12 percent in 2023.", REF)]
    assert [(f.value, f.qualifier, f.is_target) for f in facts] == [(11, "over", True)]
    facts = [f for f in extract_facts("Hubei's exports grew about 11 to 12 percent in 2023.", REF)]
    assert [(f.value, f.qualifier, f.is_target) for f in facts] == [(11, "approx", True)]

@pytest.mark.parametrize("name,text,expected,absent", GENERAL_CASES, ids=[c[0] for c in GENERAL_CASES])
def test_general_case(name, text, expected, absent):
    check_case(name, text, expected, absent)
