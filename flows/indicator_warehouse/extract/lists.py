"""Figures that come as lists, paired with lists of names or years.

Worked out once per sentence, before its figures are read one by one:
  "respectively"       "Jiangmen, Zhaoqing and Shantou ... 4.1%, 3.9% and
                       5.2% respectively": names and figures pair in order;
  pairing in order     "Guangzhou and Shenzhen recorded 3.04 trillion and
                       3.46 trillion yuan": as many figures as names;
  lists of years       "12 trillion and 13 trillion yuan in 2021 and 2022";
  lists of counts      "172 universities, 12,000 laboratories and 26,000
                       high-tech enterprises";
  shares of a whole    "the primary, secondary and tertiary industries were
                       7.5%, 49.7% and 42.8%", "the ratio of primary to
                       secondary to tertiary industry was 6.7:45.3:48.0":
                       percentages that add up to 100, listed with as many
                       names, are each name's share.
Names may share one head noun ("the primary, secondary and tertiary
industries"): `elided_codes` reads each as the modifier plus the head.
After the figures, `pair_rates_with_levels` gives rates listed with no names
of their own the measures of the levels just before them.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from datetime import date
from typing import TYPE_CHECKING

from . import catalogue, indicators, places
from .cues import cues
from .facts import Fact
from .numbers import Mention
from .periods import PeriodExpr

if TYPE_CHECKING:   # scene.py builds the context from these lists: no import at run time
    from .scene import SentenceContext

# "4.1%, 3.9% and 5.2%", "41 billion yuan and 9.7 billion": between two coordinated figures
COORD_RE = re.compile(r"^\s*(?:percent|per\s+cent|%)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", re.I)
# "Jiangmen, Zhaoqing and Shantou", "the EU, ASEAN and Australia": a list
LIST_SEP_RE = re.compile(r"^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|&\s*|as\s+well\s+as\s+)$", re.I)
# Counts in a list: "172 universities, 12,000 laboratories and 26,000 ...",
# "30,000 new and 320,000 total 5G base stations".
_COUNT_LIST_RE = re.compile(r"^\s+(?:[A-Za-z][\w'&-]*\s+){0,4}?[A-Za-z][\w'&-]*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_ADJ_AND_RE = re.compile(r"^\s+(?:[A-Za-z][\w-]*(?<!s)|[A-Za-z][\w-]*ous)\s+(?:and|or)\s+$")
# between the last listed figure and "respectively": no other number, but a year may sit there
# ("3.1, 3.68 and 1.34 trillion yuan in 2024, respectively")
_RESP_GAP_RE = re.compile(r"^(?:[^\d;]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}$")
# "in 2021 and 2022", "in 2019, 2020 and 2021": several years, not a span
_YEAR_LIST_RE = re.compile(r"(?:(?:in|for|during)\s+)?(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*,?\s+and\s+(?:19|20)\d\d")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# one year as a list item: "in 2017", "2018"
_BARE_YEAR_RE = re.compile(r"(?:(?:in|for|during)\s+)?(?:19|20)\d\d", re.I)
# a cheap gate: two years joined by a comma or "and" somewhere in the sentence
_YEAR_LIST_GATE_RE = re.compile(r"(?:19|20)\d\d\s*(?:,|and\b)")
# between a list of years and the figures it dates: words, no number, no clause end
_YEARS_BEFORE_GAP_RE = re.compile(r"[^\d;]{0,80}$")
_PARTNER_BEFORE_RE = re.compile(r"\b(?:to|with|from)\s+(?:the\s+)?$", re.I)
_RATE_METRICS = ("yoy_growth_pct", "change")
# between "respectively" and a list of rates that follows it: a few words, no
# number but a year, no clause end ("..., up", " in 2023, growing by")
_RESP_LEAD_RE = re.compile(r"(?:[^\d;.]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}")
# "primary, secondary, and tertiary industries", "primary to secondary to
# tertiary industry": modifiers listed before one head noun they all share
_WORD = r"[A-Za-z][\w-]*"
# (two names take no comma: in "the national average, and urbanization rate"
# the comma ends a clause)
_ELIDED_RE = re.compile(rf"(?<![\w-])({_WORD}(?:\s*,\s*{_WORD})+\s*,?\s+and\s+{_WORD}|{_WORD}\s+and\s+{_WORD}"
                        rf"|{_WORD}(?:\s+to\s+{_WORD})+)"
                        rf"\s+(?!(?:of|in|for|to|and|or|the|at|by|from|with|on)\b)({_WORD})(?=\W|$)")

# "... revenue and expenditure": the second noun after a name, sharing its modifier
_AND_HEAD_RE = re.compile(rf"\s+and\s+({_WORD})(?![\w-])")
_ELIDED_SEP_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+to\s+")
# "6.7: 45.3: 48.0": the parts of a ratio written with colons
_COLON_RE = re.compile(r"^\s*:\s*$")
# how far from 100 the parts of a whole may add up to, rounding included
_WHOLE_SLACK = 0.5


def coord_groups(s: str, ms: list[Mention]) -> list[list[int]]:
    """Runs of coordinated figures: "41 billion yuan ($6 billion), 33.1
    billion yuan and 9.7 billion yuan", "4.1%, 3.9% and 5.2%"."""
    groups: list[list[int]] = []
    for i, m in enumerate(ms):
        if groups and i - 1 == groups[-1][-1]:
            p = ms[i - 1]
            gap = s[(p.conv_end or p.end):m.start]
            if p.unit == m.unit and COORD_RE.match(gap):
                groups[-1].append(i)
                continue
        groups.append([i])
    return [g for g in groups if len(g) > 1]


