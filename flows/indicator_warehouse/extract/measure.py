"""Measure stage: what a figure measures, in which unit.

  unit       its own words ("billion yuan", "percent"), else a count of the
             noun after it ("1.17 million patents"), or a rate per people
             ("11.8 patents per 10,000 people"; figure_units.py);
  indicator  indicators.choose on the names before it, else a topic word,
             a list of counts, a fact-box label on the line above, or the
             measure the sentence before named; "per capita" and share
             measures adjust it;
  pointing   "the figure", "the total": the measure just reported, in this
             sentence or the ones before (pointers.py; then dating.py also
             carries the period just stated).
A figure whose unit or measure stays too vague is dropped. After dating,
`confirm` applies a list's pairing and asks a figure with no catalogue
measure (statistic.py) for other evidence that it is a statistic: money, a physical
quantity or a ratio ("2.31:1"), a rate, or a count of a noun that its own
sentence dates and a reporting verb, "the number of", a passive report or
its own growth rate marks as a statistic ("there were 33,573 such
enterprises at the end of 2018"). Such a figure is kept as `unclassified`,
named by what it counts, so analysts can group it.
"""
from __future__ import annotations

import re

from . import balances, figure_units, indicator_facts, indicators, measure_cues, measure_phrase, metric, pointers, screen, shares, statistic, unnamed, wholes
from .metric import recovery as _recovery_ratio
from .cues import cues
from .numbers import Mention
from .scene import Figure, SentenceContext

# the few words after a figure, where a topic word may name its measure
_NOUN_PHRASE_RE = re.compile(r"\s+(?:[A-Za-z][\w'&-]*\s+){0,3}[A-Za-z][\w'&-]*")
# "Among all the 136,434 contracts registered in the first half, 56,287
# involved ...", "Of the 2,000 firms surveyed, 1,200 ...": a part of a whole
# whose noun is not repeated.
_WHOLE_LEFT_RE = re.compile(r"^\W*(?:among|of)\s+(?:all\s+)?(?:the\s+|these\s+|its\s+)?(?:total\s+)?$", re.I)
_PART_GAP_RE = re.compile(r"(?:[^,;\d]|(?:19|20)\d\d){1,100}?,\s*(?:(?:about|nearly|around|over|more\s+than|some)\s+)?$", re.I)
# A line that is only a figure ("756.2 billion yuan"), and a short label line
# before it ("GDP", "Foreign trade:")
_VALUE_ONLY_RE = re.compile(r"[\s*•·|:()+-]*[.;]?\s*")
_LABEL_RE = re.compile(r"[^\d.!?]{1,60}")
# "GDP ... or US$5,400 per capita": the per-capita form of the measure
_PER_CAPITA_AFTER_RE = re.compile(r"\s+(?:per\s+capita|per\s+person|per\s+head|per\s+resident)\b", re.I)


def assign(fig: Figure, sc: SentenceContext) -> None:
    """The figure's unit and catalogue indicator; drop it when its unit or measure is too vague to keep.

    The steps run in this order because each reads what the ones before it set: the unit
    and the catalogue name first, then the phrase around the name, then what the figures
    and sentences around it make of it, then the checks that keep it, and last the
    readings that need the settled metric and unit."""
    figure_units.assign(fig, sc)
    _indicator(fig, sc)
    _phrase(fig, sc)
    _part_after_marker(fig, sc)
    _part_of_counted_whole(fig, sc)
    _reframed(fig, sc)
    _ratio_of_share(fig, sc)
    _earlier_rate(fig, sc)
    _intensity(fig, sc)
    _share_of_listed_parts(fig, sc)
    settled = _settle(fig, sc)
    if settled is None:
        fig.dropped = "measure: unit or measure too vague"
        return
    fig.code, fig.metric, fig.unit = settled
    _unfiled_readings(fig, sc)
    _pointed_back(fig, sc)
    _quantity_growth(fig, sc)
    _part_of_earlier_whole(fig, sc)


