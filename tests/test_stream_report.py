"""The stream report sorts what the extractor left unsettled into kinds that count articles."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
import stream_report  # noqa: E402

# Invented articles. The first states a figure the extractor reads, a
# restatement in dollars it folds in, and a bare "of 7 percent" it cannot
# tie to a measure; the second states one series twice with two values.
ARTICLES = {
    "a.txt": "Dateline 2024-03-01\n\nHubei's exports reached 500 billion yuan ($70 billion) in 2023. "
             "Officials spoke of 7 percent somewhere.\n",
    "b.txt": "Dateline 2024-03-01\n\nHubei's GDP reached 5.6 trillion yuan in 2023. "
             "Later the article says Hubei's GDP reached 5.9 trillion yuan in 2023.\n",
}


def test_kinds(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    kinds = stream_report.sort_kinds(stream_report.read([tmp_path]))
    passed_over = {g: [a for a, _ in v] for g, v in kinds["numbers passed over"].items()}
    # the conversion is part of its figure, the bare percentage is not
    assert not any("amount" in g for g in passed_over), passed_over
    assert any(g.startswith("percent after 'of'") and arts == ["a.txt"] for g, arts in passed_over.items()), passed_over
    two = kinds["two values in one series"]
    assert list(two) == ["gdp / level"] and {a for a, _ in two["gdp / level"]} == {"b.txt"}
    text = stream_report.report(kinds, examples=1, min_count=1)
    assert "## two values in one series: 2 in 1 articles" in text


def test_a_manifest_dates_articles_whose_text_has_no_date(tmp_path):
    # an invented article with no date of its own: "this year" is unresolved
    # until the folder's manifest gives the article's publication date
    text = "In the first half of this year, Hubei's exports reached 300 billion yuan.\n"
    (tmp_path / "c.txt").write_text(text, encoding="utf-8")
    held = stream_report.sort_kinds(stream_report.read([tmp_path]))["held back"]
    assert [a for v in held.values() for a, _ in v] == ["c.txt"]
    (tmp_path / "manifest_x.csv").write_text("file,published\nstream/c.txt,2024-08-01\nstream/d.txt,\n", encoding="utf-8")
    assert stream_report.published_dates([tmp_path]) == {"c.txt": date(2024, 8, 1)}
    kinds = stream_report.sort_kinds(stream_report.read([tmp_path]))
    assert not kinds["held back"] and not kinds["numbers passed over"]