def list_separator(gap: str) -> bool:
    """Whether `gap` joins two names of a list (", ", " and ", ", and ")."""
    return bool(LIST_SEP_RE.match(gap))


def _list_run(spans: list[tuple[int, int, object]], s: str, before: int, n: int):
    """The n coordinated names ("A, B and C") that end nearest before
    `before`, or None."""
    items = [x for x in spans if x[1] <= before]
    for k in range(len(items) - 1, n - 2, -1):
        run = [items[k]]
        j = k
        while j > 0 and len(run) < n and LIST_SEP_RE.match(s[items[j - 1][1]:items[j][0]]):
            j -= 1
            run.insert(0, items[j])
        if len(run) == n and (j == 0 or not LIST_SEP_RE.match(s[items[j - 1][1]:items[j][0]])):
            return [x[2] for x in run]
    return None


def _name_spans(s: str, hs, lo: int, before: int, n: int) -> list[tuple[int, int, str]]:
    """The indicator names of a sentence as (start, end, code) for pairing
    with the n listed figures from `before` on (`lo`: the end of the figure
    before them). A name that joins two names ("exports and imports",
    "import and export") is the whole of both, unless two figures follow it
    with no other figure between, and no breakdown word names parts around
    it ("private and state-owned firms' imports and exports"): then it is
    the list of both ("exports and imports were 300 billion and 200 billion
    yuan respectively"), in order."""
    out = []
    for h in hs:
        both = _conjuncts(s, h) if n == 2 and lo <= h.start and h.end <= before and " and " in s[h.start:h.end] else None
        if both is not None and catalogue.get().term_re.search(s, lo, before) is None:
            out.extend(both)
        else:
            out.append((h.start, h.end, h.codes[0]))
    return out


def _conjuncts(s: str, h) -> list[tuple[int, int, str]] | None:
    """The two names a name joins with "and", each of its own single code, or None."""
    m = re.fullmatch(r"(.+?)\s+and\s+(.+)", s[h.start:h.end], re.S)
    if m is None:
        return None
    alias = catalogue.get().indicator_alias
    a, b = alias.get(catalogue.alias_key(m.group(1))), alias.get(catalogue.alias_key(m.group(2)))
    if not a or not b or len(a) != 1 or len(b) != 1 or a[0] == b[0] or h.codes[0] in (a[0], b[0]):
        return None
    return [(h.start, h.start + m.end(1), a[0]), (h.start + m.start(2), h.end, b[0])]


def year_list(p: PeriodExpr) -> list[int] | None:
    """The years of a period that names several years ("in 2021 and 2022"),
    which the period rules read as one span; None for any other period."""
    if p.role != "period" or p.ptype != "span" or not _YEAR_LIST_RE.fullmatch(p.text):
        return None
    return [int(y) for y in _YEAR_RE.findall(p.text)]


