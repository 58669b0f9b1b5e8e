"""Figures that are statistics, but of something other than a region.

The annotators file no required row for these (eval/ANNOTATION.md: "figures
of a trade fair or expo", "a company's own figures", "figures of places
outside China", capacities "what plants could make"): each is `optional` at
most, so a fact of one is never a find and, filed with the article's place
and period, is a false find. The last stage (grammar._STAGES) drops:

  event deals   a sentence that names a fair, expo or like event and the deals,
                signings, visitors or turnover it saw: "A total of 500 deals
                worth 100 billion yuan were signed during the four-day fair,
                up 12 percent" (not a press conference where a region's
                figures were released);
  capacity      an amount of goods (not money, rates, or power) that its own
                clause calls a capacity: "an annual production capacity of
                300,000 vehicles", "enabling it to manufacture 4 million
                vehicles a year" (installed power capacity in kilowatts is a
                region's statistic and stays);
  one firm      a figure whose clause, before it, makes a single firm, plant or
                project its owner and names no place in between: "the
                company's sales rose 15 percent", "The plant can turn out
                300,000 cars", "Huawei's revenue reached 700 billion yuan" (a
                capitalised name that is no place, with a firm's measure);
  streak bound  a bound a run of years passed ("the ninth year seeing growth
                of above 25 percent");
  older base    a change in percent: growth over several years or against a base
                older than a year ("up 48 percent from 2020"), which no gold row
                requires of any region (a statistic, but not a yearly one);
  a foreign     a figure whose clause opens with a country or bloc outside
  place         China as its owner: "Japan's exports fell 4 percent", "ASEAN
                economies grew 4.5 percent", "followed by Japan with 42,459".

Each test reads its words from seeds/cues.csv (kinds deal_event, deal_word,
press_event, firm_noun, firm_verb, firm_measure,
firm_sale_verb, foreign_subject_after, foreign_flow_noun).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import catalogue, indicators, measure_cues
from .scene import Figure, SentenceContext

# Units of power plants and grids: an installed capacity is a region's statistic
_POWER_UNITS = frozenset({"kilowatt", "kWh"})
# Units a capacity never has: money and rates
_NOT_GOODS = frozenset({"percent", "percentage_point", "ratio", "index"})


def screen(fig: Figure, sc: SentenceContext) -> None:
    """Drops a figure of an event, a plant's capacity, one firm or a foreign place, and growth
    against an older base."""
    why = (_older_base(fig) or _streak_bound(fig, sc) or _event_deal(fig, sc) or _capacity(fig, sc)
           or _one_firm(fig, sc) or _foreign_owner(fig, sc))
    if why:
        fig.dropped = "not regional: " + why


def _older_base(fig: Figure) -> str | None:
    """A percentage change against an older base (growth over several years, "up 48 percent from
    2020", "11.1 percent above the 2019 level"): dating makes such a rate a `change` in percent, a
    metric no gold row requires (eval/ANNOTATION.md: growth over several years, against a base
    two years back, are optional), so as a fact it can only be a false find."""
    return "growth against an older base" if fig.metric == "change" and fig.unit == "percent" else None


def _streak_bound(fig: Figure, sc: SentenceContext) -> str | None:
    """A bound a run of years passed ("the ninth year seeing growth of above 25 percent", "grew
    more than 10 percent for five consecutive years"): a streak, which the gold never files
    under the measure it describes (ANNOTATION.md, held-out 8); an exact rate beside a streak
    ("grew 8 percent, the fifth consecutive year of growth") is the year's own and stays, and so is a
    level passed ("exports exceeded 100 billion yuan for the third year running")."""
    if fig.qualifier not in ("over", "under") or fig.unit != "percent" or not _STREAK_RE.search(sc.s):
        return None
    start = sc.clause_start(fig.m.start)
    end = indicators.CLAUSE_BREAK_RE.search(sc.s, fig.m.conv_end or fig.m.end)
    stop = end.start() if end else len(sc.s)
    return "a bound a streak of years passed" if _STREAK_RE.search(sc.s, start, stop) else None


# "the 9th year", "the fifth consecutive year", "for five straight years", "18 years in a row",
# "for the third year running"
_STREAK_RE = re.compile(r"(?<![\w-])(?:(?:the\s+)?(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|"
                        r"eighth|ninth|tenth|\w+teenth|twentieth)\s+(?:(?:consecutive|straight|successive)\s+)?years?"
                        r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty)\s+(?:consecutive|straight|"
                        r"successive)\s+years|\d+\s+years\s+in\s+a\s+row|years?\s+running)(?![\w-])", re.I)


def _event_deal(fig: Figure, sc: SentenceContext) -> str | None:
    """A sentence about the deals, signings or visitors of a fair or expo; but a figure whose own
    clause names a place and no deal ("Guangzhou's exports rose 5 percent, helped by the fair,
    which drew 200,000 visitors") is that place's."""
    def find(sc: SentenceContext) -> bool:
        s = sc.s
        ev = [m for m in _deal_event_re().finditer(s) if _press_event_re().match(s, m.start()) is None
              and not _press_before_re().search(s, max(0, m.start() - 12), m.start())]
        return bool(ev) and _deal_word_re().search(s) is not None
    if not sc.memo("event_deal", find):
        return None
    start = sc.clause_start(fig.m.start)
    end = indicators.CLAUSE_BREAK_RE.search(sc.s, fig.m.conv_end or fig.m.end)
    stop = end.start() if end else len(sc.s)
    if any(start <= p.start < stop and not p.source for p in sc.place_ms) \
            and _deal_word_re().search(sc.s, start, stop) is None:
        return None
    return "the deals or visitors of an event"


def _capacity(fig: Figure, sc: SentenceContext) -> str | None:
    """An amount of goods its clause calls a capacity (what plants could make, not what they made)."""
    if fig.metric != "level" or fig.unit in _POWER_UNITS or fig.unit in _NOT_GOODS or fig.m.unit_kind == "currency":
        return None
    return "a capacity, not output" if measure_cues.capacity_before(sc.s, fig.m.start) else None


def _one_firm(fig: Figure, sc: SentenceContext) -> str | None:
    """A figure of one firm, plant or project: named before it in its clause, with no place between."""
    s, start = sc.s, sc.clause_start(fig.m.start)
    owner = None
    for owner in _firm_ref_re().finditer(s, start, fig.m.start):
        pass
    if owner is None:
        for hit in _named_firm_measure_re().finditer(s, start, fig.m.start):
            if not catalogue.get().region_for(hit["name"]) and not _is_place_word(hit["name"]):
                owner = hit
        if owner is None:
            return None
    if any(owner.start() <= p.start < fig.m.start and not p.source for p in sc.place_ms):
        return None   # "the company's home province, Guangdong, exported ...": the place's
    return "a single firm's or project's own figure"


def _is_place_word(name: str) -> bool:
    # "Guangdong Province's", "Shenzhen City's": a region named with its level word
    head = name.rsplit(" ", 1)[0] if " " in name else ""
    return bool(head) and bool(catalogue.get().region_for(head))


def _foreign_owner(fig: Figure, sc: SentenceContext) -> str | None:
    """A figure after a country or bloc outside China named as the owner or subject of its
    sentence, in a sentence that names no place of the catalogue before the figure."""
    s = sc.s
    if any(p.start < fig.m.start and not p.source for p in sc.place_ms):
        return None   # "Hunan's trade with South Africa accounted for ...": the place's
    end = indicators.CLAUSE_BREAK_RE.search(s, fig.m.conv_end or fig.m.end)
    if any(fig.m.start < p.start < (end.start() if end else len(s)) and not p.source for p in sc.place_ms):
        return None   # "the EU accounted for 21 percent of Jiaxing's exports": a partner's share of the place's
    # from the sentence's start: "The United States remains the largest filer, ..., accounting
    # for 22% of the global total" (its later clauses keep the owner)
    for hit in _foreign_owner_re().finditer(s, 0, fig.m.start):
        if _NAME_BEFORE_RE.search(s, max(0, hit.start() - 30), hit.start()):
            continue   # "Inner Mongolia", "South Africa": the end of a longer name
        return "a figure of a place outside China"
    return None


# a capitalised word right before a name: the name is the end of a longer one ("Inner Mongolia")
_NAME_BEFORE_RE = re.compile(r"(?<![\w-])(?!(?:The|A|An|In|By|And|But|While|Meanwhile|According)\s)[A-Z][\w.-]*\s+$")


@lru_cache(maxsize=1)
def _deal_event_re() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{deal_event})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _press_event_re() -> re.Pattern:
    # the event noun itself inside "press conference", "news conference"
    return catalogue.get().cue_pattern(r"(?:{press_event})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _press_before_re() -> re.Pattern:
    return re.compile(r"(?:press|news|media|work)\s+$", re.I)


@lru_cache(maxsize=1)
def _deal_word_re() -> re.Pattern:
    return catalogue.get().cue_pattern(r"(?<![\w-])(?:{deal_word})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _firm_ref_re() -> re.Pattern:
    # "the company's", "this carmaker's", "The plant can turn out", "the project, with": a single
    # firm as owner or subject (singular: "the group of", "the company said" lead elsewhere);
    # "shares of the company", "sales at the store": the firm after "of", "at" or "by"
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?:(?i:the|this|that|a|an)\s+(?:[\w-]+\s+){0,2}?(?i:{firm_noun})"
        r"(?:['’]s(?![\w])|,?\s+(?:{firm_verb})(?![\w-]))"
        r"|(?:of|at|by)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?i:{firm_noun})(?![\w'’-])"
        r"(?!\s+(?:sector|sectors|industry|industries|level|scale|size|type|types|of|in)\b))",
        variants=False)


@lru_cache(maxsize=1)
def _named_firm_measure_re() -> re.Pattern:
    # "Huawei's revenue", "BYD's sales": a capitalised name's own measure of a firm; "BYD sold",
    # "Tesla delivered": a capitalised name as the subject of a verb only firms take
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?i:{firm_measure})"
        r"|\s+(?:{firm_sale_verb}))(?![\w-])",
        variants=False)


@lru_cache(maxsize=1)
def _foreign_owner_re() -> re.Pattern:
    # "Japan's exports", "ASEAN economies grew", "followed by Japan with": a foreign place as owner
    alt = "|".join(re.escape(n) for n in sorted(_foreign_names(), key=len, reverse=True))
    return catalogue.get().cue_pattern(
        r"(?<![\w-])(?<!with\s)(?<!to\s)(?<!from\s)(?<!and\s)(?<!the\s)(?<!of\s)(?<!in\s)(?<!for\s)"
        r"(?:[Tt]he\s+)?(?:" + alt + r")(?:['’]s\s+(?!(?:[\w-]+\s+)?(?i:{foreign_flow_noun})(?![\w-]))"
        r"|\s+(?i:{foreign_subject_after})(?![\w-]))", variants=False)


@lru_cache(maxsize=1)
def _foreign_names() -> frozenset[str]:
    """The names, as written, of the partners (seeds/breakdowns.csv) that are no region of the
    catalogue and start with a capital: countries and blocs abroad ("Japan", "ASEAN")."""
    cat = catalogue.get()
    return frozenset(a for r in catalogue._rows("breakdowns.csv") if r["dimension"] == "partner"
                     for a in (x.strip() for x in r["aliases"].split("|"))
                     if a[:1].isupper() and not cat.region_for(a))
