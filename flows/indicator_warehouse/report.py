"""`indicators report`: one self-contained HTML page about the warehouse.

For each indicator and region: an inline SVG chart of every value its sources
state (the chosen value as a line, each source as a dot, conflicting sources
in red, derived values hollow), then its year-over-year table, growth spans
and conflicting statements; at the end, data-quality counts. No JavaScript,
no fonts or styles from the network: the file opens anywhere, offline.
"""
from __future__ import annotations

import html
import math
from collections import defaultdict
from datetime import date, datetime, timezone
from pathlib import Path

from .formatting import human_value

from .query import QueryError, format_cell, open_read_only

PALETTE = ["#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#17becf", "#bcbd22", "#7f7f7f", "#e377c2"]
CONFLICT = "#d62728"

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1100px;
     color:#222;line-height:1.4;padding:0 16px}
h1{font-size:1.6em;margin-bottom:4px} h2{margin-top:2em;border-bottom:2px solid #ddd;padding-bottom:4px}
h3{margin:1.2em 0 .4em;font-size:1.05em}
.meta{color:#666;font-size:.9em} .cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
.card{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:110px}
.card b{display:block;font-size:1.5em} .card span{color:#666;font-size:.85em}
table{border-collapse:collapse;font-size:.85em;margin:6px 0 12px}
th,td{border-bottom:1px solid #eee;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f6f6f6} td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.s{max-width:520px;color:#444} .pair{margin-bottom:28px}
.flag{color:#d62728;font-weight:600} .derived{color:#9467bd} nav a{margin-right:10px;white-space:nowrap}
svg{background:#fff;border:1px solid #eee;border-radius:4px;margin:4px 0}
svg text{font-family:inherit}
"""


def default_output(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.stem + ".report.html")


def write_report(warehouse: Path, output: Path | None = None) -> Path:
    out = output or default_output(warehouse)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(warehouse), encoding="utf-8")
    return out


# ---------------------------------------------------------------- data


def _rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def load(warehouse: Path) -> dict:
    con = open_read_only(warehouse)
    try:
        return {
            "n_observations": con.execute("SELECT count(*) FROM observations").fetchone()[0],
            "observations": _rows(con, """
                SELECT DISTINCT indicator, breakdown, region, metric, unit, period_type, period_start, period_end,
                       value, qualifier, article_id, source_path, published_date
                FROM observations
                WHERE indicator <> 'unclassified'   -- many measures, no series to chart"""),
            "series": _rows(con, "SELECT * EXCLUDE (article_ids) FROM indicator_series"),
            "yoy": _rows(con, "SELECT * FROM yoy_metrics"),
            "spans": _rows(con, "SELECT * FROM growth_spans"),
            "conflicts": _rows(con, "SELECT * FROM conflicts"),
            "quarantine": _rows(con, "SELECT reason, n_rows, n_articles FROM quarantine_summary"),
            "articles": _rows(con, "SELECT status, count(*) AS n FROM articles GROUP BY status ORDER BY n DESC"),
            "runs": _rows(con, """SELECT run_id, started_at, status, files_new, files_changed, files_failed,
                                         rows_loaded, rows_quarantined, message
                                  FROM runs ORDER BY started_at DESC LIMIT 10"""),
        }
    except Exception as exc:
        raise QueryError(f"cannot read the report's views from {warehouse}: {exc}".splitlines()[0]) from exc
    finally:
        con.close()


# ---------------------------------------------------------------- formatting


def human(value, unit: str | None = None) -> str:
    """510000000000 CNY -> '510 bn CNY'; 24.75 percent -> '24.75%'."""
    return human_value(value, unit)


def e(value) -> str:
    return html.escape("" if value is None else str(value))


def _num(value, unit=None) -> str:
    return f'<td class="n">{e(human(value, unit))}</td>'


def _pct(value) -> str:
    return f'<td class="n">{"" if value is None else f"{value:+.2f}%"}</td>'


# ---------------------------------------------------------------- chart


def _year_fraction(d: date) -> float:
    start = date(d.year, 1, 1)
    return d.year + ((d - start).days + 1) / (date(d.year + 1, 1, 1) - start).days


def _x(row: dict) -> float:
    """Where a figure sits on the time axis: the middle of the period it covers
    (a calendar year sits under its label; a stock at its date)."""
    start = _year_fraction(row["period_start"]) - 1 / 365
    return (start + _year_fraction(row["period_end"])) / 2


def _nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    if hi <= lo:
        hi = lo + (abs(lo) or 1)
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.floor(lo / step) * step
    return [first + i * step for i in range(int(math.ceil((hi - first) / step)) + 1)]


def _series_name(period_type: str, start: date, end: date) -> str:
    if period_type == "year":
        return "calendar year"
    if period_type == "ytd":
        return f"{start:%b}-{end:%b} (year to date)"
    if period_type == "as_of":
        return f"stock at {end:%d %b}"
    if period_type == "quarter":
        return f"Q{(start.month - 1) // 3 + 1}"
    if period_type == "month":
        return f"{end:%B}"
    return f"{period_type} {start.year}-{end.year}"


# Every chart in the report has one size; the page's CSS lets it shrink.
CHART_WIDTH, CHART_HEIGHT = 720, 260


def chart_svg(points: list[dict], chosen: list[dict], derived: list[dict], unit: str, title: str) -> str:
    """Dots for each source's value, a line through the chosen values of each
    series (same months each year), hollow dots for derived values."""
    width, height = CHART_WIDTH, CHART_HEIGHT
    left, right, top, bottom = 90, 170, 28, 34
    pw, ph = width - left - right, height - top - bottom
    xs = [_x(p) for p in points + derived]
    ys = [p["value"] for p in points + derived]
    x_lo, x_hi = math.floor(min(xs) - 0.25), math.ceil(max(xs) + 0.25)
    y_lo, y_hi = min(0.0, min(ys)), max(0.0, max(ys))
    ticks = _nice_ticks(y_lo, y_hi * 1.08 if y_hi > 0 else y_hi)
    y_lo, y_hi = ticks[0], ticks[-1]

    def X(x):
        return left + (x - x_lo) / (x_hi - x_lo) * pw

    def Y(y):
        return top + ph - (y - y_lo) / ((y_hi - y_lo) or 1) * ph

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{e(title)}">',
           f'<text x="{left}" y="17" font-size="13" font-weight="600">{e(title)}</text>']
    for t in ticks:
        out.append(f'<line x1="{left}" x2="{left + pw}" y1="{Y(t):.1f}" y2="{Y(t):.1f}" stroke="#eee"/>')
        out.append(f'<text x="{left - 6}" y="{Y(t) + 4:.1f}" font-size="11" text-anchor="end" '
                   f'fill="#555">{e(human(t, unit if unit == "percent" else None))}</text>')
    step = max(1, (x_hi - x_lo) // 10)
    for yr in range(x_lo, x_hi + 1, step):
        out.append(f'<line x1="{X(yr):.1f}" x2="{X(yr):.1f}" y1="{top}" y2="{top + ph}" stroke="#f3f3f3"/>')
        if yr < x_hi:
            out.append(f'<text x="{X(yr + 0.5):.1f}" y="{top + ph + 16}" font-size="11" '
                       f'text-anchor="middle" fill="#555">{yr}</text>')
    out.append(f'<line x1="{left}" x2="{left + pw}" y1="{top + ph}" y2="{top + ph}" stroke="#999"/>')

    groups = defaultdict(list)
    for row in chosen + derived:
        groups[_series_name(row["period_type"], row["period_start"], row["period_end"])].append(row)
    colors = {}
    for i, (name, rows) in enumerate(sorted(groups.items())):
        color = colors[name] = PALETTE[i % len(PALETTE)]
        rows = sorted(rows, key=lambda r: r["period_end"])
        if len(rows) > 1:
            path = " ".join(f"{'M' if j == 0 else 'L'}{X(_x(r)):.1f},{Y(r['value']):.1f}"
                            for j, r in enumerate(rows))
            out.append(f'<path d="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
    for p in points:
        name = _series_name(p["period_type"], p["period_start"], p["period_end"])
        color = CONFLICT if p.get("conflict") else colors.get(name, PALETTE[0])
        tip = (f"{p['period_start']} to {p['period_end']}: {human(p['value'], unit)} ({p['qualifier']}) "
               f"from {p['source_path']}{' - sources disagree' if p.get('conflict') else ''}")
        ring = f' stroke="{CONFLICT}" stroke-width="2"' if p.get("conflict") else ' stroke="#fff"'
        out.append(f'<circle cx="{X(_x(p)):.1f}" cy="{Y(p["value"]):.1f}" r="5" '
                   f'fill="{color}"{ring} fill-opacity="0.85"><title>{e(tip)}</title></circle>')
    for d in derived:
        name = _series_name(d["period_type"], d["period_start"], d["period_end"])
        tip = f"{d['period_start']} to {d['period_end']}: {human(d['value'], unit)} derived from a reported growth rate"
        out.append(f'<circle cx="{X(_x(d)):.1f}" cy="{Y(d["value"]):.1f}" r="5" '
                   f'fill="#fff" stroke="{colors.get(name, PALETTE[0])}" stroke-width="2" '
                   f'stroke-dasharray="2,2"><title>{e(tip)}</title></circle>')

    lx, ly = left + pw + 14, top + 6
    legend = [(name, colors[name], "line") for name in sorted(groups)]
    legend.append(("source value", "#666", "dot"))
    if any(p.get("conflict") for p in points):
        legend.append(("sources disagree", CONFLICT, "dot"))
    if derived:
        legend.append(("derived from growth", "#666", "hollow"))
    for i, (name, color, kind) in enumerate(legend):
        y = ly + i * 18
        if kind == "line":
            out.append(f'<line x1="{lx}" x2="{lx + 16}" y1="{y}" y2="{y}" stroke="{color}" stroke-width="2"/>')
        elif kind == "dot":
            out.append(f'<circle cx="{lx + 8}" cy="{y}" r="5" fill="{color}"/>')
        else:
            out.append(f'<circle cx="{lx + 8}" cy="{y}" r="5" fill="#fff" stroke="{color}" stroke-width="2" '
                       f'stroke-dasharray="2,2"/>')
        out.append(f'<text x="{lx + 22}" y="{y + 4}" font-size="11">{e(name)}</text>')
    out.append("</svg>")
    return "\n".join(out)


# ---------------------------------------------------------------- page


def render_report(warehouse: Path) -> str:
    data = load(warehouse)
    pairs = sorted({(o["indicator"], o["region"]) for o in data["observations"]})
    n_conflicts = sum(1 for s in data["series"] if s["has_conflict"])
    n_quarantine = sum(q["n_rows"] for q in data["quarantine"])
    n_articles = len({o["article_id"] for o in data["observations"]})
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    last_run = data["runs"][0] if data["runs"] else None

    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Indicator warehouse report: {e(warehouse.name)}</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>Indicator warehouse report</h1>",
        f'<p class="meta">{e(warehouse)} &middot; generated {generated}'
        + (f" &middot; last run {e(last_run['run_id'])} ({e(last_run['status'])})" if last_run else "")
        + "</p>",
        '<div class="cards">',
        *(f'<div class="card"><b>{v}</b><span>{e(k)}</span></div>' for k, v in (
            ("observations", data["n_observations"]), ("indicator / region pairs", len(pairs)),
            ("articles with figures", n_articles), ("conflicting periods", n_conflicts),
            ("rows in quarantine", n_quarantine))),
        "</div>",
        "<nav>" + " ".join(f'<a href="#{e(_anchor(i, r))}">{e(i)} &middot; {e(r)}</a>' for i, r in pairs)
        + ' <a href="#data-quality">data quality</a></nav>',
    ]
    parts.append("<h2>Indicators by region</h2>")
    if not pairs:
        parts.append("<p>The warehouse holds no observations yet.</p>")
    for indicator, region in sorted(pairs, key=lambda p: _interest(data, *p)):
        parts.append(_pair_section(data, indicator, region))
    parts.append(_quality_section(data))
    parts.append("</body></html>")
    return "\n".join(parts)


def _interest(data: dict, indicator: str, region: str) -> tuple:
    """Sections with disagreeing sources first, then the longest series."""
    rows = [s for s in data["series"] if s["indicator"] == indicator and s["region"] == region]
    return (not any(s["has_conflict"] for s in rows), -len(rows), indicator, region)


def _anchor(indicator: str, region: str) -> str:
    return f"{indicator}--{region}".replace(" ", "-").lower()


def _pair_section(data: dict, indicator: str, region: str) -> str:
    """An indicator in a region: its whole series first, then each part of it
    (a breakdown) under it, so a part is never read as its whole."""
    parts = sorted({o["breakdown"] for o in data["observations"]
                    if o["indicator"] == indicator and o["region"] == region and o["breakdown"]})
    out = [f'<section class="pair" id="{e(_anchor(indicator, region))}">',
           f"<h3>{e(indicator)} &middot; {e(region)}</h3>"]
    out += _series_block(data, indicator, region, None)
    for part in parts:
        out.append(f'<h4 class="part">part of {e(indicator)}: {e(part)}</h4>')
        out += _series_block(data, indicator, region, part)
    out.append("</section>")
    return "\n".join(out)


def _series_block(data: dict, indicator: str, region: str, breakdown: str | None) -> list[str]:
    """Charts and tables of one series: the whole (breakdown None) or one part."""
    def mine(rows):
        return [r for r in rows if r["indicator"] == indicator and r["region"] == region
                and r.get("breakdown") == breakdown]

    obs, series, yoy = mine(data["observations"]), mine(data["series"]), mine(data["yoy"])
    spans, conflicts = mine(data["spans"]), mine(data["conflicts"])
    conflict_keys = {(s["metric"], s["unit"], s["period_type"], s["period_start"], s["period_end"])
                     for s in series if s["has_conflict"]}
    out: list[str] = []
    label = f"{indicator} [{breakdown}]" if breakdown else indicator
    charted = sorted({(o["metric"], o["unit"]) for o in obs if o["period_type"] != "span"},
                     key=lambda mu: (mu[0] != "level", mu))
    for metric, unit in charted:
        points = [dict(o, conflict=(metric, unit, o["period_type"], o["period_start"], o["period_end"])
                       in conflict_keys)
                  for o in obs if o["metric"] == metric and o["unit"] == unit and o["period_type"] != "span"]
        chosen = [s for s in series if s["metric"] == metric and s["unit"] == unit and s["period_type"] != "span"]
        derived = [dict(y, period_type=y["period_type"]) for y in yoy
                   if metric == "level" and y["unit"] == unit and y["is_derived"]]
        out.append(chart_svg(points, chosen, derived, unit, f"{label} ({metric}, {unit}), {region}"))

    spans_obs = [o for o in obs if o["period_type"] == "span"]
    if spans_obs:
        out.append(_table(["metric", "from", "to", "value", "qualifier", "source"],
                          [[e(o["metric"]), e(o["period_start"]), e(o["period_end"]), _num(o["value"], o["unit"]),
                            e(o["qualifier"]), e(o["source_path"])] for o in spans_obs],
                          "Figures over several years", raw=True))
    if any(y["value"] is not None or y["reported_growth_pct"] is not None for y in yoy):
        out.append(_table(
            ["period", "value", "a year earlier", "change", "computed growth", "reported growth", "basis"],
            [[e(y["period_label"]), _num(y["value"], y["unit"]), _num(y["prev_value"], y["unit"]),
              _num(y["abs_change"], y["unit"]), _pct(y["pct_change"]), _pct(y["reported_growth_pct"]),
              _basis(y)] for y in yoy],
            "Year over year", raw=True))
    if spans:
        out.append(_table(
            ["from", "to", "start value", "end value", "CAGR", "reported CAGR", "note"],
            [[e(s["start_year"]), e(s["end_year"]), _num(s["start_value"], s["unit"]),
              _num(s["end_value"], s["unit"]), _pct(s["cagr_pct"]), _pct(s["reported_cagr_pct"]),
              e(", ".join(filter(None, [
                  "derived" if s["is_derived"] else "",
                  "bounds (over/under)" if {"over", "under"} & {s["start_qualifier"], s["end_qualifier"]} else "",
                  "sources disagree" if s["has_conflict"] else ""])))]
             for s in spans],
            "Growth spans (compound annual growth)", raw=True))
    if conflicts:
        out.append(_table(
            ["period", "metric", "value", "chosen", "source", "published", "sentence"],
            [[e(f"{c['period_type']} {c['period_end']}"), e(c["metric"]), _num(c["value"], c["unit"]),
              "&#10003;" if c["is_chosen"] else "", e(c["source_path"]), e(c["published_date"]),
              f'<span class="s">{e(c["sentence"])}</span>'] for c in conflicts],
            "Sources that disagree", raw=True, flag=True))
    return out


def _basis(y: dict) -> str:
    notes = []
    if y["is_derived"]:
        notes.append('<span class="derived">derived from growth rate</span>')
    elif y["value_basis"] == "year_end_stock":
        notes.append("stock at 31 Dec")
    if y["prev_is_derived"]:
        notes.append('<span class="derived">earlier value derived</span>')
    if y["has_conflict"]:
        notes.append('<span class="flag">sources disagree</span>')
    return "<td>" + "; ".join(notes) + "</td>"


def _table(headers: list[str], rows: list[list[str]], caption: str, raw: bool = False, flag: bool = False) -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = "".join(c if c.startswith("<td") else f"<td>{c if raw else e(c)}</td>" for c in row)
        body.append(f"<tr>{cells}</tr>")
    cls = ' class="flag"' if flag else ""
    return f"<div><b{cls}>{e(caption)}</b><table><tr>{head}</tr>{''.join(body)}</table></div>"


def _quality_section(data: dict) -> str:
    out = ['<h2 id="data-quality">Data quality</h2>']
    if data["quarantine"]:
        out.append(_table(["reason", "rows", "articles"],
                          [[e(q["reason"]), f'<td class="n">{q["n_rows"]}</td>', f'<td class="n">{q["n_articles"]}</td>']
                           for q in data["quarantine"]], "Quarantine by reason", raw=True))
    else:
        out.append("<p>No rows in quarantine.</p>")
    out.append(_table(["status", "files"], [[e(a["status"]), f'<td class="n">{a["n"]}</td>'] for a in data["articles"]],
                      "Article files by status", raw=True))
    out.append(_table(
        ["run", "started", "status", "new", "changed", "failed", "loaded", "quarantined", "message"],
        [[e(r["run_id"]), e(format_cell(r["started_at"])), e(r["status"])]
         + [f'<td class="n">{e(r[k])}</td>' for k in ("files_new", "files_changed", "files_failed",
                                                       "rows_loaded", "rows_quarantined")]
         + [e(r["message"])] for r in data["runs"]],
        "Latest runs", raw=True))
    return "\n".join(out)


# ---------------------------------------------------------------- screenshot


def find_chromium() -> str | None:
    import shutil

    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(html_file: Path, png: Path, width: int = 1200, height: int = 1600,
               chromium: str | None = None, timeout: float = 120) -> Path:
    """Render `html_file` in headless Chromium and save a PNG (for docs and checks).
    Raises FileNotFoundError when no Chromium is installed."""
    import subprocess
    import tempfile

    browser = chromium or find_chromium()
    if browser is None:
        raise FileNotFoundError("no chromium found (Debian: apt-get install -y chromium)")
    png.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="indicators-chromium-") as profile:
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             f"--screenshot={png.resolve()}", f"--window-size={width},{height}",
             html_file.resolve().as_uri()],
            check=True, capture_output=True, timeout=timeout)
    return png
