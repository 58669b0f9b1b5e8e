-- Documentation inside the database for the base tables: what a SQL or BI
-- user sees in the schema browser (duckdb_tables(), duckdb_columns(),
-- information_schema). Views are documented in their own files under
-- sql/views/, because CREATE OR REPLACE VIEW drops a view's comments.
-- A later migration that adds a column should comment it too.

COMMENT ON TABLE schema_version IS 'One row per migration (sql/migrations/NNN_*.sql) applied to this file, with its checksum. Applying the migrations again changes nothing.';
COMMENT ON COLUMN schema_version.version IS 'Migration number: the NNN prefix of its file name.';
COMMENT ON COLUMN schema_version.name IS 'File name of the migration.';
COMMENT ON COLUMN schema_version.checksum IS 'sha256 of the migration''s SQL text when it was applied.';
COMMENT ON COLUMN schema_version.applied_at IS 'When the migration was applied to this file (UTC wall clock of the run).';

COMMENT ON TABLE articles IS 'One row per article file the job has seen, in its latest state: identity, dates, metadata and what the last read of it produced.';
COMMENT ON COLUMN articles.source_path IS 'Absolute path of the file as found under the source folder; the key.';
COMMENT ON COLUMN articles.article_id IS 'Stable id of the document: first 16 hex digits of its content hash. Joins to observations.article_id.';
COMMENT ON COLUMN articles.content_hash IS 'sha256 of the file''s bytes when last read.';
COMMENT ON COLUMN articles.size_bytes IS 'File size in bytes when last seen.';
COMMENT ON COLUMN articles.mtime_ns IS 'File modification time (ns since the epoch) when last seen; with size_bytes, decides whether the file is re-read.';
COMMENT ON COLUMN articles.sidecar_mtime_ns IS 'Modification time (ns) of the NAME.meta.json sidecar, 0 when there is none.';
COMMENT ON COLUMN articles.published_date IS 'The article''s reference date: from metadata, a dateline, or inferred (see date_basis). Relative dates ("last year") are resolved against it.';
COMMENT ON COLUMN articles.date_basis IS 'Where published_date came from: metadata, dateline, inferred, or NULL when unknown.';
COMMENT ON COLUMN articles.title IS 'Title of the article, where the file has one.';
COMMENT ON COLUMN articles.url IS 'Original URL, where metadata gives one.';
COMMENT ON COLUMN articles.source IS 'Publisher or outlet, where metadata gives one.';
COMMENT ON COLUMN articles.encoding IS 'Text encoding the file was decoded with.';
COMMENT ON COLUMN articles.status IS 'loaded (figures extracted), skipped (read, no dated figures kept) or failed (could not be read; see reason).';
COMMENT ON COLUMN articles.reason IS 'Why the file was skipped or failed, or notes from reading it.';
COMMENT ON COLUMN articles.n_figures IS 'Figures from this file that passed validation (rows in figures).';
COMMENT ON COLUMN articles.n_quarantined IS 'Figures from this file held in quarantine.';
COMMENT ON COLUMN articles.run_id IS 'The run that last read this file (runs.run_id).';
COMMENT ON COLUMN articles.updated_at IS 'When this row was last written (UTC).';

COMMENT ON TABLE figures IS 'Every extracted figure that passed validation, actuals and targets alike. Query the observations view (actuals) or targets view (plans and goals) rather than this table.';
COMMENT ON COLUMN figures.figure_id IS 'Stable id of the figure: article_id:char_start-char_end:metric:period_end.';
COMMENT ON COLUMN figures.article_id IS 'Stable id of the source document (content hash); joins to articles.';
COMMENT ON COLUMN figures.source_path IS 'Absolute path of the file the figure came from.';
COMMENT ON COLUMN figures.published_date IS 'The article''s reference date (see articles.published_date).';
COMMENT ON COLUMN figures.date_basis IS 'Where published_date came from: metadata, dateline, inferred, or NULL.';
COMMENT ON COLUMN figures.indicator IS 'Canonical indicator code from seeds/indicators.csv, or unclassified.';
COMMENT ON COLUMN figures.region IS 'Canonical place name (Guangdong, Shenzhen, Greater Bay Area, China, ...).';
COMMENT ON COLUMN figures.metric IS 'What the value measures: level, yoy_growth_pct, share_pct, change or cagr_pct.';
COMMENT ON COLUMN figures.period_type IS 'year, ytd (first N months), month, quarter, as_of (a stock at a date) or span (several years).';
COMMENT ON COLUMN figures.period_start IS 'First day the figure covers (as_of: same as period_end).';
COMMENT ON COLUMN figures.period_end IS 'Last day the figure covers.';
COMMENT ON COLUMN figures.value IS 'The figure in base units: 510 billion yuan is 510000000000; 24.75 percent is 24.75.';
COMMENT ON COLUMN figures.unit IS 'Unit of value: CNY, USD, count, person, percent, percentage_point, hectare, ...';
COMMENT ON COLUMN figures.qualifier IS 'How the article states it: exact, approx (about, nearly), over (more than, surpassed) or under.';
COMMENT ON COLUMN figures.sentence IS 'The sentence the figure came from.';
COMMENT ON COLUMN figures.char_start IS 'Offset of the number''s first character in the article text.';
COMMENT ON COLUMN figures.char_end IS 'Offset just past the number''s last character in the article text.';
COMMENT ON COLUMN figures.is_target IS 'True for goals and plans ("aims to reach ... by 2027"); these are not observations.';
COMMENT ON COLUMN figures.period_basis IS 'How the period was found, e.g. an explicit year or a relative phrase resolved against the article date.';
COMMENT ON COLUMN figures.converted_value IS 'A conversion stated in brackets ("($70.3 billion)"), in base units of converted_unit.';
COMMENT ON COLUMN figures.converted_unit IS 'Unit of converted_value, e.g. USD.';
COMMENT ON COLUMN figures.rule IS 'Name of the extraction rule that produced the figure, for debugging.';
COMMENT ON COLUMN figures.problem IS 'A doubt the extractor raised about the figure (NULL when none).';
COMMENT ON COLUMN figures.run_id IS 'The run that loaded the figure (runs.run_id).';

