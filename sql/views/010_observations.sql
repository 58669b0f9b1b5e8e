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
    breakdown,
    measure_text,
    series_problem,
    converted_value,
    converted_unit,
    date_basis,
    period_basis,
    figure_id
FROM figures
WHERE NOT is_target;

COMMENT ON VIEW observations IS 'The contract view: one row for each dated figure an article reports as an actual (a mention, with provenance). Plans and goals are in targets. See indicator_series for one consolidated value per period.';
COMMENT ON COLUMN observations.article_id IS 'Stable id of the source document (first 16 hex digits of its content hash); joins to articles.';
COMMENT ON COLUMN observations.source_path IS 'Absolute path of the file the figure came from (the scorer compares the base name).';
COMMENT ON COLUMN observations.published_date IS 'The article''s reference date, where known or inferred (NULL otherwise).';
COMMENT ON COLUMN observations.indicator IS 'Canonical indicator code from seeds/indicators.csv (rd_expenditure, gdp, ...), or unclassified.';
COMMENT ON COLUMN observations.region IS 'Canonical place name: Guangdong, Shenzhen, Guangzhou, Greater Bay Area, China, ...';
COMMENT ON COLUMN observations.metric IS 'What the value measures: level, yoy_growth_pct, share_pct, change or cagr_pct.';
COMMENT ON COLUMN observations.period_type IS 'year, ytd (first N months), month, quarter, as_of (a stock at a date) or span (several years).';
COMMENT ON COLUMN observations.period_start IS 'First day the figure covers (as_of: same as period_end).';
COMMENT ON COLUMN observations.period_end IS 'Last day the figure covers.';
COMMENT ON COLUMN observations.value IS 'The figure in base units: 510 billion yuan is 510000000000; 24.75 percent is 24.75.';
COMMENT ON COLUMN observations.unit IS 'Unit of value: CNY, USD, count, person, percent, percentage_point, hectare, ...';
COMMENT ON COLUMN observations.qualifier IS 'exact, approx (about, approximately, nearly), over (over, more than, surpassed) or under.';
COMMENT ON COLUMN observations.sentence IS 'The sentence the figure came from.';
COMMENT ON COLUMN observations.breakdown IS 'NULL when the figure covers the whole indicator for the region; otherwise the part it covers, as dimension=value pairs joined by ";" in alphabetical order of dimension (ownership=private, partner=ASEAN, activity=basic research). Filter breakdown IS NULL for the whole measure''s series.';
COMMENT ON COLUMN observations.measure_text IS 'The words in the sentence that name the figure''s measure, as written ("imports and exports of private enterprises"); group unclassified figures by it.';
COMMENT ON COLUMN observations.series_problem IS 'Why a figure is unclassified although a series was read for it (two values for one series in one article, a growth rate that disagrees with its levels, a unit the catalogue contradicts), with the series it was read as; NULL when none. Such figures are in no series view.';
COMMENT ON COLUMN observations.converted_value IS 'A conversion stated in brackets ("510 billion yuan ($70.3 billion)"), in base units of converted_unit; NULL when none.';
COMMENT ON COLUMN observations.converted_unit IS 'Unit of converted_value, e.g. USD.';
COMMENT ON COLUMN observations.date_basis IS 'Where published_date came from: metadata, dateline, inferred, or NULL.';
COMMENT ON COLUMN observations.period_basis IS 'How the period was found: an explicit date or a relative phrase ("last year") resolved against published_date.';
COMMENT ON COLUMN observations.figure_id IS 'Stable id of the figure: article_id:char_start-char_end:metric:period_end.';

-- Goals and plans ("aims to reach ... by 2027"), kept apart from actuals.
CREATE OR REPLACE VIEW targets AS
SELECT article_id, source_path, published_date, indicator, breakdown, region, metric,
       period_type, period_start, period_end, value, unit, qualifier, sentence, figure_id
FROM figures
WHERE is_target;

COMMENT ON VIEW targets IS 'Goals and plans stated in articles ("aims to reach ... by 2027"), kept apart from observations. Same columns and meanings as observations.';
COMMENT ON COLUMN targets.article_id IS 'Stable id of the source document; joins to articles.';
COMMENT ON COLUMN targets.source_path IS 'Absolute path of the file the target came from.';
COMMENT ON COLUMN targets.published_date IS 'The article''s reference date, where known.';
COMMENT ON COLUMN targets.indicator IS 'Canonical indicator code, or unclassified.';
COMMENT ON COLUMN targets.breakdown IS 'NULL for the whole indicator, else the part the target covers (see observations.breakdown).';
COMMENT ON COLUMN targets.region IS 'Canonical place name.';
COMMENT ON COLUMN targets.metric IS 'level, yoy_growth_pct, share_pct, change or cagr_pct.';
COMMENT ON COLUMN targets.period_type IS 'year, ytd, month, quarter, as_of or span.';
COMMENT ON COLUMN targets.period_start IS 'First day the target covers.';
COMMENT ON COLUMN targets.period_end IS 'Last day the target covers (the deadline).';
COMMENT ON COLUMN targets.value IS 'The target in base units.';
COMMENT ON COLUMN targets.unit IS 'Unit of value.';
COMMENT ON COLUMN targets.qualifier IS 'exact, approx, over or under.';
COMMENT ON COLUMN targets.sentence IS 'The sentence the target came from.';
COMMENT ON COLUMN targets.figure_id IS 'Stable id of the figure.';