# "in the first and second quarters of 2024", "from the first to fourth quarter of 2006", "the first, second
# and third quarters": quarters listed by their ordinals, the noun written once at the end
_QUARTER_LIST_RE = re.compile(
    r"(?<![\w-])(?:from\s+)?the\s+(?P<first>first|second|third|fourth)(?P<mid>(?:\s*,\s*(?:the\s+)?"
    r"(?:first|second|third|fourth))*)\s*(?P<join>,?\s*and|to)\s+(?:the\s+)?(?P<last>first|second|third|fourth)"
    r"\s+quarters?\b", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_ORDINAL_RE = re.compile(r"first|second|third|fourth", re.I)
# between a list of figures and its years or quarters: "in", or a few words and "in" ("increases recorded in")
_PERIOD_LIST_GAP_RE = re.compile(r"^\s*(?:(?:(?!and\b|while\b|but\b)[a-z-]+\s+){0,3}?(?:in|for|during)\s+)?$", re.I)


def _quarter_lists(sc: SentenceContext) -> list[tuple[int, list[PeriodExpr]]]:
    """(start, quarters) for each list of quarters the sentence names, each quarter of the year the
    period rules read for the last one ("the first and second quarters of 2024": Q1, Q2 of 2024)."""
    s, out = sc.s, []
    if "quarter" not in s:
        return out
    for q in _QUARTER_LIST_RE.finditer(s):
        last = next((p for p in sc.ps if p.ptype == "quarter" and p.pend is not None
                     and q.start() <= p.start < q.end()), None)
        if last is None:
            continue
        if q["join"].strip().lower() == "to":
            nums = list(range(_ORDINALS[q["first"].lower()], _ORDINALS[q["last"].lower()] + 1))
        else:
            nums = [_ORDINALS[w.lower()] for w in _ORDINAL_RE.findall(q["first"] + q["mid"] + " " + q["last"])]
        y = last.pend.year
        if len(nums) < 2 or len(set(nums)) != len(nums):
            continue
        out.append((q.start(), [PeriodExpr(q.start(), q.end(), "period", "quarter", date(y, 3 * n - 2, 1),
                                           _quarter_end(y, n), last.basis, text=f"Q{n} {y}") for n in nums]))
    return out


def _quarter_end(y: int, n: int) -> date:
    return date(y, 3 * n, 30 if n in (2, 3) else 31)



def _year_runs_in(ps: list[PeriodExpr], s: str) -> list[tuple[int, int, list[int]]]:
    """(start, end, years) of each list of several years. The period rules
    read "in 2021, 2022 and 2023" as the year 2021 and the span "2022 and
    2023", and "in 2017, 2018 and in 2019" as three years: bare years and
    year lists joined by list separators make one list."""
    runs: list[tuple[int, int, list[int]]] = []
    for p in sorted(ps, key=lambda p: p.start):
        ys = year_list(p)
        if ys is None and p.role == "period" and p.ptype == "year" and p.pend is not None \
                and _BARE_YEAR_RE.fullmatch(p.text):
            ys = [p.pend.year]
        if ys is None:
            runs.append((p.start, p.end, []))   # any other period ends a list
        elif runs and runs[-1][2] and p.start >= runs[-1][1] and LIST_SEP_RE.match(s[runs[-1][1]:p.start]):
            start, _, years = runs.pop()
            runs.append((start, p.end, years + ys))
        else:
            runs.append((p.start, p.end, ys))
    return [r for r in runs if len(r[2]) > 1]


def year_list_periods(sc: SentenceContext) -> dict[int, PeriodExpr]:
    """Figure index -> its own period, for coordinated figures with a list of
    as many years or quarters: "12 trillion and 13 trillion yuan in 2021 and
    2022 (respectively)" and "4.4 percent and 5.0 percent in the first and
    second quarters of 2024" pair them in order; so does a list of years
    before the figures when "respectively" follows them and names do not
    pair with them ("in 2021, 2022 and 2023, GDP grew by 8.0, 1.9 and 4.8
    percent respectively")."""
    s, ms = sc.s, sc.ms
    out: dict[int, PeriodExpr] = {}
    for start, qs in _quarter_lists(sc):
        for g in sc.groups:
            last = ms[g[-1]]
            end = last.conv_end or last.end
            if start >= end and len(qs) == len(g) and _PERIOD_LIST_GAP_RE.match(s[end:start]):
                out.update(zip(g, qs))
                break
    if not _YEAR_LIST_GATE_RE.search(s):
        return out
    runs = _year_runs_in(sc.ps, s)
    if not runs:
        return out
    starts = [r[0] for r in runs]
    for g in sc.groups:
        first, last = ms[g[0]], ms[g[-1]]
        end = last.conv_end or last.end
        k = bisect_left(starts, end)   # the list right after the figures, then the one right before them
        after = runs[k] if k < len(runs) and _PERIOD_LIST_GAP_RE.match(s[end:runs[k][0]]) else None
        k = bisect_left(starts, first.start) - 1
        before = runs[k] if k >= 0 and runs[k][1] <= first.start else None
        if after is not None and len(after[2]) == len(g):
            run = after
        elif before is not None and len(before[2]) == len(g) and _YEARS_BEFORE_GAP_RE.match(s, before[1], first.start) \
                and _respectively_after(s, end) and not any(i in sc.paired for i in g):
            run = before
        else:
            continue
        for i, y in zip(g, run[2]):
            out[i] = PeriodExpr(run[0], run[1], "period", "year", date(y, 1, 1), date(y, 12, 31),
                                "explicit", text=str(y))
    return out


def _respectively_after(s: str, end: int) -> bool:
    """"... 8.0, 1.9 and 4.8 percent respectively": the word follows the list."""
    r = s.find("respectively", end)
    return r >= 0 and _RESP_GAP_RE.match(s[end:r]) is not None


def respectively(sc: SentenceContext) -> dict[int, tuple]:
    """Figure index -> (region, code) for "respectively" lists: the names are
    paired with the figures in order. The names may be places ("Jiangmen,
    Zhaoqing and Shantou") or measures ("exports and imports"), in the same
    sentence or, for "the three cities", in the one before; "The figures
    represented growth of 1.1 and 9.5 percent, respectively" pairs with the
    measures the sentence before reported (`recent`, latest first)."""
    s, ms, place_ms, hs = sc.s, sc.ms, sc.place_ms, sc.hs
    prev_text, recent = sc.doc.prev_text, sc.doc.recent_indicators
    out: dict[int, tuple] = {}
    for g in sc.groups:
        last = ms[g[-1]]
        if "respectively" in s:
            r = s.find("respectively", last.conv_end or last.end)
            if r < 0 or not _RESP_GAP_RE.match(s[(last.conv_end or last.end):r]):
                # "production and sales of NEVs totaled X and Y, up A% and B%,
                # respectively", "the added value of the primary industry,
                # secondary industry and tertiary industry was X, Y and Z, a
                # growth of A%, B% and C% respectively": the levels pair with
                # the nouns listed right before them
                codes = _elided_in_order(s, ms, g) or _named_in_order(s, ms, hs, g)
                for k, i in enumerate(g if codes else ()):
                    out[i] = (None, codes[k])
                continue
        n, first = len(g), ms[g[0]].start
        regions = _list_run([(p.start, p.end, p.region) for p in place_ms], s, first, n)
        if regions is None and prev_text:
            pms = places.mentions(prev_text)
            regions = _list_run([(p.start, p.end, p.region) for p in pms], prev_text, len(prev_text), n)
        codes = _list_run(_name_spans(s, hs, ms[g[0] - 1].end if g[0] > 0 else 0, first, n), s, first, n)
        if codes is None:
            elided = elided_codes(s, ms[g[0] - 1].end if g[0] > 0 else 0, first, n)
            codes = [c or "unclassified" for c in elided] if elided is not None else None
        if codes is None and len(recent) == n and cues().anaphoric_measure.search(s, 0, first):
            codes = list(reversed(recent))
        if regions is None and codes is None:
            continue
        for k, i in enumerate(g):
            out[i] = (regions[k] if regions else None, codes[k] if codes else None)
    return out


def paired_in_order(sc: SentenceContext) -> dict[int, tuple]:
    """"Guangzhou and Shenzhen recorded GDP of 3.04 trillion yuan and 3.46
    trillion yuan": as many coordinated figures as coordinated places just
    before them pair in order, as with "respectively" (unless the measures
    are the list: "exports and imports reached X and Y", or the places are
    trading partners: "exports to A and B")."""
    s, ms, place_ms, hs, listed_years = sc.s, sc.ms, sc.place_ms, sc.hs, sc.listed_years
    out: dict[int, tuple] = {}
    for g in sc.groups:
        if g[0] in listed_years:
            continue   # "A and B's trade reached X and Y in 2022 and 2023": the years pair
        n, first = len(g), ms[g[0]]
        lo = ms[g[0] - 1].end if g[0] > 0 else 0
        codes = _list_run(_name_spans(s, [h for h in hs if h.start >= lo], lo, first.start, n), s, first.start, n)
        if codes is None or len(set(codes)) != n:
            codes = _elided_in_order(s, ms, g) or codes
        if codes is not None and len(set(codes)) == n:
            for k, i in enumerate(g):
                out[i] = (None, codes[k])
            continue
        spans = [(p.start, p.end, p) for p in place_ms if p.start >= lo and p.region]
        run = _list_run(spans, s, first.start, n)
        if run is None or len({p.region for p in run}) < n \
                or any(_PARTNER_BEFORE_RE.search(s, max(0, p.start - 12), p.start) for p in run):
            continue
        for k, i in enumerate(g):
            out[i] = (run[k].region, None)
    return out


def count_lists(s: str, ms: list[Mention], hs) -> dict[int, str]:
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
        codes = {i: indicators.choose(s, (ms[i].start, ms[i].end), "count", "level", hs, noun_only=True) for i in run}
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


def pair_rates_with_levels(sc: SentenceContext, out: list[Fact]) -> None:
    """"484,000 technology contracts and a transaction volume of 2.24 trillion
    yuan, a growth of 17.5% and 26.6%, respectively": rates listed with no
    names of their own pair in order with the levels just before them."""
    s, sent, ms, paired = sc.s, sc.sent, sc.ms, sc.paired
    for gi, g in enumerate(sc.groups):
        last = ms[g[-1]]
        r = s.find("respectively", last.conv_end or last.end)
        if (r < 0 or not _RESP_GAP_RE.match(s[(last.conv_end or last.end):r])) \
                and not (gi > 0 and _respectively_between(s, ms[sc.groups[gi - 1][-1]], ms[g[0]])):
            continue
        first_at = sent.orig(ms[g[0]].start)
        starts = {sent.orig(ms[i].start) for i in g}
        levels = [f for f in out if f.start < first_at and f.metric == "level"][-len(g):]
        if len(levels) == len(g):
            _pair_shares_with_parts(sc, out, [k for k, f in enumerate(out) if f.start in starts and f.metric == "share_pct"],
                                    levels, last.conv_end or last.end)
        if any(i in paired for i in g):
            continue
        rates = [k for k, f in enumerate(out) if f.start in starts and f.metric in _RATE_METRICS]
        if len(rates) == len(g) == len(levels):
            _date_rates_by_levels(out, rates, levels)
        series = [(f.indicator, f.breakdown) for f in levels]
        named = [c for c in series if c[0] != "unclassified"]
        if len(rates) != len(g) or len(levels) != len(g) or len(set(named)) != len(named):
            continue
        for k, (code, part) in zip(rates, series):
            # each rate is its level's growth: the same series, a part's
            # (or nothing we can name) if the level is one
            out[k] = replace(out[k], indicator=code, breakdown=part)


def _respectively_between(s: str, prev_last: Mention, first: Mention) -> bool:
    """"reached 45 billion yuan and 43 billion yuan respectively, up 35
    percent and 21 percent": the word closes the levels' list and the rates'
    list follows at once, in the same order."""
    end = prev_last.conv_end or prev_last.end
    r = s.find("respectively", end, first.start)
    return r >= 0 and _RESP_GAP_RE.match(s[end:r]) is not None \
        and _RESP_LEAD_RE.fullmatch(s, r + len("respectively"), first.start) is not None


def _date_rates_by_levels(out: list[Fact], rates: list[int], levels: list[Fact]) -> None:
    """"50 billion yuan last year and 30 billion yuan in the first five months of this year, up 12
    percent and 20 percent, respectively": rates that share one period (the sentence's nearest)
    after levels of different periods are each of its level's period."""
    when = [(f.period_type, f.period_start, f.period_end) for f in levels]
    if len(set(when)) != len(when) or None in (w[2] for w in when) \
            or len({(out[k].period_type, out[k].period_end) for k in rates}) != 1:
        return
    for k, (ptype, pstart, pend) in zip(rates, when):
        if out[k].metric == "yoy_growth_pct" and ptype in ("year", "ytd", "quarter", "month", "as_of"):
            out[k] = replace(out[k], period_type=ptype, period_start=pstart, period_end=pend)


def _pair_shares_with_parts(sc: SentenceContext, out: list[Fact], shares: list[int], levels: list[Fact],
                            end: int) -> None:
    """"30,000 utility model applications and 20,000 design applications,
    accounting for 40% and 25% of its patent applications, respectively":
    shares listed after parts of one measure, of that measure, are each
    part's share in order (never the whole's)."""
    code = levels[0].indicator
    parts = [f.breakdown for f in levels]
    if len(shares) != len(levels) or code == "unclassified" or any(f.indicator != code for f in levels) \
            or None in parts or len(set(parts)) != len(parts) \
            or indicators.share_whole(sc.s, end, sc.hs) != code \
            or any(out[k].indicator not in ("unclassified", code) for k in shares):
        return
    for k, part in zip(shares, parts):
        out[k] = replace(out[k], indicator=code, breakdown=part)


def _elided_in_order(s: str, ms: list[Mention], g: list[int]) -> list[str] | None:
    """"production and sales of NEVs reached X and Y": the codes of the
    nouns listed right before coordinated figures, each with the head or
    "of" phrase they share ("unclassified" for a name the catalogue lacks)."""
    lo = ms[g[0] - 1].end if g[0] > 0 else 0
    elided = elided_codes(s, lo, ms[g[0]].start, len(g))
    return [c or "unclassified" for c in elided] if elided is not None else None


def _named_in_order(s: str, ms: list[Mention], hs, g: list[int]) -> list[str] | None:
    """The codes of as many different catalogue names as coordinated
    figures, listed between the figure before them and the first of them."""
    lo, first = ms[g[0] - 1].end if g[0] > 0 else 0, ms[g[0]].start
    codes = _list_run(_name_spans(s, [h for h in hs if h.start >= lo], lo, first, len(g)), s, first, len(g))
    return codes if codes is not None and len(set(codes)) == len(codes) else None


def _of_list_re(n: int) -> re.Pattern:
    """"production and sales of new energy vehicles": n nouns listed before
    the "of" phrase they all take (exactly n: in "In the year, production and
    sales of ..." the clause's opening word is no item)."""
    more = rf"(?:\s*,\s*{_WORD}){{{n - 2}}}\s*,?" if n > 2 else ""   # "A and B", "A, B and C"
    return re.compile(rf"(?<![\w-])({_WORD}{more}\s+and\s+{_WORD})\s+of\s+")


def elided_codes(s: str, lo: int, hi: int, n: int) -> list[str | None] | None:
    """The catalogue codes of n names listed between lo and hi that share
    the head noun after the last one ("the primary, secondary and tertiary
    industries": primary industries, secondary industries, ...) or the "of"
    phrase after it ("production and sales of new energy vehicles"), the
    nearest such list before hi; None when there is none of n names, when
    not one of them names a catalogue measure, or when names sharing a head
    are not all catalogued. In an "of" list a name the catalogue lacks is
    None (its figure stays unclassified)."""
    found = None
    for m in _ELIDED_RE.finditer(s, lo, hi):
        items = _ELIDED_SEP_RE.split(m.group(1))
        if len(items) == n:
            found = (m.start(), [f"{w} {m.group(2)}" for w in items], "")
    for m in _of_list_re(n).finditer(s, lo, hi):
        items = _ELIDED_SEP_RE.split(m.group(1))
        if len(items) == n and (found is None or m.start() > found[0]) and not _whole_name_code(m.group(1)):
            # (not "imports and exports of": one measure, trade, whose name has an "and")
            found = (m.start(), items, s[m.end():hi])
    if n == 2:
        for h in indicators.hits(s[lo:hi]):
            # "fiscal revenue and expenditure", "R&D spending and personnel": the
            # second noun takes the first name's modifier ("fiscal expenditure")
            name, m = s[lo + h.start:lo + h.end], _AND_HEAD_RE.match(s, lo + h.end)
            if m is not None and " " in name:
                other = f"{name.rsplit(' ', 1)[0]} {m.group(1)}"
                if _whole_name_code(other) not in (None, _whole_name_code(name)) and not _whole_name_code(f"{name} and {m.group(1)}"):
                    # (both catalogued: it wins over reading "revenue and expenditure reached" as sharing "reached")
                    found = (lo + h.start, [name, other], "")
    if found is None:
        return None
    start, items, of_what = found
    codes = [_whole_name_code(w) if not of_what else _of_name_code(w, of_what) for w in items]
    named = [c for c in codes if c]
    if not named or len(set(named)) != len(named) or (not of_what and len(named) < n):
        return None   # (names sharing a head: all of them catalogued, or no pairing)
    if _measure_about_re().search(s, max(0, start - 40), start) is not None:
        # "investment in the secondary and tertiary industries grew 11.3 and
        # 10.6 percent": another measure about each name (its part, which the
        # measure phrase may name, or one we lack), never the names' own measures
        return [None] * n
    return codes


@lru_cache(maxsize=1)
def _measure_about_re() -> re.Pattern:
    # "investment in the ", "exports of its ", "that in the " (the measure just named, pointed back to)
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{measure_head}|that|those)\s+(?:in|for|of|on)\s+"
                                       r"(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def _of_name_code(noun: str, of_what: str) -> str | None:
    """The code an alias names that starts with the noun and runs into its
    "of" phrase ("sales" + "new energy vehicles in China": none; "production"
    + ...: production of new energy vehicles), else None."""
    phrase = f"{noun} of {of_what}"
    hs = [h for h in indicators.hits(phrase) if h.start == 0 and h.end > len(noun) + 4]
    return hs[0].codes[0] if hs and len(hs[0].codes) == 1 else None