def _phrase(fig: Figure, sc: SentenceContext) -> None:
    """The phrase that names the figure's measure (measure_phrase.describe), or another part of
    the same measure when the figure is "that of" another group."""
    # the whole phrase that names the measure: the whole, a part of it, or
    # only a modifier of something else ("foreign trade enterprises")
    fig.phrase = measure_phrase.describe(sc.s, (fig.m.start, fig.m.end), indicators.Choice(fig.code, fig.hit),
                                         metric=fig.metric, position=sc.positions.get(fig.i),
                                         before=sc.doc.prev_sentence)
    fig.code = fig.phrase.code
    other_part = wholes.that_of(fig, sc)
    if other_part is not None:
        # ", while that of urban residents was 50,000 yuan": the same measure, another part
        fig.phrase, fig.code = other_part, other_part.code


def _part_after_marker(fig: Figure, sc: SentenceContext) -> None:
    """A part of a whole named before the figure: after a part marker ("of which"), inside the
    whole a share's sentence opens with ("Among Henan's exports"), or of the article's topic."""
    marker = wholes.part_marker(fig, sc)
    opening = wholes.WHOLE_OPENING_RE.match(sc.s) if fig.metric == "share_pct" and fig.hit is not None else None
    if marker is None and opening is not None and fig.hit.end <= opening.end() <= fig.m.start:
        # "Among Henan's exports, mobile phones made up 40 percent": the share
        # of a part of the whole the sentence opens with, never the whole's
        marker = opening.end()
    if marker is None:
        # "As for imports, electromechanical products rose 41 percent": a part of the topic, never the topic
        marker = wholes.topic_part(fig, sc)
    if marker is not None:
        # "..., of which 9 billion yuan went to basic research": a part of the whole just stated
        fig.phrase = measure_phrase.part_after_marker(sc.s, fig.phrase, marker, (fig.m.start, fig.m.end))
        fig.code = fig.phrase.code


def _part_of_counted_whole(fig: Figure, sc: SentenceContext) -> None:
    """A figure counted as a part of a whole count ("including 14 in manufacturing"): a part of
    that whole's measure, named by its own words up to the next part, never the measure those
    words name on their own."""
    whole = fig.part_of
    if whole is not None and whole.code not in (None, "unclassified") and whole.phrase is not None \
            and not whole.phrase.breakdown and (fig.code != whole.code or fig.phrase is None or not fig.phrase.breakdown):
        # "144 firms were set up, up 20 percent, including 14 in manufacturing and 55 in services":
        # each a part of the count, never the measure its own words name ("the service industry")
        lo = fig.prev.m.conv_end or fig.prev.m.end
        marker = None
        for marker in cues().part_marker.finditer(sc.s, lo, fig.m.start):
            pass
        # its own words end where the next part starts ("... and 55 in the service industry")
        nxt = sc.ms[fig.i + 1].start if fig.i + 1 < len(sc.ms) else len(sc.s)
        fig.phrase = measure_phrase.part_after_marker(sc.s[:nxt], whole.phrase, marker.end() if marker else fig.m.start,
                                                      (fig.m.start, fig.m.end))
        fig.code, fig.hit = fig.phrase.code, None


def _reframed(fig: Figure, sc: SentenceContext) -> None:
    """The measure the figures around it give it (wholes.py): a component of a part already
    stated, a partner in apposition or a part "Among them" points into, or the level a rate
    qualifies, whose measure the rate is the growth of."""
    component = wholes.component_of_part(fig, sc)
    if component is not None:
        # "trade with ASEAN reached 150 billion yuan, with 90 billion yuan
        # of exports": the exports to ASEAN
        fig.phrase, fig.code = component, component.code
    role = wholes.reframe(fig, sc)
    if role is not None:
        # a partner in apposition, a part of the part "Among them" points into, a stock's "added" members
        fig.phrase, fig.code = role, role.code
    level = wholes.level_it_qualifies(fig, sc)
    if level is not None:
        # "exported 120 billion yuan of electronics to ASEAN, up 9 percent":
        # the rate is the growth of that level, whatever its phrase named
        fig.code, fig.hit, fig.phrase, fig.qualifies = level.phrase.code, level.hit, level.phrase, level


