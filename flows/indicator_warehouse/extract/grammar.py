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
  place      places.choose; indicator: indicators.choose;
  qualifier  the cue word right before it (about / over / under);
  target     a plan cue before it in the sentence, or a period in the future.

A figure is emitted only when it has a period (or an unresolved relative date,
then with `problem` set) and some evidence that it is a statistic: a
catalogue indicator, a currency, or a rate metric.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from . import catalogue, indicators, numbers, periods, places
from .facts import Fact
from .numbers import Mention
from .periods import PeriodExpr
from .sentences import Sentence


@dataclass(frozen=True, slots=True)
class _Cues:
    approx: re.Pattern
    over: re.Pattern
    under: re.Pattern
    up: re.Pattern
    down: re.Pattern
    yoy_after: re.Pattern
    share_before: re.Pattern
    share_after: re.Pattern
    cagr: re.Pattern
    cagr_after: re.Pattern
    target: re.Pattern
    nonstat: re.Pattern
    trivia: re.Pattern
    share_window: re.Pattern
    share_indicators: frozenset
    yoy_down: frozenset


@lru_cache(maxsize=1)
def cues() -> _Cues:
    c = catalogue.get()
    return _Cues(
        approx=c.cue_regex_end("approx"),
        over=c.cue_regex_end("over"),
        under=c.cue_regex_end("under"),
        up=re.compile(r"(?<![\w])(?:" + c.cue_trie("growth_up") + r")(?:\s+by)?(?:\s+(?:about|around|nearly|approximately|over|more\s+than|some|an?|roughly))?\s*$", re.I),
        down=re.compile(r"(?<![\w])(?:" + c.cue_trie("growth_down") + r")(?:\s+by)?(?:\s+(?:about|around|nearly|approximately|over|more\s+than|some|an?|roughly))?\s*$", re.I),
        yoy_after=c.cue_regex_start("yoy_after"),
        share_before=re.compile(r"(?<![\w])(?:" + c.cue_trie("share_before") + r")(?:\s+(?:about|around|nearly|approximately|over|more\s+than|some|roughly|at\s+least|less\s+than|almost|an?|only|just))*\s*$", re.I),
        share_after=c.cue_regex_start("share_after"),
        cagr=re.compile(r"(?<![\w])(?:an?\s+)?(?:" + c.cue_trie("cagr") + r")(?:\s+(?:about|around|nearly|approximately|over|more\s+than|some|roughly))?\s*$", re.I),
        cagr_after=c.cue_regex_start("cagr_after"),
        target=c.cue_regex_any("target"),
        nonstat=c.cue_regex_end("nonstat_before"),
        share_window=c.cue_regex_any("share_window"),
        share_indicators=frozenset(c.cues.get("share_indicator", [])),
        yoy_down=frozenset(c.cues.get("yoy_after:down", [])),
        trivia=re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:" + c.cue_trie("trivia_noun") + r")(?![\w])"),
    )


