-- yoy_metrics: each indicator's level per region and year next to the same
-- period a year earlier, with the change computed here and the growth rate an
-- article itself reports, side by side.
--
-- Rows are comparable periods: calendar years (period_type 'year'), and also
-- the same months of each year ('ytd' Jan-Oct, 'quarter', 'month'), each
-- compared only with the same months a year earlier. Filter period_type =
-- 'year' for the strict annual series.
-- Choices:
--   * values are indicator_series' chosen values (one per period);
--   * a stock stated at 31 December (period_type 'as_of', e.g. high-tech
--     enterprises at the end of 2023) counts as that year's level when no
--     article gives a 'year' figure for it (value_basis 'year_end_stock');
--   * a level and a reported growth rate for the same period imply the level
--     a year earlier: 93,200 in Jan-Oct 2024, up 24.75 percent, implies
--     93,200 / 1.2475 = 74,709 in Jan-Oct 2023. Such a row is added only when
--     no article reports that earlier level, and is marked is_derived
--     (value_basis 'derived_from_growth');
--   * a reported growth rate without any level still gets a row (value NULL),
--     so every reported rate is visible.
CREATE OR REPLACE VIEW yoy_metrics AS
WITH comparable AS (
    SELECT
        indicator, coalesce(breakdown, '') AS part, region, metric, unit, value, qualifier, has_conflict,
        chosen_article_id                                                   AS article_id,
        CASE WHEN period_type = 'as_of' THEN 'year' ELSE period_type END    AS period_type,
        CASE WHEN period_type = 'as_of' THEN make_date(year(period_end), 1, 1)
             ELSE period_start END                                          AS period_start,
        period_end,
        CASE WHEN period_type = 'as_of' THEN 'year_end_stock' ELSE 'reported' END AS value_basis
    FROM indicator_series
    WHERE metric IN ('level', 'yoy_growth_pct')
      AND (period_type IN ('year', 'ytd', 'quarter', 'month')
           OR (period_type = 'as_of' AND month(period_end) = 12 AND day(period_end) = 31))
),

one_per_period AS (   -- a 'year' figure wins over a 31 December stock
    SELECT *
    FROM comparable
    QUALIFY row_number() OVER (
        PARTITION BY indicator, part, region, metric, unit, period_type, period_start, period_end
        ORDER BY value_basis = 'reported' DESC) = 1
),

reported_levels AS (
    SELECT indicator, part, region, unit, period_type, period_start, period_end,
           value, qualifier, value_basis, has_conflict, article_id
    FROM one_per_period
    WHERE metric = 'level'
),

reported_growth AS (
    SELECT indicator, part, region, period_type, period_start, period_end,
           value AS reported_growth_pct, article_id AS growth_article_id
    FROM one_per_period
    WHERE metric = 'yoy_growth_pct' AND unit = 'percent'
),

derived_levels AS (
    SELECT
        l.indicator, l.part, l.region, l.unit, l.period_type,
        (l.period_start - INTERVAL 1 YEAR)::DATE                            AS period_start,
        CASE WHEN l.period_end = last_day(l.period_end)
             THEN last_day((l.period_end - INTERVAL 1 YEAR)::DATE)
             ELSE (l.period_end - INTERVAL 1 YEAR)::DATE END                AS period_end,
        l.value / (1 + g.reported_growth_pct / 100)                         AS value,
        l.qualifier,
        'derived_from_growth'                                               AS value_basis,
        l.has_conflict,
        l.article_id
    FROM reported_levels AS l
    JOIN reported_growth AS g USING (indicator, part, region, period_type, period_start, period_end)
    WHERE g.reported_growth_pct > -100
),

levels AS (
    SELECT *, false AS is_derived FROM reported_levels
    UNION ALL BY NAME
    SELECT d.*, true AS is_derived
    FROM derived_levels AS d
    ANTI JOIN reported_levels AS r USING (indicator, part, region, unit, period_type, period_start, period_end)
),

periods AS (
    SELECT
        *,
        (period_start - INTERVAL 1 YEAR)::DATE                              AS prior_start,
        CASE WHEN period_end = last_day(period_end)
             THEN last_day((period_end - INTERVAL 1 YEAR)::DATE)
             ELSE (period_end - INTERVAL 1 YEAR)::DATE END                  AS prior_end
    FROM levels FULL JOIN reported_growth USING (indicator, part, region, period_type, period_start, period_end)
)

