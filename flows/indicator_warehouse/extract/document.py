"""Whole-document extraction: the reference date, the main region, the
document-wide period, and the per-sentence grammar.

Reference date (find_reference_date), in order:
  1. a dateline: "Updated: April 1, 2024", "Published 2024-03-08", or a line
     near the top that is only a date;                      basis 'dateline'
  2. inferred: the day after the latest period the article reports as
     complete ("in 2024" -> 2025-01-01; "first 10 months of 2024" ->
     2024-11-01), ignoring plans, targets, spans and comparison bases;
                                                            basis 'inferred'
  3. otherwise (None, None): relative dates then go to quarantine.

Document-wide year: when every period an article states (explicit or
relative, outside plans) falls in one single year, a figure with a known
measure and no period of its own is read as of that year ("As of the
conclusion of 2023 ... the latest figures ... 1.35 million R&D personnel").
"""
from __future__ import annotations

import re
from datetime import date

from . import grammar, periods, places
from .facts import Fact
from .periods import MONTHS
from .sentences import sentences

_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DATE = (r"(?:(?P<mn>" + _MONTH_NAME + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
         r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mn2>" + _MONTH_NAME + r"),?\s+(?P<y2>(?:19|20)\d\d)"
         r"|(?P<y3>(?:19|20)\d\d)[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2}))")
_LABELLED_RE = re.compile(r"(?:Updated|Published|Posted|Released|Date|Time|Issued|Last\s+updated)\s*(?:on|at)?\s*[:：|]?\s*" + _DATE, re.I)
_LINE_DATE_RE = re.compile(r"^[\s|*_(\[]*(?:[A-Z][A-Za-z .]{0,30}[,|-]\s*)?" + _DATE + r"(?:\s+\d{1,2}:\d\d(?::\d\d)?)?[\s|*_)\]]*$", re.M)
_ANY_DATE_RE = re.compile(r"(?<![\w])" + _DATE + r"(?![\w])", re.I)
_DATELINE_RE = re.compile(r"^[A-Z][A-Z ,]{2,40},\s+" + _DATE, re.M)


def _date_of(m: re.Match) -> date | None:
    try:
        if m["y1"]:
            return date(int(m["y1"]), MONTHS[m["mn"].lower().rstrip(".")], int(m["d1"]))
        if m["y2"]:
            return date(int(m["y2"]), MONTHS[m["mn2"].lower().rstrip(".")], int(m["d2"]))
        if m["y3"]:
            return date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
    except (ValueError, KeyError):
        return None
    return None


def find_reference_date(text: str) -> tuple[date | None, str | None]:
    head = text[:3000]
    for rx in (_LABELLED_RE, _DATELINE_RE, _LINE_DATE_RE):
        m = rx.search(head)
        if m:
            d = _date_of(m)
            if d:
                return d, "dateline"
    # A short line near the top that carries a full date among other
    # furniture: "(Xinhua) 16:49, August 21, 2020", "Source: Xinhua| 2019-07-22".
    for k, line in enumerate(l for l in head.split("\n") if l.strip()):
        if k >= 12:
            break
        if len(line) > 120:
            continue
        m = _ANY_DATE_RE.search(line)
        if m and _date_of(m):
            return _date_of(m), "dateline"
    tail = text[-600:]
    m = _LABELLED_RE.search(tail)
    if m and _date_of(m):
        return _date_of(m), "dateline"
    d = infer_reference_date(text)
    if d:
        # A dateline or "On October 17," without a year: that day in the
        # first year that does not precede what the article reports.
        md = _month_day(head)
        if md:
            for y in (d.year, d.year + 1):
                try:
                    cand = date(y, md[0], md[1])
                except ValueError:
                    break
                if cand >= d:
                    return cand, "inferred"
        return d, "inferred"
    return None, None


_NO_YEAR = r"(?:st|nd|rd|th)?(?![\d\w])(?!,?\s*(?:19|20)\d\d)"
# "HAIKOU, Oct. 16 (Xinhua) --", "BEIJING, Oct 16 -"
_DATELINE_MD_RE = re.compile(r"^[A-Z][A-Za-z .'-]{2,40},\s+(?P<mn>" + _MONTH_NAME + r")\s+(?P<d>\d{1,2})" + _NO_YEAR + r"\s*(?:\(|-|--|–|—|:)", re.M)
# "On October 17, the bureau said ...", "on Oct 16"
_ON_MD_RE = re.compile(r"(?<![\w])[Oo]n\s+(?P<mn>" + _MONTH_NAME + r")\s+(?P<d>\d{1,2})" + _NO_YEAR)


def _month_day(head: str) -> tuple[int, int] | None:
    m = _DATELINE_MD_RE.search(head) or _ON_MD_RE.search(head, 0, 1500)
    if not m:
        return None
    mo = MONTHS.get(m["mn"].lower().rstrip("."))
    d = int(m["d"])
    if not mo or not 1 <= d <= 31:
        return None
    return mo, d


