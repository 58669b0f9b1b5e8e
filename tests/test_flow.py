"""The whole flow on real files: idempotence, changes, quarantine, run records."""
from __future__ import annotations

import hashlib

from conftest import query
from indicator_warehouse import pending_runs

CONTENT = "article_id, indicator, region, metric, period_type, period_start, period_end, value, unit, qualifier, sentence"


def snapshot(warehouse):
    return {
        "observations": query(warehouse, f"SELECT {CONTENT} FROM observations ORDER BY ALL"),
        "figures": query(warehouse, "SELECT figure_id, run_id FROM figures ORDER BY ALL"),
        "quarantine": query(warehouse, "SELECT figure_id, reason, run_id FROM quarantine ORDER BY ALL"),
        "articles": query(warehouse, "SELECT source_path, article_id, status, reason, run_id FROM articles ORDER BY ALL"),
    }


def file_digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_second_run_on_the_same_files_changes_nothing(run_flow, sample_corpus, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    first = run_flow(sample_corpus, warehouse)
    assert first.status == "succeeded" and first.files_new > 0 and first.rows_loaded > 0
    before = snapshot(warehouse)
    assert before["observations"], "the sample corpus should yield observations"
    published = file_digest(warehouse), warehouse.stat().st_ino

    second = run_flow(sample_corpus, warehouse)
    assert second.status == "succeeded" and second.nothing_new and second.files_unchanged == first.files_seen
    # Not even republished: the same bytes in the same file, so a reader's
    # connection never sees a "new" warehouse and no copy is made.
    assert (file_digest(warehouse), warehouse.stat().st_ino) == published
    assert snapshot(warehouse) == before
    assert not list(tmp_path.glob("w.duckdb.staging-*"))
    # The run is recorded beside the file until a run that writes moves it into `runs`.
    assert query(warehouse, "SELECT run_id FROM runs") == [(first.run_id,)]
    assert [r["run_id"] for r in pending_runs.read(warehouse)] == [second.run_id]


def test_runs_that_found_nothing_new_reach_the_runs_table_with_the_next_write(run_flow, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Guangdong's R&D expenditure reached 480 billion yuan in 2023.\n")
    warehouse = tmp_path / "w.duckdb"
    first = run_flow(src, warehouse)
    idle = [run_flow(src, warehouse) for _ in range(2)]
    (src / "b.txt").write_text("Shenzhen's GDP reached 3.68 trillion yuan in 2024.\n")
    third = run_flow(src, warehouse)
    assert third.files_new == 1
    runs = query(warehouse, "SELECT run_id, files_new, files_unchanged, message FROM runs ORDER BY started_at")
    assert runs == [(first.run_id, 1, 0, None), (idle[0].run_id, 0, 1, "nothing new"),
                    (idle[1].run_id, 0, 1, "nothing new"), (third.run_id, 1, 1, None)]
    assert not pending_runs.journal_path(warehouse).exists()


def test_adding_one_article_reads_and_loads_only_that_article(run_flow, sample_corpus, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    first = run_flow(sample_corpus, warehouse)
    before = snapshot(warehouse)
    (sample_corpus / "zz_new.txt").write_text("Shenzhen's GDP reached 3.68 trillion yuan in 2024.\n")
    added = run_flow(sample_corpus, warehouse)
    assert (added.files_new, added.files_changed, added.files_unchanged) == (1, 0, first.files_seen)
    assert query(warehouse, "SELECT source_path FROM articles WHERE run_id = ?", [added.run_id]) == [
        (str(sample_corpus / "zz_new.txt"),)]
    assert query(warehouse, "SELECT DISTINCT source_path FROM figures WHERE run_id = ?", [added.run_id]) == [
        (str(sample_corpus / "zz_new.txt"),)]
    after = snapshot(warehouse)
    assert set(before["figures"]) <= set(after["figures"]), "every earlier figure kept, with its run id"
    assert set(before["articles"]) <= set(after["articles"])


def test_a_nothing_new_run_still_applies_changed_view_definitions(run_flow, tmp_path):
    import duckdb

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Guangdong's R&D expenditure reached 480 billion yuan in 2023.\n")
    warehouse = tmp_path / "w.duckdb"
    run_flow(src, warehouse)
    con = duckdb.connect(str(warehouse))   # as if sql/views/ had changed since the views were built
    con.execute("UPDATE views_checksum SET checksum = 'built from older view files'")
    con.close()
    again = run_flow(src, warehouse)
    assert again.nothing_new
    assert query(warehouse, "SELECT checksum != 'built from older view files' FROM views_checksum") == [(True,)]
    assert (again.run_id, "nothing new") in query(warehouse, "SELECT run_id, message FROM runs")


def test_touched_but_identical_file_is_not_reloaded(run_flow, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    article = src / "a.txt"
    article.write_text("Guangdong's R&D expenditure reached 480 billion yuan in 2023.\n")
    warehouse = tmp_path / "w.duckdb"
    run_flow(src, warehouse)
    before = snapshot(warehouse)
    article.touch()                       # new mtime, same bytes
    again = run_flow(src, warehouse)
    assert again.files_unchanged == 1 and again.files_changed == 0
    assert snapshot(warehouse) == before


def test_a_changed_file_replaces_its_own_rows_only(run_flow, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Guangdong's R&D expenditure reached 480 billion yuan in 2023.\n")
    (src / "b.txt").write_text("Shenzhen's GDP reached 3.68 trillion yuan in 2024.\n")
    warehouse = tmp_path / "w.duckdb"
    run_flow(src, warehouse)
    b_rows = query(warehouse, f"SELECT {CONTENT} FROM observations WHERE source_path LIKE '%b.txt' ORDER BY ALL")
    (src / "a.txt").write_text("Guangdong's R&D expenditure reached 510 billion yuan in 2024.\n")
    summary = run_flow(src, warehouse)
    assert (summary.files_changed, summary.files_unchanged) == (1, 1)
    a_values = query(warehouse, "SELECT value, period_end FROM observations WHERE source_path LIKE '%a.txt'")
    assert [(v, str(d)) for v, d in a_values] == [(510e9, "2024-12-31")]
    assert query(warehouse, f"SELECT {CONTENT} FROM observations WHERE source_path LIKE '%b.txt' ORDER BY ALL") == b_rows


def test_a_row_failing_validation_is_quarantined_with_its_reason(run_flow, tmp_path):
    # Both figures are well-formed sentences the extractor reads, but the
    # values are impossible: the suite must stop them, and keep them.
    src = tmp_path / "src"
    src.mkdir()
    (src / "typo.txt").write_text(
        "Guangdong's R&D expenditure reached 90,000,000 trillion yuan in 2023.\n"
        "Guangdong's NEV output accounted for 140 percent of the national total in 2023.\n"
        "Shenzhen's GDP reached 3.6 trillion yuan in 2023.\n")
    warehouse = tmp_path / "w.duckdb"
    summary = run_flow(src, warehouse)
    assert summary.status == "succeeded" and summary.rows_quarantined >= 1
    rows = query(warehouse, "SELECT value, reason, failed_expectations FROM quarantine")
    reasons = " | ".join(r for _, r, _ in rows)
    assert "between 0 and 100" in reasons and "beyond any regional statistic" in reasons, rows
    assert all(failed for _, _, failed in rows), "each quarantined row names the expectations it failed"
    observed = query(warehouse, "SELECT value FROM observations")
    assert (3.6e12,) in observed
    assert not any(v in (140.0, 9e19) for (v,) in observed)
    assert query(warehouse, "SELECT status, n_figures, n_quarantined > 0 FROM articles") == [("loaded", 1, True)]


def test_an_unresolvable_relative_date_goes_to_quarantine(run_flow, tmp_path):
    # No metadata, no dateline, no year anywhere: "last year" cannot be dated.
    src = tmp_path / "src"
    src.mkdir()
    (src / "undated.txt").write_text("Last year, Guangdong was home to about 77,000 high-tech enterprises.\n")
    warehouse = tmp_path / "w.duckdb"
    run_flow(src, warehouse)
    assert query(warehouse, "SELECT count(*) FROM observations") == [(0,)]
    reasons = query(warehouse, "SELECT reason FROM quarantine")
    assert reasons and all("relative" in r[0] for r in reasons)
