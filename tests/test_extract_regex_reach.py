"""regex_reach: the window a search for an end-anchored match may start at
must give the same match as a search of the whole text (the cue rules before
a figure, periods.py's words before a year)."""
from __future__ import annotations

import random
import re

import extract_helpers  # noqa: F401  (puts flows/ on sys.path)
from indicator_warehouse.extract import periods
from indicator_warehouse.extract.cues import cues
from indicator_warehouse.extract.regex_reach import Reach, most_non_space


def test_most_non_space_counts_words_not_white_space():
    assert most_non_space(r"(?:in|throughout)\s+(?:the\s+year\s+)?") == len("throughout") + len("theyear")
    assert most_non_space(r"(?<![\w])(?:up|rose)\s*$") == 4
    assert most_non_space(r"\d+") is None            # unbounded
    assert most_non_space(r"(?:ab){2}") == 4


def test_windowed_search_finds_the_same_match():
    rnd = random.Random(7)
    words = ["rose", "grew", "increased", "by", "about", "nearly", "year-on-year", "up", "over", "more than",
             "in", "the", "whole", "year", "of", "throughout", "x", "Rose", "\n", "   ", "\t\t "]
    rules = [getattr(cues(), k) for k in ("approx", "over", "up", "down", "nonstat")]
    for _ in range(3000):
        text = "".join(rnd.choice(words) + " " * rnd.randint(1, 4) for _ in range(rnd.randint(1, 25)))
        for rule in rules:
            whole = rule.rx.search(text)
            start = rule.reach.start(text, 0, len(text))
            part = rule.rx.search(text, start)
            assert (whole and (whole.span(), whole.groups())) == (part and (part.span(), part.groups()))


def test_the_year_rules_words_are_bounded():
    year = next(rx for name, rx in periods._RULES if name == "year")
    assert year.reach.most == len("throughout") + len("the") + len("whole") + len("year") + len("of")
    reach = Reach(r"(?:(?:in|of)\s+)?\Z")
    low = "x" * 200 + " in    2023"
    a = low.index("2023")
    assert reach.start(low, 0, a) > 0
    assert re.compile(r"(?:(?:in|of)\s+)?\Z").search(low, reach.start(low, 0, a), a).start() == low.index("in ")
