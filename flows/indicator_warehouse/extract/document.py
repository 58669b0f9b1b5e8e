"""Whole-document extraction: the article's main place, then sentence by
sentence the place and period context each sentence inherits, the
sentence grammar (grammar.py) over it, and finally the article-wide
clean-ups (tables, restated figures, real growth rates). The reference
date is found by reference_date.py (find_reference_date, re-exported in
extract/__init__.py); the periods the article states, and the period a
sentence with none of its own carries, by period_trail.py.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from . import (catalogue, datelines, grammar, lists, measure, period_roles, period_trail, places, real_rates, relations,
               scene, sections, subplaces, tables, topic, trade_volume)
from .cues import sentence_words
from .facts import Fact
from .reference_date import _LINE_DATE_RE, _furniture_label_re, _labelled_re
from .restated import drop_restated_marks, drop_restated_roundings
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


def _skipped(text: str, sents) -> list[bool]:
    # a photo caption shows where the picture was taken ("robots in a factory
    # of a Wenzhou company [Photo/Xinhua]"), not what the article is about;
    # a breadcrumb or a "Source: ..." line is the site's, not the article's
    return [_is_caption(text, sent) or _is_furniture(sent.text) or _link_list(sent.para.text) for sent in sents]


def _article_place(text: str, sents, named, skip: list[bool] | None = None) -> str | None:
    skip = _skipped(text, sents) if skip is None else skip
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



def extract_facts(text: str, reference_date: date | None, *, default_region: str | None = None) -> list[Fact]:
    if not text or not text.strip():
        return []
    sents = sentences(text)
    small = subplaces.names(text)   # counties, districts: places the catalogue lacks
    named = [subplaces.add_mentions(s.text, places.mentions(s.text, with_sources=True), small) for s in sents]
    # the article is about the places it names, its sources' included ("Shenzhen
    # Government Online"); a figure belongs to places named as subjects
    skip = _skipped(text, sents)
    main = default_region or _article_place(text, sents, named, skip)
    sent_places = [[m for m in ms if not m.source and not m.part] for ms in named]
    parts = [[m for m in ms if m.part] for ms in named]
    sources = [[m for m in ms if m.source and not m.part] for ms in named]
    read = period_trail.read_periods(sents, reference_date)   # first pass: every sentence's periods
    trail = period_trail.PeriodTrail(sents, read, reference_date)
    tracker = places.PlaceTracker(main)
    section = sections.SectionTracker()   # the place of the heading the text is under
    out: list[Fact] = []
    prev_text, prev_para = "", -1
    measured, measured_at = (), -99   # what the last sentence with named figures measured, latest first
    for k, sent in enumerate(sents):
        s, ps, low = sent.text, read.per_sent[k], read.lows[k]
        pms = sent_places[k]
        para = sent.para.index
        anaphors = None   # "the province", "the city" resolved once per sentence, before the tracker moves on
        found = []
        if read.digits[k] or _figure_hint(s, low):
            referent = tracker.anaphor(s, para)
            # "" : "the city" of an article that names no city; no place to fall back on
            fallback = None if referent == "" else referent or tracker.topic(para) or section.place or main
            carry, carry_dist = trail.carried(k)
            if ps and "over" in low:
                # "expanded 15.9 percent over the first quarter of 2010" in a report on 2011's
                period_roles.demote_year_before_frame(low, ps, (carry, read.doc_latest))
            doc = scene.DocContext(
                ref=reference_date, fallback_region=fallback, doc_year=read.doc_year,
                prev_text=prev_text if prev_para == para or measure.is_label(prev_text) else "",
                recent_period=carry, recent_dist=carry_dist,
                recent_indicators=measured if k - measured_at <= 2 else (), parts=parts[k],
                doc_latest=read.doc_latest, prev_sentence=prev_text)
            anaphors = tracker.anaphor_mentions(s, pms, sources[k])
            allms = sorted(pms + anaphors, key=lambda x: x.start)
            sc = scene.build(sent, ps, doc, allms)
            found = grammar.sentence_facts(sc) if sc is not None else []
            named = tuple(dict.fromkeys(f.indicator for f in reversed(found)
                                        if f.indicator != "unclassified" and not f.is_target))
            if named:
                measured, measured_at = named, k
            out.extend(found)
        trail.observe(k, found)
        # "the province's economy ...", "The southern province was ranked first in
        # China": the place referred to is what the text talks about, so a later
        # "China's growth" in passing, or "It" in the next sentence, is not China
        if anaphors is None:
            anaphors = tracker.anaphor_mentions(s, pms, sources[k])
        subjects = sorted(pms + [a for a in anaphors if a.level != "country"], key=lambda x: x.start)
        ends = relations.partners(s, subjects) if subjects else ()
        if ends:
            # "The month saw the export volume to Taiwan grow 49.8%": a trading partner is not
            # what the next sentence ("The volume to Japan rose 5%") goes on about
            subjects = [m for i, m in enumerate(subjects) if i not in ends]
        tracker.observe(subjects + _composite_mentions(s, pms), para, s)
        section.observe(s, sent.para.text, topic.subjects(s, pms), skip[k])
        prev_text, prev_para = s, para
    # a table's rows have no verb: its cells are read by their heads (tables.py)
    facts = real_rates.unfile_real_rates(
        drop_restated_roundings(drop_restated_marks(tables.with_tables(text, reference_date, main, out))), text)
    return trade_volume.unfile_volume_rates(facts, text)


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
