"""How the pieces of a table read (tables.py finds the tables and reads
their cells): a line cut into cells, a number cell or an empty one, a
column head (a period, a metric such as "% change" or "Share (%)", a level
word such as "Value", a unit in brackets, a measure), heads stacked over
heads, a row label (its measure, unit, period or place, and whether it is a
part: "Of which: exports"), and the title above a table (one period, a
unit, the measure a total row is the total of).

The cue words are in seeds/cues.csv, kinds table_*.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from . import catalogue, periods, places

# A cell that is a number: "1,234.5", "-3.2", "−3.2", "+0.8", "12.5%", with a footnote mark
_NUM_RE = re.compile(r"(?P<sign>[-+−–])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<pct>\s?%)?[*#†^]?")
_UNIT_CELL_RE = re.compile(r"(?P<pre>HK\$|US\$|MOP\$?|RMB|¥|\$)?\s?(?P<num>[-+−–]?\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))"
                           r"(?:\s+(?P<u>[A-Za-z][A-Za-z .]{0,30}?))?\.?")
# An empty cell: not available, nil, not applicable
_EMPTY_RE = re.compile(r"-{1,2}|[—–…]|\.{2,3}|n\.?\s?a\.?|n/a|x|nil|\*|#", re.I)   # "#": a change within rounding
_PAREN_RE = re.compile(r"\(([^()]*)\)|（([^（）]*)）")
_BASE_GLUE_RE = re.compile(r"\s*(?:over|vs\.?|versus|compared\s+with|against)\s*", re.I)
_CUT_CELL_RE = re.compile(r"[^\t|]+")
_SPACED_RE = re.compile(r"\S {2,}\S")
_SPACED_CELL_RE = re.compile(r"\S+(?: \S+)*")
_UNIT_LABEL_RE = re.compile(r"^\s*(?:unit|units)\s*[:：]\s*", re.I)
_PERCENT_RE = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.I)
# "100 million", "10,000", "mn": a release's scale words, as our sentences spell them
_SCALES = ((re.compile(r"^(?:100|one hundred) million\b", re.I), "hundred million"),
           (re.compile(r"^(?:10,000|10000|10 thousand|ten thousand)\b", re.I), "ten thousand"),
           (re.compile(r"^(?:1,000|1000|thousand|'000)\b", re.I), "thousand"),
           (re.compile(r"^(?:mn|mln|m)\b\.?", re.I), "million"),
           (re.compile(r"^(?:bn|bln)\b\.?", re.I), "billion"))
_SCALE_WORD_RE = re.compile(r"(?:hundred |ten )?(?:thousand|million|billion|trillion)", re.I)   # "(million)": a count
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_SECTION_RE = re.compile(r"[A-Z][A-Z ]{2,20}|[A-Z][a-z]+")   # "VALUE", "Volume": a one-word section line
_PREFIX_RE = re.compile(r"^(HK\$|US\$|MOP\$?|RMB|\$|¥|€|£)\s*")
# words a column head joins its parts with, which name no measure ("% change in value")
_GLUE = frozenset("in of at by the and for from on to vs vs. over compared with a an than same period last year".split())


@lru_cache(maxsize=1)
def _units_re() -> re.Pattern:
    """The unit surfaces of seeds/units.csv ("yuan", "tons", "kWh")."""
    words = sorted(catalogue.get().units, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])", re.I)


@lru_cache(maxsize=32)
def _cue(kind: str) -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w])(?:{" + kind + r"})(?![\w])", re.I)


@dataclass(slots=True)
class Head:
    """What a column head (or a row label, or a title) says about its cells."""
    text: str = ""
    period: periods.PeriodExpr | None = None
    metric: str | None = None      # level | growth | share
    unit: str | None = None        # as written: "HK$ million", "100 million yuan", "%"
    measure: str = ""              # words left once period, metric and unit are read
    volume: bool = False           # "volume": a measure the row label does not name
    place: str | None = None       # a row label that is only a place name
    unit_col: bool = False         # "Unit": the column gives each row's unit, no figures
    described: bool = False        # it says what its cells are ("Value of sales", "% change")


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield line, pos
        pos += len(line) + 1


def _split(line: str, base: int) -> list[tuple[str, int, int]] | None:
    """Cells of a line cut by tabs, pipes or runs of 2+ spaces; None when
    the line has no such separator (a flattened line)."""
    if "\t" in line or "|" in line:
        rx = _CUT_CELL_RE
    elif _SPACED_RE.search(line):
        rx = _SPACED_CELL_RE
    else:
        return None
    out = []
    for m in rx.finditer(line):
        t = m.group(0).strip()
        if t:
            a = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            out.append((t, base + a, base + a + len(t)))
    return out


def _is_num(t: str) -> bool:
    return _NUM_RE.fullmatch(t) is not None or _with_unit(t) is not None


def _is_cell(t: str) -> bool:
    return _is_num(t) or _EMPTY_RE.fullmatch(t) is not None


def _with_unit(t: str) -> tuple[str, str] | None:
    """A cell that carries its own unit ("5.78 trillion yuan", "HK$30.1 billion"):
    its number and its unit; None for any other cell."""
    m = _UNIT_CELL_RE.fullmatch(t)
    if m is None or not (m["pre"] or m["u"] and _unit_words(m["u"])):
        return None
    return m["num"], " ".join(x for x in (m["pre"], m["u"]) if x)


# ---- heads ---------------------------------------------------------------

def _read_head(t: str, ref: date | None) -> Head | None:
    """One column head, or None when some of it cannot be read (an index
    base "2019=100", a fiscal year "2023/24", a word we do not know as a head
    next to a period)."""
    h = Head(text=t)
    if _cue("table_unit_head").fullmatch(t.strip(" :")):
        h.unit_col = True
        return h
    rest = t
    for m in _PAREN_RE.finditer(t):
        inner = (m.group(1) or m.group(2) or "").strip()
        if _PERCENT_RE.fullmatch(inner) or inner in ("%", "per cent", "percent"):
            h.unit = "%"
        elif inner and _unit_words(inner):
            h.unit = _UNIT_LABEL_RE.sub("", inner)
        else:
            continue
        rest = rest.replace(m.group(0), " ")
    words = rest   # the metric cues are read before the periods are cut out ("year-on-year" is a base)
    ps = [p for p in periods.find_periods(rest, ref) if p.role in ("period", "base")]
    main = [p for p in ps if p.role == "period"]
    if len(main) == 2 and _BASE_GLUE_RE.fullmatch(rest[main[0].end:main[1].start]):
        main = main[:1]   # "Jan-Mar 2024 over Jan-Mar 2023": the second is the base
    if len(main) > 1:
        return None
    for p in sorted(ps, key=lambda p: -p.start):
        rest = rest[:p.start] + " " + rest[p.end:]
    if main:
        h.period = main[0]
    if re.search(r"\d", rest):
        return None
    low = rest
    if _cue("table_growth_head").search(words) or (ps and len(ps) > 1 and _PERCENT_RE.search(t)):
        if not (_PERCENT_RE.search(t) or _cue("table_yoy_head").search(words) or re.search(r"growth", words, re.I)):
            return None   # "Change" alone: an amount or a rate, we cannot tell
        h.metric = "growth"
    elif _cue("table_share_head").search(words):
        h.metric = "share"
    elif _PERCENT_RE.search(words):
        h.unit = "%"
    if _cue("table_volume_head").search(words):
        h.volume = True
    h.described = bool(h.metric) or _cue("table_level_head").search(words) is not None
    for kind in ("table_growth_head", "table_yoy_head", "table_share_head", "table_level_head", "table_volume_head"):
        low = _cue(kind).sub(" ", low)
    low = _cue("table_note_head").sub(" ", low)
    h.measure = " ".join(w for w in re.sub(r"[%:;,/()]", " ", low).split()
                         if w.lower() not in _GLUE and re.search(r"[A-Za-z]", w))
    if h.period is None and not h.metric and not h.unit and not h.measure and not h.volume \
            and not _cue("table_level_head").search(t):
        return None
    return h


def _unit_words(s: str) -> bool:
    """Whether bracketed words are a unit ("HK$ million", "100 million yuan", "10,000 tons")."""
    s = _UNIT_LABEL_RE.sub("", s)
    return _PREFIX_RE.match(s) is not None or _units_re().search(s) is not None \
        or any(rx.match(s) for rx, _ in _SCALES) or _SCALE_WORD_RE.fullmatch(s.strip()) is not None


def _header(line: str, base: int, ref: date | None, strict: bool = True) -> list[Head] | None:
    """The column heads of a head line, without the label column's head;
    strict: some head must be a period or a metric (a lower head line,
    "Value | Volume", need not)."""
    if not line.strip() or len(line) > 300:
        return None
    cells = _split(line, base)
    if cells is None:
        months = _month_heads(line, ref)
        if months is not None:
            return months
        return _flat_header(line, ref) if strict else None
    texts = [t for t, _, _ in cells]
    if texts and _cue("table_label_head").fullmatch(texts[0].strip(" :")):
        texts = texts[1:]
    heads = [_read_head(t, ref) for t in texts]
    if heads and heads[0] is None:
        heads = heads[1:]   # the label column's head ("Type of outlet")
    if not heads or any(h is None for h in heads) or (strict and not any(h.period or h.metric for h in heads)):
        return None
    return heads


def _is_month(t: str) -> bool:
    return t.lower().rstrip(".") in periods.MONTHS


def _month_heads(line: str, ref: date | None) -> list[Head] | None:
    """"2016 Aug July": months after one year are that year's; "Aug July"
    alone are months whose year a head line above gives (_stacked)."""
    toks = line.split()
    year = toks[0] if toks and _YEAR_RE.fullmatch(toks[0]) else None
    months = toks[1:] if year else toks
    if len(months) < 2 or not all(_is_month(t) for t in months):
        return None
    if year is None:
        return [Head(text=t) for t in months]
    heads = [_read_head(f"{t} {year}", ref) for t in months]
    return None if any(h is None or h.period is None for h in heads) else heads


def _flat_header(line: str, ref: date | None) -> list[Head] | None:
    """"2023 2024 Growth (%)": a head line flattened to single spaces is read
    as periods and metric heads in a row, after an optional label head."""
    if _NOT_HEAD_START_RE.match(line):
        return None   # a head line opens with a word or a year, not a figure
    ps = [p for p in periods.find_periods(line, ref) if p.role == "period"]
    spans = [(p.start, p.end) for p in ps]
    for kind in ("table_growth_head", "table_share_head"):
        spans += [(m.start(), m.end()) for m in _cue(kind).finditer(line)
                  if not any(a <= m.start() < b for a, b in spans)]
    if not spans:
        return None
    spans.sort()
    # a bracket right after a head belongs to it: "Growth (%)", "2024 (HK$ million)"
    merged = []
    for a, b in spans:
        m = re.match(r"\s*(?:\([^()]*\)|%)", line[b:])
        merged.append((a, b + (m.end() if m else 0)))
    lead = line[:merged[0][0]].strip(" :")
    if lead and not _cue("table_label_head").fullmatch(lead):
        return None
    for (_, b), (a, _) in zip(merged, merged[1:]):
        if line[b:a].strip():
            return None
    if line[merged[-1][1]:].strip():
        return None
    heads = [_read_head(line[a:b], ref) for a, b in merged]
    return None if any(h is None for h in heads) else heads


def _over(t: Head, h: Head) -> Head:
    """A head under a head that spans it: the lower one says more."""
    return Head(text=t.text + " " + h.text, period=h.period or t.period, metric=h.metric or t.metric,
                unit=h.unit or t.unit, measure=h.measure or t.measure, volume=h.volume or t.volume,
                described=h.described or t.described)


def _spanned(top: list[Head], low: list[Head]) -> list[Head] | None:
    """Heads over heads: "2024" over "Value" and "% change"; or a line of
    units under as many heads ("2024" over "(100 million yuan)")."""
    if len(low) == len(top) and all(h.unit and not (h.period or h.metric or h.measure) for h in low):
        return [_over(t, h) for t, h in zip(top, low)]
    if len(low) <= len(top) or len(low) % len(top) or not all(h.period for h in top) \
            or any(h.period for h in low):
        return None
    q = len(low) // len(top)
    return [_over(top[j // q], h) for j, h in enumerate(low)]


def _stacked(levels: list[list[Head]], ref: date | None) -> list[list[Head]]:
    """The column heads of one, two or three head lines, the upper ones
    spanning the lower: periods over "Value (HK$ million)" and "% change",
    and that "% change" over "Value" and "Volume" (a head with no heads
    under it spans one column). Ambiguous spans give nothing."""
    top = levels[0]
    if len(levels) > 1 and len(levels[1]) == len(top) and all(_is_month(h.text) for h in levels[1]) \
            and all(_YEAR_RE.fullmatch(h.text) for h in top):
        # years over months: "2016 2016" over "Aug July"
        heads = [_read_head(f"{m.text} {y.text}", ref) for y, m in zip(top, levels[1])]
        return [heads] if all(h is not None and h.period for h in heads) and len(levels) == 2 else []
    tops = [top]
    if len(top) > 1 and not top[0].period and (top[0].metric or top[0].unit):
        # a corner head over the labels says what every column holds: "GDP growth (%)"
        # over columns of years and rows of places
        corner = top[0]
        if _cue("table_label_head").match(corner.measure):
            corner = Head(corner.text, None, corner.metric, corner.unit, "", corner.volume)
        tops = [[_over(corner, h) for h in top[1:]], top]
    elif len(top) > 1 and top[0].measure and not top[0].period:
        tops = [top[1:], top]   # the label column's head ("Type of retail outlet")
    if len(levels) == 1:
        return tops
    out = []
    for t in tops:
        mid = _spanned(t, levels[1])
        if len(levels) == 2:
            out += [mid] if mid else []
        else:
            out += [x for x in [_three(t, levels[1], levels[2])] if x]
    return out


def _three(top: list[Head], mid: list[Head], bot: list[Head]) -> list[Head] | None:
    """Periods over heads, some of which (a growth head) stand over the
    qualifiers "Value" and "Volume": in each period's group, the one growth
    head spans the qualifiers, every other head one column."""
    n = len(top)
    if len(mid) % n or len(bot) % n or not all(h.period for h in top) or any(h.period for h in mid + bot) \
            or any(h.metric or h.measure for h in bot):
        return None
    g, c = len(mid) // n, len(bot) // n
    out = []
    for k in range(n):
        heads, subs = mid[k * g:(k + 1) * g], bot[k * c:(k + 1) * c]
        growth = [h for h in heads if h.metric == "growth"]
        if len(growth) != 1 or c < 2:
            return None
        for h in heads:
            out += [_over(_over(top[k], h), b) for b in subs] if h is growth[0] else [_over(top[k], h)]
    return out



_LEAD_RE = re.compile(r"^(?:[-*•·]\s*|\(?\d{1,2}[.)]\s+|\(?[ivxIVX]{1,4}[.)]\s+|[a-z][.)]\s+)")
_NOTE_RE = re.compile(r"\s*(?:\((?:\d{1,2}|[a-z]|note\s*\d*)\)|[*#†]+)\s*$", re.I)


def _read_label(label: str, ref: date | None) -> tuple[Head, bool] | None:
    """The row label as a head: its measure words, a unit in brackets, a
    period (a table whose rows are periods), a place (a table of places);
    and whether it is a part of the row above ("Of which: exports")."""
    t = _NOTE_RE.sub("", _LEAD_RE.sub("", label.strip())).strip(" :")
    part = False
    m = _cue("part_marker").match(t)
    if m:
        part, t = True, t[m.end():].strip(" :,")
    h = Head(text=t)
    for pm in list(_PAREN_RE.finditer(t)):
        inner = (pm.group(1) or pm.group(2) or "").strip()
        if _PERCENT_RE.fullmatch(inner) or inner == "%":
            h.unit = "%"
        elif _unit_words(inner):
            h.unit = _UNIT_LABEL_RE.sub("", inner)
        else:
            continue
        t = t.replace(pm.group(0), " ")
    t = " ".join(t.split()).strip(" :,")
    ps = [p for p in periods.find_periods(t, ref) if p.role == "period"] if len(t) <= 40 else []
    if len(ps) == 1 and (ps[0].start, ps[0].end) == (0, len(t)):
        h.period = ps[0]   # a table whose rows are periods: "2023", "January", "Q1"
        return h, part
    if re.search(r"\d", t):
        return None   # digits in a label that is not a period: not a row we can read
    pms = places.mentions(t)
    if len(pms) == 1 and (pms[0].start, pms[0].end) == (0, len(t)):
        h.place = pms[0].region
        return h, part
    if not t:
        return None
    h.measure = t
    return h, part


def _title(lines, i: int, ref: date | None) -> tuple[Head, list[tuple[int, int]]]:
    """What the lines right above the table say of all its cells: one period,
    a unit ("(100 million yuan)", "Unit: HK$ million"); and where its unit
    brackets are (the sentence grammar reads "100 million yuan" there as a figure)."""
    h, spans = Head(), []
    seen = 0
    for j in range(i - 1, max(-1, i - 4), -1):
        line, base = lines[j]
        if not line.strip():
            continue
        if _SECTION_RE.fullmatch(line.strip(" :")):
            # "VALUE", "VOLUME": a section of the release's table, not its title
            h.volume = h.volume or _cue("table_volume_head").search(line) is not None
            continue
        seen += 1
        if seen > 2 or len(line) > 200:
            break
        for pm in _PAREN_RE.finditer(line):
            inner = (pm.group(1) or pm.group(2) or "").strip()
            if _says_growth(inner):
                h.metric = h.metric or "growth"   # "(percent change on year)": every cell a growth rate
            elif _unit_words(inner) or _PERCENT_RE.fullmatch(inner):
                h.unit = h.unit or _UNIT_LABEL_RE.sub("", inner)
                spans.append((base + pm.start(), base + pm.end()))
        if line.rstrip().endswith(":") and len(line) < 100 and _says_growth(_PAREN_RE.sub(" ", line)):
            h.metric = h.metric or "growth"
        um = re.search(r"(?:^|\s)(?:unit|units)\s*[:：]\s*(.+)$", line, re.I)
        if um and _unit_words(um.group(1)):
            h.unit = h.unit or um.group(1).strip(" .")
            spans.append((base + um.start(1), base + len(line)))
        ps = [p for p in periods.find_periods(line, ref) if p.role == "period"]
        if h.period is None and len({(p.pstart, p.pend) for p in ps}) == 1:
            h.period = ps[0]
        if seen == 1:
            h.measure = _title_measure(line, ps)
    return h, spans


_TABLE_NO_RE = re.compile(r"^\s*(?:table|chart|figure)\s*\d*\s*[:.]?\s*", re.I)


def _says_growth(t: str) -> bool:
    """Words that make every cell a growth rate: a growth cue with percent or year-on-year."""
    return _cue("table_growth_head").search(t) is not None and (
        _PERCENT_RE.search(t) is not None or _cue("table_yoy_head").search(t) is not None)


def _title_measure(line: str, ps) -> str:
    """"Table 1: Retail sales in March 2024 by type of outlet" -> "Retail
    sales": what a total row ("All retail outlets", "Total") is the total of."""
    t = line
    for p in sorted(ps, key=lambda p: -p.start):
        t = t[:p.start] + " " + t[p.end:]
    t = _PAREN_RE.sub(" ", _TABLE_NO_RE.sub("", t))
    for pm in sorted(places.mentions(t), key=lambda m: -m.start):   # whose it is, not what
        t = t[:pm.start] + " " + re.sub(r"^'s?\b", "", t[pm.end:])
    words = re.split(r"\s(?:by|in|for|during|at|as of)\s|[:;,(]", " " + t + " ")[0].split()
    while words and words[-1].lower() in _GLUE:
        words.pop()
    return " ".join(words) if 0 < len(words) <= 6 and not re.search(r"\d", t) else ""


_NOT_HEAD_START_RE = re.compile(r"\s*(?!(?:19|20)\d\d(?!\d))[\d.,+-]")
