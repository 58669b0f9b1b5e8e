-- scale_review: levels that sit more than ten times away from every
-- neighbouring period of the same series (indicator, breakdown, region,
-- unit, period type), across articles. A lost or doubled scale word
-- ("5.3 billion" read where "5.3 trillion" was meant, "10,000" units twice)
-- looks like this; so, rarely, does a real jump. Nothing is removed: the
-- rows are listed for a person to check against their sentences.
CREATE OR REPLACE VIEW scale_review AS
WITH levels AS (
    SELECT
        indicator, breakdown, coalesce(breakdown, '') AS part, region, unit, period_type,
        period_start, period_end, value, chosen_source_path, chosen_sentence
    FROM indicator_series
    WHERE metric = 'level' AND value > 0
),

neighbours AS (
    SELECT
        *,
        lag(value)  OVER series AS prev_value,
        lag(period_end) OVER series AS prev_period_end,
        lead(value) OVER series AS next_value,
        lead(period_end) OVER series AS next_period_end
    FROM levels
    WINDOW series AS (PARTITION BY indicator, part, region, unit, period_type ORDER BY period_end)
)

SELECT
    indicator,
    breakdown,
    region,
    unit,
    period_type,
    period_start,
    period_end,
    value,
    prev_period_end,
    prev_value,
    next_period_end,
    next_value,
    round(greatest(value / prev_value, prev_value / value), 2)               AS ratio_to_prev,
    round(greatest(value / next_value, next_value / value), 2)               AS ratio_to_next,
    chosen_source_path                                                        AS source_path,
    chosen_sentence                                                           AS sentence
FROM neighbours
WHERE (prev_value IS NOT NULL OR next_value IS NOT NULL)
  AND (prev_value IS NULL OR greatest(value / prev_value, prev_value / value) > 10)
  AND (next_value IS NULL OR greatest(value / next_value, next_value / value) > 10)
ORDER BY indicator, region, period_end;

COMMENT ON VIEW scale_review IS 'Levels more than ten times away from every neighbouring period of the same series (indicator, breakdown, region, unit, period type): a scale word lost or doubled, or a real jump. For review; nothing is removed.';
COMMENT ON COLUMN scale_review.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN scale_review.breakdown IS 'NULL for the whole indicator, else the part.';
COMMENT ON COLUMN scale_review.region IS 'Canonical place name.';
COMMENT ON COLUMN scale_review.unit IS 'Unit of the values.';
COMMENT ON COLUMN scale_review.period_type IS 'year, ytd, month, quarter, as_of or span; neighbours are periods of the same type.';
COMMENT ON COLUMN scale_review.period_start IS 'First day of the suspect level''s period.';
COMMENT ON COLUMN scale_review.period_end IS 'Last day of the suspect level''s period.';
COMMENT ON COLUMN scale_review.value IS 'The suspect level (indicator_series'' chosen value), in base units.';
COMMENT ON COLUMN scale_review.prev_period_end IS 'End of the previous period of the series that has a level, if any.';
COMMENT ON COLUMN scale_review.prev_value IS 'The previous period''s level.';
COMMENT ON COLUMN scale_review.next_period_end IS 'End of the next period of the series that has a level, if any.';
COMMENT ON COLUMN scale_review.next_value IS 'The next period''s level.';
COMMENT ON COLUMN scale_review.ratio_to_prev IS 'How many times larger or smaller than the previous level (always >= 1).';
COMMENT ON COLUMN scale_review.ratio_to_next IS 'How many times larger or smaller than the next level (always >= 1).';
COMMENT ON COLUMN scale_review.source_path IS 'File the suspect level comes from.';
COMMENT ON COLUMN scale_review.sentence IS 'Sentence the suspect level comes from.';
