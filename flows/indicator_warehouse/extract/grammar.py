"""The rules that tie a figure to its measure, period, place and qualifier.

For each sentence: find the time expressions (periods.py) and mask them, find
the figures that remain (numbers.py), drop what is not a statistic (rankings,
ages, compound adjectives like "1-trillion-yuan clusters", counts of
journalists), then for each figure decide

  metric     from the words around it: growth verbs and "year-on-year" make a
             percentage a yoy_growth_pct, "accounting for" / "of the national
             total" make it a share_pct, "an increase of X compared to 2018" a
             change over a span, "average annual growth rate" a cagr_pct;
  period     the time expression that follows it with no other figure in
             between ("340 billion yuan in 2020 to 440 billion yuan in 2023"),
             else the nearest one before it, else any in the sentence;
  place      places.choose, in the figure's own clause (a list of places that
             opens the sentence is a foil: "Beyond A, B and C, D's GDP ...");
             figures coordinated like the places (or measures) just before
             them pair in order ("A and B recorded 3.0 and 3.5 trillion");
             "A and B each" gives every place the figure, "A and B
             together" none of them; indicator: indicators.choose;
  qualifier  the cue word right before it (about / over / under);
  target     a plan cue before it in the sentence, or a period in the future.

Fact boxes: a signed percentage ("| +15.3%") is a change rate, a label that
ends in a change noun ("GDP growth: 5.2%") makes a growth rate, and a value
alone on its line takes the measure of the label line above it.

A threshold passed ("exceeded the 150 billion yuan mark") is the level the
article reports, unless the article also gives the exact figure
(document.drop_restated_marks). The English cue words of every rule live in
seeds/cues.csv; the rules here hold only their structure (see cues()).

A figure is emitted only when it has a period (or an unresolved relative date,
then with `problem` set) and some evidence that it is a statistic: a
catalogue indicator, a currency, or a rate metric.
"""
from __future__ import annotations

import re
from datetime import date

from dataclasses import replace

from . import indicators, lists, measure_phrase, numbers, places
from .cues import Cues, cues, strip_qualifier
from .facts import Fact
from .numbers import Mention
from .periods import PeriodExpr
from .scene import DocContext, SentenceContext


_CLAUSE_END_RE = re.compile(r"[,;:]|\s(?:and|while|but|which)\s")
_COUNT_NOUN_RE = re.compile(r"\s+(?!(?:in|to|and|or|of|for|from|with|by|at|on|as|the|a|an|were|was|is|are|this|that|last|year|yuan|percent|compared|more|fewer|less|than|over|up|down|higher|lower|since|against|versus)\b)[A-Za-z][\w'-]*", re.I)
_CONTRIB_RIGHT_RE = re.compile(r"^\s*(?:percentage\s+points?\s+)?(?:of|to)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}growth\b", re.I)
_PLURAL_NOUN_RE = re.compile(r"\s+(?!(?:as|is|was|has|this|its|plus|towards|thus|yuan|dollars|times|units?)\b)(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*[a-z]s\b(?!\s+(?:of|in|for)\s+(?:yuan|dollars))")
_PER_AFTER_RE = re.compile(r"^\s+(?:[A-Za-z][\w'-]*\s+){1,4}?(?=(?:per|for\s+every|for\s+each)\s)")
_OF_RE = re.compile(r"^\s*of\s+(?!which\b|them\b)", re.I)
_FROM_RE = re.compile(r"\bfrom\s+(?:about\s+|over\s+|nearly\s+|more\s+than\s+)?$", re.I)
# "a 0.1% decline compared to the average from January to July": a gap to an average
_VS_AVERAGE_RE = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:compared\s+(?:to|with)|than|against|from)\s+(?:the\s+)?(?:\w+\s+)?average\b", re.I)
_NUMBER_OF_RE = re.compile(r"\b(?:the\s+)?(?:total\s+)?number\s+of\b", re.I)


def _qualifier(left: str, m: Mention) -> str:
    c = cues()
    if m.plus:
        return "over"
    if c.approx.search(left):
        return "approx"
    if c.over.search(left):
        return "over"
    if c.under.search(left):
        return "under"
    return "exact"


_OF_OTHER_PERIOD_RE = re.compile(
    r"\s+of\s+(?:the|its|their)\s+(?:(?:19|20)\d\d\s+)?(?:pre-pandemic\s+|pre-epidemic\s+|pre-COVID\s+)?(?:level|figure|size|volume)s?"
    r"(?:\s+(?:in|of|for|before|recorded))?(?:\s+the\s+same\s+period)?(?:\s+(?:in|of))?\s*(?:(?:19|20)\d\d|the\s+pandemic|last\s+year)?",
    re.I)


def _metric(s: str, m: Mention, periods_: list[PeriodExpr], next_start: int) -> tuple[str, float] | None:
    c = cues()
    left_full = s[max(0, m.start - 50):m.start]
    left = strip_qualifier(left_full)
    right = s[m.end:m.end + 60]
    v = m.value
    if m.kind in ("fraction", "ratio"):
        return "share_pct", v
    if m.unit in ("percent", "percentage_point") and _VS_AVERAGE_RE.match(right):
        return None   # a gap to an average of other periods
    if m.unit == "percent" and _OF_OTHER_PERIOD_RE.match(right):
        return None   # "returned to 86.3% of the level in the same period of 2019": a recovery ratio, not a share
    if m.unit == "percentage_point":
        if _CONTRIB_RIGHT_RE.match(right) or c.contrib_left.search(left):
            return None   # a contribution to growth
        gap = c.gap.match(right)
        if gap and not c.year_ago.match(right[gap.end():]):
            return None   # a gap to another rate or another period
        if c.down.search(left) or (gap and gap["cmp"].lower() in c.gap_down) or _signed(s, m) == "-":
            return "change", -v
        return "change", v
    if m.unit == "percent":
        if c.cagr.search(left) or c.cagr_after.match(right):
            return "cagr_pct", v
        if c.share_before.search(left) or c.share_after.match(right):
            if c.share_contrib.match(right):
                return None   # "... of GDP and driving 0.3 points of growth": a contribution
            return "share_pct", v
        gap = c.gap.match(right)
        if gap:
            if c.year_ago.match(right[gap.end():]):
                # "5 percent higher than a year earlier": a year-on-year rate
                down = gap["cmp"].lower() in c.gap_down
                return "yoy_growth_pct", (-v if down else v)
            return None
        ends_of = left.rstrip().endswith("of")   # cheap gate for the "... of" patterns
        if c.down.search(left) or (ends_of and c.fall_of.search(left)):
            return "yoy_growth_pct", -v
        if c.up.search(left) or (ends_of and c.growth_of.search(left)):
            return "yoy_growth_pct", v
        sign = _signed(s, m)
        if sign:
            return "yoy_growth_pct", (-v if sign == "-" else v)   # "120 billion yuan | +15.3%", "(-2.1%)"
        if _OF_RE.match(right):
            return "share_pct", v     # "14.1% of Guangdong's regional GDP"
        ya = c.yoy_after.match(right)
        if ya:
            w = ya.group(0).strip().lower()
            if w in c.yoy_down:
                return "yoy_growth_pct", -v
            return "yoy_growth_pct", v
        na = c.noun_rate_after.match(right)
        if na:
            # "a 6% GDP growth", "a 4.5% export decline": the measure, then its change
            return "yoy_growth_pct", (-v if na["down"] else v)
        lr = c.label_rate.search(left)
        if lr:
            # "GDP growth: 5.2%", "Export decline | 3.1%": a fact-box label, then its rate
            return "yoy_growth_pct", (-v if lr["down"] else v)
        return "level", v
    if c.change_down.search(left):
        return "change", -v
    if c.change_up.search(left):
        return "change", v
    if c.yoy_after.match(right):
        # "up 7,000 from a year earlier", "down 1.2 billion yuan year on year":
        # a move against the year before, in the figure's own unit
        if c.down.search(left):
            return "change", -v
        if c.up.search(left):
            return "change", v
    mt = c.more_than.match(right)
    if mt:
        # "1.8 million more than in 2005": a change against that base
        return "change", (-v if mt["dir"].lower() in c.more_than_down else v)
    return "level", v


