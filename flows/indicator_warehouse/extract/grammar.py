"""The rules that tie a figure to its measure, period, place and qualifier.

For each sentence, scene.build finds the time expressions (periods.py) and
masks them, finds the figures that remain (numbers.py), drops what is not a
statistic (screen.py: rankings, ages, compound adjectives like
"1-trillion-yuan clusters", counts of journalists) and works out what the
whole sentence says (lists of places, measures and years: lists.py). Then
each figure, in order, passes through the stages, each of which fills part
of it or drops it:

  metric.py    metric, signed value and qualifier;
  measure.py   unit and catalogue indicator;
  dating.py    period, dates and how they were found;
  measure.py   (confirm) evidence that it is a statistic at all;
  placing.py   region;
  not_regional.py  drops a statistic of an event, a plant's capacity, one
               firm or a place abroad;
and here, whether it is a target: a plan cue before it in the sentence or in
its own clause, or a period in the future.

A threshold passed ("exceeded the 150 billion yuan mark") is the level the
article reports, unless the article also gives the exact figure
(restated.drop_restated_marks). The English cue words of every rule live in
seeds/cues.csv; the rules hold only their structure (cues.py).

A figure is emitted only when it has a period (or an unresolved relative date,
then with `problem` set) and some evidence that it is a statistic: a
catalogue indicator, a currency, a physical quantity or ratio, a rate metric,
or a count its sentence reports as a statistic (measure.confirm).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import catalogue, dating, indicators, lists, measure, metric, not_regional, placing, restated
from .cues import cues, lead_words, plan_cue_in, sentence_words
from .facts import Fact
from .scene import Figure, SentenceContext

# The stages after the metric, in order. The order matters: dating reads the
# measure, `confirm` reads how the period was found, placing reads the metric;
# not_regional, last, reads the places placing weighed.
_STAGES = (measure.assign, dating.assign, measure.confirm, placing.assign, not_regional.screen)


def sentence_facts(sc: SentenceContext) -> list[Fact]:
    """The facts of one sentence's figures, read in order."""
    founding, firm = _gate_words()
    if sc.ms and not sc.place_ms and _may_hold(sc.s, founding) and _founding_re().match(sc.s):
        # "Established in 1995, it spent 10 years ... at a cost of 8 million yuan":
        # a sentence that opens with when its subject was founded is about one
        # firm, park or institution, and names no place: none of its figures is
        # a statistic of the article's region
        return []
    out: list[Fact] = []
    prev: Figure | None = None
    last_fact: Figure | None = None
    firms = [x.span() for x in _firm_re().finditer(sc.s)] if _may_hold(sc.s, firm) else ()
    for i, m in enumerate(sc.ms):
        fig = Figure(i, m, prev, last_fact)
        metric.assign(fig, sc)
        if fig.dropped:
            continue
        if firms and _firm_subject(sc, m, firms):
            continue   # a company's own figure
        # The next figure reads its metric and segment from this one, even if
        # a later stage drops this one ("rose 5.7 percent, 6.6 percent and ...").
        prev = fig
        if _settled(fig, sc):
            out.extend(facts_of(fig, sc))
            last_fact = fig
    if "respectively" in sc.s and len(out) > 2:
        lists.pair_rates_with_levels(sc, out)
    return _in_own_units(_unfile_shared_names(out) if len(out) > 1 else out)


@lru_cache(maxsize=1)
def _founding_re() -> re.Pattern:
    return catalogue.get().cue_pattern(
        r"(?:{founding_verb})\s+in\s+(?:the\s+)?(?:[A-Za-z]+\s+)?(?:19|20)\d\d\s*,", variants=True)


@lru_cache(maxsize=1)
def _firm_re() -> re.Pattern:
    # a capitalised name ending with a company's suffix: "BMW Group", "Huawei Technologies Co., Ltd."
    return catalogue.get().cue_pattern(r"(?<![\w-])[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*\s+(?:{firm_suffix})(?![\w])",
                                       variants=False)


@lru_cache(maxsize=1)
def _gate_words() -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """One word of each founding verb and each company suffix (cues.lead_words): a sentence
    with none of them cannot match the rule, which is then not tried. Read from the cues,
    so that a phrase added to seeds/cues.csv is never silently missed by the gate."""
    c = catalogue.get()
    return lead_words(c.cues.get("founding_verb", ())), lead_words(c.cues.get("firm_suffix", ()))


