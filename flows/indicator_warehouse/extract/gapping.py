"""Gapping: later items of a list that leave out what the first item said.

"the primary industry 20 billion yuan, up 3 percent; the secondary industry
700 billion yuan, 5.1 percent; the third 21.96 billion, 12.4 percent": the
first item has its verb ("up") and its unit ("yuan"); the later ones repeat
its shape without them. metric.py asks gapped_rate for a bare percentage's
reading, measure.py asks elided_unit for a bare scaled number's unit.
"""
from __future__ import annotations

import re

from .numbers import Mention
from .scene import Figure, SentenceContext

# "..., up 3 percent; the secondary industry 700 billion yuan, 5.1 percent": a level, a comma
# and nothing else, then the rate; the model item's level, a comma and a few words (its verb),
# then its rate
_BARE_COMMA_RE = re.compile(r"\s*,\s*")
_ITEM_RATE_RE = re.compile(r"\s*,\s*(?:[A-Za-z-]+\s+){1,3}")
# the gapped rate ends its item ("5.1 percent; the tertiary ...", "6.9 percent."), unlike "60
# percent of them", which says what the percentage is of
_ITEM_END_RE = re.compile(r"\s*(?:[;,.]|$|\s(?:and|while|whereas|but)\s)")


# "...; fixed-asset investment, 20 percent to 300 billion yuan": a later item's noun phrase and a
# comma before its rate, then "to" its level; the model item's rate, then "to" its level
_ITEM_NP_COMMA_RE = re.compile(r"\s*;\s*(?:and\s+)?(?:(?!(?:of|has|have|had|is|are|was|were|with|by|to|at|in)\s)"
                               r"[A-Za-z][\w'&-]*\s+){0,4}[A-Za-z][\w'&-]*\s*,\s*")
_TO_LEVEL_RE = re.compile(r"\s+to\s+")
# "... to 300 billion yuan", "to about $4.2 billion": "to", then a figure (its level)
_TO_FIGURE_RE = re.compile(r"\s+to\s+(?:(?:about|around|nearly|over|more\s+than)\s+)?(?:[A-Z]{0,3}\$|RMB|[¥€])?\s?\d")


def _gapped_rate_to(s: str, m: Mention, before: Figure, value: float) -> tuple[str, float] | None:
    """"GDP grew 12 percent to 250 billion yuan; fixed-asset investment, 20 percent to 300 billion
    yuan": a later item that leaves out the verb before "<rate> to <level>" reads its rate as the
    model item's (the item before: a year-on-year rate, then "to" its level), signed as it."""
    model = before.prev
    if (before.read_as[0] != "level" or model is None or model.m.unit != "percent"
            or model.read_as[0] != "yoy_growth_pct" or not _TO_LEVEL_RE.fullmatch(s, model.m.end, before.m.start)
            or not _ITEM_NP_COMMA_RE.fullmatch(s, before.m.conv_end or before.m.end, m.start)
            or not _TO_FIGURE_RE.match(s, m.end)):
        return None
    return "yoy_growth_pct", -value if model.read_as[1] < 0 else value