_SIGN_RE = re.compile(r"(?:^|[\s(\[|,;:])([+\-\u2212])$")


def _signed(s: str, m: Mention) -> str | None:
    """'+' or '-' when the figure is written with an explicit sign
    ("+15.3%", "(-2.1%)"): a change, as tables and fact boxes write it."""
    sm = _SIGN_RE.search(s, max(0, m.start - 2), m.start)
    if not sm:
        return None
    return "+" if sm.group(1) == "+" else "-"


_COMPARED_RE = re.compile(r"\bcompared\s+(?:with|to)\b|\bthan\b|\bversus\b|\bagainst\b|\bfrom\b")


def _choose_period(s: str, m: Mention, ps: list[PeriodExpr], figs: list[Mention]) -> PeriodExpr | None:
    cand = [p for p in ps if p.role == "period" and not _AVG_PERIOD_LEFT_RE.search(s, max(0, p.start - 30), p.start)]
    if not cand:
        return None
    after_ = [p for p in cand if p.start >= m.end]
    before = [p for p in cand if p.end <= m.start]
    if after_:
        p = after_[0]
        between = [f for f in figs if f is not m and f.start >= m.end and f.end <= p.start]
        # "... was 231 billion yuan in 2023, and in January the figure rose
        # 5%": a period after a clause break belongs to the next clause
        if not between and not (before and indicators.CLAUSE_BREAK_RE.search(s, m.end, p.start + 1)):
            return p
    if before:
        return before[-1]
    if after_ and _COMPARED_RE.search(s, m.end, after_[0].start) \
            and any(f is not m and m.end <= f.start and f.end <= after_[0].start for f in figs):
        # "expanded 1.8 percent, compared with an increase of 1.2 percent in
        # the first three quarters": a period after another figure is that figure's
        return None
    return after_[0] if after_ else None


def _choose_base(m: Mention, ps: list[PeriodExpr]) -> PeriodExpr | None:
    bases = [p for p in ps if p.role == "base" and p.pend is not None]
    if not bases:
        return None
    return min(bases, key=lambda p: abs(p.start - m.end))


def _unit_for(m: Mention, code: str | None, s: str) -> str | None:
    if m.unit:
        return m.unit
    if code:
        return indicators.unit_of(code)
    return None


def sentence_facts(sc: SentenceContext) -> list[Fact]:
    """The facts of one sentence's figures, read in order."""
    s, sent, ps, ctx, place_ms, raw, ms, marks, hs = sc.s, sc.sent, sc.ps, sc.doc, sc.place_ms, sc.raw, sc.ms, sc.marks, sc.hs
    c = cues()
    out: list[Fact] = []
    last_region: str | None = None
    prev: Mention | None = None
    prev_metric: tuple[str, float] | None = None
    anaphoric, own_frame = sc.anaphoric, sc.own_frame
    listed_years, paired = sc.listed_years, sc.paired
    # each figure's place in a list of coordinated figures: (k, n)
    positions = {i: (k, len(g)) for g in lists.coord_groups(s, ms) for k, i in enumerate(g)} if len(ms) > 1 else {}
    for i, m in enumerate(ms):
        met = _figure_metric(s, c, ms, i, ps, prev, prev_metric)
        if met is None:
            continue
        metric, value = met
        # the figure's own segment starts after the figure before it
        seg_start = prev.end if prev is not None else 0
        prev, prev_metric = m, met
        left = s[max(0, m.start - 30):m.start]
        qualifier = _figure_qualifier(left, m, marks)
        unit0, number_of = _figure_unit(s, m, seg_start)
        code, unit0, noun_only, hit = _figure_indicator(s, ms, i, unit0, metric, number_of, hs, sc, ctx)
        # the whole phrase that names the measure: the whole, a part of it, or
        # only a modifier of something else ("foreign trade enterprises")
        phrase = measure_phrase.describe(s, m.start, m.end, code, hit, metric=metric, position=positions.get(i))
        code = phrase.code
        measure = _settle_measure(s, c, m, seg_start, code, unit0, metric, hs)
        if measure is None:
            continue
        code, metric, unit = measure
        # "..., and the figure was equal to 3.6 percent of its GDP": the measure
        # just reported, and with it the period just stated
        pointed = False
        if code is None:
            code = _antecedent_measure(s, c, m, unit, metric, ctx, out, hs)
            pointed = code is not None
        period, rule = _figure_period(s, c, m, i, ps, raw, listed_years, ctx, anaphoric or pointed,
                                      own_frame and not pointed, left)
        dates = _figure_dates(s, m, ps, period, rule, metric, code, ctx)
        if dates is None:
            continue
        metric, ptype, pstart, pend, basis, problem, rule = dates
        # Evidence that this is a statistic at all.
        pair = paired.get(i)
        if pair is not None and pair[1]:
            code = pair[1]
        # a code set since the phrase was read (a list, the sentence before)
        # is the whole; the phrase's part, if any, was about another measure
        breakdown = phrase.breakdown if code == phrase.code else None
        if code == "unclassified":
            code = None   # a count listed with catalogued ones: kept, but not named
        elif code is None and not _uncatalogued_statistic(m, metric, rule, number_of, anaphoric, ctx):
            continue
        where = _figure_region(s, c, m, raw, place_ms, metric, ctx, last_region, pair, sc.national, sc.together, sc.macro,
                               sc.scoped)
        if where is None:
            continue
        region, clause_start = where
        if region is None:
            # an article that names no place at all: kept for review, never guessed
            region, problem = "", problem or "no region: the article names no place this figure belongs to"
        last_region = region
        is_target = _is_target(s, c, m, pend, ptype, ctx)
        if m in marks:
            rule = "mark_" + rule
        a, b = sent.orig(m.start), sent.orig(m.end - 1) + 1
        each = _each_places(s, place_ms, clause_start, m.start, m.conv_end or m.end) \
            if pair is None and len(place_ms) > 1 and "each" in s else None
        for reg in each or (region,):
            out.append(Fact(
                indicator=code or "unclassified", region=reg, metric=metric,
                period_type=ptype, period_start=pstart, period_end=pend,
                value=value, scale=m.scale, unit=unit, qualifier=qualifier,
                sentence=s, start=a, end=b, is_target=is_target, date_basis=basis,
                converted_value=m.conv_value, converted_unit=m.conv_unit,
                problem=problem, rule=rule + ":" + metric,
                breakdown=breakdown if code else None, measure_text=phrase.text,
            ))
    if "respectively" in s and len(out) > 2:
        lists.pair_rates_with_levels(sc, out)
    return _unfile_shared_names(out) if len(out) > 1 else out


