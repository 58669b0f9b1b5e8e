-- A run that finds nothing new no longer writes the warehouse file (issue 6):
-- its `runs` row waits beside the file, in FILE.pending-runs.jsonl, and the
-- next run that writes inserts it. Say so where a schema browser looks.
COMMENT ON TABLE runs IS 'One row per flow run (indicators run), succeeded or failed, with what it read and loaded. A run that found nothing new leaves the file as it was: its row arrives with the next run that writes (until then it is in FILE.pending-runs.jsonl, and indicators status shows it).';