def gapped_rate(s: str, m: Mention, before: Figure, value: float) -> tuple[str, float] | None:
    """A later item of a list that repeats the first item's shape without its verb ("the
    primary industry 20 billion yuan, up 3 percent; the secondary industry 700 billion yuan,
    5.1 percent; the tertiary 780 billion, 6.9 percent"): the bare percentage right after its
    item's level is a rate of the kind the model item's was (the item before, a level then a
    rate after a comma and its verb), signed as that one. Else None."""
    if m.unit == before.m.unit == "percent" and before.read_as[0] == "yoy_growth_pct" \
            and _RATE_ITEM_RE.fullmatch(s, before.m.end, m.start) and _ITEM_END_RE.match(s, m.end):
        # "GDP grew 6 percent; retail sales, 8 percent; and exports, 5 percent": items that
        # leave out the first one's verb, each its own measure and rate, signed as the first
        return "yoy_growth_pct", -value if before.read_as[1] < 0 else value
    lvl_end = before.m.conv_end or before.m.end
    if m.unit != "percent" or (before.unit or before.m.unit) in (None, "percent", "percentage_point"):
        return None
    if _ITEM_NP_COMMA_RE.fullmatch(s, lvl_end, m.start):
        return _gapped_rate_to(s, m, before, value)
    if before.read_as[0] != "level" or not _BARE_COMMA_RE.fullmatch(s, lvl_end, m.start) \
            or not _ITEM_END_RE.match(s, m.end):
        return None
    model = before.prev
    if model is None or model.m.unit != "percent" or model.read_as[0] != "yoy_growth_pct":
        return None
    first = model.prev
    if first is None or (first.unit or first.m.unit) != (before.unit or before.m.unit) or first.read_as[0] != "level":
        return None
    if not (_BARE_COMMA_RE.fullmatch(s, first.m.conv_end or first.m.end, model.m.start)
            or _ITEM_RATE_RE.fullmatch(s, first.m.conv_end or first.m.end, model.m.start)):
        return None
    if ";" not in s[model.m.end:before.m.start] and "," not in s[model.m.end:before.m.start]:
        return None   # no new item between the model's rate and this level
    return "yoy_growth_pct", -value if model.read_as[1] < 0 else value


# a later item's opening: a semicolon, then a short noun phrase with no figure and no verb or
# preposition ("; the third "; not ", has a population of almost ")
_ITEM_OPEN_RE = re.compile(r";\s*(?:and\s+)?(?:(?!(?:of|has|have|had|is|are|was|were|with|by|to|at|in)\s)[A-Za-z][\w'&-]*\s+){1,5}$")
_NO_ELISION = (None, "percent", "percentage_point", "count", "person")
# between a rate and the next item's rate: a semicolon, a short noun phrase with no verb or
# preposition, a comma at most ("; retail sales, ", "; and exports ")
_RATE_ITEM_RE = re.compile(r"\s*;\s*(?:and\s+)?(?:(?!(?:of|has|have|had|is|are|was|were|with|by|to|at|in|rose|grew|fell)\s)"
                           r"[A-Za-z][\w'&-]*\s+){0,4}(?!(?:rose|grew|fell|was|were)\b)[A-Za-z][\w'&-]*,?\s+"
                           r"(?:(?:about|nearly|around|over|more\s+than|some|almost)\s+)?", re.I)


def elided_unit(fig: Figure, sc: SentenceContext) -> str | None:
    """The unit a bare scaled number leaves out as a later item of a list ("the secondary
    industry 11.57 billion yuan, 7.9 percent; the third 21.96 billion, 12.4 percent"): the unit
    of the list's level before it, when that one has the same scale word, the number opens its
    own item (a semicolon, then only a short noun phrase) and ends it. None otherwise: counts and
    people are not carried ("GDP was 100 billion yuan; the population 13 million")."""
    m = fig.m
    if m.unit is not None or m.scale < 1e6 or not _ITEM_END_RE.match(sc.s, m.end):
        return None
    lvl, steps = fig.prev, 0
    while lvl is not None and lvl.metric != "level" and steps < 2:
        lvl, steps = lvl.prev, steps + 1
    if lvl is None or lvl.dropped is not None or lvl.metric != "level" or lvl.m.scale != m.scale \
            or lvl.unit in _NO_ELISION:
        return None
    return lvl.unit if _ITEM_OPEN_RE.search(sc.s, lvl.m.conv_end or lvl.m.end, m.start) else None


def elided(fig: Figure) -> bool:
    """Whether the figure's money or quantity unit is one elided_unit gave it (its own words have none)."""
    return fig.m.unit is None and fig.m.scale >= 1e6 and fig.unit not in _NO_ELISION