def _unfile_shared_names(out: list[Fact]) -> list[Fact]:
    """A sentence that gives one series two different values ("imports of
    natural gas, copper and coal totalled 41.7, 36.8 and 12.6 billion yuan"
    with only the first product known) names several measures with one
    phrase: none of them is known to be that series, so all are kept as
    unclassified rather than one picked."""
    values: dict[tuple, set[float]] = {}
    for f in out:
        if f.indicator != "unclassified" and not f.is_target:
            key = (f.indicator, f.breakdown, f.region, f.metric, f.period_type, f.period_start, f.period_end, f.unit)
            values.setdefault(key, set()).add(round(f.value * f.scale, 6))
    shared = {k for k, v in values.items() if len(v) > 1}
    if not shared:
        return out
    return [replace(f, indicator="unclassified", breakdown=None, rule=f.rule + ":shared_name")
            if (f.indicator, f.breakdown, f.region, f.metric, f.period_type, f.period_start, f.period_end, f.unit)
            in shared else f for f in out]


def _figure_metric(s: str, c: Cues, ms: list[Mention], i: int, ps: list[PeriodExpr],
                   prev: Mention | None, prev_metric: tuple[str, float] | None) -> tuple[str, float] | None:
    """The metric and signed value of figure ms[i], read with the figure before it; None if not a statistic."""
    m = ms[i]
    nxt = ms[i + 1].start if i + 1 < len(ms) else len(s)
    met = _metric(s, m, ps, nxt)
    if met is None:
        return None
    metric, value = met
    if metric == "level":
        coord = _coordinated_metric(s, c, m, prev, prev_metric, value) \
            if prev is not None and prev_metric is not None else None
        if coord is not None:
            metric, value = coord
        elif m.unit == "percent":
            metric = _window_metric(s, c, m, prev)
    if (metric == "yoy_growth_pct" and prev is not None and prev_metric is not None
            and prev_metric[0] == "share_pct" and m.unit == prev.unit == "percent"
            and _SHARE_THEN_CHANGE_RE.fullmatch(s, prev.end, m.start)
            and not any(f.unit not in (None, "percent") for f in ms[:i] if f.end <= prev.start)):
        # "Its exports accounted for 13.2 percent of the country's total, up
        # 0.1 percent year on year": the share moved, no value grew
        metric = "change"
    return metric, value


def _coordinated_metric(s: str, c: Cues, m: Mention, prev: Mention, prev_metric: tuple[str, float],
                        value: float) -> tuple[str, float] | None:
    """The metric a bare "level" figure takes from the figure before it when coordinated with it; else None."""
    if (m.unit == prev.unit and m.unit in ("percent", "percentage_point")
            and lists.COORD_RE.match(s[prev.end:m.start])):
        # "accounted for 41.3% and 49.9% of ...", "rose 5.7 percent, 6.6
        # percent and 3.3 percent respectively": coordinated figures share
        # the reading of the first one.
        return prev_metric[0], -value if prev_metric[1] < 0 else value
    if (m.unit == prev.unit == "percent"
            and prev_metric[0] in ("share_pct", "yoy_growth_pct", "cagr_pct")
            and c.coord_np.match(s[prev.end:m.start])):
        # "accounted for 6.7% of the total, applied research 11.0% and ..."
        return prev_metric[0], -value if prev_metric[1] < 0 else value
    if (m.unit == prev.unit == "percent"
            and prev_metric[0] == "yoy_growth_pct" and _FROM_RATE_RE.match(s[prev.end:m.start])):
        # "slowed to 4.7 percent in the second quarter from 5.3 percent
        # in the first": the earlier rate of the same series
        return "yoy_growth_pct", value
    if (m.unit == prev.unit
            and m.unit in ("percent", "percentage_point") and _COORD_IN_PLACE_RE.fullmatch(s, prev.end, m.start)):
        # "5.8 percent in Jiangsu, 6 percent in Shandong and ...": a list of places' rates
        return prev_metric[0], -value if prev_metric[1] < 0 else value
    if (m.unit == prev.unit == "percent"
            and prev_metric[0] in ("share_pct", "yoy_growth_pct", "cagr_pct")
            and _FROM_TO_GAP_RE.match(s, prev.end, m.start) and _FROM_RE.search(s, max(0, prev.start - 30), prev.start)):
        # "rose from 3.22% in 2013 to 4.27% in 2023": the later value of the same series
        return prev_metric[0], value
    return None


def _window_metric(s: str, c: Cues, m: Mention, prev: Mention | None) -> str:
    """The metric of a bare percentage from the share / growth words since the figure before it."""
    win_start = prev.end if prev is not None else 0
    if c.share_window.search(s, win_start, m.start):
        return "share_pct"
    if c.growth_window.search(s, win_start, m.start):
        return "yoy_growth_pct"   # "the growth rate of ... reached 9 percent"
    return "level"


def _figure_qualifier(left: str, m: Mention, marks: list[Mention]) -> str:
    """The figure's qualifier (about / over / under / exact) from the cue word before it."""
    qualifier = _qualifier(left, m)
    if qualifier == "exact" and m in marks:
        qualifier = "over"   # passing a mark
    return qualifier


