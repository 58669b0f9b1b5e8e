"""Issue 5, point 4: every kind of bad input is recorded in `articles` with a
status and a reason, the run goes on and exits 0, and a good article in the
same folder loses nothing. Only a broken warehouse or an unreadable source
folder fails the run, with one line and a non-zero exit.

Unreadable file: root reads chmod-000 files, so when the suite runs as root
that case is simulated by making the open fail with EACCES (the same error
the kernel gives a normal user); otherwise it is a real chmod 000 file.
"""
from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from conftest import query
from indicator_warehouse import pipeline, settings
from indicator_warehouse.cli import main as cli_main
from ops_helpers import CONTENT

GOOD = settings.SAMPLE_CORPUS_DIR / "01_guangdong_rd_hightech.txt"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

SECRET_SENTENCE = "Shenzhen's GDP reached 9.99 trillion yuan in 2023."
SCRIPT_SENTENCE = "Shenzhen's GDP reached 7.77 trillion yuan in 2022."
INJECTION = "Shenzhen's GDP reached 3.6 trillion yuan in 2024'); DROP TABLE figures; --"
INJECTION_NAME = "x'); DROP TABLE articles; --.txt"


def build_bad_folder(root: Path) -> tuple[Path, dict[str, str]]:
    """The folder of the issue: each bad input plus one good article.
    Returns (folder, {file name: expected status ('loaded'/'skipped'/'failed' or 'any-ok')})."""
    src = root / "src"
    src.mkdir()
    shutil.copy(GOOD, src / "good.txt")
    expected = {"good.txt": "loaded"}

    (src / "empty.txt").write_bytes(b"")
    (src / "blank.md").write_bytes(b"   \n\n\t\n")
    expected |= {"empty.txt": "failed", "blank.md": "failed"}

    (src / "junk.txt").write_bytes(bytes(range(256)) * 64 + os.urandom(4096))
    expected["junk.txt"] = "failed"

    (src / "latin1.txt").write_bytes(
        "Caf\u00e9 owners in Guangzhou said so. Guangzhou's GDP reached 3.1 trillion yuan in 2024, "
        "a \u00abrecord\u00bb.\n".encode("cp1252"))
    expected["latin1.txt"] = "loaded"

    with open(src / "huge.txt", "wb") as fh:            # 40 MB, sparse: instant to make, never read
        fh.truncate(40 * 1024 * 1024)
    expected["huge.txt"] = "failed"

    (src / "scripts.html").write_text(
        "<html><head><title>Figures</title><script>var s = \"" + SCRIPT_SENTENCE + "\";</script></head>"
        "<body><script>document.write('" + SCRIPT_SENTENCE + "')</script>"
        "<p>Guangdong's R&amp;D expenditure reached 480 billion yuan in 2023.</p>"
        "<style>p { content: '" + SCRIPT_SENTENCE + "' }</style></body></html>", encoding="utf-8")
    expected["scripts.html"] = "loaded"

    (src / "folder.txt").mkdir()
    (src / "folder.txt" / "inside.txt").write_text("Nothing to see here.\n")
    expected |= {"folder.txt": "failed", "inside.txt": "skipped"}

    outside = root / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET_SENTENCE + "\n")
    (src / "escape.txt").symlink_to(outside / "secret.txt")
    (src / "escape_dir").symlink_to(outside, target_is_directory=True)   # not descended into
    expected["escape.txt"] = "failed"

    (outside / "meta.json").write_text('{"published": "1999-01-01", "title": "read from outside"}')
    (src / "sidecar.txt").write_text("Guangzhou's GDP reached 3.2 trillion yuan in 2024.\n")
    (src / "sidecar.txt.meta.json").symlink_to(outside / "meta.json")   # a symlinked sidecar is ignored
    expected["sidecar.txt"] = "loaded"

    os.mkfifo(src / "pipe.txt")
    expected["pipe.txt"] = "failed"

    (src / "unreadable.txt").write_text("Shenzhen's GDP reached 3.5 trillion yuan in 2023.\n")
    if not IS_ROOT:
        os.chmod(src / "unreadable.txt", 0)
    expected["unreadable.txt"] = "failed"

    (src / "changing.txt").write_text("Guangzhou's GDP reached 3.0 trillion yuan in 2023.\n")
    expected["changing.txt"] = "failed"

    (src / "inject.txt").write_text(INJECTION + "\n")
    (src / INJECTION_NAME).write_text("Guangzhou had 12,345 high-tech enterprises at the end of 2023.\n")
    expected |= {"inject.txt": "loaded", INJECTION_NAME: "loaded"}

    (src / "absurd.txt").write_text(
        "Guangdong's R&D expenditure reached 1e400 yuan in 2023. "
        "Shenzhen's GDP reached 99999999999999999999999999999999 trillion yuan in 2023. "
        "Guangzhou's GDP reached -5 trillion yuan in 2023. "
        "Guangdong's NEV output accounted for 1000000 percent of the national total in 2023. "
        "Guangdong's R&D expenditure reached 0.000000000001 yuan in 99999.\n")
    expected["absurd.txt"] = "any-ok"

    (src / "notes.pdf").write_bytes(b"%PDF-1.4 not an article kind")   # not .txt/.md/.html: ignored
    return src, expected


