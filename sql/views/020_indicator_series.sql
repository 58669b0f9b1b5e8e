-- indicator_series: one row per indicator, breakdown, region, metric, period
-- and unit, consolidating every observation of that figure across articles.
-- A part (breakdown set) is its own series, never mixed with its whole
-- (breakdown NULL); internally the key uses part = coalesce(breakdown, '')
-- because NULLs never join.
--
-- The chosen `value` is the most precise value from the latest-published
-- source. In order:
--   1. the source with the latest published_date (a later article carries the
--      revised figure; undated articles come last);
--   2. within it, an exact figure before an approximate one ("about"), before
--      a bound ("over", "under");
--   3. then the figure with more significant digits (480.26 billion before
--      480 billion);
--   4. then the lowest article_id and figure_id, so the choice is stable.
-- An article that states the same figure twice counts as one source.
-- has_conflict: at least two articles report the figure and its values span
-- more than 1 percent (max_value - min_value > 1% of the smaller magnitude).
-- `over` and `under` bounds are compared as plain values.
CREATE OR REPLACE VIEW indicator_series AS
WITH observation_ranks AS (
    SELECT
        *,
        coalesce(breakdown, '') AS part,
        CASE qualifier WHEN 'exact' THEN 0 WHEN 'approx' THEN 1
                       WHEN 'over' THEN 2 WHEN 'under' THEN 2 ELSE 3 END AS qualifier_rank,
        -- digits of the value without leading/trailing zeros: 480260000000 -> 48026 -> 5
        length(trim(replace(split_part(printf('%.15g', abs(value)), 'e', 1), '.', ''), '0'))
            AS significant_digits
    FROM observations
    WHERE indicator <> 'unclassified'   -- figures of many measures, not one series
),

ranked AS (
    SELECT
        *,
        row_number() OVER (
            PARTITION BY indicator, part, region, metric, period_type, period_start, period_end, unit
            ORDER BY published_date DESC NULLS LAST, qualifier_rank, significant_digits DESC,
                     article_id, figure_id
        ) AS preference
    FROM observation_ranks
),

chosen AS (
    SELECT * FROM ranked WHERE preference = 1
),

summary AS (
    SELECT
        indicator, coalesce(breakdown, '') AS part, region, metric, period_type, period_start, period_end, unit,
        count(DISTINCT article_id)                                  AS n_sources,
        count(*)                                                    AS n_observations,
        min(value)                                                  AS min_value,
        max(value)                                                  AS max_value,
        list(DISTINCT article_id ORDER BY article_id)               AS article_ids,
        string_agg(DISTINCT source_path, ', ' ORDER BY source_path) AS source_paths,
        min(published_date)                                         AS first_published,
        max(published_date)                                         AS last_published
    FROM observations
    WHERE indicator <> 'unclassified'
    GROUP BY ALL
)

SELECT
    s.indicator,
    nullif(s.part, '')                                              AS breakdown,
    s.region,
    s.metric,
    s.period_type,
    s.period_start,
    s.period_end,
    year(s.period_end)::INTEGER                                     AS year,
    s.unit,
    c.value,
    c.qualifier,
    c.article_id                                                    AS chosen_article_id,
    c.source_path                                                   AS chosen_source_path,
    c.published_date                                                AS chosen_published_date,
    c.sentence                                                      AS chosen_sentence,
    s.n_sources,
    s.n_observations,
    s.min_value,
    s.max_value,
    round(100 * (s.max_value - s.min_value)
          / nullif(least(abs(s.min_value), abs(s.max_value)), 0), 4) AS spread_pct,
    s.n_sources >= 2
        AND s.max_value - s.min_value > 0.01 * least(abs(s.min_value), abs(s.max_value))
                                                                    AS has_conflict,
    s.article_ids,
    s.source_paths,
    s.first_published,
    s.last_published
FROM summary AS s
JOIN chosen AS c USING (indicator, part, region, metric, period_type, period_start, period_end, unit);

COMMENT ON VIEW indicator_series IS 'One row per indicator, region, metric, period and unit, consolidating all its observations. value is the most precise value from the latest-published source (latest published_date, then exact before approx before over/under, then more significant digits); has_conflict when two or more articles differ by more than 1 percent.';
COMMENT ON COLUMN indicator_series.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN indicator_series.breakdown IS 'NULL for the whole indicator; else the part this series covers (ownership=private, partner=ASEAN, ...). A part is never mixed with its whole.';
COMMENT ON COLUMN indicator_series.region IS 'Canonical place name.';
COMMENT ON COLUMN indicator_series.metric IS 'level, yoy_growth_pct, share_pct, change or cagr_pct.';
COMMENT ON COLUMN indicator_series.period_type IS 'year, ytd, month, quarter, as_of or span.';
COMMENT ON COLUMN indicator_series.period_start IS 'First day of the period.';
COMMENT ON COLUMN indicator_series.period_end IS 'Last day of the period.';
COMMENT ON COLUMN indicator_series.year IS 'Calendar year of period_end.';
COMMENT ON COLUMN indicator_series.unit IS 'Unit of the values (figures in different units are separate rows).';
COMMENT ON COLUMN indicator_series.value IS 'The chosen value, in base units: the most precise value from the latest-published source (see the view comment for the full rule).';
COMMENT ON COLUMN indicator_series.qualifier IS 'Qualifier of the chosen value: exact, approx, over or under.';
COMMENT ON COLUMN indicator_series.chosen_article_id IS 'Article the chosen value comes from.';
COMMENT ON COLUMN indicator_series.chosen_source_path IS 'File the chosen value comes from.';
COMMENT ON COLUMN indicator_series.chosen_published_date IS 'Reference date of the article the chosen value comes from.';
COMMENT ON COLUMN indicator_series.chosen_sentence IS 'Sentence the chosen value comes from.';
COMMENT ON COLUMN indicator_series.n_sources IS 'Number of distinct articles reporting this figure (an article repeating it counts once).';
COMMENT ON COLUMN indicator_series.n_observations IS 'Number of observations (mentions) behind this row, repeats included.';
COMMENT ON COLUMN indicator_series.min_value IS 'Smallest value any observation gives.';
COMMENT ON COLUMN indicator_series.max_value IS 'Largest value any observation gives.';
COMMENT ON COLUMN indicator_series.spread_pct IS '(max_value - min_value) as a percentage of the smaller magnitude; NULL when that is 0.';
COMMENT ON COLUMN indicator_series.has_conflict IS 'True when at least two articles report this figure and their values differ by more than 1 percent; the conflicts view lists each source.';
COMMENT ON COLUMN indicator_series.article_ids IS 'Ids of all articles behind this row (list), sorted.';
COMMENT ON COLUMN indicator_series.source_paths IS 'Files of all articles behind this row, comma-separated (for BI tools that do not show lists).';
COMMENT ON COLUMN indicator_series.first_published IS 'Earliest reference date among the sources.';
COMMENT ON COLUMN indicator_series.last_published IS 'Latest reference date among the sources.';
