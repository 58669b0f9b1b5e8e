"""Turn an article file into text plus what we know about it.

Bytes in, `Document` out: decoding (UTF-8, then a detected fallback that is
recorded), HTML to text, YAML front matter, and a sidecar NAME.meta.json. The
reference date found here comes from metadata only; the dateline and
inference rules live with the extractor, which knows how articles talk.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .settings import LIMITS, SIDECAR_SUFFIX

METADATA_KEYS = ("published", "title", "url", "source")


class UnreadableDocument(Exception):
    """The file cannot be turned into article text; the message says why."""


@dataclass(slots=True)
class Document:
    text: str
    encoding: str
    published_date: date | None = None
    date_basis: str | None = None          # metadata | dateline | inferred
    title: str | None = None
    url: str | None = None
    source: str | None = None
    notes: list[str] = field(default_factory=list)   # harmless oddities worth recording


def read_document(path: Path, data: bytes) -> Document:
    """Decode, strip and annotate one article whose bytes were already read."""
    if not data.strip():
        raise UnreadableDocument("empty file")
    if _looks_binary(data):
        raise UnreadableDocument("binary content, not text")
    text, encoding = _decode(data)
    doc_meta: dict = {}
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        text, doc_meta = html_to_text(text)
    elif text.startswith("---"):
        text, doc_meta = split_front_matter(text)
    doc_meta.update(read_sidecar(path))          # the sidecar wins: it is written on purpose
    doc = Document(text=text, encoding=encoding)
    if encoding != "utf-8":
        doc.notes.append(f"decoded as {encoding}, not UTF-8")
    if len(text) > LIMITS.max_text_chars:
        doc.text = text[: LIMITS.max_text_chars]
        doc.notes.append(f"text truncated to {LIMITS.max_text_chars} characters")
    doc.title = _str_or_none(doc_meta.get("title"))
    doc.url = _str_or_none(doc_meta.get("url"))
    doc.source = _str_or_none(doc_meta.get("source"))
    published = parse_date(doc_meta.get("published"))
    if published is not None:
        doc.published_date, doc.date_basis = published, "metadata"
    elif doc_meta.get("published"):
        doc.notes.append(f"unreadable published date {doc_meta.get('published')!r} in metadata")
    return doc


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def _decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    # charset-normalizer (a requests dependency) guesses legacy encodings far
    # better than trying a fixed list; we record what it chose.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableDocument("not UTF-8 and no text encoding fits")
    return str(best), best.encoding


def _str_or_none(value) -> str | None:
    return str(value).strip() or None if value is not None else None


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%Y-%m-%dT%H:%M:%S")


def parse_date(value) -> date | None:
    """A date from metadata: a date object, ISO text, or a few common forms."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[str, dict]:
    """Strip YAML front matter; keep the body's offsets honest by returning
    only the body (figures are located in the body text)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, {}
    import yaml

    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        return text, {}
    if not isinstance(meta, dict):
        return text, {}
    return text[m.end():], {k: meta[k] for k in METADATA_KEYS if k in meta} | _aliases(meta)


def _aliases(meta: dict) -> dict:
    """Common spellings of the published date in front matter and sidecars."""
    for key in ("published_date", "date", "pubdate", "published_at"):
        if key in meta and "published" not in meta:
            return {"published": meta[key]}
    return {}


def read_sidecar(path: Path) -> dict:
    for candidate in (path.with_name(path.name + SIDECAR_SUFFIX), path.with_suffix(SIDECAR_SUFFIX)):
        # A symlinked sidecar could lead outside the source folder: never followed.
        if candidate.is_file() and not candidate.is_symlink():
            try:
                meta = json.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return {}
            if isinstance(meta, dict):
                return {k: meta[k] for k in METADATA_KEYS if k in meta} | _aliases(meta)
    return {}


_BLOCK_END = re.compile(r"(?i)</(p|div|li|h[1-6]|tr|td|th|section|article|title|header|footer|blockquote|figcaption|table|ul|ol)\s*>")
_BREAK = re.compile(r"(?i)<br\s*/?>")
_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_PUBLISHED_META = (
    'meta[property="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
)


def html_to_text(html: str) -> tuple[str, dict]:
    """Visible text of an HTML page, paragraphs separated by blank lines.

    Block ends become blank lines before parsing so that inline markup
    ("<b>510</b> billion") stays inside its sentence while paragraphs split.
    """
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    marked = _BREAK.sub("\n", _BLOCK_END.sub(lambda m: "\n\n" + m.group(0), html))
    tree = HTMLParser(marked)
    meta: dict = {}
    title = tree.css_first("title")
    if title is not None:
        meta["title"] = title.text(strip=True)
    for selector in _PUBLISHED_META:
        node = tree.css_first(selector)
        if node is not None and node.attributes.get("content"):
            meta["published"] = node.attributes["content"]
            break
    else:
        node = tree.css_first("time[datetime]")
        if node is not None:
            meta["published"] = node.attributes.get("datetime")
    tree.strip_tags(["script", "style", "noscript", "template", "head", "svg"])
    body = tree.body or tree.root
    text = body.text(separator="") if body is not None else ""
    text = _BLANK_RUNS.sub("\n\n", text).strip()
    if "title" in meta and meta["title"] and not text.startswith(meta["title"]):
        text = meta["title"] + "\n\n" + text
    return text, meta
