"""Section headings: the place a part of an article is about.

A report that covers several places often sets each off under a heading
that names it, then states its figures without naming it again:

    Hong Kong SAR
    GDP grew 3.2 percent, and retail sales rose 16.2 percent.

    Guangzhou
    Retail sales rose 6.7 percent.

A figure whose sentence (and paragraph) names no place belongs to the place
of the heading it sits under, not to the article's main place. A heading is
a line of its own after the headline: short, no closing stop, no label
colon ("Capital: Xining" is an infobox row, not a heading), not a caption,
breadcrumb or list of links. Its place is the one place it names as a
subject (not a source, not a part); a heading that names none or several
ends the section before it ("Outlook", "Shenzhen-Hong Kong links"), so a
later figure falls back to the article's place again. The headline and any
subhead before the lead open no section: the article's place covers them.
"""
from __future__ import annotations

import re

from .places import PlaceMention

# a heading is a short line: a sentence is longer, and ends with a stop
_HEADING_MAX = 70
_HEADING_WORDS = 8
_CLOSED_RE = re.compile(r"[.!?:;,\"']\s*$")
_LABEL_RE = re.compile(r"[:,]")


def is_heading(s: str, para_text: str) -> bool:
    """Whether sentence s is a heading: its paragraph's whole text, short (a
    few words), opening with a capital, with no closing stop, label colon or
    comma (a bracket may close it: "Investment (Jan. - Nov.)"). A caption
    ("Workers at a plant in Dongguan, Guangdong, Jan 5") or a byline ("By
    Li Wei in Shanghai") names where a picture or a reporter is, not a section."""
    t = s.strip()
    return (0 < len(t) <= _HEADING_MAX and t == para_text.strip() and t[0].isupper()
            and len(t.split()) <= _HEADING_WORDS and not t.startswith("By ")
            and _CLOSED_RE.search(t) is None and _LABEL_RE.search(t) is None)


class SectionTracker:
    """The place of the heading the text is under, if any."""

    def __init__(self) -> None:
        self.place: str | None = None
        self.body = False   # a headline, kicker or subhead before the lead opens no section

    def observe(self, s: str, para_text: str, subjects: list[PlaceMention], skipped: bool) -> None:
        """Read sentence s; `subjects`: the places it names as subjects; `skipped`: page furniture,
        a caption or a list of links, which opens no section."""
        if skipped:
            return
        if not is_heading(s, para_text):
            self.body = True
            return
        if self.body:
            # the country as a heading's place is left to the article's place and the sentences'
            # own words: a region's report that turns to "China's economy" names it again
            names = {m.region for m in subjects if m.level != "country"}
            self.place = next(iter(names)) if len(names) == 1 else None