_COMPOUND_RE = re.compile(r"^-(?!plus)[A-Za-z]")
_ORDINAL_RE = re.compile(r"^(?:st|nd|rd|th)\b|^\s?(?:millionth|billionth|thousandth|hundredth)", re.I)
_PHONE_LEFT_RE = re.compile(r"(?:\+|\d[-\s])$")
_PHONE_RIGHT_RE = re.compile(r"^[-\s]?\d{3,}")
_NOUN_RE = re.compile(r"^\s+(?:[A-Za-z][\w'-]*)")
_CLAUSE_END_RE = re.compile(r"[,;:]|\s(?:and|while|but|which)\s")
_CHANGE_BEFORE_RE = re.compile(r"(?:an?\s+)?(?:increase|growth|rise|addition|jump|gain|expansion)\s+of\s*$|(?:increased|grew|grown|rose|risen|expanded|added|climbed|jumped|gained|swelled)\s+by\s*$", re.I)
_CHANGE_DOWN_RE = re.compile(r"(?:an?\s+)?(?:decrease|decline|drop|fall|reduction)\s+of\s*$|(?:decreased|declined|dropped|fell|fallen|shrank|shrunk|contracted)\s+by\s*$", re.I)
_COUNT_NOUN_RE = re.compile(r"\s+(?!(?:in|to|and|or|of|for|from|with|by|at|on|as|the|a|an|were|was|is|are|this|that|last|year|yuan|percent)\b)[A-Za-z][\w'-]*", re.I)
# "21,151 contracts over 10 million yuan", "cities with GDP over $300
# billion": a threshold that qualifies a noun, not a figure of its own.
_THRESHOLD_RE = re.compile(r"(?:\b[a-z]{3,}s|\bthose\s+with(?:\s+[\w-]+){0,3})\s+(?:(?:each\s+)?(?:worth|valued\s+at)\s+)?(?:of\s+)?(?:over|above|exceeding|more\s+than|at\s+least|no\s+less\s+than)\s*$")
_COORD_RE = re.compile(r"^\s*(?:percent|per\s+cent|%)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", re.I)
_GROWTH_OF_RE = re.compile(r"(?:increase|growth|rise|gain|jump|expansion|uptick|upswing|surge|climb|increment|hike|boost)\s+(?:rate\s+)?of\s*$", re.I)
# "a slide of 4.5%", "a year-on-year decline of 3%": a fall, as a negative rate
_FALL_OF_RE = re.compile(r"(?:decrease|decline|drop|fall|slide|dip|contraction|slump|downturn|reduction)\s+(?:rate\s+)?of\s*$", re.I)
# "0.3 percentage points higher than in the first quarter", "0.8 percent
# higher than GDP growth", "1.2 points above the national average": a gap
# between two rates, not a figure. Against a year-ago base it is a change of
# the same series ("3.5 percentage points higher than the same period last year").
_GAP_RE = re.compile(r"^\s*(?:percentage\s+points?\s+|points?\s+)?(?:higher|lower|faster|slower|above|below|more|less|greater|smaller|quicker)\s+(?:than|that)?", re.I)
_YEAR_AGO_RE = re.compile(r"^\s*(?:(?:that|those|the\s+(?:same\s+)?(?:level|figure|rate|growth|period))\s+(?:of|in|for)\s+)?(?:in\s+|during\s+)?(?:the\s+)?(?:same\s+period|previous\s+year|prior\s+year|preceding\s+year|last\s+year|a\s+year\s+(?:earlier|ago|before)|year\s+before|(?:19|20)\d\d\b)", re.I)
# "driving 0.3 percentage points of growth", "contributed 1.1 points to
# GDP growth": a contribution to growth, not a share or change of a series.
_CONTRIB_LEFT_RE = re.compile(r"(?:driv\w*|drove|contribut\w*|pull\w*|boost\w*|add\w*|lift\w*|push\w*)\s+(?:\w+\s+){0,3}$", re.I)
_CONTRIB_RIGHT_RE = re.compile(r"^\s*(?:percentage\s+points?\s+)?(?:of|to)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}growth\b", re.I)
# "Jiangmen, Zhaoqing and Shantou", "the EU, ASEAN and Australia": a list
_LIST_SEP_RE = re.compile(r"^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|&\s*|as\s+well\s+as\s+)$", re.I)
# "accounted for 6.7% of R&D spending, applied research 11.0% and
# experimental development 82.3%": later items of a list, their noun first.
_COORD_NP_RE = re.compile(
    r"^\s*(?:percent|per\s+cent|%)?(?:\s+of\s+[^,;.\d]{0,50})?\s*(?:,|;)\s*(?:and\s+|while\s+)?(?:the\s+|that\s+of\s+|for\s+|in\s+)?"
    r"(?!(?:was|were|is|are|reached|hit|stood|totaled|totalled|amounted|rose|grew|fell)\b)(?:[A-Za-z&'-]+\s+){1,4}(?:at\s+|with\s+)?$"
    r"|^\s*(?:percent|per\s+cent|%)?\s+and\s+(?:the\s+|that\s+of\s+|for\s+|in\s+)?(?!(?:was|were|is|are)\b)(?:[A-Za-z&'-]+\s+){1,4}(?:at\s+|with\s+)?$", re.I)
