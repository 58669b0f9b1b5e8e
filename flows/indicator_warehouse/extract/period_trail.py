"""The periods an article states, read once, and the period a sentence with
no period of its own is about (document.py asks this module for both).

First pass (`read_periods`): every sentence's periods, where its plan cue
ends (a period after "aims to", "by 2025" is a target's), and what the
periods say about the whole article:
- the document-wide year: when every period an article states (explicit
  or relative, outside plans) falls in one single year, a figure with a
  known measure and no period of its own is read as of that year ("As of
  the conclusion of 2023 ... the latest figures ... 1.35 million R&D
  personnel");
- the latest period the article states anywhere.

Carried period (`PeriodTrail`): a sentence with no period of its own takes
the one the text stated last, except that
- a list of years ("in 2021 and 2022 respectively") dates only its own
  figures;
- a new paragraph takes the latest period the article has stated rather
  than an older one the paragraph before recalled;
- a sentence that points back ("in that period", "over the five years")
  right after "over the past five years" takes those five years, as a span;
- a headline is dated by the lead that follows it, and the lines under a
  dated heading ("Foreign trade (Jan. - Nov.)") by that heading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import lists, period_words, periods
from .cues import first_in_sentence, in_sentence, sentence_words
from .period_words import PeriodExpr

# A sentence may state a period if it has a digit or one of these words:
# substring tests, where the regex \d|year|month|... was tried by re at every
# position of the sentence (the same answer)
_PERIOD_HINT_WORDS = ("year", "month", "quarter", "half", "period")
# A month range with no digit ("Foreign trade (Jan. - Nov.)", "figures for
# January-October"): a heading or lead that dates the lines after it. Asked
# only of a sentence the hint above missed, through its words first.
_MONTH_WORDS = frozenset(period_words.MONTHS) - {"may"}
_MONTH_HINT_RE = re.compile(period_words.M)
# a digit, found by a scan that skips every other character
_DIGIT_RE = re.compile(r"\d")

_NO_CUE = 1 << 62   # "no plan cue in this sentence": past every period's start


@dataclass
class ArticlePeriods:
    """The first pass over an article's sentences (one entry per sentence)."""
    lows: list[str]                  # the sentence lower-cased, as periods.lower gives it
    digits: list[bool]               # whether it holds a digit
    per_sent: list[list[PeriodExpr]]  # the periods it states
    cue_end: list[int]               # where its first plan cue ends (_NO_CUE if none)
    doc_year: int | None             # the one year the article reports, if only one
    doc_latest: PeriodExpr | None    # the latest period the article reports anywhere


def read_periods(sents, reference_date: date | None) -> ArticlePeriods:
    """Every sentence's periods, and the article's one year and latest period."""
    lows = [periods.lower(sent.text) for sent in sents]
    digits = [_DIGIT_RE.search(low) is not None for low in lows]
    per_sent, cue_end = [], []
    years: set[int] = set()
    unresolved = False   # a relative period no reference date resolves ("this year" in an undated article)
    doc_latest = None
    for sent, low, digit in zip(sents, lows, digits):
        s = sent.text
        if digit or any(w in low for w in _PERIOD_HINT_WORDS) or _month_hint(s, low):
            ps = periods.find_periods(s, reference_date, low)
        else:
            ps = []
        per_sent.append(ps)
        cue_end.append(_plan_cue_end(s) if ps else _NO_CUE)
        for p in ps:
            if p.role == "period" and p.pend is None and p.basis == "relative":
                unresolved = True
            if p.role == "period" and p.pend is not None and cue_end[-1] > p.start:
                if reference_date is not None and p.pend > reference_date:
                    continue
                years.add(p.pend.year)
                if p.ptype != "span" and (doc_latest is None or p.pend > doc_latest.pend):
                    doc_latest = p
    # the one year the article reports; none when it also reports periods of a year it does not give
    # ("From January to June", "last year" with no reference date): its figures may be of either year
    doc_year = next(iter(years)) if len(years) == 1 and not unresolved else None
    return ArticlePeriods(lows, digits, per_sent, cue_end, doc_year, doc_latest)


