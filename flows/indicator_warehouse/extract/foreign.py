"""A figure about a foreign country: no region of ours.

regions.csv names the places the warehouse files figures under (China, its
provinces and cities, the SARs). A foreign country is no place mention, so a
figure whose subject is one ("Japan filed 42,459 PCT applications", "the US
economy grew 2.4 percent", "compared with 2.8 percent in the United States")
fell back on the place the article is about and was filed there: a second
value for that place's series, and the one-value-per-key check then took the
place's own figure out of its series too.

The countries are the trading partners of seeds/breakdowns.csv (`partner`
values that are not regions). For a measure with trading partners (trade,
investment) a country is its other end, never its subject, so those are left
to relations.py, and so are unclassified figures. For any other measure: when the nearest name before the
figure in its clause is a foreign country and not a region of ours (and no
flow word such as "to", "from", "with" stands right before it), or the figure
is followed by "in <country>", the figure is the country's, and is dropped.
"""
from __future__ import annotations

import re

from . import catalogue
from .scene import Figure, SentenceContext

# right before a country that is a flow's other end, not a subject ("visitors from Japan")
_FLOW_LEFT_RE = re.compile(r"(?:\b(?:to|from|with|between|into|toward|towards)\s+(?:the\s+)?)$", re.I)
# a comparison before a country: its figure only when the figure follows it at once ("than Japan's 1.9 percent")
_FOIL_LEFT_RE = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|surpassing|overtaking|outpacing|exceeding|ahead\s+of|"
                           r"that\s+of|those\s+of|as)\s+(?:the\s+)?$", re.I)
_OWN_FIGURE_GAP_RE = re.compile(r"(?:'s|\u2019s)?\s+(?:[a-z][\w-]*\s+){0,2}?", re.I)
# "US $4.05 billion": a currency, not a country
_CURRENCY_AFTER_RE = re.compile(r"\s*(?:\$|dollar)", re.I)   # "US dollarsas translated": glued text too
# right after the figure: "2.8 percent in the United States", "42,459 in Japan"
_IN_AFTER_RE = re.compile(r"\s*(?:percent|per\s+cent|%|percentage\s+points?)?\s+in\s+(?:the\s+)?$", re.I)


def foreign_figure(fig: Figure, sc: SentenceContext, clause_start: int) -> bool:
    """Whether the figure is a foreign country's by its clause's subject or an "in <country>" after it."""
    cat = catalogue.get()
    code = fig.code
    if code not in cat.indicators or "partner" in cat.indicators[code].breakdowns:
        return False   # unclassified (a table row under a flow's head, a part we cannot name): left as it is
    s, m = sc.s, fig.m
    end = m.conv_end or m.end
    countries = [t for t in cat.term_re.finditer(s) if _is_foreign(t.group(0)) and not _CURRENCY_AFTER_RE.match(s, t.end())
                 # inside a place of ours: "Mongolia" in "Inner Mongolia"
                 and not any(p.start <= t.start() and t.end() <= p.end for p in sc.place_ms)]
    if not countries:
        return False
    for t in countries:
        if end < t.start() <= end + 25 and _IN_AFTER_RE.fullmatch(s, end, t.start()):
            return True   # "compared with 2.8 percent in the United States"
    before = [t for t in countries if clause_start <= t.start() and t.end() <= m.start]
    if not before:
        return False
    last = before[-1]
    if _FLOW_LEFT_RE.search(s, max(0, last.start() - 20), last.start()):
        return False
    if _FOIL_LEFT_RE.search(s, max(0, last.start() - 25), last.start()) and not _OWN_FIGURE_GAP_RE.fullmatch(s, last.end(), m.start):
        return False   # "Guangdong's GDP, larger than South Korea's, reached ...": the country is only a foil
    # a place of ours between the country and the figure is the subject ("Japanese firms in Guangdong")
    return not any(last.end() <= p.start and p.end <= m.start for p in sc.place_ms)


def _is_foreign(name: str) -> bool:
    cat = catalogue.get()
    term = cat.terms.get(name.lower())
    return term is not None and term.dimension == "partner" and term.value not in cat.regions \
        and not cat.region_for(name)
