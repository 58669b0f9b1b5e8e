"""Reading article files: decoding, HTML, front matter, sidecars."""
from __future__ import annotations

import json
from datetime import date

import pytest

from indicator_warehouse.documents import UnreadableDocument, html_to_text, parse_date, read_document


def test_utf8_text_is_read_as_is(tmp_path):
    p = tmp_path / "a.txt"
    doc = read_document(p, "Guangdong’s R&D spending rose.".encode())
    assert doc.text == "Guangdong’s R&D spending rose."
    assert doc.encoding == "utf-8" and doc.published_date is None and not doc.notes


def test_legacy_encoding_falls_back_and_says_so(tmp_path):
    text = "Shenzhen’s output reached 3.68 trillion yuan in 2024 — a record, the bureau said. " * 3
    doc = read_document(tmp_path / "a.txt", text.encode("cp1252"))
    assert "3.68 trillion yuan" in doc.text
    assert doc.encoding != "utf-8"
    assert any("not UTF-8" in n for n in doc.notes)


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b"  \n\t", "empty"), (b"\x00\x01\x02PK\x03\x04" * 50, "binary")])
def test_unusable_bytes_are_refused_with_a_reason(tmp_path, data, reason):
    with pytest.raises(UnreadableDocument, match=reason):
        read_document(tmp_path / "a.txt", data)


def test_front_matter_gives_the_published_date_and_is_removed(tmp_path):
    raw = "---\npublished: 2025-01-20\ntitle: Bay Area update\nsource: Example Daily\n---\nBody text here."
    doc = read_document(tmp_path / "a.md", raw.encode())
    assert doc.text == "Body text here."
    assert (doc.published_date, doc.date_basis) == (date(2025, 1, 20), "metadata")
    assert doc.title == "Bay Area update" and doc.source == "Example Daily"


def test_sidecar_metadata_wins_over_front_matter(tmp_path):
    article = tmp_path / "b.md"
    (tmp_path / "b.md.meta.json").write_text(json.dumps({"published": "2024-03-02", "url": "https://example.org/b"}))
    doc = read_document(article, b"---\npublished: 2023-01-01\n---\nText.")
    assert doc.published_date == date(2024, 3, 2) and doc.url == "https://example.org/b"


def test_bad_metadata_date_is_noted_not_guessed(tmp_path):
    (tmp_path / "c.txt.meta.json").write_text(json.dumps({"published": "sometime in spring"}))
    doc = read_document(tmp_path / "c.txt", b"Text.")
    assert doc.published_date is None
    assert any("unreadable published date" in n for n in doc.notes)


def test_html_keeps_inline_markup_inside_sentences_and_drops_scripts():
    html = """<html><head><title>GBA report</title>
    <meta property="article:published_time" content="2024-07-25T08:00:00Z">
    <script>var total = 999999; document.write('1 trillion yuan');</script></head>
    <body><p>R&amp;D spending reached <b>510</b> billion yuan in 2024.</p><p>Second paragraph.</p>
    <style>.x{width:100px}</style></body></html>"""
    text, meta = html_to_text(html)
    assert "R&D spending reached 510 billion yuan in 2024." in text
    assert "999999" not in text and "1 trillion" not in text and "100px" not in text
    assert "\n\nSecond paragraph." in text
    assert meta["title"] == "GBA report" and parse_date(meta["published"]) == date(2024, 7, 25)


@pytest.mark.parametrize("value, expected", [
    ("2025-03-06", date(2025, 3, 6)), ("2025-03-06T10:00:00+08:00", date(2025, 3, 6)),
    ("March 6, 2025", date(2025, 3, 6)), ("6 March 2025", date(2025, 3, 6)), ("not a date", None), (None, None),
])
def test_parse_date_forms(value, expected):
    assert parse_date(value) == expected
