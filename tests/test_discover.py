"""Finding article files and deciding which need reading."""
from __future__ import annotations

import os

from indicator_warehouse.discover import Known, discover, looks_unchanged


def test_recursive_and_only_article_suffixes(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    for name in ("a.txt", "sub/b.md", "sub/deeper/c.html", "notes.csv", "a.txt.meta.json", "image.png"):
        (tmp_path / name).write_text("x")
    found = discover(tmp_path)
    assert [f.relative_path for f in found] == ["a.txt", "sub/b.md", "sub/deeper/c.html"]
    # The warehouse's key for a file is its absolute path, exactly as str(Path) spells it.
    assert [f.source_path for f in found] == [str(tmp_path.resolve() / f.relative_path) for f in found]
    assert found[1].path == tmp_path.resolve() / "sub" / "b.md"


def test_entries_that_cannot_be_articles_are_reported_not_skipped(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("not yours")
    src = tmp_path / "src"
    src.mkdir()
    (src / "folder.txt").mkdir()
    os.symlink(outside / "secret.txt", src / "link.txt")
    os.symlink(outside, src / "linked_dir")          # a symlinked folder is not descended into
    by_name = {f.relative_path: f for f in discover(src)}
    assert set(by_name) == {"folder.txt", "link.txt"}
    assert "directory" in by_name["folder.txt"].problem
    assert "outside the source folder" in by_name["link.txt"].problem


def test_symlink_inside_the_folder_is_fine(tmp_path):
    (tmp_path / "real.txt").write_text("x")
    os.symlink(tmp_path / "real.txt", tmp_path / "alias.txt")
    assert all(f.problem is None for f in discover(tmp_path))


def test_unchanged_means_same_size_mtime_and_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text("hello")
    f = discover(tmp_path)[0]
    known = Known("hash", f.size, f.mtime_ns, f.sidecar_mtime_ns, "loaded")
    assert looks_unchanged(f, known)
    assert not looks_unchanged(f, Known("hash", f.size + 1, f.mtime_ns, 0, "loaded"))
    assert not looks_unchanged(f, Known("hash", f.size, f.mtime_ns, 0, "failed"))   # failures are retried
    assert not looks_unchanged(f, None)
    (tmp_path / "a.txt.meta.json").write_text("{}")
    assert not looks_unchanged(discover(tmp_path)[0], known)
