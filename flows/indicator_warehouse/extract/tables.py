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

How a head, a label or a title reads is in table_heads.py; the cue words
(growth, share, level, volume and unit heads, label-column heads, total
labels) are in seeds/cues.csv, kinds table_*.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from . import periods
from .facts import Fact
from .table_heads import (
    Head, _LEAD_RE, _NOT_HEAD_START_RE, _NUM_RE, _PERCENT_RE, _PREFIX_RE, _SCALES, _cue, _flat_header, _header, _is_cell, _is_num,
    _lines, _read_head, _read_label, _split, _stacked, _title, _unit_words, _with_unit)

_NEWLINES_RE = re.compile(r"\s*\n\s*")
_SEP_LINE_RE = re.compile(r"^[\s|:+=-]*$")   # "|---|---|", "-----": a rule under the head
_TOKEN_RE = re.compile(r"\([^()]*\)|\S+")   # a flattened line's words, a bracket as one
_YEAR_LABEL_RE = re.compile(r"(?:19|20)\d\d")   # a row of a table whose rows are years
_PREFIX_AS = {"MOP$": "MOP ", "MOP": "MOP ", "RMB": "RMB "}   # currency signs as our sentences write them
_MAX_LABEL = 90
_MAX_ROWS = 80


@dataclass(slots=True)
class Row:
    label: str
    cells: list[tuple[str, int, int]]   # (cell text, start, end) in the document
    start: int                          # the line, in the document
    end: int
    part: bool = False
    unit: str | None = None             # from the table's unit column
    indent: int = 0                     # spaces before its label: a row set deeper is a part of the one above


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
    return Row(label, cells[1:], base, base + len(line), unit=unit, indent=len(line) - len(line.lstrip(" \t")))


# ---- rows ----------------------------------------------------------------
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
        if rows and sections == 0 and len(t) <= 40 and not re.search(r"\d", t) \
                and (rows[-1].label.rstrip().endswith(",") or t[:1].islower()):
            rows[-1].label += " " + t   # a label wrapped onto the next line: "Food, alcohol," / "tobacco"
            last = j
            continue
        if sections < 2 and len(t) <= 60 and not re.search(r"\d", t) and not t.endswith(".") and rows:
            # a section line inside the table: "Of which:", "By ownership"
            sections += 1
            part_mode = _cue("part_marker").match(t) is not None
            continue
        break
    return rows, last


@dataclass(slots=True)
class Table:
    heads: list[Head]
    rows: list[Row]
    title: Head
    lines: tuple[int, int]               # first head line .. last row line, in the document
    notes: list[tuple[int, int]]         # unit brackets of the title


_TWO_CELLS_RE = re.compile(r"\d[\d,.]*%?\s+[-+(]?\d")


def find_tables(text: str, ref: date | None) -> list[Table]:
    """The table blocks of a text whose head line can be read."""
    if not _has_table_hint(text):
        return []
    lines = list(_lines(text))
    out = []
    i, prev_last = 0, -99
    while i < len(lines):
        line, base = lines[i]
        heads = _header(line, base, ref) if _HEAD_HINT_RE.search(line) else None
        if not heads:
            # a run-on table holds rows of at least two cells side by side; a
            # paragraph of prose seldom has two numbers with only a space between
            t = _run_on(line, base, ref) if 60 < len(line) < 4000 and _TWO_CELLS_RE.search(line) else None
            if t is not None:
                title, notes = _title(lines, i, ref)
                out.append(Table(t[0], t[1], title, (base, base + len(line)), notes))
            v = _vertical(lines, i, ref) if t is None and _vertical_start(line) else None
            if v is not None:
                title, notes = _title(lines, i, ref)
                out.append(Table(v[0], v[1], title, (base, lines[v[2]][1] + len(lines[v[2]][0])), notes))
                i = v[2]
            i += 1
            continue
        top = i
        levels, ends = [heads], [i]
        for _ in range(2):
            nxt = next((j for j in range(ends[-1] + 1, min(len(lines), ends[-1] + 3)) if lines[j][0].strip()), None)
            low = _header(lines[nxt][0], lines[nxt][1], ref, strict=False) if nxt is not None else None
            if not low:
                break
            levels.append(low)
            ends.append(nxt)
        rows = []
        for depth in range(len(levels), 0, -1):   # the most head lines that read
            for hs in _stacked(levels[:depth], ref):
                rows, last = _rows(lines, ends[depth - 1], hs)
                if rows:
                    heads = hs
                    break
            if rows:
                break
        if not rows:
            i += 1
            continue
        title, notes = _title(lines, top, ref)
        if out and prev_last >= top - 4:
            # a second block right under a first ("VALUE" then "VOLUME"): one table, one title
            title = _inherit_title(title, out[-1].title)
        out.append(Table(heads, rows, title, (lines[top][1], lines[last][1] + len(lines[last][0])), notes))
        i, prev_last = last + 1, last
    return out


def _inherit_title(own: Head, above: Head) -> Head:
    return Head(own.text, own.period or above.period, own.metric or above.metric, own.unit or above.unit,
                own.measure or above.measure, own.volume)


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
            rows = _run_on_rows(toks[h_end:], len(heads))
            if rows:
                return heads, rows
    return None


def _run_on_rows(toks, k: int, whole: bool = True) -> list[Row] | None:
    """Rows of a label (one or more tokens) and exactly k cells, in a run of
    tokens; whole: the run must be all rows, else the rows it opens with."""
    rows, p = [], 0
    while p < len(toks):
        q = p
        while q < len(toks) and not _is_cell(toks[q][0]):
            q += 1
        cells = toks[q:q + k]
        label = " ".join(t for t, _, _ in toks[p:q])
        if q == p or len(cells) != k or (q + k < len(toks) and _is_cell(toks[q + k][0])) \
                or len(label) > _MAX_LABEL or not any(_is_num(c) for c, _, _ in cells):
            if whole:
                return None
            break
        rows.append(Row(label, list(cells), toks[p][1], cells[-1][2]))
        p = q + k
    return rows if len(rows) >= 2 else None


