"""Tables: statistics releases and the pages that copy them give figures as
rows of a table, which reach us as plain lines:

    Item                                  2023      2024    Growth (%)
    Total imports and exports (100 million yuan)  83,000  91,100  9.8
      Of which: exports                   53,000    58,000     8.0

A row has no verb, so the sentence grammar loses its cells or dates them by
whatever period the text stated last. Here a table block is found by its
head: a line whose every column head is read (a period, a metric such as
"% change" or "year-on-year", a level word such as "Value", a unit in
brackets, or a measure), followed by rows of a label and exactly as many
numbers as there are heads. Cells are split on tabs, pipes or runs of
spaces; a line flattened to single spaces is read from its end (its last
N tokens are the N cells). A head over several heads ("2024" over "Value"
and "% change") spans them.

Each cell is then read as a sentence in our own words ("In 2024, exports
reached 58,000 hundred million yuan.", "In 2024, exports grew by 8.0
percent year on year.") through the same extractor as any sentence, so
its measure comes from the row label by the same catalogue and measure
phrases (an unknown label stays unclassified with its words; "Of which:
exports" is written as a part of the total above it), its period and
metric from the column head (or the title above the table when no head
has a period), its place from the article (or from a row label that is
only a place name). The fact keeps the table line as its sentence and
the cell's offsets. A cell whose head cannot be read, or whose reading
does not come back with the period and metric the head gave, is left out:
precision first. The sentence grammar's facts on the lines of a table
that was read are replaced by the table's.

Cue words (growth, share and level heads, label-column heads, volume
heads) are in seeds/cues.csv, kinds table_*.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from . import catalogue, periods, places
from .facts import Fact

# A cell that is a number: "1,234.5", "-3.2", "−3.2", "+0.8", "12.5%", with a footnote mark
_NUM_RE = re.compile(r"(?P<sign>[-+−–])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<pct>\s?%)?[*#†]?")
# An empty cell: not available, nil, not applicable
_EMPTY_RE = re.compile(r"-{1,2}|[—–…]|\.{2,3}|n\.?\s?a\.?|N/?A|x|nil|\*")
_PAREN_RE = re.compile(r"\(([^()]*)\)|（([^（）]*)）")
_CUT_CELL_RE = re.compile(r"[^\t|]+")
_SPACED_RE = re.compile(r"\S {2,}\S")
_SPACED_CELL_RE = re.compile(r"\S+(?: \S+)*")
_TOKEN_RE = re.compile(r"\([^()]*\)|\S+")
_YEAR_LABEL_RE = re.compile(r"(?:19|20)\d\d")   # a row of a table whose rows are years
_SEP_LINE_RE = re.compile(r"^[\s|:+=-]*$")
_UNIT_LABEL_RE = re.compile(r"^\s*(?:unit|units)\s*[:：]\s*", re.I)
_PERCENT_RE = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.I)
# "100 million", "10,000", "mn": a release's scale words, as our sentences spell them
_SCALES = ((re.compile(r"^(?:100|one hundred) million\b", re.I), "hundred million"),
           (re.compile(r"^(?:10,000|10000|10 thousand|ten thousand)\b", re.I), "ten thousand"),
           (re.compile(r"^(?:1,000|1000|thousand|'000)\b", re.I), "thousand"),
           (re.compile(r"^(?:mn|mln|m)\b\.?", re.I), "million"),
           (re.compile(r"^(?:bn|bln)\b\.?", re.I), "billion"))
_PREFIX_RE = re.compile(r"^(HK\$|US\$|MOP\$?|RMB|\$|¥|€|£)\s*")
_PREFIX_AS = {"MOP$": "MOP ", "MOP": "MOP ", "RMB": "RMB "}
_MAX_LABEL = 90
# words a column head joins its parts with, which name no measure ("% change in value")
_GLUE = frozenset("in of at by the and for from on to vs vs. over compared with a an than same period last year".split())
_MAX_ROWS = 80


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


@dataclass(slots=True)
class Row:
    label: str
    cells: list[tuple[str, int, int]]   # (cell text, start, end) in the document
    start: int                          # the line, in the document
    end: int
    part: bool = False
    unit: str | None = None             # from the table's unit column


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
    return _NUM_RE.fullmatch(t) is not None


def _is_cell(t: str) -> bool:
    return _is_num(t) or _EMPTY_RE.fullmatch(t) is not None


def _row(line: str, base: int, k: int, unit_at: int | None = None) -> Row | None:
    """A label and exactly k cells, the last cells of the line; the cell under
    a unit head (unit_at) holds the row's unit, on a line whose columns are cut."""
    cells = _split(line, base)
    unit = None
    if unit_at is not None:
        if cells is None or len(cells) != k + 1 or not _unit_words(cells[1 + unit_at][0]):
            return None
        unit = cells[1 + unit_at][0]
        cells = cells[:1 + unit_at] + [("-", 0, 0)] + cells[2 + unit_at:]
    if cells is None:
        toks = [(m.group(0), base + m.start(), base + m.end()) for m in _TOKEN_RE.finditer(line)]
        if len(toks) <= k:
            return None
        cells = toks[:-k] and [(" ".join(t for t, _, _ in toks[:-k]), toks[0][1], toks[-k - 1][2])] + toks[-k:]
    if len(cells) != k + 1 or not all(_is_cell(t) for t, _, _ in cells[1:]):
        return None
    if not any(_is_num(t) for t, _, _ in cells[1:]):
        return None
    label = cells[0][0]
    if not (re.search(r"[A-Za-z]", label) or _YEAR_LABEL_RE.fullmatch(label)) or len(label) > _MAX_LABEL or label.rstrip().endswith("."):
        return None
    return Row(label, cells[1:], base, base + len(line), unit=unit)


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
    for kind in ("table_growth_head", "table_yoy_head", "table_share_head", "table_level_head", "table_volume_head"):
        low = _cue(kind).sub(" ", low)
    h.measure = " ".join(w for w in re.sub(r"[%:;,/()]", " ", low).split() if w.lower() not in _GLUE)
    if h.period is None and not h.metric and not h.unit and not h.measure and not h.volume \
            and not _cue("table_level_head").search(t):
        return None
    return h


