-- growth_spans: compound annual growth between every two years that have a
-- level, for each indicator, region and unit.
--   cagr_pct = 100 * ((end_value / start_value) ^ (1 / (end_year - start_year)) - 1)
-- e.g. technology contracts in Guangdong, over 340 billion yuan in 2020 and
-- over 440 billion in 2023: (440 / 340) ^ (1/3) - 1 = 8.97 percent a year.
-- Years come from yoy_metrics' annual series (period_type 'year'), so a
-- 31 December stock counts and derived levels are included but flagged.
-- Where an article states a compound growth rate for the same span
-- (metric cagr_pct), it is shown beside the computed one.
CREATE OR REPLACE VIEW growth_spans AS
WITH annual AS (
    SELECT indicator, coalesce(breakdown, '') AS part, region, unit, year, value, value_basis, is_derived, qualifier,
           has_conflict, article_id
    FROM yoy_metrics
    WHERE period_type = 'year' AND value IS NOT NULL
),

reported_cagr AS (
    SELECT indicator, coalesce(breakdown, '') AS part, region,
           year(period_start)::INTEGER AS start_year,
           year(period_end)::INTEGER   AS end_year,
           value                       AS reported_cagr_pct
    FROM indicator_series
    WHERE metric = 'cagr_pct' AND unit = 'percent'
    QUALIFY row_number() OVER (PARTITION BY indicator, part, region, start_year, end_year
                               ORDER BY period_type = 'span' DESC, last_published DESC NULLS LAST) = 1
),

spans AS (
    SELECT
        s.indicator, s.part, s.region, s.unit,
        s.year AS start_year, e.year AS end_year,
        s.value AS start_value, e.value AS end_value,
        s.value_basis AS start_basis, e.value_basis AS end_basis,
        s.qualifier AS start_qualifier, e.qualifier AS end_qualifier,
        s.is_derived OR e.is_derived AS is_derived,
        s.has_conflict OR e.has_conflict AS has_conflict,
        s.article_id AS start_article_id, e.article_id AS end_article_id
    FROM annual AS s
    JOIN annual AS e
      ON e.indicator = s.indicator AND e.part = s.part AND e.region = s.region AND e.unit = s.unit
     AND e.year > s.year
)

SELECT
    sp.indicator,
    nullif(sp.part, '')                                                     AS breakdown,
    sp.region,
    sp.unit,
    sp.start_year,
    sp.end_year,
    sp.end_year - sp.start_year                                             AS n_years,
    sp.start_value,
    sp.end_value,
    sp.end_value - sp.start_value                                           AS abs_change,
    round(100 * (sp.end_value / nullif(sp.start_value, 0) - 1), 6)          AS total_change_pct,
    CASE WHEN sp.start_value > 0 AND sp.end_value > 0
         THEN round(100 * (power(sp.end_value / sp.start_value, 1.0 / (sp.end_year - sp.start_year)) - 1), 6)
    END                                                                     AS cagr_pct,
    rc.reported_cagr_pct,
    sp.start_basis,
    sp.end_basis,
    sp.start_qualifier,
    sp.end_qualifier,
    sp.is_derived,
    sp.has_conflict,
    sp.start_article_id,
    sp.end_article_id
FROM spans AS sp
LEFT JOIN reported_cagr AS rc USING (indicator, part, region, start_year, end_year)
ORDER BY sp.indicator, sp.part, sp.region, sp.unit, sp.start_year, sp.end_year;

COMMENT ON VIEW growth_spans IS 'Compound annual growth between every two years with a level, per indicator, region and unit: cagr_pct = 100 * ((end_value / start_value) ^ (1 / n_years) - 1). Built on the annual rows of yoy_metrics.';
COMMENT ON COLUMN growth_spans.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN growth_spans.breakdown IS 'NULL for the whole indicator; else the part this span covers.';
COMMENT ON COLUMN growth_spans.region IS 'Canonical place name.';
COMMENT ON COLUMN growth_spans.unit IS 'Unit of start_value and end_value.';
COMMENT ON COLUMN growth_spans.start_year IS 'First year of the span.';
COMMENT ON COLUMN growth_spans.end_year IS 'Last year of the span.';
COMMENT ON COLUMN growth_spans.n_years IS 'end_year - start_year: the number of yearly steps the growth is compounded over.';
COMMENT ON COLUMN growth_spans.start_value IS 'Level in start_year, in base units (from yoy_metrics).';
COMMENT ON COLUMN growth_spans.end_value IS 'Level in end_year, in base units (from yoy_metrics).';
COMMENT ON COLUMN growth_spans.abs_change IS 'end_value - start_value, in base units.';
COMMENT ON COLUMN growth_spans.total_change_pct IS 'Total growth over the span in percent: 100 * (end_value / start_value - 1).';
COMMENT ON COLUMN growth_spans.cagr_pct IS 'Compound annual growth rate in percent; NULL unless both values are positive.';
COMMENT ON COLUMN growth_spans.reported_cagr_pct IS 'Compound annual growth rate an article states for the same span (metric cagr_pct), if any.';
COMMENT ON COLUMN growth_spans.start_basis IS 'value_basis of start_value: reported, year_end_stock or derived_from_growth.';
COMMENT ON COLUMN growth_spans.end_basis IS 'value_basis of end_value: reported, year_end_stock or derived_from_growth.';
COMMENT ON COLUMN growth_spans.start_qualifier IS 'Qualifier of start_value (exact, approx, over, under): bounds make cagr_pct indicative only.';
COMMENT ON COLUMN growth_spans.end_qualifier IS 'Qualifier of end_value (exact, approx, over, under).';
COMMENT ON COLUMN growth_spans.is_derived IS 'True when either end is derived from a reported growth rate rather than stated.';
COMMENT ON COLUMN growth_spans.has_conflict IS 'True when the sources for either end disagree (see the conflicts view).';
COMMENT ON COLUMN growth_spans.start_article_id IS 'Article start_value comes from.';
COMMENT ON COLUMN growth_spans.end_article_id IS 'Article end_value comes from.';
