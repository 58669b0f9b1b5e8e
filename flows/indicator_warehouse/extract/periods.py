"""Time expressions in a sentence and what period each one denotes.

Every expression is found with its role:
  period    the time a figure covers ("in 2024", "first 10 months of 2024",
            "as of the end of 2023", "last year")
  base      the comparison point of a change ("compared to 2018", "over 2021",
            "from the same period last year"): never the figure's own period
  duration  "for eight consecutive years", "over the past five years": spans
            of ranking claims and growth rates, not a period of their own
  date      a calendar day ("October 17"): masked so its digits are not read as
            a figure
  level_base  the time of a level a recovery ratio is taken of ("back to 86
            percent of its level in the same quarter of 2019")
Relative expressions ("last year", "in October") resolve against the
reference date; without one they keep `unresolved` set and no dates.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from . import catalogue, period_roles
from .cues import sentence_words

from .period_words import MONTHS, SMALL, _M_FULL, _M_ABBR, M, Y, N, YR, _Anchored, _Needing, PeriodExpr  # noqa: F401  (re-exported)


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _year_of(m: re.Match, ref: date | None) -> tuple[int | None, str, str | None]:
    """Resolve the (?P<yr>)/(?P<rel>) group pair: (year, basis, unresolved)."""
    gd = m.groupdict()
    if gd.get("yr"):
        return int(gd["yr"]), "explicit", None
    rel = re.sub(r"\s+", " ", (gd.get("rel") or "").lower())
    if not rel or rel == "the year":
        # "in the first 10 months of the year," is the year under discussion, read as when no
        # year is written ("in the first 10 months"): the latest such period over by the
        # reference date, never one still running (as "this year" would put it)
        return None, "relative", None
    if ref is None:
        return None, "relative", rel
    if rel == "last year" or rel == "the previous year":
        return ref.year - 1, "relative", None
    return ref.year, "relative", None   # this year, the current year, the year


_PART_MONTHS = {"half": 6, "three quarters": 9, "two quarters": 6, "quarter": 3}


def _part(s: str) -> str:
    s = re.sub(r"[\s-]+", " ", s.lower())
    return "three quarters" if s.startswith("three quarter") else s


def _n(s: str) -> int | None:
    s = s.lower()
    if s.isdigit():
        return int(s)
    return SMALL.get(s)


_F = 0   # patterns are lower case and run on the lower-cased sentence
# What the rules that open with optional words or a look-behind before a
# year need right after the year (see _Needing): "2019 to", "2021-";
# "2017 first", "2016's first"
_YEAR_TO = Y + r"\s*(?:to|and|till|until|through|-|–)"
_YEAR_FIRST = Y + r"(?:'s|’s)?\s+(?:the\s+)?(?:first|1st)"
_RULES: list[tuple[str, re.Pattern]] = [
    # "Report (2025)", "(2021-2025)": edition labels and glosses, not periods
    ("date", re.compile(r"\(\s*" + Y + r"(?:\s*[-–]\s*" + Y + r")?\s*\)", _F)),
    # spans of years: "from 2019 to 2024", "between 2020 and 2023", "2021-2025"
    ("span", _Needing(_YEAR_TO, r"(?:(?:from|between)\s+)?(?:the\s+end\s+of\s+)?(?P<y1>" + Y + r")\s*(?:to|and|till|until|through|-|–)\s*(?:the\s+end\s+of\s+|late\s+)?(?P<y2>" + Y + r"|(?<=[-–])\d\d(?![.,]\d))(?![\d\w])(?![-/.]\d)")),   # "2020-21", never "2020 to 52.8 billion" or "2002-10-17"
    # "from 2013 to Aug 31 in the current year", "between 2015 and the end of
    # June 2024": a cumulative total from a year's start to a day or month end
    ("span_to_date", _Needing(_YEAR_TO, r"(?:from|between)\s+(?P<y1>" + Y + r")\s+(?:to|and|till|until|through)\s+"
                                r"(?:the\s+end\s+of\s+(?P<m2>" + M + r")|(?P<m>" + M + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d\w]))"
                                r"(?:,?\s*(?:of\s+|in\s+)?(?:the\s+year\s+)?" + YR + r")?")),
    # comparison bases
    ("base", re.compile(
        r"(?<![\w-])(?:compared\s+(?:with|to)|from|over|than|against|relative\s+to|versus|vs\.?|on)\s+"
        # "up 0.03 points over the amount in 2020", "12 percent more than the total of 2019": the base's measure named
        r"(?:(?:that|those|the\s+level|the\s+(?:same\s+)?figure|the\s+(?:same\s+|corresponding\s+)?period|the\s+(?:amount|total|value|volume|number|size))\s+(?:of|in|for)\s+)?(?:(?:in|during)\s+)?"
        r"(?:(?:the\s+)?(?:same|corresponding)\s+(?:period|month|quarter)\s+(?:of\s+|in\s+)?(?:the\s+previous\s+year|last\s+year|a\s+year\s+(?:earlier|ago)|(?P<by1>" + Y + r"))"
        r"|(?:the\s+)?(?:previous|prior|preceding)\s+year|last\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|ago|before)"
        r"|(?:the\s+end\s+of\s+|end-)?(?P<by2>" + Y + r")(?:'s)?(?:\s+(?:levels?|figures?))?)(?![\w-])", _F)),
    ("base", re.compile(r"(?:in\s+)?the\s+(?:same|corresponding)\s+(?:period|month|quarter)\s+(?:of\s+|in\s+)?(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago))|a\s+year\s+(?:earlier|ago)|year[- ]on[- ]year|year-over-year", _F)),
    # "87 percent of its size in the same quarter of 2019": the same part of
    # an earlier year, named only to compare with (never a whole year)
    ("base", re.compile(r"(?:(?:in|during|for|of)\s+)?the\s+(?:same|corresponding)\s+(?:period|quarter|month)\s+(?:of|in)\s+(?:the\s+year\s+)?(?P<by1>" + Y + r")(?![\d\w])", _F)),
    # "over the period", "for the said period": the period the text is on
    # ("throughout this period", "during the five-year period": the span just named)
    ("anaphoric", re.compile(r"(?:in|over|during|for|of|throughout)\s+(?:the|this|that)\s+(?:said\s+|same\s+|above\s+|reporting\s+|"
                             r"(?:" + N + r")[- ](?:month|year)\s+|half-year\s+)?period(?![\w-])(?!\s+(?:of|in|from|last|a\s+year))", _F)),
    # "in the six months", "in the half year", "during the quarter": the
    # months the text has just named, referred back to
    ("anaphoric", re.compile(r"(?:in|over|during|for|within)\s+the\s+(?:(?:" + N + r")\s+months|half[- ]year|quarter)"
                             r"(?![\w-])(?!\s+(?:to|ended|ending|through|of|in|from|last|a\s+year|\d))", _F)),
    ("since", re.compile(r"since\s+(?:(?:its|the)\s+\w+\s+in\s+)?(?P<yr>" + Y + r")", _F)),
    # "since the beginning of the 13th Five-Year Plan period": since the plan's base year (2015);
    # "up 300 percent from the start of the 11th Five-Year Plan period": that base year is the base
    ("plan_start", re.compile(r"(?P<prep>since|from|compared\s+(?:with|to))\s+the\s+(?:beginning|start)\s+of\s+the\s+"
                              r"(?P<n>\d{1,2})(?:st|nd|rd|th)\s+five[\s-]year\s+plan(?:\s+period)?(?![\w-])", _F)),
    # durations: rankings and averages, not periods
    ("duration", _Anchored(
        r"(?:(?:for|over|in|during|within|across)\s+)?(?:(?:a\s+span\s+of|the|a\s+period\s+of)\s+)?(?P<past>(?:past|last|previous|recent)\s+)?"
        r"(?:(?:more\s+than|over|nearly|about|almost)\s+)?(?P<n>" + N + r"|several|many|a\s+few)\s*(?:consecutive\s+|straight\s+|successive\s+|full\s+)?(?:-|\s)?",
        r"years?(?![\w-])(?!\s+plan)",   # not "the 14th Five-Year Plan", a name
        ends=tuple("0123456789") + tuple(SMALL) + ("several", "many", "few", "consecutive", "straight", "successive",
                                                  "full"),
        required=True)),
    ("duration", re.compile(r"(?:\d+|\w+)(?:st|nd|rd|th)?\s+(?:consecutive|straight|successive)\s+years?", _F)),
    ("duration", re.compile(r"(?:in\s+)?recent\s+years|over\s+the\s+years|over\s+the\s+past\s+(?:few\s+)?years|(?<![\w-])\d+-(?:year|month|day)(?:-old)?", _F)),
    # "over the past decade": ten years up to the period the sentence reports
    ("duration", re.compile(r"(?:(?:for|over|in|during|within|across)\s+)?the\s+(?P<past>past|last|previous)\s+(?P<n>decade)(?![\w-])", _F)),
    # the year written before the part of it ("in 2017 first two months", "Henan's 2016 first-half
    # GDP", "its 2015 third quarter"): one period, that part of that year; read as two, the bare
    # year took the figures and the part fell to the reference year
    ("ytd_months", _Needing(_YEAR_FIRST, r"(?<![\w$.,-])(?P<yr>" + Y + r")(?:'s|’s)?\s+(?:the\s+)?(?:first|1st)\s+(?P<n>" + N + r")\s+months(?![\w-])")),
    ("ytd_part", _Needing(_YEAR_FIRST, r"(?<![\w$.,-])(?P<yr>" + Y + r")(?:'s|’s)?\s+(?:the\s+)?(?:first|1st)[\s-](?P<part>half|three[\s-]quarters?|two\s+quarters|quarter)"
                          r"(?:[\s-]year(?![\s-]+on))?(?![\w-])")),
    ("quarter", re.compile(r"(?<![\w$.,-])(?P<yr>" + Y + r")(?:'s|’s)?\s+(?:the\s+)?(?P<q>second|third|fourth|2nd|3rd|4th|last|final)[\s-]quarter(?![\w-])", _F)),
    # year to date
    ("ytd_months", re.compile(r"(?:the\s+)?first\s+(?P<n>" + N + r")\s+months\s*(?:of\s+|in\s+)?(?:the\s+year\s+)?" + YR + r"?", _F)),
    # "1-7 months, the province's retail sales ...", "2008 1-7 month": the statistics offices' own
    # way of writing January to July, from the month numbers; only where a period stands (a year
    # before it, the start of the sentence, "in"), never a duration ("takes 1-3 months")
    ("ytd_months", re.compile(r"(?<![\w$.,-])(?P<yr>" + Y + r")\s+1\s*[-–~]\s*(?P<n>\d{1,2})\s+months?(?![\w-])", _F)),
    ("ytd_months", re.compile(r"(?:^\s*|(?<![\w-])(?:in|during)\s+(?:the\s+)?)1\s*[-–~]\s*(?P<n>\d{1,2})\s+months?(?![\w-])"
                              r"(?!\s+(?:old|later|ago|after|before))(?:\s+(?:of|in)\s+" + YR + r")?", _F)),
    # "for eight months of 2020", "in the 10 months of this year": months of a named year, counted
    # from its start (not "the last three months of 2020", nor the year alone; "three months in
    # 2020" is a stretch of time somewhere in the year, left alone)
    ("ytd_months", re.compile(r"(?<![\w-])(?<!last )(?<!final )(?<!past )(?<!next )(?<!latter )(?<!remaining )"
                              r"(?<!other )(?<!closing )(?P<n>" + N + r")\s+months\s+of\s+(?:the\s+year\s+)?" + YR, _F)),
    # ("the first half year of 2012", "the first half-year": the same half)
    ("ytd_part", re.compile(r"(?:the\s+)?(?:first|1st)[\s-](?P<part>half|three[\s-]quarters?|two\s+quarters|quarter)"
                            r"(?:[\s-]year(?![\s-]+on)(?![\w-]))?\s*(?:of\s+)?(?:the\s+year\s+)?" + YR + r"?", _F)),
    # "in the second half of 2011", "the latter half of the year": July to December, as "H2 2011"
    # is (a span); read as the bare year after it, it gave the figure the whole year
    ("half2", re.compile(r"(?:the\s+)?(?:second|latter|2nd)[\s-]half(?:[\s-]year(?![\s-]+on))?(?![\w-])"
                         r"\s*(?:of\s+)?(?:the\s+year\s+)?" + YR + r"?(?:\s+of\s+the\s+year(?![\w-]))?", _F)),
    # "in the nine months to September", "the 12 months ended June 2024":
    # the months up to and including the named one
    ("months_to", re.compile(r"(?:the\s+)?(?P<n>" + N + r")\s+months\s+(?:to|through|ended|ending|up\s+to)\s+"
                             r"(?:the\s+end\s+of\s+)?(?P<m>" + M + r")(?:\s+(?:of\s+)?|,\s*)?" + YR + r"?", _F)),
    # "Q3 2024", "H1 this year", "Q1-Q3 2024", "2024 Q3"
    ("ytd_code", re.compile(r"(?<![\w])(?:(?P<c1>q1|h1|1q|1h)\s*[-–~]\s*)?(?P<code>h1|h2|q1|q2|q3|q4|1h|1q|2q|3q|4q)"
                            r"\s*(?:of\s+)?" + YR, _F)),
    ("ytd_code", re.compile(r"(?<![\w])(?P<yr>" + Y + r")\s*(?:(?P<c1>q1|h1|1q|1h)\s*[-–~]\s*)?"
                            r"(?P<code>h1|h2|q1|q2|q3|q4|1h|1q|2q|3q|4q)(?![\w])", _F)),
    # "In Q3, retail sales ...": a quarter with no year is the article's year (resolved like "the first half")
    ("ytd_code", re.compile(r"(?<![\w])(?:in|during|for|over)\s+(?:the\s+)?(?:(?P<c1>q1|h1|1q|1h)\s*[-–~]\s*)?"
                            r"(?P<code>h1|h2|q1|q2|q3|q4|1h|1q|2q|3q|4q)(?![\w])(?!\s*(?:of\s+)?(?:19|20)\d\d)", _F)),
    # "January-May", "from January to May", "the January-to-May period";
    # "January and February" too, but only for two adjacent months (the
    # builder checks): that is how a two-month release is named.
    ("month_range", re.compile(r"(?:from\s+|(?P<btw>between\s+))?(?P<m1>" + M + r")\s*(?(btw)and|(?:[-–]?\s*(?:to|through|till|until)\s*[-–]?|-|–|(?P<and>and)))"
                               r"\s*(?P<m2>" + M + r")(?:\s+period)?\s*(?:(?:of|in)\s+)?" + YR + r"?", _F)),
    ("ytd_sofar", re.compile(r"so\s+far\s+this\s+year|this\s+year\s+so\s+far|year\s+to\s+date|year-to-date", _F)),
    ("quarter", re.compile(r"(?:the\s+)?(?P<q>second|third|fourth|2nd|3rd|4th|last|final)\s+quarter\s*(?:of\s+)?" + YR + r"?", _F)),
    # stocks at a date
    ("as_of_end", re.compile(r"(?:(?:as\s+(?:of|at)|by|at|until|till|up\s+to|to)\s+)?(?:the\s+)?(?:end|conclusion|close)\s+of\s+(?:(?P<m>" + M + r")\s+)?(?:(?:the\s+)?year\s+)?" + YR, _F)),
    ("as_of_end", re.compile(r"(?:(?:as\s+(?:of|at)|by|at)\s+)?(?:end-|year-end\s+|the\s+year-end\s+of\s+)(?:(?P<m>" + M + r")\s+)?" + YR, _F)),
    # "by the end of December" with no year: the latest such month end by the reference date
    ("as_of_end", re.compile(r"(?:(?:as\s+(?:of|at)|by|at|until|till|up\s+to|to)\s+)?(?:the\s+)?end\s+of\s+(?P<m>" + M
                             + r")(?!\s*,?\s*(?:(?:of|in)\s+)?(?:19|20)\d\d)(?!\s+(?:last|this|next)\s+year)", _F)),
    # "As of May, the city was home to 1,042 headquarters": a month end with no year, as above
    ("as_of_end", re.compile(r"as\s+(?:of|at)\s+(?P<m>" + M + r")(?![\w.])(?!\s*\d)(?!\s*,?\s*(?:(?:of|in)\s+)?(?:19|20)\d\d)"
                             r"(?!\s+(?:last|this|next)\s+year)", _F)),
    # "as of June 30, 2024", "By 0:00 on November 1, 2020" (a census moment)
    ("as_of", re.compile(r"(?:as\s+(?:of|at)|by|until|till|up\s+to)\s+(?:\d{1,2}:\d\d\s+)?(?:on\s+)?"
                         r"(?:(?P<m>" + M + r")\s+(?:(?P<d>\d{1,2}),?\s+)?)?" + YR, _F)),
    # calendar days (masked) and months
    ("date", re.compile(r"(?P<m>" + M + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d\w])(?:,?\s*(?P<yr>" + Y + r"))?", _F)),
    ("date", re.compile(r"(?<![\d\w])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>" + M + r")(?:,?\s*(?P<yr>" + Y + r"))?", _F)),
    # a clock time, not the parts of a ratio ("13.8:35.1:51.1")
    ("date", re.compile(r"(?<![\d\w.])\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?![\d\w]|\.\d)", _F)),
    ("date", _Needing(Y + r"[-/.]\d", r"(?<![\d\w])" + Y + r"[-/.]\d{1,2}[-/.]\d{1,2}(?![\d])")),
    ("date", re.compile(r"(?<![\d\w/])\d{1,2}/\d{1,2}/" + Y + r"(?![\d\w])", _F)),   # 07/22/2019
    ("month", re.compile(r"(?:(?:in|during|for|of)\s+)?(?P<m>" + M + r")\s+(?:of\s+)?" + YR, _F)),
    ("month_bare", re.compile(r"(?:in|during)\s+(?P<m>" + _M_FULL + r")(?![\w])", _F)),
    # "China's March exports", "May Retail Sales In Beijing": a month named before a measure is
    # the measure's month (find_periods keeps it only capitalised and before a catalogue name)
    ("month_attr", re.compile(r"(?<![\w-])(?P<m>" + _M_FULL + r")(?=\s+[a-z])", _F)),
    # "accounted for 10% of sales last month": the month before the reference date's
    ("rel_month", re.compile(r"(?:(?:in|during|for|of)\s+)?last\s+month(?![\w-])(?:'s)?", _F)),
    # years
    ("rel_year", re.compile(r"(?:(?:in|during|for|of|throughout)\s+)?(?P<rel>last\s+year|this\s+year|the\s+current\s+year)(?:'s)?", _F)),
    # (the look-behind after the four digits is "no digit, letter, $ . or ,
    # before the year", written so that the scan starts at a literal digit)
    ("year", _Anchored(
        r"(?:(?:in|during|for|of|throughout|through)\s+(?:the\s+(?:whole\s+|full\s+)?year\s+(?:of\s+)?)?|full-year\s+)?",
        r"(?P<yr>" + Y + r")(?<![\d\w$.,]....)(?![\d\w])(?:'s)?",
        ends=("in", "during", "for", "of", "throughout", "through", "year", "full-year"))),
]


# (Written so that every branch opens with a literal character: re then
# scans for those characters, where a pattern that opens with a look-behind
# or a class is tried at every position. Same matches as the plain form.)
_YEAR_RE = re.compile(r"1(?<!\d1)9[4-9]\d(?!\d)|2(?<!\d2)0\d\d(?!\d)")   # (?<!\d)(?:19[4-9]\d|20\d\d)(?!\d)
_MONTH_RE = re.compile(M)
# M matches exactly where one of these is a whole run of letters of the sentence
_MONTH_WORDS = frozenset(_M_FULL[3:-1].split("|") + _M_ABBR[3:-4].split("|"))
_BASE_WORDS = ("compared", "from", "over", "than", "against", "relative", "versus", "vs", "on ")
# For each rule in _RULES: groups of key words, one of each group must occur
# in the lower-cased sentence ("#Y": a year, "#M": a month name).
_NEEDS: list[tuple[tuple[str, ...], ...]] = [
    (("#Y",), ("(",)),                                   # (2025)
    (("#Y",),),                                           # span
    (("#Y",), ("from", "between")),                       # span to a date
    (_BASE_WORDS,),                                       # base
    (("same period", "same month", "same quarter", "corresponding period", "corresponding month",
      "corresponding quarter", "a year", "year-on-year", "year on year", "year-over-year"),),
    (("same period", "same quarter", "same month", "corresponding period", "corresponding quarter",
      "corresponding month"), ("#Y",)),
    (("period",),),                                       # anaphoric
    (("months", "half year", "half-year", "quarter"),),   # anaphoric months
    (("since",), ("#Y",)),
    (("five-year plan", "five year plan"), ("since", "from", "compared")),   # since the start of a plan
    (("year",),),                                         # durations
    (("consecutive", "straight", "successive"),),
    (("recent", "over the", "-year", "-month", "-day"),),
    (("decade",),),                                       # the past decade
    (("first", "1st"), ("#Y",)),                          # the year before the part: "2017 first two months"
    (("first", "1st"), ("#Y",)),
    (("quarter",), ("#Y",)),
    (("first",), ("month",)),                             # ytd months
    (("1-", "1 -", "1–", "1~"), ("#Y",)),                 # "2008 1-7 month"
    (("month",), ("1-", "1 -", "1–", "1~")),              # "1-7 months"
    (("months",),),                                       # ytd months with no "first"
    (("first", "1st"),),                                  # ytd part ("the 1st half of 2014")
    (("half",), ("second", "latter", "2nd")),             # the second half
    (("months",), ("#M",)),                              # N months to <month>
    (("h1", "h2", "q1", "q2", "q3", "q4", "1h", "1q", "2q", "3q", "4q"),),
    (("#Y",), ("h1", "h2", "q1", "q2", "q3", "q4", "1h", "1q", "2q", "3q", "4q")),
    (("h1", "h2", "q1", "q2", "q3", "q4", "1h", "1q", "2q", "3q", "4q"), ("in ", "during ", "for ", "over ")),
    (("#M",),),                                           # month range
    (("so far", "to date", "year-to-date"),),
    (("quarter",),),
    (("end", "conclusion", "close"),),                    # as of the end of
    (("end-", "year-end"),),
    (("end of",), ("#M",)),                              # as of the end of <month>, no year
    (("as of", "as at"), ("#M",)),                       # as of <month>, no year
    (("as of", "as at", "by", "until", "till", "up to"), ("#Y",)),
    (("#M",),),                                           # dates
    (("#M",),),
    ((":",),),
    (("#Y",), ("-", "/", ".")),
    (("#Y",), ("/",)),
    (("#M",),),                                           # month
    (("#M",),),
    (("#M",),),                                           # month before a measure
    (("last month",),),
    (("this year", "last year", "current year"),),
    (("#Y",),),                                           # year
]




def _month_before_measure(s: str, a: int, b: int) -> bool:
    """"China's March exports", "May Retail Sales": a capitalised month name (a modal "may" is
    lower case) right before a catalogue measure's name."""
    if not s[a].isupper():
        return False
    gap = re.match(r"\s+", s[b:])
    return gap is not None and catalogue.get().indicator_re.match(s, b + gap.end()) is not None


