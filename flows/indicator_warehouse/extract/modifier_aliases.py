"""A catalogue alias that only modifies another noun, so the figure is not its measure.

"130,000 foreign trade enterprises" counts enterprises, "exports per worker"
is a per-item measure, "NEV exports" and "investment in the primary
industry" are other measures about the alias, and in "The investment for the
primary industry reached ...; secondary industry, 649.58 billion yuan" the
second item's name stands for the investment named once for the list. In all
of these the alias names what the figure is about, not what it measures, and
`measure_phrase.describe` files the figure as unclassified.

These tests look only at the words right around the alias (a head noun
after it, a counted noun or a measure noun before it), none at the parts the
phrase names, so they live apart from the parsing of parts in measure_phrase.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue
from .indicators import AliasHit
from .phrase_words import (_DETERMINERS, _FUNCTION_WORDS, _alias_has, _counted_subject, _measure_head_after,
                           _measure_head_any, _measure_head_before, _verb_name)

# Words after an alias that make it a modifier of a count of things:
# "foreign trade enterprises", "high-tech zone", "major GDP component".
_ENTITY_HEAD_RE = re.compile(
    r"\s+(?:enterprises?|companies|company|firms?|businesses|entities|projects?|parks?|zones?|bases?|"
    r"platforms?|centers?|centres?|institutions?|institutes?|teams?|talents?|personnel|staff|workers|"
    r"jobs|posts|contracts?|licenses?|certificates?|cities|counties|ports?|routes?|flights?|components?|"
    r"operators?|exhibitors?|buyers?|sellers?|agreements?|policies|measures|hubs?|clusters?|batches)\b(?!\s*')",
    re.IGNORECASE)
# "exports per worker", "contracts per 10,000 people": a per-item measure ("per capita" is the measure's own name)
_PER_ITEM_RE = re.compile(r"\s+(?:per|for\s+each|for\s+every)\s+(?!capita\b)(?:[\d,.]+\s+)?[\w-]+", re.IGNORECASE)


def names_something_else(s: str, a: int, b: int, hit: AliasHit,
                         position: tuple[int, int] | None) -> int | None:
    """Where the phrase ends if the alias only modifies another noun: a count
    of things ("130,000 foreign trade enterprises", "the number of foreign
    trade enterprises reached 130,000") or another measure about it
    ("investment in the primary industry", "exports of new energy vehicles").
    None when the alias is the phrase's head, or the measure before it is its
    own ("the value added output of the secondary industry", "production of
    new energy vehicles"; in "production and sales of NEVs ... 5.7 million
    units and 5.6 million units" only the first figure is production)."""
    head = _ENTITY_HEAD_RE.match(s, hit.end)
    if head is not None and (hit.start >= b or head.end() <= a):
        return head.end()
    per = _PER_ITEM_RE.match(s, hit.end)
    if per is not None and (hit.start >= b or per.end() <= a):
        # "exports per worker", "technology contracts per 10,000 people": a
        # per-item measure (a name that is one, "invention patents per
        # 10,000 people", is matched whole before this)
        return per.end()
    if hit.end <= a and (_counted_before().search(s, max(0, hit.start - 80), hit.start)
                         or (_verb_name(s, hit) and _counted_subject().search(s, max(0, hit.start - 80), hit.start))):
        # "5,000 enterprises with import and export records ..., up 8
        # percent", "the number of firms engaged in foreign trade rose 8
        # percent": the name only says which things are counted
        return hit.end
    head = _measure_head_after().match(s, hit.end)
    if head is not None and (hit.start >= b or head.end() <= a) and not _alias_has(hit, head.group("head")):
        return head.end()   # "NEV exports": exports of NEVs, not NEV output
    lo = max(0, hit.start - 60)
    if _measure_head_any().search(s, lo, hit.start) is None:
        return None   # a cheap gate: most names have no measure noun before them
    before = _measure_head_before().search(s, lo, hit.start)
    if before is None:
        return None
    heads = re.split(r"\s+(?:and|or)\s+|,\s*", before.group("heads"))
    if len(heads) > 1:
        if position is None or position[1] != len(heads):
            return hit.end   # which measure each figure is cannot be told
        heads = [heads[position[0]]]
    pre = [w for w in before.group("pre").split() if w.lower() not in _DETERMINERS and w.lower() not in _FUNCTION_WORDS]
    if _alias_has(hit, heads[0]) or any(_alias_has(hit, w) for w in pre):
        return None
    return hit.end


@lru_cache(maxsize=1)
def _counted_before() -> re.Pattern:
    # a count of things, or "the number of" things, whose noun a name then
    # modifies, or who have the measure: "5,000 enterprises engaged in ",
    # "the number of firms with ", "520 enterprises in Hubei had "; a number
    # ends in a digit ("In 2021, private enterprises ... saw" counts nothing)
    return catalogue.get().cue_pattern(
        r"(?:(?i:the\s+number\s+of)\s+|(?<![\w.,])\d(?:[\d,.]*\d)?\s+)(?:[\w&-]+\s+){0,2}?(?:{counted_entity})\s+"
        r"(?i:with|engaged\s+in|involved\s+in|doing|conducting|having|that\s+\w+|(?:in\s+[A-Z][\w-]*\s+)?(?:had|have|posted|recorded|saw|reported))\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$")


# A list item that starts with the name: "...; secondary industry, 649.58
# billion yuan", "..., and the tertiary industry reached ..."
_ITEM_START_RE = re.compile(r"[;,]\s*(?:and\s+)?(?:the\s+|its\s+)?$", re.IGNORECASE)


def elided_head(s: str, hit: AliasHit) -> bool:
    """Whether a list item's name stands for another measure about it, named
    once for the whole list: "The investment for the primary industry
    reached 77.63 billion yuan; secondary industry, 649.58 billion yuan; and
    the tertiary industry reached ..." (a sibling name, one with the same
    parent, that a measure noun stood before in an earlier item)."""
    sep = _ITEM_START_RE.search(s, max(0, hit.start - 12), hit.start)
    cat = catalogue.get()
    parent = cat.indicators[hit.code].parent if hit.code in cat.indicators else ""
    if sep is None or not parent:
        return False
    for m in cat.indicator_re.finditer(s, 0, sep.start()):
        codes = cat.indicator_alias.get(catalogue.alias_key(m.group(0)), [])
        if any(c != hit.code and cat.indicators[c].parent == parent for c in codes if c in cat.indicators) \
                and _measure_head_before().search(s, max(0, m.start() - 60), m.start()):
            return True
    return False
