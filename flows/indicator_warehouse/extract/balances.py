"""A trade deficit is a negative trade balance.

"A trade deficit of MOP2.91 billion was recorded", "the deficit totalled 5.94
billion patacas", "the balance of trade posted a deficit of 62.77 billion",
"the trade deficit ... widened by 27.4 percent to MOP13.76 billion": the
amount the deficit names is the balance below zero, so its value is negative
(eval/ANNOTATION.md, held-out 4). A fiscal, budget or current-account deficit
is another measure and keeps its sign; so does a change of a deficit ("the
deficit narrowed by 5 billion"), which metric.py reads as a change, not a level.
The cue words live in seeds/cues.csv (deficit_noun, deficit_other).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue
from .numbers import Mention


@lru_cache(maxsize=1)
def _deficit_re() -> re.Pattern:
    # the deficit's noun, then its verb of a level, or its verb of a move and "... to" the level it
    # reached ("the trade deficit from January to May widened by 27.4 percent to"), right before the
    # amount (not "the deficit narrowed as exports rose to ...": no other verb between)
    return catalogue.get().cue_pattern(
        r"(?i:{deficit_noun})(?:\s+(?:of|was|were|is|stood\s+at|totall?ed|amounted\s+to|reached|hit"
        r"|came\s+to|recorded|posted|registered)|(?:\s+(?:from|in|for|during)\s[^,;:]{0,40}?)?\s+(?:widened|narrowed|{growth_up}|{growth_down})(?:\s+by)?(?:\s+[\d.]+\s*(?:percent|per\s+cent|%))?(?:\s+(?:year[- ]on[- ]year|yoy|y-o-y))?\s+to)\s+(?:(?i:about|nearly|around|some|over|more\s+than)\s+)?$")


def negative(s: str, m: Mention) -> bool:
    """Whether money figure `m` is the amount of a (trade) deficit its words name right before it."""
    if m.unit_kind != "currency" or "eficit" not in s:
        return False   # cheap gate: most sentences name no deficit
    d = _deficit_re().search(s, max(0, m.start - 120), m.start)
    return d is not None and _other_re().search(s, max(0, d.start() - 25), d.start()) is None


@lru_cache(maxsize=1)
def _other_re() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?i:{deficit_other})\s+$")


def name() -> str:
    """The name a trade balance is filed under (cues.csv `signed_measure`),
    which the validation suite lets go below zero."""
    return catalogue.get().cues["signed_measure"][0]