def _figure_unit(s: str, m: Mention, seg_start: int) -> tuple[str | None, bool]:
    """The figure's unit from its own words and what follows it, and whether it is a "number of" count."""
    unit0 = m.unit
    if unit0 is None and m.scale == 1:
        per = numbers.per_unit_before(s, m.start)
        if per:
            unit0 = per   # "invention patents per 10,000 people ... reached 218"
    if m.unit == "count" and m.scale == 1:
        pr = numbers._PER_RE.match(s, m.end)
        if pr:
            # "11.8 patents per 10,000 people": a rate, not a count
            unit0 = numbers._PER_UNITS.get(pr["base"].lower().replace(",", ""), "per_capita")
    number_of = False
    if unit0 is None and m.scale > 1 and _NUMBER_OF_RE.search(s, max(seg_start, m.start - 100), m.start):
        unit0, number_of = "count", True   # "the number of ... patents reached 1.17 million"
    if unit0 is None and (_COUNT_NOUN_RE.match(s, m.end) if m.scale == 1 else _PLURAL_NOUN_RE.match(s, m.end)):
        unit0 = "count"   # "10 agricultural industry clusters", "1.17 million patents": a count of things
    if unit0 == "count" and m.unit is None:
        pa = _PER_AFTER_RE.match(s[m.end:m.end + 60])
        if pa:
            pr = numbers._PER_RE.match(s, m.end + len(pa.group(0).rstrip()))
            if pr:
                # "130 invention patents per 10,000 people": a rate, not a count
                unit0 = numbers._PER_UNITS.get(pr["base"].lower().replace(",", ""), "per_capita")
    return unit0, number_of


def _figure_indicator(s: str, ms: list[Mention], i: int, unit0: str | None, metric: str, number_of: bool,
                      hs, sc: SentenceContext, ctx: DocContext) -> tuple[str | None, str | None, bool, object]:
    """The indicator of figure ms[i] (with its unit, which a part-of-whole count sets) and whether it is a bare count of a noun."""
    m = ms[i]
    noun_only = m.unit is None and unit0 == "count" and not number_of
    choice = indicators.pick(s, m.start, m.end, unit0, metric, hs, noun_only=noun_only)
    code = choice.code
    if code is None and noun_only:
        # a topic word inside the noun phrase: "1.17 million patents"
        code = indicators.choose_topic(_NOUN_PHRASE_RE.match(s, m.end).group(0) if _NOUN_PHRASE_RE.match(s, m.end) else "",
                                       unit0, metric)
    if code is None and i in sc.listed:
        code = sc.listed[i]
    if code is None and i > 0 and m.unit is None and metric == "level" and _part_of_whole(s, ms, i):
        code, unit0 = "unclassified", "count"   # "Among the 136,434 contracts ..., 56,287 involved IP"
    if code is None and ctx.prev_text and _VALUE_ONLY_RE.fullmatch(s[:m.start]) \
            and _VALUE_ONLY_RE.fullmatch(s, m.conv_end or m.end) and is_label(ctx.prev_text):
        # a fact box: "GDP" on one line, "756.2 billion yuan" on the next
        lp = len(ctx.prev_text)
        code = indicators.choose(ctx.prev_text, lp, lp, unit0, metric, indicators.hits(ctx.prev_text))
    if code is None and not noun_only:
        code = indicators.choose_topic(s, unit0, metric)
    if code is None and ctx.prev_text and metric in ("level", "change") and unit0 not in (None, "percent"):
        # "The number of R&D personnel ... With 1.35 million skilled
        # professionals": the measure was named in the sentence before.
        code = indicators.choose_topic(ctx.prev_text, unit0, metric)
        noun = _demonstrative_noun(s, 0, m.start)
        if code is not None and noun is not None and not indicators.alias_has_word(code, noun):
            code = None   # "Of those technicians, 60,000 ...": not the enterprises named before
    return code, unit0, noun_only, choice.hit if code == choice.code else None


_PER_CAPITA_AFTER_RE = re.compile(r"\s+(?:per\s+capita|per\s+person|per\s+head|per\s+resident)\b", re.I)


def _settle_measure(s: str, c: Cues, m: Mention, seg_start: int, code: str | None, unit0: str | None,
                    metric: str, hs) -> tuple[str | None, str, str] | None:
    """The figure's final indicator, metric and unit; None when its unit or measure is too vague to keep."""
    if unit0 is None and code and indicators.unit_of(code) not in ("count", "person") \
            and not (m.scale >= 1e6 and indicators.unit_of(code) in ("CNY", "USD")
                     and _named_in_clause(s, hs, code, m.start)):
        return None    # a bare number for a money or rate measure: unit unknown
        # (but "GDP hit 5.69 trillion" is money in the measure's currency,
        # when the measure is named in the figure's own clause)
    if code is None and metric == "yoy_growth_pct" and c.category_right.match(s, m.end):
        return None    # "2.3% increase for food": a category of a breakdown
    if code is not None and "per_capita" not in code and unit0 not in (None, "percent") \
            and c.per_capita_left.search(s, seg_start, m.start):
        code = "unclassified"   # "per capita funds ... were 599,000 yuan": not the aggregate
    if code is not None and "per_capita" not in code and unit0 not in (None, "percent") \
            and _PER_CAPITA_AFTER_RE.match(s, m.conv_end or m.end):
        code = indicators.per_capita_of(code)   # "GDP ... or US$5,400 per capita": GDP per capita
    if metric == "level" and unit0 == "percent" and code in c.share_indicators:
        metric = "share_pct"   # R&D intensity: a share of GDP
    unit = unit0 or _unit_for(m, code, s) or "count"
    if unit == "count" and code and indicators.unit_of(code) == "person":
        unit = "person"
    if metric == "level" and unit == "percent" and (code is None or indicators.unit_of(code) != "percent"):
        return None    # a bare percentage with no rate indicator: not enough to go on
    return code, metric, unit


# the first few words of a clause ("In 2024, ", "and ", "According to the bureau, ")
# between pointing words used as the figure's own noun and the figure: "growth rate of ", "the total was "
_POINTER_TO_FIGURE_RE = re.compile(
    r"\s*(?:rate\s+)?(?:of|at|was|were|is|stood\s+at|reached|hit|came\s+to|totaled|totalled|amounted\s+to)?\s*"
    r"(?:(?:about|around|nearly|over|more\s+than|some|approximately|roughly|almost)\s+)?")
_CLAUSE_OPENING_RE = re.compile(r"\W*(?:[\w'-]+\W+){0,5}")
# "of those technicians", "among these listed companies": the noun (singular) a demonstrative points back with
_DEMONSTRATIVE_NOUN_RE = re.compile(r"(?i:\b(?:of|among)\s+(?:those|these))\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*?)s?(?=[\s,])")