class PeriodTrail:
    """What the article has dated so far, sentence by sentence: `carried(k)`
    before sentence k's figures are read, `observe(k, found)` after."""

    def __init__(self, sents, read: ArticlePeriods, reference_date: date | None) -> None:
        self.sents, self.read, self.ref = sents, read, reference_date
        self.recent, self.recent_at, self.recent_para = None, -99, -1   # the period stated last, and where
        self.latest = None    # the latest period the article has stated so far
        self.opening = None   # the first period the article states: what a report is about
        self.span, self.span_at = None, -99   # the last "over the past N years" the text stated, as a span
        self.heading_at = -99   # the last heading line that stated a period ("Investment (Jan. - Oct.)")

    def carried(self, k: int) -> tuple[PeriodExpr | None, int]:
        """The period sentence k inherits, and how many sentences back it was stated."""
        sent, ps, para = self.sents[k], self.read.per_sent[k], self.sents[k].para.index
        carry, dist = self.recent, k - self.recent_at
        from_heading = self.recent_at == self.heading_at
        if from_heading:
            # every line under a dated heading is as close to its period as the first
            # ("Foreign trade (Jan. - Nov.)", then "- Exports reached US$4.7 billion")
            dist = 1
        if dist > 3 and carry is not None and (
                para == self.recent_para or (carry.pend.month, carry.pend.day) != (12, 31)
                or _same(carry, self.opening) or (carry.ptype == "span" and carry.pstart.year == carry.pend.year)):
            # a paragraph that opens "In 2013, ..." and lists figure after
            # figure (a communique) is about that period to its end; a
            # report on part of a year ("from January to May") is about
            # that part to its end; and so is an article about the year it
            # opens with (a whole year a feature article names later may be
            # only one date among its claims)
            dist = 3
        latest = self.latest
        if carry is not None and latest is not None and not from_heading and (latest.pend > carry.pend or (
                carry.ptype == "span" and latest.pend == carry.pend and latest.pstart < carry.pstart)) \
                and (para != self.recent_para or in_sentence("present_time", sent.text)):
            # a new paragraph with no period of its own, or a sentence in the
            # present ("currently", "so far"), is about the period the article
            # reports, not an older one the text has just recalled
            carry = latest
        if carry is None and para == self.sents[0].para.index and len(sent.para.text) < 200:
            # A headline ("Hainan's foreign trade up 20.4%") is dated by
            # the lead that follows it.
            carry, dist = self._lead_period(k), 1
        if self.span_at >= self.recent_at and k - self.span_at <= 2 and _refers_back(ps, self.span):
            # "... over the past five years. It has authorized 2.53 million patents in that
            # period": the years the text has just counted back, not an older period
            carry, dist = self.span, k - self.span_at
        return carry, dist

    def observe(self, k: int, found: list) -> None:
        """Move the trail past sentence k, whose figures were `found`."""
        sent, ps, cue_end, ref = self.sents[k], self.read.per_sent[k], self.read.cue_end[k], self.ref
        para = sent.para.index
        # A list of years ("in 2021 and 2022 respectively") dates the figures
        # it lists, not the text that follows.
        stated = [p for p in ps if p.role == "period" and p.pend is not None
                  and cue_end > p.start
                  and (ref is None or p.pend <= ref)
                  and lists.year_list(p) is None]
        if ref is None and self.recent is not None and any(
                p.role == "period" and p.pend is None and p.basis == "relative" and cue_end > p.start for p in ps):
            # "reached 2,678 km last year, compared with 13th place at the end of 2000" in an
            # undated article: the text now reports a year nobody can date, and an older year it
            # names in passing must not carry to the sentences after it
            self.recent, self.recent_at = None, -99
        elif stated:
            # the newest period the sentence states, not merely its last: "In
            # 2021, ... the ratio dropped from 1.96 in 2020 to 1.94" goes on about 2021
            self.recent, self.recent_at, self.recent_para = max(stated, key=lambda p: (p.pend, p.start)), k, para
            self.opening = self.opening or self.recent
            for p in stated:
                if p.ptype != "span" and (self.latest is None or p.pend > self.latest.pend):
                    self.latest = p
        elif self.recent is not None:
            later = [p for p in ps if p.role == "period" and p.pend is not None and p.pend > self.recent.pend
                     and p.basis == "explicit" and cue_end > p.start and lists.year_list(p) is None]
            if later:
                # an explicit later period the reference date does not cover
                # (a stale dateline): the older one no longer applies to what follows
                self.recent, self.recent_at, self.recent_para = later[-1], k, para
        past = _past_years_span(ps, stated, ref)
        if past is not None:
            self.span, self.span_at = past, k
        if stated and not found and _heading(sent):
            # a section heading that names its period ("Foreign trade (Jan. - Nov.)")
            # dates the lines under it, to the next period the text states
            self.heading_at = k

    def _lead_period(self, k: int) -> PeriodExpr | None:
        """The first period stated in the few sentences after a headline."""
        read, ref = self.read, self.ref
        for j in range(k + 1, min(len(self.sents), k + 4)):
            for p in read.per_sent[j]:
                if p.role == "period" and p.pend is not None and read.cue_end[j] > p.start \
                        and (ref is None or p.pend <= ref):
                    return p
        return None


