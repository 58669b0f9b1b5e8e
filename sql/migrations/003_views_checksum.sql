-- Which definition of the views this file holds, so a run rebuilds them
-- only when sql/views/ changed (rebuilding ~200 comments costs a noticeable
-- part of a run that finds nothing new).
CREATE TABLE IF NOT EXISTS views_checksum (
    checksum  VARCHAR NOT NULL,
    built_at  TIMESTAMP NOT NULL
);
COMMENT ON TABLE views_checksum IS 'One row: the sha256 of the sql/views/*.sql files the views were last built from.';
COMMENT ON COLUMN views_checksum.checksum IS 'sha256 over the names and contents of sql/views/*.sql, in build order.';
COMMENT ON COLUMN views_checksum.built_at IS 'When the views were last rebuilt.';
