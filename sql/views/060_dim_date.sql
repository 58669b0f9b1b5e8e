-- dim_date: a calendar, one row per day, for BI tools to join dates to
-- (observations.period_end = dim_date.date_day). It covers 1 January 2000
-- (or the earliest period in the data, if earlier) to 31 December five years
-- after today (or the latest period, if later).
CREATE OR REPLACE VIEW dim_date AS
WITH bounds AS (
    SELECT
        least(DATE '2000-01-01', min(date_trunc('year', period_start))::DATE)             AS first_day,
        greatest(make_date(year(current_date) + 5, 12, 31),
                 max(make_date(year(period_end), 12, 31)))                                 AS last_day
    FROM figures
),

days AS (
    SELECT unnest(generate_series(first_day, last_day, INTERVAL 1 DAY))::DATE AS date_day
    FROM bounds
)

SELECT
    date_day,
    year(date_day)::INTEGER                                         AS year,
    quarter(date_day)::INTEGER                                      AS quarter,
    month(date_day)::INTEGER                                        AS month,
    day(date_day)::INTEGER                                          AS day_of_month,
    dayofyear(date_day)::INTEGER                                    AS day_of_year,
    isodow(date_day)::INTEGER                                       AS day_of_week,
    strftime(date_day, '%A')                                        AS day_name,
    strftime(date_day, '%B')                                        AS month_name,
    strftime(date_day, '%b')                                        AS month_short,
    weekofyear(date_day)::INTEGER                                   AS iso_week,
    strftime(date_day, '%Y-%m')                                     AS year_month,
    year(date_day) || '-Q' || quarter(date_day)                     AS year_quarter,
    date_trunc('month', date_day)::DATE                             AS month_start,
    last_day(date_day)                                              AS month_end,
    date_trunc('quarter', date_day)::DATE                           AS quarter_start,
    make_date(year(date_day), 1, 1)                                 AS year_start,
    date_day = last_day(date_day)                                   AS is_month_end,
    date_day = last_day(date_day) AND month(date_day) IN (3, 6, 9, 12) AS is_quarter_end,
    month(date_day) = 12 AND day(date_day) = 31                     AS is_year_end,
    isodow(date_day) >= 6                                           AS is_weekend
FROM days;

COMMENT ON VIEW dim_date IS 'Calendar dimension, one row per day from 2000-01-01 (or the earliest period) to 31 December five years ahead (or the latest period). Join on date_day.';
COMMENT ON COLUMN dim_date.date_day IS 'The day; the key.';
COMMENT ON COLUMN dim_date.year IS 'Calendar year.';
COMMENT ON COLUMN dim_date.quarter IS 'Calendar quarter, 1-4.';
COMMENT ON COLUMN dim_date.month IS 'Month number, 1-12.';
COMMENT ON COLUMN dim_date.day_of_month IS 'Day of the month, 1-31.';
COMMENT ON COLUMN dim_date.day_of_year IS 'Day of the year, 1-366.';
COMMENT ON COLUMN dim_date.day_of_week IS 'ISO day of the week: 1 = Monday ... 7 = Sunday.';
COMMENT ON COLUMN dim_date.day_name IS 'Name of the weekday (Monday ...).';
COMMENT ON COLUMN dim_date.month_name IS 'Name of the month (January ...).';
COMMENT ON COLUMN dim_date.month_short IS 'Three-letter month (Jan ...).';
COMMENT ON COLUMN dim_date.iso_week IS 'ISO 8601 week number.';
COMMENT ON COLUMN dim_date.year_month IS 'Year and month as text, e.g. 2024-03.';
COMMENT ON COLUMN dim_date.year_quarter IS 'Year and quarter as text, e.g. 2024-Q1.';
COMMENT ON COLUMN dim_date.month_start IS 'First day of the month.';
COMMENT ON COLUMN dim_date.month_end IS 'Last day of the month.';
COMMENT ON COLUMN dim_date.quarter_start IS 'First day of the quarter.';
COMMENT ON COLUMN dim_date.year_start IS 'First day of the year.';
COMMENT ON COLUMN dim_date.is_month_end IS 'True on the last day of a month (where ytd, month and as_of periods usually end).';
COMMENT ON COLUMN dim_date.is_quarter_end IS 'True on 31 March, 30 June, 30 September and 31 December.';
COMMENT ON COLUMN dim_date.is_year_end IS 'True on 31 December.';
COMMENT ON COLUMN dim_date.is_weekend IS 'True on Saturday and Sunday.';