def _demonstrative_noun(s: str, a: int, b: int) -> str | None:
    m = _DEMONSTRATIVE_NOUN_RE.search(s, a, b)
    return m.group(1) if m else None


def _antecedent_measure(s: str, c: Cues, m: Mention, unit: str, metric: str,
                        ctx: DocContext, earlier: list[Fact], hs) -> str | None:
    """The measure an unnamed figure's subject points back to ("The figure for
    2024 compares with 480.26 billion yuan the previous year"): the latest one
    that fits the figure's unit, reported earlier in this sentence ("...
    generated 2.1 trillion yuan, and the figure accounted for 15 percent")
    or in the sentences just before."""
    if not (earlier or ctx.recent_indicators):
        return None
    clause = max((b.end() for b in indicators.CLAUSE_BREAK_RE.finditer(s, 0, m.start)), default=0)
    found = list(c.anaphoric_measure.finditer(s, clause, m.start))
    if not found:
        return None
    here = [f.indicator for f in reversed(earlier) if f.indicator != "unclassified"]
    # The pointing words are the clause's subject ("The figure for 2024 ...",
    # "..., and the result was ..."), or the figure's own noun ("the national
    # growth rate of 5 percent") in a sentence whose earlier figures, if any,
    # were about a known measure: "The number of disciplines reached 136, with
    # an average growth rate of 16.1%" is about disciplines, not the last measure.
    if not here and indicators.other_figure_before(s, found[-1].start()):
        return None
    if not _CLAUSE_OPENING_RE.fullmatch(s, clause, found[0].start()) \
            and not _POINTER_TO_FIGURE_RE.fullmatch(s, found[-1].end(), m.start):
        return None
    # "Of those technicians, 60,000 ...": a demonstrative with its own noun
    # points back only to a measure that counts that noun
    noun = _demonstrative_noun(s, clause, m.start)
    code = next((code for code in (*here, *ctx.recent_indicators) if indicators.compatible(code, unit, metric)
                 and (noun is None or indicators.alias_has_word(code, noun))), None)
    if code is not None and metric == "share_pct":
        # "... and the figure was equal to 3.6 percent of its GDP": R&D intensity
        whole = indicators.share_whole(s, m.conv_end or m.end, hs)
        if whole is not None:
            code = indicators.ratio_of(code, whole)
    return code


def _figure_period(s: str, c: Cues, m: Mention, i: int, ps: list[PeriodExpr], raw: list[Mention],
                   listed_years: dict[int, PeriodExpr], ctx: DocContext, anaphoric: bool,
                   own_frame: bool, left: str) -> tuple[PeriodExpr | None, str]:
    """The period of figure ms[i] and the rule that found it: the sentence's own, a whole year, or one carried over."""
    period = listed_years.get(i) or _choose_period(s, m, ps, raw)
    rule = "sentence"
    if period is not None and anaphoric and ctx.recent_period is not None and i not in listed_years:
        # "... surged 18.3 percent to 445.1 billion dollars during the period,
        # ... the highest ever this year": the period the text refers back to,
        # when it is nearer the figure than the sentence's own
        near = [p for p in ps if p.role == "anaphoric"]
        if near and min(_distance(p, m) for p in near) < _distance(period, m):
            period, rule = ctx.recent_period, "carried"
    end = _range_end(s, m, i, raw, left, period, ps)
    if end is not None:
        period = end
    prev_year = c.prev_year.match(s, m.conv_end or m.end)
    if prev_year and period is not None and period.pend is not None and period.ptype == "year":
        # "The figure for 2024 compares with 480.26 billion yuan the
        # previous year": the year before the sentence's own year.
        y = period.pend.year - 1
        period = PeriodExpr(period.start, period.end, "period", "year", date(y, 1, 1), date(y, 12, 31),
                            period.basis)
    if period is None and c.whole_year.search(s):
        whole = _whole_year_period(ctx)
        if whole is not None:
            period, rule = whole, "whole_year"
    if (period is None and ctx.recent_period is not None and (anaphoric or ctx.recent_dist <= 3)
            and not own_frame and not _FROM_RE.search(left)):
        # "Over the period, Hainan used $950 million": the period the text
        # has just stated carries over to the next sentences.
        period, rule = ctx.recent_period, "carried"
    return period, rule


_TO_LEFT_RE = re.compile(r"\bto\s+(?:about\s+|over\s+|nearly\s+|more\s+than\s+|some\s+)?$", re.I)


def _range_end(s: str, m: Mention, i: int, raw: list[Mention], left: str, period: PeriodExpr | None,
               ps: list[PeriodExpr]) -> PeriodExpr | None:
    """The year of one end of "from X to Y" when the sentence dates the range,
    not each figure: "From 2012 to 2021, income rose from 36,800 yuan to
    75,002 yuan" (X in 2012, Y in 2021); "Since 2020, output soared from 1.46
    million to 9.44 million by 2023" (X in 2020). None when it does not apply."""
    is_from = _FROM_RE.search(left) is not None
    is_to = not is_from and _TO_LEFT_RE.search(left) is not None and any(
        _FROM_RE.search(s, max(0, f.start - 30), f.start) for f in raw[:i])
    if not (is_from or is_to):
        return None
    if period is not None and period.ptype == "span" and period.pstart is not None:
        y = period.pstart.year if is_from else period.pend.year
    elif is_from:
        since = next((p for p in ps if p.role == "since" and p.pstart is not None and p.end <= m.start), None)
        if since is None:
            return None
        y = since.pstart.year
    else:
        return None
    return PeriodExpr(period.start if period else 0, period.end if period else 0, "period", "year",
                      date(y, 1, 1), date(y, 12, 31), period.basis if period else "explicit")


def _distance(p: PeriodExpr, m: Mention) -> int:
    """Characters between a time expression and a figure."""
    return p.start - (m.conv_end or m.end) if p.start >= m.start else m.start - p.end


def _whole_year_period(ctx: DocContext) -> PeriodExpr | None:
    """The year a "whole year" / "full year" figure without a date is about: the document's, else the recent one."""
    y = ctx.doc_year or (ctx.recent_period.pend.year if ctx.recent_period is not None
                         and ctx.recent_period.pend is not None else None)
    if y is not None and ctx.ref is not None and date(y, 12, 31) > ctx.ref:
        y = ctx.ref.year - 1   # a full-year total is a finished year
    if y is None:
        return None
    return PeriodExpr(0, 0, "period", "year", date(y, 1, 1), date(y, 12, 31), "reference")


