"""Trade by volume: the quantity of goods traded, not their money value.

Some statistics offices split the change in the value of exports and imports
into a change in volume (quantity, price changes discounted) and a change
in price: "the volume of total goods exports grew 8.9 percent, while the
prices of goods exports rose 1.2 percent". The catalogue's `exports`,
`imports` and `foreign_trade` are values, so a rate of the volume filed
under them is a different measure in the value's series; beside the value
and the price rates of the same article it also reads as a second value of
one series (eval/ANNOTATION.md: retail sales by volume, like trade by volume,
is a measure the catalogue lacks).

Chinese English news also writes "export volume" for the value ("export
volume reached 33.7 billion yuan, up 12.5 percent"), so the word alone does
not decide. What decides is the article: one that also states the *prices*
of its exports or imports is splitting value into volume and price, and its
"volume" is the quantity. So, once the whole article is read: when it states
a trade flow's prices (seeds/cues.csv `trade_price_head` next to exports or
imports), a trade figure in a unit that is not money (a rate, a count) whose
nearest measure head before it in its sentence is a volume word
(`trade_volume_head`) or a price word is kept, `unclassified`. A money level
is the value, whatever the article, and so is a rate its sentence gives
beside a money level of the same flow; a rate whose nearest head is a value
word ("in value terms") stays the value's.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import catalogue
from .cues import lead_words
from .facts import Fact

# the value measures of trade a volume or price rate is misread as
_TRADE_CODES = frozenset({"exports", "imports", "foreign_trade"})
_MONEY = frozenset({"CNY", "USD", "HKD", "EUR", "MOP", "JPY", "GBP"})
# a trade flow's noun: "exports", "re-exports", "domestic exports", "imports", "export", "import"
_FLOW = r"(?:re-?)?(?:exports?|imports?)"


@lru_cache(maxsize=1)
def _priced_flow_re() -> re.Pattern:
    """A price stated for a trade flow: "the prices of goods re-exports", "export prices",
    "import price index"."""
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:(?:{trade_price_head})\s+of\s+(?:(?:the|total|goods|all|domestic)\s+){0,3}"
        + _FLOW + r"(?![\w-])|" + _FLOW + r"\s+(?:{trade_price_head})(?![\w-]))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _head_re() -> re.Pattern:
    """The measure heads a rate of trade may be about, each in its own group."""
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:(?P<volume>{trade_volume_head})|(?P<price>{trade_price_head})"
        r"|(?P<value>{trade_value_head}))(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _price_words() -> frozenset[str] | None:
    return lead_words(catalogue.get().cues.get("trade_price_head", []))


def _may_price_flows(text: str) -> bool:
    """False when the article cannot state a price: an ASCII text without one
    word of each price cue. A cheap test before _priced_flow_re."""
    words = _price_words()
    if words is None or not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in words)


def unfile_volume_rates(facts: list[Fact], text: str) -> list[Fact]:
    """The facts, with each trade rate of a volume (or a price) unfiled in an article that
    splits its trade into volume and price."""
    if not any(f.indicator in _TRADE_CODES and f.unit not in _MONEY for f in facts) \
            or not _may_price_flows(text) or _priced_flow_re().search(text) is None:
        return facts   # cheap: the article states no price of its exports or imports
    # "export volume jumped 12.5 percent to 33.69 billion yuan": a rate beside a money level
    # of its flow in its sentence is the rate of that value
    valued = {(f.sentence, f.indicator, f.breakdown) for f in facts if f.unit in _MONEY}
    out = list(facts)
    for i, f in enumerate(facts):
        if f.indicator in _TRADE_CODES and f.unit not in _MONEY and (f.sentence, f.indicator, f.breakdown) not in valued \
                and _head(f, text) in ("volume", "price"):
            out[i] = replace(f, indicator="unclassified", breakdown=None, rule=f.rule + ":trade_volume")
    return out


def _head(f: Fact, text: str) -> str | None:
    """The nearest measure head before the figure in its sentence ("volume", "price", "value"),
    or None: "the volume of goods re-exports rose 9.5% while domestic exports fell 10.8%"
    is about volume for both figures."""
    s, fig = f.sentence, text[f.start:f.end]
    at = s.find(fig) if fig else -1
    if at < 0:
        return None
    last = None
    for m in _head_re().finditer(s, 0, at):
        last = m
    return last.lastgroup if last is not None else None