# Counts in a list: "172 universities, 12,000 laboratories and 26,000 ...",
# "30,000 new and 320,000 total 5G base stations".
_COUNT_LIST_RE = re.compile(r"^\s+(?:[A-Za-z][\w'&-]*\s+){0,4}?[A-Za-z][\w'&-]*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_ADJ_AND_RE = re.compile(r"^\s+(?:[A-Za-z][\w-]*(?<!s)|[A-Za-z][\w-]*ous)\s+(?:and|or)\s+$")
_PLURAL_NOUN_RE = re.compile(r"\s+(?!(?:as|is|was|has|this|its|plus|towards|thus|yuan|dollars|times|units?)\b)(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*[a-z]s\b(?!\s+(?:of|in|for)\s+(?:yuan|dollars))")
_PER_AFTER_RE = re.compile(r"^\s+(?:[A-Za-z][\w'-]*\s+){1,4}?(?=per\s)")
_OF_RE = re.compile(r"^\s*of\s+(?!which\b|them\b)", re.I)
_MORE_THAN_RE = re.compile(r"^\s*(?:\w+\s+)?(?P<dir>more|less|fewer|higher|lower)\s+than\s+(?:in\s+|that\s+of\s+|the\s+)?", re.I)
_EQUIV_RE = re.compile(r"\b(?:equivalent|equal)\s+to\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$", re.I)
_PREV_YEAR_RE = re.compile(r"\s*(?:in\s+)?(?:the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|before)|the\s+year\s+before)\b", re.I)
_FROM_RE = re.compile(r"\bfrom\s+(?:about\s+|over\s+|nearly\s+|more\s+than\s+)?$", re.I)
_PAREN_LEFT_RE = re.compile(r"\(\s*$")
_MARK_RIGHT_RE = re.compile(r"\s+(?:mark|threshold|milestone|benchmark)\b", re.I)
_WHOSE_LEFT_RE = re.compile(r"(?:\bwhose|\beach\s+with|\b[a-z]{3,}s\s+with)\s+(?:[\w'-]+\s+){0,4}(?:surpassed|exceeded|exceeding|topped|topping|surpassing|over|above|passed|crossed)\s+(?:the\s+)?$", re.I)
_ONE_OF_GROUP_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}[\w-]+s\s+(?:whose|that|which)\b", re.I)
# "2.3% increase for food, 1.3% increase for clothing": a category breakdown
_CATEGORY_RIGHT_RE = re.compile(r"\s*(?:year-on-year\s+)?(?:increase|decrease|decline|rise|drop|growth|fall|gain)\s+(?:for|in)\s+(?!(?:the\s+)?(?:19|20)\d\d|the\s+(?:first|same|previous|past|last|whole|full)\b|(?:january|february|march|april|may|june|july|august|september|october|november|december|h1|q\d)\b)[a-z]", re.I)
# "a 0.1% decline compared to the average from January to July": a gap to an average
_VS_AVERAGE_RE = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:compared\s+(?:to|with)|than|against|from)\s+(?:the\s+)?(?:\w+\s+)?average\b", re.I)
# "accounting for 4.7 percent of GDP and driving 0.3 percentage points of growth"
_SHARE_CONTRIB_RE = re.compile(r"^[^,;.]{0,60}?\band\s+(?:driving|contributing|pulling|boosting|adding)\s+(?:about\s+|nearly\s+)?\d", re.I)
_PER_CAPITA_LEFT_RE = re.compile(r"\bper\s+capita\b|\baverage\s+per\s+(?:person|head)\b", re.I)
_NUMBER_OF_RE = re.compile(r"\b(?:the\s+)?(?:total\s+)?number\s+of\b", re.I)
# "The total import and export volume of the year", "for the whole year",
# "the annual total": the whole year the article reports, not a month named before
_WHOLE_YEAR_RE = re.compile(r"\b(?:of|for|in)\s+the\s+(?:whole|full|entire)\s+year\b|\b(?:of|for)\s+the\s+year\b|\bthe\s+annual\s+total\b|\bannual\s+total\b", re.I)


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


def _strip_qual(left: str) -> str:
    """Left context without a trailing qualifier word, for verb/cue tests."""
    c = cues()
    for rx in (c.approx, c.over, c.under):
        mm = rx.search(left)
        if mm:
            return left[:mm.start()]
    return left


@dataclass(slots=True)
class Candidate:
    m: Mention
    metric: str
    value: float
    period: PeriodExpr | None
    base: PeriodExpr | None
    qualifier: str