SELECT
    c.indicator,
    nullif(c.part, '')                                                      AS breakdown,
    c.region,
    'level'                                                                 AS metric,
    c.unit,
    c.period_type,
    c.period_start,
    c.period_end,
    CASE c.period_type
        WHEN 'year'    THEN year(c.period_end)::VARCHAR
        WHEN 'ytd'     THEN year(c.period_end) || ' ' || strftime(c.period_start, '%b') || '-' || strftime(c.period_end, '%b')
        WHEN 'quarter' THEN year(c.period_end) || ' Q' || quarter(c.period_start)
        WHEN 'month'   THEN strftime(c.period_end, '%Y-%m')
    END                                                                     AS period_label,
    year(c.period_end)::INTEGER                                             AS year,
    c.value,
    c.value_basis,
    coalesce(c.is_derived, false)                                           AS is_derived,
    c.qualifier,
    p.value                                                                 AS prev_value,
    p.value_basis                                                           AS prev_basis,
    p.is_derived                                                            AS prev_is_derived,
    c.value - p.value                                                       AS abs_change,
    round(100 * (c.value / nullif(p.value, 0) - 1), 6)                      AS pct_change,
    c.reported_growth_pct,
    round(100 * (c.value / nullif(p.value, 0) - 1) - c.reported_growth_pct, 6) AS growth_gap_pp,
    coalesce(c.has_conflict, false) OR coalesce(p.has_conflict, false)      AS has_conflict,
    c.article_id,
    p.article_id                                                            AS prev_article_id,
    c.growth_article_id
FROM periods AS c
LEFT JOIN levels AS p
       ON p.indicator = c.indicator AND p.part = c.part AND p.region = c.region AND p.unit = c.unit
      AND p.period_type = c.period_type
      AND p.period_start = c.prior_start AND p.period_end = c.prior_end
ORDER BY c.indicator, c.part, c.region, c.unit, c.period_type, c.period_end;

COMMENT ON VIEW yoy_metrics IS 'Annual series (and same-months series: ytd, quarter, month) of each indicator and region: value, the value a year earlier, absolute and percent change, and the growth rate an article reports for the period. A 31 December stock counts as that year''s level; levels implied by a reported rate are added as derived rows (is_derived).';
COMMENT ON COLUMN yoy_metrics.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN yoy_metrics.breakdown IS 'NULL for the whole indicator; else the part this series covers. Each part is compared only with the same part a year earlier.';
COMMENT ON COLUMN yoy_metrics.region IS 'Canonical place name.';
COMMENT ON COLUMN yoy_metrics.metric IS 'Always level: value and prev_value are levels; growth is in pct_change and reported_growth_pct.';
COMMENT ON COLUMN yoy_metrics.unit IS 'Unit of value and prev_value (NULL on rows that only carry a reported growth rate).';
COMMENT ON COLUMN yoy_metrics.period_type IS 'year (calendar year), ytd (January to a month), quarter or month. Filter on year for the strict annual series.';
COMMENT ON COLUMN yoy_metrics.period_start IS 'First day of the period.';
COMMENT ON COLUMN yoy_metrics.period_end IS 'Last day of the period.';
COMMENT ON COLUMN yoy_metrics.period_label IS 'Readable period: 2024, 2024 Jan-Oct, 2024 Q2, 2024-03.';
COMMENT ON COLUMN yoy_metrics.year IS 'Calendar year of the period.';
COMMENT ON COLUMN yoy_metrics.value IS 'Level for the period in base units (the chosen value from indicator_series, or derived; see value_basis). NULL when only a growth rate is reported.';
COMMENT ON COLUMN yoy_metrics.value_basis IS 'reported (an article states it for the period), year_end_stock (a stock stated at 31 December) or derived_from_growth (implied by the next period''s level and reported growth rate).';
COMMENT ON COLUMN yoy_metrics.is_derived IS 'True when value is not stated by any article but implied by a reported growth rate: value = next year''s level / (1 + rate/100).';
COMMENT ON COLUMN yoy_metrics.qualifier IS 'Qualifier of value: exact, approx, over or under (a derived value keeps the qualifier of the level it came from).';
COMMENT ON COLUMN yoy_metrics.prev_value IS 'Level for the same months a year earlier, in base units; NULL when unknown.';
COMMENT ON COLUMN yoy_metrics.prev_basis IS 'value_basis of prev_value: reported, year_end_stock or derived_from_growth.';
COMMENT ON COLUMN yoy_metrics.prev_is_derived IS 'True when prev_value is derived from a reported growth rate rather than stated.';
COMMENT ON COLUMN yoy_metrics.abs_change IS 'value - prev_value, in base units.';
COMMENT ON COLUMN yoy_metrics.pct_change IS 'Computed year-on-year growth in percent: 100 * (value / prev_value - 1).';
COMMENT ON COLUMN yoy_metrics.reported_growth_pct IS 'Year-on-year growth in percent as an article states it for this period (indicator_series metric yoy_growth_pct); NULL when none does.';
COMMENT ON COLUMN yoy_metrics.growth_gap_pp IS 'pct_change - reported_growth_pct, in percentage points: how far computed and reported growth disagree.';
COMMENT ON COLUMN yoy_metrics.has_conflict IS 'True when the sources for value or prev_value disagree (see the conflicts view).';
COMMENT ON COLUMN yoy_metrics.article_id IS 'Article the value comes from (for a derived value: the article of the level it was derived from).';
COMMENT ON COLUMN yoy_metrics.prev_article_id IS 'Article prev_value comes from.';
COMMENT ON COLUMN yoy_metrics.growth_article_id IS 'Article reported_growth_pct comes from.';