def _unit_words(s: str) -> bool:
    """Whether bracketed words are a unit ("HK$ million", "100 million yuan", "10,000 tons")."""
    s = _UNIT_LABEL_RE.sub("", s)
    return _PREFIX_RE.match(s) is not None or _units_re().search(s) is not None \
        or any(rx.match(s) for rx, _ in _SCALES)


def _header(line: str, base: int, ref: date | None) -> list[Head] | None:
    """The column heads of a head line, without the label column's head."""
    if not line.strip() or len(line) > 300:
        return None
    cells = _split(line, base)
    if cells is None:
        return _flat_header(line, ref)
    texts = [t for t, _, _ in cells]
    if texts and _cue("table_label_head").fullmatch(texts[0].strip(" :")):
        texts = texts[1:]
    heads = [_read_head(t, ref) for t in texts]
    if heads and heads[0] is None:
        heads = heads[1:]   # the label column's head ("Type of outlet")
    if not heads or any(h is None for h in heads) or not any(h.period or h.metric for h in heads):
        return None
    return heads


def _choices(heads: list[Head]) -> list[list[Head]]:
    """The heads, and without the first when it may be the label column's
    head that reads as a measure ("Type of retail outlet"): the rows decide."""
    if len(heads) > 1 and heads[0].measure and not heads[0].period and not heads[0].metric:
        return [heads, heads[1:]]
    return [heads]


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