def _ratio_of_share(fig: Figure, sc: SentenceContext) -> None:
    """A share of a whole that makes a ratio with a code of its own ("1.7 percent of its GDP"
    after R&D spending is R&D intensity, not a share of R&D)."""
    if fig.metric == "share_pct" and fig.code not in (None, "unclassified"):
        whole = indicators.share_whole(sc.s, fig.m.conv_end or fig.m.end, sc.hs)
        ratio = shares.ratio_of(fig.code, whole) if whole is not None else fig.code
        if ratio != fig.code:
            # "invested 50 billion yuan in R&D, or 1.7 percent of its GDP": a
            # ratio with a code of its own (R&D intensity), not a share of R&D
            fig.code, fig.hit, fig.qualifies = ratio, None, None
            fig.phrase = measure_phrase.Measure(ratio, None, fig.phrase.text if fig.phrase else "")


def _earlier_rate(fig: Figure, sc: SentenceContext) -> None:
    """A rate set against the one just read ("compared to 1.98 percent in 2012"): the measure
    of that one, whose words it does not repeat."""
    prev = fig.prev
    if (prev is not None and prev.dropped is None and prev.metric == fig.metric and prev.code not in (None, "unclassified")
            and metric.compared_rate(sc.s, prev.m, fig.m)):
        # "R&D spending was 2.08 percent of GDP in 2013, compared to 1.98 percent in 2012":
        # the earlier rate is of the measure just read, whose words it does not repeat
        fig.code, fig.hit, fig.phrase, fig.qualifies = prev.code, prev.hit, prev.phrase, prev.qualifies


def _intensity(fig: Figure, sc: SentenceContext) -> None:
    """A percentage named as an intensity ("an investment intensity of 2.6 percent"): that
    ratio's code, read as a share."""
    if fig.m.unit == "percent" and fig.metric in ("level", "share_pct") and fig.code not in shares.ratio_codes():
        ratio = shares.intensity_of(sc.s, fig.m.start, fig.m.conv_end or fig.m.end, fig.code, sc.hs)
        if ratio is not None:
            # "..., with an investment intensity of 2.6 percent": R&D intensity
            fig.code, fig.metric, fig.hit, fig.qualifies = ratio, "share_pct", None, None
            fig.phrase = measure_phrase.Measure(ratio, None, fig.phrase.text if fig.phrase else "")


def _share_of_listed_parts(fig: Figure, sc: SentenceContext) -> None:
    """Levels of parts listed together that add up to 100 (scene.py): each part's share."""
    share = sc.shares.get(fig.i) if fig.metric == "level" else None
    if share is not None:
        # "the primary, secondary and tertiary industries were 7.5%, 49.7% and
        # 42.8%": parts listed that add up to 100 are each part's share
        fig.code, fig.metric, fig.unit = (None if share == "unclassified" else share), "share_pct", "percent"


def _unfiled_readings(fig: Figure, sc: SentenceContext) -> None:
    """Figures kept under no measure's code, whatever measure their words name: a share of
    something no measure is a part of, a contribution to growth or a recovery ratio, a trade
    balance, a figure whose own subject is set before it."""
    if fig.metric == "share_pct" and fig.code not in (None, "unclassified") \
            and indicators.unmeasured_whole_after(sc.s, fig.m.conv_end or fig.m.end):
        # "industrial added value ..., accounting for 33.7 percent of economic
        # growth": a share of something no measure is a part of (a contribution
        # to growth, a share of land), whatever measure a list or the clause before named
        fig.code = "unclassified"
        fig.phrase = measure_phrase.Measure("unclassified", None, metric.clause_words(sc.s, fig.m))
    if (fig.metric == "level" and (fig.unit == "percentage_point" or (fig.unit == "percent" and fig.code == "unclassified"))) \
            or (fig.metric == "share_pct" and _recovery_ratio(sc.s, fig.m)):
        # a contribution to growth or a recovery ratio (metric.py): kept, but
        # under no measure's code (points and ratios are not its own unit),
        # named by the words of its clause
        fig.code = "unclassified"
        fig.phrase = measure_phrase.Measure("unclassified", None, metric.clause_words(sc.s, fig.m))
    if fig.metric == "level" and fig.value < 0 and balances.negative(sc.s, fig.m):
        # "a trade deficit of 2.9 billion" (metric.py made it negative): a
        # trade balance, which the catalogue lacks, whatever measure the
        # clause names ("the deficit was the result of exports ...")
        fig.code = "unclassified"
        fig.phrase = measure_phrase.Measure("unclassified", None, balances.name())
    if fig.code is None and measure_cues.setting_before(sc.s, fig.m.start):
        # "The coal industry's output led the economy with a growth of 32.9 percent": its own subject
        fig.code = "unclassified"