def _metric(s: str, m: Mention, periods_: list[PeriodExpr], next_start: int) -> tuple[str, float] | None:
    c = cues()
    left_full = s[max(0, m.start - 50):m.start]
    left = _strip_qual(left_full)
    right = s[m.end:m.end + 60]
    v = m.value
    if m.kind in ("fraction", "ratio"):
        return "share_pct", v
    if m.unit in ("percent", "percentage_point") and _VS_AVERAGE_RE.match(right):
        return None   # a gap to an average of other periods
    if m.unit == "percentage_point":
        if _CONTRIB_RIGHT_RE.match(right) or _CONTRIB_LEFT_RE.search(left):
            return None   # a contribution to growth
        gap = _GAP_RE.match(right)
        if gap and not _YEAR_AGO_RE.match(right[gap.end():]):
            return None   # a gap to another rate or another period
        if c.down.search(left) or (gap and re.search(r"lower|below|less|slower|smaller", gap.group(0), re.I)):
            return "change", -v
        return "change", v
    if m.unit == "percent":
        if c.cagr.search(left) or c.cagr_after.match(right):
            return "cagr_pct", v
        if c.share_before.search(left) or c.share_after.match(right):
            if _SHARE_CONTRIB_RE.match(right):
                return None   # "... of GDP and driving 0.3 points of growth": a contribution
            return "share_pct", v
        gap = _GAP_RE.match(right)
        if gap:
            if _YEAR_AGO_RE.match(right[gap.end():]):
                # "5 percent higher than a year earlier": a year-on-year rate
                down = re.search(r"lower|below|less|slower|smaller", gap.group(0), re.I)
                return "yoy_growth_pct", (-v if down else v)
            return None
        ends_of = left.rstrip().endswith("of")   # cheap gate for the "... of" patterns
        if c.down.search(left) or (ends_of and _FALL_OF_RE.search(left)):
            return "yoy_growth_pct", -v
        if c.up.search(left) or (ends_of and _GROWTH_OF_RE.search(left)):
            return "yoy_growth_pct", v
        if _OF_RE.match(right):
            return "share_pct", v     # "14.1% of Guangdong's regional GDP"
        ya = c.yoy_after.match(right)
        if ya:
            w = ya.group(0).strip().lower()
            if w in c.yoy_down:
                return "yoy_growth_pct", -v
            return "yoy_growth_pct", v
        return "level", v
    if _CHANGE_DOWN_RE.search(left):
        return "change", -v
    if _CHANGE_BEFORE_RE.search(left):
        return "change", v
    mt = _MORE_THAN_RE.match(right)
    if mt:
        # "1.8 million more than in 2005": a change against that base
        return "change", (-v if mt["dir"].lower() in ("less", "fewer", "lower") else v)
    return "level", v


def _is_figure(s: str, m: Mention) -> bool:
    """Rejects numbers that are not statistics."""
    c = cues()
    right = s[m.end:m.end + 40]
    left = s[max(0, m.start - 25):m.start]
    if m.kind == "digits":
        if m.unit is None and m.scale == 1 and 1900 <= m.value <= 2100 and "," not in s[m.start:m.end] \
                and "." not in s[m.start:m.end]:
            return False   # a year the period rules did not claim
        if _COMPOUND_RE.match(right) or _ORDINAL_RE.match(right):
            return False
        if _PHONE_LEFT_RE.search(left) and m.unit is None:
            return False
        if _PHONE_RIGHT_RE.match(right):
            return False
        if m.unit is None and m.scale == 1 and _PAREN_LEFT_RE.search(left) and re.match(r"^\s*\)", right):
            return False   # "(3)" list markers
    if c.nonstat.search(_strip_qual(left)):
        return False
    if _THRESHOLD_RE.search(s[max(0, m.start - 60):m.start]):
        return False
    if _MARK_RIGHT_RE.match(s, m.conv_end or m.end) or _WHOSE_LEFT_RE.search(s, max(0, m.start - 60), m.start):
        return False   # "exceeded the 200 billion yuan mark", "provinces whose GDP surpassed 5 trillion"
    if m.kind == "ratio" and _ONE_OF_GROUP_RE.match(s, m.end):
        return False   # "one of two provinces whose ...": membership, not a share
    if m.unit_kind == "currency" and _EQUIV_RE.search(s[max(0, m.start - 45):m.start]):
        return False   # ", equivalent to about 64.8 billion U.S. dollars": a conversion
    if m.unit_kind not in ("currency", "percent", "measure") and c.trivia.match(right):
        return False
    if m.kind == "word":
        if m.scale == 1 and not _NOUN_RE.match(right):
            return False
        if re.match(r"^[\s-]*(?:of\s|times|fold|-)", right, re.I):
            return False
    return True


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
        if not between and not (before and _CLAUSE_BREAK_RE.search(s, m.end, p.start + 1)):
            return p
    if before:
        return before[-1]
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


