"""The Great Expectations suite in expectations/, row by row."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from indicator_warehouse.extract.facts import Fact
from indicator_warehouse.normalise import ArticleFacts, facts_to_frame
from indicator_warehouse.validate import validate_figures

RUN_DATE = date(2026, 11, 25)


def fact(**overrides) -> Fact:
    base = dict(indicator="rd_expenditure", region="Guangdong", metric="level", period_type="year",
                period_start=date(2023, 1, 1), period_end=date(2023, 12, 31), value=480.26, scale=1e9,
                unit="CNY", qualifier="exact", sentence="R&D spending totalled 480.26 billion yuan in 2023.",
                start=0, end=10)
    base.update(overrides)
    return Fact(**base)


def check(*facts: Fact, published: date | None = date(2024, 10, 18)):
    """Validate facts as one batch; each gets its own offsets so each is its own figure."""
    # each fact its own article, so the within-article consistency checks
    # (tested on their own below) do not set one fact against another
    batch = [ArticleFacts(f"{i:016x}", f"/corpus/{i}.txt", published, "metadata", [replace(f, start=i, end=i + 1)])
             for i, f in enumerate(facts)]
    return validate_figures(facts_to_frame(batch), RUN_DATE)


def test_a_good_figure_passes_in_base_units():
    passed, failed = check(fact())
    assert failed.is_empty()
    assert passed["value"].to_list() == [480.26e9]


BAD_ROWS = [
    (dict(value=-5.0), "a level must be positive"),
    (dict(metric="share_pct", unit="percent", scale=1, value=140.0), "between 0 and 100"),
    (dict(metric="yoy_growth_pct", unit="percent", scale=1, value=5000.0), "growth rate outside"),
    (dict(value=9e7, scale=1e12), "beyond any regional statistic"),
    (dict(period_start=date(2023, 12, 31), period_end=date(2023, 1, 1)), "ends before it starts"),
    (dict(period_start=date(1850, 1, 1), period_end=date(1850, 12, 31)), "implausible year"),
    (dict(period_start=date(2025, 1, 1), period_end=date(2025, 12, 31)), "after the article's date"),
    (dict(unit="furlong"), "unit not in seeds/units.csv"),
    (dict(region="Atlantis"), "region not in seeds/regions.csv"),
    (dict(indicator="made_up_code"), "indicator not in seeds/indicators.csv"),
    (dict(metric="ratio"), "unknown metric"),
    (dict(qualifier="roughly"), "unknown qualifier"),
]


def test_a_trade_balance_below_zero_passes_but_no_other_negative_level():
    # a trade deficit is a negative trade balance, an uncatalogued measure
    # (cues.csv signed_measure): its level may be below zero; an unclassified
    # level with any other name, or a catalogued one, may not
    balance = fact(indicator="unclassified", value=-4.2, measure_text="trade balance")
    other = fact(indicator="unclassified", value=-4.2, measure_text="exports")
    filed = fact(indicator="exports", value=-4.2, measure_text="trade balance")
    passed, failed = check(balance, other, filed)
    assert passed["value"].to_list() == [-4.2e9]
    assert failed.height == 2 and all("a level must be positive" in r for r in failed["reason"].to_list())


@pytest.mark.parametrize("bad, reason", BAD_ROWS)
def test_each_bad_row_is_caught_with_its_reason(bad, reason):
    passed, failed = check(fact(), fact(**bad))
    assert passed.height == 1, "the good row in the same batch still passes"
    assert failed.height == 1
    assert reason in failed["reason"][0]
    assert failed["failed_expectations"].to_list()[0], "names of the failed expectations are kept"


def test_targets_may_lie_in_the_future():
    passed, failed = check(fact(period_start=date(2027, 1, 1), period_end=date(2027, 12, 31), is_target=True))
    assert failed.is_empty() and passed.height == 1


def test_undated_article_is_checked_against_the_run_date():
    passed, _ = check(fact(period_start=date(2026, 1, 1), period_end=date(2026, 6, 30), period_type="ytd"),
                      published=None)
    assert passed.height == 1
    _, failed = check(fact(period_start=date(2027, 1, 1), period_end=date(2027, 12, 31)), published=None)
    assert failed.height == 1


def test_bad_rows_failing_different_expectations_in_one_batch_each_get_their_own_reason():
    # Rows are listed only for the expectations that failed (a second, smaller
    # pass): each row must still get exactly its own failures.
    passed, failed = check(fact(), *(fact(**bad) for bad, _ in BAD_ROWS))
    assert passed.height == 1 and failed.height == len(BAD_ROWS)
    by_offset = {row["char_start"]: row["reason"] for row in failed.iter_rows(named=True)}
    for i, (_, reason) in enumerate(BAD_ROWS, start=1):
        assert reason in by_offset[i], (i, reason, by_offset[i])


def test_a_row_failing_several_expectations_lists_them_in_suite_order():
    _, failed = check(fact(region="Atlantis", unit="furlong", value=-1.0))
    assert failed["failed_expectations"].to_list() == [[
        "expect_column_values_to_be_in_set(unit)",
        "expect_column_values_to_be_in_set(region)",
        "expect_column_values_to_be_between(value)",
        "expect_column_values_to_be_in_set(unit_agrees_with_catalogue)",
    ]]
    assert failed["reason"].to_list() == [
        "unit not in seeds/units.csv; region not in seeds/regions.csv; a level must be positive; "
        "unit contradicts the catalogue's unit for this indicator (e.g. a count filed under a money measure)"]


def test_every_expectation_in_the_suite_file_is_applied():
    import json

    from indicator_warehouse.validate import SUITE_FILE, _suite_of

    in_file = json.loads(SUITE_FILE.read_text(encoding="utf-8"))["expectations"]
    applied = _suite_of().expectations
    assert [(e.expectation_type, e.meta["reason"]) for e in applied] == [
        (e["type"], e["meta"]["reason"]) for e in in_file]


# ---------------------------------------------------------------- one article agreeing with itself


def check_one_article(*facts: Fact):
    """Validate facts as ONE article's batch (each its own figure)."""
    numbered = [replace(f, start=i, end=i + 1) for i, f in enumerate(facts)]
    return validate_figures(facts_to_frame([ArticleFacts("b" * 16, "/corpus/b.txt", date(2024, 10, 18),
                                                         "metadata", numbered)]), RUN_DATE)


