"""period_trail.py: the periods an article states, and the period a sentence
with none of its own carries. Each case: an invented text, its reference
date, the sentence asked about, and the period it carries (type, first day,
last day) or None."""
from datetime import date

import pytest

from indicator_warehouse.extract import period_trail
from indicator_warehouse.extract.sentences import sentences

Y2023 = ("year", date(2023, 1, 1), date(2023, 12, 31))

CARRIED = [
    # the period the text stated last
    ("In 2023, the city's GDP reached 3 trillion yuan. Exports grew 5 percent.", None, 1, Y2023),
    # an undated "last year": nothing to carry, and no guess
    ("Last year the city's GDP reached 3 trillion yuan. Exports grew 5 percent.", None, 1, None),
    # a headline is dated by the lead after it
    ("Hainan's foreign trade up 20 percent\n\nIn the first half of 2023, Hainan's foreign trade reached "
     "100 billion yuan.", None, 0, ("ytd", date(2023, 1, 1), date(2023, 6, 30))),
    # "in that period" right after "over the past five years": those years, as a span
    ("Over the past five years, the province filed many patents, ending in 2023. It granted 50,000 patents "
     "in that period.", None, 1, ("span", date(2019, 1, 1), date(2023, 12, 31))),
    # every line under a dated heading carries the heading's period
    ("Foreign trade (Jan. - Nov.)\n\nExports reached 4.7 billion US dollars.\n\nImports reached 3 billion "
     "US dollars.", date(2023, 12, 20), 2, ("ytd", date(2023, 1, 1), date(2023, 11, 30))),
    # a new paragraph is about the latest period the article reports, not one it recalled
    ("In 2022, GDP grew 3 percent.\n\nIn 2020, GDP had grown 2 percent. In 2023, exports grew 4 percent.\n\n"
     "Imports grew 5 percent.", None, 3, Y2023),
]


def _trail(text, ref):
    sents = sentences(text)
    read = period_trail.read_periods(sents, ref)
    return sents, read, period_trail.PeriodTrail(sents, read, ref)


@pytest.mark.parametrize("text,ref,k,want", CARRIED)
def test_the_period_a_sentence_carries(text, ref, k, want):
    sents, _, trail = _trail(text, ref)
    for j in range(k):
        trail.observe(j, [])
    carry, _ = trail.carried(k)
    assert (carry and (carry.ptype, carry.pstart, carry.pend)) == want


DOC_YEAR = [
    ("In 2023, the city's GDP reached 3 trillion yuan. Exports grew 5 percent in 2023.", None, 2023),
    # a relative period no reference date resolves: the figures may be of another year
    ("In 2023, the city's GDP reached 3 trillion yuan. Last year exports grew 5 percent.", None, None),
    # two reported years: no one year for the article
    ("In 2022, GDP grew 3 percent. In 2023, exports grew 4 percent.", None, None),
    # a plan's year is not a reported one
    ("In 2023, GDP grew 3 percent. The city aims to double its exports by 2030.", None, 2023),
]


@pytest.mark.parametrize("text,ref,want", DOC_YEAR)
def test_the_one_year_an_article_reports(text, ref, want):
    assert _trail(text, ref)[1].doc_year == want