class SentenceContext:
    """What the rest of the document tells a sentence: reference date, the
    region it is probably about, and a document-wide period."""

    def __init__(self, ref: date | None, fallback_region: str | None, doc_year: int | None,
                 prev_text: str, recent_period: PeriodExpr | None = None, recent_dist: int = 99):
        self.ref = ref
        self.fallback_region = fallback_region
        self.doc_year = doc_year
        self.prev_text = prev_text
        self.recent_period = recent_period   # the last period the text stated
        self.recent_dist = recent_dist       # how many sentences ago


def sentence_facts(sent: Sentence, ps: list[PeriodExpr], ctx: SentenceContext,
                   place_ms: list[places.PlaceMention]) -> list[Fact]:
    s = sent.text
    c = cues()

    def masked(a: int, b: int) -> bool:
        for p in ps:
            if a < p.end and p.start < b:
                return True
        return False

    raw = numbers.find_mentions(s, masked)
    ms = [m for m in raw if _is_figure(s, m)]
    if not ms:
        return []
    hs = indicators.hits(s)
    out: list[Fact] = []
    last_region: str | None = None
    prev: Mention | None = None
    prev_metric: tuple[str, float] | None = None
    anaphoric = any(p.role == "anaphoric" for p in ps)
    # A sentence with its own time frame ("for over 15 years", "since 2019")
    # does not inherit the period of the sentences before it.
    own_frame = any(p.role in ("duration", "since", "base") and p.pend is None and p.role != "base"
                    for p in ps) or any(p.role == "since" for p in ps)
    paired = _respectively(s, ms, place_ms, hs, ctx.prev_text) if _RESP_TRIGGER_RE.search(s) else {}
    listed = _count_lists(s, ms, hs)
    for i, m in enumerate(ms):
        prev_end_for_seg = None
        nxt = ms[i + 1].start if i + 1 < len(ms) else len(s)
        met = _metric(s, m, ps, nxt)
        if met is None:
            continue
        metric, value = met
        # "accounted for 41.3% and 49.9% of ...", "rose 5.7 percent, 6.6
        # percent and 3.3 percent respectively": coordinated figures share
        # the reading of the first one.
        if (metric == "level" and prev is not None and prev_metric is not None and m.unit == prev.unit
                and m.unit in ("percent", "percentage_point") and _COORD_RE.match(s[prev.end:m.start])):
            metric = prev_metric[0]
            value = -value if prev_metric[1] < 0 else value
        elif (metric == "level" and prev is not None and prev_metric is not None and m.unit == prev.unit == "percent"
              and prev_metric[0] in ("share_pct", "yoy_growth_pct", "cagr_pct")
              and _COORD_NP_RE.match(s[prev.end:m.start])):
            # "accounted for 6.7% of the total, applied research 11.0% and ..."
            metric = prev_metric[0]
            value = -value if prev_metric[1] < 0 else value
        elif (metric == "level" and prev is not None and prev_metric is not None and m.unit == prev.unit == "percent"
              and prev_metric[0] == "yoy_growth_pct" and _FROM_RATE_RE.match(s[prev.end:m.start])):
            # "slowed to 4.7 percent in the second quarter from 5.3 percent
            # in the first": the earlier rate of the same series
            metric = "yoy_growth_pct"
        elif metric == "level" and m.unit == "percent":
            win_start = prev.end if prev is not None else 0
            if c.share_window.search(s, win_start, m.start):
                metric = "share_pct"
        prev_end_for_seg = prev.end if prev is not None else None
        prev, prev_metric = m, (metric, value)
        left = s[max(0, m.start - 30):m.start]
        qualifier = _qualifier(left, m)
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
        seg_start = (prev_end_for_seg if prev_end_for_seg is not None else 0)
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
        noun_only = m.unit is None and unit0 == "count" and not number_of
        code = indicators.choose(s, m.start, m.end, unit0, metric, hs, noun_only=noun_only)
        if code is None and noun_only:
            # a topic word inside the noun phrase: "1.17 million patents"
            code = indicators.choose_topic(_NOUN_PHRASE_RE.match(s, m.end).group(0) if _NOUN_PHRASE_RE.match(s, m.end) else "",
                                           unit0, metric)
        if code is None and i in listed:
            code = listed[i]
        if code is None and not noun_only:
            code = indicators.choose_topic(s, unit0, metric)
        if code is None and ctx.prev_text and metric in ("level", "change") and unit0 not in (None, "percent"):
            # "The number of R&D personnel ... With 1.35 million skilled
            # professionals": the measure was named in the sentence before.
            code = indicators.choose_topic(ctx.prev_text, unit0, metric)
        if unit0 is None and code and indicators.unit_of(code) not in ("count", "person") \
                and not (m.scale >= 1e6 and indicators.unit_of(code) in ("CNY", "USD")):
            continue    # a bare number for a money or rate measure: unit unknown
            # (but "GDP hit 5.69 trillion" is money in the measure's currency)
        if code is None and metric == "yoy_growth_pct" and _CATEGORY_RIGHT_RE.match(s, m.end):
            continue    # "2.3% increase for food": a category of a breakdown
        if code is not None and "per_capita" not in code and unit0 not in (None, "percent") \
                and _PER_CAPITA_LEFT_RE.search(s, seg_start, m.start):
            code = "unclassified"   # "per capita funds ... were 599,000 yuan": not the aggregate
        if metric == "level" and unit0 == "percent" and code in c.share_indicators:
            metric = "share_pct"   # R&D intensity: a share of GDP
        unit = unit0 or _unit_for(m, code, s) or "count"
        if unit == "count" and code and indicators.unit_of(code) == "person":
            unit = "person"
        if metric == "level" and unit == "percent" and (code is None or indicators.unit_of(code) != "percent"):
            continue    # a bare percentage with no rate indicator: not enough to go on
        period = _choose_period(s, m, ps, raw)
        rule = "sentence"
        prev_year = _PREV_YEAR_RE.match(s, m.conv_end or m.end)
        if prev_year and period is not None and period.pend is not None and period.ptype == "year":
            # "The figure for 2024 compares with 480.26 billion yuan the
            # previous year": the year before the sentence's own year.
            y = period.pend.year - 1
            period = PeriodExpr(period.start, period.end, "period", "year", date(y, 1, 1), date(y, 12, 31),
                                period.basis)
        if period is None and _WHOLE_YEAR_RE.search(s):
            y = ctx.doc_year or (ctx.recent_period.pend.year if ctx.recent_period is not None
                                 and ctx.recent_period.pend is not None else None)
            if y is not None and ctx.ref is not None and date(y, 12, 31) > ctx.ref:
                y = ctx.ref.year - 1   # a full-year total is a finished year
            if y is not None:
                period = PeriodExpr(0, 0, "period", "year", date(y, 1, 1), date(y, 12, 31), "reference")
                rule = "whole_year"
        if (period is None and ctx.recent_period is not None and (anaphoric or ctx.recent_dist <= 3)
                and not own_frame and not _FROM_RE.search(left)):
            # "Over the period, Hainan used $950 million": the period the text
            # has just stated carries over to the next sentences.
            period, rule = ctx.recent_period, "carried"
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
        if metric == "cagr_pct":
            span = _cagr_span(ps, pend, ctx.ref, s)
            if span is None:
                continue
            ptype, pstart, pend, basis = span
        if ptype is None and problem is None:
            # No period in the sentence: a document-wide year, for figures
            # whose measure we know ("latest figures" articles).
            if ctx.doc_year is None or code == "unclassified" \
                    or metric not in ("level", "yoy_growth_pct", "share_pct") \
                    or (metric == "share_pct" and m.kind != "digits") \
                    or (code is None and not (_DOC_YEAR_OPEN and m.kind == "digits" and metric != "level")):
                continue
            y = ctx.doc_year
            if indicators.kind_of(code) == "stock":
                ptype, pstart, pend = "as_of", date(y, 12, 31), date(y, 12, 31)
            else:
                ptype, pstart, pend = "year", date(y, 1, 1), date(y, 12, 31)
            basis, rule = "reference", "document_year"
        # as_of for a flow indicator means the year to that date.
        if ptype == "as_of" and code and indicators.kind_of(code) == "flow" and pend and pend.month == 12 and pend.day == 31:
            ptype, pstart = "year", date(pend.year, 1, 1)
        # Evidence that this is a statistic at all.
        pair = paired.get(i)
        if pair is not None and pair[1]:
            code = pair[1]
        if code == "unclassified":
            code = None   # a count listed with catalogued ones: kept, but not named
        elif code is None:
            if m.kind == "word":
                continue
            if rule != "sentence" and metric == "level" and not anaphoric \
                    and not (m.unit_kind == "currency" and ctx.recent_dist <= 1):
                continue   # a carried period needs a known measure or a rate
                # (or money, in the sentence right after the one that stated the period)
            if not (m.unit_kind in ("currency", "measure") or number_of
                    or metric in ("yoy_growth_pct", "share_pct", "cagr_pct", "change")):
                continue
        clause_start = 0
        for r in raw:
            # spelled-out small numbers ("nine cities in Guangdong") are part
            # of a description, not a figure that opens a new clause
            if r.end <= m.start and r is not m and r.kind != "word":
                clause_start = r.end
        region = places.choose(place_ms, m.start, metric, ctx.fallback_region, clause_start, s, last_region)
        if pair is not None and pair[0]:
            region = pair[0]   # "A, B and C ... 4.1%, 3.9% and 5.2% respectively"
        if region is None:
            continue
        last_region = region
        # Plans and goals: a cue before the figure, or after it in its clause.
        rest = s[m.end:]
        ce = _CLAUSE_END_RE.search(rest)
        clause_after = rest[:ce.start()] if ce else rest
        is_target = bool(c.target.search(s[:m.start]) or c.target.search(clause_after))
        if pend is not None and ctx.ref is not None and pend > ctx.ref and ptype != "ytd":
            is_target = True
        a, b = sent.orig(m.start), sent.orig(m.end - 1) + 1
        out.append(Fact(
            indicator=code or "unclassified", region=region, metric=metric,
            period_type=ptype, period_start=pstart, period_end=pend,
            value=value, scale=m.scale, unit=unit, qualifier=qualifier,
            sentence=s, start=a, end=b, is_target=is_target, date_basis=basis,
            converted_value=m.conv_value, converted_unit=m.conv_unit,
            problem=problem, rule=rule + ":" + metric,
        ))
    return out