def _figure_dates(s: str, m: Mention, ps: list[PeriodExpr], period: PeriodExpr | None, rule: str,
                  metric: str, code: str | None, ctx: DocContext):
    """The figure's (metric, ptype, pstart, pend, basis, problem, rule) from its period; None if it cannot be dated."""
    base = _choose_base(m, ps) if metric in ("change", "yoy_growth_pct") else None
    basis = period.basis if period else "explicit"
    problem = None
    ptype = pstart = pend = None
    if period is not None and period.unresolved:
        problem = f"unresolved relative date: {period.unresolved}"
    elif period is not None:
        ptype, pstart, pend = period.ptype, period.pstart, period.pend
    # Change over a span: "an increase of 3.7 trillion yuan compared to 2018".
    if metric in ("change", "yoy_growth_pct") and base is not None and pend is not None:
        if base.pend.year < pend.year - 1 or (metric == "change" and base.pend.year < pend.year):
            if metric == "yoy_growth_pct":
                metric = "change"
            ptype, pstart = "span", base.pstart
    if metric == "change" and ctx.ref is not None and problem is None:
        dur = _clause_duration(s, m, ps, period)
        if dur is not None:
            ptype, pstart, pend, basis = _duration_span(dur, period, ctx.ref)
    if metric == "cagr_pct":
        span = _cagr_span(ps, pend, ctx.ref, s)
        if span is None:
            return None
        ptype, pstart, pend, basis = span
    if ptype is None and problem is None:
        # No period in the sentence: a document-wide year, for figures
        # whose measure we know ("latest figures" articles).
        doc = _document_year_dates(m, metric, code, ctx)
        if doc is not None:
            ptype, pstart, pend = doc
            basis, rule = "reference", "document_year"
        elif (ctx.ref is not None and metric == "level" and code and indicators.kind_of(code) == "stock"
              and cues().present_time.search(s)):
            # "Shenzhen is now home to 25,000 high-tech enterprises", in an
            # article that states no period: a stock on the article's date
            ptype, pstart, pend, basis, rule = "as_of", ctx.ref, ctx.ref, "reference", "present"
        else:
            return None
    # as_of for a flow indicator means the year to that date.
    if ptype == "as_of" and code and indicators.kind_of(code) == "flow" and pend and pend.month == 12 and pend.day == 31:
        ptype, pstart = "year", date(pend.year, 1, 1)
    return metric, ptype, pstart, pend, basis, problem, rule


def _duration_span(dur: PeriodExpr, period: PeriodExpr | None, ref: date) -> tuple[str, date, date, str]:
    """The span (ptype, pstart, pend, basis) of a change over "the past N years" in the figure's clause."""
    # "was 10.8 trillion in 2018, and the past five years witnessed an
    # increase of 3.2 trillion": a change over the years up to the last
    # complete one, not in the year named in the other clause
    y, basis = ref.year - 1, "relative"
    if period is not None and period.ptype == "year" and period.pend.year + dur.years <= y:
        y, basis = period.pend.year + dur.years, period.basis   # the N years after the base year
    return "span", date(y - dur.years, 1, 1), date(y, 12, 31), basis


def _document_year_dates(m: Mention, metric: str, code: str | None,
                         ctx: DocContext) -> tuple[str, date, date] | None:
    """The document-wide year (ptype, pstart, pend) for an undated figure of a known measure; None if not allowed.
    A year not over by the article's date cannot be the period of an actual: then the latest period the
    article states within it ("Data highlights ... in the first 10 months")."""
    doc_year = ctx.doc_year
    if doc_year is None or code == "unclassified" \
            or metric not in ("level", "yoy_growth_pct", "share_pct") \
            or (metric == "share_pct" and m.kind != "digits") \
            or (code is None and not (m.kind == "digits" and metric != "level")):
        return None
    y = doc_year
    latest = ctx.doc_latest
    if ctx.ref is not None and date(y, 12, 31) > ctx.ref and latest is not None and latest.pend.year == y:
        return latest.ptype, latest.pstart, latest.pend
    if indicators.kind_of(code) == "stock":
        return "as_of", date(y, 12, 31), date(y, 12, 31)
    return "year", date(y, 1, 1), date(y, 12, 31)


def _uncatalogued_statistic(m: Mention, metric: str, rule: str, number_of: bool, anaphoric: bool,
                            ctx: DocContext) -> bool:
    """Whether a figure with no catalogue indicator still shows it is a statistic (money, a quantity, a rate)."""
    if m.kind == "word" and m.unit is None:
        return False
    if rule != "sentence" and metric == "level" and not anaphoric \
            and not (m.unit_kind in ("currency", "measure") and ctx.recent_dist <= 1):
        return False   # a carried period needs a known measure or a rate
        # (or money or a physical quantity, in the sentence right after the one
        # that stated the period)
    return (m.unit_kind in ("currency", "measure") or number_of
            or metric in ("yoy_growth_pct", "share_pct", "cagr_pct", "change"))


def _figure_clause_start(s: str, m: Mention, raw: list[Mention], place_ms) -> int:
    """Where the figure's own clause starts: after the figure before it, or after a place list that opens it."""
    clause_start = 0
    for r in raw:
        # spelled-out small numbers ("nine cities in Guangdong") are part
        # of a description, not a figure that opens a new clause
        if r.end <= m.start and r is not m and r.kind != "word":
            clause_start = r.end
    if len(place_ms) > 1:
        clause_start = _own_clause_start(s, place_ms, clause_start, m.start)
        clause_start = _after_place_list(s, place_ms, clause_start, m.start)
    return clause_start


def _figure_region(s: str, c: Cues, m: Mention, raw: list[Mention], place_ms, metric: str,
                   ctx: DocContext, last_region: str | None, pair, national: bool, together: bool,
                   macro: bool, scoped: list = ()) -> tuple[str | None, int] | None:
    """The figure's place and the start of its clause; None when it is about several places or an unknown one;
    (None, clause start) when neither the sentence nor the article names any place."""
    clause_start = _figure_clause_start(s, m, raw, place_ms)
    region = places.choose(place_ms, m.start, metric, ctx.fallback_region, clause_start, s, last_region)
    after = _place_right_after(s, place_ms, m.conv_end or m.end) if place_ms else None
    if after:
        region = after   # "6 percent in Shandong", "24,000 in Shenzhen"
    if national and c.national_left.search(s, max(clause_start, m.start - 60), m.start):
        region = "China"   # "the national growth rate of 8.1 percent"
    elif scoped and not after and any(p.end <= m.start for p in scoped) \
            and not any(p.end <= m.start and p.level != "country" for p in place_ms):
        region = next(p.region for p in scoped if p.end <= m.start)   # "NEV production in China soared to ..."
    if pair is not None and pair[0]:
        region = pair[0]   # "A, B and C ... 4.1%, 3.9% and 5.2% respectively"
    elif (together and c.places_together.search(s, clause_start, m.start)) \
            or (len(place_ms) > 1 and _list_together(s, place_ms, clause_start, m.start)):
        return None   # "the two regions' combined output", "A and B together": several places, none of them alone
    elif macro and not after and _macro_region_subject(s, place_ms, clause_start, m.start):
        return None   # "R&D spending in the eastern region reached ...": a place we do not know
    elif ctx.parts and not after and any(
            p.end <= m.start
            and not any(p.end <= q.start and q.end <= m.start and q.level != "country" and q.region != p.region
                        for q in place_ms)
            for p in ctx.parts):
        return None   # "Eastern Guangdong led the province with 216.72 billion yuan": a part we have no region for
    if region is None and (place_ms or ctx.fallback_region):
        return None
    return region, clause_start   # region None: no place anywhere to go on