def _pointed_back(fig: Figure, sc: SentenceContext) -> None:
    """A figure with no measure of its own words: the measure just reported ("the figure was
    equal to 3.6 percent of its GDP"), with the part its own clause names of it."""
    if fig.code is None:
        # "..., and the figure was equal to 3.6 percent of its GDP": the measure
        # just reported, and with it (dating.py) the period just stated
        fig.code = pointers.antecedent_measure(fig, sc)
        fig.pointed = fig.code is not None
        if fig.code is not None:
            # "Private investment growth was 8.8 percent": the part its own
            # clause names of the measure pointed back to
            fig.phrase = measure_phrase.describe(sc.s, (fig.m.start, fig.m.end), indicators.Choice(fig.code, None),
                                                 metric=fig.metric)
            fig.code = fig.phrase.code   # ("the figure with the Nordic countries": a part we cannot name)


def _quantity_growth(fig: Figure, sc: SentenceContext) -> None:
    """A growth rate that ends at a quantity in another unit than its money measure ("gas
    imports surged 154.2 percent to reach 10.4 billion cubic meters"): not that measure's."""
    if fig.metric == "yoy_growth_pct" and fig.code not in (None, "unclassified") \
            and measure_cues.grew_to_other_unit(sc.s, fig.m, sc.ms[fig.i + 1] if fig.i + 1 < len(sc.ms) else None, fig.code):
        # "gas imports surged 154.2 percent to reach 10.4 billion cubic meters": a quantity's growth, not money's
        fig.code = "unclassified"
        fig.phrase = measure_phrase.Measure("unclassified", None, fig.phrase.text if fig.phrase else "")


def _part_of_earlier_whole(fig: Figure, sc: SentenceContext) -> None:
    """A figure whose measure came from the text before, or from its own clause's total ("Of
    this total, 221.2 billion yuan was used for basic research"): a part of that whole, named
    in its own words, never the whole itself."""
    lo = wholes.part_of_antecedent(fig, sc)
    if lo is None:
        lo = wholes.part_of_own_total(fig, sc)
    if lo is not None:
        # "Of this total, 221.2 billion yuan was used for basic research";
        # "12 billion yuan went to universities, accounting for 11 percent of
        # R&D spending": a figure whose measure came from the text before is
        # a part of the whole reported there, named in its own words, never
        # that whole
        whole = measure_phrase.Measure(fig.code, None, fig.phrase.text if fig.phrase else "")
        fig.phrase = measure_phrase.part_after_marker(sc.s, whole, lo, (fig.m.start, fig.m.end))
        fig.code = fig.phrase.code


