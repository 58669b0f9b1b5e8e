"""Sentence cases for not_regional.py: statistics of an event, a plant's
capacity, one firm or a place abroad are no figures of the region (the gold
keeps them optional at most), while the region's own figures beside such
words stay. Invented sentences in the shapes news writes them; the case
format: tests/sentence_cases.py."""
from __future__ import annotations

import pytest

from sentence_cases import check_case


NOT_REGIONAL_CASES = [
    # --- growth against an older base: a change in percent, never required (dev, dev5; ANNOTATION.md)
    ("growth 'from 2020' over several years is no yearly figure",
     "In 2024, Foshan's foreign trade rose 48 percent from 2020.",
     [], [48]),
    ("... nor growth 'compared with 2019' beside the year-on-year rate, which stays",
     "In 2021, Foshan's exports grew 20 percent, an increase of 15 percent compared with 2019.",
     [dict(value=20, metric="yoy_growth_pct")], [15]),
    ("a change in percentage points stays",
     "In 2024, Foshan's urbanization rate rose 1.2 percentage points to 65 percent.",
     [dict(value=1.2, metric="change", unit="percentage_point"), dict(value=65, metric="level")], []),
    ("a change in yuan stays",
     "In 2024, Foshan's exports rose by 30 billion yuan from a year earlier.",
     [dict(value=30e9, metric="change")], []),
    # --- a bound a streak of years passed (dev4; ANNOTATION.md held-out 8; probed)
    ("'the 9th year seeing growth rate of above 25 percent' is a streak's bound, the year's own rate stays",
     "Foshan's fixed-asset investment rose by 27.6 percent in 2024, which was the 9th year seeing growth of above "
     "25 percent.",
     [dict(value=27.6, metric="yoy_growth_pct")], [25]),
    ("... and 'more than 10 percent for the fifth consecutive year'",
     "In 2024, Foshan's exports grew more than 10 percent for the fifth consecutive year.",
     [], [10]),
    ("an exact rate beside a streak is the year's",
     "In 2024, Foshan's exports grew 8 percent, the fifth consecutive year of growth.",
     [dict(value=8, metric="yoy_growth_pct")], []),
    ("a level passed in a streak stays",
     "In 2024, Foshan's exports exceeded 100 billion yuan for the third year running.",
     [dict(value=100e9, qualifier="over")], []),
    # --- the deals, signings and visitors of a fair or expo
    ("deals signed at a fair and their growth are the fair's (default region)",
     "In 2024, a total of 420 deals worth 88 billion yuan were signed during the four-day fair, up 15 percent "
     "and 22 percent year on year, respectively.",
     [], [88e9, 15, 22]),
    ("... so is an expo's turnover in a clause of its own (default region)",
     "The expo closed on Sunday, and transactions at the event reached $2.1 billion in 2024, up 9 percent.",
     [], [2.1e9, 9]),
    ("... and the visitors an exhibition drew (default region)",
     "The exhibition attracted 160,000 visitors in 2024, an increase of 12 percent.",
     [], [160000, 12]),
    ("figures released at a press conference stay the region's",
     "Foshan's exports rose 6.2 percent to 520 billion yuan in 2024, officials said at a press conference.",
     [dict(value=520e9, indicator="exports", region="Foshan"), dict(value=6.2, metric="yoy_growth_pct")], []),
    ("... and so do figures announced at a work conference",
     "According to the city's science work conference, Foshan had 9,800 high-tech enterprises in 2024.",
     [dict(value=9800, indicator="high_tech_enterprises", region="Foshan")], []),
    ("a holiday named festival is no fair: its sales stay",
     "During the Spring Festival holiday in 2024, Foshan's retail sales rose 8 percent year on year.",
     [dict(value=8, indicator="retail_sales", metric="yoy_growth_pct")], []),
    # --- capacities: what plants could make, not what they made
    ("an annual production capacity of vehicles is no output (default region)",
     "In 2024, the new plant reached an annual production capacity of 300,000 vehicles.",
     [], [300000]),
    ("... nor what a chain enables the city to make a year (default region)",
     "In 2024, its complete supply chain was enabling it to manufacture 2 million cars a year.",
     [], [2e6]),
    ("... nor what a base will be able to make (default region)",
     "In 2024, the steel base was able to make 8 million tonnes a year.",
     [], [8e6]),
    ("installed power capacity in kilowatts is the region's statistic",
     "By the end of 2024, Foshan's installed power generating capacity reached 13 million kilowatts.",
     [dict(value=13e6)], []),
    ("an output figure beside a capacity stays",
     "Foshan produced 250,000 vehicles in 2024, while its plants have a total capacity of 400,000 units.",
     [dict(value=250000, region="Foshan")], [400000]),
    # --- one firm, plant or project
    ("a company's own sales (default region)",
     "The company's sales rose 15 percent to 30 billion yuan in 2024.",
     [], [15, 30e9]),
    ("... a named firm's revenue, the name no place (default region)",
     "In 2024, Midea's revenue reached 370 billion yuan, up 10 percent.",
     [], [370e9, 10]),
    ("... a plant's output said with its verb (default region)",
     "The plant turned out 120,000 air conditioners in 2024.",
     [], [120000]),
    ("... a single project's worth (default region)",
     "In 2024, a Bosch project worth $1 billion became the largest foreign investment in the city.",
     [], [1e9]),
    ("... a named firm as the subject of a verb only firms take (default region)",
     "BYD sold 3 million vehicles in 2024, an increase of 40 percent.",
     [], [3e6, 40]),
    ("... 'delivered' likewise (default region)",
     "In 2024, Tesla delivered 1.8 million cars.",
     [], [1.8e6]),
    ("a place as the subject of 'sold' stays the place's",
     "In 2024, Foshan sold 120,000 new energy vehicles.",
     [dict(value=120000, region="Foshan")], []),
    ("a capitalised measure with a common verb is no firm",
     "In 2024, Foshan's GDP was 1.36 trillion yuan.",
     [dict(value=1.36e12, indicator="gdp")], []),
    ("a place's possessive with a firm's measure word stays the place's",
     "Foshan's sales of consumer goods reached 350 billion yuan in 2024.",
     [dict(value=350e9, region="Foshan")], []),
    ("plural firms are a part of the region, not one firm",
     "In 2024, the R&D spending of Foshan's enterprises reached 60 billion yuan.",
     [dict(value=60e9, region="Foshan")], []),
    ("'the enterprise sector' names no firm",
     "In 2024, the private enterprise sector contributed 65 percent of Foshan's GDP.",
     [dict(value=65, metric="share_pct")], []),
    ("a company as the source of a place's figure does not own it",
     "The company said Foshan's exports grew 6 percent in 2024.",
     [dict(value=6, region="Foshan", indicator="exports")], []),
    # --- places outside China
    ("a foreign bloc's growth is no figure of the corpus (default region)",
     "ASEAN economies grew 4.5 percent in 2024.",
     [], [4.5]),
    ("a foreign country's GDP (default region)",
     "Vietnam's economy expanded 7 percent in 2024.",
     [], [7]),
    ("a ranking of countries keeps its owners abroad (default region)",
     "The United States remained the largest filer in 2024, with 54,000 applications, accounting for 20% of the "
     "global total, followed by Japan with 48,000.",
     [], [54000, 20, 48000]),
    ("a partner after 'with', 'to' or 'from' is a partner of the region's flow",
     "In 2024, Foshan's trade with Japan grew 5 percent, and exports to the United States rose 8 percent.",
     [dict(value=5, region="Foshan"), dict(value=8, region="Foshan")], []),
    ("a name that ends a longer place's name is no country (Inner Mongolia, not Mongolia)",
     "The value added of Inner Mongolia's primary industry reached 180 billion yuan in 2024.",
     [dict(value=180e9, region="Inner Mongolia")], []),
    ("a bloc's share of 'its' exports is a partner's share of the region's trade",
     "Foshan\n\nIn 2024 ASEAN accounted for 21 percent of its exports and 9 percent of its imports.",
     [dict(value=21, metric="share_pct", region="Foshan"), dict(value=9, metric="share_pct", region="Foshan")], []),
    ("a foreign country's imports in a bilateral-trade sentence may be China's side: kept (default region)",
     "In 2024, Russia's imports from China rose 12 percent to $110 billion, customs data showed.",
     [dict(value=110e9)], []),
]


@pytest.mark.parametrize("name,text,expected,absent", NOT_REGIONAL_CASES, ids=[c[0] for c in NOT_REGIONAL_CASES])
def test_not_regional_case(name, text, expected, absent):
    check_case(name, text, expected, absent)