@pytest.fixture
def hostile_io(monkeypatch):
    """Make `changing.txt` change under every read, and `unreadable.txt`
    fail with EACCES when running as root (see module docstring)."""
    real_open = pipeline._open_source
    state = {"changing": True}

    def fake_open(path):
        name = Path(path).name
        if name == "unreadable.txt" and IS_ROOT:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        fd = real_open(path)
        if name == "changing.txt" and state["changing"]:
            with open(path, "a") as fh:                # a writer appends while we read
                fh.write("More text. ")
        return fd

    monkeypatch.setattr(pipeline, "_open_source", fake_open)
    return state


def articles_by_name(warehouse: Path) -> dict[str, tuple[str, str | None]]:
    rows = query(warehouse, "SELECT source_path, status, reason FROM articles")
    return {Path(p).name: (status, reason) for p, status, reason in rows}


@pytest.mark.slow
def test_every_bad_input_is_recorded_and_the_good_article_is_complete(run_flow, prefect_harness, tmp_path,
                                                                      hostile_io, capsys):
    src, expected = build_bad_folder(tmp_path)
    warehouse = tmp_path / "w.duckdb"

    assert cli_main(["run", "--source", str(src), "--warehouse", str(warehouse), "--wait", "0"]) == 0
    out = capsys.readouterr().out
    assert "failed files" in out

    rows = articles_by_name(warehouse)
    assert set(rows) == set(expected), f"one row per file: {sorted(rows)}"
    for name, want in expected.items():
        status, reason = rows[name]
        if want == "any-ok":
            assert status in ("loaded", "skipped"), (name, status, reason)
        else:
            assert status == want, (name, status, reason)
        if status != "loaded":
            assert reason, f"{name} is {status} without a reason"

    reasons = {name: reason for name, (_, reason) in rows.items()}
    assert reasons["empty.txt"] == "empty file" and reasons["blank.md"] == "empty file"
    assert "binary" in reasons["junk.txt"]
    assert "not UTF-8" in reasons["latin1.txt"]
    assert "too large" in reasons["huge.txt"]
    assert "directory" in reasons["folder.txt"]
    assert "outside the source folder" in reasons["escape.txt"] and "not followed" in reasons["escape.txt"]
    assert "not a regular file" in reasons["pipe.txt"]
    assert "Permission denied" in reasons["unreadable.txt"]
    assert "kept changing" in reasons["changing.txt"]

    # The good article: exactly what it gives alone in a clean warehouse.
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(GOOD, alone / "good.txt")
    run_flow(alone, tmp_path / "alone.duckdb")
    good_sql = f"SELECT {CONTENT} FROM observations WHERE source_path LIKE '%good.txt' ORDER BY ALL"
    reference = query(tmp_path / "alone.duckdb", good_sql)
    assert reference and query(warehouse, good_sql) == reference

    values = {v for (v,) in query(warehouse, "SELECT value FROM observations")}
    assert 9.99e12 not in values, "nothing behind a symlink leading outside the folder is read"
    assert 7.77e12 not in values, "script and style text is not article text"
    assert 480e9 in values and 3.1e12 in values
    ((title, published),) = query(warehouse, "SELECT title, published_date::VARCHAR FROM articles "
                                             "WHERE source_path LIKE '%sidecar.txt'")
    assert title is None and published != "1999-01-01", "a sidecar symlinked to outside the folder is not read"

    # SQL injection text is data: stored verbatim, every table intact.
    sentences = [s for (s,) in query(warehouse, "SELECT sentence FROM observations WHERE source_path LIKE '%inject.txt'")]
    assert any("DROP TABLE figures" in s for s in sentences), sentences
    assert query(warehouse, "SELECT count(*) FROM observations WHERE source_path LIKE ?", [f"%{INJECTION_NAME}"]) == [(1,)]
    tables = {t for (t,) in query(warehouse, "SELECT table_name FROM information_schema.tables")}
    assert {"articles", "figures", "quarantine", "runs"} <= tables

    # Absurd numbers never reach observations as inf/NaN or impossible values.
    assert query(warehouse, "SELECT count(*) FROM figures WHERE isinf(value) OR isnan(value)") == [(0,)]
    assert query(warehouse, "SELECT count(*) FROM observations WHERE source_path LIKE '%absurd.txt' "
                            "AND (value < 0 OR value > 1e15 OR (unit = 'percent' AND value > 100))") == [(0,)]

    # Run again: the file that kept changing has settled and loads; the rest
    # fail the same way as before, which is not news.
    hostile_io["changing"] = False
    again = run_flow(src, warehouse, wait_seconds=0)
    assert again.status == "succeeded"
    # never read before, so it counts as new
    assert (again.files_new, again.files_changed, again.files_failed) == (1, 0, 0), again
    assert articles_by_name(warehouse)["changing.txt"][0] == "loaded"
    third = run_flow(src, warehouse, wait_seconds=0)
    assert third.nothing_new and third.files_unchanged == len(expected), third


