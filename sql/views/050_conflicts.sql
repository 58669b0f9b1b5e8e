-- conflicts: every indicator, region, metric, period and unit whose sources
-- disagree (indicator_series.has_conflict), one row per source statement,
-- with its value, article and sentence, next to the value indicator_series
-- chose. A statement repeated verbatim in one article is listed once.
CREATE OR REPLACE VIEW conflicts AS
WITH conflicting AS (
    SELECT indicator, coalesce(breakdown, '') AS part, region, metric, period_type, period_start, period_end, unit, year,
           value AS chosen_value, chosen_article_id, n_sources, min_value, max_value, spread_pct
    FROM indicator_series
    WHERE has_conflict
),

statements AS (
    SELECT
        indicator, coalesce(breakdown, '') AS part, region, metric, period_type, period_start, period_end, unit,
        article_id, source_path, published_date, value, qualifier, sentence,
        min(figure_id) AS figure_id
    FROM observations
    GROUP BY ALL
)

SELECT
    c.indicator,
    nullif(c.part, '')                                                      AS breakdown,
    c.region,
    c.metric,
    c.period_type,
    c.period_start,
    c.period_end,
    c.year,
    c.unit,
    s.value,
    s.qualifier,
    s.article_id,
    s.source_path,
    s.published_date,
    s.sentence,
    s.article_id = c.chosen_article_id AND s.value = c.chosen_value         AS is_chosen,
    c.chosen_value,
    round(100 * (s.value / nullif(c.chosen_value, 0) - 1), 6)               AS diff_from_chosen_pct,
    c.min_value,
    c.max_value,
    c.spread_pct,
    c.n_sources,
    s.figure_id
FROM conflicting AS c
JOIN statements AS s USING (indicator, part, region, metric, period_type, period_start, period_end, unit)
ORDER BY c.indicator, c.part, c.region, c.metric, c.period_end, c.period_type, s.published_date DESC NULLS LAST, s.article_id, s.value;

COMMENT ON VIEW conflicts IS 'Every indicator, region, metric, period and unit whose sources disagree by more than 1 percent (indicator_series.has_conflict): one row per source statement, with its value, article and sentence.';
COMMENT ON COLUMN conflicts.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN conflicts.breakdown IS 'NULL for the whole indicator; else the part whose sources disagree.';
COMMENT ON COLUMN conflicts.region IS 'Canonical place name.';
COMMENT ON COLUMN conflicts.metric IS 'level, yoy_growth_pct, share_pct, change or cagr_pct.';
COMMENT ON COLUMN conflicts.period_type IS 'year, ytd, month, quarter, as_of or span.';
COMMENT ON COLUMN conflicts.period_start IS 'First day of the period.';
COMMENT ON COLUMN conflicts.period_end IS 'Last day of the period.';
COMMENT ON COLUMN conflicts.year IS 'Calendar year of period_end.';
COMMENT ON COLUMN conflicts.unit IS 'Unit of the values.';
COMMENT ON COLUMN conflicts.value IS 'The value this source states, in base units.';
COMMENT ON COLUMN conflicts.qualifier IS 'How this source states it: exact, approx, over or under.';
COMMENT ON COLUMN conflicts.article_id IS 'The source article.';
COMMENT ON COLUMN conflicts.source_path IS 'File of the source article.';
COMMENT ON COLUMN conflicts.published_date IS 'Reference date of the source article.';
COMMENT ON COLUMN conflicts.sentence IS 'The sentence in which this source states the value.';
COMMENT ON COLUMN conflicts.is_chosen IS 'True for the statement whose value indicator_series chose.';
COMMENT ON COLUMN conflicts.chosen_value IS 'The value indicator_series chose for this period.';
COMMENT ON COLUMN conflicts.diff_from_chosen_pct IS 'How far this source is from the chosen value, in percent: 100 * (value / chosen_value - 1).';
COMMENT ON COLUMN conflicts.min_value IS 'Smallest value any source states for this period.';
COMMENT ON COLUMN conflicts.max_value IS 'Largest value any source states for this period.';
COMMENT ON COLUMN conflicts.spread_pct IS '(max_value - min_value) as a percentage of the smaller magnitude.';
COMMENT ON COLUMN conflicts.n_sources IS 'Number of distinct articles reporting this period.';
COMMENT ON COLUMN conflicts.figure_id IS 'Id of (the first) observation behind this statement; joins to observations.figure_id.';
