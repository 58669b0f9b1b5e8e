"""The role a time expression plays, read from the words before it.

periods.find_periods finds every time expression as a `period` of its own
kind; `demote` then turns the ones whose left context makes them something
else into what they are: a comparison point ("higher than in the first
quarter": `base`), when something was said or published ("the bureau said in
January": `date`), the scope of a superlative ("the fastest ever in the first
half", "the highest growth in over three years": `base`), the total a
figure passes or multiplies ("exceeding the total for 2024", "2.4 times the
2011 total": `base`), an edition's year ("the 2019 national high-tech zone
evaluation": `date`), or the time of a level a recovery ratio is taken of
("back to 86 percent of its level in the same quarter of 2019": `level_base`), or
the start of an opening "Since ..." clause ("Since the first project was approved
in 1984, ...": `since`).
Only the role changes; the dates stay, so a base can still date a span.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue

# A period right after a comparison word is the comparison point, never the
# period of a figure: "0.3 points higher than in the first quarter",
# "compared with the January-July average", "up from the first half", "higher than the
# increase in November", "compared to data of 2019", "compared with the number in 2019".
_COMPARE_LEFT_RE = re.compile(
    r"(?<![\w-])(?:than|compared\s+(?:with|to)|comparing\s+(?:with|to)|against|relative\s+to|versus|vs\.?|from)"
    r"\s+(?:(?:that|those|(?:the\s+)?data|the\s+(?:same\s+)?(?:level|figure|rate|pace|growth|average|increase|rise|gain|expansion|decline|decrease|drop|fall|reading|number|total)s?)"
    r"(?:\s+(?:of|in|for|during|at))?\s+)?(?:(?:in|during|for)\s+)?(?:the\s+)?"
    # "up 12 percent from the same 2022 period", "against the comparable 2019 quarter": a year
    # inside a year-ago base's own words
    r"(?:(?:same|comparable|corresponding|like)\s+)?$"
    # "2.5 times the number at the end of 2020", "twice that of 2019": a multiple of an earlier base
    r"|(?<![\w-])(?:times|twice|double|triple)\s+(?:that|those|the\s+(?:number|level|figure|amount|total|size|value|count))"
    r"(?:\s+(?:of|in|at|for|during))?\s+(?:the\s+)?$"
    # "Comparing July 2023 with July 2022, exports fell 11.6%": the second period is the base
    r"|(?<![\w-])comparing\s+[^,;]{1,40}?\s+(?:with|to|against)\s+(?:the\s+)?$"
    # "the same pace as in the first half": a period the figure is likened to
    r"|(?<![\w-])same\s+(?:\w+\s+)?as\s+(?:(?:in|during|for)\s+)?(?:the\s+)?$")
# "In the first quarter of 2011, output expanded 15.9 percent over the first quarter of 2010": a rate
# "over" a period earlier than one the sentence reports is a rate against it ("rose 5 percent over the
# first half of 2024" alone is a rate during that half)
_OVER_RATE_LEFT_RE = re.compile(r"(?:percent|per\s+cent|%|points?)\s+(?:over|on)\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _compare_participle_re() -> re.Pattern:
    """"less than the figure recorded during the first quarter", "than that registered in 2019":
    the comparison's base with a participle (the `compare_participle` cues) before its period."""
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:than|compared\s+(?:with|to)|against|from)\s+(?:that|those|the\s+(?:same\s+)?(?:level|figure|rate|"
        r"pace|growth|average|number|total|amount|volume)s?)\s+(?:{compare_participle})\s+(?:(?:in|during|for|at)\s+)?"
        r"(?:the\s+)?$", re.I)


# "recovered to 66 percent of its level in the first quarter of 2019", "back
# to 85 percent of the figure in the same quarter of 2019": the measure's size
# at another time, which a recovery ratio is taken of. Neither the period of a
# figure nor the base of the sentence's growth rates: role "level_base".
# But "23.6 percent of the national total in 2024": the total of a share is
# of the share's own year, so "the ... total" (and "amount") is no level base.
_LEVEL_OF_LEFT_RE = re.compile(
    r"(?<![\w-])of\s+(?:(?:its|their|the|that)\s+(?:\w+\s+)?(?:level|figure|size|value|volume)s?"
    r"|(?:its|their|that)\s+(?:\w+\s+)?(?:total|amount)s?)"
    r"\s+(?:(?:in|of|at|for|during)\s+)?(?:the\s+)?$")
# "an increase of 2.7 percentage points from January to March": a period
# after a change in points, with "from" / "over" in its own words, is what
# the rate is compared with
_POINTS_LEFT_RE = re.compile(r"(?<![\w-])points?\s*$")
_FROM_OVER_RE = re.compile(r"(?:from|over)\s")
# A period right after a reporting verb is when something was said or
# published, not what a figure covers: "the customs said in January".
_REPORT_LEFT_RE = re.compile(
    r"(?<![\w-])(?:said|says|announced|released|published|reported|revealed|unveiled|disclosed|issued|stated|"
    r"noted|showed|shows|added|told|held|convened)(?:\s+\w+){0,2}?\s+(?:in|on|at|during)\s*$")
# "a document released by the National Bureau of Statistics in September": the
# same after a passive verb and its agent (read up to the period's own "in")
_REPORT_BY_LEFT_RE = re.compile(
    r"(?<![\w-])(?:announced|released|published|reported|revealed|unveiled|disclosed|issued)\s+by\s+"
    r"(?:the\s+)?[\w'&-]+(?:\s+[\w'&-]+){0,6}?\s+(?:in|on|at|during)\s*$")
_REPORT_TYPES = ("month", "year")
# "reached 52.4, the highest since May 2012": how far back a superlative reaches, neither the
# figure's period nor a base it is compared with ("since 2012" alone is read as a since-year)
_SUPERLATIVE_SINCE_LEFT_RE = re.compile(
    r"(?<![\w-])(?:highest|lowest|largest|biggest|best|worst|fastest|slowest|strongest|weakest)"
    r"(?:\s+(?:level|rate|figure|growth|pace|reading))?\s+since\s+(?:the\s+)?$")
# "the highest ever this year", "the fastest ever in the first half": the
# scope of a superlative, not the period of a figure (but "trade was highest
# in 2023" is dated 2023)
_SUPERLATIVE_LEFT_RE = re.compile(
    r"(?<![\w-])(?:highest|lowest|largest|biggest|best|worst|fastest|slowest|strongest|weakest)"
    r"(?:\s+(?:level|rate|figure|growth|pace))?\s+ever(?:\s+(?:in|for|of|so\s+far))?\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _passed_base_re() -> re.Pattern:
    """"NEV output exceeded the total for 2024", "2.4 times the 2011 total": the period of
    the total a figure passes or is a multiple of (the `passed_base` cues), not the figure's own.
    The period either follows "the total (for)" (its own "for" is part of the period) or stands
    between "the" and "total". Nothing between "the" and "total": "exceeded the 100 billion yuan
    level in 2023" is a threshold passed in 2023, that year the figure's own. "the total for the
    whole of last year" is the same total ("whole of" is glue, as "the" is)."""
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:{passed_base})\s+(?:that|those|the)\s+(?P<noun>(?:total|level|figure|amount|output|volume)s?"
        r"(?:\s+(?:of|in|for|during))?\s+(?:the\s+)?(?:(?:whole|entire)\s+(?:of\s+)?)?)?$", re.I)


_BASE_NOUN_RIGHT_RE = re.compile(r"(?:'s)?\s+(?:\w+\s+){0,2}?(?:total|level|figure|amount|output|volume)s?(?![\w-])")


@lru_cache(maxsize=1)
def _superlative_scope_re() -> re.Pattern:
    """"the highest growth rate in over three years", "a record high in five years": a
    superlative (the `superlative` cues) and at most two words before a duration that opens
    with "in": the duration is the superlative's scope, not a time frame of the sentence."""
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{superlative})(?:\s+[\w-]+){0,2}\s+$", re.I)