def confirm(fig: Figure, sc: SentenceContext) -> None:
    """Evidence that the figure is a statistic at all: its measure from a list
    pairing, or, with no catalogue measure, money, a quantity or a rate. Runs
    after dating: a carried period asks for more evidence than the
    sentence's own, and dating reads the measure before the pairing sets it."""
    pair = sc.paired.get(fig.i)
    if pair is not None and pair[1]:
        fig.code = pair[1]
    base = _recovery_ratio(sc.s, fig.m) if fig.metric == "share_pct" and fig.pend is not None else None
    if base is not None and str(fig.pend.year) in base:
        # "returned to 80% of the 2019 level": that year is its base, never its period
        fig.dropped = "measure: a recovery ratio dated only by its base year"
        return
    if fig.code == "unclassified":
        fig.code = None   # a count listed with catalogued ones: kept, but not named
    elif fig.code is None and fig.unit in ("ratio", "index") and statistic.shows_statistic(fig, sc):
        unnamed.name_ratio(fig, sc)
    elif fig.code is None and not statistic.shows_statistic(fig, sc):
        if not statistic.counted_statistic(fig, sc):
            fig.dropped = "measure: no catalogue measure and no sign of a statistic"
        else:
            unnamed.name_counted_noun(fig, sc)
    elif fig.code is None and fig.number_of and fig.unit in ("count", "person"):
        unnamed.name_counted_noun(fig, sc)   # "the number of duty-free shops ... reached 61": named by it


def _indicator(fig: Figure, sc: SentenceContext) -> None:
    """The figure's indicator (and its unit, which a part-of-whole count sets), and whether it is a bare count of a noun."""
    s, ms, hs, ctx, i, m = sc.s, sc.ms, sc.hs, sc.doc, fig.i, fig.m
    unit0, metric, number_of = fig.unit, fig.metric, fig.number_of
    # "Guangdong (5,937), Beijing (1,341)": a place's count of the measure
    # the sentence names, not of a noun after it
    noun_only = m.unit is None and unit0 in ("count", "person") and not number_of and not screen.place_count_in_brackets(s, m)
    choice = indicators.pick(s, (m.start, m.end), unit0, metric, hs, noun_only=noun_only)
    if number_of and choice.hit is not None and choice.hit.start > m.end and ";" in s[m.end:choice.hit.start]:
        # "the number of institutes rose from 2,245 to 3,678; the number of high-tech firms ...":
        # a count is of its own "number of" noun, never of the next clause's
        choice = indicators.Choice(None, None)
    code = choice.code
    if code is None and unit0 == "count" and indicators.counts_entities(s, m.start, m.end):
        # "520 enterprises in Shenzhen filed PCT applications": a count of
        # enterprises; no topic word or verb later in the clause names it
        fig.code, fig.unit, fig.noun_only, fig.hit = None, unit0, noun_only, None
        return
    if code is None and noun_only:
        # a topic word inside the noun phrase: "1.17 million patents"
        code = indicators.choose_topic(_NOUN_PHRASE_RE.match(s, m.end).group(0) if _NOUN_PHRASE_RE.match(s, m.end) else "",
                                       unit0, metric)
    if code is None and i in sc.listed:
        code = sc.listed[i]
    if code is None and i > 0 and m.unit is None and metric == "level" and _part_of_whole(s, ms, i):
        code, unit0 = "unclassified", "count"   # "Among the 136,434 contracts ..., 56,287 involved IP"
    if code is None and ctx.prev_text and _VALUE_ONLY_RE.fullmatch(s[:m.start]) \
            and _VALUE_ONLY_RE.fullmatch(s, m.conv_end or m.end) and is_label(ctx.prev_text):
        # a fact box: "GDP" on one line, "756.2 billion yuan" on the next
        lp = len(ctx.prev_text)
        code = indicators.choose(ctx.prev_text, (lp, lp), unit0, metric, indicators.hits(ctx.prev_text))
    if code is None and not noun_only and not (unit0 in ("person", "count") and _employed(s, fig.seg_start, m.start)):
        # (but "2,300 R&D institutions, employing 60,000 people" counts their
        # staff, not the people the topic word would name: R&D personnel)
        cut = s.find(";", m.end) if number_of else -1   # a "number of" count: never the next clause's topic
        code = indicators.choose_topic(s if cut < 0 else s[:cut], unit0, metric)
    if code is None and ctx.prev_text and metric in ("level", "change") and unit0 not in (None, "percent"):
        # "The number of R&D personnel ... With 1.35 million skilled
        # professionals": the measure was named in the sentence before.
        code = indicators.choose_topic(ctx.prev_text, unit0, metric)
        noun = pointers.demonstrative_noun(s, 0, m.start)
        if code is not None and noun is not None and not indicator_facts.alias_has_word(code, noun):
            code = None   # "Of those technicians, 60,000 ...": not the enterprises named before
        counted = unnamed.counted_noun(s, m.conv_end or m.end) if code is not None and noun_only else None
        head = counted.split()[-1].lower().removesuffix("s") if counted else ""
        if head and head not in ("one", "other") and not indicator_facts.alias_has_word(code, head):
            # "Shenzhen was home to 1.44 million professional technicians"
            # after a sentence on high-tech enterprises: a count of its own noun
            code = None
    if unit0 == "count" and cues().application_verb.search(s, max(fig.seg_start, m.start - 30), m.start):
        # "applied for 108,800 patents": the applications measure of the
        # counted noun, never the grants a bare "patents" would default to
        code = indicator_facts.applications_of(_AFTER_DIGITS_RE.sub("", s[m.start:m.start + 60])) or code
    fig.code, fig.unit, fig.noun_only = code, unit0, noun_only
    fig.hit = choice.hit if code == choice.code else None   # the alias, if it is what named the figure