def _whole_name_code(phrase: str) -> str | None:
    """The code an alias names when it is the whole phrase, else None."""
    hs = indicators.hits(phrase)
    whole = [h for h in hs if h.start == 0 and h.end == len(phrase)]
    return whole[0].codes[0] if whole and len(whole[0].codes) == 1 else None


def _ratio_runs(s: str, ms: list[Mention]) -> list[list[int]]:
    """Runs of plain numbers joined by colons ("6.7: 45.3: 48.0")."""
    runs: list[list[int]] = []
    for i in range(1, len(ms)):
        if ms[i].kind == "digits" and _COLON_RE.match(s[ms[i - 1].end:ms[i].start]):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i - 1, i])
    return runs


def listed_shares(sc: SentenceContext) -> dict[int, str]:
    """Figure index -> the code of the part it is the share of ("unclassified"
    for a part the catalogue lacks), for percentages (or the parts of a ratio
    with colons) that add up to 100 and follow a list of as many names of
    parts: "the primary, secondary and tertiary industries were 7.5%, 49.7%
    and 42.8%", "the ratio of primary to secondary to tertiary industry was
    6.7:45.3:48.0". Figures that do not add up to a whole, or with no list of
    as many names, are left to the other rules."""
    s, ms, hs = sc.s, sc.ms, sc.hs
    out: dict[int, str] = {}
    groups = [g for g in sc.groups if ms[g[0]].unit == "percent"] + _ratio_runs(s, ms)
    for g in groups:
        if abs(sum(ms[i].value for i in g) - 100) > _WHOLE_SLACK:
            continue
        n, first = len(g), ms[g[0]].start
        lo = ms[g[0] - 1].end if g[0] > 0 else 0
        codes = _list_run([(h.start, h.end, h.codes[0]) for h in hs if h.start >= lo], s, first, n)
        if codes is None or len(set(codes)) != n:
            codes = elided_codes(s, lo, first, n)
        if codes is None and n == 3:
            codes = _three_sectors(s, lo, first)
        if codes is None:
            continue
        for i, code in zip(g, codes):
            out[i] = code or "unclassified"
    return out


_SECTORS = ["primary_industry_added_value", "secondary_industry_added_value", "tertiary_industry_added_value"]
# "shifted to 4.4:47.7:47.9 from 4.7:47.8:47.5": a ratio after "from" is the one before the move
_FROM_LEFT_RE = re.compile(r"\bfrom\s+$", re.I)


def _three_sectors(s: str, lo: int, first: int) -> list[str] | None:
    """The three sectors' codes for three shares that add up to 100 after
    words naming them only together ("the ratio of the three industries was
    4.4:47.7:47.9", "the first, secondary and tertiary industry"), in the
    conventional order; None otherwise, and for the starting ratio of a move
    ("from 4.7:47.8:47.5"), whose period the sentence does not give."""
    if "three" not in s and "first" not in s or _FROM_LEFT_RE.search(s, max(lo, first - 8), first):
        return None
    return list(_SECTORS) if cues().three_sectors.search(s, lo, first) else None
