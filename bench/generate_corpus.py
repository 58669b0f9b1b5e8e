#!/usr/bin/env python3
"""Write N synthetic articles in the style of regional economic news.

    python bench/generate_corpus.py 1000            # -> bench/out/corpus-1000/
    python bench/generate_corpus.py 10000 --seed 7 --out /tmp/c

Seeded and reproducible: the same N, seed and seeds/*.csv give byte-identical files (and
identical file mtimes, set from the article's date, so a re-generated corpus
looks unchanged to the job). Articles average about 7 KB, so 10,000 are about
70 MB. Mixed formats like the bundled samples: plain text with a dateline,
Markdown with YAML front matter, HTML with a published-time meta tag, and
text with a NAME.meta.json sidecar. Regions come from seeds/regions.csv and
indicators from seeds/indicators.csv; the sentence templates are our own,
written after the patterns in seeds/articles/.
"""
from __future__ import annotations

import argparse
import csv
import html
import json
import os
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
OUT = Path(__file__).resolve().parent / "out"

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MONTH_WORDS = ["", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(r for r in fh if not r.startswith("#")))


@dataclass(frozen=True)
class Indicator:
    code: str
    phrase: str       # how an article names it, e.g. "R&D expenditure"
    unit: str         # CNY, count, person, percent, tonne, kWh
    kind: str         # flow | stock


def load_catalogue() -> tuple[list[str], list[Indicator]]:
    regions = [r["name"] for r in _rows(SEEDS / "regions.csv") if r["level"] in ("province", "city", "area", "country")]
    indicators = []
    for r in _rows(SEEDS / "indicators.csv"):
        aliases = [a for a in (r.get("aliases") or "").split("|") if a] or [r["name"]]
        # Several spellings per indicator, the way different articles name it.
        for alias in aliases[:3]:
            indicators.append(Indicator(r["code"], alias, r["unit"], r["kind"]))
    return regions, indicators


# ------------------------------------------------------------------ figures


def money(rng: random.Random) -> tuple[str, float]:
    """A yuan amount as written: '480.26 billion yuan', '1.35 trillion yuan'."""
    scale = rng.choice(["billion", "billion", "billion", "trillion", "million"])
    if scale == "trillion":
        v = round(rng.uniform(0.5, 15), rng.choice([1, 2, 2]))
    elif scale == "billion":
        v = round(rng.uniform(5, 990), rng.choice([0, 1, 2]))
    else:
        v = round(rng.uniform(50, 900), rng.choice([0, 1]))
    text = f"{v:g} {scale} yuan"
    if rng.random() < 0.25:
        usd = v * 0.138
        text += f" (${usd:.1f} {scale})" if usd >= 1 else f" (${usd * 1000:.0f} {'billion' if scale == 'trillion' else 'million'})"
    return text, v


def count(rng: random.Random, noun: str) -> str:
    n = rng.choice([rng.randint(120, 9_900), rng.randint(10_000, 99_000), rng.randint(100, 999)])
    if n >= 10_000 and rng.random() < 0.4:
        return f"{n / 1000:.0f},000 {noun}" if n % 1000 == 0 else f"{n:,} {noun}"
    return f"{n:,} {noun}"


def amount(rng: random.Random, ind: Indicator) -> str:
    if ind.unit == "CNY":
        return money(rng)[0]
    if ind.unit == "percent":
        return f"{rng.uniform(0.8, 75):.2f} percent"
    if ind.unit == "person":
        return rng.choice([f"{rng.uniform(0.2, 12):.2f} million people", f"{rng.randint(20, 990):,},000 people"])
    if ind.unit == "tonne":
        return f"{rng.uniform(50, 900):.1f} million tonnes"
    if ind.unit == "kWh":
        return f"{rng.uniform(40, 900):.1f} billion kilowatt-hours"
    return count(rng, rng.choice(["units", "", ""])).strip()


def pct(rng: random.Random) -> str:
    return f"{rng.uniform(0.3, 28):.1f}"


def qualifier(rng: random.Random) -> str:
    return rng.choice(["", "", "", "about ", "nearly ", "more than ", "roughly ", "over "])


# ------------------------------------------------------------------ sentences


