"""Each stage of the grammar on its own: one sentence, its SentenceContext,
and the fields a stage fills on a Figure (or the stage that drops it).

The end-to-end cases live in test_extract_*cases.py; these show how a stage
is called, and pin what each one decides, so a change to one stage shows
where it went wrong. A sentence here has no text around it (DocContext
with only a reference date and a fallback region).
"""
from __future__ import annotations

from datetime import date

import pytest

import extract_helpers  # noqa: F401  (puts flows/ on sys.path)
from indicator_warehouse.extract import dating, measure, metric, periods, placing, places, scene
from indicator_warehouse.extract.sentences import sentences

REF = date(2025, 3, 10)


def context(text: str, fallback: str | None = None) -> scene.SentenceContext:
    """The SentenceContext of the first sentence of `text`, as document.py would build it."""
    sent = sentences(text)[0]
    doc = scene.DocContext(ref=REF, fallback_region=fallback)
    sc = scene.build(sent, periods.find_periods(sent.text, REF), doc, places.mentions(sent.text))
    assert sc is not None, f"no figure in {text!r}"
    return sc


def figures(sc: scene.SentenceContext, stages) -> list[scene.Figure]:
    """Every figure of the sentence, run through `stages` in order as grammar.py does
    (a figure dropped by one stage goes no further)."""
    out, prev, last_fact = [], None, None
    for i, m in enumerate(sc.ms):
        fig = scene.Figure(i, m, prev, last_fact)
        for stage in stages:
            stage(fig, sc)
            if fig.dropped:
                break
        if not fig.dropped or not fig.dropped.startswith("metric"):
            prev = fig
        if not fig.dropped and stages[-1] is placing.assign:
            last_fact = fig
        out.append(fig)
    return out


# text, index of the figure, expected (metric, signed value) or None when the metric stage drops it
METRIC_CASES = [
    ("Guangdong's GDP rose 5.2 percent in 2024.", 0, ("yoy_growth_pct", 5.2)),
    ("Exports fell 3.1% year on year in 2024.", 0, ("yoy_growth_pct", -3.1)),
    ("Shenzhen accounted for 46 percent of the province's R&D spending in 2024.", 0, ("share_pct", 46)),
    ("Retail sales rose 5.7 percent, 6.6 percent and 3.3 percent in 2022, 2023 and 2024.", 2, ("yoy_growth_pct", 3.3)),
    ("Zhuhai's GDP reached 420 billion yuan in 2024.", 0, ("level", 420)),
    ("GDP grew 5.2% in 2024, 0.3 percentage points higher than in the first quarter.", 1, None),
]


@pytest.mark.parametrize("text,i,expected", METRIC_CASES, ids=[c[0][:40] for c in METRIC_CASES])
def test_metric_stage(text, i, expected):
    fig = figures(context(text), (metric.assign,))[i]
    if expected is None:
        assert fig.dropped and fig.dropped.startswith("metric"), fig
    else:
        assert (fig.metric, fig.value) == expected


# text, index, expected (indicator code, unit) or None when the measure stage drops it
MEASURE_CASES = [
    ("Guangdong's R&D expenditure reached 510 billion yuan in 2024.", 0, ("rd_expenditure", "CNY")),
    ("By the end of 2023, Dongguan was home to 10,000 high-tech enterprises.", 0, ("high_tech_enterprises", "count")),
    ("Zhejiang's GDP hit 4.2 trillion in 2023.", 0, ("gdp", "CNY")),
    ("The share rose to 12 percent in 2024.", 0, None),
]


@pytest.mark.parametrize("text,i,expected", MEASURE_CASES, ids=[c[0][:40] for c in MEASURE_CASES])
def test_measure_stage(text, i, expected):
    fig = figures(context(text), (metric.assign, measure.assign))[i]
    if expected is None:
        assert fig.dropped and fig.dropped.startswith("measure"), fig
    else:
        assert not fig.dropped, fig.dropped
        assert (fig.code, fig.unit) == expected


# text, index, expected (ptype, period end, rule) or None when the dating stage drops it
DATING_CASES = [
    ("Guangdong's GDP reached 14.16 trillion yuan in 2024.", 0, ("year", date(2024, 12, 31), "sentence")),
    ("In the first half of 2024, Shenzhen's exports rose 20 percent.", 0, ("ytd", date(2024, 6, 30), "sentence")),
    ("From 2012 to 2021, Hainan's income rose from 36,800 yuan to 75,002 yuan.", 0, ("year", date(2012, 12, 31), "sentence")),
    ("Guangzhou's GDP reached 3.1 trillion yuan.", 0, None),
]


@pytest.mark.parametrize("text,i,expected", DATING_CASES, ids=[c[0][:40] for c in DATING_CASES])
def test_dating_stage(text, i, expected):
    fig = figures(context(text), (metric.assign, measure.assign, dating.assign))[i]
    if expected is None:
        assert fig.dropped and fig.dropped.startswith("dating"), fig
    else:
        assert not fig.dropped, fig.dropped
        assert (fig.ptype, fig.pend, fig.rule) == expected


# text, index, expected region (a list for "each") or None when the placing stage drops it
PLACING_CASES = [
    ("Beyond Guangzhou, Shenzhen and Foshan, the GDP of Dongguan also topped 1 trillion yuan in 2024.", 0, "Dongguan"),
    ("In 2024, GDP grew 5.8 percent in Jiangsu and 6 percent in Shandong.", 1, "Shandong"),
    ("In 2024, Zhuhai and Foshan each grew 6 percent.", 0, ["Zhuhai", "Foshan"]),
    ("In 2024, Guangzhou and Shenzhen together produced GDP of 6.6 trillion yuan.", 0, None),
]


@pytest.mark.parametrize("text,i,expected", PLACING_CASES, ids=[c[0][:40] for c in PLACING_CASES])
def test_placing_stage(text, i, expected):
    fig = figures(context(text, fallback="Guangdong"),
                  (metric.assign, measure.assign, dating.assign, measure.confirm, placing.assign))[i]
    if expected is None:
        assert fig.dropped and fig.dropped.startswith("placing"), fig
    elif isinstance(expected, list):
        assert fig.each == expected
    else:
        assert not fig.dropped, fig.dropped
        assert fig.region == expected