def _vertical(lines, i: int, ref: date | None) -> tuple[list[Head], list[Row], int] | None:
    """A table whose every cell is a line of its own (a page converted with
    a break after each cell): head lines, then a label and k cells, again and
    again. Read only when a run of at least two period or metric heads opens it."""
    items, blanks, j = [], 0, i
    while j < len(lines) and len(items) < 400:
        line, base = lines[j]
        t = line.strip()
        j += 1
        if not t:
            blanks += 1
            if blanks > 2:
                break
            continue
        blanks = 0
        if len(t) > _MAX_LABEL or _split(line, base) is not None:
            break
        a = base + line.index(t)
        items.append((t, a, a + len(t), j - 1))
    p = 1 if items and _cue("table_label_head").fullmatch(items[0][0].strip(" :")) else 0
    heads = []
    while p < len(items) and (not _is_cell(items[p][0]) or _YEAR_LABEL_RE.fullmatch(items[p][0])):
        h = _read_head(items[p][0], ref)
        if h is None or not (h.period or h.metric):
            break
        heads.append(h)
        p += 1
    if len(heads) < 2:
        return None
    rows = _run_on_rows([x[:3] for x in items[p:]], len(heads), whole=False)
    if not rows:
        return None
    last = next(x[3] for x in items if x[2] == rows[-1].cells[-1][2])
    return heads, rows, last


def _vertical_start(line: str) -> bool:
    """A short line that may open a table of one cell per line: a label
    column's head ("Item") or a head that opens with a word or a year."""
    t = line.strip(" \t:")
    return 0 < len(t) <= 40 and (_cue("table_label_head").fullmatch(t) is not None
                                  or not _NOT_HEAD_START_RE.match(t) and _HEAD_HINT_RE.search(t) is not None)


# two numbers side by side (or on lines of their own): some table may be here.
# The hint was one pattern of two branches, `\d...|[\t|]...`; re tried it at
# every position of the whole article. Apart, each opens with a character
# class that re scans for, and the second needs a tab or a bar, which most
# articles lack (the same answer: the hint is there when either branch is).
_NUMBERS_APART_RE = re.compile(r"\d%?[ \t|\n]+[-+−]?\d")
_CELL_NUMBER_RE = re.compile(r"[\t|][ \t]*(?:HK\$|US\$|\$)?[-+−]?\d")


def _has_table_hint(text: str) -> bool:
    return _NUMBERS_APART_RE.search(text) is not None or (
        ("\t" in text or "|" in text) and _CELL_NUMBER_RE.search(text) is not None)


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
    if row.measure and col.measure and not col.described or not measure or when is None:
        return None   # two measures ("Exports" under "GDP"): we cannot tell whose cell it is
    metric = col.metric or row.metric or title.metric or "level"
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
    return Cell(sentence, at, period, metric, col.volume or row.volume or title.volume)


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
    whole: tuple[Head, Row] | None = None   # the last row that is no 'of which' part
    stack: list[tuple[Head, Row]] = []      # the rows above, each less deep than the next
    year = t.title.period
    year = year.pend.year if year is not None and year.basis == "explicit" and year.ptype == "year" else None
    if year:
        # "Jan-Mar" under a title of 2024: that year's, not the reference date's guess
        t.heads = [_with_year(h, year, ref) for h in t.heads]
    for r in t.rows:
        lab = _read_label(r.label, ref)
        if lab is None:
            continue
        h, part = lab
        h = _with_year(h, year, ref) if year else h
        if year and h.period is None and h.measure:
            h = _label_period(h, year, ref)
        h.unit = r.unit or h.unit
        if t.title.measure and _is_total(h.measure):
            h.measure = t.title.measure   # "All retail outlets" under "Retail sales by type of outlet"
        while stack and stack[-1][1].indent >= r.indent:
            stack.pop()
        if not (part or r.part):
            whole = (h, r)
        of = whole if part or r.part else (stack[-1] if stack else None)
        stack.append((h, r))
        if of is not None and of[1] is not r and h.unit is None:
            h.unit = of[0].unit   # a part is counted in its whole's unit
        line = _NEWLINES_RE.sub(" ", text[r.start:r.end].strip())   # a row of one cell per line, as one line
        for j, (num, a, b) in enumerate(r.cells):
            if not _is_num(num):
                continue
            w = (of[0], of[1].cells[j][0]) if of is not None and of[1] is not r else None
            own = _with_unit(num)   # "5.78 trillion yuan": the cell's own unit first
            cell = _cell(replace(h, unit=own[1]) if own else h, _inherit(t.heads, j), t.title,
                         own[0] if own else num, w)
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


def _label_period(h: Head, year: int, ref: date | None) -> Head:
    """A row label that is a period once the title's year is added
    ("January" in a table of 2024): the row's period, not a measure."""
    t = f"{h.measure} {year}"
    ps = [p for p in periods.find_periods(t, ref) if p.role == "period"]
    if len(ps) == 1 and (ps[0].start, ps[0].end) == (0, len(t)) and ps[0].basis == "explicit":
        return replace(h, period=ps[0], measure="")
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
        src = next((x for x in reversed(before) if x.measure), None) if not h.measure else h
        # a borrowed measure is as much the measure as it was in its own column
        return replace(h, period=period, measure=measure, described=src.described if src else h.described)
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