# "compared to the average from January to July": that period is a base, not the figure's
_AVG_PERIOD_LEFT_RE = re.compile(r"\baverage\s+(?:of\s+|for\s+|from\s+|in\s+|over\s+)?(?:the\s+)?$", re.I)
_DOC_YEAR_OPEN = True
_CLAUSE_BREAK_RE = re.compile(r";|,\s*(?:and|while|but|whereas|compared|with)\b|\band\s+(?=(?:in|during|for)\b)")
_FROM_RATE_RE = re.compile(r"^[^;\d]{0,50}\bfrom\s+(?:about\s+|around\s+|nearly\s+)?$", re.I)
# "risen from 2.24 trillion yuan in 2019, an average annual growth of 25
# percent over the past five years": the year after "from <figure>" starts
# the span.
_FROM_FIGURE_LEFT_RE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|over\s+)?[$¥]?\d[\d.,]*(?:\s*[\w$.-]+){0,3}(?:\s*\([^()]{0,40}\)(?:\s+in)?)?\s+$", re.I)
_NOUN_PHRASE_RE = re.compile(r"\s+(?:[A-Za-z][\w'&-]*\s+){0,3}[A-Za-z][\w'&-]*")
# "respectively", "the corresponding figures for these three cities": a
# list of figures that follows a list of names in order
_RESP_TRIGGER_RE = re.compile(r"respectively|\bcorresponding\s+(?:figures|numbers|values)|\b(?:these|the)\s+(?:two|three|four|five|six|\d)\s+(?:cities|provinces|regions|places|areas|municipalities)", re.I)
_RESP_GAP_RE = re.compile(r"^[^\d;]{0,40}$")


