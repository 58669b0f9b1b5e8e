"""Places below the catalogue's cities: counties, districts, towns.

The region catalogue (seeds/regions.csv) stops at prefecture-level cities.
An article about a county ("Anji County's GDP grew 7 percent", "Yiwu, a
county-level city in Zhejiang, saw its exports rise") names a place the
catalogue lacks next to one it has, and the figures are the county's. Filed
under the province, a county's GDP would sit in the province's series, a
tenth of its neighbours: wrong for every user and silent.

So the names an article introduces as such places are found once per
article, from how news introduces them:

  named        a capitalised name before a sub-city noun ("Anji County",
               "Haidian district", "Kunshan City" when Kunshan is no
               catalogue city);
  apposition   "Yiwu, a county-level city in Zhejiang", "Anji, a small county
               in Huzhou";
  of           "the county-level city of Yiwu", "the county of Anji".

Every mention of such a name then becomes a place mention marked `part`
(as "eastern Guangdong" is): the placing stage drops a figure whose subject
it is, instead of filing it under the wider place. The wider place named in
the same breath ("a county-level city in Zhejiang", "Anji County in
Zhejiang's Huzhou") only locates the small one: it is marked a source, which
counts toward what the article is about but never toward whose a figure is.
The nouns come from cues.csv (subplace_noun); a name any of whose words is a
compass word or a subplace_not_name cue ("Central District", "New Town") is
no name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue
from .places import PlaceMention

_NAME = r"(?P<name>[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?)"
# _NAME after (?<![\w’'-]), the look-behind moved after the capital it
# guards, so that re scans for capitals instead of trying every position
# (the same matches: the look-behind then spans the capital itself)
_NAME_STARTING = r"(?P<name>[A-Z](?<![\w’'-].)[a-z’'-]+(?:\s[A-Z][a-z’'-]+)?)"


@lru_cache(maxsize=1)
def _introductions() -> tuple[re.Pattern, ...]:
    cat = catalogue.get()
    return (
        # "Anji County", "Haidian district", "Kunshan City"
        cat.cue_pattern(_NAME_STARTING + r"\s+(?P<noun>{subplace_noun})(?![\w-])"),
        # "Yiwu, a county-level city in Zhejiang"
        cat.cue_pattern(_NAME_STARTING + r",\s+(?i:an?|the)\s+(?:[\w-]+\s+){0,3}?(?P<noun>{subplace_noun})"
                        r"\s+(?i:in|of|under|administered)(?![\w])"),
        # "the county-level city of Yiwu"
        # (?<![\w])(?i:the), opening with its first letter ("t" folds to "T" only)
        cat.cue_pattern(r"[Tt](?<![\w].)(?i:he)\s+(?P<noun>{subplace_noun})\s+of\s+" + _NAME + r"(?![\w’'-])"),
    )


@lru_cache(maxsize=1)
def _not_name() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?:{compass}|{subplace_not_name})", re.I)


@lru_cache(maxsize=1)
def _locator_re() -> re.Pattern:
    # what follows a small place and says where it lies: ", a county in",
    # " in Zhejiang's", ", under the administration of"
    return catalogue.get().cue_pattern(
        r"\s*,?\s+(?:(?i:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:{subplace_noun})\s+)?"
        r"(?i:in|of|under|administered\s+by)\s+[^,;:()]{0,80}")


@lru_cache(maxsize=256)
def names(text: str) -> frozenset[str]:
    """The names the article introduces as places below the catalogue's cities."""
    if not any(_cheap_gate(text)):
        return frozenset()
    cat = catalogue.get()
    found = set()
    for rx in _introductions():
        for m in rx.finditer(text):
            if _quoted(text, m.start()):
                continue   # a title ("National Garden City"), not a place
            name = _trim(m["name"])
            if name and not cat.region_for(name) and not cat.region_for(f"{name} {m['noun']}"):
                found.add(name)
    return frozenset(found)


def _quoted(text: str, at: int) -> bool:
    """Whether `at` lies inside quotation marks opened shortly before it."""
    before = text[max(0, at - 60):at]
    curly = before.rfind("“")
    if curly >= 0 and "”" not in before[curly:]:
        return True
    return before.count('"') % 2 == 1


def _trim(name: str) -> str:
    """"In Hukou" -> "Hukou", "Xixian New" -> "Xixian", "Central" -> ""."""
    words = name.split()
    while words and _not_name().fullmatch(words[0]):
        words.pop(0)
    while words and _not_name().fullmatch(words[-1]):
        words.pop()
    return " ".join(words)


def _cheap_gate(text: str):
    # every introduction holds one of the nouns; most articles hold none
    low = text.lower()
    return (w in low for w in catalogue.get().cues.get("subplace_noun", ()))


def add_mentions(s: str, ms: list[PlaceMention], small: frozenset[str]) -> list[PlaceMention]:
    """The sentence's place mentions with the small places added as parts,
    and the catalogue places that only locate them marked as sources."""
    if not small:
        return ms
    extra = []
    for name in small:
        for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])", s):
            if any(p.start <= m.start() < p.end for p in ms):
                continue   # inside a catalogue name
            extra.append(PlaceMention(m.start(), m.end(), name, "subplace", False, True))
            loc = _locator_re().match(s, _after_noun(s, m.end()))
            if loc:
                for p in ms:
                    if loc.start() <= p.start and p.end <= loc.end():
                        p.source = True   # "in Zhejiang": where the small place lies, not whose the figure is
    # "the county's revenue": in an article that introduced a county, that
    # county ("the city" may as well be the catalogue's city around it)
    for m in _the_small().finditer(s):
        if m["noun"].lower() != "city" and not any(p.start <= m.start() < p.end for p in ms):
            extra.append(PlaceMention(m.start(), m.end(), m.group(0), "subplace", False, True))
    if not extra:
        return ms
    return sorted(ms + extra, key=lambda p: p.start)


@lru_cache(maxsize=1)
def _the_small() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w])(?i:the)\s+(?P<noun>{subplace_noun})(?:'s)?(?![\w-])")


@lru_cache(maxsize=1)
def _noun_after() -> re.Pattern:
    return catalogue.get().cue_pattern(r"\s+(?:{subplace_noun})(?![\w-])")


def _after_noun(s: str, end: int) -> int:
    m = _noun_after().match(s, end)
    return m.end() if m else end
