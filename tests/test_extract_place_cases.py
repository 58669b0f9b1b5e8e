"""Article-level place cases: which place an article is about (topic.py),
and what "the province" / "the city" / "the region" refer to (places.py).

One wrong choice here misfiles every figure of an article, so each case is
a short invented article (headline, then one sentence a paragraph, as wire
copy is laid out) whose figures' places are checked: the place the article
is about for figures whose sentence names none, the place named for the
others. Texts are written for these tests.
"""
from __future__ import annotations

import pytest

from sentence_cases import check_case  # first: it puts flows/ on sys.path
from indicator_warehouse.extract import main_region


def _article(*paras: str) -> str:
    return "\n\n".join(paras)


ARTICLE_CASES = [
    ("an area whose article names the country more often",
     _article("Southern cluster keeps climbing",
              "The Guangdong-Hong Kong-Macao Greater Bay Area, a cluster of nine mainland cities plus Hong Kong and "
              "Macao, remained one of China's most dynamic regions, Chinese officials said.",
              "The region's economic output reached 14 trillion yuan in 2023, up 5 percent.",
              "China's economy as a whole expanded 5.2 percent in 2023.",
              "Chinese planners see the cluster as a rival to Tokyo, and Chinese firms keep moving in.",
              "The number of high-tech firms rose to 75,000 in 2023."),
     "Greater Bay Area",
     [dict(value=14e12, region="Greater Bay Area"), dict(value=75_000, region="Greater Bay Area"),
      dict(value=5.2, region="China")], []),
    ("a province whose article names a municipality more often, as venue and neighbour",
     _article("Northern province posts steady growth",
              "BEIJING, Jan. 20 (Xinhua) -- Hebei province's GDP grew 5.5 percent in 2023, officials told a press "
              "conference in Beijing on Saturday.",
              "The province, which surrounds Beijing and Tianjin, took in many firms moving out of Beijing.",
              "Beijing's own GDP grew 5.2 percent in 2023.",
              "The province's retail sales reached 1.5 trillion yuan in 2023, up 6 percent.",
              "Fixed-asset investment rose 6.1 percent in 2023."),
     "Hebei",
     [dict(value=5.5, region="Hebei"), dict(value=1.5e12, region="Hebei"), dict(value=6.1, region="Hebei"),
      dict(value=5.2, region="Beijing")], []),
    ("an autonomous region is 'the region', though a special administrative region is named since",
     _article("Border trade booms",
              "Xinjiang Uygur Autonomous Region's foreign trade rose 45 percent to 357 billion yuan in 2023, "
              "local customs said.",
              "Investors from Hong Kong set up 30 new firms there.",
              "The region's GDP grew 6.8 percent in 2023."),
     "Xinjiang",
     [dict(value=357e9, region="Xinjiang"), dict(value=6.8, region="Xinjiang")], []),
    ("a city article that names its province more often",
     _article("Tech hub sets R&D record",
              "Shenzhen's R&D spending reached 188 billion yuan in 2022, the Guangdong provincial statistics bureau said.",
              "That was 5.8 percent of the city's GDP, the highest in Guangdong.",
              "Guangdong as a whole spent 4.2 percent of its GDP on R&D in 2022.",
              "Across Guangdong, patent filings grew.",
              "The city had 23,000 high-tech enterprises in 2022.",
              "Invention patents granted rose 20 percent in 2022."),
     "Shenzhen",
     [dict(value=188e9, region="Shenzhen"), dict(value=4.2, region="Guangdong"),
      dict(value=23_000, region="Shenzhen"), dict(value=20, region="Shenzhen")], []),
    ("a breadcrumb and a source line before the headline are the site's",
     _article("Home > News > Economy", "Anhui R&D spending climbs", "source: www.example.org release date: 2020/01/08",
              "Anhui spent 2.2 percent of its GDP on R&D in 2019, a report released in Beijing said.",
              "The report ranked provinces across the Chinese mainland.",
              "China's R&D intensity was 2.2 percent.", "Nationwide, spending rose.", "The country had many labs.",
              "Invention patents granted rose 12 percent in 2019."),
     "Anhui",
     [dict(value=12, region="Anhui")], []),
    ("a headline that names only the source's city: the lead names the subject",
     _article("Zhengzhou Customs: trade up",
              "Zhengzhou Customs said Henan's foreign trade reached 540 billion yuan in the first three quarters of 2023.",
              "Zhengzhou's airport handled more cargo.",
              "Exports of cars rose 30 percent in the first three quarters of 2023."),
     "Henan",
     [dict(value=540e9, region="Henan"), dict(value=30, region="Henan")], []),
    ("a lead that names only its source's city is about that city",
     _article("(ECNS) -- According to the statistics bureau of Weifang in Shandong Province, its GDP reached 160 "
              "billion yuan in the first quarter of 2023.",
              "In the first quarter of 2023, the city's retail sales grew 8 percent, faster than in the whole province "
              "and the country."),
     "Weifang",
     [dict(value=160e9, region="Weifang"), dict(value=8, region="Weifang")], []),
    ("a national article that names provinces stays national",
     _article("R&D spending hits new high",
              "China's R&D spending reached 3.3 trillion yuan in 2023, the statistics bureau said.",
              "Guangdong led with 460 billion yuan, followed by Jiangsu and Beijing.",
              "The country's R&D intensity rose to 2.65 percent in 2023.",
              "Spending on basic research rose 9 percent in 2023."),
     "China",
     [dict(value=3.3e12, region="China"), dict(value=460e9, region="Guangdong"), dict(value=2.65, region="China"),
      dict(value=9, region="China")], []),
    ("a national headline, a photo credit in brackets naming a city",
     _article("Household income outpaces growth in China",
              "Shoppers in a supermarket in Xuchang, Henan province. [Asianewsphoto by Li Ming]",
              "Per capita disposable income rose 8.5 percent in the first quarter of 2017, the statistics bureau said."),
     "China",
     [dict(value=8.5, region="China")], []),
    ("an area inside a province, named with the province's possessive, and 'the delta region'",
     _article("High-tech firms multiply",
              "The number of high-tech firms in Guangdong's Pearl River Delta region reached 18,000 in 2016, up 70 percent.",
              "Government spending on science in the delta region rose 80 percent in 2016.",
              "Guangdong's GDP grew 7.5 percent in 2016."),
     "Pearl River Delta",
     [dict(value=18_000, region="Pearl River Delta"), dict(value=80, region="Pearl River Delta"),
      dict(value=7.5, region="Guangdong")], []),
    ("an origin is not 'the city'",
     _article("Port city grows", "Tianjin's GDP grew 3.4 percent in the first half of 2018.",
              "Companies from Beijing and Hebei invested 63.1 billion yuan in the city in the first half of 2018."),
     "Tianjin",
     [dict(value=63.1e9, region="Tianjin")], []),
    ("an area of several provinces is 'the region'",
     _article("Delta powerhouse",
              "The Yangtze River Delta, which spans Shanghai, Jiangsu, Zhejiang and Anhui, accounted for a quarter of "
              "China's GDP in 2023.",
              "The region's GDP reached 30.5 trillion yuan in 2023.", "Shanghai's GDP grew 5 percent in 2023.",
              "Foreign trade rose 4.4 percent in 2023."),
     "Yangtze River Delta",
     [dict(value=30.5e12, region="Yangtze River Delta"), dict(value=5, region="Shanghai"),
      dict(value=4.4, region="Yangtze River Delta")], []),
    ("an area's generic last word in lower case ('Greater Bay area')",
     _article("Bay economy grows", "The Greater Bay area posted a GDP of 14 trillion yuan in 2023, Chinese officials said.",
              "China's GDP grew 5.2 percent in 2023.", "Exports rose 6 percent in 2023."),
     "Greater Bay Area",
     [dict(value=14e12, region="Greater Bay Area"), dict(value=6, region="Greater Bay Area")], []),
    ("a lead that lists an area's members has no one subject; 'the region' is the area named last",
     _article("Cluster economy grows",
              "Hong Kong, Macao and nine cities in Guangdong make up the Greater Bay Area, one of China's richest regions.",
              "The region's GDP reached 14 trillion yuan in 2023.", "China's GDP grew 5.2 percent in 2023.",
              "Exports rose 6 percent in 2023."),
     "Greater Bay Area",
     [dict(value=14e12, region="Greater Bay Area"), dict(value=6, region="Greater Bay Area")], []),
    ("'the bay area' in lower case refers to the area",
     _article("China's bay area booms", "The Guangdong-Hong Kong-Macao Greater Bay Area had 75,000 high-tech firms in 2023.",
              "China had 460,000 such firms in 2023.", "The bay area's GDP reached 14 trillion yuan in 2023.",
              "Exports rose 6 percent in 2023."),
     "Greater Bay Area",
     [dict(value=75_000, region="Greater Bay Area"), dict(value=14e12, region="Greater Bay Area"),
      dict(value=6, region="Greater Bay Area")], []),
    ("places listed right before an area's name are part of the name",
     _article("Southern powerhouse", "The Guangdong, Hong Kong and Macao Greater Bay Area posted GDP of 14 trillion yuan in 2023.",
              "China's GDP grew 5.2 percent in 2023.", "Exports of the area rose 6 percent in 2023.",
              "Retail sales rose 7 percent in 2023."),
     "Greater Bay Area",
     [dict(value=14e12, region="Greater Bay Area"), dict(value=6, region="Greater Bay Area"),
      dict(value=7, region="Greater Bay Area")], []),
    ("'This' after a sentence that names the country only as a scope goes on about the article's place",
     _article("Flower growers thrive",
              "Yunnan's flower growers had a strong half year. From January to June of 2023, local growers "
              "sold 9.5 billion stems, ranking first in the country. This harvest made up 52 percent of national "
              "sales in the first half of 2023."),
     "Yunnan",
     [dict(value=52, region="Yunnan")], []),
    ("the dateline city, named again as a venue, is not the subject",
     _article("HAIKOU, March 3 (Xinhua) -- Guangdong's foreign trade grew 4 percent in 2023, an official told a forum "
              "held in Haikou on Sunday.",
              "Haikou hosted 300 delegates.",
              "Exports of electric cars rose 30 percent in 2023."),
     "Guangdong",
     [dict(value=4, region="Guangdong"), dict(value=30, region="Guangdong")], []),
    # places below the catalogue's cities (subplaces.py): their figures are
    # never filed under the province or city around them
    ("a county-level city in apposition is no province",
     _article("Small-commodity hub ships more",
              "Yiwu, a county-level city in Zhejiang province, saw its exports rise 10 percent to 200 billion yuan "
              "in 2023.",
              "Zhejiang's exports grew 9 percent in 2023."),
     "Zhejiang",
     [dict(value=9, region="Zhejiang")], [10, 200e9]),
    ("a named county, and the county later, are neither its city nor its province",
     _article("Green county grows",
              "Anji County in Zhejiang's Huzhou city reported GDP of 50 billion yuan in 2023, up 7 percent.",
              "The county's tourism revenue rose 12 percent.",
              "Huzhou's GDP grew 6 percent in 2023."),
     "Huzhou",
     [dict(value=6, region="Huzhou")], [50e9, 7, 12]),
    ("a district's output is not its municipality's",
     _article("Tech district leads",
              "In 2023, Haidian District's GDP reached 1.1 trillion yuan.",
              "Beijing's GDP grew 5.2 percent in 2023."),
     "Beijing",
     [dict(value=5.2, region="Beijing")], [1.1e12]),
    ("an honorary title in quotation marks is no small place",
     _article("Garden city",
              "Hefei was named a “National Garden City” in 2016.",
              "Hefei's GDP grew 8 percent in 2019, the city said."),
     "Hefei",
     [dict(value=8, region="Hefei")], []),
    ("a province inside an opening 'As ...' phrase describes the city named after it (stream 638)",
     _article("Hubei cities draw foreign capital",
              "As the biggest exporter of Hubei Province, Wuhan drew the most foreign capital in the first half "
              "of 2023. Exports amounted to 12 billion US dollars, up 9 percent."),
     "Hubei",
     [dict(value=12e9, region="Wuhan"), dict(value=9, region="Wuhan")], []),
    ("a web page's list of links to other stories names their places, not the article's",
     _article("Site search",
              "Newsmore\n·Opera Festival Opens in Chengdu\n·Panda Cubs Born in Sichuan\n·Chengdu Metro Adds a Line"
              "\nCulturemore\n·Tea Houses of Chengdu\n·Sichuan Cuisine Goes Global",
              "Foreign Capital Keeps Coming to China",
              "In the first half of 2024 China approved 20,000 new foreign-funded firms, up 5 percent.",
              "Investors from Europe set up 2,000 firms in China in the period, up 3 percent."),
     "China",
     [dict(value=5, region="China", metric="yoy_growth_pct"), dict(value=3, region="China", metric="yoy_growth_pct")],
     []),
    ("a bulleted list of figures is the article's own, not a list of links",
     _article("Patents in Sichuan",
              "Sichuan's patent office reported for 2024:\n• 12,000 invention patents granted\n• 30,000 utility "
              "models (up 4%)\n• 5,000 designs",
              "Chengdu's share was the largest."),
     "Sichuan", [], []),
]


@pytest.mark.parametrize("name,text,place,expected,absent", ARTICLE_CASES, ids=[c[0] for c in ARTICLE_CASES])
def test_article_place(name, text, place, expected, absent):
    assert main_region(text) == place
    check_case(name, text, expected, absent)
