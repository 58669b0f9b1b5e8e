"""Whole-document extraction: the main region, the document-wide period, and
the per-sentence grammar. The reference date is found by reference_date.py
(find_reference_date, re-exported here).

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

from . import (catalogue, datelines, grammar, lists, measure, period_roles, period_words, periods, places, real_rates,
               relations, scene, subplaces, tables, topic)
from .cues import first_in_sentence, in_sentence, sentence_words
from .facts import Fact, next_round as _next_round
from .reference_date import _LINE_DATE_RE, _furniture_label_re, _labelled_re
from .sentences import sentences

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
    return len(line) < 400 and datelines.photo_credit(line)


def main_region(text: str) -> str | None:
    """The place an article is about (topic.article_place), as extract_facts reads it."""
    sents = sentences(text)
    return _article_place(text, sents, [places.mentions(s.text, with_sources=True) for s in sents])


def _article_place(text: str, sents, named) -> str | None:
    # a photo caption shows where the picture was taken ("robots in a factory
    # of a Wenzhou company [Photo/Xinhua]"), not what the article is about;
    # a breadcrumb or a "Source: ..." line is the site's, not the article's
    skip = [_is_caption(text, sent) or _is_furniture(sent.text) or _link_list(sent.para.text) for sent in sents]
    # the title is the first sentence that is not a date line ("Updated: 2019-12-27"), a caption or furniture
    first = next((k for k, sent in enumerate(sents[:6])
                  if not _is_date_line(sent.text) and not _AGENCY_TAG_RE.fullmatch(sent.text.strip())
                  and not skip[k]), 0)
    return topic.article_place(text, sents, named, first, skip)


# "Home > News > Economy": a site's breadcrumb
_CRUMB_RE = re.compile(r"(?:^|\s)[>»](?:\s|$)")


def _is_furniture(text: str) -> bool:
    """A short line of page furniture: a breadcrumb or a labelled source, editor or author."""
    t = text.strip()
    return len(t) < 150 and ((("»" in t or ">" in t) and _CRUMB_RE.search(t) is not None)   # the scan needs its mark
                             or (" / " in t and _slash_crumb(t))
                             or _furniture_label_re().match(t) is not None)


# "CHINA / Taiwan, HK, Macao |", "Home / China / Innovation": a site's section path, its items
# a few words each, no figure, no sentence
_SLASH_CRUMB_RE = re.compile(r"[^\d/.!?]{1,40}(?:\s/\s[^\d/.!?]{1,40})+?\s*\|?")


def _slash_crumb(t: str) -> bool:
    """A section path written with slashes: the places in it are the site's sections, not the article's."""
    return len(t) < 90 and _SLASH_CRUMB_RE.fullmatch(t) is not None and all(
        len(item.split()) <= 4 for item in t.rstrip("| ").split(" / "))


# the marks that open the items of a list on a web page
_BULLETS = ("·", "•")


@lru_cache(maxsize=256)
def _link_list(para: str) -> bool:
    """A web page's list of links to other stories ("·Conference Held in
    Beijing ·Painter of Ningxia ·..."): three or more bulleted items, short
    as headlines are, and no number among them. Its places are the other
    stories', not this article's. A bulleted list of figures ("• 877,611
    domestic (89.9%)") is the article's own."""
    n = sum(para.count(b) for b in _BULLETS)
    return n >= 3 and len(para) < 90 * n and _DIGIT_RE.search(para) is None


def _is_date_line(text: str) -> bool:
    """A line that only carries a publication date ("Updated: 2019-12-27", "March 5, 2024")."""
    t = text.strip()
    return len(t) < 60 and (_labelled_re().match(t) is not None or _LINE_DATE_RE.fullmatch(t) is not None)


# A sentence can only hold a figure if it has a digit, a fraction ("a quarter
# of"), a ratio ("one in every four") or a number word before a noun; the
# rest of the text is skipped, which is where most of the speed comes from.
# Both hints run on the lower-cased sentence (case-insensitive `re` is slower).
_FIGURE_HINT_RE = re.compile(r"\d|(?:half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\s+of\s|\s(?:in|of)\s+every\s|(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?!of\b|years?\b|times\b)[a-z]")
# A sentence may state a period if it has a digit (_DIGIT_RE) or one of these
# words: substring tests, where the regex \d|year|month|... was tried by re at
# every position of the sentence (the same answer)
_PERIOD_HINT_WORDS = ("year", "month", "quarter", "half", "period")
# A month range with no digit ("Foreign trade (Jan. - Nov.)", "figures for
# January-October"): a heading or lead that dates the lines after it. Asked
# only of a sentence the hint above missed, through its words first.
_MONTH_WORDS = frozenset(period_words.MONTHS) - {"may"}
_MONTH_HINT_RE = re.compile(period_words.M)
# The hints' first branch alone: a digit, found by a scan that skips every
# other character, where the whole alternation is tried at each position.
_DIGIT_RE = re.compile(r"\d")
# The other branches of _FIGURE_HINT_RE, each on its own: the first opens with
# literals (re scans for them); the others need a word the sentence's words
# show at once ("every", a number word).
_FRACTION_HINT_RE = re.compile(r"(?:half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\s+of\s")
_FRACTION_WORDS = ("half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")   # (a cheap test first)
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
    return (any(w in low for w in _FRACTION_WORDS) and _FRACTION_HINT_RE.search(low) is not None) \
        or ("every" in words and _EVERY_HINT_RE.search(low) is not None) \
        or (not words.isdisjoint(_NUMBER_WORD_SET) and _NUMBER_WORD_HINT_RE.search(low) is not None)



def _month_hint(s: str, low: str) -> bool:
    """Whether a sentence with no digit and no period word names a month
    ("Exports (Jan. - Nov.)"); "may" alone is the verb far more often, and
    a month range always names a second month."""
    words = sentence_words(s)
    if words is not None and words.isdisjoint(_MONTH_WORDS):
        return False
    return _MONTH_HINT_RE.search(low) is not None


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
    small = subplaces.names(text)   # counties, districts: places the catalogue lacks
    named = [subplaces.add_mentions(s.text, places.mentions(s.text, with_sources=True), small) for s in sents]
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
    unresolved = False   # a relative period no reference date resolves ("this year" in an undated article)
    doc_latest = None   # the latest period the article states anywhere
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

    tracker = places.PlaceTracker(main)
    out: list[Fact] = []
    prev_text, prev_para = "", -1
    recent, recent_at, recent_para = None, -99, -1
    latest = None   # the latest period the article has stated so far
    span, span_at = None, -99   # the last "over the past N years" the text stated, as a span
    opening = None  # the first period the article states: what a report is about
    measured, measured_at = (), -99   # what the last sentence with named figures measured, latest first
    heading_at = -99   # the last heading line that stated a period ("Investment (Jan. - Oct.)")
    for k, (sent, ps) in enumerate(zip(sents, per_sent)):
        s = sent.text
        pms = sent_places[k]
        para = sent.para.index
        anaphors = None   # "the province", "the city" resolved once per sentence, before the tracker moves on
        found = []
        if digits[k] or _figure_hint(s, lows[k]):
            referent = tracker.anaphor(s, para)
            # "" : "the city" of an article that names no city; no place to fall back on
            fallback = None if referent == "" else referent or tracker.topic(para) or main
            carry, carry_dist = recent, k - recent_at
            from_heading = recent_at == heading_at
            if from_heading:
                # every line under a dated heading is as close to its period as the first
                # ("Foreign trade (Jan. - Nov.)", then "- Exports reached US$4.7 billion")
                carry_dist = 1
            if carry_dist > 3 and carry is not None and (
                    para == recent_para or (carry.pend.month, carry.pend.day) != (12, 31) or _same(carry, opening)
                    or (carry.ptype == "span" and carry.pstart.year == carry.pend.year)):
                # a paragraph that opens "In 2013, ..." and lists figure after
                # figure (a communique) is about that period to its end; a
                # report on part of a year ("from January to May") is about
                # that part to its end; and so is an article about the year it
                # opens with (a whole year a feature article names later may be
                # only one date among its claims)
                carry_dist = 3
            if carry is not None and latest is not None and not from_heading and (latest.pend > carry.pend or (
                    carry.ptype == "span" and latest.pend == carry.pend and latest.pstart < carry.pstart)) \
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
            if ps and "over" in lows[k]:
                # "expanded 15.9 percent over the first quarter of 2010" in a report on 2011's
                period_roles.demote_year_before_frame(lows[k], ps, (carry, doc_latest))
            doc = scene.DocContext(
                ref=reference_date, fallback_region=fallback, doc_year=doc_year,
                prev_text=prev_text if prev_para == para or measure.is_label(prev_text) else "",
                recent_period=carry, recent_dist=carry_dist,
                recent_indicators=measured if k - measured_at <= 2 else (), parts=parts[k], doc_latest=doc_latest,
                prev_sentence=prev_text)
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
        if reference_date is None and recent is not None and any(
                p.role == "period" and p.pend is None and p.basis == "relative" and cue_end[k] > p.start for p in ps):
            # "reached 2,678 km last year, compared with 13th place at the end of 2000" in an
            # undated article: the text now reports a year nobody can date, and an older year it
            # names in passing must not carry to the sentences after it
            recent, recent_at = None, -99
        elif stated:
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
        if stated and not found and _heading(sent):
            # a section heading that names its period ("Foreign trade (Jan. - Nov.)")
            # dates the lines under it, to the next period the text states
            heading_at = k
        if anaphors is None:
            anaphors = tracker.anaphor_mentions(s, pms, sources[k])
        subjects = sorted(pms + [a for a in anaphors if a.level != "country"], key=lambda x: x.start)
        ends = relations.partners(s, subjects) if subjects else ()
        if ends:
            # "The month saw the export volume to Taiwan grow 49.8%": a trading partner is not
            # what the next sentence ("The volume to Japan rose 5%") goes on about
            subjects = [m for i, m in enumerate(subjects) if i not in ends]
        tracker.observe(subjects + _composite_mentions(s, pms), para, s)
        prev_text, prev_para = s, para
    # a table's rows have no verb: its cells are read by their heads (tables.py)
    return real_rates.unfile_real_rates(
        drop_restated_roundings(drop_restated_marks(tables.with_tables(text, reference_date, main, out))), text)


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


# a headline has no closing full stop ("Tibet's GDP up 12%, topping national average")
_CLOSED_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
_HEADLINE_MAX = 160   # characters: a headline is one short line


def _headline_like(s: str) -> bool:
    """A short line with no closing full stop (only its last characters are read)."""
    return len(s) <= _HEADLINE_MAX and _CLOSED_RE.search(s.rstrip()[-4:]) is None


def _significant(v: float) -> tuple[int, int]:
    """(significant digits, power of ten of the last one) of a written figure:
    12 -> (2, 0), 50,000 -> (1, 4), 12.1 -> (3, -1)."""
    v = float(f"{abs(v):.9g}")   # 8.3 * 1e12 is 8300000000000.001
    whole, _, frac = f"{v:.6f}".rstrip("0").partition(".")
    if frac:
        return len((whole + frac).lstrip("0")), -len(frac)
    kept = whole.rstrip("0")
    return len(kept.lstrip("0")), len(whole) - len(kept)


def _rounded(exact: set[float], n: int, place: int) -> set[float]:
    """The exact values more precise than n digits, rounded at 10**place."""
    return {round(round(v / 10.0 ** place) * 10.0 ** place, 6) for v in exact if _significant(v)[0] > n}


def drop_restated_roundings(facts: list[Fact]) -> list[Fact]:
    """A figure stated loosely and then exactly is one figure, the exact one:
    a headline's "GDP up 12%", "Almost one million patent applications"
    or "nearly 1 million" that the article also gives as 12.1 percent or
    976,686 (same series, place, unit and period; the loose value is the
    exact one rounded). Only a headline (a short line with no closing full
    stop) or a figure the words call loose (about, over, under) restates:
    two exact figures of one series in running text are two claims, and
    the pipeline holds such a pair for review instead."""
    by_key: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.indicator != "unclassified" and not f.is_target:
            by_key.setdefault((f.indicator, f.breakdown, f.region, f.metric, f.unit, f.period_type,
                               f.period_end), []).append(f)
    drop = set()
    for group in by_key.values():
        if len(group) < 2:
            continue
        exact = {b.value * b.scale for b in group if b.qualifier == "exact"}
        rounded: dict[tuple[int, int], set[float]] = {}   # (digits, place) -> exact values so rounded
        for a in group:
            if a.qualifier == "exact" and not _headline_like(a.sentence):
                continue
            va = a.value * a.scale
            n, place = _significant(va)
            if (n, place) not in rounded:
                rounded[(n, place)] = _rounded(exact, n, place)
            if round(va, 6) in rounded[(n, place)]:
                drop.add(id(a))
    return [f for f in facts if id(f) not in drop] if drop else facts
