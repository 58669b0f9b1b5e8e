"""Lines that are not an article's body: datelines and photo captions.

A dateline ("NANJING, Jan. 15 (Xinhua) --") names the city an article
reports from, which is evidence of where it is about but never whose a
figure is; a photo caption's date is when the picture was taken and its
place what it shows. places.py reads both through this module; document.py
and reference_date.py ask photo_credit of every line.
"""
from __future__ import annotations

import re

from . import catalogue

# a photo caption line: its date is when the picture was taken, its place what it shows;
# "(Xinhua/Li Ming)" is a picture agency's credit to its photographer
PHOTO_RE = re.compile(r"\bphoto\b|\bphotograph|\[[^\[\]]{0,40}photo|\bfile picture\b|\bimage:"
                      r"|\((?:xinhua|vcg|cfp|ic|reuters|afp|ap)/[^()/]{2,40}\)", re.I)
# Every match of PHOTO_RE holds one of these, in some case ("/" from the credit).
_PHOTO_WORDS = ("photo", "file picture", "image:", "/")


def photo_credit(line: str) -> bool:
    """Whether PHOTO_RE finds a photo credit in `line`; asked of every line of
    an article. In ASCII text re.IGNORECASE matches exactly what lower case
    does, so a line whose lower case holds none of the words PHOTO_RE needs
    is never scanned by it (elsewhere "K", "ſ" or "ı" may stand for a letter)."""
    if line.isascii():
        low = line.lower()
        if not any(w in low for w in _PHOTO_WORDS):
            return False
    return PHOTO_RE.search(line) is not None


def dateline_place(text: str) -> str | None:
    """The city of a dateline ("MACAU, March 1 -", "NANJING, Jan. 15 (Xinhua)"):
    not a place any figure is about, but, in an article that names no other
    place, the best evidence of where it reports from."""
    cat = catalogue.get()
    for m in cat.region_re.finditer(text, 0, 400):
        if is_dateline_city(text, m):
            return cat.region_for(m.group(0)) or None
    return None


# between a dateline's city and its province, and after the province: "CHANGCHUN, Jilin -- "
DATELINE_GAP_RE = re.compile(r"[\s,?]{1,4}")
DATELINE_END_RE = re.compile(r"\s*\??\s*(?:--|-|–|—|\(|$)")


def is_dateline_city(s: str, m: re.Match) -> bool:
    """An all-capitals place name followed by a comma, bracket, slash, dash or colon ("BEIJING: ...")."""
    surface = m.group(0)
    return len(surface) > 3 and surface.isupper() and s[m.end():m.end() + 3].lstrip()[:1] in (",", "(", "/", "-", "–", "—", ":")