def lower(s: str) -> str:
    """The sentence in lower case, offset for offset with `s`."""
    low = s.lower()
    # str.lower can change the length ("İ" -> "i̇"); then fold ASCII only.
    return low if len(low) == len(s) else s.translate(_ASCII_LOWER)


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def find_periods(s: str, ref: date | None, low: str | None = None) -> list[PeriodExpr]:
    """Time expressions in sentence `s`, non-overlapping, in text order.
    `low` is `lower(s)` when the caller has it already."""
    out: list[PeriodExpr] = []
    if low is None:
        low = lower(s)
    # Cheap gate: skip rules whose key words are absent (most are, in most
    # sentences); this is where the speed of the extractor comes from. Each
    # key word is looked up once per sentence, as one bit of `have`.
    have = 0
    for w, bit, within in _WORD_TREE:
        if w in low:
            have |= bit
            for w2, bit2 in within:
                if w2 in low:
                    have |= bit2
    if _YEAR_RE.search(low) is not None:
        have |= _Y_BIT
    words = sentence_words(s)
    if (_MONTH_RE.search(low) is not None) if words is None else not words.isdisjoint(_MONTH_WORDS):
        have |= _M_BIT
    for name, rx, masks in _GATED:
        if masks:
            if not have & masks[0]:
                continue
            if len(masks) > 1 and not have & masks[1]:
                continue
        for m in rx.finditer(low):
            a, b = m.start(), m.end()
            if a == b:
                continue
            if out and any(a < p.end and p.start < b for p in out):
                continue
            if name == "month_attr" and not _month_before_measure(s, a, b):
                continue
            pe = _build(name, m, ref)
            if pe is None:
                continue
            pe.start, pe.end, pe.text = a, b, s[a:b]
            if name in _PART_OF_YEAR and pe.basis == "relative" and pe.pend is not None:
                gd = m.groupdict()
                pe.implied = not gd.get("yr") and not gd.get("rel")
            if pe.unresolved is not None and len(pe.unresolved) == b - a:
                pe.unresolved = pe.text       # the phrase as written, for the quarantine reason
            out.append(pe)
    out.sort(key=lambda p: p.start)
    if len(out) > 1:
        _same_year(out)
    period_roles.demote(low, out)
    if "(" in s:
        period_roles.name_years(s, out)
    return out


