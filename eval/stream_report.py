#!/usr/bin/env python3
"""Sort what the extractor does with an unannotated stream of articles, by kind.

    python eval/stream_report.py DIR [DIR ...] [--examples N] [--min-count K]

Gold answers exist for a few dozen articles; the articles that analysts
will feed the pipeline number in the thousands. Rules written against the
annotated sets have not carried to unseen ones (README, accuracy table), so
this report looks at a larger stream without gold and groups what the
extractor did *not* settle into kinds that can be counted across articles:

- **numbers passed over**: a number with a unit the extractor knows
  (percent, a currency, a scale word) that no figure covers, grouped by the
  word before it, and apart when its sentence gave no figure at all. The extractor is meant to drop some of these (plan
  targets, thresholds, conversions); a group that recurs across many
  articles is worth a look.
- **unclassified**: figures filed under no catalogue code, grouped by the
  last word of the phrase that names their measure.
- **held back**: figures with a problem (an undated relative period, ...).
- **two values in one series**: one article, one series key and period, two
  different values (the pipeline quarantines these; many are restatements).

A kind counts articles, not sentences, because a kind seen in one article is
one writer's habit, and a rule for it is a rule for one sentence.

The report quotes the articles' sentences, so it is printed, never written
into the repo (third-party text stays outside it).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "flows"))
from indicator_warehouse.extract import extract_facts, find_reference_date  # noqa: E402

# A number with a unit or scale after it: the shapes the extractor reads
# (numbers.py), written independently here so that its blind spots show.
_UNIT_NUMBER_RE = re.compile(
    r"(?<![\w.])(?:US\$|\$|HK\$|RMB|¥)?\s?\d[\d,]*(?:\.\d+)?\s?"
    r"(?P<unit>%|percent|per\s+cent|pc\b|percentage\s+points?|"
    r"(?:trillion|billion|million|bn|mln|100\s+million|10,000|thousand)\b(?:\s+(?:yuan|dollars|US\s+dollars|rmb))?|"
    r"yuan|dollars)", re.I)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _unit_class(unit: str) -> str:
    u = unit.lower()
    if "point" in u:
        return "points"
    if u in ("%", "percent", "pc") or u.startswith("per"):
        return "percent"
    return "amount"


def _left_words(text: str, pos: int, n: int = 2) -> str:
    words = _WORD_RE.findall(text[max(0, pos - 60):pos])
    return " ".join(w.lower() for w in words[-n:]) or "-"


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """A rough sentence around `pos` (the report needs no more than that)."""
    a = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    b = min([i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0] or [len(text)])
    return a, b + 1


def _sentence_at(text: str, pos: int) -> str:
    a, b = _sentence_bounds(text, pos)
    return " ".join(text[a:b].split())


def _span(text: str, fact) -> tuple[int, int]:
    """A figure's span, with the restatement in another currency that it folded in."""
    if fact.converted_value is None:
        return fact.start, fact.end
    window = text[fact.end:fact.end + 80]
    close = window.find(")")
    if close < 0:   # ", or about 738 billion U.S. dollars": up to the next number's end
        nxt = _UNIT_NUMBER_RE.search(window)
        close = nxt.end() if nxt else 0
    return fact.start, fact.end + close + 1


def published_dates(folders: list[Path]) -> dict[str, date]:
    """File name -> the `published` date a folder's manifest*.csv gives it.
    The pipeline takes an article's date from its metadata before its text;
    a stream whose texts lost their dateline but whose manifest kept the date
    would otherwise show figures held back or passed over for want of a date
    the pipeline has."""
    out: dict[str, date] = {}
    for folder in folders:
        for manifest in sorted(folder.glob("manifest*.csv")):
            with manifest.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    try:
                        out[Path(row.get("file") or "").name] = date.fromisoformat((row.get("published") or "").strip())
                    except ValueError:
                        continue
    return out


def read(folders: list[Path]):
    """(article name, text, facts) for every .txt file of the folders, dated
    by the manifest where it has a date, else by the text."""
    dates = published_dates(folders)
    for path in sorted(p for folder in folders for p in folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        ref = dates.get(path.name) or find_reference_date(text)[0]
        yield path.name, text, extract_facts(text, ref)


def sort_kinds(articles) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """kind -> group -> [(article, sentence)]."""
    kinds: dict[str, dict[str, list]] = {k: defaultdict(list) for k in
                                         ("numbers passed over", "unclassified", "held back", "two values in one series")}
    for name, text, facts in articles:
        spans = [_span(text, f) for f in facts]
        for m in _UNIT_NUMBER_RE.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            alone = not any(a >= sa and b <= sb for a, b in spans for sa, sb in [_sentence_bounds(text, m.start())])
            group = (f"{_unit_class(m.group('unit'))} after '{_left_words(text, m.start(), 1)}'"
                     f"{' (no figure in its sentence)' if alone else ''}")
            kinds["numbers passed over"][group].append((name, _sentence_at(text, m.start())))
        series: dict[tuple, set] = defaultdict(set)
        for f in facts:
            if f.problem:
                kinds["held back"][f.problem].append((name, f.sentence))
                continue
            if f.indicator == "unclassified":   # in no series, so never two values in one
                head = (_WORD_RE.findall(f.measure_text) or ["(no measure words)"])[-1].lower()
                kinds["unclassified"][head].append((name, f.sentence))
                continue
            key = (f.indicator, f.region, f.breakdown, f.metric, f.period_end, f.unit, f.is_target)
            series[key].add((f.value * f.scale, f.sentence))
        for key, values in series.items():
            if len({round(v, 6) for v, _ in values}) > 1:
                group = f"{key[0]} / {key[3]}"
                kinds["two values in one series"][group].extend((name, s) for _, s in sorted(values)[:2])
    return kinds


def report(kinds, examples: int, min_count: int) -> str:
    out = []
    for kind, groups in kinds.items():
        ranked = sorted(groups.items(), key=lambda kv: (-len({a for a, _ in kv[1]}), -len(kv[1]), kv[0]))
        total = sum(len(v) for v in groups.values())
        out.append(f"## {kind}: {total} in {len({a for v in groups.values() for a, _ in v})} articles\n")
        out.append("| group | articles | cases |\n| --- | ---: | ---: |")
        shown = [(g, v) for g, v in ranked if len({a for a, _ in v}) >= min_count]
        out += [f"| {g} | {len({a for a, _ in v})} | {len(v)} |" for g, v in shown]
        out.append("")
        for g, v in shown[:15]:
            out.append(f"### {kind}: {g}")
            seen = set()
            for article, sentence in v:
                if article in seen:
                    continue
                seen.add(article)
                out.append(f"- {article}: {sentence[:300]}")
                if len(seen) >= examples:
                    break
            out.append("")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--examples", type=int, default=3, help="sentences shown per group (one per article)")
    ap.add_argument("--min-count", type=int, default=2, help="groups seen in fewer articles are not listed")
    args = ap.parse_args()
    for folder in args.folders:
        if not folder.is_dir():
            print(f"stream_report: {folder} is not a folder of .txt articles", file=sys.stderr)
            return 2
    articles = list(read(args.folders))
    dated = len(published_dates(args.folders).keys() & {name for name, _, _ in articles})
    print(f"# What the extractor left unsettled in {' '.join(map(str, args.folders))} ({len(articles)} articles, "
          f"{sum(len(f) for _, _, f in articles)} figures; {dated} dated by a manifest)\n")
    print(report(sort_kinds(articles), args.examples, args.min_count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