def test_a_file_that_settles_after_a_moment_is_read_once_settled(tmp_path, monkeypatch):
    path = tmp_path / "growing.txt"
    path.write_text("first part")
    real_open = pipeline._open_source
    opened = []

    def open_and_write_once(p):
        fd = real_open(p)
        if not opened:
            with open(p, "a") as fh:
                fh.write(" and the rest")
        opened.append(p)
        return fd

    monkeypatch.setattr(pipeline, "_open_source", open_and_write_once)
    from indicator_warehouse.discover import discover

    (f,) = discover(tmp_path)
    data, mtime_ns = pipeline.read_bytes(f, backoff=0.01)
    assert data == b"first part and the rest" and len(opened) == 2
    assert mtime_ns == path.stat().st_mtime_ns


@pytest.mark.skipif(IS_ROOT, reason="root reads chmod-000 files; the flow test simulates EACCES instead")
def test_a_chmod_000_file_is_unreadable_for_real(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("text")
    path.chmod(0)
    from indicator_warehouse.discover import discover

    (f,) = discover(tmp_path)
    with pytest.raises(pipeline.UnreadableDocument, match="Permission denied"):
        pipeline.read_bytes(f)


@pytest.mark.slow
def test_only_a_broken_warehouse_or_source_fails_the_run(prefect_harness, tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Shenzhen's GDP reached 3.68 trillion yuan in 2024.\n")

    broken = tmp_path / "broken.duckdb"
    broken.write_bytes(b"this is not a DuckDB file" * 100)
    assert cli_main(["run", "--source", str(src), "--warehouse", str(broken), "--wait", "0"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("indicators run: failed: cannot open warehouse"), err
    assert broken.read_bytes() == b"this is not a DuckDB file" * 100, "a broken warehouse is left as it was"
    assert not list(tmp_path.glob("broken.duckdb.staging-*"))

    warehouse = tmp_path / "w.duckdb"
    for bad_source, why in ((tmp_path / "missing", "does not exist"), (src / "a.txt", "is not a folder")):
        assert cli_main(["run", "--source", str(bad_source), "--warehouse", str(warehouse), "--wait", "0"]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert err[-1].startswith("indicators run: failed: ") and why in err[-1], err
    failed = query(warehouse, "SELECT status, message FROM runs ORDER BY started_at")
    assert [s for s, _ in failed] == ["failed", "failed"], "failed runs are recorded in `runs`"