assert len(_NEEDS) == len(_RULES)

# the rules whose period is a part of one year, which a sentence may leave unwritten
_PART_OF_YEAR = frozenset(("quarter", "ytd_part", "ytd_months", "ytd_code", "month_range", "months_to", "month_bare",
                           "month_attr"))
_PART_TYPES = ("quarter", "ytd", "month")


def _same_year(out: list[PeriodExpr]) -> None:
    """A part of a year written without its year after one written with it
    ("fell 3.2 percent in the third quarter of 2023, against a 5.5 percent
    drop in the second quarter"; "in the first half of 2023, down from 4.7
    percent in the first quarter") is an earlier part of that same year, not
    the latest such part the reference date has seen. Not when the later
    part could simply follow the earlier one ("in the fourth quarter of 2023
    ... in the first quarter": the next year's first quarter)."""
    anchor = None
    for p in out:
        if p.basis == "explicit" and p.ptype in _PART_TYPES and p.pend is not None and p.role in ("period", "base"):
            anchor = p
        elif anchor is not None and p.implied and p.ptype in _PART_TYPES and p.pend.year != anchor.pend.year:
            y = anchor.pend.year
            start, end = p.pstart.replace(year=y), date(y, p.pend.month, calendar.monthrange(y, p.pend.month)[1])
            if end < anchor.pend and p.pstart != after(anchor.pend):
                p.pstart, p.pend = start, end