def test_two_values_for_one_series_in_one_article_are_both_held_never_one_picked():
    passed, failed = check_one_article(fact(value=480.26), fact(value=420.0))
    assert passed.is_empty()
    assert failed.height == 2
    assert all("one article states different values" in r for r in failed["reason"])


def test_a_rounded_restatement_agrees_with_the_precise_figure():
    # "480 billion" in the headline, "480.26 billion" in the body; "4.5%" and "4.50%"
    passed, failed = check_one_article(fact(value=480.0), fact(value=480.26),
                                       fact(metric="yoy_growth_pct", unit="percent", scale=1, value=4.5),
                                       fact(metric="yoy_growth_pct", unit="percent", scale=1, value=4.50))
    assert failed.is_empty(), failed["reason"].to_list()


@pytest.mark.parametrize("first, second, agree", [
    (("over", 166.9), ("exact", 240.0), False),     # a part's "more than" beside the whole's level
    (("over", 77.0), ("exact", 41.1), False),       # a value below its own floor
    (("over", 480.0), ("exact", 480.26), True),     # "more than 480 billion", then the figure
    (("exact", 486.0), ("over", 480.0), True),      # either order
    (("under", 5.0), ("exact", 4.8), True),         # "less than 5 percent", then 4.8
    (("under", 5.0), ("exact", 3.1), False),        # nobody writes "less than 5" for 3.1
    (("over", -5.0), ("exact", -5.3), True),        # "fell more than 5 percent": a bound on the size
    (("over", 5.0), ("exact", -5.2), False),        # no bound reaches across zero
    (("over", 100.0), ("over", 105.0), True),       # the same floor, restated
    (("over", 400.0), ("over", 600.0), False),      # two floors of two different figures
    (("over", 480.0), ("under", 490.0), True),      # one figure between them
    (("over", 491.5), ("under", 478.5), False),     # no figure between them
])
def test_a_bound_and_a_value_of_one_series_must_describe_one_figure(first, second, agree):
    (qa, va), (qb, vb) = first, second
    rate = dict(metric="yoy_growth_pct", unit="percent", scale=1)   # a rate may be negative
    passed, failed = check_one_article(fact(qualifier=qa, value=va, **rate), fact(qualifier=qb, value=vb, **rate))
    assert failed.is_empty() is agree, failed["reason"].to_list()


def test_a_part_and_its_whole_are_different_series():
    passed, failed = check_one_article(fact(value=480.26), fact(value=420.0, breakdown="performer=enterprises"))
    assert failed.is_empty() and passed.height == 2


def test_a_growth_rate_that_contradicts_the_articles_two_levels_is_held_with_them():
    prior = dict(period_start=date(2022, 1, 1), period_end=date(2022, 12, 31))
    passed, failed = check_one_article(
        fact(value=480.5), fact(value=400.2, **prior),                               # +20 %
        fact(metric="yoy_growth_pct", unit="percent", scale=1, value=6.2))         # says 6.2 %
    assert passed.is_empty() and failed.height == 3
    assert all("disagrees with the two levels" in r for r in failed["reason"])


