"""Series probes (issue 12): sentences written in this project's own words,
for the ways a figure found with the right value ends up in the wrong
series. Run:

    PYTHONPATH=$PWD/flows /work/main/.venv/bin/python eval/probes/series_probes.py [--out FILE] [--verbose]

Each probe: (kind, sentence, expectations). An expectation is (value in
base units, accepted series), where accepted series is "code" (the whole),
"code/dim=value" (a part; several pairs joined by ';', dimensions in
alphabetical order), "unclassified", or several of these joined by '|'.
The reference date is 2025-03-10.

Verdicts per expectation:
  ok        filed under an accepted series
  lost      expected a catalogue series, got unclassified (safe, but a miss)
  WRONG     filed under a catalogue series not accepted (the fault counted)
  missing   value not extracted at all (a recall miss, not a series fault)
and per probe, TWOVAL when one series key (not unclassified) carries two
values in the probe's text.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date

from indicator_warehouse.extract import extract_facts

REF = date(2025, 3, 10)
U = "unclassified"

PROBES = [
    # ---- parts after "of which" / "including" / "among them" / "of the total" ----
    ("of_which", "Jiangsu's foreign trade reached 5.2 trillion yuan in 2024, of which exports were 3.3 trillion yuan.",
     [(5.2e12, "foreign_trade"), (3.3e12, "exports")]),
    ("of_which", "Fujian's imports and exports totaled 1.99 trillion yuan in 2024, of which private enterprises "
     "contributed 1.2 trillion yuan.",
     [(1.99e12, "foreign_trade"), (1.2e12, "foreign_trade/ownership=private")]),
    ("of_which", "In 2024 Guangxi traded goods worth 700 billion yuan with the rest of the world, of which 250 billion "
     "yuan was with ASEAN.",
     [(250e9, "foreign_trade/partner=ASEAN|unclassified")]),
    ("of_which", "Chongqing's exports hit 520 billion yuan in 2024, of which laptops made up 160 billion yuan.",
     [(520e9, "exports"), (160e9, U)]),
    ("of_which", "Sichuan's R&D expenditure came to 120 billion yuan in 2023, of which enterprises spent 70 billion yuan.",
     [(120e9, "rd_expenditure"), (70e9, "rd_expenditure/performer=enterprises|unclassified")]),
    ("of_which", "Zhejiang granted 190,000 patents in 2024, of which 60,000 were invention patents.",
     [(190000, "patents_granted"), (60000, "invention_patents_granted|patents_granted/kind=invention")]),
    ("including", "Shaanxi's imports and exports reached 400 billion yuan in 2024, including 90 billion yuan of "
     "integrated circuits.",
     [(400e9, "foreign_trade"), (90e9, "foreign_trade/product=integrated circuits|unclassified")]),
    ("including", "Hefei's exports rose to 250 billion yuan in 2024, including 60 billion yuan in new energy vehicles.",
     [(250e9, "exports"), (60e9, "exports/product=electric vehicles|unclassified")]),
    ("including", "Wuhan spent 78 billion yuan on research and development in 2023, including 6 billion yuan on "
     "basic research.",
     [(78e9, "rd_expenditure"), (6e9, "rd_expenditure/activity=basic research")]),
    ("including", "Shandong's fiscal revenue was 770 billion yuan in 2024, including tax revenue of 540 billion yuan.",
     [(770e9, "general_public_budget_revenue"), (540e9, "tax_revenue")]),
    ("including", "Ningbo's trade totaled 1.37 trillion yuan in 2024, including 420 billion yuan with the European "
     "Union.",
     [(1.37e12, "foreign_trade"), (420e9, "foreign_trade/partner=European Union|unclassified")]),
    ("among_them", "Hainan's goods trade reached 277 billion yuan in 2024. Among them, imports stood at 170 billion yuan.",
     [(277e9, "foreign_trade"), (170e9, "imports")]),
    ("among_them", "Xiamen's foreign trade grew 5 percent in 2024. Among them, trade with Belt and Road countries "
     "grew 9 percent.",
     [(5, "foreign_trade"), (9, "foreign_trade/partner=Belt and Road countries")]),
    ("among_them", "Henan's patent grants reached 80,000 in 2024; among them, utility model patents numbered 55,000.",
     [(55000, "patents_granted/kind=utility model")]),
    ("among_them", "Jilin's exports reached 60 billion yuan in 2024, among them automobiles worth 18 billion yuan.",
     [(60e9, "exports"), (18e9, "exports/product=automobiles|unclassified")]),
    ("of_the_total", "Guangxi's foreign trade totaled 710 billion yuan last year. Of the total, processing trade "
     "accounted for 190 billion yuan.",
     [(710e9, "foreign_trade"), (190e9, "foreign_trade/mode=processing trade|unclassified")]),
    ("of_the_total", "Of Yunnan's 190 billion yuan in foreign trade in 2024, 70 billion yuan was with ASEAN members.",
     [(190e9, "foreign_trade"), (70e9, "foreign_trade/partner=ASEAN|unclassified")]),
    ("of_the_total", "Of the 3.3 trillion yuan Jiangsu exported in 2024, mechanical and electrical products "
     "made up 2.2 trillion yuan.",
     [(3.3e12, "exports"), (2.2e12, "exports/product=mechanical and electrical products|unclassified")]),
    ("of_the_total", "Of all the R&D money spent in Hunan in 2023, universities accounted for 8 percent.",
     [(8, "rd_expenditure/performer=universities|unclassified")]),
    ("of_the_total", "Anhui's patent applications rose to 210,000 in 2024, and of the total, invention patent "
     "applications were 90,000.",
     [(210000, "patent_applications"), (90000, "patent_applications/kind=invention")]),
    ("of_which", "Tianjin's fixed-asset investment rose 3 percent in 2024, of which infrastructure investment went "
     "up 7 percent.",
     [(3, "fixed_asset_investment"), (7, "fixed_asset_investment/sector=infrastructure|unclassified")]),
    ("of_which", "Beijing's retail sales came to 1.4 trillion yuan in 2024, of which online retail sales were 600 "
     "billion yuan.",
     [(1.4e12, "retail_sales"), (600e9, "retail_sales/channel=online|unclassified")]),
    ("including", "Qingdao's imports and exports were worth 900 billion yuan in 2024, including 330 billion yuan "
     "of imports.",
     [(900e9, "foreign_trade"), (330e9, "imports")]),
    ("including", "Some 36 million tourists visited Guilin in 2024, including 1.2 million from overseas.",
     [(36e6, "tourist_visits"), (1.2e6, "tourist_visits/origin=inbound|unclassified")]),
    ("among_them", "Heilongjiang's trade with Russia reached 200 billion yuan in 2024. Among them, imports of crude "
     "oil were 110 billion yuan.",
     [(200e9, "foreign_trade/partner=Russia"), (110e9, U + "|imports/partner=Russia;product=crude oil")]),
    # ---- "respectively" ----
    ("respectively", "In 2024, Zhejiang's exports and imports reached 3.9 trillion yuan and 1.4 trillion yuan, "
     "respectively.",
     [(3.9e12, "exports"), (1.4e12, "imports")]),
    ("respectively", "Private, foreign-invested and state-owned enterprises in Jiangxi traded 500 billion, 120 billion "
     "and 50 billion yuan respectively in 2024.",
     [(500e9, "foreign_trade/ownership=private|unclassified"),
      (120e9, "foreign_trade/ownership=foreign-invested|unclassified"),
      (50e9, "foreign_trade/ownership=state-owned|unclassified")]),
    ("respectively", "Exports to the US and Japan from Shandong fell 2 percent and 5 percent respectively in 2024.",
     [(2, "exports/partner=United States"), (5, "exports/partner=Japan")]),
    ("respectively", "In 2023, basic research and applied research spending in Shanghai were 18 billion yuan and 25 "
     "billion yuan, respectively.",
     [(18e9, "rd_expenditure/activity=basic research"), (25e9, "rd_expenditure/activity=applied research")]),
    ("respectively", "Urban and rural residents' per capita disposable income in Gansu rose 4.5 percent and 6.8 "
     "percent respectively in 2024.",
     [(4.5, "per_capita_disposable_income/residence=urban"), (6.8, "per_capita_disposable_income/residence=rural")]),
    ("respectively", "The primary, secondary and tertiary industries of Guizhou grew 4 percent, 5 percent and 5.5 "
     "percent, respectively, in 2024.",
     [(4, "primary_industry_added_value"), (5, "secondary_industry_added_value"),
      (5.5, "tertiary_industry_added_value")]),
    ("respectively", "In 2024, invention, utility model and design patents granted in Hubei numbered 30,000, 60,000 "
     "and 12,000 respectively.",
     [(30000, "invention_patents_granted|patents_granted/kind=invention"),
      (60000, "patents_granted/kind=utility model"), (12000, "patents_granted/kind=design")]),
    ("respectively", "Hong Kong's exports and imports of goods in 2024 rose 8.7 percent and 6.1 percent, respectively.",
     [(8.7, "exports"), (6.1, "imports")]),
    ("respectively", "Trade with ASEAN and the EU accounted for 15 percent and 13 percent of Shanghai's total "
     "respectively in 2024.",
     [(15, "foreign_trade/partner=ASEAN"), (13, "foreign_trade/partner=European Union")]),
    ("respectively", "Fuzhou's GDP and fiscal revenue grew 5.7 percent and 3.1 percent respectively in 2024.",
     [(5.7, "gdp"), (3.1, "general_public_budget_revenue")]),
    ("respectively", "In 2024, the number of inbound and domestic tourists to Hainan reached 1.1 million and 99 "
     "million, respectively.",
     [(1.1e6, "tourist_visits/origin=inbound|unclassified"), (99e6, "tourist_visits/origin=domestic|unclassified")]),
    ("respectively", "Hangzhou's general trade and processing trade expanded 6 percent and shrank 4 percent "
     "respectively in 2024.",
     [(6, "foreign_trade/mode=general trade|unclassified"), (4, "foreign_trade/mode=processing trade|unclassified")]),
    # ---- "accounting for" / shares of a whole ----
    ("accounting_for", "Private firms in Zhejiang exported 3 trillion yuan of goods in 2024, accounting for 80 percent "
     "of the province's exports.",
     [(3e12, "exports/ownership=private"), (80, "exports/ownership=private")]),
    ("accounting_for", "In 2024 trade with RCEP members reached 1.6 trillion yuan in Guangdong, accounting for 18.4 "
     "percent of the total.",
     [(1.6e12, "foreign_trade/partner=RCEP members"), (18.4, "foreign_trade/partner=RCEP members")]),
    ("accounting_for", "High-tech manufacturing added value in Shaanxi grew 11 percent in 2024, accounting for 12 "
     "percent of industrial value added.",
     [(11, "industrial_value_added/sector=high-tech manufacturing|unclassified"),
      (12, "industrial_value_added/sector=high-tech manufacturing|unclassified")]),
    ("accounting_for", "Jiangxi's exports of the new three products reached 90 billion yuan in 2024, accounting for "
     "15 percent of its total exports.",
     [(90e9, "exports/product=new three|unclassified"), (15, "exports/product=new three|unclassified")]),
    ("accounting_for", "Enterprises spent 900 billion yuan on R&D in Guangdong in 2023, accounting for 88 percent of "
     "the total.",
     [(900e9, "rd_expenditure/performer=enterprises|unclassified"),
      (88, "rd_expenditure/performer=enterprises|unclassified")]),
    ("accounting_for", "Invention patents accounted for 23 percent of all patents granted in Hebei in 2024.",
     [(23, "patents_granted/kind=invention|invention_patents_granted|unclassified")]),
    ("accounting_for", "The tertiary industry's added value in Beijing reached 3.9 trillion yuan in 2024, accounting "
     "for 85 percent of GDP.",
     [(3.9e12, "tertiary_industry_added_value"), (85, "tertiary_industry_added_value")]),
    ("accounting_for", "Imports from Australia, mostly iron ore, hit 300 billion yuan in Shandong in 2024, making up "
     "a third of the province's imports.",
     [(300e9, "imports/partner=Australia"), (33.33, "imports/partner=Australia")]),
    ("accounting_for", "Cross-border e-commerce trade in Henan reached 280 billion yuan in 2024, or 32 percent of the "
     "province's foreign trade.",
     [(280e9, "foreign_trade/mode=cross-border e-commerce|unclassified"),
      (32, "foreign_trade/mode=cross-border e-commerce|unclassified")]),
    ("accounting_for", "The share of private enterprises in Hunan's foreign trade rose to 85 percent in 2024.",
     [(85, "foreign_trade/ownership=private")]),
    ("accounting_for", "Manufacturing made up 28 percent of Suzhou's GDP in 2024.",
     [(28, "unclassified|manufacturing_value_added|gdp/sector=manufacturing")]),
    ("accounting_for", "Foreign-funded firms' share of Tianjin's imports and exports was 48 percent in 2024.",
     [(48, "foreign_trade/ownership=foreign-invested")]),
    ("accounting_for", "Agricultural products took up 9 percent of Heilongjiang's imports in 2024.",
     [(9, "imports/product=agricultural products|unclassified")]),
    ("accounting_for", "In 2024, state-owned enterprises in Xinjiang handled 20 percent of the region's foreign trade.",
     [(20, "foreign_trade/ownership=state-owned|unclassified")]),
    ("accounting_for", "The digital economy's core industries generated 14 percent of Chongqing's GDP in 2024.",
     [(14, "digital_economy_value_added|unclassified")]),
    # ---- apposition ----
    ("apposition", "The EU, Chongqing's largest export market, bought 130 billion yuan of its goods in 2024.",
     [(130e9, "exports/partner=European Union|unclassified")]),
    ("apposition", "ASEAN, Guangxi's biggest trading partner for 25 years running, traded 410 billion yuan with the "
     "region in 2024.",
     [(410e9, "foreign_trade/partner=ASEAN|unclassified")]),
    ("apposition", "Lithium batteries, one of Fujian's new export pillars, brought in 70 billion yuan of exports in "
     "2024.",
     [(70e9, "exports/product=lithium-ion batteries|unclassified")]),
    ("apposition", "Enterprises, the main performers of R&D in Jiangsu, spent 340 billion yuan on it in 2023.",
     [(340e9, "rd_expenditure/performer=enterprises|unclassified")]),
    ("apposition", "Russia, the top source of Heilongjiang's imports, supplied goods worth 160 billion yuan in 2024.",
     [(160e9, "imports/partner=Russia|unclassified")]),
    ("apposition", "Foreign trade, a key engine of Xiamen's economy, reached 950 billion yuan in 2024.",
     [(950e9, "foreign_trade")]),
    ("apposition", "Processing trade, once the backbone of Dongguan's economy, shrank 6 percent to 400 billion yuan "
     "in 2024.",
     [(6, "foreign_trade/mode=processing trade|unclassified"),
      (400e9, "foreign_trade/mode=processing trade|unclassified")]),
    ("apposition", "Shenzhen's largest trading partner, Hong Kong, took 600 billion yuan of its exports in 2024.",
     [(600e9, "exports/partner=Hong Kong|unclassified")]),
    ("apposition", "Utility models, the most common kind of patent in Henan, were granted 50,000 times in 2024.",
     [(50000, "patents_granted/kind=utility model|unclassified")]),
    ("apposition", "The services sector, now the largest part of Shaanxi's economy, grew 5.1 percent in 2024.",
     [(5.1, "tertiary_industry_added_value")]),
    # ---- possessives ----
    ("possessive", "Private firms' exports from Jiangxi grew 11 percent in 2024.",
     [(11, "exports/ownership=private")]),
    ("possessive", "In 2024, state-owned companies' imports in Liaoning fell 7 percent.",
     [(7, "imports/ownership=state-owned")]),
    ("possessive", "Universities' R&D expenditure in Shaanxi reached 12 billion yuan in 2023.",
     [(12e9, "rd_expenditure/performer=universities")]),
    ("possessive", "Research institutes' R&D spending in Beijing came to 120 billion yuan in 2023.",
     [(120e9, "rd_expenditure/performer=research institutes")]),
    ("possessive", "Rural residents' per capita income in Yunnan rose 6.5 percent in 2024.",
     [(6.5, "per_capita_disposable_income/residence=rural")]),
    ("possessive", "Huawei's R&D spending reached 179.7 billion yuan in 2024.",
     [(179.7e9, U)]),
    ("possessive", "BYD's exports of cars jumped 72 percent in 2024.",
     [(72, U)]),
    ("possessive", "The manufacturing sector's investment in Jiangsu grew 8 percent in 2024.",
     [(8, "fixed_asset_investment/sector=manufacturing|unclassified")]),
    ("possessive", "Industrial enterprises' R&D spending in Zhejiang reached 220 billion yuan in 2023.",
     [(220e9, "rd_expenditure/performer=enterprises|unclassified")]),
    ("possessive", "Foreign-invested enterprises' exports in Suzhou dropped 3 percent in 2024.",
     [(3, "exports/ownership=foreign-invested")]),
    ("possessive", "In 2024, Shanghai's and Jiangsu's combined foreign trade exceeded 10 trillion yuan.",
     [(10e12, U)]),
    ("possessive", "The Yangtze River Delta's trade with ASEAN grew 7 percent in 2024.",
     [(7, "foreign_trade/partner=ASEAN")]),
    ("possessive", "Listed companies' revenue in Hangzhou rose 6 percent in 2024.",
     [(6, U)]),
    ("possessive", "Small and micro firms' imports and exports in Wenzhou reached 200 billion yuan in 2024.",
     [(200e9, U)]),
    ("possessive", "Urban households' per capita consumption spending in Fujian was 38,000 yuan in 2024.",
     [(38000, U)]),
    # ---- participles ----
    ("participle", "Imports from ASEAN into Guangxi rose 12 percent in 2024.",
     [(12, "imports/partner=ASEAN")]),
    ("participle", "Exports bound for the EU from Zhejiang reached 600 billion yuan in 2024.",
     [(600e9, "exports/partner=European Union|unclassified")]),
    ("participle", "Trade conducted by foreign-funded enterprises in Jiangsu fell 2 percent in 2024.",
     [(2, "foreign_trade/ownership=foreign-invested|unclassified")]),
    ("participle", "Goods shipped to Africa from Hunan were worth 60 billion yuan in 2024.",
     [(60e9, "exports/partner=Africa|unclassified")]),
    ("participle", "Goods imported from Brazil into Shandong totaled 150 billion yuan in 2024.",
     [(150e9, "imports/partner=Brazil|unclassified")]),
    ("participle", "Patents granted to enterprises in Guangdong rose 9 percent in 2024.",
     [(9, "patents_granted/performer=enterprises|unclassified")]),
    ("participle", "R&D spending performed by universities in Hubei grew 7 percent in 2023.",
     [(7, "rd_expenditure/performer=universities|unclassified")]),
    ("participle", "Exports made by private firms in Fujian reached 800 billion yuan in 2024.",
     [(800e9, "exports/ownership=private|unclassified")]),
    ("participle", "Investment channelled into infrastructure in Sichuan rose 4 percent in 2024.",
     [(4, "fixed_asset_investment/sector=infrastructure|unclassified")]),
    ("participle", "Foreign capital actually used by the manufacturing sector in Anhui fell 10 percent in 2024.",
     [(10, "fdi_actual_use/sector=manufacturing|unclassified")]),
    ("participle", "Crude oil imported through Qingdao port was worth 180 billion yuan in 2024.",
     [(180e9, "imports/product=crude oil|unclassified")]),
    ("participle", "Exports originating from the Hainan Free Trade Port grew 20 percent in 2024.",
     [(20, "exports")]),
    ("participle", "Trade carried out through cross-border e-commerce in Hangzhou hit 140 billion yuan in 2024.",
     [(140e9, "foreign_trade/mode=cross-border e-commerce|unclassified")]),
    ("participle", "Patent applications filed by universities in Jiangsu reached 70,000 in 2024.",
     [(70000, "patent_applications/performer=universities|unclassified")]),
    ("participle", "Exports heading to Latin America from Ningbo rose 15 percent in 2024.",
     [(15, "exports/partner=Latin America|unclassified")]),
    ("participle", "Imports sourced from Africa by Hunan companies climbed 25 percent in 2024.",
     [(25, "imports/partner=Africa|unclassified")]),
    ("participle", "Value added created by strategic emerging industries in Hefei rose 12 percent in 2024.",
     [(12, "strategic_emerging_industries_value_added|unclassified")]),
    ("participle", "Investment made by private businesses in Zhejiang grew 5 percent in 2024.",
     [(5, "fixed_asset_investment/ownership=private|unclassified")]),
    ("participle", "Products exported via China-Europe freight trains from Xi'an were worth 50 billion yuan in 2024.",
     [(50e9, U)]),
    ("participle", "Trade handled at Xiamen's ports with Taiwan rose 4 percent in 2024.",
     [(4, "foreign_trade/partner=Taiwan|unclassified")]),
    # ---- nested parts ----
    ("nested", "Exports of high-tech products to the US from Jiangsu fell 6 percent in 2024.",
     [(6, "exports/partner=United States;product=high-tech products|unclassified")]),
    ("nested", "Private firms' exports to ASEAN from Guangxi rose 18 percent in 2024.",
     [(18, "exports/ownership=private;partner=ASEAN|unclassified")]),
    ("nested", "Imports of agricultural products from Brazil into Shandong reached 60 billion yuan in 2024.",
     [(60e9, "imports/partner=Brazil;product=agricultural products|unclassified")]),
    ("nested", "Foreign-invested enterprises' exports of mechanical and electrical products in Suzhou reached 900 "
     "billion yuan in 2024.",
     [(900e9, "exports/ownership=foreign-invested;product=mechanical and electrical products|unclassified")]),
    ("nested", "Enterprises' spending on basic research in Guangdong was 10 billion yuan in 2023.",
     [(10e9, "rd_expenditure/activity=basic research;performer=enterprises|unclassified")]),
    ("nested", "Invention patents granted to universities in Shaanxi numbered 9,000 in 2024.",
     [(9000, "invention_patents_granted/performer=universities|unclassified")]),
    ("nested", "Exports of electric vehicles to Europe from Shanghai rose 30 percent in 2024.",
     [(30, "exports/partner=Europe;product=electric vehicles|unclassified")]),
    ("nested", "Processing trade with Japan in Dalian fell 8 percent in 2024.",
     [(8, "foreign_trade/mode=processing trade;partner=Japan|unclassified")]),
    ("nested", "Rural residents' per capita disposable income from wages in Hebei grew 7 percent in 2024.",
     [(7, U)]),
    ("nested", "Utility model patents granted to enterprises in Zhejiang reached 150,000 in 2024.",
     [(150000, "patents_granted/kind=utility model;performer=enterprises|unclassified")]),
    # ---- ratios ----
    ("ratio", "Shaanxi's R&D spending rose to 85 billion yuan in 2023, equivalent to 2.5 percent of its GDP.",
     [(85e9, "rd_expenditure"), (2.5, "rd_intensity")]),
    ("ratio", "Anhui's R&D intensity reached 2.7 percent in 2023.",
     [(2.7, "rd_intensity")]),
    ("ratio", "R&D expenditure as a proportion of GDP in Tianjin stood at 3.6 percent in 2023.",
     [(3.6, "rd_intensity")]),
    ("ratio", "In 2023, the ratio of R&D expenditure to gross regional product in Hubei was 2.4 percent.",
     [(2.4, "rd_intensity")]),
    ("ratio", "Beijing's R&D input intensity, the share of R&D spending in GDP, was 6.7 percent in 2023.",
     [(6.7, "rd_intensity")]),
    ("ratio", "Chongqing's GDP per capita reached 95,000 yuan in 2024.",
     [(95000, "gdp_per_capita")]),
    ("ratio", "In 2024, per capita GDP in Gansu was 50,000 yuan, about half the national average.",
     [(50000, "gdp_per_capita")]),
    ("ratio", "Macao's per capita GDP reached 540,000 patacas in 2024.",
     [(540000, "gdp_per_capita")]),
    ("ratio", "Per capita retail sales in Shanghai came to 66,000 yuan in 2024.",
     [(66000, U)]),
    ("ratio", "Each resident of Hangzhou spent 3,000 yuan on tourism in 2024 on average.",
     [(3000, U)]),
    ("ratio", "Shenzhen had 140 invention patents per 10,000 people by the end of 2024.",
     [(140, "invention_patents_per_10k")]),
    ("ratio", "The number of high-value invention patents per 10,000 people in Jiangsu reached 25 in 2024.",
     [(25, "invention_patents_per_10k|unclassified")]),
    ("ratio", "Macao's population density was about 21,000 people per square kilometre in 2024.",
     [(21000, U)]),
    ("ratio", "Hong Kong had 7.5 million residents in mid-2024, or about 6,800 people per square kilometre.",
     [(7.5e6, "population"), (6800, U)]),
    ("ratio", "Foreign trade dependence, the ratio of trade to GDP, fell to 30 percent in Zhejiang in 2024.",
     [(30, U)]),
    ("ratio", "Fiscal revenue in Hebei was equal to 9 percent of GDP in 2024.",
     [(9, "unclassified|general_public_budget_revenue")]),
    ("ratio", "Tax revenue made up 72 percent of Jiangsu's general public budget revenue in 2024.",
     [(72, "tax_revenue")]),
    ("ratio", "In 2024, exports equal to 40 percent of GDP left Dongguan exposed to tariffs.",
     [(40, "unclassified|exports")]),
    ("ratio", "Investment in R&D as a percentage of Shanghai's GDP rose to 4.4 percent in 2023.",
     [(4.4, "rd_intensity")]),
    ("ratio", "Shenzhen's R&D spending equaled 6.5 percent of its economic output in 2023.",
     [(6.5, "rd_intensity")]),
    ("ratio", "Enterprises' R&D spending as a share of their revenue reached 1.8 percent in Hunan in 2023.",
     [(1.8, U)]),
    ("ratio", "The average R&D spending of each high-tech enterprise in Xi'an was 12 million yuan in 2023.",
     [(12e6, U)]),
    ("ratio", "Each tourist to Sanya spent 2,100 yuan on average in 2024.",
     [(2100, U)]),
    ("ratio", "Zhejiang's urbanization rate reached 74.8 percent at the end of 2024.",
     [(74.8, "urbanization_rate")]),
    ("ratio", "Per capita consumption expenditure in Jiangsu reached 35,000 yuan in 2024.",
     [(35000, U)]),
    ("ratio", "In 2024, Hainan's per capita tourism spending rose 5 percent.",
     [(5, U)]),
    ("ratio", "The debt ratio of Guizhou's industrial firms was 60 percent at the end of 2024.",
     [(60, U)]),
    ("ratio", "Exports per worker in Dongguan's factories averaged 500,000 yuan in 2024.",
     [(500000, U)]),
    ("ratio", "The value of technology contracts per 10,000 people in Beijing hit 4 billion yuan in 2024.",
     [(4e9, U)]),
    ("ratio", "Guangdong's trade surplus with the US, equal to 3 percent of its GDP, narrowed in 2024.",
     [(3, U)]),
    # ---- counts beside money ----
    ("count_money", "Some 3,200 companies in Xiamen exported goods in 2024, up 5.1 percent.",
     [(3200, U), (5.1, U)]),
    ("count_money", "Chongqing signed 368 foreign investment projects in 2024, with contractual foreign capital of "
     "5.6 billion US dollars.",
     [(368, U), (5.6e9, U)]),
    ("count_money", "Tianjin registered 15,000 technology contracts in 2024 with a turnover of 180 billion yuan.",
     [(15000, "technology_contracts_registered"), (180e9, "technology_contract_value")]),
    ("count_money", "The number of enterprises with import and export records in Jiangxi rose to 8,500 in 2024.",
     [(8500, U)]),
    ("count_money", "Hainan saw 1,500 new foreign-invested enterprises set up in 2024, up 20 percent.",
     [(1500, "new_foreign_enterprises"), (20, "new_foreign_enterprises")]),
    ("count_money", "Shandong had 80,000 foreign trade firms in 2024, which traded 3.4 trillion yuan of goods.",
     [(80000, U)]),
    ("count_money", "In 2024, 1,200 exporters in Yiwu shipped goods worth 500 billion yuan, up 10 percent.",
     [(1200, U)]),
    ("count_money", "The number of exporting firms in Hunan grew 12 percent in 2024.",
     [(12, U)]),
    ("count_money", "Henan's 12,000 high-tech enterprises posted revenue of 2 trillion yuan in 2024.",
     [(12000, "high_tech_enterprises"), (2e12, U)]),
    ("count_money", "In 2024, Guizhou launched 1,800 industrial projects with total investment of 500 billion yuan.",
     [(1800, U), (500e9, U)]),
    ("count_money", "There were 2,300 R&D institutions in Hubei in 2023, employing 60,000 people.",
     [(2300, U), (60000, U)]),
    ("count_money", "Jiangsu's PCT applications rose to 8,000 in 2024, and the province received 2 billion yuan in "
     "patent licensing fees.",
     [(8000, "pct_applications"), (2e9, U)]),
    ("count_money", "Some 50,000 people in Fujian worked in marine fishing, which produced 30 billion yuan of output "
     "in 2024.",
     [(50000, U), (30e9, U)]),
    ("count_money", "Yunnan received 9 million overseas visitors in 2024, who spent 5 billion US dollars.",
     [(9e6, "tourist_visits/origin=inbound|unclassified"), (5e9, "tourism_revenue/origin=inbound|unclassified")]),
    ("count_money", "Hong Kong welcomed 44.5 million visitors in 2024, of whom 34 million came from the mainland.",
     [(44.5e6, "tourist_visits"), (34e6, U)]),
    ("count_money", "Macao recorded 34.9 million visitor arrivals in 2024, and gross gaming revenue reached 226.8 "
     "billion patacas.",
     [(34.9e6, "tourist_visits"), (226.8e9, U)]),
    ("count_money", "The number of market entities in Anhui reached 8 million in 2024, with registered capital of 30 "
     "trillion yuan.",
     [(8e6, "market_entities"), (30e12, U)]),
    ("count_money", "In 2024 Zhengzhou's customs cleared 1.2 million cross-border parcels worth 6 billion yuan.",
     [(1.2e6, U), (6e9, U)]),
    ("count_money", "Chengdu had 11,000 high-tech enterprises at the end of 2024, whose R&D spending topped 50 "
     "billion yuan.",
     [(11000, "high_tech_enterprises"), (50e9, U)]),
    ("count_money", "Some 900 foreign trade enterprises in Nanning imported goods from Vietnam in 2024.",
     [(900, U)]),
    ("count_money", "Shanghai issued 40,000 work permits to foreigners in 2024, while its foreign trade grew 1 percent.",
     [(40000, U), (1, "foreign_trade")]),
    ("count_money", "The number of patents granted in Xinjiang rose 8 percent to 20,000 in 2024.",
     [(20000, "patents_granted"), (8, "patents_granted")]),
    ("count_money", "Tianjin's ports handled 23 million TEUs of containers in 2024, and the value of goods handled "
     "reached 2 trillion yuan.",
     [(23e6, "container_throughput"), (2e12, U)]),
    ("count_money", "Qingdao had 10,000 cross-border e-commerce firms in 2024, whose trade reached 40 billion yuan.",
     [(10000, U), (40e9, U)]),
    ("count_money", "Hebei's 3,000 specialized and sophisticated SMEs exported 20 billion yuan of goods in 2024.",
     [(3000, "specialized_smes"), (20e9, U)]),
    # ---- uncatalogued measures next to catalogued ones ----
    ("uncatalogued", "Shandong's GDP grew 5.8 percent in 2024, while profits of industrial firms rose 7 percent.",
     [(5.8, "gdp"), (7, U)]),
    ("uncatalogued", "Hebei's fixed-asset investment rose 4 percent in 2024, and real estate development investment "
     "fell 8 percent.",
     [(4, "fixed_asset_investment"), (8, "fixed_asset_investment/sector=real estate|unclassified")]),
    ("uncatalogued", "Guangxi's power generation reached 250 billion kWh in 2024, and electricity consumption rose 9 "
     "percent.",
     [(250e9, U), (9, "electricity_consumption")]),
    ("uncatalogued", "Tianjin's port cargo throughput reached 570 million tonnes in 2024, and its foreign trade "
     "cargo throughput was 330 million tonnes.",
     [(570e6, "cargo_throughput"), (330e6, U)]),
    ("uncatalogued", "Hong Kong's re-exports rose 8 percent in 2024, while total exports of goods grew 8.7 percent.",
     [(8, "exports/mode=re-exports|unclassified"), (8.7, "exports")]),
    ("uncatalogued", "Hong Kong's domestic exports fell 3 percent in 2024.",
     [(3, "exports/mode=domestic exports|unclassified")]),
    ("uncatalogued", "Shanxi's tax revenue reached 200 billion yuan in 2024, and non-tax revenue was 90 billion yuan.",
     [(200e9, "tax_revenue"), (90e9, U)]),
    ("uncatalogued", "Jiangsu's trade surplus reached 1.9 trillion yuan in 2024.",
     [(1.9e12, U)]),
    ("uncatalogued", "Zhejiang paid out 300 billion yuan in export tax rebates in 2024.",
     [(300e9, U)]),
    ("uncatalogued", "Guangdong's freight volume rose 4 percent in 2024, and its container throughput rose 6 percent.",
     [(4, U), (6, "container_throughput")]),
    ("uncatalogued", "Passenger trips in Chongqing reached 500 million in 2024.",
     [(500e6, U)]),
    ("uncatalogued", "Hunan's retail sales of catering services rose 8 percent in 2024.",
     [(8, "unclassified|retail_sales")]),
    ("uncatalogued", "Hubei's deposits in financial institutions reached 9 trillion yuan at the end of 2024, and "
     "loans reached 8 trillion yuan.",
     [(9e12, U), (8e12, U)]),
    ("uncatalogued", "Shaanxi's coal output reached 780 million tonnes in 2024.",
     [(780e6, U)]),
    ("uncatalogued", "In 2024, Fujian's marine fishery output value reached 150 billion yuan.",
     [(150e9, U)]),
    ("uncatalogued", "Beijing's technology service industry earned revenue of 1 trillion yuan in 2024.",
     [(1e12, U)]),
    ("uncatalogued", "Heilongjiang's grain output reached 80 billion kg in 2024, and soybean output was 9 billion kg.",
     [(80e9, "grain_output"), (9e9, U)]),
    ("uncatalogued", "In 2024, Xinjiang's cotton exports grew 20 percent.",
     [(20, U)]),
    ("uncatalogued", "Hainan's duty-free sales came to 30 billion yuan in 2024.",
     [(30e9, U)]),
    ("uncatalogued", "Chongqing's industrial profits rose 10 percent and its industrial value added rose 7 percent in "
     "2024.",
     [(10, U), (7, "industrial_value_added")]),
    ("uncatalogued", "Shenzhen's exports of services grew 20 percent in 2024.",
     [(20, "exports/product=services|exports/mode=services|unclassified")]),
    ("uncatalogued", "Guangzhou's urban population reached 16 million in 2024.",
     [(16e6, "population/residence=urban|unclassified")]),
    ("uncatalogued", "Sichuan's floating population reached 10 million in 2024.",
     [(10e6, U)]),
    ("uncatalogued", "Zhejiang's trade in services reached 500 billion yuan in 2024.",
     [(500e9, "unclassified|foreign_trade/product=services")]),
    ("uncatalogued", "The GDP deflator in Shanxi fell 2 percent in 2024.",
     [(2, U)]),
    # ---- a word inside the measure's name ----
    ("word_inside", "Jiangsu's research and development personnel reached 1.2 million in 2023.",
     [(1.2e6, "rd_personnel")]),
    ("word_inside", "Tax deductions for R&D expenses in Anhui reached 90 billion yuan in 2024.",
     [(90e9, U)]),
    ("word_inside", "Patent pledge financing in Hubei reached 40 billion yuan in 2024.",
     [(40e9, U)]),
    ("word_inside", "Export credit insurance covered 150 billion yuan of Ningbo's goods in 2024.",
     [(150e9, U)]),
    ("word_inside", "The import tax collected by Shanghai customs reached 200 billion yuan in 2024.",
     [(200e9, U)]),
    ("word_inside", "Tourism investment in Guizhou rose 10 percent in 2024.",
     [(10, U)]),
    ("word_inside", "Hefei's investment in high-tech industries grew 15 percent in 2024.",
     [(15, "fixed_asset_investment/sector=high-tech industries|unclassified")]),
    ("word_inside", "The value of Jiangsu's technology import contracts reached 5 billion US dollars in 2024.",
     [(5e9, U)]),
    ("word_inside", "GDP growth in Hainan slowed to 3.7 percent in 2024 as tourism revenue rose 4 percent.",
     [(3.7, "gdp"), (4, "tourism_revenue")]),
    ("word_inside", "Jiangxi's export-oriented industries employed 2 million people in 2024.",
     [(2e6, U)]),
    ("word_inside", "Anhui's experimental development expenditure was 85 billion yuan in 2023.",
     [(85e9, "rd_expenditure/activity=experimental development")]),
    ("word_inside", "Fujian's funding for research and experimental development rose 10 percent in 2023.",
     [(10, "rd_expenditure")]),
    ("word_inside", "Hunan's patent agency revenue came to 2 billion yuan in 2024.",
     [(2e9, U)]),
    ("word_inside", "The retail price index in Guangxi rose 0.5 percent in 2024.",
     [(0.5, U)]),
    ("word_inside", "Spending on R&D equipment by Shandong's universities reached 6 billion yuan in 2023.",
     [(6e9, U)]),
    # ---- growth rates and levels of different measures in one sentence ----
    ("mixed", "Imports fell 2.1 percent to 1.3 trillion yuan while exports rose 7 percent to 2.1 trillion yuan in "
     "Shanghai in 2024.",
     [(2.1, "imports"), (1.3e12, "imports"), (7, "exports"), (2.1e12, "exports")]),
    ("mixed", "Liaoning's fiscal revenue reached 280 billion yuan in 2024, up 3 percent, of which tax revenue was "
     "190 billion yuan, down 1 percent.",
     [(280e9, "general_public_budget_revenue"), (3, "general_public_budget_revenue"),
      (190e9, "tax_revenue"), (1, "tax_revenue")]),
    ("mixed", "In 2024, Jiangxi's GDP grew 5.1 percent to 3.4 trillion yuan, and its retail sales rose 5 percent to "
     "1.4 trillion yuan.",
     [(5.1, "gdp"), (3.4e12, "gdp"), (5, "retail_sales"), (1.4e12, "retail_sales")]),
    ("mixed", "Exports of mechanical and electrical products from Guangdong rose 9 percent in 2024, faster than the "
     "province's overall exports, which grew 6 percent.",
     [(9, "exports/product=mechanical and electrical products"), (6, "exports")]),
    ("mixed", "Zhejiang's foreign trade rose 7 percent in 2024, while its trade with the US fell 3 percent.",
     [(7, "foreign_trade"), (3, "foreign_trade/partner=United States")]),
    ("mixed", "Private enterprises' trade in Hunan grew 12 percent in 2024, outpacing the province's total trade "
     "growth of 4 percent.",
     [(12, "foreign_trade/ownership=private"), (4, "foreign_trade")]),
    ("mixed", "Anhui's R&D spending grew 10 percent to 120 billion yuan in 2023, and basic research spending grew 20 "
     "percent.",
     [(10, "rd_expenditure"), (120e9, "rd_expenditure"), (20, "rd_expenditure/activity=basic research")]),
    ("mixed", "In 2024, Jilin produced 1 million vehicles, up 5 percent, including 200,000 new energy vehicles, up "
     "40 percent.",
     [(1e6, "auto_output"), (5, "auto_output"), (200000, "nev_output"), (40, "nev_output")]),
    ("mixed", "Sichuan's industrial value added rose 6 percent in 2024, with high-tech manufacturing up 11 percent.",
     [(6, "industrial_value_added"), (11, "industrial_value_added/sector=high-tech manufacturing|unclassified")]),
    ("mixed", "Guangzhou's GDP rose 2.1 percent in 2024 while the city's fixed-asset investment dropped 2.3 percent.",
     [(2.1, "gdp"), (2.3, "fixed_asset_investment")]),
    ("mixed", "Kunming's imports from Laos doubled to 10 billion yuan in 2024, while its overall imports fell 5 "
     "percent.",
     [(10e9, "imports/partner=Laos"), (5, "imports")]),
    ("mixed", "Yantai's exports to South Korea reached 60 billion yuan in 2024, up 4 percent, and its total exports "
     "reached 280 billion yuan.",
     [(60e9, "exports/partner=South Korea"), (4, "exports/partner=South Korea"), (280e9, "exports")]),
    ("mixed", "Patent grants in Shaanxi fell 5 percent in 2024, though invention patents granted rose 12 percent.",
     [(5, "patents_granted"), (12, "invention_patents_granted")]),
    ("mixed", "Fuzhou's tourist visits rose 12 percent to 100 million in 2024, and tourism revenue rose 15 percent.",
     [(12, "tourist_visits"), (100e6, "tourist_visits"), (15, "tourism_revenue")]),
    ("mixed", "In 2024, Nanning's trade with Vietnam rose 20 percent to 90 billion yuan, or 60 percent of the city's "
     "foreign trade of 150 billion yuan.",
     [(20, "foreign_trade/partner=Vietnam"), (90e9, "foreign_trade/partner=Vietnam"),
      (60, "foreign_trade/partner=Vietnam"), (150e9, "foreign_trade")]),
    # ---- figures restated in two sentences ----
    ("restated", "Xiamen's foreign trade reached 950 billion yuan in 2024. Of this, trade with ASEAN was 180 billion "
     "yuan, up 8 percent, while trade with the EU rose 3 percent to 110 billion yuan.",
     [(950e9, "foreign_trade"), (180e9, "foreign_trade/partner=ASEAN"), (8, "foreign_trade/partner=ASEAN"),
      (3, "foreign_trade/partner=European Union"), (110e9, "foreign_trade/partner=European Union")]),
    ("restated", "Shandong's exports hit 2 trillion yuan in 2024. The figure for private firms was 1.5 trillion yuan.",
     [(2e12, "exports"), (1.5e12, "exports/ownership=private|unclassified")]),
    ("restated", "Hebei's R&D spending was 80 billion yuan in 2023. Enterprises accounted for 70 billion yuan of it.",
     [(80e9, "rd_expenditure"), (70e9, "rd_expenditure/performer=enterprises|unclassified")]),
    ("restated", "Jiangsu granted 80,000 invention patents in 2024. That was 20 percent of all patents granted in the "
     "province.",
     [(80000, "invention_patents_granted")]),
    ("restated", "Fujian's GDP grew 5.5 percent in 2024. Quanzhou, its largest city economy, grew 5 percent.",
     [(5.5, "gdp")]),
    ("restated", "Guangxi's foreign trade grew 4 percent in 2024. Exports grew 10 percent, and imports fell 3 percent.",
     [(4, "foreign_trade"), (10, "exports"), (3, "imports")]),
    ("restated", "Ningbo's exports reached 950 billion yuan in 2024. Exports to the US were 180 billion yuan, and "
     "exports to the EU were 200 billion yuan.",
     [(950e9, "exports"), (180e9, "exports/partner=United States"), (200e9, "exports/partner=European Union")]),
    ("restated", "Hunan's imports and exports reached 560 billion yuan in 2024. Private enterprises' imports and "
     "exports were 460 billion yuan.",
     [(560e9, "foreign_trade"), (460e9, "foreign_trade/ownership=private")]),
    ("restated", "Henan's foreign trade was 800 billion yuan in 2024. Zhengzhou's foreign trade was 600 billion yuan.",
     [(800e9, "foreign_trade")]),
    ("restated", "Liaoning's R&D intensity was 2.2 percent in 2023. Its R&D spending grew 9 percent.",
     [(2.2, "rd_intensity"), (9, "rd_expenditure")]),
    ("restated", "Shanghai's foreign trade reached 4.2 trillion yuan in 2024. Trade with Belt and Road countries "
     "totaled 1.5 trillion yuan, and trade with RCEP members 1.2 trillion yuan.",
     [(4.2e12, "foreign_trade"), (1.5e12, "foreign_trade/partner=Belt and Road countries"),
      (1.2e12, "foreign_trade/partner=RCEP members")]),
    ("restated", "Guangdong's exports rose 8 percent in 2024. Exports of the new three grew 20 percent, and "
     "labor-intensive products rose 4 percent.",
     [(8, "exports"), (20, "exports/product=new three|unclassified"),
      (4, "exports/product=labor-intensive products|unclassified")]),
    # ==== second batch: the same kinds, other wordings (written after the first fixes, to test them) ====
    ("participle", "Exports going to RCEP members from Guangxi rose 11 percent in 2024.",
     [(11, "exports/partner=RCEP members")]),
    ("participle", "Goods sold to Russia by Heilongjiang firms were worth 40 billion yuan in 2024.",
     [(40e9, "exports/partner=Russia|unclassified")]),
    ("participle", "Imports coming from South Korea into Shandong fell 4 percent in 2024.",
     [(4, "imports/partner=South Korea")]),
    ("participle", "Exports destined for Central Asia from Xinjiang jumped 30 percent in 2024.",
     [(30, "exports/partner=Central Asia")]),
    ("participle", "Invention patents awarded to research institutes in Beijing numbered 20,000 in 2024.",
     [(20000, "invention_patents_granted/performer=research institutes")]),
    ("participle", "Patents granted to foreign applicants in Shanghai rose 3 percent in 2024.",
     [(3, U)]),
    ("participle", "Exports shipped by sea from Ningbo grew 6 percent in 2024.",
     [(6, "exports|unclassified")]),
    ("participle", "R&D funds spent by universities in Jiangsu reached 20 billion yuan in 2023.",
     [(20e9, "rd_expenditure/performer=universities|unclassified")]),
    ("participle", "Imports arriving from Australia at Tianjin port rose 9 percent in 2024.",
     [(9, "imports/partner=Australia|unclassified")]),
    ("participle", "Exports to countries along the Belt and Road from Chongqing reached 300 billion yuan in 2024.",
     [(300e9, "exports/partner=Belt and Road countries")]),
    ("nested", "Exports of textiles and garments to the US from Zhejiang fell 5 percent in 2024.",
     [(5, "exports/partner=United States;product=textiles and garments|unclassified")]),
    ("nested", "Imports of iron ore from Australia into Hebei reached 120 billion yuan in 2024.",
     [(120e9, "imports/partner=Australia;product=iron ore")]),
    ("nested", "Exports of solar cells to the Middle East from Jiangsu doubled in 2024, reaching 30 billion yuan.",
     [(30e9, "exports/partner=Middle East;product=solar cells|unclassified")]),
    ("nested", "Imports of soybeans from Brazil were worth 50 billion yuan in Guangxi in 2024.",
     [(50e9, "imports/partner=Brazil;product=soybeans")]),
    ("nested", "Exports of household appliances from Foshan to Latin America rose 18 percent in 2024.",
     [(18, "exports/partner=Latin America;product=household appliances")]),
    ("nested", "Exports of ships to Europe from Jiangsu reached 60 billion yuan in 2024.",
     [(60e9, "exports/partner=Europe;product=ships")]),
    ("nested", "Exports of mechanical and electrical products by private firms in Hunan rose 20 percent in 2024.",
     [(20, "exports/ownership=private;product=mechanical and electrical products|unclassified")]),
    ("nested", "Imports of crude oil from the Gulf states into Zhejiang fell 2 percent in 2024.",
     [(2, "imports/partner=Gulf Cooperation Council countries;product=crude oil|unclassified")]),
    ("ratio", "Jiangsu's R&D spending-to-GDP ratio rose to 3.3 percent in 2023.",
     [(3.3, "rd_intensity|unclassified")]),
    ("ratio", "The proportion of R&D investment to GDP in Anhui reached 2.7 percent in 2023.",
     [(2.7, "rd_intensity")]),
    ("ratio", "Hunan invested 100 billion yuan in R&D in 2023, accounting for 2.1 percent of the regional GDP.",
     [(100e9, "rd_expenditure"), (2.1, "rd_intensity")]),
    ("ratio", "Tax revenue as a share of fiscal revenue in Shanxi fell to 70 percent in 2024.",
     [(70, "tax_revenue")]),
    ("ratio", "Exports as a percentage of GDP fell to 35 percent in Dongguan in 2024.",
     [(35, U)]),
    ("ratio", "The ratio of fiscal revenue to GDP in Hebei was 9 percent in 2024.",
     [(9, U)]),
    ("ratio", "The output per worker in Shenzhen's factories reached 600,000 yuan in 2024.",
     [(600000, U)]),
    ("ratio", "Each 10,000 residents of Suzhou held 100 invention patents at the end of 2024.",
     [(100, "invention_patents_per_10k|unclassified")]),
    ("ratio", "Guangzhou had 60 high-value invention patents for every 10,000 people at the end of 2024.",
     [(60, "invention_patents_per_10k|unclassified")]),
    ("ratio", "The average revenue per high-tech enterprise in Hefei was 300 million yuan in 2024.",
     [(300e6, U)]),
    ("ratio", "Foreign trade per capita in Xiamen reached 180,000 yuan in 2024.",
     [(180000, U)]),
    ("ratio", "Xiamen's trade per head of population was 180,000 yuan in 2024.",
     [(180000, U)]),
    ("ratio", "The tertiary industry's share of Hainan's GDP reached 62 percent in 2024.",
     [(62, "tertiary_industry_added_value")]),
    ("ratio", "The share of the digital economy in GDP rose to 50 percent in Beijing in 2024.",
     [(50, "digital_economy_value_added|unclassified")]),
    ("ratio", "Manufacturing investment made up 40 percent of fixed-asset investment in Jiangxi in 2024.",
     [(40, "fixed_asset_investment/sector=manufacturing|unclassified")]),
    ("accounting_for", "Trade with ASEAN made up 20 percent of Guangxi's foreign trade in 2024.",
     [(20, "foreign_trade/partner=ASEAN")]),
    ("accounting_for", "The private sector generated 60 percent of Fujian's exports in 2024.",
     [(60, "exports/ownership=private")]),
    ("accounting_for", "The proportion of high-tech products in Shaanxi's exports rose to 40 percent in 2024.",
     [(40, "exports/product=high-tech products")]),
    ("accounting_for", "The share of processing trade in Dongguan's trade fell to 30 percent in 2024.",
     [(30, "foreign_trade/mode=processing trade|unclassified")]),
    ("accounting_for", "Universities' share of Hubei's R&D spending was 10 percent in 2023.",
     [(10, "rd_expenditure/performer=universities")]),
    ("accounting_for", "Foreign-invested enterprises imported 300 billion yuan of goods in Tianjin in 2024, "
     "or 45 percent of the city's imports.",
     [(300e9, "imports/ownership=foreign-invested"), (45, "imports/ownership=foreign-invested")]),
    ("accounting_for", "State-owned firms exported 80 billion yuan of goods from Liaoning in 2024.",
     [(80e9, "exports/ownership=state-owned")]),
    ("accounting_for", "Small and medium-sized firms exported 60 billion yuan of goods from Wenzhou in 2024.",
     [(60e9, U)]),
    ("count_money", "Some 1,500 firms in Hunan imported goods from Africa in 2024, up 10 percent.",
     [(10, U)]),
    ("count_money", "Shaanxi signed 120 foreign investment contracts worth 3 billion US dollars in 2024.",
     [(3e9, U)]),
    ("count_money", "The number of foreign trade enterprises in Jiangxi grew 9 percent in 2024, and their exports rose "
     "11 percent.",
     [(9, U)]),
    ("count_money", "Zhejiang had 40,000 high-tech enterprises in 2024, and their R&D spending reached 200 billion yuan.",
     [(40000, "high_tech_enterprises"), (200e9, U)]),
    ("count_money", "A total of 600 projects with investment of 1 trillion yuan were launched in Henan in 2024.",
     [(600, U), (1e12, U)]),
    ("count_money", "In 2024 Shenzhen approved 3,000 new foreign-invested enterprises, which brought in 10 billion US "
     "dollars of foreign capital.",
     [(3000, "new_foreign_enterprises")]),
    ("count_money", "Shanghai had 1,000 regional headquarters of multinationals in 2024, whose revenue topped 2 trillion "
     "yuan.",
     [(1000, U), (2e12, U)]),
    ("count_money", "The number of valid invention patents in Hefei reached 70,000 at the end of 2024.",
     [(70000, "valid_invention_patents")]),
    ("uncatalogued", "Shanxi's coal exports fell 20 percent in 2024, while its total exports rose 2 percent.",
     [(20, U), (2, "exports")]),
    ("uncatalogued", "Hubei's grain output reached 28 billion kg in 2024, and its pork output was 4 million tonnes.",
     [(28e9, "grain_output"), (4e6, U)]),
    ("uncatalogued", "Chongqing's laptop output reached 60 million units in 2024, and its auto output rose 8 percent.",
     [(60e6, U), (8, "auto_output")]),
    ("uncatalogued", "Fujian's tea output rose 5 percent in 2024, and its GDP rose 5.5 percent.",
     [(5, U), (5.5, "gdp")]),
    ("uncatalogued", "Shenzhen's financial sector value added grew 7 percent in 2024.",
     [(7, U)]),
    ("uncatalogued", "Guangdong's industrial output grew 4 percent in 2024, and industrial electricity consumption "
     "grew 6 percent.",
     [(4, "industrial_value_added"), (6, "electricity_consumption/sector=industry|unclassified")]),
    ("uncatalogued", "Hainan's hotel occupancy rate was 65 percent in 2024, and its tourist arrivals rose 10 percent.",
     [(65, U), (10, "tourist_visits")]),
    ("uncatalogued", "Guizhou's big data industry revenue grew 15 percent in 2024.",
     [(15, U)]),
    ("uncatalogued", "Macao's gross gaming revenue rose 24 percent in 2024, and its visitor arrivals grew 24 percent.",
     [(24, "tourist_visits")]),
    ("uncatalogued", "Hong Kong's retail sales value fell 7 percent in 2024, and its total exports of goods rose 8.7 "
     "percent.",
     [(7, "retail_sales"), (8.7, "exports")]),
    ("word_inside", "Hong Kong's import and export trade sector employed 300,000 people in 2024.",
     [(300000, U)]),
    ("word_inside", "Zhejiang's export processing zones handled 100 billion yuan of trade in 2024.",
     [(100e9, U)]),
    ("word_inside", "Jiangsu's GDP target for 2024 was around 5 percent, and actual growth was 5.8 percent.",
     [(5.8, "gdp")]),
    ("word_inside", "Hunan's R&D tax incentives totaled 30 billion yuan in 2024.",
     [(30e9, U)]),
    ("word_inside", "Export prices in Zhejiang fell 3 percent in 2024.",
     [(3, U)]),
    ("word_inside", "The population census in Hunan counted 66 million residents in 2020.",
     [(66e6, "population")]),
    ("mixed", "Exports from Henan rose 6 percent in 2024, while imports into the province fell 8 percent.",
     [(6, "exports"), (8, "imports")]),
    ("mixed", "Anhui's high-tech enterprises numbered 20,000 in 2024, and their revenue rose 10 percent.",
     [(20000, "high_tech_enterprises"), (10, U)]),
    ("mixed", "Gansu's tax revenue fell 2 percent in 2024 while non-tax revenue surged 15 percent.",
     [(2, "tax_revenue"), (15, U)]),
    ("mixed", "Private investment in Zhejiang rose 3 percent in 2024, and overall fixed-asset investment rose 4 percent.",
     [(3, "fixed_asset_investment/ownership=private|unclassified"), (4, "fixed_asset_investment")]),
    ("restated", "Yunnan's trade with ASEAN reached 160 billion yuan in 2024. That was 60 percent of the province's "
     "foreign trade.",
     [(160e9, "foreign_trade/partner=ASEAN")]),
    ("restated", "Tianjin's R&D spending was 60 billion yuan in 2023. The amount spent by enterprises was 45 billion "
     "yuan.",
     [(60e9, "rd_expenditure"), (45e9, "rd_expenditure/performer=enterprises|unclassified")]),
    ("restated", "Zhejiang's exports grew 7 percent in 2024. The growth of exports to the EU was 4 percent.",
     [(7, "exports"), (4, "exports/partner=European Union|unclassified")]),
    ("restated", "Guangdong's foreign trade was 9.1 trillion yuan in 2024. The total for private firms was 5.3 trillion "
     "yuan.",
     [(9.1e12, "foreign_trade"), (5.3e12, "foreign_trade/ownership=private|unclassified")]),
    ("restated", "Shaanxi's GDP rose 5.3 percent in 2024. The figure for Xi'an was 5 percent.",
     [(5.3, "gdp")]),
    ("of_which", "Chengdu's trade reached 750 billion yuan in 2024, of which trade with the EU accounted for 120 "
     "billion yuan.",
     [(750e9, "foreign_trade"), (120e9, "foreign_trade/partner=European Union")]),
    ("of_which", "Zhuhai's patent grants reached 20,000 in 2024, of which design patents were 3,000.",
     [(3000, "patents_granted/kind=design")]),
    ("of_which", "Wuxi's R&D spending came to 60 billion yuan in 2023, with enterprises accounting for 52 billion "
     "yuan.",
     [(60e9, "rd_expenditure"), (52e9, "rd_expenditure/performer=enterprises|unclassified")]),
    ("of_which", "Dalian's exports were 200 billion yuan in 2024, with exports to Japan reaching 50 billion yuan.",
     [(200e9, "exports"), (50e9, "exports/partner=Japan")]),
    # ---- Hong Kong's and Macao's two kinds of exports (held-out 4 adjudication: mode=...) ----
    ("trade_mode", "Domestic exports of Hong Kong slid 12 percent to HK$48 billion in 2024.",
     [(12, "exports/mode=domestic exports|unclassified"), (48e9, "exports/mode=domestic exports|unclassified")]),
    ("trade_mode", "Macao's re-exports climbed 20 percent in 2024 to 11 billion patacas.",
     [(20, "exports/mode=re-exports|unclassified"), (11e9, "exports/mode=re-exports|unclassified")]),
    ("trade_mode", "In the first half of 2024, the value of re-exports from Hong Kong was HK$2.2 trillion, and the "
     "value of domestic exports was HK$30 billion.",
     [(2.2e12, "exports/mode=re-exports|unclassified"), (30e9, "exports/mode=domestic exports|unclassified")]),
    # ---- a whole, then the parts it is made of ----
    ("composition", "Hong Kong's total exports, comprising re-exports and domestic exports, grew 6 percent in 2024.",
     [(6, "exports")]),
    ("composition", "In March 2024, the value of Hong Kong's total exports of goods consisting of re-exports and "
     "domestic exports fell 4 percent to HK$400 billion.",
     [(4, "exports"), (400e9, "exports")]),
    ("composition", "Hunan's foreign trade, made up of exports and imports, rose 5 percent to 580 billion yuan in 2024.",
     [(5, "foreign_trade"), (580e9, "foreign_trade")]),
    ("composition", "Macao's exports, which comprise domestic exports and re-exports, totalled 12 billion patacas in "
     "2024, while its domestic exports fell 9 percent.",
     [(12e9, "exports"), (9, "exports/mode=domestic exports|unclassified")]),
    # ---- a currency sign is not a partner ----
    ("currency_sign", "Xinjiang's imports jumped 40 percent to US$9 billion in 2024.",
     [(40, "imports"), (9e9, "imports")]),
    ("currency_sign", "Tibet's exports hit US$300 million in 2024, while imports grew 90 percent to US$120 million.",
     [(300e6, "exports"), (90, "imports"), (120e6, "imports")]),
    ("currency_sign", "Guangxi's trade with the US fell 3 percent to US$8 billion in 2024.",
     [(3, "foreign_trade/partner=United States"), (8e9, "foreign_trade/partner=United States")]),
    ("currency_sign", "Hainan's exports rose 20 percent to HK$5 billion in 2024.",
     [(20, "exports"), (5e9, "exports")]),
    # ---- a measure done "by" a group the code has no part for ----
    ("agent_by", "Exports by multinational companies made up 40 percent of Suzhou's exports in 2024.",
     [(40, U)]),
    ("agent_by", "Imports by overseas-funded firms in Tianjin rose 5 percent in 2024.",
     [(5, U)]),
    ("agent_by", "In 2024, exports by international firms in Dalian fell 2 percent to 90 billion yuan.",
     [(2, U), (90e9, U)]),
    ("agent_by", "Exports by private firms accounted for 55 percent of Ningbo's exports in 2024.",
     [(55, "exports/ownership=private|unclassified")]),
    ("agent_by", "Invention patents developed by domestic companies made up 80 percent of those granted in China in "
     "2024.",
     [(80, U)]),
    # ---- "exported N <goods> valued at X": the value of those goods ----
    ("counted_goods", "Jiangxi exported 20,000 tractors worth 1.2 billion yuan in 2024.",
     [(1.2e9, "exports/product=tractors|unclassified")]),
    ("counted_goods", "In 2024 Anhui exported 300,000 new energy vehicles with a total value of 40 billion yuan.",
     [(40e9, "exports/product=electric vehicles|unclassified")]),
    ("counted_goods", "Hunan exported 2,100 cranes valued at 3 billion yuan in the first quarter of 2024, up 30 percent "
     "and 25 percent respectively.",
     [(3e9, U), (25, U)]),
    ("counted_goods", "Shandong imported 5 million tonnes of soybeans worth 20 billion yuan in 2024.",
     [(20e9, "imports/product=soybeans|unclassified")]),
    ("counted_goods", "Guangdong exported 8 trillion yuan of goods in 2024.",
     [(8e12, "exports")]),
    # ---- a share of a whole: the part's own measure, or a ratio with a code of its own ----
    ("ratio_other", "Shenzhen's R&D spending accounted for 5.5 percent of its GDP in 2024.",
     [(5.5, "rd_intensity")]),
    ("ratio_other", "The tertiary industry accounted for 62 percent of Beijing's GDP in 2024.",
     [(62, "tertiary_industry_added_value")]),
    ("ratio_other", "Xiamen's exports accounted for 58 percent of its foreign trade in 2024.",
     [(58, "exports")]),
    # ---- a generic name of a sector the catalogue has no part for ----
    ("generic_of", "In the first half of 2024, the added value of the province's automobile industry in Jilin rose 6 "
     "percent.",
     [(6, U)]),
    ("generic_of", "The value added of the provincial fishing sector in Fujian reached 90 billion yuan in 2024.",
     [(90e9, U)]),
    ("generic_of", "Hubei's added value of the steel industry fell 3 percent in 2024.",
     [(3, U)]),
    ("generic_of", "The added value of the manufacturing sector in Tianjin grew 8 percent in 2024.",
     [(8, "manufacturing_value_added|value_added/sector=manufacturing|industrial_value_added/sector=manufacturing|unclassified")]),
    ("generic_of", "The value added of the services sector in Jilin rose 5 percent in 2024.",
     [(5, "tertiary_industry_added_value|unclassified")]),
    # ---- the components of a part: exports and imports of a partner's trade ----
    ("component_of_part", "Yunnan's trade with ASEAN reached 150 billion yuan in 2024, with 90 billion yuan of exports "
     "and 60 billion yuan of imports.",
     [(150e9, "foreign_trade/partner=ASEAN"), (90e9, "exports/partner=ASEAN|unclassified"),
      (60e9, "imports/partner=ASEAN|unclassified")]),
    ("component_of_part", "Trade between Guangxi and ASEAN made up 35 percent of the region's trade in 2024, which "
     "included 3.7 billion US dollars of exports, up 24 percent, and 1.6 billion US dollars of imports.",
     [(3.7e9, "exports/partner=ASEAN|unclassified"), (24, "exports/partner=ASEAN|unclassified"),
      (1.6e9, "imports/partner=ASEAN|unclassified")]),
    ("component_of_part", "Heilongjiang's trade with Russia rose 10 percent to 200 billion yuan in 2024, with imports "
     "of 150 billion yuan.",
     [(200e9, "foreign_trade/partner=Russia"), (150e9, "imports/partner=Russia|unclassified")]),
    ("component_of_part", "Yunnan's trade with ASEAN reached 150 billion yuan in 2024, while its total exports rose 5 "
     "percent.",
     [(5, "exports")]),
    ("component_of_part", "Private firms' trade in Zhejiang reached 4 trillion yuan in 2024, with 3 trillion yuan of "
     "exports.",
     [(4e12, "foreign_trade/ownership=private"), (3e12, "exports/ownership=private|unclassified")]),
    ("currency_sign", "Qinghai's imports rose 30 percent to 2 billion U.S. dollars in 2024.",
     [(30, "imports"), (2e9, "imports")]),
    # ---- an intensity: R&D intensity by its other names ----
    ("intensity", "China's R&D input intensity reached 2.6 percent in 2024.",
     [(2.6, "rd_intensity")]),
    ("intensity", "In 2024, Anhui's R&D spending rose 10 percent to 110 billion yuan, with an investment intensity of "
     "2.6 percent.",
     [(110e9, "rd_expenditure"), (2.6, "rd_intensity")]),
    ("intensity", "National R&D expenditure in China reached 3.6 trillion yuan in 2024, up 8 percent, with 2.7 percent "
     "of input intensity.",
     [(3.6e12, "rd_expenditure"), (8, "rd_expenditure"), (2.7, "rd_intensity")]),
    ("intensity", "Energy consumption intensity in Hubei fell 3 percent in 2024.",
     [(3, U)]),
    # ---- names of catalogued wholes in other words ----
    ("alias_variant", "Investment on fixed assets in Shanxi rose 4 percent to 800 billion yuan in 2024.",
     [(4, "fixed_asset_investment"), (800e9, "fixed_asset_investment")]),
    ("alias_variant", "Technical contract turnovers in Hubei reached 300 billion yuan in 2024.",
     [(300e9, "technology_contract_value")]),
    ("alias_variant", "Actually utilized foreign investment in Henan fell 10 percent in 2024.",
     [(10, "fdi_actual_use")]),
    ("alias_variant", "Fixed asset investment of the whole society in Jilin rose 3 percent in 2024.",
     [(3, "fixed_asset_investment")]),
    ("named_part", "In 2024, fixed asset investment in Hunan rose 3 percent and private investment fell 2 percent, "
     "accounting for 50 percent of the total.",
     [(3, "fixed_asset_investment"), (2, "fixed_asset_investment/ownership=private|unclassified"),
      (50, "fixed_asset_investment/ownership=private|unclassified")]),
    # ---- a count of its own noun is not the measure of the sentence before ----
    ("own_noun", "Shenzhen had 8,000 high-tech enterprises in 2024. By the end of 2024, the city was home to 1.4 million "
     "professional technicians.",
     [(8000, "high_tech_enterprises"), (1.4e6, U)]),
    ("own_noun", "Guangdong had 60,000 high-tech enterprises in 2023. The province added 9,000 high-tech enterprises "
     "that year.",
     [(60000, "high_tech_enterprises"), (9000, "high_tech_enterprises|high_tech_enterprises/status=new|unclassified")]),
    ("own_noun", "There were 2,300 R&D institutions in Hunan in 2023. They employed 50,000 researchers.",
     [(2300, U)]),
    # ---- a part's share after its growth over a base ----
    ("share_after_base", "China spent 3.6 trillion yuan on R&D in 2024. Of this total, 250 billion yuan was used for "
     "basic research, up by 10 percent over that of 2023, accounting for 7 percent of expenditures on R&D.",
     [(3.6e12, "rd_expenditure"), (250e9, "rd_expenditure/activity=basic research"),
      (7, "rd_expenditure/activity=basic research|unclassified")]),
    ("share_after_base", "In 2024, Fujian's exports to ASEAN reached 300 billion yuan, up 8 percent over the previous "
     "year, accounting for 20 percent of the province's exports.",
     [(300e9, "exports/partner=ASEAN"), (8, "exports/partner=ASEAN"), (20, "exports/partner=ASEAN|unclassified")]),
    ("alias_variant", "A total of 9,000 new foreign-funded companies were set up in China in the first quarter of "
     "2024, down 5 percent.",
     [(9000, "new_foreign_enterprises"), (5, "new_foreign_enterprises")]),
    ("alias_variant", "Exports by foreign-funded companies in Tianjin rose 3 percent in 2024.",
     [(3, "exports/ownership=foreign-invested")]),
    ("alias_variant", "The average per capita disposable income in Qinghai was 30,000 yuan in 2024, up 6 percent.",
     [(30000, "per_capita_disposable_income"), (6, "per_capita_disposable_income")]),
    ("alias_variant", "Ningxia's general public revenue grew by 4 percent in 2024.",
     [(4, "general_public_budget_revenue")]),
    ("alias_variant", "Total tourism industry revenue in Guizhou grew by 12 percent in 2024.",
     [(12, "tourism_revenue")]),
    # ---- an output value is not value added (held-out 4 adjudication) ----
    ("output_value", "The output value of the high-tech industry in Hubei rose 20 percent to 250 billion yuan in 2024.",
     [(20, U), (250e9, U)]),
    ("output_value", "The total output value of high-tech products made in Suzhou reached 2 trillion yuan in 2024.",
     [(2e12, U)]),
    ("output_value", "The added value of high-tech manufacturing in Hubei rose 10 percent in 2024.",
     [(10, "value_added/sector=high-tech manufacturing|industrial_value_added/sector=high-tech manufacturing|unclassified")]),
    # ---- a topic opening names the whole; the figure's own subject is a part of it ----
    ("topic_opener", "As for imports, electromechanical products rose 41 percent to 20 billion yuan in Anhui in 2024.",
     [(41, "imports/product=mechanical and electrical products|unclassified"),
      (20e9, "imports/product=mechanical and electrical products|unclassified")]),
    ("topic_opener", "Regarding imports, crude oil purchases in Shandong fell 5 percent in 2024.",
     [(5, "imports/product=crude oil|unclassified")]),
    ("topic_opener", "As for exports, mechanical and electrical products rose 9 percent in Jiangsu in 2024.",
     [(9, "exports/product=mechanical and electrical products|unclassified")]),
    ("topic_opener", "In terms of exports, private enterprises in Fujian shipped 900 billion yuan of goods in 2024.",
     [(900e9, "exports/ownership=private|unclassified")]),
    ("topic_opener", "When it comes to R&D spending, enterprises in Hubei contributed 80 billion yuan in 2023.",
     [(80e9, "rd_expenditure/performer=enterprises|unclassified")]),
    ("topic_opener", "With regard to foreign trade, cross-border e-commerce in Ningbo grew 20 percent in 2024.",
     [(20, "foreign_trade/mode=cross-border e-commerce|unclassified")]),
    ("topic_opener", "As to exports, seafood from Zhoushan rose 12 percent in 2024.",
     [(12, U)]),
    ("topic_opener", "As for Jiangsu's exports, they rose 9 percent in 2024.",
     [(9, "exports")]),
    ("topic_opener", "Regarding exports, growth was 7 percent in Zhejiang in 2024.",
     [(7, "exports")]),
    ("topic_opener", "As for imports, Fujian's fell 3 percent in 2024.",
     [(3, "imports")]),
    # ---- a share whose subject the catalogue lacks is not the share of its whole ----
    ("share_subject", "The trade surplus of Zhejiang was equal to 30 percent of its exports in 2024.",
     [(30, U)]),
    ("share_subject", "Hubei's trade surplus in 2024 was equivalent to 25 percent of the province's exports.",
     [(25, U)]),
    ("share_subject", "A visible trade deficit of 120 billion yuan, equivalent to 6.5 percent of the value of imports "
     "of goods, was recorded in Hainan in 2024.",
     [(6.5, U)]),
    ("share_subject", "Electronics made up 40 percent of Shenzhen's exports in 2024.",
     [(40, "exports/product=electronics|unclassified")]),
    ("share_subject", "Fiscal spending on science in Anhui amounted to 4 percent of its general public budget "
     "expenditure in 2024.",
     [(4, U)]),
    ("share_subject", "Loans to small firms were equal to 30 percent of Zhejiang's foreign trade in 2024.",
     [(30, U)]),
    ("share_subject", "In 2023, Shenzhen accounted for 46 percent of the province's R&D spending.",
     [(46, "rd_expenditure")]),
    ("share_subject", "Private enterprises accounted for 55 percent of Hunan's foreign trade in 2024.",
     [(55, "foreign_trade/ownership=private")]),
    ("share_subject", "Guangdong produced 44 percent of China's industrial robot output in 2024.",
     [(44, "industrial_robot_output")]),
    ("share_subject", "Processing trade accounted for 30 percent of Dongguan's foreign trade in 2024.",
     [(30, "foreign_trade/mode=processing trade|unclassified")]),
    # ---- a ratio named before its figure: numerator "in proportion to" denominator ----
    ("ratio", "Shenzhen's R&D expenditure in proportion to its GDP exceeded 6 percent for the first time in 2024.",
     [(6, "rd_intensity|unclassified")]),
    ("ratio", "In 2024, Beijing's R&D spending relative to its GDP stood at 6.5 percent.",
     [(6.5, "rd_intensity|unclassified")]),
    # ---- a partner's role and its name in apposition: the partner's part ----
    ("apposition", "Guangdong's biggest export market, the United States, bought 1 trillion yuan of its goods in 2024.",
     [(1e12, "exports/partner=United States|unclassified")]),
    ("apposition", "In 2024, Zhejiang's largest export market, the EU, took 700 billion yuan of its exports, up 5 "
     "percent.",
     [(700e9, "exports/partner=European Union|unclassified"), (5, "exports/partner=European Union|unclassified")]),
    ("apposition", "Hong Kong, Shenzhen's largest trading partner, took 600 billion yuan of its exports in 2024.",
     [(600e9, "exports/partner=Hong Kong|unclassified")]),
    ("apposition", "Yunnan's top trading partner, Myanmar, accounted for 20 percent of its foreign trade in 2024.",
     [(20, "foreign_trade/partner=Myanmar|unclassified")]),
    ("apposition", "Heilongjiang's largest source of imports, Russia, supplied 150 billion yuan of goods in 2024.",
     [(150e9, "imports/partner=Russia|unclassified")]),
    # ---- the reporting place, then its partner, after "by" or "of" ----
    ("owner_place", "Exports by Xinjiang to five Central Asian countries rose 20 percent in 2024.",
     [(20, U)]),
    ("owner_place", "Exports by Xinjiang to Kazakhstan rose 20 percent in 2024.",
     [(20, "exports/partner=Kazakhstan|unclassified")]),
    ("owner_place", "Imports of Guangdong from Japan fell 4 percent in 2024.",
     [(4, "imports/partner=Japan|unclassified")]),
    ("owner_place", "The exports of Zhejiang to the EU grew 6 percent in 2024.",
     [(6, "exports/partner=European Union|unclassified")]),
    ("owner_place", "Exports by Guangdong rose 3 percent in 2024.",
     [(3, "exports")]),
    # ---- components of a part we cannot name; a pointer with its partner ----
    ("component_of_part", "Trade between the Guangxi and ASEAN accounted for 35.2 percent of the autonomous region's "
     "total trade volume in 2024, which included 3.73 billion US dollars of exports, up 24.2 percent year-on-year, and "
     "1.67 billion US dollars of imports.",
     [(3.73e9, "exports/partner=ASEAN|unclassified"), (24.2, "exports/partner=ASEAN|unclassified"),
      (1.67e9, "imports/partner=ASEAN|unclassified")]),
    ("pointer_partner", "Hainan's trade with ASEAN rose 20 percent in 2024. The figure with the United States "
     "increased 54.4 percent.",
     [(20, "foreign_trade/partner=ASEAN"), (54.4, "foreign_trade/partner=United States|unclassified")]),
    ("pointer_partner", "Hubei's trade with Africa rose 12 percent in 2024. The figure with the Nordic countries fell "
     "3 percent.",
     [(3, U)]),
    # ---- "Among them" after a partner's part: parts of that part ----
    ("among_them", "Heilongjiang's trade with Russia reached 200 billion yuan in 2024. Among them, exports rose 5 "
     "percent.",
     [(5, "exports/partner=Russia|unclassified")]),
    ("among_them", "Guangxi's trade with ASEAN came to 400 billion yuan in 2024. Of this, imports of fruit were 20 "
     "billion yuan.",
     [(20e9, "imports/partner=ASEAN;product=fruit|unclassified")]),
    ("among_them", "Heilongjiang's foreign trade reached 300 billion yuan in 2024. Among them, exports rose 5 percent.",
     [(5, "exports")]),
    # ---- a stock's "added" members ----
    ("added_stock", "In 2023, Guangdong added 9,000 high-tech enterprises, bringing the total to 60,000.",
     [(9000, "high_tech_enterprises/status=new|unclassified"), (60000, "high_tech_enterprises|unclassified")]),
    ("added_stock", "Hubei added a further 2,500 high-tech enterprises in 2024.",
     [(2500, "high_tech_enterprises/status=new|unclassified")]),
    ("added_stock", "The number of high-tech enterprises in Anhui reached 20,000 at the end of 2024.",
     [(20000, "high_tech_enterprises")]),
    # ---- a topic word before another measure's noun ----
    ("word_inside", "Hunan's R&D subsidies rose 10 percent to 3 billion yuan in 2024.",
     [(10, U), (3e9, U)]),
    ("word_inside", "R&D loans to small firms in Jiangsu reached 50 billion yuan in 2024.",
     [(50e9, U)]),
    # ---- R&D spelled otherwise ----
    ("alias_variant", "Sichuan's RD expenditure reached 130 billion yuan in 2023.",
     [(130e9, "rd_expenditure")]),
    ("alias_variant", "Shaanxi's research and development (R&D) expenditure rose 9 percent in 2023.",
     [(9, "rd_expenditure")]),
    # ---- a rate or share after a count's noun is the count's, not a measure a word in the noun names ----
    ("count_rate", "In 2024, Ningbo customs inspected 3,200 batches of toys for export, up 12 percent.",
     [(3200, U), (12, U)]),
    ("count_rate", "In 2024, Qingdao customs issued 20,000 certificates of origin for exports, up 8 percent.",
     [(20000, U), (8, U)]),
    ("count_rate", "At the end of 2023, there were 12,000 industrial enterprises in Hubei engaged in strategic "
     "emerging industries, accounting for 18 percent of all industrial enterprises.",
     [(12000, U), (18, U)]),
    ("count_rate", "In 2024, Hubei had 25,000 high-tech enterprises, up 10 percent.",
     [(25000, "high_tech_enterprises"), (10, "high_tech_enterprises")]),
    ("count_rate", "In 2024, Shenzhen filed 20,000 PCT applications, up 5 percent.",
     [(20000, "pct_applications"), (5, "pct_applications")]),
    ("ratio", "Every 10,000 people in Shenzhen owned 130 invention patents at the end of 2024.",
     [(130, "invention_patents_per_10k|unclassified")]),
    ("ratio", "Per 10,000 residents, Hangzhou held 110 invention patents at the end of 2024.",
     [(110, "invention_patents_per_10k|unclassified")]),
    ("share_subject", "Manufactured goods made up 90 percent of Dongguan's exports in 2024.",
     [(90, U)]),
    ("share_subject", "Processed food accounted for 12 percent of Fujian's exports in 2024.",
     [(12, U)]),
]


def _series(f) -> str:
    if f.indicator == U:
        return U
    return f.indicator + ("/" + f.breakdown if f.breakdown else "")


def run(verbose: bool = False):
    tally: Counter = Counter()
    kinds: Counter = Counter()
    lines = []
    for kind, text, exps in PROBES:
        facts = [f for f in extract_facts(text, REF) if not f.is_target and not f.problem]
        got = [(f.value * f.scale, _series(f), f.metric, f.measure_text) for f in facts]
        verdicts = []
        for value, accepted in exps:
            ok = set(accepted.split("|"))
            hits = [g for g in got if abs(abs(g[0]) - value) <= 1e-6 * max(1.0, abs(value)) or
                    (abs(value - 33.33) < 0.01 and abs(g[0] - 100 / 3) < 0.01)]
            if not hits:
                v = "missing"
            elif any(h[1] in ok for h in hits):
                v = "ok"
            elif all(h[1] == U for h in hits):
                v = "lost"
            else:
                v = "WRONG"
            verdicts.append((v, value, accepted, [h[1] for h in hits]))
            tally[v] += 1
            if v == "WRONG":
                kinds[kind] += 1
        by_key: dict = {}
        for f in facts:
            if f.indicator != U:
                key = (f.indicator, f.breakdown, f.region, f.metric, f.period_end)
                by_key.setdefault(key, set()).add(round(f.value * f.scale, 6))
        twoval = [k for k, v in by_key.items() if len(v) > 1]
        if twoval:
            tally["TWOVAL"] += 1
            kinds[kind + ":twoval"] += 1
        lines.append((kind, text, verdicts, twoval, got))
    return tally, kinds, lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    tally, kinds, lines = run()
    out = []
    for kind, text, verdicts, twoval, got in lines:
        bad = any(v[0] in ("WRONG", "lost") for v in verdicts) or twoval
        mark = "FAIL" if any(v[0] == "WRONG" for v in verdicts) or twoval else ("lost" if bad else "ok")
        out.append(f"[{mark}] {kind}: {text}")
        for v, value, accepted, hits in verdicts:
            out.append(f"    {v:8s} {value:g} want {accepted} got {hits}")
        if twoval:
            out.append(f"    TWOVAL {twoval}")
        if args.verbose:
            for g in got:
                out.append(f"      . {g[0]:g} {g[1]} {g[2]} [{g[3]}]")
    out.append(f"probes: {len(PROBES)}; expectations: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
    out.append("WRONG by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    text = "\n".join(out)
    if args.out:
        with open(args.out, "w") as fh:
            fh.write(text + "\n")
    print(text if args.verbose or not args.out else "\n".join(out[-2:]))


if __name__ == "__main__":
    sys.exit(main())