def _may_hold(s: str, lead: frozenset[str] | None) -> bool:
    words = sentence_words(s)
    return lead is None or words is None or not words.isdisjoint(lead)


def _firm_subject(sc: SentenceContext, m, firms) -> bool:
    """Whether the figure's own clause names a company before it and no place
    ("The sales of GenSci Pharmaceuticals exceeded 3 billion yuan", "BMW Group
    announced an additional 20 billion yuan investment"): that company's
    figure, which the gold keeps optional at most, not the region's. A place
    in the clause ("Zhejiang's private firms, led by Geely Group, exported ...")
    keeps the figure that place's (but not a place in the company's name:
    "Tongling Nonferrous Metals Group")."""
    start = sc.clause_start(m.start)
    named = [(a, b) for a, b in firms if start < b <= m.start]
    if not named:
        return False
    return not any(start <= p.start < m.start and not p.source and not any(a <= p.start < b for a, b in named)
                   for p in sc.place_ms)


def _in_own_units(out: list[Fact]) -> list[Fact]:
    """Amounts filed under a catalogue measure, in the measure's own unit
    ("47.2 million tons" of grain output, counted in kilograms). Only once
    the series is settled: an amount left unclassified keeps the unit it was
    written in."""
    res = []
    for f in out:
        unit, value = f.unit, f.value
        if f.metric in ("level", "change") and f.indicator != "unclassified":
            unit, value = indicators.in_own_unit(f.indicator, f.unit, f.value)
        res.append(f if unit == f.unit else replace(f, unit=unit, value=value))
    return res


def _unfile_shared_names(out: list[Fact]) -> list[Fact]:
    """A sentence that gives one series two different values ("imports of
    natural gas, copper and coal totalled 41.7, 36.8 and 12.6 billion yuan"
    with only the first product known) names several measures with one
    phrase: none of them is known to be that series, so all are kept as
    unclassified rather than one picked."""
    values: dict[tuple, set[float]] = {}
    for f in out:
        # (a threshold passed is no second value: "GDP crossed the 1.2 trillion yuan
        # mark, reaching 1.27 trillion yuan" names one series; restated.py drops the mark)
        if f.indicator != "unclassified" and not f.is_target and not f.rule.startswith("mark_") \
                and not restated.passed_on_the_way(f, out):
            values.setdefault(_series_key(f), set()).add(round(f.value * f.scale, 6))
    shared = {k for k, v in values.items() if len(v) > 1}
    if not shared:
        return out
    return [replace(f, indicator="unclassified", breakdown=None, rule=f.rule + ":shared_name")
            if _series_key(f) in shared else f for f in out]


def _series_key(f: Fact) -> tuple:
    return (f.indicator, f.breakdown, f.region, f.metric, f.period_type, f.period_start, f.period_end, f.unit)


def _settled(fig: Figure, sc: SentenceContext) -> bool:
    """Runs the stages after the metric; False as soon as one drops the figure."""
    for stage in _STAGES:
        stage(fig, sc)
        if fig.dropped:
            return False
    fig.is_target = _is_target(fig, sc)
    if fig.m.range_hi is not None:
        # "grew 5-6 percent": a range is an estimate, never an observation (nor two): kept
        # with the targets, its lower end, "at least" unless the words say "about"
        fig.is_target, fig.rule = True, "range_" + fig.rule
        if fig.qualifier == "exact":
            fig.qualifier = "over"
    if fig.m in sc.marks:
        fig.rule = "mark_" + fig.rule   # restated.drop_restated_marks looks for these
    return True


def facts_of(fig: Figure, sc: SentenceContext) -> list[Fact]:
    """The Fact a settled figure states, or one per place for "A and B each".
    The one place a Fact is built: offsets go back to the document's text."""
    m, sent = fig.m, sc.sent
    a, b = sent.orig(m.start), sent.orig(m.end - 1) + 1
    return [Fact(
        indicator=fig.code or "unclassified", region=reg, metric=fig.metric,
        period_type=fig.ptype, period_start=fig.pstart, period_end=fig.pend,
        value=fig.value, scale=m.scale, unit=fig.unit, qualifier=fig.qualifier,
        sentence=sc.s, start=a, end=b, is_target=fig.is_target, date_basis=fig.basis,
        converted_value=m.conv_value, converted_unit=m.conv_unit,
        problem=fig.problem, rule=fig.rule + ":" + fig.metric,
        breakdown=_breakdown(fig), measure_text=fig.phrase.text if fig.phrase is not None else "",
    ) for reg in fig.each or (fig.region,)]