def _spanned(top: list[Head], low: list[Head]) -> list[Head] | None:
    """Heads over heads: "2024" over "Value" and "% change"."""
    if len(low) <= len(top) or len(low) % len(top) or not all(h.period for h in top) \
            or any(h.period for h in low):
        return None
    q = len(low) // len(top)
    out = []
    for j, h in enumerate(low):
        t = top[j // q]
        out.append(Head(text=t.text + " " + h.text, period=t.period, metric=h.metric, unit=h.unit or t.unit,
                        measure=h.measure or t.measure, volume=h.volume))
    return out


# ---- rows ----------------------------------------------------------------

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
    if re.search(r"\d", t):
        ps = [p for p in periods.find_periods(t, ref) if p.role == "period"]
        if len(ps) != 1 or (ps[0].start, ps[0].end) != (0, len(t)):
            return None   # digits in a label that is not a period: not a row we can read
        h.period = ps[0]
        return h, part
    pms = places.mentions(t)
    if len(pms) == 1 and (pms[0].start, pms[0].end) == (0, len(t)):
        h.place = pms[0].region
        return h, part
    if not t:
        return None
    h.measure = t
    return h, part


def _rows(lines, i: int, heads: list[Head]) -> tuple[list[Row], int]:
    """The rows under a head line, and the index of the last line read."""
    rows: list[Row] = []
    blanks = sections = 0
    part_mode = False
    last = i
    k, flat_ok = len(heads), len(heads) >= 2
    unit_at = next((j for j, h in enumerate(heads) if h.unit_col), None)
    for j in range(i + 1, min(len(lines), i + 3 * _MAX_ROWS)):
        line, base = lines[j]
        if not line.strip():
            blanks += 1
            if blanks > 2:
                break
            continue
        blanks = 0
        if _SEP_LINE_RE.match(line):
            continue   # "|---|---|", "-----": a rule under the head
        r = _row(line, base, k, unit_at)
        if r is not None and (flat_ok or _split(line, base) is not None):
            r.part = part_mode or _cue("part_marker").match(_LEAD_RE.sub("", r.label.strip())) is not None
            rows.append(r)
            sections, last = 0, j
            continue
        t = line.strip()
        if sections < 2 and len(t) <= 60 and not re.search(r"\d", t) and not t.endswith(".") and rows:
            # a section line inside the table: "Of which:", "By ownership"
            sections += 1
            part_mode = _cue("part_marker").match(t) is not None
            continue
        break
    return rows, last


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
        seen += 1
        if seen > 2 or len(line) > 200:
            break
        for pm in _PAREN_RE.finditer(line):
            inner = (pm.group(1) or pm.group(2) or "").strip()
            if _unit_words(inner) or _PERCENT_RE.fullmatch(inner):
                h.unit = h.unit or _UNIT_LABEL_RE.sub("", inner)
                spans.append((base + pm.start(), base + pm.end()))
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


def _title_measure(line: str, ps) -> str:
    """"Table 1: Retail sales in March 2024 by type of outlet" -> "Retail
    sales": what a total row ("All retail outlets", "Total") is the total of."""
    t = line
    for p in sorted(ps, key=lambda p: -p.start):
        t = t[:p.start] + " " + t[p.end:]
    t = _PAREN_RE.sub(" ", _TABLE_NO_RE.sub("", t))
    words = re.split(r"\s(?:by|in|for|during|at|as of)\s|[:;,(]", " " + t + " ")[0].split()
    while words and words[-1].lower() in _GLUE:
        words.pop()
    return " ".join(words) if 0 < len(words) <= 6 and not re.search(r"\d", t) else ""


@dataclass(slots=True)
class Table:
    heads: list[Head]
    rows: list[Row]
    title: Head
    lines: tuple[int, int]               # first head line .. last row line, in the document
    notes: list[tuple[int, int]]         # unit brackets of the title


def find_tables(text: str, ref: date | None) -> list[Table]:
    """The table blocks of a text whose head line can be read."""
    if not _TABLE_HINT_RE.search(text):
        return []
    lines = list(_lines(text))
    out = []
    i = 0
    while i < len(lines):
        line, base = lines[i]
        heads = _header(line, base, ref) if _HEAD_HINT_RE.search(line) else None
        if not heads:
            t = _run_on(line, base, ref) if 60 < len(line) < 4000 else None
            if t is not None:
                title, notes = _title(lines, i, ref)
                out.append(Table(t[0], t[1], title, (base, base + len(line)), notes))
            i += 1
            continue
        top = i
        nxt = next((j for j in range(i + 1, min(len(lines), i + 3)) if lines[j][0].strip()), None)
        if nxt is not None:
            low = _header(lines[nxt][0], lines[nxt][1], ref)
            sp = _spanned(heads, low) if low else None
            if sp:
                heads, i = sp, nxt
        rows = []
        for hs in _choices(heads):
            rows, last = _rows(lines, i, hs)
            if rows:
                heads = hs
                break
        if not rows:
            i += 1
            continue
        title, notes = _title(lines, top, ref)
        out.append(Table(heads, rows, title, (lines[top][1], lines[last][1] + len(lines[last][0])), notes))
        i = last + 1
    return out


def _run_on(line: str, base: int, ref: date | None) -> tuple[list[Head], list[Row]] | None:
    """"Item 2023 2024 Growth (%) GDP (100 million yuan) 12,000 12,500 4.2
    Exports (100 million yuan) 5,000 5,400 8.0": a whole table run into one
    line. Read when a head of k columns opens it and the rest splits into
    at least two rows of a label and exactly k cells."""
    toks = [(m.group(0), base + m.start(), base + m.end()) for m in _TOKEN_RE.finditer(line)]
    for h_end in range(min(len(toks) - 1, 14), 1, -1):   # the longest head first
        if _is_cell(toks[h_end][0]):
            continue   # a row's label follows the head
        heads = _flat_header(line[:toks[h_end - 1][2] - base], ref)
        if heads and len(heads) >= 2:
            rows = _run_on_rows(toks[h_end:], len(heads), base, line)
            if rows:
                return heads, rows
    return None


def _run_on_rows(toks, k: int, base: int, line: str) -> list[Row] | None:
    rows, p = [], 0
    while p < len(toks):
        q = p
        while q < len(toks) and not _is_cell(toks[q][0]):
            q += 1
        cells = toks[q:q + k]
        if q == p or len(cells) != k or (q + k < len(toks) and _is_cell(toks[q + k][0])):
            return None
        label = line[toks[p][1] - base:toks[q - 1][2] - base]
        if len(label) > _MAX_LABEL or not any(_is_num(c) for c, _, _ in cells):
            return None
        rows.append(Row(label, list(cells), toks[p][1], cells[-1][2]))
        p = q + k
    return rows if len(rows) >= 2 else None


# two numbers side by side: some table may be here
_TABLE_HINT_RE = re.compile(r"\d%?[ \t|]+[-+−]?\d")
_NOT_HEAD_START_RE = re.compile(r"\s*(?!(?:19|20)\d\d(?!\d))[\d.,+-]")
_HEAD_HINT_RE = re.compile(r"\d|%|[A-Za-z]{3}")


# ---- cells ---------------------------------------------------------------

_ORD = ("first", "second", "third", "fourth")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def _when(p: periods.PeriodExpr) -> str | None:
    """A period as our sentences write it ("In 2024", "In January-March 2024")."""
    s, e = p.pstart, p.pend
    if s is None or e is None or p.ptype == "span":
        return None
    if p.ptype == "year":
        return f"In {e.year}"
    if p.ptype == "month":
        return f"In {_MONTH_NAMES[e.month - 1]} {e.year}"
    if p.ptype == "quarter":
        return f"In the {_ORD[(e.month - 1) // 3]} quarter of {e.year}"
    if p.ptype == "ytd" and s.month == 1 and s.year == e.year:
        if e.month == 1:
            return f"In January {e.year}"
        return f"In January-{_MONTH_NAMES[e.month - 1]} {e.year}"
    if p.ptype == "as_of" and periods.after(e).day == 1:
        return f"At the end of {_MONTH_NAMES[e.month - 1]} {e.year}"
    return None


def _amount(num: str, unit: str | None) -> str:
    """A cell's number with its unit, as a sentence writes it: "HK$12,345 million",
    "83,000 hundred million yuan"."""
    if not unit:
        return num
    if unit == "%" or _PERCENT_RE.fullmatch(unit):
        return f"{num} percent"
    pre = ""
    m = _PREFIX_RE.match(unit)
    if m:
        pre, unit = _PREFIX_AS.get(m.group(1), m.group(1)), unit[m.end():]
    for rx, words in _SCALES:
        sm = rx.match(unit)
        if sm:
            unit = words + unit[sm.end():]
            break
    return f"{pre}{num} {unit}".strip()


@dataclass(slots=True)
class Cell:
    """What one cell is to say: the sentence, where its figure is in it, and
    what the reading must come back with."""
    sentence: str
    at: int
    period: periods.PeriodExpr
    metric: str
    volume: bool


def _cell(row: Head, col: Head, title: Head, num: str, whole: tuple[Head, str] | None) -> Cell | None:
    if row.period is not None and col.period is not None:
        return None
    period = row.period or col.period or title.period
    if period is None or period.pend is None:
        return None
    when = _when(period)
    measure = row.measure or col.measure
    if row.measure and col.measure or not measure or when is None:
        return None
    metric = col.metric or row.metric or "level"
    unit = row.unit or col.unit or title.unit
    owner = f"{row.place}'s " if row.place else ""
    m = _NUM_RE.fullmatch(num)
    neg = m["sign"] in ("-", "−", "–")
    if metric == "growth":
        if row.unit == "%":
            return None   # growth of a rate: points or percent, we cannot tell
        say = lambda what, n, ng: f"{what} {'fell' if ng else 'grew'} by {n} percent year on year"
    elif metric == "share":
        say = lambda what, n, ng: None if ng else f"{what} accounted for {n} percent of the total"
    else:
        if m["pct"]:
            unit = "%"
        say = lambda what, n, ng: None if ng else f"{what} reached {_amount(n, unit)}"
    own = say(owner + measure, m["num"], neg)
    if own is None:
        return None
    head = f"{when}, "
    if whole is not None:
        wm = _NUM_RE.fullmatch(whole[1]) if whole[1] else None
        wsay = say(whole[0].measure, wm["num"], wm["sign"] in ("-", "−", "–")) if wm else None
        if wsay and whole[0].measure:
            head += f"{wsay}, of which "
    sentence = head + own + "."
    at = sentence.rfind(m["num"])
    return Cell(sentence, at, period, metric, col.volume or row.volume)


def _read_cell(cell: Cell, ref: date | None, region: str | None) -> Fact | None:
    """The fact the cell's sentence gives, if it comes back as the head said."""
    from .document import extract_facts   # the sentence path; document imports this module
    for f in extract_facts(cell.sentence, ref, default_region=region):
        if not f.start <= cell.at < f.end or f.is_target or f.problem:
            continue
        if (f.period_start, f.period_end) != (cell.period.pstart, cell.period.pend) and not (
                cell.period.ptype == "as_of" and f.period_end == cell.period.pend):
            return None
        want = {"growth": ("yoy_growth_pct",), "share": ("share_pct",)}.get(cell.metric, ("level", "share_pct"))
        if f.metric not in want or (f.metric == "share_pct" and cell.metric == "level" and f.unit != "percent"):
            return None
        return f
    return None


def table_facts(t: Table, text: str, ref: date | None, region: str | None) -> list[Fact]:
    """The facts of a table's cells."""
    out = []
    whole: tuple[Head, Row] | None = None
    year = t.title.period
    if year is not None and year.basis == "explicit" and year.ptype == "year":
        # "Jan-Mar" under a title of 2024: that year's, not the reference date's guess
        t.heads = [_with_year(h, year.pend.year, ref) for h in t.heads]
    for r in t.rows:
        lab = _read_label(r.label, ref)
        if lab is None:
            continue
        h, part = lab
        h.unit = r.unit or h.unit
        if t.title.measure and _is_total(h.measure):
            h.measure = t.title.measure   # "All retail outlets" under "Retail sales by type of outlet"
        if not (part or r.part):
            whole = (h, r)
        elif whole is not None and h.unit is None:
            h.unit = whole[0].unit   # a part is counted in its whole's unit
        line = text[r.start:r.end].strip()
        for j, (num, a, b) in enumerate(r.cells):
            if not _is_num(num):
                continue
            w = (whole[0], whole[1].cells[j][0]) if (part or r.part) and whole and whole[1] is not r else None
            cell = _cell(h, _inherit(t.heads, j), t.title, num, w)
            f = _read_cell(cell, ref, region) if cell is not None else None
            if f is None:
                continue
            mt = f.measure_text or h.measure or ""
            ind, bd = f.indicator, f.breakdown
            if cell.volume:
                ind, bd, mt = "unclassified", None, (h.measure or mt) + " (volume)"
            elif ind == "unclassified":
                mt = h.measure or mt
            out.append(replace(f, indicator=ind, breakdown=bd, measure_text=mt, sentence=line,
                               start=a, end=b, rule="table:" + f.rule))
    return out


def _with_year(h: Head, year: int, ref: date | None) -> Head:
    if h.period is None or h.period.basis == "explicit":
        return h
    ps = [p for p in periods.find_periods(f"{h.period.text} {year}", ref) if p.role == "period"]
    if len(ps) == 1 and ps[0].basis == "explicit" and ps[0].pend is not None and ps[0].pend.year == year:
        return replace(h, period=ps[0])
    return h


def _is_total(label: str) -> bool:
    """"Total", "Overall", "All retail outlets": a row that is the whole the title
    names; "Total exports" names its own measure."""
    m = _cue("table_total_label").match(label)
    return m is not None and (m.end() == len(label) or label.lower().startswith("all "))


def _inherit(heads: list[Head], j: int) -> Head:
    """Column j's head; a growth or share head without a period or measure
    of its own ("2023  2024  Growth (%)") takes the latest period and the
    nearest measure of the heads before it."""
    h = heads[j]
    if h.metric in ("growth", "share") and (h.period is None or not h.measure):
        before = heads[:j]
        dated = [x.period for x in before if x.period is not None and x.period.pend is not None]
        period = h.period or (max(dated, key=lambda p: p.pend) if dated else None)
        measure = h.measure or next((x.measure for x in reversed(before) if x.measure), "")
        return Head(h.text, period, h.metric, h.unit, measure, h.volume)
    return h


def with_tables(text: str, ref: date | None, region: str | None, facts: list[Fact]) -> list[Fact]:
    """The sentence facts, with those on the lines of each table that was
    read replaced by the table's own."""
    tables = find_tables(text, ref)
    if not tables:
        return facts
    added, covered = [], []
    for t in tables:
        got = table_facts(t, text, ref, region)
        if got:
            added.extend(got)
            covered.append(t.lines)
            covered.extend(t.notes)
    if not added:
        return facts
    kept = [f for f in facts if not any(a <= f.start < b for a, b in covered)]
    return kept + added