_SCOPE_IN_RE = re.compile(r"(?:in|within)\s")


@lru_cache(maxsize=1)
def _edition_right_re() -> re.Pattern:
    """"in the 2019 national high-tech zone comprehensive evaluation", "the 2024 government work
    report", "The 2023 Zhongguancun Forum": a year naming an edition of a report, ranking or
    event (the `edition_noun` cues, at most four words on), not a period the text reports."""
    return catalogue.get().cue_pattern(r"(?:\s+[\w-]+){0,4}?\s+(?:{edition_noun})s?(?![\w-])", re.I)


_THE_LEFT_RE = re.compile(r"(?<![\w-])the\s+$")


def _edition_year(low: str, p) -> bool:
    """A bare year right after "the" that names an edition ("the 2019 ... evaluation")."""
    return (p.ptype == "year" and p.end - p.start == 4 and _THE_LEFT_RE.search(low, max(0, p.start - 5), p.start)
            is not None and _edition_right_re().match(low, p.end) is not None)


def _passed_or_scope(low: str, p) -> bool:
    """Whether the words around `p` make it the base a figure passed or the scope of a superlative."""
    left = low[max(0, p.start - 60):p.start]
    if p.role == "duration":
        return _SCOPE_IN_RE.match(low, p.start) is not None and _superlative_scope_re().search(left) is not None
    m = _passed_base_re().search(left)
    if m is None:
        return False
    # "exceeded the total for 2024" (the noun before the period) or "times the 2011 total" (after it)
    return m.group("noun") is not None or _BASE_NOUN_RIGHT_RE.match(low, p.end) is not None