# _NEEDS as bit masks: one bit per key word; a rule runs when every one of
# its groups shares a bit with the words present in the sentence.
_WORD_BITS: list[tuple[str, int]] = []
_Y_BIT, _M_BIT = 1, 2


def _compile_needs():
    bits = {"#Y": _Y_BIT, "#M": _M_BIT}
    for need in _NEEDS:
        for group in need:
            for w in group:
                if w not in bits:
                    bits[w] = 1 << len(bits)
                    _WORD_BITS.append((w, bits[w]))
    out = []
    for (name, rx), need in zip(_RULES, _NEEDS):
        assert len(need) <= 2, "find_periods checks at most two key-word groups per rule"
        masks = tuple(sum(bits[w] for w in set(group)) for group in need)
        out.append((name, rx, masks))
    return out


_GATED = _compile_needs()


def _word_tree() -> list[tuple[str, int, tuple[tuple[str, int], ...]]]:
    """_WORD_BITS as (word, bit, the key words that contain it): a sentence
    without "year" has no "year-on-year" or "last year" either, so those are
    looked up only in a sentence that has the word they contain. A word is
    put under the longest other key word it contains (the rarest)."""
    roots = [w for w, _ in _WORD_BITS if not any(o != w and o in w for o, _ in _WORD_BITS)]
    under: dict[str, list[tuple[str, int]]] = {w: [] for w in roots}
    for w, bit in _WORD_BITS:
        if w not in under:
            under[max((r for r in roots if r in w), key=len)].append((w, bit))
    return [(w, bit, tuple(under[w])) for w, bit in _WORD_BITS if w in under]


