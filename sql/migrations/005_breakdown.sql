-- Series you can trust (issue 12): a figure about a part of a measure
-- (private enterprises' exports, basic research spending) is filed under its
-- whole's code with a `breakdown`, never as the whole; the words that named
-- the measure are kept so unclassified figures can be grouped.
ALTER TABLE figures ADD COLUMN IF NOT EXISTS breakdown VARCHAR;
ALTER TABLE figures ADD COLUMN IF NOT EXISTS measure_text VARCHAR;
ALTER TABLE figures ADD COLUMN IF NOT EXISTS series_problem VARCHAR;
ALTER TABLE quarantine ADD COLUMN IF NOT EXISTS series_problem VARCHAR;
ALTER TABLE quarantine ADD COLUMN IF NOT EXISTS breakdown VARCHAR;
ALTER TABLE quarantine ADD COLUMN IF NOT EXISTS measure_text VARCHAR;

COMMENT ON COLUMN figures.breakdown IS 'NULL when the figure covers the whole indicator for the region; otherwise the part it covers as dimension=value pairs joined by ";" in alphabetical order of dimension (ownership=private, partner=ASEAN, activity=basic research); vocabulary in seeds/breakdowns.csv.';
COMMENT ON COLUMN figures.measure_text IS 'The words in the sentence that name the figure''s measure, as written ("imports and exports of private enterprises"); group unclassified figures by it.';
COMMENT ON COLUMN quarantine.breakdown IS 'As figures.breakdown.';
COMMENT ON COLUMN figures.series_problem IS 'Why the figure is unclassified although a series was read for it: the article gives that series another value for the same period, a growth rate disagrees with its levels, or the unit contradicts the catalogue; names the series it was read as. NULL when none.';
COMMENT ON COLUMN quarantine.series_problem IS 'As figures.series_problem.';
COMMENT ON COLUMN quarantine.measure_text IS 'As figures.measure_text.';

-- The catalogue, so SQL and BI users can see each code's whole, unit and
-- allowed breakdowns without the seeds/ files. Reloaded by every run that
-- writes (the seeds may have changed).
CREATE TABLE IF NOT EXISTS catalogue_indicators (
    code        VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    unit        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    parent      VARCHAR,
    ratio_of    VARCHAR,
    breakdowns  VARCHAR[],
    source      VARCHAR,
    description VARCHAR
);
COMMENT ON TABLE catalogue_indicators IS 'The indicator catalogue (seeds/indicators.csv): one row per code, with the whole it is a component of and the breakdowns a part of it may carry.';
COMMENT ON COLUMN catalogue_indicators.code IS 'Indicator code, as in observations.indicator.';
COMMENT ON COLUMN catalogue_indicators.name IS 'Readable name.';
COMMENT ON COLUMN catalogue_indicators.unit IS 'The unit a level of it is stated in (CNY, count, person, percent, ...); a level in another kind of unit is a contradiction.';
COMMENT ON COLUMN catalogue_indicators.kind IS 'flow (a total over a period) or stock (a level at a date).';
COMMENT ON COLUMN catalogue_indicators.parent IS 'The code this one is a component series of (exports of foreign_trade), NULL for a top-level measure.';
COMMENT ON COLUMN catalogue_indicators.ratio_of IS 'For a ratio, numerator/denominator codes (rd_intensity: rd_expenditure/gdp).';
COMMENT ON COLUMN catalogue_indicators.breakdowns IS 'Dimensions a part of this measure may be cut by (ownership, partner, product, ...).';
COMMENT ON COLUMN catalogue_indicators.source IS 'The official statistics system the measure is modelled on (NBS communique, CNIPA, customs, ...).';
COMMENT ON COLUMN catalogue_indicators.description IS 'What the code measures.';

CREATE TABLE IF NOT EXISTS catalogue_breakdowns (
    dimension VARCHAR NOT NULL,
    value     VARCHAR NOT NULL,
    aliases   VARCHAR[],
    PRIMARY KEY (dimension, value)
);
COMMENT ON TABLE catalogue_breakdowns IS 'The breakdown vocabulary (seeds/breakdowns.csv): the values a breakdown dimension takes, with the words that name them in articles.';
COMMENT ON COLUMN catalogue_breakdowns.dimension IS 'ownership, partner, product, mode, performer, activity, kind, sector, residence, channel, status or origin.';
COMMENT ON COLUMN catalogue_breakdowns.value IS 'Canonical value, as written after = in a breakdown.';
COMMENT ON COLUMN catalogue_breakdowns.aliases IS 'Words that name the value in articles.';