def _coord_groups(s: str, ms: list[Mention]) -> list[list[int]]:
    """Runs of coordinated figures: "41 billion yuan ($6 billion), 33.1
    billion yuan and 9.7 billion yuan", "4.1%, 3.9% and 5.2%"."""
    groups: list[list[int]] = []
    for i, m in enumerate(ms):
        if groups and i - 1 == groups[-1][-1]:
            p = ms[i - 1]
            gap = s[(p.conv_end or p.end):m.start]
            if p.unit == m.unit and _COORD_RE.match(gap):
                groups[-1].append(i)
                continue
        groups.append([i])
    return [g for g in groups if len(g) > 1]


def _list_run(spans: list[tuple[int, int, object]], s: str, before: int, n: int):
    """The n coordinated names ("A, B and C") that end nearest before
    `before`, or None."""
    items = [x for x in spans if x[1] <= before]
    for k in range(len(items) - 1, n - 2, -1):
        run = [items[k]]
        j = k
        while j > 0 and len(run) < n and _LIST_SEP_RE.match(s[items[j - 1][1]:items[j][0]]):
            j -= 1
            run.insert(0, items[j])
        if len(run) == n and (j == 0 or not _LIST_SEP_RE.match(s[items[j - 1][1]:items[j][0]])):
            return [x[2] for x in run]
    return None


