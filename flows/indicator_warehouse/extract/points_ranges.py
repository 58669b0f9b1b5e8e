"""Two passes over a sentence's figures once numbers.py has found them all,
each reading a figure together with its neighbours.

Points: "50.2 points" is an index's reading where an index noun names the
figure, a change in percentage points where the sentence states percentages,
else a count of something called points (no unit). Ranges: "5-6 percent",
"between 5 and 6 percent" are one figure with an upper end, not two; the
lower end takes the upper end's unit and scale.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import cues, may_match

if TYPE_CHECKING:
    from .numbers import Mention


# "50.2 points", "up 1.5 points": an index's points or a rate's
_POINTS_RE = re.compile(r"\s+points?(?![\w-])")


def points_units(orig: str, s: str, out: list[Mention]) -> None:
    """The unit of a number of points: index points where an index noun stands before it in its
    clause ("the manufacturing PMI stood at 50.2 points", "the price index rose 1.5 points"),
    never percentage points; percentage points where the sentence states percentages ("0.3
    points higher"); else no unit, as before (a count of "points" of service)."""
    pct = any(x.unit in ("percent", "percentage_point") for x in out) or "percent" in s
    for m in out:
        pm = _POINTS_RE.match(s, m.end) if m.unit is None and m.kind == "digits" else None
        if pm is None:
            continue
        if index_noun_before(orig, m.start):
            m.unit, m.unit_kind = "index", "measure"
        elif pct:
            m.unit, m.unit_kind = "percentage_point", "percent"
        else:
            continue
        m.end = pm.end()


# between an index noun and its reading: no other measure's count or total
_INDEX_GAP_STOP_RE = re.compile(r"[;]|\b(?:number|total|amount|value|volume)\b", re.I)


def index_noun_before(s: str, start: int) -> bool:
    """Whether an index noun names the figure at `start`: the last one before it ends at most 60
    characters before it, with no other measure named between ("the manufacturing PMI, a gauge
    of industrial activity, reached 52.4"; not "the innovation index report for Guangzhou (2024),
    the number of high-tech enterprises has increased to 13,000")."""
    if not may_match("index_noun", s):
        return False   # no index noun in the sentence (most): its 160 characters are not scanned per figure
    last = None
    for last in cues().index_noun.finditer(s, max(0, start - 160), start):
        pass
    return last is not None and start - last.end() <= 60 and _INDEX_GAP_STOP_RE.search(s, last.end(), start) is None


# "5-6 percent", "5 to 6 percent", "between 5 and 6 percent", "3,000-4,000
# enterprises", "80-90 billion yuan": one range, not two figures (the lower
# end a bare number that takes the upper end's unit and scale). Not a move
# ("from 5 to 6 percent"); dashes only unspaced, as table rows space their cells.
_RANGE_GAPS = frozenset(("-", "–", "—", " to ", " and "))
_RANGE_FROM_RE = re.compile(r"\b(?:from|between)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$")


def join_ranges(s: str, out: list[Mention]) -> list[Mention]:
    """The figures of sentence `s` (in order), each range's two ends joined into its lower end."""
    res: list[Mention] = []
    skip = None
    for x, y in zip(out, out[1:] + [None]):
        if x is skip:
            continue
        if y is not None and x.kind == "digits" == y.kind and _is_range(s, x, y):
            if x.unit is None and x.scale == 1:
                x.unit, x.unit_kind, x.scale = y.unit, y.unit_kind, y.scale
            x.range_hi, x.end = y.value * y.scale, y.end
            x.conv_value, x.conv_unit, x.conv_end = y.conv_value, y.conv_unit, y.conv_end
            skip = y
        res.append(x)
    return res


def _is_range(s: str, x: Mention, y: Mention) -> bool:
    """Whether neighbouring figures x and y are the ends of one range, by the text between them."""
    gap = s[x.end:y.start]
    if gap not in _RANGE_GAPS or y.unit is None and x.unit is not None:
        return False
    if not (x.unit == y.unit and (x.scale == y.scale or gap == " and ") or x.unit is None and x.scale == 1):
        return False
    lead = _RANGE_FROM_RE.search(s, max(0, x.start - 20), x.start)
    if gap == " and ":
        return lead is not None and lead[0].startswith("between") and x.value < y.value
    if lead is not None and lead[0].startswith("from"):
        return False   # "from 5 to 6 percent": a move
    lo = x.value * (x.scale if x.unit is not None or gap == " and " else y.scale)
    hi = y.value * y.scale
    return 0 < lo < hi and (gap != " to " or hi <= 4 * lo)