def figure_sentences(rng: random.Random, region: str, ind: Indicator, pub: date) -> list[str]:
    """One paragraph's worth of sentences about one indicator in one region."""
    year = pub.year - 1 if pub.month <= 3 else rng.choice([pub.year - 1, pub.year - 2])
    last = rng.randint(2, 11)
    reg = region + "'s" if not region.endswith("s") else region + "'"
    p = ind.phrase
    a, b = amount(rng, ind), amount(rng, ind)
    g, q = pct(rng), qualifier(rng)
    templates = [
        f"{reg} {p} reached {q}{a} in {year}, up {g} percent year-on-year, the provincial statistics bureau said.",
        f"In {year}, {region} recorded {p} of {q}{a}, an increase of {g} percent over the previous year.",
        f"The {p} of {region} rose {g} percent to {a} last year, according to official data released on {rng.choice(WEEKDAYS)}.",
        f"In the first {MONTH_WORDS[last]} months of {pub.year if pub.month > last else year}, {reg} {p} totalled {q}{a}, up {g} percent from a year earlier.",
        f"{region} reported {p} of {a} in the first quarter of {year}, a rise of {g} percent.",
        f"By the end of {year}, {region} had {q}{a} in {p}, compared with {b} in {year - 1}.",
        f"As of the end of {year}, the figure for {p} in {region} stood at {q}{a}.",
        f"Between January and {MONTHS[last - 1]} {year}, {p} in {region} came to {a}, {g} percent more than in the same period of {year - 1}.",
        f"{reg} {p} grew by {g} percent in {year}, slightly faster than the {pct(rng)} percent recorded in {year - 1}.",
        f"The figure for {year} compares with {b} the year before.",
        f"{p.capitalize()} in {region} accounted for {rng.uniform(2, 60):.1f} percent of the national total in {year}.",
        f"Under its development plan, {region} aims to lift its {p} to {a} by {pub.year + rng.randint(2, 6)}.",
        f"{reg} {p} was {q}{a} in {MONTHS[last - 1]} {year}, officials said at a press conference.",
    ]
    k = rng.randint(2, 4)
    return rng.sample(templates, k)


FILLER = [
    "Officials pointed to the business sector as the main engine of growth, with companies rather than universities or public institutes accounting for most of the activity.",
    "Analysts say the region's manufacturing base gives it an edge, as electronics, new energy vehicles, drones and industrial robots all rely on steady investment in engineering and testing.",
    "Local governments have been expanding support for young researchers, offering housing subsidies and start-up grants to doctoral graduates who set up labs or companies.",
    "\"Our advantage has been in turning ideas into products quickly,\" said a researcher at a provincial think tank. \"The next step is to come up with more of the ideas ourselves.\"",
    "Economists said the gap with the national figure reflected heavy exposure to property and to consumer spending, both of which remain weak.",
    "The provincial government has pledged to roll out more support for consumption in the second half, including trade-in subsidies for cars and household appliances.",
    "Port traffic also helps, and shipping companies have expanded routes to Southeast Asia and the Middle East over the past few years.",
    "Some researchers warn that the headline number should be read with care, as part of the growth reflects changes in how the data are collected.",
    "Cross-border travel has become routine, and the number of northbound trips set new records during the holidays.",
    "Planners want the area to become an international centre for science and technology, with closer rules alignment and faster cross-border data flows.",
    "Environmental groups have urged the authorities to balance the expansion against the protection of mangroves, wetlands and coral reefs.",
    "Exporters are doing well, but households are still cautious, said one analyst based in the provincial capital, who asked not to be named.",
    "The ministry said the expansion shows that the innovation system is becoming more market-driven, and it plans to build more regional trading platforms.",
    "Several manufacturers have set up plants close to the ports so that heavy parts can be shipped directly to customers along the coast.",
    "Coastal cities are now competing to attract research institutes, and several have opened new laboratories jointly run with universities from abroad.",
    "Industry associations said smaller firms still struggle to obtain financing, and called for more targeted credit support from local banks.",
    "The report also noted progress in cutting red tape, with the time needed to register a company falling sharply compared with a decade ago.",
    "Officials said the priorities for the coming months are to stabilise employment, support private investment and keep supply chains running smoothly.",
]


def filler_paragraph(rng: random.Random) -> str:
    return " ".join(rng.sample(FILLER, rng.randint(2, 4)))


# ------------------------------------------------------------------ articles


