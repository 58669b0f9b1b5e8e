"""Comparatives next to a rate: against another rate, or against the year before?

"5 percent higher than that of the previous year" is a growth rate of the
series itself; "2 points higher than the national rate" is a gap to another
series, which no catalogue measure is. `metric` asks these questions at three
places (percentage points, percentages, and a rate after another one), and
the answer rests only on the comparative cue patterns of `cues` (`gap`,
`gap_by`, `year_ago`, `prev_year`, `year_basis`), so the tests live together
here rather than among metric's readings.
"""
from __future__ import annotations

import re

from .cues import cues
from .numbers import Mention


def gap_by(s: str, m: Mention) -> bool:
    """Whether "<comparative> than <a rate> by" or "<verb> <a rate> by" ends right before the
    figure, the rate not the same series a year before ("higher than last year by 2 points"
    is a change of it)."""
    c = cues()
    g = c.gap_by.search(s, max(0, m.start - 90), m.start)
    if g is None:
        return False
    return c.year_ago.match(g["cmp"]) is None and c.prev_year.match(g["cmp"]) is None


def year_ago_gap(right: str) -> bool:
    """"1.3% higher than that of the previous year": a comparative, then a year-ago base."""
    c = cues()
    gap = c.gap.match(right)
    return gap is not None and against_year_before(gap, right)


def against_year_before(gap: re.Match, right: str) -> bool:
    """Whether the comparative `gap` that opens `right` is against the year before: "than"
    a year-ago base ("5 percent higher than that during the same period of 2011"), or with no
    "than", words of a year-on-year basis ("15% more year on year", "by 3% less in annual
    terms", "4.5% more compared to the previous year")."""
    c, rest = cues(), right[gap.end():]
    if c.year_ago.match(rest):
        return True
    return not gap.group(0).rstrip().lower().endswith(("than", "that")) and c.year_basis.match(rest) is not None