def _breakdown(fig: Figure) -> str | None:
    """The part the phrase named, if the figure is still filed under the
    phrase's code (a list pairing may have named another measure since)."""
    if fig.phrase is None or not fig.code or fig.code != fig.phrase.code:
        return None
    return fig.phrase.breakdown


# [,;:]|\s(?:and|while|but|which)\s, written to open with one character class,
# which re scans for (most characters are letters it skips), where the two
# branches were tried at every position of the rest of the sentence
_CLAUSE_END_RE = re.compile(r"[,;:\s](?:(?<=[,;:])|(?<=\s)(?:and|while|but|which)\s)")


def _is_target(fig: Figure, sc: SentenceContext) -> bool:
    """Whether the figure is a plan or goal: a cue before it or after it in its clause, or a future period."""
    s, m, ref = sc.s, fig.m, sc.doc.ref
    rest = s[m.end:]
    ce = _CLAUSE_END_RE.search(rest)
    clause_after = rest[:ce.start()] if ce else rest
    is_target = plan_cue_in(s[:m.start], s, cut_before=True) or plan_cue_in(clause_after, s, cut_before=False) \
        or _forecast(s, m.start, m.end)
    if fig.pend is not None and ref is not None and fig.pend > ref and fig.ptype != "ytd":
        return True
    if is_target and _past_base(fig, sc):
        is_target = False
    return is_target


@lru_cache(maxsize=1)
def _forecast_res() -> tuple[re.Pattern, re.Pattern]:
    cat = catalogue.get()
    return (cat.cue_pattern(r"(?<![\w-])(?:{forecast_before})\s+(?:(?:a|an|the)\s+)?(?:(?:about|around|nearly|some)\s+)?$",
                            re.IGNORECASE),
            cat.cue_pattern(r"\s*(?:percent|per\s+cent|%)?\s*(?:(?:rise|growth|increase|gain|decline|drop|fall|"
                            r"expansion)\s+)?(?:{forecast_after})(?![\w-])", re.IGNORECASE))


def _forecast(s: str, a: int, b: int) -> bool:
    """Whether the figure is what others expected, not what happened ("versus
    the expected growth of 5.0 percent", "the 3.9 percent rise expected by
    economists", "beating forecasts of a 3 percent rise"): kept as a target,
    so the statistic it is set against keeps its series (cues.csv
    forecast_before, forecast_after)."""
    before, after = _forecast_res()
    return before.search(s, max(0, a - 50), a) is not None or after.match(s, b) is not None


# "to rise from 151 billion yuan in 2020 to ...", "compared with 50 billion yuan last year",
# "after Shenzhen, which manufactured 1.7 million autos last year": words that make a figure in a
# plan's sentence the level it starts from or is set against (cue kind plan_base), or a relative
# clause in the past about something else
_PAST_CLAUSE_RE = re.compile(r"\b(?:which|that|whose(?:\s+[\w'&-]+){1,3})\s+(?:had\s+)?[a-z]+ed\s+"
                             r"(?:(?:at|to|about|around|nearly|over|more\s+than)\s+)*$")


def _past_base(fig: Figure, sc: SentenceContext) -> bool:
    """Whether a figure a plan cue made a target is a reported level the plan
    starts from: dated by its own words to a period that has ended (before
    the reference date, if there is one) and earlier than another period of
    the sentence (the plan's horizon), with a base word or a past relative
    clause right before it. The target it leads to stays a target."""
    ref, pend = sc.doc.ref, fig.pend
    if pend is None or fig.rule != "sentence" or fig.period is None or (ref is not None and pend >= ref):
        return False
    if not any(p.role == "period" and p.pend is not None and p.pend > pend for p in sc.ps):
        return False
    left = sc.left_of(fig.m)
    return cues().plan_base.search(left) is not None or _PAST_CLAUSE_RE.search(left) is not None
