"""Whole-document extraction: the reference date, the main region, the
document-wide period, and the per-sentence grammar.

Reference date (find_reference_date), in order:
  1. a dateline: "Updated: April 1, 2024", "Published 2024-03-08", or a line
     near the top that is only a date;                      basis 'dateline'
  2. inferred: the day after the latest period the article reports as
     complete ("in 2024" -> 2025-01-01; "first 10 months of 2024" ->
     2024-11-01), ignoring plans, targets, spans and comparison bases;
     with no such period, the year after a year-ago base ("compared with
     the same period of 2016": 2017), after the parts of it the article
     reports ("the first half");                            basis 'inferred'
  3. otherwise (None, None): relative dates then go to quarantine.

Document-wide year: when every period an article states (explicit or
relative, outside plans) falls in one single year, a figure with a known
measure and no period of its own is read as of that year ("As of the
conclusion of 2023 ... the latest figures ... 1.35 million R&D personnel").

Carried period: a sentence with no period of its own takes the one the text
stated last, except that a list of years ("in 2021 and 2022 respectively")
dates only its own figures, and a new paragraph takes the latest period the
article has stated rather than an older one the paragraph before recalled.
A sentence that points back ("in that period", "over the five years") right
after "over the past five years" takes those five years, as a span.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from . import catalogue, grammar, lists, measure, periods, places, scene, topic
from .cues import cues, first_in_sentence, in_sentence, sentence_words
from .facts import Fact
from .periods import MONTHS
from .sentences import sentences

_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
# "Jul 19,2018" (no space after the comma), "2012-May-9" and "2019年06月17日" are page datelines too
_DATE = (r"(?:(?P<mn>" + _MONTH_NAME + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y1>(?:19|20)\d\d)"
         r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mn2>" + _MONTH_NAME + r")(?:,\s*|\s+)(?P<y2>(?:19|20)\d\d)"
         r"|(?P<y3>(?:19|20)\d\d)[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2})"
         r"|(?P<y5>(?:19|20)\d\d)-(?P<mn5>" + _MONTH_NAME + r")-(?P<d5>\d{1,2})"
         r"|(?P<d7>\d{1,2})-(?P<mn7>" + _MONTH_NAME + r")-(?P<y7>(?:19|20)\d\d)"   # 19-Jul-2018
         r"|(?P<y6>(?:19|20)\d\d)\s*年\s*(?P<m6>\d{1,2})\s*月\s*(?P<d6>\d{1,2})\s*日"   # 2019年06月17日 on a Chinese site's page
         r"|(?P<a4>\d{1,2})/(?P<b4>\d{1,2})/(?P<y4>(?:19|20)\d\d))")
_LINE_DATE_RE = re.compile(r"^[\s|*_(\[]*(?:[A-Z][A-Za-z .]{0,30}[,|-]\s*)?" + _DATE + r"(?:\s+\d{1,2}:\d\d(?::\d\d)?)?[\s|*_)\]]*$", re.M)
_ANY_DATE_RE = re.compile(r"(?<![\w])" + _DATE + r"(?![\w])", re.I)
_DATELINE_RE = re.compile(r"^[A-Z][A-Z ,]{2,40},\s+" + _DATE, re.M)


@lru_cache(maxsize=1)
def _labelled_re() -> re.Pattern:
    """"Updated: April 1, 2024", "Published on 2024-03-08": a labelled date
    (the labels are the `dateline_label` cues)."""
    return catalogue.get().cue_pattern(r"(?:{dateline_label})\s*(?:on|at)?\s*[:：|]?\s*" + _DATE, re.I)


def _date_of(m: re.Match) -> date | None:
    try:
        if m["y1"]:
            return date(int(m["y1"]), MONTHS[m["mn"].lower().rstrip(".")], int(m["d1"]))
        if m["y2"]:
            return date(int(m["y2"]), MONTHS[m["mn2"].lower().rstrip(".")], int(m["d2"]))
        if m["y7"]:
            return date(int(m["y7"]), MONTHS[m["mn7"].lower().rstrip(".")], int(m["d7"]))
        if m["y6"]:
            return date(int(m["y6"]), int(m["m6"]), int(m["d6"]))
        if m["y5"]:
            return date(int(m["y5"]), MONTHS[m["mn5"].lower().rstrip(".")], int(m["d5"]))
        if m["y3"]:
            return date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
        if m["y4"]:
            # "07/22/2019" or "22/07/2019": a number above 12 is the day; when
            # both could be months, month first, as the English-language
            # sites of Chinese news and government pages write it
            a, b = int(m["a4"]), int(m["b4"])
            return date(int(m["y4"]), b, a) if a > 12 else date(int(m["y4"]), a, b)
    except (ValueError, KeyError):
        return None
    return None


@lru_cache(maxsize=1)
def _furnished_re() -> re.Pattern:
    """"2019-06-17 Download Print Comment", "2012-May-9 Source: Newsgd.com": a
    date at the start of a line of page furniture is the article's own, and
    beats a bare date line elsewhere in the head (a portal banner's date)."""
    return catalogue.get().cue_pattern(r"^[\s|*_(\[]*" + _DATE + r"(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*[|/·,-]?\s*(?:{page_furniture})\b",
                                       re.I | re.M)


# "///nCa, 29 January 2024" at the very end: a source's sign-off with the date
_SIGN_OFF_RE = re.compile(r"[A-Za-z][\w.&'/ -]{0,30},\s*" + _DATE + r"[\s.)\]]*\Z")


def find_reference_date(text: str) -> tuple[date | None, str | None]:
    head = text[:3000]
    for rx in (_labelled_re(), _furnished_re(), _DATELINE_RE, _LINE_DATE_RE):
        m = rx.search(head)
        if m:
            d = _date_of(m)
            if d:
                return _wire_date(head, m.end(), d), "dateline"
    # A short line near the top that carries a full date among other
    # furniture: "(Xinhua) 16:49, August 21, 2020", "Source: Xinhua| 2019-07-22".
    for k, line in enumerate(l for l in head.split("\n") if l.strip()):
        if k >= 12:
            break
        if len(line) > 120 or places.photo_credit(line):
            continue   # a photo caption's date is when the picture was taken
        m = _ANY_DATE_RE.search(line)
        if m and _date_of(m):
            return _date_of(m), "dateline"
    tail = text[-600:]
    m = _labelled_re().search(tail) or _SIGN_OFF_RE.search(tail)
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


def _wire_date(head: str, after_pos: int, page: date) -> date:
    """A wire story's own dateline after the page's date ("Release time:
    2018-06-10 ... TIANJIN, Jan. 25 (Xinhua) --"): the text was written on
    that day, the latest one not after the page's date, and its "this year"
    and "now" are of that day. Otherwise the page's date."""
    m = _DATELINE_MD_RE.search(head, after_pos)
    if not m:
        return page
    mo, d = MONTHS.get(m["mn"].lower().rstrip(".")), int(m["d"])
    for y in (page.year, page.year - 1):
        try:
            cand = date(y, mo, d)
        except (ValueError, TypeError):
            return page
        if cand <= page:
            return cand
    return page


_NO_YEAR = r"(?:st|nd|rd|th)?(?![\d\w])(?!,?\s*(?:19|20)\d\d)"
# "HAIKOU, Oct. 16 (Xinhua) --", "BEIJING, Oct 16 -"
_DATELINE_MD_RE = re.compile(r"^[ \t]*[A-Z][A-Za-z .'-]{2,40},\s+(?P<mn>" + _MONTH_NAME + r")\s+(?P<d>\d{1,2})" + _NO_YEAR + r"\s*(?:\(|-|--|–|—|:)", re.M)
# "On October 17, the bureau said ...", "on Oct 16"
_ON_MD_RE = re.compile(r"(?<![\w])[Oo]n\s+(?P<mn>" + _MONTH_NAME + r")\s+(?P<d>\d{1,2})" + _NO_YEAR)


def _line_at(text: str, pos: int) -> str:
    """The physical line of `text` that holds position pos."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)]


# "(ECNS)", "(Xinhua) --": a news agency's tag opening the text, not its title
_AGENCY_TAG_RE = re.compile(r"\(?[A-Z]{2,10}\)?\s*(?:--|-|–|—)?")


def _is_caption(text: str, sent) -> bool:
    """A sentence on a short line that credits a photo ("[Photo/Xinhua]")."""
    return _caption_line(_line_at(text, sent.orig(0)))


@lru_cache(maxsize=1024)
def _caption_line(line: str) -> bool:
    # every sentence of a paragraph asks about the same line: ask once
    return len(line) < 400 and places.photo_credit(line)


def main_region(text: str) -> str | None:
    """The place an article is about (topic.article_place), as extract_facts reads it."""
    sents = sentences(text)
    return _article_place(text, sents, [places.mentions(s.text, with_sources=True) for s in sents])


def _article_place(text: str, sents, named) -> str | None:
    # a photo caption shows where the picture was taken ("robots in a factory
    # of a Wenzhou company [Photo/Xinhua]"), not what the article is about;
    # a breadcrumb or a "Source: ..." line is the site's, not the article's
    skip = [_is_caption(text, sent) or _is_furniture(sent.text) for sent in sents]
    # the title is the first sentence that is not a date line ("Updated: 2019-12-27"), a caption or furniture
    first = next((k for k, sent in enumerate(sents[:6])
                  if not _is_date_line(sent.text) and not _AGENCY_TAG_RE.fullmatch(sent.text.strip())
                  and not skip[k]), 0)
    return topic.article_place(text, sents, named, first, skip)


# "Home > News > Economy": a site's breadcrumb
_CRUMB_RE = re.compile(r"(?:^|\s)[>»](?:\s|$)")


@lru_cache(maxsize=1)
def _furniture_label_re() -> re.Pattern:
    # "source: www.example.org release date: ...", "Editor: Li Ming"
    return catalogue.get().cue_pattern(r"^\s*(?:{page_furniture})\s*[:：]", re.I)


def _is_furniture(text: str) -> bool:
    """A short line of page furniture: a breadcrumb or a labelled source, editor or author."""
    t = text.strip()
    return len(t) < 150 and (_CRUMB_RE.search(t) is not None or _furniture_label_re().match(t) is not None)


def _is_date_line(text: str) -> bool:
    """A line that only carries a publication date ("Updated: 2019-12-27", "March 5, 2024")."""
    t = text.strip()
    return len(t) < 60 and (_labelled_re().match(t) is not None or _LINE_DATE_RE.fullmatch(t) is not None)


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
    target = cues().target
    year_ago: set[int] = set()   # years of "the same period of 2016" bases
    for sent in sentences(text):
        s = sent.text
        if not _YEAR_HINT_RE.search(s):
            continue
        ps = periods.find_periods(s, None)
        for p in ps:
            if p.role == "base" and p.pend is not None and _SAME_PART_RE.search(p.text):
                year_ago.add(p.pend.year)
            if p.role != "period" or p.basis != "explicit" or p.pend is None or p.ptype == "span":
                continue
            if target.search(s[:p.start]) or target.search(s[p.end:p.end + 40]):
                continue
            if p.ptype == "year" and _partial_year_re().search(s, max(0, p.start - 25), p.start):
                continue   # "growth in early 2025": that year is not over
            cand = periods.after(p.pend)
            if best is None or cand > best:
                best = cand
    if best is None and len(year_ago) == 1:
        return _after_year_ago(text, target, year_ago.pop() + 1)
    return _after_this_year(text, target, best) if best is not None else None


# "compared with the same period of 2016", "the same month in 2016": a year-ago base
_SAME_PART_RE = re.compile(r"\bsame\s+(?:period|month|quarter|half)\b", re.I)


def _after_year_ago(text: str, target, year: int) -> date:
    """The reference date of an article that states no period with a year, only a year-ago
    base ("8.6 per cent compared to the same period of 2016", "retail sales in June increased
    11 per cent compared to the same month in 2016"): what it reports is of the year after
    that base, and the article is written after the latest part of that year it reports as
    done ("the first half", "January to June"); the first day of that year if none. Several
    different such bases (a two-year comparison) tell no year: the caller asks only with one."""
    later = date(year, 1, 1)
    provisional = date(year, 12, 31)   # resolves "the first half", "this year" into `year`
    for sent in sentences(text):
        s = sent.text
        for p in periods.find_periods(s, provisional):
            if p.role != "period" or p.basis != "relative" or p.pend is None or p.ptype in ("year", "span") \
                    or p.pend.year != year or p.pend < later:
                continue
            if target.search(s[:p.start]) or target.search(s[p.end:p.end + 40]):
                continue
            later = periods.after(p.pend)
    return later


_THIS_YEAR_HINT_RE = re.compile(r"this year|current year", re.I)


def _after_this_year(text: str, target, best: date) -> date:
    """The inferred date moved past a part of "this year" the article reports
    as done: with "2017 GDP growth was 3.6 percent" the article is of 2018 at
    the earliest, and "in the first six months of this year" then puts it
    after June 2018 (so that "in May" is May 2018, not May 2017)."""
    later = best
    for sent in sentences(text):
        s = sent.text
        if not _THIS_YEAR_HINT_RE.search(s):
            continue
        for p in periods.find_periods(s, best):
            if p.role != "period" or p.basis != "relative" or p.pend is None or p.ptype in ("year", "span") \
                    or p.pend.year != best.year or p.pend < later:
                continue
            if target.search(s[:p.start]) or target.search(s[p.end:p.end + 40]):
                continue
            later = periods.after(p.pend)
    return later


@lru_cache(maxsize=1)
def _partial_year_re() -> re.Pattern:
    """"early", "mid-", "the start of" right before a year (the `partial_year` cues)."""
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{partial_year})(?:\s+|-|\s*-\s*)(?:of\s+)?$", re.I)


_YEAR_HINT_RE = re.compile(r"(?:19|20)\d\d")
# A sentence can only hold a figure if it has a digit, a fraction ("a quarter
# of"), a ratio ("one in every four") or a number word before a noun; the
# rest of the text is skipped, which is where most of the speed comes from.
# Both hints run on the lower-cased sentence (case-insensitive `re` is slower).
_FIGURE_HINT_RE = re.compile(r"\d|(?:half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\s+of\s|\s(?:in|of)\s+every\s|(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?!of\b|years?\b|times\b)[a-z]")
_PERIOD_HINT_RE = re.compile(r"\d|year|month|quarter|half|period")
# The hints' first branch alone: a digit, found by a scan that skips every
# other character, where the whole alternation is tried at each position.
_DIGIT_RE = re.compile(r"\d")
# The other branches of _FIGURE_HINT_RE, each on its own: the first opens with
# literals (re scans for them); the others need a word the sentence's words
# show at once ("every", a number word).
_FRACTION_HINT_RE = re.compile(r"(?:half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\s+of\s")
_EVERY_HINT_RE = re.compile(r"\s(?:in|of)\s+every\s")
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
                 "twenty", "thirty", "forty", "fifty", "hundred")
_NUMBER_WORD_HINT_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_NUMBER_WORDS) + r")\s+(?!of\b|years?\b|times\b)[a-z]")
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)


def _figure_hint(s: str, low: str) -> bool:
    """_FIGURE_HINT_RE.search(low) for a sentence with no digit, branch by branch."""
    words = sentence_words(s)
    if words is None:
        return _FIGURE_HINT_RE.search(low) is not None
    return _FRACTION_HINT_RE.search(low) is not None \
        or ("every" in words and _EVERY_HINT_RE.search(low) is not None) \
        or (not words.isdisjoint(_NUMBER_WORD_SET) and _NUMBER_WORD_HINT_RE.search(low) is not None)



_NO_CUE = 1 << 62


def _plan_cue_end(s: str) -> int:
    """Where the first plan/target cue of `s` ends (`_NO_CUE` if none): a
    period after it is a target's, not a reported figure's. Found once per
    sentence instead of once per period."""
    m = first_in_sentence("target", s)   # the figures' target test asks it again
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
    named = [places.mentions(s.text, with_sources=True) for s in sents]
    # the article is about the places it names, its sources' included ("Shenzhen
    # Government Online"); a figure belongs to places named as subjects
    main = default_region or _article_place(text, sents, named)
    sent_places = [[m for m in ms if not m.source and not m.part] for ms in named]
    parts = [[m for m in ms if m.part] for ms in named]
    sources = [[m for m in ms if m.source and not m.part] for ms in named]
    # First pass: periods of every sentence, and the years the article states.
    per_sent = []
    cue_end = []
    lows = [periods.lower(sent.text) for sent in sents]
    digits = [_DIGIT_RE.search(low) is not None for low in lows]   # both hints' first branch, asked once
    years: set[int] = set()
    doc_latest = None   # the latest period the article states anywhere
    for sent, low, digit in zip(sents, lows, digits):
        s = sent.text
        if digit or _PERIOD_HINT_RE.search(low) is not None:
            ps = periods.find_periods(s, reference_date, low)
        else:
            ps = []
        per_sent.append(ps)
        cue_end.append(_plan_cue_end(s) if ps else _NO_CUE)
        for p in ps:
            if p.role == "period" and p.pend is not None and cue_end[-1] > p.start:
                if reference_date is not None and p.pend > reference_date:
                    continue
                years.add(p.pend.year)
                if p.ptype != "span" and (doc_latest is None or p.pend > doc_latest.pend):
                    doc_latest = p
    doc_year = next(iter(years)) if len(years) == 1 else None

    tracker = places.PlaceTracker(main)
    out: list[Fact] = []
    prev_text, prev_para = "", -1
    recent, recent_at, recent_para = None, -99, -1
    latest = None   # the latest period the article has stated so far
    span, span_at = None, -99   # the last "over the past N years" the text stated, as a span
    opening = None  # the first period the article states: what a report is about
    measured, measured_at = (), -99   # what the last sentence with named figures measured, latest first
    for k, (sent, ps) in enumerate(zip(sents, per_sent)):
        s = sent.text
        pms = sent_places[k]
        para = sent.para.index
        anaphors = None   # "the province", "the city" resolved once per sentence, before the tracker moves on
        if digits[k] or _figure_hint(s, lows[k]):
            referent = tracker.anaphor(s, para)
            # "" : "the city" of an article that names no city; no place to fall back on
            fallback = None if referent == "" else referent or tracker.topic(para) or main
            carry, carry_dist = recent, k - recent_at
            if carry_dist > 3 and carry is not None and (
                    para == recent_para or (carry.pend.month, carry.pend.day) != (12, 31) or _same(carry, opening)):
                # a paragraph that opens "In 2013, ..." and lists figure after
                # figure (a communique) is about that period to its end; a
                # report on part of a year ("from January to May") is about
                # that part to its end; and so is an article about the year it
                # opens with (a whole year a feature article names later may be
                # only one date among its claims)
                carry_dist = 3
            if carry is not None and latest is not None and latest.pend > carry.pend \
                    and (para != recent_para or in_sentence("present_time", s)):
                # a new paragraph with no period of its own, or a sentence in the
                # present ("currently", "so far"), is about the period the article
                # reports, not an older one the text has just recalled
                carry = latest
            if carry is None and para == sents[0].para.index and len(sent.para.text) < 200:
                # A headline ("Hainan's foreign trade up 20.4%") is dated by
                # the lead that follows it.
                carry = _lead_period(sents, per_sent, cue_end, k, reference_date)
                carry_dist = 1
            if span_at >= recent_at and k - span_at <= 2 and _refers_back(ps, span):
                # "... over the past five years. It has authorized 2.53 million patents in that
                # period": the years the text has just counted back, not an older period
                carry, carry_dist = span, k - span_at
            doc = scene.DocContext(
                ref=reference_date, fallback_region=fallback, doc_year=doc_year,
                prev_text=prev_text if prev_para == para or measure.is_label(prev_text) else "",
                recent_period=carry, recent_dist=carry_dist,
                recent_indicators=measured if k - measured_at <= 2 else (), parts=parts[k], doc_latest=doc_latest)
            anaphors = tracker.anaphor_mentions(s, pms, sources[k])
            allms = sorted(pms + anaphors, key=lambda x: x.start)
            sc = scene.build(sent, ps, doc, allms)
            found = grammar.sentence_facts(sc) if sc is not None else []
            named = tuple(dict.fromkeys(f.indicator for f in reversed(found)
                                        if f.indicator != "unclassified" and not f.is_target))
            if named:
                measured, measured_at = named, k
            out.extend(found)
        # A list of years ("in 2021 and 2022 respectively") dates the figures
        # it lists, not the text that follows.
        stated = [p for p in ps if p.role == "period" and p.pend is not None
                  and cue_end[k] > p.start
                  and (reference_date is None or p.pend <= reference_date)
                  and lists.year_list(p) is None]
        if stated:
            # the newest period the sentence states, not merely its last: "In
            # 2021, ... the ratio dropped from 1.96 in 2020 to 1.94" goes on about 2021
            recent, recent_at, recent_para = max(stated, key=lambda p: (p.pend, p.start)), k, para
            opening = opening or recent
            for p in stated:
                if p.ptype != "span" and (latest is None or p.pend > latest.pend):
                    latest = p
        elif recent is not None:
            later = [p for p in ps if p.role == "period" and p.pend is not None and p.pend > recent.pend
                     and p.basis == "explicit" and cue_end[k] > p.start and lists.year_list(p) is None]
            if later:
                # an explicit later period the reference date does not cover
                # (a stale dateline): the older one no longer applies to what follows
                recent, recent_at, recent_para = later[-1], k, para
        past = _past_years_span(ps, stated, reference_date)
        if past is not None:
            span, span_at = past, k
        # "the province's economy ...", "The southern province was ranked first in
        # China": the place referred to is what the text talks about, so a later
        # "China's growth" in passing, or "It" in the next sentence, is not China
        if anaphors is None:
            anaphors = tracker.anaphor_mentions(s, pms, sources[k])
        subjects = sorted(pms + [a for a in anaphors if a.level != "country"], key=lambda x: x.start)
        tracker.observe(subjects + _composite_mentions(s, pms), para, s)
        prev_text, prev_para = s, para
    return drop_restated_marks(out)


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
    return periods.PeriodExpr(dur.start, dur.end, "period", "span", date(end - dur.years + 1, 1, 1),
                              date(end, 12, 31), basis)


def _same(p, q) -> bool:
    """Two time expressions that denote the same period."""
    return q is not None and (p.ptype, p.pstart, p.pend) == (q.ptype, q.pstart, q.pend)


@lru_cache(maxsize=1)
def _composites() -> dict[frozenset, str]:
    """Areas named for the regions they join ("Beijing-Tianjin-Hebei"): the
    set of those regions -> the area."""
    cat = catalogue.get()
    out = {}
    for name, reg in cat.regions.items():
        parts = name.split("-")
        if reg.level == "area" and len(parts) > 1 and all(p in cat.regions for p in parts):
            out[frozenset(parts)] = name
    return out


def _composite_mentions(s: str, pms: list) -> list:
    """"Beijing, Tianjin and Hebei" listed together name their joint area,
    which "the region" later in the text refers to."""
    comps = _composites()
    if not comps or len(pms) < 2:
        return []
    cat = catalogue.get()
    out, i = [], 0
    while i < len(pms):
        j = i
        while j + 1 < len(pms) and lists.list_separator(s[pms[j].end:pms[j + 1].start]):
            j += 1
        name = comps.get(frozenset(p.region for p in pms[i:j + 1])) if j > i else None
        if name:
            out.append(places.PlaceMention(pms[i].start, pms[j].end, name, cat.regions[name].level))
        i = j + 1
    return out


def _next_round(v: float) -> float:
    """The next round number above a round threshold, at its own precision:
    13 trillion -> 14 trillion, 200 billion -> 300 billion, 75,000 -> 76,000."""
    if v <= 0:
        return v
    v = float(f"{v:.9g}")   # 8.3 * 1e12 is 8300000000000.001
    scale = 1.0
    while v * scale != round(v * scale) and scale < 1e6:
        scale *= 10
    m, k = round(v * scale), 1.0
    while m % 10 == 0:
        m //= 10
        k *= 10
    return (m + 1) * k / scale


def drop_restated_marks(facts: list[Fact]) -> list[Fact]:
    """A threshold passed ("exceeded the 200 billion yuan mark", a headline's
    "tops 14 trillion yuan") that the article also reports exactly (205.95
    billion yuan, 14.5 trillion yuan: same measure, place, unit and period,
    between the threshold and the next round number) restates that figure:
    keep only the exact one. An unnamed measure may restate a named one from
    another sentence, never from its own ("investment topped 1,000 billion
    yuan, whereas consumption reached 1,277.2 billion yuan" is two figures)."""
    marks = [f for f in facts if f.rule.startswith("mark_") or f.qualifier == "over"]
    if not marks:
        return facts
    drop = set()
    for mk in marks:
        v = mk.value * mk.scale
        for f in facts:
            if f is mk or f.is_target or f.qualifier not in ("exact", "approx") or f.rule.startswith("mark_"):
                continue
            if (f.region, f.unit, f.metric, f.period_end) == (mk.region, mk.unit, mk.metric, mk.period_end) \
                    and (f.indicator == mk.indicator or ("unclassified" in (f.indicator, mk.indicator)
                                                         and f.sentence != mk.sentence)) \
                    and v <= f.value * f.scale < _next_round(v):
                drop.add(id(mk))
                break
    return [f for f in facts if id(f) not in drop]