def _is_target(s: str, c: Cues, m: Mention, pend: date | None, ptype: str | None, ctx: DocContext) -> bool:
    """Whether the figure is a plan or goal: a cue before it or after it in its clause, or a future period."""
    rest = s[m.end:]
    ce = _CLAUSE_END_RE.search(rest)
    clause_after = rest[:ce.start()] if ce else rest
    is_target = bool(c.target.search(s[:m.start]) or c.target.search(clause_after))
    if pend is not None and ctx.ref is not None and pend > ctx.ref and ptype != "ytd":
        is_target = True
    return is_target


# "... 13.2 percent of the country's total, up ": a share, then how it moved
_SHARE_THEN_CHANGE_RE = re.compile(r"(?:\s+of\s+[^,;\d]{1,60})?,\s*(?:up|down)\s+(?:by\s+)?", re.I)
# "5.8 percent in Jiangsu, 6 percent in Shandong": between two figures of a list
_COORD_IN_PLACE_RE = re.compile(r"\s*(?:percent|per\s+cent|%|percentage\s+points?)?\s+(?:in|for)\s+[^,;\d]{1,40}?"
                                r"(?:,\s*(?:and\s+|while\s+)?|\s+and\s+)", re.I)
_IN_PLACE_RE = re.compile(r"\s*(?:percent|per\s+cent|%|percentage\s+points?)?\s+(?:in|for)\s+(?:the\s+)?", re.I)


def _place_right_after(s: str, place_ms, end: int) -> str | None:
    """The place named right after a figure with "in" / "for": its place."""
    for p in place_ms:
        if end < p.start <= end + 30 and p.region and _IN_PLACE_RE.fullmatch(s, end, p.start):
            return p.region
    return None


def _macro_region_subject(s: str, place_ms, lo: int, hi: int) -> bool:
    """"the eastern region", "central and western regions" in the figure's
    clause, with no catalogue place named after it."""
    mr = None
    for mr in cues().macro_region.finditer(s, lo, hi):
        pass
    return mr is not None and not any(mr.end() <= p.start and p.end <= hi and p.region for p in place_ms)


# A line that is only a figure ("756.2 billion yuan"), and a short label line
# before it ("GDP", "Foreign trade:")
_VALUE_ONLY_RE = re.compile(r"[\s*•·|:()+-]*[.;]?\s*")
_LABEL_RE = re.compile(r"[^\d.!?]{1,60}")


def is_label(text: str) -> bool:
    """A short line with no figure and no sentence end: a fact-box label
    ("GDP", "Foreign trade:") whose value is on the next line."""
    return bool(text) and len(text) <= 60 and bool(_LABEL_RE.fullmatch(text))


def _named_in_clause(s: str, hs, code: str, pos: int) -> bool:
    """Whether the nearest alias of `code` before `pos` is in the same clause
    ("tourism revenue hit 202 billion yuan, with visitor arrivals topping 90
    million": not the 90 million's)."""
    before = [h for h in hs if code in h.codes and h.end <= pos]
    if not before:
        return True   # named after the figure ("5.69 trillion yuan of GDP")
    return not indicators.CLAUSE_BREAK_RE.search(s, before[-1].end, pos)


def _list_together(s: str, place_ms, lo: int, hi: int) -> bool:
    """"Guangzhou, Shenzhen and Foshan together produced", "Guangzhou and
    Shenzhen's combined GDP": a list of places whose sum the figure is."""
    c = cues()
    items = [p for p in place_ms if lo <= p.start and p.end <= hi and p.region]
    for k in range(1, len(items)):
        if not lists.LIST_SEP_RE.match(s[items[k - 1].end:items[k].start]):
            continue
        if k + 1 < len(items) and lists.LIST_SEP_RE.match(s[items[k].end:items[k + 1].start]):
            continue   # the list goes on
        t = c.together_after.match(s, items[k].end)
        if t and t.end() <= hi and not _EACH_GAP_RE.match(s, items[k].end):
            return True
    return False


def _own_clause_start(s: str, place_ms, lo: int, hi: int) -> int:
    """Where the figure's own clause starts: after the last clause break
    ("Zhuhai and Foshan cut fees, and Foshan's exports rose 7%") when a place
    is named between that break and the figure, else `lo`."""
    last = None
    for cb in indicators.CLAUSE_BREAK_RE.finditer(s, lo, hi):
        last = cb
    if last is not None and any(last.end() <= p.start and p.end <= hi and p.region for p in place_ms):
        return last.end()
    return lo


def _after_place_list(s: str, place_ms, lo: int, hi: int) -> int:
    """"Beyond Guangzhou, Shenzhen and Foshan, the GDP of Dongguan also
    topped ...": a list of places before another place is a foil, not the
    subject; the figure's clause starts after the list."""
    items = [p for p in place_ms if lo <= p.start and p.end <= hi and p.region]
    j = 0
    while j + 1 < len(items) and lists.LIST_SEP_RE.match(s[items[j].end:items[j + 1].start]):
        j += 1
        if "and" in s[items[j - 1].end:items[j].start] or "&" in s[items[j - 1].end:items[j].start]:
            break   # "A, B and C": the list ends with its last item
    # the clause opens with the list, and a comma sets it off from a later place
    if j > 0 and j + 1 < len(items) and "," in s[items[j].end:items[j + 1].start]:
        return items[j].end
    return lo


# "Zhuhai and Foshan each grew 6 percent": the figure holds for every place listed
_EACH_GAP_RE = re.compile(r"(?:\s+[\w'-]+){0,2}?,?\s+each\b(?!\s+(?:year|month|quarter|week|day)\b)")
_EACH_AFTER_RE = re.compile(r"\s+each\b(?!\s+(?:year|month|quarter|week|day)\b)")