_WORD_TREE = _word_tree()


def _rel_unresolved(m, rel_text):
    return PeriodExpr(0, 0, "period", None, None, None, "relative", unresolved=rel_text)


def _build(name: str, m: re.Match, ref: date | None) -> PeriodExpr | None:
    gd = m.groupdict()
    if name == "span":
        y1 = int(m["y1"])
        y2s = m["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not (y1 < y2 <= y1 + 50):
            return None
        return PeriodExpr(0, 0, "period", "span", date(y1, 1, 1), date(y2, 12, 31))
    if name == "span_to_date":
        return _span_to_date(m, ref)
    if name == "base":
        by = gd.get("by1") or gd.get("by2")
        pe = PeriodExpr(0, 0, "base")
        if by:
            pe.pstart, pe.pend, pe.ptype = date(int(by), 1, 1), date(int(by), 12, 31), "year"
        return pe
    if name == "since":
        y = int(m["yr"])
        return PeriodExpr(0, 0, "since", "year", date(y, 1, 1), date(y, 12, 31))
    if name == "plan_start":
        # the plans run in five-year steps from the third (1966-1970): the 13th is 2016-2020;
        # the figures "since its beginning" start from the year before it, the last of the previous plan
        n = int(m["n"])
        if n < 3:
            return None
        y = 1966 + 5 * (n - 3) - 1
        return PeriodExpr(0, 0, "since" if m["prep"] == "since" else "base", "year", date(y, 1, 1), date(y, 12, 31))
    if name == "duration":
        n = (10 if gd["n"] == "decade" else _n(gd["n"])) if gd.get("n") else None
        return PeriodExpr(0, 0, "duration", years=n, past=bool(gd.get("past")))
    if name == "date":
        return PeriodExpr(0, 0, "date")
    if name == "anaphoric":
        return PeriodExpr(0, 0, "anaphoric")
    if name == "rel_month":
        if ref is None:
            return _rel_unresolved(m, m.group(0))
        y, mo = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        return PeriodExpr(0, 0, "period", "month", date(y, mo, 1), _month_end(y, mo), "relative")
    if name == "ytd_sofar":
        if ref is None:
            return _rel_unresolved(m, m.group(0))
        return PeriodExpr(0, 0, "period", "ytd", date(ref.year, 1, 1), ref, "relative")

    y, basis, unres = _year_of(m, ref)
    if y is None and unres is None and name not in ("month_bare", "month_attr"):
        # No year written at all ("in the first half"): the reference year.
        if ref is None:
            return _rel_unresolved(m, m.group(0))
        y, basis = _implicit_year(name, m, ref), "relative"
    if unres is not None:
        return _rel_unresolved(m, unres)

    if name == "ytd_months":
        n = _n(m["n"])
        if not n or n > 12:
            return None
        return PeriodExpr(0, 0, "period", "ytd" if n < 12 else "year", date(y, 1, 1), _month_end(y, n), basis)
    if name == "months_to":
        n, mo = _n(m["n"]), MONTHS[m["m"].rstrip(".")]
        if not n or n > 12:
            return None
        if n == mo:   # "the nine months to September": January to September
            return PeriodExpr(0, 0, "period", "ytd" if n < 12 else "year", date(y, 1, 1), _month_end(y, mo), basis)
        k = y * 12 + mo - n   # the first of the n months, counted in months since year 0
        return PeriodExpr(0, 0, "period", "span", date(k // 12, k % 12 + 1, 1), _month_end(y, mo), basis)
    if name == "ytd_part":
        months = _PART_MONTHS[_part(m["part"])]
        return PeriodExpr(0, 0, "period", "ytd", date(y, 1, 1), _month_end(y, months), basis)
    if name == "half2":
        return PeriodExpr(0, 0, "period", "span", date(y, 7, 1), date(y, 12, 31), basis)
    if name == "ytd_code":
        code = m["code"].upper()
        q = {"H1": (1, 6), "1H": (1, 6), "H2": (7, 12), "Q1": (1, 3), "1Q": (1, 3), "Q2": (4, 6), "2Q": (4, 6),
             "Q3": (7, 9), "3Q": (7, 9), "Q4": (10, 12), "4Q": (10, 12)}[code]
        if m["c1"]:
            q = (1, q[1])   # "Q1-Q3": the year to the end of the later quarter
        ptype = "ytd" if q[0] == 1 else ("quarter" if q[1] - q[0] == 2 else "span")
        return PeriodExpr(0, 0, "period", ptype, date(y, q[0], 1), _month_end(y, q[1]), basis)
    if name == "month_range":
        m1 = MONTHS[m["m1"].lower().rstrip(".")]
        m2 = MONTHS[m["m2"].lower().rstrip(".")]
        if m2 < m1 and not m["and"] and not m["btw"]:
            # "the November-January period", "December-February": a three-month reading that
            # crosses the new year (Hong Kong's and Macao's jobless rates), ending in the year named
            return PeriodExpr(0, 0, "period", "span", date(y - 1, m1, 1), _month_end(y, m2), basis)
        if m2 <= m1 or (m["and"] and m2 != m1 + 1):
            return None
        ptype = "ytd" if m1 == 1 else ("quarter" if m2 - m1 == 2 and m1 in (4, 7, 10) else "span")
        return PeriodExpr(0, 0, "period", ptype, date(y, m1, 1), _month_end(y, m2), basis)
    if name == "quarter":
        q = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4, "final": 4}[m["q"].lower()]
        return PeriodExpr(0, 0, "period", "quarter", date(y, 3 * q - 2, 1), _month_end(y, 3 * q), basis)
    if name in ("as_of_end", "as_of"):
        mon = gd.get("m")
        if mon:
            mo = MONTHS[mon.lower().rstrip(".")]
            d = _month_end(y, mo)
            if gd.get("d"):
                try:
                    d = date(y, mo, int(gd["d"]))
                except ValueError:
                    return None
        else:
            d = date(y, 12, 31)
        return PeriodExpr(0, 0, "period", "as_of", d, d, basis)
    if name == "month":
        mo = MONTHS[m["m"].lower().rstrip(".")]
        return PeriodExpr(0, 0, "period", "month", date(y, mo, 1), _month_end(y, mo), basis)
    if name in ("month_bare", "month_attr"):
        mo = MONTHS[m["m"].lower()]
        if ref is None:
            return _rel_unresolved(m, m.group(0))
        # the latest such month that is over by the reference date (a month is
        # reported after it ends: "in May" in an article of May 9 is last May)
        yy = ref.year if _month_end(ref.year, mo) < ref else ref.year - 1
        return PeriodExpr(0, 0, "period", "month", date(yy, mo, 1), _month_end(yy, mo), "relative")
    if name in ("rel_year", "year"):
        return PeriodExpr(0, 0, "period", "year", date(y, 1, 1), date(y, 12, 31), basis)
    return None


def _span_to_date(m: re.Match, ref: date | None) -> PeriodExpr | None:
    """"from 2013 to Aug 31 in the current year": from the first year's start to
    that day (or month end); a day without a year is the latest one the
    reference date has reached, and without a reference date it stays unresolved."""
    y1 = int(m["y1"])
    mo = MONTHS[(m["m"] or m["m2"]).rstrip(".")]
    y, basis, unres = _year_of(m, ref)
    if unres is not None:
        return _rel_unresolved(m, unres)
    if y is None:
        if ref is None:
            return _rel_unresolved(m, m.group(0))
        y, basis = ref.year, "relative"
    try:
        end = date(y, mo, int(m["d"])) if m["d"] else _month_end(y, mo)
        if basis == "relative" and not m["yr"] and not m["rel"] and end > ref:
            end = end.replace(year=y - 1)
    except ValueError:
        return None
    if end.year <= y1:
        return None
    return PeriodExpr(0, 0, "period", "span", date(y1, 1, 1), end, basis)


def _implicit_year(name: str, m: re.Match, ref: date) -> int:
    """Year of a period written without one ("in the first half"): the latest
    such period that has ended by the reference date."""
    end_month = 12
    if name == "ytd_months":
        end_month = _n(m["n"]) or 12
    elif name == "ytd_part":
        end_month = _PART_MONTHS[_part(m["part"])]
    elif name == "month_range":
        end_month = MONTHS[m["m2"].lower().rstrip(".")]
    elif name == "months_to":
        end_month = MONTHS[m["m"].rstrip(".")]
    elif name == "quarter":
        end_month = 3 * {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4, "final": 4}[m["q"].lower()]
    elif name == "ytd_code":
        end_month = {"h1": 6, "1h": 6, "q1": 3, "1q": 3, "q2": 6, "2q": 6, "q3": 9, "3q": 9, "q4": 12, "4q": 12,
                     "h2": 12}[m["code"].lower()]
    elif name == "half2":
        end_month = 12
    elif name in ("as_of_end", "as_of") and m.groupdict().get("m"):
        end_month = MONTHS[m["m"].lower().rstrip(".")]
    return ref.year if _month_end(ref.year, end_month) < ref else ref.year - 1


def resolve_relative_year(phrase: str, ref: date) -> int | None:
    p = phrase.lower()
    if "last year" in p or "previous year" in p:
        return ref.year - 1
    if "this year" in p or "current year" in p:
        return ref.year
    return None


def after(d: date) -> date:
    return d + timedelta(days=1)
