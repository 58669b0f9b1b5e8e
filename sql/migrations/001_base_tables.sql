-- Base tables of the warehouse. Views over them live in sql/views/ and are
-- rebuilt after every load; these tables change only through new migrations.

-- One row per article file the job has seen: its latest state.
CREATE TABLE IF NOT EXISTS articles (
    source_path      VARCHAR PRIMARY KEY,   -- absolute path of the file (symlinks inside the folder not resolved)
    article_id       VARCHAR,               -- first 16 hex digits of the content hash
    content_hash     VARCHAR,               -- sha256 of the file's bytes
    size_bytes       BIGINT,
    mtime_ns         BIGINT,
    sidecar_mtime_ns BIGINT,
    published_date   DATE,
    date_basis       VARCHAR,               -- metadata | dateline | inferred | NULL
    title            VARCHAR,
    url              VARCHAR,
    source           VARCHAR,
    encoding         VARCHAR,
    status           VARCHAR NOT NULL,      -- loaded | skipped | failed
    reason           VARCHAR,
    n_figures        INTEGER,
    n_quarantined    INTEGER,
    run_id           VARCHAR NOT NULL,
    updated_at       TIMESTAMP NOT NULL
);

-- Every figure that passed validation: the facts behind `observations`.
CREATE TABLE IF NOT EXISTS figures (
    figure_id        VARCHAR PRIMARY KEY,   -- article_id:start-end:metric:period_end
    article_id       VARCHAR NOT NULL,
    source_path      VARCHAR NOT NULL,
    published_date   DATE,
    date_basis       VARCHAR,
    indicator        VARCHAR NOT NULL,
    region           VARCHAR NOT NULL,
    metric           VARCHAR NOT NULL,
    period_type      VARCHAR NOT NULL,
    period_start     DATE NOT NULL,
    period_end       DATE NOT NULL,
    value            DOUBLE NOT NULL,
    unit             VARCHAR NOT NULL,
    qualifier        VARCHAR NOT NULL,
    sentence         VARCHAR NOT NULL,
    char_start       BIGINT,
    char_end         BIGINT,
    is_target        BOOLEAN NOT NULL,
    period_basis     VARCHAR,
    converted_value  DOUBLE,
    converted_unit   VARCHAR,
    rule             VARCHAR,
    problem          VARCHAR,
    run_id           VARCHAR NOT NULL
);

-- Rows that failed validation or that the extractor could not date: kept,
-- with the reason, for review. Nothing is dropped silently.
CREATE TABLE IF NOT EXISTS quarantine (
    figure_id            VARCHAR,
    article_id           VARCHAR,
    source_path          VARCHAR,
    published_date       DATE,
    date_basis           VARCHAR,
    indicator            VARCHAR,
    region               VARCHAR,
    metric               VARCHAR,
    period_type          VARCHAR,
    period_start         DATE,
    period_end           DATE,
    value                DOUBLE,
    unit                 VARCHAR,
    qualifier            VARCHAR,
    sentence             VARCHAR,
    char_start           BIGINT,
    char_end             BIGINT,
    is_target            BOOLEAN,
    period_basis         VARCHAR,
    converted_value      DOUBLE,
    converted_unit       VARCHAR,
    rule                 VARCHAR,
    problem              VARCHAR,
    failed_expectations  VARCHAR[],
    reason               VARCHAR NOT NULL,
    run_id               VARCHAR NOT NULL
);

-- One row per flow run.
CREATE TABLE IF NOT EXISTS runs (
    run_id            VARCHAR PRIMARY KEY,
    started_at        TIMESTAMP NOT NULL,
    finished_at       TIMESTAMP,
    source_dir        VARCHAR,
    files_seen        INTEGER,
    files_new         INTEGER,
    files_changed     INTEGER,
    files_unchanged   INTEGER,
    files_failed      INTEGER,
    rows_loaded       INTEGER,
    rows_quarantined  INTEGER,
    status            VARCHAR NOT NULL,     -- succeeded | failed
    message           VARCHAR
);
