-- quarantine_summary: data-quality counts, the rows held in quarantine by
-- reason (a row failing several checks has their reasons joined by "; ").
CREATE OR REPLACE VIEW quarantine_summary AS
SELECT
    reason,
    count(*)                                AS n_rows,
    count(DISTINCT article_id)              AS n_articles,
    count(DISTINCT indicator)               AS n_indicators,
    any_value(sentence)                     AS example_sentence,
    max(run_id)                             AS last_run_id
FROM quarantine
GROUP BY reason
ORDER BY n_rows DESC, reason;

COMMENT ON VIEW quarantine_summary IS 'Data-quality counts: rows held in quarantine, by reason.';
COMMENT ON COLUMN quarantine_summary.reason IS 'Why the rows were set aside (a failed expectation''s reason, or the extractor''s own doubt).';
COMMENT ON COLUMN quarantine_summary.n_rows IS 'Rows in quarantine with this reason.';
COMMENT ON COLUMN quarantine_summary.n_articles IS 'Distinct articles those rows come from.';
COMMENT ON COLUMN quarantine_summary.n_indicators IS 'Distinct indicator codes among those rows.';
COMMENT ON COLUMN quarantine_summary.example_sentence IS 'One sentence with this reason, as an example.';
COMMENT ON COLUMN quarantine_summary.last_run_id IS 'The latest run that quarantined a row for this reason.';