# "an increase of 8.8 percent on the first half of 2008" reads as "over" it (_OVER_RATE_LEFT_RE)
_RATE_ON = ("percent on", "% on", "cent on", "point on", "points on")

# The demotion rules run only when one of these occurs; `in` on each word
# costs less than one regex of them all, which tries every word at every position.
_DEMOTE_WORDS = ("than", "compar", "same", "highest", "lowest", "largest", "biggest", "best", "worst",
                 "fastest", "slowest", "strongest", "weakest", "times", "twice", "double", "triple", "against",
                 "relative", "versus", "vs", "from", "said", "says", "announced", "released", "published",
                 "reported", "revealed", "unveiled", "disclosed", "issued", "stated", "noted", "showed", "shows",
                 "added", "told", "held", "convened", "level", "figure", "size", "value", "total", "amount",
                 "volume", "points", "output", "record", "over") + _RATE_ON


@lru_cache(maxsize=1)
def _demote_words() -> tuple[str, ...]:
    """The words the rules start from, theirs and their cues' (the demotion rules run only when one occurs)."""
    cues = catalogue.get().cues
    return tuple(set(_DEMOTE_WORDS) | {w.lower() for k in ("passed_base", "superlative", "edition_noun") for w in cues[k]})


# "Since the first foreign-funded project was approved in 1984, the city has ...": a year inside
# an opening "since" clause (no comma between, or the comma that ends the clause right after it)
# starts the time frame; it is no figure's period
_SINCE_CLAUSE_LEFT_RE = re.compile(r"^\s*since\s[^,;\d]{0,100}$")
_SINCE_CLAUSE_LONG_RE = re.compile(r"^\s*since\s[^;\d]{0,160}$")   # a figure in the clause is dated by its year
_COMMA_RE = re.compile(r"\s*,")


def demote(low: str, out: list) -> None:
    """Changes the role of the periods in `out` (periods.PeriodExpr, in text
    order) that the words before them make a base, a date or a level base."""
    if out and low.lstrip().startswith("since "):
        for p in out:
            if p.role == "period" and p.ptype == "year" and (
                    _SINCE_CLAUSE_LEFT_RE.match(low, 0, p.start)
                    or (_COMMA_RE.match(low, p.end) and _SINCE_CLAUSE_LONG_RE.match(low, 0, p.start))):
                p.role = "since"
                break   # the clause's one year: a later one is the figures'

    if not out or not any(w in low for w in _demote_words()):
        return   # no time expression to demote, or none of the words the rules need
    has = _RuleWords(low)
    prev = None
    for p in out:
        if p.role in ("period", "base") and p.start and has("level_of") \
                and _LEVEL_OF_LEFT_RE.search(low, max(0, p.start - 60), p.start):
            p.role = "level_base"
            continue
        if p.role == "period" and p.start and _edition_year(low, p):
            p.role, p.bound = "date", True
            prev = p
            continue
        if p.role in ("period", "duration") and p.start and _passed_or_scope(low, p):
            p.role, p.bound = "base", p.role == "period"
            prev = p
            continue
        if p.role != "period" or p.start == 0:
            prev = p
            continue
        left = low[max(0, p.start - 60):p.start]
        if has("compare") and (_COMPARE_LEFT_RE.search(left) or _compare_participle_re().search(left)):
            p.role = "base"
        elif (prev is not None and prev.role == "base" and prev.ptype is not None
              and _JOINED_RE.fullmatch(low, prev.end, p.start)):
            p.role = "base"   # "than in the first quarter and the first half": both are bases
        elif p.ptype in _REPORT_TYPES and has("report") and (_REPORT_LEFT_RE.search(left) or _REPORT_BY_LEFT_RE.search(
                low, max(0, p.start - 60), _after_prep(low, p.start))):
            p.role = "date"
        elif has("superlative") and _SUPERLATIVE_LEFT_RE.search(left):
            p.role = "base"
        elif has("over") and _OVER_RATE_LEFT_RE.search(left) and p.pend is not None and any(
                q is not p and q.role == "period" and q.pend is not None and q.pend > p.pend for q in out):
            p.role = "base"
        elif has("superlative") and _SUPERLATIVE_SINCE_LEFT_RE.search(left):
            p.role = "date"
        elif _FROM_OVER_RE.match(low, p.start) and _POINTS_LEFT_RE.search(left):
            p.role = "base"
        prev = p


