"""Measure phrases, parsed (issue 12): a figure is filed under a catalogue
code only when its phrase names that whole measure; a phrase that restricts
it files a part (breakdown); a phrase in which the catalogue's name is only a
modifier of something else stays unclassified. Every sentence here is written
in this project's own words.

Each case: (name, sentence, expected facts as (value in base units, indicator,
breakdown)); a value absent from the list must not be filed at all under a
catalogue code (it may be unclassified or not extracted).
"""
from __future__ import annotations

from datetime import date

import pytest

from indicator_warehouse.extract import extract_facts

REF = date(2024, 3, 1)

CASES = [
    # a whole, stated plainly
    ("whole measure", "Hubei's foreign trade reached 700 billion yuan in 2023.",
     [(700e9, "foreign_trade", None)]),
    # ownership before and after the head
    ("owner as possessive", "In 2023, private enterprises' imports and exports in Hubei rose to 480 billion yuan.",
     [(480e9, "foreign_trade", "ownership=private")]),
    ("owner after of", "The imports and exports of state-owned enterprises in Hubei came to 90 billion yuan in 2023.",
     [(90e9, "foreign_trade", "ownership=state-owned")]),
    ("owner as subject of a verb of having",
     "In 2023, Hubei's foreign-invested firms posted exports of 120 billion yuan.",
     [(120e9, "exports", "ownership=foreign-invested")]),
    # partners
    ("partner after to", "Hubei's exports to the EU grew 4 percent to 66 billion yuan in 2023.",
     [(66e9, "exports", "partner=European Union"), (4, "exports", "partner=European Union")]),
    ("a list of partners pairs in order with a list of rates",
     "In 2023, Hubei's trade with ASEAN, Africa and Russia increased by 12 percent, 9 percent and 30 percent, "
     "respectively.",
     [(12, "foreign_trade", "partner=ASEAN"), (9, "foreign_trade", "partner=Africa"),
      (30, "foreign_trade", "partner=Russia")]),
    ("a partner the vocabulary lacks leaves the part unclassified",
     "Trade between Hubei and the Nordic countries reached 8 billion yuan in 2023.",
     [(8e9, "unclassified", None)]),
    # products
    ("product after of", "Exports of mechanical and electrical products from Hubei hit 200 billion yuan in 2023.",
     [(200e9, "exports", "product=mechanical and electrical products")]),
    # R&D: activity and performer; the activity's own name
    ("a part with a name of its own", "Hubei's basic research expenditure was 12 billion yuan in 2023.",
     [(12e9, "rd_expenditure", "activity=basic research")]),
    ("performer as possessive", "In 2023, enterprises' R&D spending in Hubei came to 90 billion yuan.",
     [(90e9, "rd_expenditure", "performer=enterprises")]),
    ("words inside the measure's own name are no part",
     "Hubei's research and experimental development funds totalled 110 billion yuan in 2023.",
     [(110e9, "rd_expenditure", None)]),
    # ratios are not their denominator
    ("a ratio is not filed under its denominator",
     "Hubei's R&D spending reached 110 billion yuan in 2023, equal to 2.1 percent of its GDP.",
     [(110e9, "rd_expenditure", None), (2.1, "rd_intensity", None)]),
    ("a ratio to GDP with no possessive is still a ratio, never GDP",
     "In 2023, Hubei's R&D spending came to 110 billion yuan, accounting for 2.1 percent of GDP.",
     [(110e9, "rd_expenditure", None), (2.1, "rd_intensity", None)]),
    ("a region's share of the nation's GDP is a share of GDP",
     "In 2023, Hubei's GDP reached 5.58 trillion yuan, accounting for 4.4 percent of China's GDP.",
     [(5.58e12, "gdp", None), (4.4, "gdp", None)]),
    ("another measure about a catalogued name is not that name's measure",
     "In 2023, investment in Hubei's tertiary industry rose 6.1 percent.",
     []),
    ("a word before the name that restricts it to a part we have no name for",
     "In 2023, Hubei's soybean imports reached 9 billion yuan.",
     [(9e9, "unclassified", None)]),
    ("a group's measure ('their') is not the place's",
     "Private firms led the way in Hubei in 2023. Their imports and exports grew 13 percent to 300 billion yuan.",
     [(300e9, "unclassified", None)]),
    ("the subject names the part of a measure named after the figure",
     "In 2023, the private sector contributed 250 billion yuan to Hubei's foreign trade, up 9 percent.",
     [(250e9, "foreign_trade", "ownership=private"), (9, "foreign_trade", "ownership=private")]),
    ("a product and a partner after the figure's own unit",
     "In 2023, Hubei exported 20 billion yuan of mechanical and electrical products to Africa.",
     [(20e9, "exports", "partner=Africa;product=mechanical and electrical products")]),
    ("an evaluative adjective keeps the whole; a place of two words owns it",
     "Hong Kong's substantial R&D expenditure reached 30 billion yuan in 2023.",
     [(30e9, "rd_expenditure", None)]),
    ("'the imports' after exports to a partner are imports from that partner",
     "In 2023, Hubei's exports to Africa reached 30 billion yuan, and the imports rose 7 percent to 12 billion yuan.",
     [(30e9, "exports", "partner=Africa"), (12e9, "imports", "partner=Africa"), (7, "imports", "partner=Africa")]),
    ("a partner after the goods",
     "In 2023, Hubei's imports of goods from Russia increased by 3.9 percent to 15 billion yuan.",
     [(15e9, "imports", "partner=Russia"), (3.9, "imports", "partner=Russia")]),
    # a catalogue name used as a modifier of what is counted
    ("a count of enterprises is not the money measure they trade in",
     "In 2023, Hubei had 9,800 foreign trade enterprises with actual imports or exports.",
     []),
    # patents by kind
    ("one kind of patent is a part of all patents",
     "In 2023, Hubei granted 40,000 utility model patents.",
     [(40000, "patents_granted", "kind=utility model")]),
    # income by residence
    ("urban residents' income", "The per capita disposable income of urban residents in Hubei was 44,000 yuan in 2023.",
     [(44000, "per_capita_disposable_income", "residence=urban")]),
    # another measure's noun right after a catalogue name: the name only modifies it
    ("a measure noun after the name: exports of NEVs, not NEV output",
     "In 2023, Hubei's NEV exports came to 210,000 units, up 40 percent.",
     [(210000, "unclassified", None), (40, "unclassified", None)]),
    ("the name's own measure noun after it keeps it", "In 2023, NEV output in Hubei reached 500,000 units.",
     [(500000, "nev_output", None)]),
    # an owner after a place in the possessive
    ("owner after the place's possessive",
     "In 2023, the foreign trade of the province's private sector in Hubei reached 450 billion yuan.",
     [(450e9, "foreign_trade", "ownership=private")]),
    # a per-item measure
    ("a per-item average is not the measure",
     "In 2023, the average value for each technology contract in Hubei was 3.2 million yuan, up 6 percent.",
     [(3.2e6, "unclassified", None), (6, "unclassified", None)]),
    # a rate that qualifies the level just before it
    ("a growth rate after a level is that level's growth",
     "In 2023, Hubei's exports reached 400 billion yuan, up 6 percent, and the province exported 120 billion "
     "yuan of furniture to Brazil, up 9 percent.",
     [(400e9, "exports", None), (6, "exports", None), (120e9, "unclassified", None), (9, "unclassified", None)]),
    # a share that only qualifies the level before it is that level's share
    ("a share after a part's level is the part's share",
     "In 2023, Hubei exported 300 billion yuan of mechanical and electrical products, up 4 percent, accounting "
     "for 60 percent of its total exports.",
     [(300e9, "exports", "product=mechanical and electrical products"),
      (4, "exports", "product=mechanical and electrical products"),
      (60, "exports", "product=mechanical and electrical products")]),
    ("a share of GDP after a level is still a ratio",
     "In 2023, Hubei's R&D spending reached 110 billion yuan, accounting for 2.1 percent of GDP.",
     [(110e9, "rd_expenditure", None), (2.1, "rd_intensity", None)]),
    # "of which": a part of the whole just stated
    ("a figure after 'of which' is a part, named after it",
     "In 2023, Hubei's R&D spending reached 110 billion yuan, of which 9 billion yuan was used for basic "
     "research, up 12 percent year on year, accounting for 8.2 percent of the total.",
     [(110e9, "rd_expenditure", None), (9e9, "rd_expenditure", "activity=basic research"),
      (12, "rd_expenditure", "activity=basic research"), (8.2, "rd_expenditure", "activity=basic research")]),
    ("a share after 'of which' names its part before the verb",
     "Fixed asset investment in Hubei totaled 1,500 billion yuan in 2023, an increase of 5%, of which private "
     "investment accounted for 44.7%.",
     [(1500e9, "fixed_asset_investment", None), (5, "fixed_asset_investment", None),
      (44.7, "fixed_asset_investment", "ownership=private")]),
    ("a part after 'among them' that names no part we know stays unclassified",
     "Hubei's exports reached 400 billion yuan in 2023; among them, 50 billion yuan went through new channels.",
     [(400e9, "exports", None), (50e9, "unclassified", None)]),
    # partners after a trade name's own noun, and both ways
    ("a partner after 'trade volume with'", "In 2023, Hubei's trade volume with ASEAN reached 120 billion yuan.",
     [(120e9, "foreign_trade", "partner=ASEAN")]),
    ("a partner after 'to and from'",
     "Hunan's imports and exports to and from Africa reached 8.7 billion yuan in 2019, up 41 percent.",
     [(8.7e9, "foreign_trade", "partner=Africa"), (41, "foreign_trade", "partner=Africa")]),
    ("'the exports' in the next sentence are the partner trade's exports",
     "In 2023, Shandong's trade with RCEP members reached 600 billion yuan, up 3 percent. The exports rose 5 "
     "percent to 300 billion yuan.",
     [(600e9, "foreign_trade", "partner=RCEP members"), (3, "foreign_trade", "partner=RCEP members"),
      (5, "exports", "partner=RCEP members"), (300e9, "exports", "partner=RCEP members")]),
    # a catalogue name whose words list the parts of coordinated figures
    ("parts listed inside the name pair with the figures in order",
     "In 2023, the per capita disposable income of urban and rural residents in Hubei increased 8.1 percent and "
     "9.8 percent to 41,850 yuan and 14,580 yuan, respectively.",
     [(8.1, "per_capita_disposable_income", "residence=urban"), (9.8, "per_capita_disposable_income", "residence=rural"),
      (41850, "per_capita_disposable_income", "residence=urban"),
      (14580, "per_capita_disposable_income", "residence=rural")]),
    ("the same name with one figure is the whole",
     "In 2023, the per capita disposable income of urban and rural residents in Hubei was 30,000 yuan.",
     [(30000, "per_capita_disposable_income", None)]),
    # a generic name is a series only with its sector
    ("a generic name with no sector stays unclassified",
     "The province's high-tech industrial output in Hubei rose 11.2 percent in 2023, and its value-added output "
     "increased 13.7 percent.",
     [(11.2, "unclassified", None), (13.7, "unclassified", None)]),
    ("a hyphenated compound still names the measure, and a move from a base year is a change",
     "In 2023, per-capita disposable income in Hubei reached 35,128 yuan, up 18,618 yuan from 2012.",
     [(35128, "per_capita_disposable_income", None), (18618, "per_capita_disposable_income", None)]),
    # older and looser names of catalogued measures
    ("older names of the same measures",
     "In 2011, Hubei's commodity retail sales totaled 2.02 trillion yuan, the value added output of its primary "
     "industries was 160 billion yuan and its export-import value reached 300 billion yuan.",
     [(2.02e12, "retail_sales", None), (160e9, "primary_industry_added_value", None), (300e9, "foreign_trade", None)]),
    ("a cluster's operating revenue is the cluster's, no sector needed",
     "Hubei's optoelectronics industry cluster achieved an operating revenue of 600 billion yuan in 2023.",
     [(600e9, "cluster_revenue", None)]),
    ("another measure about a catalogue name, after 'for the'",
     "In 2016, the investment for the primary industry in Hubei reached 77.6 billion yuan.",
     [(77.6e9, "unclassified", None)]),
    ("a count after a verb of applying is of applications",
     "In 2018, Anhui applied for 108,800 patents, and 14,800 patents were granted.",
     [(108800, "patent_applications", None), (14800, "patents_granted", None)]),
    # a share that opens its clause is a part's share
    ("a share that opens its clause takes the part named after the whole",
     "In 2023, nearly 60 percent of the province's foreign trade in Hubei was contributed by its general trade.",
     [(60, "foreign_trade", "mode=general trade")]),
    ("a share that opens its clause with no part named stays unclassified",
     "In 2023, about 45 percent of Hubei's exports went to markets far away.",
     [(45, "unclassified", None)]),
    ("a share with its own subject is the subject's share",
     "In 2023, Hubei's exports accounted for 8 percent of China's exports.",
     [(8, "exports", None)]),
    ("list items after 'investment for the primary industry' elide the same measure noun",
     "In 2016, the investment for the primary industry in Hubei reached 77.6 billion yuan; secondary industry, "
     "649.6 billion yuan; and the tertiary industry reached 819.7 billion yuan.",
     [(77.6e9, "unclassified", None), (649.6e9, "unclassified", None), (819.7e9, "unclassified", None)]),
    ("a count after a verb of applying that already names its applications keeps them",
     "Applicants in Hubei filed about 1,900 international patent applications under the PCT in 2023.",
     [(1900, "pct_applications", None)]),
    # a measure noun in the plural is the same measure
    ("a plural measure noun names the same measure",
     "In 2023, Hubei's fixed asset investments rose 5.1 percent and its R&D expenditures reached 110 billion yuan.",
     [(5.1, "fixed_asset_investment", None), (110e9, "rd_expenditure", None)]),
    # a sector after a measure's name is the measure's part, not the sector's own measure
    ("a sector named after 'in' is a part of the measure before it",
     "In 2023, the actual use of foreign capital in Hubei's service industry was 20 billion yuan, up 8 percent.",
     [(20e9, "fdi_actual_use", "sector=services"), (8, "fdi_actual_use", "sector=services")]),
    ("a sector's own measure, named on its own, stays that sector's",
     "In 2023, Hubei's service industry grew 6.5 percent, and foreign capital actually used rose 3 percent.",
     [(6.5, "tertiary_industry_added_value", None), (3, "fdi_actual_use", None)]),
    ("a product whose name ends in another measure's name is the exports' part",
     "In 2023, Shanghai's exports of electric vehicles rose 40 percent.",
     [(40, "exports", "product=electric vehicles")]),
    ("'per capita' opening a phrase is the measure's name, not a per-item average",
     "In Gansu, per capita disposable income of rural residents rose 8 percent to 13,000 yuan in 2023.",
     [(13000, "per_capita_disposable_income", "residence=rural"), (8, "per_capita_disposable_income", "residence=rural")]),
    ("a count that carries its own noun counts that noun, not a measure named later",
     "In 2023, 520 enterprises in Hubei filed PCT applications, and Hubei had 9,000 high-tech enterprises.",
     [(9000, "high_tech_enterprises", None)]),
    ("a share after an opening that names the whole is a part's share, never the whole's",
     "Among Hubei's exports in 2023, mechanical and electrical products made up 60 percent.",
     [(60, "exports", "product=mechanical and electrical products")]),
    ("a share after an opening that names the whole, of a part the vocabulary lacks, is unclassified",
     "Among Hubei's exports in 2023, mobile phones made up 40 percent.",
     [(40, "unclassified", None)]),
    # partners are the world's countries and groupings, not a handful
    ("a partner country named after 'with' is a part",
     "In 2023, Yunnan's trade with Vietnam grew 12 percent to 30 billion yuan, and its exports to Kazakhstan "
     "rose 20 percent.",
     [(30e9, "foreign_trade", "partner=Vietnam"), (12, "foreign_trade", "partner=Vietnam"),
      (20, "exports", "partner=Kazakhstan")]),
    # a share of a denominator with a ratio of its own is that ratio
    ("a share of GDP after an R&D level is R&D intensity, never a share of R&D",
     "Hubei invested 110 billion yuan in R&D in 2023, or 2.1 percent of its GDP.",
     [(110e9, "rd_expenditure", None), (2.1, "rd_intensity", None)]),
    # a money measure of enterprises is not their count
    ("the output value of a place's enterprises is not a count of enterprises",
     "In 2023, the output value of the province's high-tech enterprises in Hubei accounted for 40 percent of its "
     "industrial output.",
     [(40, "unclassified", None)]),
    # probed on invented sentences (issue: series you can trust)
    ("a count's name as the subject of a share of a money measure is an owner of that measure",
     "Foreign-invested enterprises accounted for 30 percent of Anhui's foreign trade in 2023.",
     [(30, "foreign_trade", "ownership=foreign-invested")]),
    ("a count's name the vocabulary has no part for, as a share's subject, is unclassified",
     "High-tech enterprises contributed 40 percent of Anhui's industrial value added in 2023.",
     [(40, "unclassified", None)]),
    ("the reporting place before its partner after 'between' is not the partner",
     "Trade between Anhui and ASEAN reached 80 billion yuan in 2023.",
     [(80e9, "foreign_trade", "partner=ASEAN")]),
    ("the reporting place after 'from', the partner after 'to'",
     "Exports from Anhui to Latin America grew 15 percent in 2023.",
     [(15, "exports", "partner=Latin America")]),
    ("goods, then their partner, in the figure's own complement",
     "Anhui exported 20 billion yuan of goods to Africa in 2023.",
     [(20e9, "exports", "partner=Africa")]),
    ("goods from a partner the vocabulary lacks are unclassified, never the whole",
     "Anhui imported 9 billion yuan of goods from the Nordic countries in 2023.",
     [(9e9, "unclassified", None)]),
    ("a Title Case 'Of' in a headline still makes a ratio to GDP",
     "R&D Spending At 2% Of Anhui's GDP In 2023",
     [(2, "rd_intensity", None)]),
    ("an absolute clause after 'with' has its own subject: never the first clause's measure",
     "Anhui's foreign trade grew 5 percent in 2023, with private enterprises' trade up 9 percent.",
     [(5, "foreign_trade", None), (9, "unclassified", None)]),
    ("a rate after a count of things counts those things, not the measure that names them",
     "Anhui had 5,000 enterprises with import and export records in 2023, up 8 percent.",
     [(8, "unclassified", None)]),
    ("the number of things engaged in a measure is not that measure",
     "The number of firms engaged in foreign trade in Anhui rose 8 percent in 2023.",
     [(8, "unclassified", None)]),
    ("a measure that a count of things had is theirs, not the place's",
     "In 2023, 520 enterprises in Anhui had R&D spending of 9 billion yuan.",
     [(9e9, "unclassified", None)]),
    ("'by the end of' after a name is a date, not an owner",
     "Anhui had 20,000 valid invention patents by the end of 2023.",
     [(20000, "valid_invention_patents", None)]),
    ("a product's singular name before the head is the product",
     "Anhui's lithium battery exports jumped 30 percent in 2023.",
     [(30, "exports", "product=lithium-ion batteries")]),
    ("a measure of the centers a count names is theirs, not the place's",
     "Anhui had 200 R&D centers with R&D spending of 10 billion yuan in 2023.",
     [(10e9, "unclassified", None)]),
    ("a breakdown word in a noun coordinated before the name is no part of it",
     "Anhui had 6,000 high-tech enterprises and R&D spending of 50 billion yuan in 2023.",
     [(6000, "high_tech_enterprises", None), (50e9, "rd_expenditure", None)]),
    ("an owner 'in <place>' before a verb of having is still the owner",
     "Private enterprises in Anhui saw imports and exports of 400 billion yuan in 2023, or 67 percent of the "
     "province's total.",
     [(400e9, "foreign_trade", "ownership=private"), (67, "foreign_trade", "ownership=private")]),
    ("a residence 'in <place>' before a verb of having is still the residence",
     "Urban residents in Anhui had per capita disposable income of 50,000 yuan in 2023.",
     [(50000, "per_capita_disposable_income", "residence=urban")]),
    ("an absolute clause whose subject is a part of the measure just named files that part",
     "Anhui's foreign trade totaled 600 billion yuan in 2023, with private enterprises accounting for 67 percent.",
     [(600e9, "foreign_trade", None), (67, "foreign_trade", "ownership=private")]),
    ("an absolute clause naming a product of the exports files that product's share",
     "Anhui's exports rose 5 percent in 2023, with mechanical and electrical products making up 60 percent.",
     [(5, "exports", None), (60, "exports", "product=mechanical and electrical products")]),
    ("an agent after a participle restricts the measure; one the code cannot file leaves it unclassified",
     "Technology contracts signed by Anhui's universities were worth 10 billion yuan in 2023.",
     [(10e9, "unclassified", None)]),
    ("an owner the code has no breakdown for, as the subject, leaves it unclassified",
     "Anhui's universities signed technology contracts worth 10 billion yuan in 2023.",
     [(10e9, "unclassified", None)]),
    ("agents listed together after a participle are everyone: the whole",
     "The number of patent applications filed by individuals, companies and institutions in Anhui rose 12 percent "
     "to 90,000 in 2023.",
     [(90000, "patent_applications", None), (12, "patent_applications", None)]),
    ("an agent after a participle that the code allows is the part",
     "Exports handled by private firms rose 9 percent in Anhui in 2023.",
     [(9, "exports", "ownership=private")]),
    ("a name inside an aside about the clause's subject measures that subject: an owner",
     "Private enterprises, the main force of Anhui's foreign trade, traded goods worth 300 billion yuan in 2023.",
     [(300e9, "foreign_trade", "ownership=private")]),
    ("a name inside an aside about the clause's subject measures that subject: a product",
     "Mechanical and electrical products, Anhui's largest export category, were worth 200 billion yuan in 2023.",
     [(200e9, "exports", "product=mechanical and electrical products")]),
    ("an aside after the measure's own name keeps it whole",
     "In 2023, Anhui's exports, the province's growth engine, rose 5 percent.",
     [(5, "exports", None)]),
    ("an amount of the whole that opens its clause and is handled by an owner is that owner's part",
     "Some 300 billion yuan of Anhui's foreign trade in 2023 was handled by private enterprises.",
     [(300e9, "foreign_trade", "ownership=private")]),
    ("an amount of the whole handled by someone the vocabulary lacks is unclassified, never the whole",
     "In 2023, 300 billion yuan of Anhui's foreign trade was handled by small firms.",
     [(300e9, "unclassified", None)]),
    ("an amount of the whole that nobody is given is the whole",
     "In 2023, 500 billion yuan of Anhui's foreign trade was recorded.",
     [(500e9, "foreign_trade", None)]),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_measure_phrase(name, text, expected):
    facts = [f for f in extract_facts(text, REF) if not f.is_target]
    got = {(round(f.value * f.scale, 6), f.indicator, f.breakdown) for f in facts}
    for value, indicator, breakdown in expected:
        assert (round(value, 6), indicator, breakdown) in got, f"{name}: got {sorted(got, key=str)}"
    named = {round(v, 6) for v, ind, _ in expected if ind != "unclassified"}
    for value, indicator, breakdown in got:
        if indicator != "unclassified" and value not in named:
            pytest.fail(f"{name}: {value} filed as {indicator} [{breakdown}], expected it not to be")
