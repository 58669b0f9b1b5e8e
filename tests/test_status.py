"""`indicators status`: last runs, quarantine by reason, failed files, newest figures."""
from __future__ import annotations

import json

import duckdb

import pytest

from indicator_warehouse.cli import main as cli_main
from indicator_warehouse.status import status_report
from indicator_warehouse.warehouse import try_lock


@pytest.mark.slow
def test_status_shows_runs_quarantine_failures_and_newest_figures(run_flow, tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "gdp.txt").write_text("Shenzhen's GDP reached 3.68 trillion yuan in 2024.\n"
                                 "Guangdong's NEV output accounted for 140 percent of the national total in 2023.\n")
    (src / "empty.txt").write_text("")
    warehouse = tmp_path / "w.duckdb"
    first = run_flow(src, warehouse)
    second = run_flow(src, warehouse)

    assert cli_main(["status", "--warehouse", str(warehouse)]) == 0
    text = capsys.readouterr().out
    assert "no run in progress" in text
    assert first.run_id in text and second.run_id in text and "nothing new" in text
    assert text.index(second.run_id) < text.index(first.run_id), "newest run first"
    # The nothing-new run left the file alone; status still shows it, marked as waiting for `runs`.
    second_line = next(line for line in text.splitlines() if second.run_id in line)
    assert "succeeded*" in second_line and "w.duckdb.pending-runs.jsonl" in text
    assert "Quarantine by reason:" in text and "between 0 and 100" in text
    assert "Files that failed" in text and "empty file" in text and "empty.txt" in text
    assert "gdp" in text and "Shenzhen" in text and "3.68 trillion CNY" in text

    lock = try_lock(warehouse)
    lock.describe("busy-run")
    try:
        assert "a run is in progress" in status_report(warehouse) and "busy-run" in status_report(warehouse)
    finally:
        lock.release()


@pytest.mark.slow
def test_an_undated_article_says_how_many_figures_were_held_for_want_of_a_reference_date(run_flow, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    # no metadata, no dateline, no year: "last year" cannot be resolved
    (src / "undated.txt").write_text("Zhuhai keeps growing\n\nLast year, Zhuhai's GDP reached 420 billion yuan, "
                                     "and its exports rose 9 percent.\n")
    (src / "dated.txt").write_text("Shenzhen's GDP reached 3.68 trillion yuan in 2024.\n")
    warehouse = tmp_path / "w.duckdb"
    run_flow(src, warehouse)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        status, reason, held = con.execute(
            "SELECT status, reason, n_quarantined FROM articles WHERE source_path LIKE '%undated.txt'").fetchone()
        reasons = [r for (r,) in con.execute("SELECT reason FROM quarantine WHERE source_path LIKE '%undated.txt'").fetchall()]
    finally:
        con.close()
    assert status == "skipped" and held == 2
    assert reason == "no reference date: 2 figure(s) dated only relatively held in quarantine"
    assert reasons and all(r.startswith("unresolved relative date (the article has no reference date): ")
                           for r in reasons)
    text = status_report(warehouse)
    assert "Articles with no reference date: 1; 2 figures dated only relatively" in text
    assert "undated.txt" in text.split("Articles with no reference date")[1]


def test_status_without_a_warehouse_says_so_in_one_line(tmp_path, capsys):
    assert cli_main(["status", "--warehouse", str(tmp_path / "none.duckdb")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no warehouse at" in err[0]


@pytest.mark.slow
def test_each_run_publishes_counts_per_indicator_and_a_markdown_summary(run_flow, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Shenzhen's GDP reached 3.68 trillion yuan in 2024.\n"
                               "Guangdong's R&D expenditure reached 480 billion yuan in 2023.\n"
                               "Guangdong's NEV output accounted for 140 percent of the national total in 2023.\n")
    from indicator_warehouse.flow import run_ingest

    state = run_ingest(str(src), str(tmp_path / "w.duckdb"), return_state=True)
    summary = state.result()
    assert summary.per_indicator == {"gdp": [1, 0], "rd_expenditure": [1, 0], "nev_output": [0, 1]}
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])))
    by_key = {a.key: a for a in artifacts}
    assert {"ingest-summary", "ingest-indicators", "ingest-report"} <= set(by_key), sorted(by_key)
    table = by_key["ingest-indicators"].data
    table = json.loads(table) if isinstance(table, str) else table
    assert {"indicator": "nev_output", "rows_loaded": 0, "rows_quarantined": 1} in table
    assert "rows: 2 loaded, 1 quarantined" in by_key["ingest-report"].data
    counts = by_key["ingest-summary"].data
    counts = json.loads(counts) if isinstance(counts, str) else counts
    assert counts[0]["files_new"] == 1 and counts[0]["rows_quarantined"] == 1


@pytest.mark.slow
def test_a_nothing_new_run_publishes_the_report_only(run_flow, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from indicator_warehouse.flow import run_ingest

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Shenzhen's GDP reached 3.68 trillion yuan in 2024.\n")
    run_flow(src, tmp_path / "w.duckdb")
    state = run_ingest(str(src), str(tmp_path / "w.duckdb"), return_state=True)
    assert state.result().nothing_new
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])))
    assert [a.key for a in artifacts] == ["ingest-report"]
    assert "Nothing new: 1 files unchanged." in artifacts[0].data
