"""The reference date of an article's text: when it was written, so that its
relative dates ("last year", "the first half") can be resolved.

find_reference_date, in order:
  1. a dateline: "Updated: April 1, 2024", "Published 2024-03-08",
     "BEIJING, March 4, 2021 (Xinhua) --", "Wuhan, March 4, 2021 --", an
     ISO time stamp, or a short line near the top with a date among page
     furniture (not a photo caption's date);                basis 'dateline'
  2. inferred: the day after the latest period the article reports as
     complete ("in 2024" -> 2025-01-01; "first 10 months of 2024" ->
     2024-11-01), ignoring plans, targets, spans and comparison bases;
     with no such period, the year after a year-ago base ("compared with
     the same period of 2016": 2017), after the parts of it the article
     reports ("the first half"); else the day after the latest year it
     names without reporting (an edition, a total passed);  basis 'inferred'
  3. otherwise (None, None): relative dates then go to quarantine, with a
     reason that says the article has no reference date.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from . import catalogue, datelines, periods
from .cues import cues
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
# a clock time after the date: "2021-03-04 09:12", or ISO 8601's "2021-03-04T09:12:00+08:00"
_CLOCK = r"(?:(?:\s+|T)\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
_LINE_DATE_RE = re.compile(r"^[\s|*_(\[]*(?:[A-Z][A-Za-z .]{0,30}[,|-]\s*)?" + _DATE + _CLOCK + r"[\s|*_)\]]*$", re.M)
_ANY_DATE_RE = re.compile(r"(?<![\w])" + _DATE + r"(?:(?![\w])|(?=T\d\d:\d\d))", re.I)
# "BEIJING, March 4, 2021", "OREANDA-NEWS.  February 2, 2012. Anhui ...": a place or an agency in
# capitals (hyphens and ampersands too), a comma or a full stop, then the full date
_DATELINE_RE = re.compile(r"^[A-Z][A-Z ,&'-]{2,40}[,.]\s+" + _DATE, re.M)
# "Wuhan, March 4, 2021 --", "WUHAN, China, March 4, 2021 /PRNewswire/ --", "Beijing, 4 March 2021
# (CGTN) -": a place or two in any case, the full date, then an agency's tag or a dash
_PLACE = r"[A-Z][A-Za-z.'-]+(?:[ ][A-Z][A-Za-z.'-]+){0,3}"
_PLACE_DATELINE_RE = re.compile(r"^[ \t]*" + _PLACE + r"(?:,[ ]" + _PLACE + r"){0,2},\s+" + _DATE
                                + r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:--|-|–|—|/)", re.M)
# "HARBIN, (APP - Pakistan Point News - 24th Oct, 2019 ) :", "Beijing (Xinhua, 5 May 2020) --": the
# date inside the agency's bracket right after the dateline's place, then the dateline's dash or colon
_BRACKET_DATELINE_RE = re.compile(r"^[ \t]*" + _PLACE + r"(?:,[ ]" + _PLACE + r"){0,2},?[ \t]*\((?:[^()\n]{1,60}?[-–—,/|][ \t]*)?"
                                  + _DATE + r"[ \t]*\)[ \t]*(?:--|-|–|—|:)", re.M)


@lru_cache(maxsize=1)
def _labelled_re() -> re.Pattern:
    """"Updated: April 1, 2024", "Published on 2024-03-08": a labelled date
    (the labels are the `dateline_label` cues)."""
    return catalogue.get().cue_pattern(r"(?:{dateline_label})\s*(?:on|at)?\s*[:：|]?\s*" + _DATE, re.I)


@lru_cache(maxsize=1)
def _labelled_numeric_re() -> re.Pattern:
    """"Time: 11 29,2023": a labelled date written month, day and year in figures with a space
    and a comma (a portal's page furniture); only after a label, where nothing else reads so."""
    return catalogue.get().cue_pattern(r"(?:{dateline_label})\s*[:：|]\s*(?P<mo>\d{1,2})\s+(?P<d>\d{1,2}),\s*"
                                       r"(?P<y>(?:19|20)\d\d)(?!\d)", re.I)


def _labelled_numeric(head: str) -> date | None:
    m = _labelled_numeric_re().search(head)
    if m is None:
        return None
    try:
        return date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None


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
# "(Xinhua News Agency May 17, 2007)" in brackets, and a stray "|" of the page after it
_SIGN_OFF_RE = re.compile(r"(?:[A-Za-z][\w.&'/ -]{0,30},\s*|\([A-Za-z][\w.&'/ -]{0,40}\s)" + _DATE + r"[\s.)\]|]*\Z")


def find_reference_date(text: str) -> tuple[date | None, str | None]:
    head = text[:3000]
    for rx in (_labelled_re(), _furnished_re(), _DATELINE_RE, _PLACE_DATELINE_RE, _BRACKET_DATELINE_RE,
               _LINE_DATE_RE):
        m = rx.search(head)
        if m:
            d = _date_of(m)
            if d:
                return _wire_date(head, m.end(), d), "dateline"
    d = _labelled_numeric(head)
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
        if m and _date_of(m) and (not datelines.photo_credit(line) or _furniture_date(line, m)):
            # a photo caption's date is when the picture was taken, but not a furniture
            # line's that credits the photos too ("2021-03-04 [ Photos by Xinhua ]")
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


# what may stand before a furniture line's date: nothing, or marks ("| ", "[")
_MARKS_RE = re.compile(r"[\s|*_(\[·-]*")


def _furniture_date(line: str, m: re.Match) -> bool:
    """Whether the date `m` of a short head line is the page's, though the line credits photos too:
    it opens the line ("2021-03-04 [Text: Li Ming / Photo: Wang Fang]"), follows a separator
    ("By Li Ming | 2021-03-04 | [Photo gallery]") or a short labelled source or author ("Source:
    Hubei Daily 2021-03-04 [... photographer ...]"). A caption's date follows its words ("Workers
    assemble cars in Hefei, March 2, 2021. [Photo/Xinhua]")."""
    before = line[:m.start()]
    return (_MARKS_RE.fullmatch(before) is not None or before.rstrip().endswith("|")
            or (len(before) <= 40 and _furniture_label_re().match(line) is not None))


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
# "HAIKOU, Oct. 16 (Xinhua) --", "BEIJING, Oct 16 -", or the agency first: "(Yicai) Oct. 29 --"
_DATELINE_MD_RE = re.compile(r"^[ \t]*(?:[A-Z][A-Za-z .'-]{2,40},|\([A-Z][A-Za-z .'-]{1,30}\))\s+(?P<mn>" + _MONTH_NAME
                             + r")\s+(?P<d>\d{1,2})" + _NO_YEAR + r"\s*(?:\(|-|--|–|—|:)", re.M)
# "On October 17, the bureau said ...", "on Oct 16"
_ON_MD_RE = re.compile(r"(?<![\w])[Oo]n\s+(?P<mn>" + _MONTH_NAME + r")\s+(?P<d>\d{1,2})" + _NO_YEAR)


@lru_cache(maxsize=1)
def _furniture_label_re() -> re.Pattern:
    # "source: www.example.org release date: ...", "Editor: Li Ming"
    return catalogue.get().cue_pattern(r"^\s*(?:{page_furniture})\s*[:：]", re.I)


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
    bounds: list[tuple[int, bool, str]] = []   # (year, a total passed?, sentence) of years named, not reported
    for sent in sentences(text):
        s = sent.text
        if not _YEAR_HINT_RE.search(s):
            continue
        ps = periods.find_periods(s, None)
        # "reached 2,678 km last year, compared with a 13th place at the end of 2000": a year named
        # beside a figure of last year is an earlier one, by a gap the text does not give; it is no
        # evidence of when the article was written (the year after it is always wrong)
        last_year = any(p.role == "period" and p.basis == "relative" and _LAST_YEAR_RE.search(p.text) for p in ps)
        for p in ps:
            if p.role == "base" and p.pend is not None and _SAME_PART_RE.search(p.text):
                year_ago.add(p.pend.year)
            if p.bound and p.pend is not None and p.basis == "explicit":
                bounds.append((p.pend.year, p.role == "base", s))
            if last_year and p.basis == "explicit":
                continue
            if p.role != "period" or p.basis != "explicit" or p.pend is None or p.ptype == "span":
                continue
            if target.search(s[:p.start]) or target.search(s[p.end:p.end + 40]):
                continue
            if p.ptype == "year" and _partial_year_re().search(s, max(0, p.start - 25), p.start):
                continue   # "growth in early 2025": that year is not over
            if p.ptype == "year" and p.text[:7].lower() == "through":
                continue   # "keeps its focus on investment through 2023", "the scheme runs through 2026": a term, maybe not over
            cand = periods.after(p.pend)
            if best is None or cand > best:
                best = cand
    if best is None and len(year_ago) == 1:
        return _after_year_ago(text, target, year_ago.pop() + 1)
    if best is None and bounds:
        return _after_bound(text, target, bounds)
    return _after_this_year(text, target, best) if best is not None else None


def _after_bound(text: str, target, bounds: list[tuple[int, bool, str]]) -> date | None:
    """The reference date of an article whose only years are ones it names without reporting
    them: an edition ("ranked fifth in the 2020 national high-tech zone evaluation") or a total
    its figures pass ("exceeding the total for 2019"). The article is not older than the latest
    such year: the day after it, moved past the parts of "this year" it reports (as when that
    year was read as a reported period, which dated such articles right more often than leaving
    them undated). A total passed is earlier than the figures that pass it, so their year is the
    one after it, moved past the parts of that year reported ("In the first three quarters,
    exports exceeded the total for 2019": October 2020); when the passing sentence's own relative
    period would still fall in that year or before ("Last year, output was 2.4 times the 2012
    total"), the gap is unknown and no date is guessed."""
    year = max(y for y, _, _ in bounds)
    passing = [s for y, passed, s in bounds if passed and y == year]
    if not passing:
        return _after_this_year(text, target, periods.after(date(year, 12, 31)))
    ref = _after_year_ago(text, target, year + 1)
    for s in passing:
        if any(p.role == "period" and p.basis == "relative" and p.pend is not None and p.pend.year <= year
               for p in periods.find_periods(s, ref)):
            return None
    return ref


_LAST_YEAR_RE = re.compile(r"\b(?:last|previous|past)\s+year\b", re.I)
# "compared with the same period of 2016", "the same month in 2016": a year-ago base
_SAME_PART_RE = re.compile(r"\b(?:same|corresponding)\s+(?:period|month|quarter|half)\b", re.I)


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