def article(rng: random.Random, i: int, regions: list[str], indicators: list[Indicator],
            target_bytes: int) -> tuple[str, str, date, dict | None]:
    """(file name, content, published date, sidecar or None)."""
    pub = date(2019, 1, 1) + timedelta(days=rng.randint(0, 6 * 365))
    main = rng.choice(regions)
    first = rng.choice(indicators)
    headline = f"{main} {first.phrase} {rng.choice(['rises', 'keeps growing', 'hits new high', 'slows', 'tops forecasts'])} in {pub.year - 1}"
    paragraphs: list[str] = []
    size = 0
    budget = int(rng.gauss(target_bytes, target_bytes * 0.15))
    while size < budget:
        if paragraphs and rng.random() < 0.45:
            para = filler_paragraph(rng)
        else:
            region = main if rng.random() < 0.6 else rng.choice(regions)
            ind = first if not paragraphs else rng.choice(indicators)
            para = " ".join(figure_sentences(rng, region, ind, pub))
        paragraphs.append(para)
        size += len(para) + 2
    fmt = rng.choices(["txt", "md", "html", "sidecar"], weights=[4, 3, 2, 1])[0]
    stem = f"{pub:%Y}/{pub:%m}/{i:06d}_{main.lower().replace(' ', '-').replace(chr(39), '')}"
    sidecar = None
    if fmt == "txt":
        body = f"{headline}\n\nUpdated: {pub:%Y-%m-%d} 09:{rng.randint(10, 59)}\n\n" \
               f"{main.upper()}, {MONTHS[pub.month - 1]} {pub.day} -- " + "\n\n".join(paragraphs) + "\n"
        return stem + ".txt", body, pub, None
    if fmt == "md":
        body = (f"---\npublished: {pub:%Y-%m-%d}\ntitle: {headline}\nsource: bench corpus\n---\n\n"
                f"# {headline}\n\n" + "\n\n".join(
                    (f"## {rng.choice(['Industry', 'Outlook', 'Trade', 'Innovation'])}\n\n{p}" if j and j % 4 == 0 else p)
                    for j, p in enumerate(paragraphs)) + "\n")
        return stem + ".md", body, pub, None
    if fmt == "html":
        body = (f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                f"<title>{html.escape(headline)}</title>\n"
                f"<meta property=\"article:published_time\" content=\"{pub:%Y-%m-%d}T08:00:00\">\n"
                f"<script>var pageConfig = {{\"articleId\": {i}, \"views\": {rng.randint(100, 99999)}, \"year\": {pub.year}}};</script>\n"
                f"</head>\n<body>\n<div class=\"nav\"><a href=\"/\">Home</a> | <a href=\"/economy\">Economy</a></div>\n"
                f"<h1>{html.escape(headline)}</h1>\n"
                + "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
                + "\n<div class=\"footer\">Copyright bench corpus</div>\n</body>\n</html>\n")
        return stem + ".html", body, pub, None
    sidecar = {"published": f"{pub:%Y-%m-%d}", "title": headline, "source": "bench corpus",
               "url": f"https://example.org/bench/{i}"}
    body = f"{headline}\n\n" + "\n\n".join(paragraphs) + "\n"
    return stem + ".txt", body, pub, sidecar


def generate(n: int, out: Path, seed: int = 20250601, target_bytes: int = 7000) -> tuple[int, int]:
    """Write n articles under `out`; return (files, bytes). Existing identical files are left alone."""
    regions, indicators = load_catalogue()
    rng = random.Random(f"{seed}:{n}")
    total = 0
    written: set[Path] = set()
    for i in range(n):
        name, body, pub, sidecar = article(rng, i, regions, indicators, target_bytes)
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = body.encode("utf-8")
        total += len(data)
        mtime = int((date(pub.year, pub.month, pub.day) - date(1970, 1, 1)).total_seconds()) + 3600
        _write_if_different(path, data, mtime)
        written.add(path)
        if sidecar is not None:
            _write_if_different(path.with_name(path.name + ".meta.json"),
                                json.dumps(sidecar).encode("utf-8"), mtime)
            written.add(path.with_name(path.name + ".meta.json"))
    # The folder holds exactly this corpus: drop articles of an earlier
    # generation (the text depends on seeds/*.csv, which may have changed).
    for old in out.rglob("*"):
        if old.is_file() and old not in written:
            old.unlink()
    return n, total


def _write_if_different(path: Path, data: bytes, mtime: int) -> None:
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    path.write_bytes(data)
    os.utime(path, (mtime, mtime))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("--seed", type=int, default=20250601)
    ap.add_argument("--out", type=Path, help="output folder (default bench/out/corpus-N)")
    ap.add_argument("--bytes", type=int, default=7000, help="average article size (default 7000)")
    a = ap.parse_args()
    out = a.out or OUT / f"corpus-{a.n}"
    files, size = generate(a.n, out, a.seed, a.bytes)
    print(f"{files} articles, {size / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()
