"""The grammar's cue patterns: regex skeletons whose `{kind}` slots are
filled with the English cue words of seeds/cues.csv (Catalogue.cue_pattern).

The skeletons hold only structure ("a growth verb, then optionally 'by' and
a qualifier, at the end of the left context"); the words they are about
live in the seeds file, so adding a cue word needs no code. They are
compiled once, on first use, because the catalogue is loaded lazily.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import catalogue

@dataclass(frozen=True, slots=True)
class Cues:
    """The grammar's rules, compiled once from their skeletons here and the
    cue words of seeds/cues.csv (`{kind}` slots, see Catalogue.cue_pattern)."""
    approx: catalogue.EndCue
    over: catalogue.EndCue
    under: catalogue.EndCue
    up: catalogue.EndWordCue
    down: catalogue.EndWordCue
    yoy_after: re.Pattern
    share_before: catalogue.EndWordCue
    share_after: re.Pattern
    cagr: catalogue.EndWordCue
    cagr_after: re.Pattern
    cagr_named: catalogue.EndWordCue
    gap_words: frozenset
    target: re.Pattern
    target_forms: tuple[str, ...]   # the target cues as matched (case variants), for plan_cue_in
    nonstat: catalogue.EndCue
    area_cover: catalogue.EndCue
    trivia: re.Pattern
    two_year_base: re.Pattern
    share_window: re.Pattern
    growth_window: re.Pattern
    share_indicators: frozenset
    yoy_down: frozenset
    change_up: re.Pattern
    change_down: re.Pattern
    growth_of: re.Pattern
    fall_of: re.Pattern
    gap: re.Pattern
    gap_down: frozenset
    year_ago: re.Pattern
    year_basis: re.Pattern
    contrib_left: re.Pattern
    threshold: re.Pattern
    coord_np: re.Pattern
    coord_rate_in: re.Pattern
    more_than: re.Pattern
    more_than_down: frozenset
    equiv: re.Pattern
    prev_year: re.Pattern
    mark_right: re.Pattern
    mark_left: re.Pattern
    mark_any: re.Pattern
    mark_passed: re.Pattern
    whose_left: catalogue.GatedCue
    bound_after: re.Pattern
    per_item_left: catalogue.GatedCue
    per_item_after: re.Pattern
    distance_after: re.Pattern
    gap_by: re.Pattern
    category_right: re.Pattern
    share_contrib: re.Pattern
    per_capita_left: re.Pattern
    whole_year: re.Pattern
    resp_trigger: re.Pattern
    place_count: re.Pattern
    places_together: re.Pattern
    national_left: re.Pattern
    together_after: re.Pattern
    present_time: re.Pattern
    part_marker: re.Pattern
    application_verb: re.Pattern
    noun_rate_after: re.Pattern
    macro_region: re.Pattern
    label_rate: re.Pattern
    label_rate_line: re.Pattern
    count_restated: re.Pattern
    anaphoric_measure: re.Pattern
    count_left: re.Pattern
    count_have: catalogue.EndCue
    count_passive_right: re.Pattern
    ratio_noun: re.Pattern
    employ_verb: re.Pattern
    index_noun: re.Pattern
    rate_noun: re.Pattern
    rate_move_before: re.Pattern
    rate_move_after: re.Pattern
    sequential: re.Pattern
    cagr_window: re.Pattern
    average_across: re.Pattern
    category_measure: re.Pattern
    event_noun: re.Pattern
    noun_stop: frozenset
    rate_trend_to: re.Pattern
    rate_noun_down: re.Pattern
    rate_noun_up: re.Pattern
    three_sectors: re.Pattern
    plan_base: re.Pattern
    # field -> the words one of which every match of that rule starts with
    # (lower case), for the sentence-wide scans that a sentence's words can
    # rule out (see may_match)
    lead: dict


# what the growth rules' own words end with ("year-on-year", "yoy", "by", "an")
_GROWTH_ENDS = ("year", "yoy", "annually", "by", "a", "an")


@lru_cache(maxsize=1)
def cues() -> Cues:
    c = catalogue.get()
    rx = c.cue_pattern

    def last(*kinds: str) -> tuple[str, ...]:
        # the last word of each phrase of these kinds: what a rule ending with one of them ends with
        return tuple(p.lower().split()[-1] for k in kinds for p in c.cues.get(k, ()) if p.strip())
    return Cues(
        approx=c.cue_regex_end("approx"),
        over=c.cue_regex_end("over"),
        under=c.cue_regex_end("under"),
        # "rose 5%", "grew year-on-year 3.1 percent", "fell by about 2%", "grew robustly by 9%"
        up=catalogue.EndWordCue(rx(r"(?<![\w])(?:{growth_up})(?:\s+(?:{growth_manner}))?(?:\s+(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|annually))?(?:\s+by)?(?:\s+(?:{rate_qualifier}|an?))?\s*$", re.I),
            last("growth_up", "growth_manner", "rate_qualifier") + _GROWTH_ENDS),
        down=catalogue.EndWordCue(rx(r"(?<![\w])(?:{growth_down})(?:\s+(?:{growth_manner}))?(?:\s+(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|annually))?(?:\s+by)?(?:\s+(?:{rate_qualifier}|an?))?\s*$", re.I),
            last("growth_down", "growth_manner", "rate_qualifier") + _GROWTH_ENDS),
        yoy_after=c.cue_regex_start("yoy_after"),
        share_before=catalogue.EndWordCue(
            rx(r"(?<![\w])(?:{share_before})(?:\s+(?:{rate_qualifier}|{share_qualifier}|an?))*\s*$", re.I),
            last("share_before", "rate_qualifier", "share_qualifier") + ("a", "an")),
        share_after=c.cue_regex_start("share_after"),
        # "an average annual growth of 6.6%", "the two-year average growth stood at 5.4 percent"
        cagr=catalogue.EndWordCue(
            rx(r"(?<![\w])(?:an?\s+)?(?:{cagr})(?:\s+(?:stood\s+at|was|were|is|came\s+to|reached))?"
               r"(?:\s+(?:{rate_qualifier}))?\s*$", re.I),
            last("cagr", "rate_qualifier") + ("at", "was", "were", "is", "to", "reached")),
        cagr_after=c.cue_regex_start("cagr_after"),
        # "an average annual GDP growth of 12 percent", "average annual export growth was 9 percent":
        # the measure named between "average annual" and the growth noun
        cagr_named=catalogue.EndWordCue(
            rx(r"(?<![\w-])(?:{cagr_lead})\s+(?:[\w&'-]+\s+){1,3}?(?:{change_up_noun})(?:\s+rates?)?"
               r"\s+(?:of|at|was|were|is|stood\s+at|reached)\s*$", re.I),
            ("of", "at", "was", "were", "is", "reached")),
        target=c.cue_regex_any("target"),
        target_forms=tuple(sorted(c.cue_forms("target"))),
        nonstat=c.cue_regex_end("nonstat_before"),
        area_cover=c.cue_regex_end("area_cover_before"),
        share_window=c.cue_regex_any("share_window"),
        growth_window=c.cue_regex_any("growth_window"),
        share_indicators=frozenset(c.cues.get("share_indicator", [])),
        yoy_down=frozenset(c.cues.get("yoy_after:down", [])),
        # the head of the figure's own noun phrase (no preposition before it:
        # "702,000 people employed in marine industries" counts people)
        # "up 12.7 percent over the past two years": a rate against a base two years back
        two_year_base=rx(r"\s*(?:{two_year_base})(?![\w-])", re.I),
        trivia=re.compile(r"^\s*(?:(?!(?:in|of|at|for|with|from|by|to|on)\s)[\w-]+\s+){0,4}?(?:"
                          + c.cue_trie("trivia_noun") + r")(?![\w])"),
        # "an increase of 3.7 trillion yuan", "grew by 12,000": a change (the
        # two run on every figure's left context, so no re.I: glue is scoped)
        change_up=rx(r"(?:{change_up_noun})\s+(?i:of)\s*$|(?:{change_up_verb})\s+(?i:by)\s*$"),
        change_down=rx(r"(?:{change_down_noun})\s+(?i:of)\s*$|(?:{change_down_verb})\s+(?i:by)\s*$"),
        growth_of=rx(r"(?:{rate_up_noun})s?\s+(?:rate\s+)?of\s*$", re.I),
        # "a slide of 4.5%", "a year-on-year decline of 3%": a fall, as a negative rate
        fall_of=rx(r"(?:{rate_down_noun})s?\s+(?:rate\s+)?of\s*$", re.I),
        # "0.3 percentage points higher than in the first quarter", "0.8 percent
        # higher than GDP growth", "1.2 points above the national average": a gap
        # between two rates, not a figure. Against a year-ago base it is a change of
        # the same series ("3.5 percentage points higher than the same period last year").
        gap=rx(r"^\s*(?:percentage\s+points?\s+|points?\s+)?(?P<cmp>{gap_comparative})\s+(?:than|that)?", re.I),
        # "higher than the national average by 4.4 percentage points", "surpassing the
        # national growth rate by 2.1 points": a gap to the rate named before "by"
        gap_by=rx(r"(?<![\w-])(?:(?:{gap_comparative})\s+than|(?:{gap_verb}))\s+(?P<cmp>[^,;\d]{1,60}?)\s+by\s+$", re.I),
        gap_down=frozenset(c.cues.get("gap_comparative:down", [])),
        gap_words=frozenset(w.lower() for w in c.cues.get("gap_comparative", [])),
        year_ago=rx(r"^\s*(?:(?:that|those|the\s+(?:same\s+)?(?:{figure_noun}))\s+(?:of|in|for|during)\s+)?(?:in\s+|during\s+)?"
                    r"(?:the\s+)?(?:{year_ago}|(?:19|20)\d\d\b)", re.I),
        # "15% more year on year", "by 4.5% less in annual terms", "3% higher compared to the
        # previous year": a comparative with no "than", then words that set it against the year
        # before (with "than", year_ago above names the base)
        year_basis=rx(r"^\s*(?:(?:as\s+)?(?:compared\s+(?:to|with)|over|from|against|versus|on)\s+(?:that\s+(?:of|in)\s+)?"
                      r"(?:the\s+)?(?:{year_ago})|(?:{year_basis})(?![\w-]))", re.I),
        # "driving 0.3 percentage points of growth", "contributed 1.1 points to
        # GDP growth": a contribution to growth, not a share or change of a series.
        contrib_left=rx(r"(?:{contribution_stem})\w*\s+(?:\w+\s+){0,3}$", re.I),
        # "21,151 contracts over 10 million yuan", "cities with GDP over $300
        # billion": a threshold that qualifies a noun, not a figure of its own.
        threshold=rx(r"(?:\b[a-z]{3,}s|\bthose\s+with(?:\s+[\w-]+){0,3})\s+(?:(?:each\s+)?(?:{threshold_worth})\s+)?"
                     r"(?:of\s+)?(?:{threshold_qualifier})\s*$", variants=False),
        # "accounted for 6.7% of R&D spending, applied research 11.0% and
        # experimental development 82.3%": later items of a list, their noun first;
        # "exports rose 9 percent year on year, imports by 4 percent": the first rate's
        # "year on year" does not end the list (but ", about 91.5% of which" names no item);
        # the whole may name its year ("9.4 percent of the 2018 GDP, secondary industry 43.5 percent")
        coord_np=rx(
            r"^\s*(?:percent|per\s+cent|%)?(?:\s+(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|y-o-y))?(?:\s+of\s+(?:[^,;.\d]|(?:19|20)\d\d(?!\d)){0,50})?\s*(?:,|;)\s*(?:and\s+|while\s+)?(?:the\s+|that\s+of\s+|for\s+|in\s+)?"
            r"(?!(?:was|were|is|are|{level_verb})\b)(?!(?:{approx}|{over}|{under})\s+$)(?:[A-Za-z&'-]+\s+){1,4}(?:at\s+|with\s+)?$"
            r"|^\s*(?:percent|per\s+cent|%)?\s+and\s+(?:the\s+|that\s+of\s+|for\s+|in\s+)?(?!(?:was|were|is|are)\b)(?:[A-Za-z&'-]+\s+){1,4}(?:at\s+|with\s+)?$", re.I),
        # "a 3.5 percent increase in primary industry and 6.4 percent in
        # secondary industry": a rate's noun and measure, then the next
        # rate of the list with only its measure
        coord_rate_in=rx(
            r"^\s*(?:percent|per\s+cent|%)?[\s-]*(?:(?:year[- ]on[- ]year|annual)\s+)?(?:{rate_up_noun}|{rate_down_noun})s?"
            r"\s+(?:in|for)\s+[^,;\d]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I),
        # "1.8 million more than in 2005": a change against that base
        more_than=rx(r"^\s*(?:\w+\s+)?(?P<dir>{change_comparative})\s+than\s+(?:in\s+|that\s+of\s+|the\s+)?", re.I),
        more_than_down=frozenset(c.cues.get("change_comparative:down", [])),
        # ", equivalent to about 64.8 billion U.S. dollars": a conversion
        equiv=rx(r"\b(?:{conversion_before})\s+(?:(?:{conversion_qualifier})\s+)?$", re.I),
        prev_year=rx(r"\s*(?:in\s+)?(?:{previous_year})\b", re.I),
        # "exceeded the 200 billion yuan mark", "provinces whose GDP surpassed 5 trillion"
        mark_right=rx(r"\s+(?:{threshold_noun})\b", re.I),
        mark_any=rx(r"(?:{threshold_noun})"),   # a cheap gate for the two above
        mark_left=rx(r"\b(?:{threshold_noun})s?\s+of\s+$", re.I),
        # "went over the $100-billion for the first time": a verb of passing, then "the" and the figure
        mark_passed=rx(r"\b(?:{threshold_pass})\s+the\s+(?:(?:US|U\.S\.|HK|RMB)\s*)?$", re.I),
        # "provinces whose GDP surpassed 5 trillion": every match holds "whose",
        # "with" or "each", so a left context without them skips the rule
        whose_left=catalogue.GatedCue(
            # ("projects in which capital exceeded US $10 million", "firms, each with a turnover of at least ...")
            rx(r"(?:\bwhose|\bin\s+which|\beach\s+with|\b[a-z]{3,}s\s+with)\s+(?:[\w'-]+\s+){0,4}(?:{threshold_verb})\s+(?:the\s+)?(?:(?:US|U\.S\.|HK)\s*)?$"
               r"|(?:\bwhose|\bin\s+which|\beach\s+with)\s+(?:[\w'-]+\s+){0,6}(?:{threshold_qualifier})\s+(?:(?:US|U\.S\.|HK)\s*)?$"
               # "90 projects with negotiated registered foreign capital of more than $30
               # million": the bound each member of a counted group passed (dev8, probed)
               r"|(?-i:\b[a-z]{3,}s)\s+with\s+(?:[\w'-]+\s+){1,4}of\s+(?:{threshold_qualifier})\s+(?:(?:US|U\.S\.|HK)\s*)?$"
               # "eight of the clusters each generated more than 1 trillion yuan": a
               # threshold every member passed (but "Guangzhou and Shenzhen each ...",
               # named places, is a figure of each place)
               r"|(?-i:\b[a-z]{3,}s|\bthem|\bthese|\bthose)\s+each\s+(?:[\w'-]+\s+){0,2}?"
               r"(?:{threshold_qualifier}|{threshold_verb})\s+(?:the\s+)?$", re.I),
            gate=re.compile(r"whose|with|each|which", re.I), words=("whose", "with", "each", "which")),
        # "12 projects, each with an investment of 10 billion yuan", "each worth 5 billion yuan":
        # one member's amount, not the group's total (no figure or clause mark between)
        per_item_left=catalogue.GatedCue(
            rx(r"\b(?:{per_item_left})\b[^,;.\d]{0,50}$", re.I),
            gate=re.compile(r"each", re.I), words=("each",)),
        # "20 projects worth 2 billion yuan each / apiece": the same, said after the amount
        per_item_after=rx(r"\s*(?:{per_item_after})\b", re.I),
        # "annual revenue of 20 million yuan or more": a bound of a scope, right after the figure
        # (after a conversion's closing bracket too: "revenue of 20 million ($2.92 million) or more")
        bound_after=rx(r"\s*(?:\)\s*)?(?:{bound_after})(?![\w])", re.I),
        # "120 kilometres southeast of Beijing": where a place lies, right after a distance
        distance_after=c.cue_regex_start("distance_after"),
        # "2.3% increase for food, 1.3% increase for clothing": a category breakdown
        category_right=rx(r"\s*(?:year-on-year\s+)?(?:{category_noun})\s+(?:for|in)\s+(?!(?:the\s+)?(?:19|20)\d\d|"
                          r"the\s+(?:first|second|third|fourth|final|same|previous|preceding|prior|past|last|latest|current|corresponding|whole|full)\b|(?:this|last|that)\s|(?:january|february|march|april|may|june|july|"
                          r"august|september|october|november|december|h1|q\d)\b)[a-z]", re.I),
        # "accounting for 4.7 percent of GDP and driving 0.3 percentage points of growth"
        share_contrib=rx(r"^[^,;.]{0,60}?\band\s+(?:{contribution_gerund})\s+(?:about\s+|nearly\s+)?\d", re.I),
        per_capita_left=rx(r"\b(?:{per_capita})\b", re.I),
        # "The total import and export volume of the year", "for the whole year",
        # "the annual total": the whole year the article reports, not a month named before
        whole_year=rx(r"\b(?:of|for|in)\s+the\s+(?:{whole_year})\b|\b(?:of|for)\s+the\s+year\b|\bannual\s+total\b", re.I),
        # "respectively", "the corresponding figures for these three cities": a
        # list of figures that follows a list of names in order
        # "All 13 cities in Jiangsu were ...": a count of places, never the
        # measure the sentence before named
        # (two modifiers joined by "and" too: "70 large and medium-sized cities")
        place_count=rx(r"\s+(?:[\w-]+\s+and\s+[\w-]+\s+|(?:[\w-]+\s+){0,2}?)(?:{group_noun})\b"),
        # "ahead of the national growth rate of 5 percent": the country's figure
        national_left=rx(r"\b(?:{national})\s+(?:[\w-]+\s+){0,2}?(?:{national_measure})\s+(?i:of\s+|at\s+|was\s+|stood\s+at\s+)?$"),
        present_time=c.cue_regex_any("present_time"),
        part_marker=c.cue_regex_any("part_marker"),
        application_verb=c.cue_regex_any("application_verb"),
        label_rate=rx(r"(?:^|[|:]\s*|\b[A-Z][\w&'-]*\s+)(?:(?P<down>{rate_down_noun})|{rate_up_noun})\s*[:|]?\s*$"),
        # the same label as a whole line's head: a capital, a few words, the rate noun, a colon
        # between a count and the same count restated: no clause or figure of its own, a comma, then
        # "reaching" ("exceeded 10,000 for the first time, reaching 10,651")
        count_restated=rx(r"[^;\d]{0,40}?,\s*(?:{restating_verb})\s+(?:(?:{approx})\s+)?", re.I),
        label_rate_line=rx(r"\s*[A-Z][\w&'-]*(?:\s+[\w&'-]+){0,8}?\s+(?:(?P<down>{rate_down_noun})|{rate_up_noun})\s*:\s*"),
        # "the central region", "central and western provinces"; "Central China's" as a subject (not
        # "East China's Fujian province", which a place after it makes a locator)
        macro_region=rx(r"(?<![\w])(?:(?:{macro_region})\s+(?i:regions?|areas?|provinces)\b|(?:{compass})\s+China(?='s|\u2019s))"),
        noun_rate_after=rx(r"^\s*(?:[A-Za-z&][\w&'-]*\s+){1,2}?(?:(?P<down>{rate_down_noun})|{rate_up_noun})(?![\w])(?!\s+(?i:of)\b)"),
        together_after=rx(r"(?:'s?)?(?:\s+[\w-]+){0,3}?\s+(?:{together})\b"),
        places_together=rx(r"(?<![\w])(?:(?:{group_noun})'|(?:[Tt]heir|THEIR)\s+(?i:combined))(?![\w])"),
        # "The figure for 2024 compares with ...", "In 2023 the national figure was ...":
        # the subject points back to the measure just reported
        # ("the total of exports" names its measure; "an increase of around 5%" does not)
        # ("the figure for private firms" names a part of it, so is no pointer
        # either; "the figure for 2024", "for last year" are)
        anaphoric_measure=rx(r"(?<![\w])(?:{anaphoric_measure})(?![\w])(?![^,;]*?(?<![\w])(?i:of|for\s+the)\s+"
                             r"(?!(?:{rate_qualifier})\b)(?:the\s+)?[a-z])"
                             r"(?!\s+(?i:for)\s+(?!(?:last|this|next|that|each|all|both|every|a|an|the|its|their)\b)[a-z])"),
        # "the number of R&D centres reached 451", "customs handled 1,200
        # batches": a verb that reports a count (measure.py, for counts the
        # catalogue lacks); the left context has its qualifier stripped
        count_left=rx(r"(?<![\w])(?:{count_verb})\s*$", re.I),
        # "59,000 certificates ... were also issued": the count's own passive verb
        count_have=c.cue_regex_end("count_have"),
        count_passive_right=rx(r"(?:\s+[\w&'-]+){0,6}?\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+|newly\s+)?(?:{count_passive})\b", re.I),
        ratio_noun=c.cue_regex_any("ratio_noun"),
        employ_verb=c.cue_pattern(r"(?<![\w-])(?:{employ_verb})\s+(?:(?:about|around|nearly|over|more\s+than|some|almost)\s+)?$",
                                  re.IGNORECASE),
        index_noun=c.cue_regex_any("index_noun"),
        # "the forest coverage rate", "the rate of coverage"; a word of change right before it or
        # after its "of" makes it a rate of change ("the growth rate", "the rate of increase")
        rate_noun=c.cue_regex_any("rate_noun"),
        rate_move_before=rx(r"(?<![\w-])(?:{rate_move})[\s-]+$", re.I),
        rate_move_after=rx(r"\s+of\s+(?:{rate_move})(?![\w-])", re.I),
        # "a 27.7 percent increase in trade volume": up to two modifiers, then a measure noun
        category_measure=rx(r"(?:(?:the|its|total|overall|bilateral|foreign)\s+)?(?:[\w-]+\s+){0,2}?(?:{category_measure})(?![\w-])", re.I),
        event_noun=c.cue_regex_any("event_noun"),
        noun_stop=frozenset(c.cues.get("noun_stop", [])),
        cagr_window=rx(r"(?<![\w-])(?:{cagr_window})(?![\w-])", re.I),
        # "the national average growth rate of 5.2 percent": an average across places, not over years
        average_across=rx(r"(?<![\w-])(?:{average_across})\s+$", re.I),
        # "up 1.1 percent month on month": a rate against the period just before
        sequential=rx(r"(?<![\w-])(?:{sequential})(?![\w-])", re.I),
        # "the decline in imports narrowed to 0.8 percent": a verb of how a rate
        # moved, then the rate it reached; the rate's own noun says its sign
        rate_trend_to=rx(r"(?<![\w])(?:{rate_trend})\s+to\s+(?:(?:{rate_qualifier})\s+)?$", re.I),
        rate_noun_down=rx(r"(?<![\w-])(?:{rate_down_noun})s?(?![\w-])", re.I),
        rate_noun_up=rx(r"(?<![\w-])(?:{rate_up_noun})s?(?![\w-])", re.I),
        # "the ratio of the three industries was 4.4:47.7:47.9": the primary, secondary and
        # tertiary sectors, in that order, named only together
        # "expected to rise from 151 billion yuan in 2020 to ...": a plan's starting level
        plan_base=rx(r"(?<![\w-])(?:{plan_base})\s+(?:(?:about|around|nearly|over|more\s+than|some|almost)\s+)?$", re.I),
        three_sectors=rx(r"(?<![\w-])(?:{three_sectors})(?![\w-])", re.I),
        lead={"target": lead_words(c.cue_forms("target")),
              "present_time": lead_words(c.cue_forms("present_time")),
              "sequential": lead_words(c.cues.get("sequential", ())),
              "macro_region": lead_words((*c.cues.get("macro_region", ()), *c.cues.get("compass", ()))),
              "places_together": _with(lead_words(c.cues.get("group_noun", ())), "combined"),
              "whole_year": _with(lead_words(c.cues.get("whole_year", ())), "year", "total"),
              "anaphor": lead_words(c.cues.get("anaphor_noun", ())),   # places.anaphor_re
              "index_noun": lead_words(c.cue_forms("index_noun"))},
        resp_trigger=rx(r"(?<![\w])(?:{respectively}|(?:[Tt]he(?:se)?|THE(?:SE)?)\s+(?i:two|three|four|five|six|\d)\s+(?:{group_noun}))"),
    )


_TOKEN_RE = re.compile(r"[a-z]+")


@lru_cache(maxsize=1024)
def sentence_words(s: str) -> frozenset[str] | None:
    """The words of sentence s in lower case (runs of ASCII letters, as
    numbers.py and periods.py also read them), built once per sentence;
    None for a sentence that is not all
    ASCII, where re's case folding can match letters str.lower() does not
    give (the gates then let every rule run)."""
    if not s.isascii():
        return None
    return frozenset(_TOKEN_RE.findall(s.lower()))


def lead_words(phrases) -> frozenset[str] | None:
    """One word of each phrase (lower case, its longest, as the rarest), as
    sentence_words cuts them; None when a phrase has no such word (no gate).
    A rule that matches one of the phrases with no word character right
    before or after it holds each run of letters of the phrase as a whole
    word of the sentence, so a sentence with none of these words cannot match."""
    out = set()
    for p in phrases:
        words = _TOKEN_RE.findall(p.lower())
        if not words or not p.isascii():
            return None
        out.add(max(words, key=len))
    return frozenset(out)


def _with(words: frozenset[str] | None, *more: str) -> frozenset[str] | None:
    return None if words is None else words | frozenset(more)


def may_match(kind: str, s: str) -> bool:
    """False when the words of sentence s rule out the sentence-wide rule
    `kind` (a Cues field with lead words): the cheap test that spares most
    sentences a scan of the whole sentence."""
    lead = cues().lead.get(kind)
    if lead is None:
        return True
    words = sentence_words(s)
    return words is None or not lead.isdisjoint(words)


@lru_cache(maxsize=512)   # a long article's sentences, so document.py's first pass is still there for the figures
def first_in_sentence(kind: str, s: str) -> re.Match | None:
    """The first match of the cue rule `kind` (a Cues field) in sentence s.
    Rules that gate on a sentence-wide cue ask it once per figure of the
    sentence, and the scan of the whole sentence is what costs: it is done
    once per sentence, and not at all when the sentence lacks the words
    every match starts with."""
    if not may_match(kind, s):
        return None
    return getattr(cues(), kind).search(s)


def in_sentence(kind: str, s: str) -> bool:
    """Whether the cue rule `kind` matches anywhere in sentence s (see first_in_sentence)."""
    return first_in_sentence(kind, s) is not None


def plan_cue_in(part: str, s: str, *, cut_before: bool) -> bool:
    """Whether a plan or target cue is in `part`, a piece of sentence s cut
    right before a figure (`cut_before`) or starting right after it. A
    sentence with no cue at all (most) can have one in a piece only where
    the cut makes a word of one: "will" ending the piece in "will5", or
    one starting it. So only a piece that ends, or starts, with a cue form
    is scanned then. (Not cached: each figure cuts its own pieces.)"""
    c = cues()
    if not in_sentence("target", s):
        edges = _target_edges()
        if edges is None:
            cut = part.endswith(c.target_forms) if cut_before else part.startswith(c.target_forms)
        elif cut_before:
            cut = part.endswith(edges[0].get(part[-1:], ()))
        else:
            cut = part.startswith(edges[1].get(part[:1], ()))
        if not cut:
            return False
    return c.target.search(part) is not None


@lru_cache(maxsize=1)
def _target_edges() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] | None:
    """The target forms by their last and by their first character. A piece
    can only end (start) with a form that ends (starts) with the piece's own
    last (first) character, so plan_cue_in tries those few, not all ~240 of
    them, for every figure (the same answer). None when a form is ""."""
    forms = cues().target_forms
    if "" in forms:
        return None
    ends: dict[str, tuple[str, ...]] = {}
    starts: dict[str, tuple[str, ...]] = {}
    for f in forms:
        ends[f[-1]] = ends.get(f[-1], ()) + (f,)
        starts[f[0]] = starts.get(f[0], ()) + (f,)
    return ends, starts


@lru_cache(maxsize=2048)   # pure, and asked again for each figure of a sentence: computed once
def strip_qualifier(left: str) -> str:
    """Left context without a trailing qualifier word, for verb/cue tests."""
    c = cues()
    for rx in (c.approx, c.over, c.under):
        mm = rx.search(left)
        if mm:
            return left[:mm.start()]
    return left
