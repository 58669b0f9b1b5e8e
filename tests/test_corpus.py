"""The real-article corpus (eval/): its texts live outside the repo, so these
tests skip on a machine without them (a fresh clone, CI)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
import corpus  # noqa: E402

HAVE_TEXTS = (corpus.corpus_dir() / "dev").is_dir()


def test_gold_rows_are_well_formed_and_carry_no_article_text():
    for split in corpus.GOLD_SPLITS:
        path = corpus.GOLD_DIR / f"{split}.gold.jsonl"
        rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        assert rows, f"{path} is empty"
        for row in rows:
            assert "sentence" not in row, "third-party text: only a locator may be committed"
            assert len(row["locator"].split()) <= corpus.LOCATOR_WORDS
            for field in ("file", "indicator", "region", "metric", "period_end", "value", "unit"):
                assert field in row, (row["file"], field)
            if row.get("breakdown"):
                assert row.get("part_of") or row.get("uncatalogued"), row


def test_every_gold_file_is_in_the_manifest():
    names = {Path(r["file"]).name for r in corpus.manifest()}
    for split in corpus.GOLD_SPLITS:
        for line in (corpus.GOLD_DIR / f"{split}.gold.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                assert json.loads(line)["file"] in names


@pytest.mark.skipif(not HAVE_TEXTS, reason="corpus texts absent (see eval/REBUILD.md)")
def test_rebuilt_texts_match_the_manifest_and_every_locator_is_found():
    assert corpus.check(corpus.corpus_dir()) == []


# Floors just under the scores last measured (2026-12-07, tenth session,
# ea8f4a6: value F1 / series F1 0.940 / 0.887 on dev, 0.979 / 0.936 on dev2,
# 0.948 / 0.903 on dev3, 0.886 / 0.861 on dev4, 0.908 / 0.855 on dev5,
# 0.910 / 0.882 on dev6, 0.913 / 0.874 on dev7, 0.906 / 0.888 on dev8,
# 0.856 / 0.755 on dev9, held-out 9 opened at that session's end), so a
# rule change that loses ground fails here; raise them as the rules
# improve. They guard the development sets only: what carries to unseen
# articles is measured on the held-out sets (README, Accuracy).
FLOORS = {"dev": (0.935, 0.88), "dev2": (0.975, 0.93), "dev3": (0.945, 0.9), "dev4": (0.88, 0.855),
          "dev5": (0.9, 0.85), "dev6": (0.905, 0.875), "dev7": (0.91, 0.87),
          "dev8": (0.9, 0.88), "dev9": (0.85, 0.75)}


@pytest.mark.slow
@pytest.mark.skipif(not HAVE_TEXTS, reason="corpus texts absent (see eval/REBUILD.md)")
@pytest.mark.parametrize("split", sorted(FLOORS))
def test_development_set_scores_do_not_fall(split):
    import score_all

    figures = score_all.score_set(split, corpus.corpus_dir() / split, corpus.GOLD_DIR / f"{split}.gold.jsonl",
                                  show=False)
    value_floor, series_floor = FLOORS[split]
    assert figures is not None
    assert figures["f1"] >= value_floor, figures
    assert figures["series_f1"] >= series_floor, figures
    # issue 12: no series key of one article shows two values that cannot both be true
    assert figures["two_values"] == 0, figures


def test_metadata_mode_gives_each_article_its_manifest_url_and_date(tmp_path, monkeypatch):
    import score_all
    from indicator_warehouse.documents import read_sidecar

    source = tmp_path / "dev9"
    source.mkdir()
    (source / "001_a.txt").write_text("Shenzhen's exports rose 5 percent in the first half.", encoding="utf-8")
    (source / "002_b.txt").write_text("No date here either.", encoding="utf-8")
    rows = [dict(file="dev9/001_a.txt", split="dev9", url="https://example.org/a", published="2021-07-20"),
            dict(file="dev9/002_b.txt", split="dev9", url="https://example.org/b", published=""),
            dict(file="dev9/003_gone.txt", split="dev9", url="https://example.org/c", published="2020-01-01"),
            dict(file="dev/004_other.txt", split="dev", url="https://example.org/d", published="2019-01-01")]
    monkeypatch.setattr(corpus, "manifest", lambda: rows)
    out = score_all.with_sidecars("dev9", source, tmp_path / "copy")
    assert sorted(p.name for p in out.iterdir()) == ["001_a.txt", "001_a.txt.meta.json", "002_b.txt",
                                                     "002_b.txt.meta.json"]
    # read back exactly as the pipeline reads a sidecar; no date is invented where the manifest has none
    assert read_sidecar(out / "001_a.txt") == {"url": "https://example.org/a", "published": "2021-07-20"}
    assert read_sidecar(out / "002_b.txt") == {"url": "https://example.org/b"}


def test_save_rebuilds_a_text_from_its_copied_json_string_and_checks_it(tmp_path, monkeypatch):
    import hashlib

    text = "Line one\u00a0with a non-breaking space,\n\u201cquoted\u201d and a back\\slash."
    rows = [dict(file="dev/001_a.txt", sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), chars=str(len(text))),
            dict(file="dev/002_b.txt", sha256="0" * 64, chars="5")]
    monkeypatch.setattr(corpus, "manifest", lambda: rows)
    batch = tmp_path / "batch.jsonl"
    # the JSON string as the search tool displays it, escapes and all
    batch.write_text("\n".join([json.dumps({"file": "dev/001_a.txt", "excerpt": text}),
                                json.dumps({"file": "dev/002_b.txt", "excerpt": "typed"}),
                                json.dumps({"file": "dev/999_not_listed.txt", "excerpt": "x"}),
                                "{not json"]), encoding="utf-8")
    verdicts = corpus.save(batch, tmp_path / "texts")
    assert verdicts[0] == "dev/001_a.txt: OK"
    assert (tmp_path / "texts" / "dev" / "001_a.txt").read_bytes() == text.encode("utf-8")
    assert verdicts[1] == "dev/002_b.txt: differs from the manifest (5 characters, manifest 5)"
    assert "is not in the manifest" in verdicts[2] and "not a JSON line" in verdicts[3]


def test_pooled_puts_the_texts_and_gold_of_several_sets_together(tmp_path, monkeypatch):
    import score_all

    root, gold_dir = tmp_path / "corpus", tmp_path / "gold"
    for split, name in (("heldout2", "101_a.txt"), ("heldout10", "821_b.txt")):
        (root / split).mkdir(parents=True)
        (root / split / name).write_text(f"text of {name}", encoding="utf-8")
    gold_dir.mkdir()
    (gold_dir / "heldout2.gold.jsonl").write_text('{"file": "101_a.txt"}\n', encoding="utf-8")
    (gold_dir / "heldout10.gold.jsonl").write_text('{"file": "821_b.txt"}\n', encoding="utf-8")
    monkeypatch.setattr(corpus, "GOLD_DIR", gold_dir)
    texts, gold = score_all.pooled(["heldout2", "heldout10"], root, tmp_path / "pool")
    assert sorted(p.name for p in texts.iterdir()) == ["101_a.txt", "821_b.txt"]
    assert [json.loads(l)["file"] for l in gold.read_text(encoding="utf-8").splitlines()] == ["101_a.txt", "821_b.txt"]