def _respectively(s: str, ms: list[Mention], place_ms, hs, prev_text: str) -> dict[int, tuple]:
    """Figure index -> (region, code) for "respectively" lists: the names are
    paired with the figures in order. The names may be places ("Jiangmen,
    Zhaoqing and Shantou") or measures ("exports and imports"), in the same
    sentence or, for "the three cities", in the one before."""
    out: dict[int, tuple] = {}
    for g in _coord_groups(s, ms):
        last = ms[g[-1]]
        if "respectively" in s:
            r = s.find("respectively", last.conv_end or last.end)
            if r < 0 or not _RESP_GAP_RE.match(s[(last.conv_end or last.end):r]):
                continue
        n, first = len(g), ms[g[0]].start
        regions = _list_run([(p.start, p.end, p.region) for p in place_ms], s, first, n)
        if regions is None and prev_text:
            pms = places.mentions(prev_text)
            regions = _list_run([(p.start, p.end, p.region) for p in pms], prev_text, len(prev_text), n)
        codes = _list_run([(h.start, h.end, h.codes[0]) for h in hs], s, first, n)
        if regions is None and codes is None:
            continue
        for k, i in enumerate(g):
            out[i] = (regions[k] if regions else None, codes[k] if codes else None)
    return out


def _count_lists(s: str, ms: list[Mention], hs) -> dict[int, str]:
    """Counts listed with a catalogued count ("172 universities, 12,000
    laboratories and 26,000 high-tech enterprises"): figure index -> the
    code to use, "unclassified" when its own noun names no indicator. An
    adjective before "and" shares the noun that follows ("30,000 new and
    320,000 total 5G base stations")."""
    out: dict[int, str] = {}
    if len(ms) < 2:
        return out
    run: list[int] = []
    runs: list[list[int]] = []
    for i, m in enumerate(ms):
        if m.unit is not None or m.kind != "digits":
            run = []
            continue
        if run and _COUNT_LIST_RE.match(s[ms[run[-1]].end:m.start]):
            run.append(i)
        else:
            run = [i]
            runs.append(run)
    for run in runs:
        if len(run) < 2:
            continue
        codes = {i: indicators.choose(s, ms[i].start, ms[i].end, "count", "level", hs, noun_only=True) for i in run}
        if not any(codes.values()):
            continue
        for k, i in enumerate(run):
            if codes[i]:
                continue
            if k + 1 < len(run) and _ADJ_AND_RE.match(s[ms[i].end:ms[run[k + 1]].start]) and codes[run[k + 1]]:
                out[i] = codes[run[k + 1]]
            else:
                out[i] = "unclassified"
    return out


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
