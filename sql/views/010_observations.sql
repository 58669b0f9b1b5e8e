-- The contract's view: one row per dated figure reported as an actual, with
-- provenance. Targets and plans stay in `figures` (see the `targets` view).
CREATE OR REPLACE VIEW observations AS
SELECT
    article_id,
    source_path,
    published_date,
    indicator,
    region,
    metric,
    period_type,
    period_start,
    period_end,
    value,
    unit,
    qualifier,
    sentence,
    converted_value,
    converted_unit,
    date_basis,
    period_basis,
    figure_id
FROM figures
WHERE NOT is_target;

-- Goals and plans ("aims to reach ... by 2027"), kept apart from actuals.
CREATE OR REPLACE VIEW targets AS
SELECT article_id, source_path, published_date, indicator, region, metric,
       period_type, period_start, period_end, value, unit, qualifier, sentence, figure_id
FROM figures
WHERE is_target;