# The words each rule above needs (one of them is in every match: the
# rules' own words; the participle rule's "than", "compared", "against",
# "from" are among "compare"'s), so that a rule whose words the sentence
# lacks is not tried at each of its periods. Case-sensitive rules on the
# lower-cased sentence, but the participle rule ignores case, where re folds
# a few non-ASCII letters to ASCII ones: a non-ASCII sentence tries them all.
# A word added to one of those rules' patterns must be added here too, or
# the rule will silently never see it.
_RULE_WORDS = {
    "level_of": ("level", "figure", "size", "value", "volume", "total", "amount"),
    "compare": ("than", "compar", "against", "relative", "versus", "vs", "from", "times", "twice", "double",
                "triple", "same"),
    "report": ("said", "says", "announced", "released", "published", "reported", "revealed", "unveiled",
               "disclosed", "issued", "stated", "noted", "showed", "shows", "added", "told", "held", "convened"),
    "superlative": ("highest", "lowest", "largest", "biggest", "best", "worst", "fastest", "slowest", "strongest",
                    "weakest"),
    "over": ("over",) + _RATE_ON,
}


class _RuleWords:
    """has(rule): whether sentence `low` holds one of the rule's words, looked up once per sentence."""

    __slots__ = ("low", "known")

    def __init__(self, low: str) -> None:
        self.low, self.known = low, {} if low.isascii() else None

    def __call__(self, rule: str) -> bool:
        if self.known is None:
            return True
        v = self.known.get(rule)
        if v is None:
            v = self.known[rule] = any(w in self.low for w in _RULE_WORDS[rule])
        return v


_LEAD_PREP_RE = re.compile(r"(?:in|on|at|during)\s+")


def _after_prep(low: str, start: int) -> int:
    """Where a time expression's own leading "in" / "during" ends ("in September"), so that a rule
    reading the words before it sees "released by the bureau in"."""
    m = _LEAD_PREP_RE.match(low, start)
    return m.end() if m else start


_JOINED_RE = re.compile(r"\s*(?:,\s*|,?\s*(?:and|or)\s+)(?:(?:in|during|for)\s+)?(?:the\s+)?")


def demote_year_before_frame(low: str, ps: list, frames: tuple) -> None:
    """"Industrial output expanded 15.9 percent over the first quarter of 2010" in a report on the
    first quarter of 2011 (one of `frames`, the periods the text is about): a rate "over" the same
    part of the year before the text's period is a rate against it, as when the sentence itself
    names the later period (demote). The period then dates none of the sentence's figures; they
    take the text's."""
    dated = [p for p in ps if p.role == "period" and p.pend is not None]
    if len(dated) != 1:
        return   # none, or the sentence has a period of its own: demote() weighs it
    for p in dated:
        if p.start == 0 or not _OVER_RATE_LEFT_RE.search(low, max(0, p.start - 30), p.start):
            continue
        if any(f is not None and f.pend is not None and f.ptype == p.ptype and _a_year_before(p, f) for f in frames):
            p.role = "base"


def _a_year_before(p, f) -> bool:
    """Whether period p is the same part of the year before period f's."""
    try:
        return p.pstart == f.pstart.replace(year=f.pstart.year - 1) and p.pend == f.pend.replace(year=f.pend.year - 1)
    except ValueError:   # the 29th of February
        return False
# "(CAFTA 2010)", "(CIIE 2023)": an acronym and a year alone in brackets name an agreement or an
# event's edition; the year is no period the text reports
_NAMED_YEAR_RE = re.compile(r"\(\s*[A-Z][A-Z&-]{1,9}\s+$")
_CLOSE_RE = re.compile(r"\s*\)")


def name_years(s: str, out: list) -> None:
    """Makes a bare year that, with an acronym before it, fills a pair of brackets a `date`."""
    for p in out:
        if p.role == "period" and p.ptype == "year" and p.end - p.start == 4 and s[p.start:p.end].isdigit() \
                and _NAMED_YEAR_RE.search(s, max(0, p.start - 14), p.start) and _CLOSE_RE.match(s, p.end):
            p.role, p.bound = "date", True