def test_a_growth_rate_within_the_levels_rounding_passes():
    prior = dict(period_start=date(2022, 1, 1), period_end=date(2022, 12, 31))
    # 8.3 trillion after 8.31 trillion: -0.1 % as written, "up 0.3 percent" as reported
    passed, failed = check_one_article(
        fact(value=8.3, scale=1e12), fact(value=8.31, scale=1e12, **prior),
        fact(metric="yoy_growth_pct", unit="percent", scale=1, value=0.3))
    assert failed.is_empty(), failed["reason"].to_list()


@pytest.mark.parametrize("indicator, unit, ok", [
    ("foreign_trade", "count", False),      # a count of enterprises is not trade
    ("high_tech_enterprises", "CNY", False),
    ("gdp", "USD", True),                    # another currency is still money
    ("population", "count", True),           # heads and persons are one kind
    ("urbanization_rate", "percent", True),
    ("unclassified", "count", True),         # no catalogue unit to contradict
])
def test_a_level_in_a_unit_the_catalogue_contradicts_is_held(indicator, unit, ok):
    passed, failed = check(fact(indicator=indicator, unit=unit, scale=1, value=130000.0))
    assert failed.is_empty() == ok
    if not ok:
        assert "contradicts the catalogue" in failed["reason"][0]


# ---------------------------------------------------------------- one series in two currencies

def test_a_level_in_two_currencies_that_agree_by_a_plausible_rate_passes():
    # 1.96 trillion yuan and 310.86 billion US dollars: 6.3 yuan per dollar
    passed, failed = check_one_article(fact(indicator="exports", value=1.96, scale=1e12),
                                       fact(indicator="exports", value=310.86, scale=1e9, unit="USD"))
    assert failed.is_empty(), failed["reason"].to_list()


def test_a_level_in_two_currencies_with_a_lost_scale_word_is_quarantined_both_rows():
    # "310.86" US dollars: the scale word was lost; neither row is preferred
    passed, failed = check_one_article(fact(indicator="exports", value=1.96, scale=1e12),
                                       fact(indicator="exports", value=310.86, scale=1, unit="USD"))
    assert passed.is_empty() and failed.height == 2
    assert all("two currencies" in r for r in failed["reason"])
    # quarantined, not kept as unclassified: the value itself is in doubt
    from indicator_warehouse.consistency import SERIES_CHECKS, unfile_series_doubts
    assert not any("currencies_agree" in c for c in SERIES_CHECKS)
    unfiled, still_failed = unfile_series_doubts(failed)
    assert unfiled.is_empty() and still_failed.height == 2


def test_two_currencies_out_of_the_plausible_band_are_held():
    # 12 yuan per dollar: no year's rate
    passed, failed = check_one_article(fact(indicator="exports", value=1.25, scale=1e12),
                                       fact(indicator="exports", value=104.2, scale=1e9, unit="USD"))
    assert failed.height == 2


def test_the_articles_own_conversion_is_the_rate_two_statements_must_meet():
    # the article converts at 7.1 yuan per dollar elsewhere; 6.2 is plausible in general but not here
    conv = fact(indicator="gdp", value=8.3, scale=1e12, converted_value=1.169e12, converted_unit="USD")
    passed, failed = check_one_article(conv, fact(indicator="exports", value=1.24, scale=1e12),
                                       fact(indicator="exports", value=200.1, scale=1e9, unit="USD"))
    assert failed.height == 2 and set(failed["indicator"]) == {"exports"}
    passed, failed = check_one_article(conv, fact(indicator="exports", value=1.42, scale=1e12),
                                       fact(indicator="exports", value=200.1, scale=1e9, unit="USD"))
    assert failed.is_empty(), failed["reason"].to_list()


def test_different_periods_or_series_in_two_currencies_are_not_compared():
    prior = dict(period_start=date(2022, 1, 1), period_end=date(2022, 12, 31))
    passed, failed = check_one_article(fact(indicator="exports", value=1.96, scale=1e12),
                                       fact(indicator="exports", value=310.86, scale=1, unit="USD", **prior),
                                       fact(indicator="imports", value=5.0, scale=1e6, unit="HKD"))
    assert failed.is_empty(), failed["reason"].to_list()


@pytest.mark.parametrize("unit, value, ok", [
    ("HKD", 2.4e12, True),    # 7.8 HK dollars per US dollar
    ("HKD", 3.0e12, False),   # 9.7: the peg never allowed it
    ("EUR", 280e9, True),     # 0.9 euro per dollar
    ("MOP", 2.5e12, True),    # 8.04 patacas per dollar
])
def test_each_currency_has_its_own_band_against_the_dollar(unit, value, ok):
    passed, failed = check_one_article(fact(indicator="exports", value=value, scale=1, unit=unit),
                                       fact(indicator="exports", value=310.0, scale=1e9, unit="USD"))
    assert failed.is_empty() == ok