def _each_places(s: str, place_ms, lo: int, hi: int, fig_end: int) -> list[str] | None:
    """The regions of a list "A, B and C" followed by "each" (between lo and
    hi, the figure's clause), or listed before a figure followed by "each"
    ("rose 4 percent each"), or None."""
    items = [p for p in place_ms if lo <= p.start and p.end <= hi and p.region]
    after = _EACH_AFTER_RE.match(s, fig_end) is not None
    for k in range(len(items) - 1, 0, -1):
        if not after:
            e = _EACH_GAP_RE.match(s, items[k].end)
            if not e or e.end() > hi:
                continue
        j = k
        while j > 0 and lists.LIST_SEP_RE.match(s[items[j - 1].end:items[j].start]):
            j -= 1
        regions = list(dict.fromkeys(p.region for p in items[j:k + 1]))
        return regions if len(regions) > 1 else None
    return None


# "compared to the average from January to July": that period is a base, not the figure's
_AVG_PERIOD_LEFT_RE = re.compile(r"\baverage\s+(?:of\s+|for\s+|from\s+|in\s+|over\s+)?(?:the\s+)?$", re.I)
# "from 3.22% in 2013 to ": between the two values of one series
_FROM_TO_GAP_RE = re.compile(r"(?:[^;\d]|(?:19|20)\d\d){0,40}?\bto\s+(?:(?:about|around|nearly|over|more\s+than)\s+)?$")
_FROM_RATE_RE = re.compile(r"^[^;\d]{0,50}\bfrom\s+(?:about\s+|around\s+|nearly\s+)?$", re.I)
# "risen from 2.24 trillion yuan in 2019, an average annual growth of 25
# percent over the past five years": the year after "from <figure>" starts
# the span.
_FROM_FIGURE_LEFT_RE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|over\s+)?[$¥]?\d[\d.,]*(?:\s*[\w$.-]+){0,3}(?:\s*\([^()]{0,40}\)(?:\s+in)?)?\s+$", re.I)
_NOUN_PHRASE_RE = re.compile(r"\s+(?:[A-Za-z][\w'&-]*\s+){0,3}[A-Za-z][\w'&-]*")


# "Among all the 136,434 contracts registered in the first half, 56,287
# involved ...", "Of the 2,000 firms surveyed, 1,200 ...": a part of a whole
# whose noun is not repeated.
_WHOLE_LEFT_RE = re.compile(r"^\W*(?:among|of)\s+(?:all\s+)?(?:the\s+|these\s+|its\s+)?(?:total\s+)?$", re.I)
_PART_GAP_RE = re.compile(r"(?:[^,;\d]|(?:19|20)\d\d){1,100}?,\s*(?:(?:about|nearly|around|over|more\s+than|some)\s+)?$", re.I)


def _part_of_whole(s: str, ms: list[Mention], i: int) -> bool:
    whole = ms[0]
    return (i == 1 and whole.unit in (None, "count") and whole.kind == "digits"
            and bool(_WHOLE_LEFT_RE.match(s[:whole.start])) and bool(_PART_GAP_RE.fullmatch(s, whole.end, ms[i].start)))


def _clause_duration(s: str, m: Mention, ps: list[PeriodExpr], period: PeriodExpr | None) -> PeriodExpr | None:
    """"the past N years" in the figure's own clause, when the period chosen
    for the figure is not in that clause."""
    for d in ps:
        if d.role != "duration" or not d.past or not d.years:
            continue
        a, b = (d.end, m.start) if d.end <= m.start else (m.end, d.start)
        if indicators.CLAUSE_BREAK_RE.search(s, a, b):
            continue
        if period is None:
            return d
        pa, pb = (period.end, min(m.start, d.start)) if period.end <= m.start else (max(m.end, d.end), period.start)
        if pa <= pb and indicators.CLAUSE_BREAK_RE.search(s, pa, pb):
            return d
    return None


def _cagr_span(ps: list[PeriodExpr], pend: date | None, ref: date | None, s: str = ""):
    spans = [p for p in ps if p.role == "period" and p.ptype == "span"]
    if spans:
        p = spans[0]
        return "span", p.pstart, p.pend, p.basis
    durs = [p for p in ps if p.role == "duration" and p.years]
    if not durs:
        # "rose from A in 2020 to B in 2024, an average annual increase of X%"
        ys = [p for p in ps if p.role == "period" and p.ptype == "year" and p.pstart is not None]
        if len(ys) >= 2 and ys[-1].pend.year > ys[0].pstart.year and _FROM_FIGURE_LEFT_RE.search(s, max(0, ys[0].start - 60), ys[0].start):
            return "span", ys[0].pstart, ys[-1].pend, ys[-1].basis
        # "an average annual growth rate of 4.2% compared to 2020": from the
        # base year to the figure's year (or the last complete year)
        bases = [p for p in ps if p.role == "base" and p.ptype == "year" and p.pend is not None]
        if bases:
            end, basis = (pend, "explicit") if pend is not None else \
                ((date(ref.year - 1, 12, 31), "relative") if ref is not None else (None, None))
            if end is not None and end.year > bases[0].pend.year:
                return "span", bases[0].pstart, end, basis
        # "Since 2018, GDP has grown at an average annual rate of 5.9 percent
        # (, reaching ... in 2024)": from that year to the year the sentence
        # reaches, else to the last complete year
        sinces = [p for p in ps if p.role == "since" and p.pend is not None]
        if sinces:
            y0 = sinces[0].pend.year
            later = [p for p in ps if p.role == "period" and p.ptype == "year" and p.pend is not None
                     and p.pend.year > y0]
            if later:
                end, basis = later[-1].pend, later[-1].basis
            elif pend is not None and pend.year > y0:
                end, basis = pend, "explicit"
            elif ref is not None and ref.year - 1 > y0:
                end, basis = date(ref.year - 1, 12, 31), "relative"
            else:
                return None
            return "span", sinces[0].pstart, end, basis
    if durs:
        n = durs[0].years
        starts = [p for p in ps if p.role == "period" and p.ptype == "year" and p.pstart is not None
                  and _FROM_FIGURE_LEFT_RE.search(s, max(0, p.start - 60), p.start)]
        if starts:
            y0 = starts[0].pstart.year
            return "span", date(y0, 1, 1), date(y0 + n, 12, 31), starts[0].basis
        if pend is not None:
            end_year, basis = pend.year, "explicit"
        elif ref is not None:
            end_year, basis = ref.year - 1, "relative"
        else:
            return None
        return "span", date(end_year - n, 1, 1), date(end_year, 12, 31), basis
    return None