def _month_hint(s: str, low: str) -> bool:
    """Whether a sentence with no digit and no period word names a month
    ("Exports (Jan. - Nov.)"); "may" alone is the verb far more often, and
    a month range always names a second month."""
    words = sentence_words(s)
    if words is not None and words.isdisjoint(_MONTH_WORDS):
        return False
    return _MONTH_HINT_RE.search(low) is not None


def _plan_cue_end(s: str) -> int:
    """Where the first plan/target cue of `s` ends (`_NO_CUE` if none): a
    period after it is a target's, not a reported figure's. Found once per
    sentence instead of once per period."""
    m = first_in_sentence("target", s)   # the figures' target test asks it again
    return m.end() if m else _NO_CUE


def _heading(sent) -> bool:
    """A short line that is a paragraph of its own and no sentence ("Investment attraction (Jan. - Oct.)")."""
    t = sent.text.strip()
    return len(t) <= 80 and t == sent.para.text.strip() and not t.endswith((".", "!", "?", ";", ",", ":"))


_THE_YEARS_RE = re.compile(r"(?:in|over|during|within|across)\s+the\s", re.I)


def _refers_back(ps, span) -> bool:
    """A sentence that points back to the span just stated ("in that period") and states no
    period. "over the 10 years" right after "over the last 10 years" is such a pointer too (it
    then becomes one, so the sentence no longer reads as having a time frame of its own)."""
    if any(p.role == "period" for p in ps):
        return False
    n = span.pend.year - span.pstart.year + 1
    for p in ps:
        if p.role == "duration" and not p.past and p.years == n and _THE_YEARS_RE.match(p.text):
            p.role = "anaphoric"
    return any(p.role == "anaphoric" for p in ps)


def _past_years_span(ps, stated, ref: date | None):
    """"over the past five years", "in the past decade" as the span of those years: up to the
    year the sentence states ("GDP was 1.57 trillion yuan in 2021, with average growth over the
    past decade at 6.1 percent": 2012-2021), else up to the last year complete at the reference
    date. None without a count of years, or with nothing to end it at."""
    dur = next((p for p in ps if p.role == "duration" and p.past and p.years), None)
    if dur is None:
        return None
    years = [p.pend.year for p in stated if p.ptype == "year"]
    if years:
        end, basis = max(years), "explicit"
    elif ref is not None and not stated:
        end, basis = ref.year - 1, "relative"
    else:
        return None
    return PeriodExpr(dur.start, dur.end, "period", "span", date(end - dur.years + 1, 1, 1),
                      date(end, 12, 31), basis)


def _same(p, q) -> bool:
    """Two time expressions that denote the same period."""
    return q is not None and (p.ptype, p.pstart, p.pend) == (q.ptype, q.pstart, q.pend)