def _employed(s: str, lo: int, a: int) -> bool:
    """Whether a verb of employing introduces the count at a ("employing 60,000 people")."""
    return cues().employ_verb.search(s, max(lo, a - 30), a) is not None


# the digits and scale word of a count, before the noun it counts
_AFTER_DIGITS_RE = re.compile(r"^[\d.,\s]*(?:(?:million|billion|thousand|hundred)\s+)?", re.I)


def _part_of_whole(s: str, ms: list[Mention], i: int) -> bool:
    """Whether figure ms[i] counts a part of the whole the first figure counts."""
    whole = ms[0]
    return (i == 1 and whole.unit in (None, "count") and whole.kind == "digits"
            and bool(_WHOLE_LEFT_RE.match(s[:whole.start])) and bool(_PART_GAP_RE.fullmatch(s, whole.end, ms[i].start)))


def is_label(text: str) -> bool:
    """A short line with no figure and no sentence end: a fact-box label
    ("GDP", "Foreign trade:") whose value is on the next line."""
    return bool(text) and len(text) <= 60 and bool(_LABEL_RE.fullmatch(text))


def _settle(fig: Figure, sc: SentenceContext) -> tuple[str | None, str, str] | None:
    """The figure's final indicator, metric and unit; None when its unit or measure is too vague to keep."""
    c, s, hs, m = cues(), sc.s, sc.hs, fig.m
    code, unit0, metric = fig.code, fig.unit, fig.metric
    if unit0 is None and code and indicator_facts.unit_of(code) not in ("count", "person") \
            and not (m.scale >= 1e6 and indicator_facts.unit_of(code) in ("CNY", "USD")
                     and _named_in_clause(s, hs, code, m.start)):
        return None    # a bare number for a money or rate measure: unit unknown
        # (but "GDP hit 5.69 trillion" is money in the measure's currency,
        # when the measure is named in the figure's own clause)
    if code is None and metric == "yoy_growth_pct":
        cat = c.category_right.match(s, m.end)
        if cat is not None and not any(cat.end() - 1 <= h.start <= cat.end() + 12 for h in hs) \
                and not c.category_measure.match(s, cat.end() - 1):
            return None    # "2.3% increase for food": a category of a breakdown
            # (but "a 27.7 percent increase in trade volume" names the measure itself)
    if code is not None and "per_capita" not in code and unit0 not in (None, "percent") \
            and c.per_capita_left.search(s, fig.seg_start, m.start):
        code = "unclassified"   # "per capita funds ... were 599,000 yuan": not the aggregate
    if code is not None and "per_capita" not in code and unit0 not in (None, "percent") \
            and _PER_CAPITA_AFTER_RE.match(s, m.conv_end or m.end):
        code = indicator_facts.per_capita_of(code)   # "GDP ... or US$5,400 per capita": GDP per capita
    if metric == "level" and unit0 == "percent" and code in c.share_indicators:
        metric = "share_pct"   # R&D intensity: a share of GDP
    unit = unit0 or _unit_for(m, code) or "count"
    if unit == "count" and code and indicator_facts.unit_of(code) == "person":
        unit = "person"
    if metric == "share_pct" and _recovery_ratio(s, m):
        return "unclassified", metric, unit   # a recovery ratio: kept, but a share of no measure's whole
    if metric == "level" and unit == "percent" and (code is None or indicator_facts.unit_of(code) != "percent"):
        if code is None and _rate_named(s, m):
            return "unclassified", metric, unit   # "the forest coverage rate was 42 percent": a rate the catalogue lacks
        return None    # a bare percentage with no rate indicator: not enough to go on
    return code, metric, unit