def infer_reference_date(text: str) -> date | None:
    best = None
    target = grammar.cues().target
    for sent in sentences(text):
        s = sent.text
        if not _YEAR_HINT_RE.search(s):
            continue
        ps = periods.find_periods(s, None)
        for p in ps:
            if p.role != "period" or p.basis != "explicit" or p.pend is None or p.ptype == "span":
                continue
            if target.search(s[:p.start]) or target.search(s[p.end:p.end + 40]):
                continue
            cand = periods.after(p.pend)
            if best is None or cand > best:
                best = cand
    return best


_YEAR_HINT_RE = re.compile(r"(?:19|20)\d\d")
# A sentence can only hold a figure if it has a digit, a fraction ("a quarter
# of"), a ratio ("one in every four") or a number word before a noun; the
# rest of the text is skipped, which is where most of the speed comes from.
# Both hints run on the lower-cased sentence (case-insensitive `re` is slower).
_FIGURE_HINT_RE = re.compile(r"\d|(?:half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\s+of\s|\s(?:in|of)\s+every\s|(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?!of\b|years?\b|times\b)[a-z]")
_PERIOD_HINT_RE = re.compile(r"\d|year|month|quarter|half|period")
_NO_CUE = 1 << 62


def _plan_cue_end(s: str, target) -> int:
    """Where the first plan/target cue of `s` ends (`_NO_CUE` if none): a
    period after it is a target's, not a reported figure's. Found once per
    sentence instead of once per period."""
    m = target.search(s)
    return m.end() if m else _NO_CUE


def _lead_period(sents, per_sent, cue_end, k, reference_date):
    """The first period stated in the few sentences after a headline."""
    for j in range(k + 1, min(len(sents), k + 4)):
        for p in per_sent[j]:
            if p.role == "period" and p.pend is not None and cue_end[j] > p.start \
                    and (reference_date is None or p.pend <= reference_date):
                return p
    return None


def extract_facts(text: str, reference_date: date | None, *, default_region: str | None = None) -> list[Fact]:
    if not text or not text.strip():
        return []
    sents = sentences(text)
    sent_places = [places.mentions(s.text) for s in sents]
    main = default_region or places.main_region_from(
        [m.region for ms in sent_places[:1] for m in ms], [m.region for ms in sent_places for m in ms])
    target = grammar.cues().target
    # First pass: periods of every sentence, and the years the article states.
    per_sent = []
    cue_end = []
    lows = [periods.lower(sent.text) for sent in sents]
    years: set[int] = set()
    for sent, low in zip(sents, lows):
        s = sent.text
        if _PERIOD_HINT_RE.search(low):
            ps = periods.find_periods(s, reference_date)
        else:
            ps = []
        per_sent.append(ps)
        cue_end.append(_plan_cue_end(s, target) if ps else _NO_CUE)
        for p in ps:
            if p.role == "period" and p.pend is not None and cue_end[-1] > p.start:
                if reference_date is not None and p.pend > reference_date:
                    continue
                years.add(p.pend.year)
    doc_year = next(iter(years)) if len(years) == 1 else None

    tracker = places.PlaceTracker(main)
    out: list[Fact] = []
    prev_text, prev_para = "", -1
    recent, recent_at = None, -99
    for k, (sent, ps) in enumerate(zip(sents, per_sent)):
        s = sent.text
        pms = sent_places[k]
        para = sent.para.index
        if _FIGURE_HINT_RE.search(lows[k]):
            fallback = tracker.anaphor(s, para) or tracker.topic(para) or main
            carry, carry_dist = recent, k - recent_at
            if carry is None and para == sents[0].para.index and len(sent.para.text) < 200:
                # A headline ("Hainan's foreign trade up 20.4%") is dated by
                # the lead that follows it.
                carry = _lead_period(sents, per_sent, cue_end, k, reference_date)
                carry_dist = 1
            ctx = grammar.SentenceContext(reference_date, fallback, doc_year,
                                          prev_text if prev_para == para else "",
                                          carry, carry_dist)
            allms = sorted(pms + tracker.anaphor_mentions(s), key=lambda x: x.start)
            out.extend(grammar.sentence_facts(sent, ps, ctx, allms))
        stated = [p for p in ps if p.role == "period" and p.pend is not None
                  and cue_end[k] > p.start
                  and (reference_date is None or p.pend <= reference_date)]
        if stated:
            recent, recent_at = stated[-1], k
        elif recent is not None:
            later = [p for p in ps if p.role == "period" and p.pend is not None and p.pend > recent.pend
                     and p.basis == "explicit" and cue_end[k] > p.start]
            if later:
                # an explicit later period the reference date does not cover
                # (a stale dateline): the older one no longer applies to what follows
                recent, recent_at = later[-1], k
        tracker.observe(pms, para, s)
        prev_text, prev_para = s, para
    return out