COMMENT ON TABLE quarantine IS 'Figures that failed validation or could not be dated, kept with the reason for review. Nothing is dropped silently; see the quarantine_summary view.';
COMMENT ON COLUMN quarantine.figure_id IS 'Stable id of the figure (as in figures.figure_id).';
COMMENT ON COLUMN quarantine.article_id IS 'Stable id of the source document.';
COMMENT ON COLUMN quarantine.source_path IS 'Absolute path of the file the figure came from.';
COMMENT ON COLUMN quarantine.published_date IS 'The article''s reference date, where known.';
COMMENT ON COLUMN quarantine.date_basis IS 'Where published_date came from: metadata, dateline, inferred, or NULL.';
COMMENT ON COLUMN quarantine.indicator IS 'Indicator code as extracted (may be unknown to the catalogue).';
COMMENT ON COLUMN quarantine.region IS 'Place name as extracted.';
COMMENT ON COLUMN quarantine.metric IS 'level, yoy_growth_pct, share_pct, change or cagr_pct, as extracted.';
COMMENT ON COLUMN quarantine.period_type IS 'year, ytd, month, quarter, as_of or span, as extracted.';
COMMENT ON COLUMN quarantine.period_start IS 'First day the figure covers, if it could be dated.';
COMMENT ON COLUMN quarantine.period_end IS 'Last day the figure covers, if it could be dated.';
COMMENT ON COLUMN quarantine.value IS 'The figure in base units, as extracted.';
COMMENT ON COLUMN quarantine.unit IS 'Unit of value, as extracted.';
COMMENT ON COLUMN quarantine.qualifier IS 'exact, approx, over or under, as extracted.';
COMMENT ON COLUMN quarantine.sentence IS 'The sentence the figure came from.';
COMMENT ON COLUMN quarantine.char_start IS 'Offset of the number''s first character in the article text.';
COMMENT ON COLUMN quarantine.char_end IS 'Offset just past the number''s last character.';
COMMENT ON COLUMN quarantine.is_target IS 'True for goals and plans.';
COMMENT ON COLUMN quarantine.period_basis IS 'How the period was found, as extracted.';
COMMENT ON COLUMN quarantine.converted_value IS 'A bracketed conversion, in base units of converted_unit.';
COMMENT ON COLUMN quarantine.converted_unit IS 'Unit of converted_value.';
COMMENT ON COLUMN quarantine.rule IS 'Name of the extraction rule that produced the figure.';
COMMENT ON COLUMN quarantine.problem IS 'The doubt the extractor raised itself, if any.';
COMMENT ON COLUMN quarantine.failed_expectations IS 'Names of the data-quality expectations (expectations/observations.json) the row failed; NULL when the extractor itself set it aside.';
COMMENT ON COLUMN quarantine.reason IS 'Readable reason the row is here; quarantine_summary counts rows by it.';
COMMENT ON COLUMN quarantine.run_id IS 'The run that quarantined the row (runs.run_id).';

COMMENT ON TABLE runs IS 'One row per flow run (indicators run), succeeded or failed, with what it read and loaded.';
COMMENT ON COLUMN runs.run_id IS 'Id of the run: UTC start time and a random suffix.';
COMMENT ON COLUMN runs.started_at IS 'When the run started (UTC).';
COMMENT ON COLUMN runs.finished_at IS 'When the run finished (UTC); NULL if it did not.';
COMMENT ON COLUMN runs.source_dir IS 'The folder of article files the run read.';
COMMENT ON COLUMN runs.files_seen IS 'Article files found under source_dir.';
COMMENT ON COLUMN runs.files_new IS 'Files read for the first time.';
COMMENT ON COLUMN runs.files_changed IS 'Files whose content changed since the last read; their rows were replaced.';
COMMENT ON COLUMN runs.files_unchanged IS 'Files skipped because they had not changed.';
COMMENT ON COLUMN runs.files_failed IS 'Files that could not be read (see articles.reason).';
COMMENT ON COLUMN runs.rows_loaded IS 'Figures loaded into figures by this run.';
COMMENT ON COLUMN runs.rows_quarantined IS 'Figures this run put in quarantine.';
COMMENT ON COLUMN runs.status IS 'succeeded or failed.';
COMMENT ON COLUMN runs.message IS 'One-line reason for a failure, or a note such as "nothing new".';