def _rate_named(s: str, m: Mention) -> bool:
    """Whether a rate noun in the figure's own clause, at most a few words
    before it, names the percentage ("the forest coverage rate of the city
    reached 42 percent", "the rate of coverage rose from 11.2 percent in
    2011 to 11.5 percent"): a level of that rate. Not across a figure or a
    clause break: "the rate" of another figure names that one."""
    lo = max(0, m.start - 120)   # a window, never the whole sentence once per figure
    clause = max((b.end() for b in indicators.CLAUSE_BREAK_RE.finditer(s, lo, m.start)), default=lo)
    last = None
    for last in cues().rate_noun.finditer(s, clause, m.start):
        pass
    if last is None or _RATE_GAP_RE.fullmatch(s, last.end(), m.start) is None:
        return False
    c = cues()
    if c.rate_move_before.search(s, max(0, last.start() - 30), last.start()) is not None \
            or c.rate_move_after.match(s, last.end()) is not None:
        return False
    # a rate named by its own words ("the coverage rate", "the rate of coverage"); a bare
    # "the ratio was 1 percent" points back to a figure before it, whatever that was
    return _BARE_RATE_LEFT_RE.search(s, max(0, last.start() - 12), last.start()) is None \
        or _OF_AFTER_RE.match(s, last.end()) is not None


_BARE_RATE_LEFT_RE = re.compile(r"(?:^|(?<![\w'-])(?:the|this|that|its|their|such|a|an))\s+$", re.I)
_OF_AFTER_RE = re.compile(r"\s+of\s", re.I)


# between a rate noun and its percentage: its "of ..." phrase, a verb, years; no other figure but
# the rate's move ("from 11.2 percent in 2011 to ", "to 42 percent in 2022 from ", "fell 25 basis points to ")
_RATE_GAP_RE = re.compile(r"(?:[^\d,;:()]|(?<![\d.])(?:19|20)\d\d(?![\d.]))*?"
                          r"(?:\d[\d.]*\s*(?:percent|per\s+cent|%|percentage\s+points?|basis\s+points?)"
                          r"(?:\s+(?:in|for)\s+(?:19|20)\d\d)?\s+(?:year[- ]on[- ]year\s+)?(?:to|from)\s+"
                          r"(?:(?:about|around|nearly)\s+)?){0,2}", re.I)


def _named_in_clause(s: str, hs, code: str, pos: int) -> bool:
    """Whether the nearest alias of `code` before `pos` is in the same clause
    ("tourism revenue hit 202 billion yuan, with visitor arrivals topping 90
    million": not the 90 million's)."""
    before = [h for h in hs if code in h.codes and h.end <= pos]
    if not before:
        return True   # named after the figure ("5.69 trillion yuan of GDP")
    return not indicators.CLAUSE_BREAK_RE.search(s, before[-1].end, pos)


def _unit_for(m: Mention, code: str | None) -> str | None:
    """The unit the figure states, else its indicator's."""
    if m.unit:
        return m.unit
    if code:
        return indicator_facts.unit_of(code)
    return None
