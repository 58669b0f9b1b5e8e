"""Serve the Streamlit dashboard (dashboard/app.py), or look at it in headless Chromium.

    python3 scripts/dashboard.py [--warehouse FILE]                 # serve on 127.0.0.1:8501 until Ctrl-C
    python3 scripts/dashboard.py --screenshot docs [--warehouse FILE]

The dashboard runs in its own environment (.venv-dashboard, from
dashboard/requirements.txt, made on first use) with DuckDB 1.4.4. With
--screenshot it starts the server on a free port, opens every page in
headless Chromium (Debian: apt-get install -y chromium, driven by
Playwright), saves DIR/dashboard-<page>.png, checks each page drew its
heading and shows no error, and stops the server it started (its own process group only).
Exit 0 when every page rendered.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from isolated_env import EnvUnavailable, ensure_env, requirement_lines
from local_server import free_port, stop, wait_until_up

try:        # only inside .venv-dashboard, where main() re-runs this script
    from playwright.sync_api import TimeoutError as PlaywrightTimeout, sync_playwright
except ImportError:
    PlaywrightTimeout = sync_playwright = None

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
REQUIREMENTS = ROOT / "dashboard" / "requirements.txt"
# url_path of each page in app.py ("" for the default page), and the heading it shows once rendered.
PAGES = {"": "Indicator series", "yoy": "Year-over-year metrics", "growth": "Growth spans",
         "conflicts": "Conflicting sources", "quality": "Data quality"}
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


def start(bin_dir: Path, warehouse: Path, port: int, **popen) -> subprocess.Popen:
    env = dict(os.environ, INDICATORS_WAREHOUSE=str(warehouse.resolve()))
    return subprocess.Popen(
        [str(bin_dir / "streamlit"), "run", str(APP), "--server.address", "127.0.0.1", "--server.port", str(port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false", "--global.developmentMode", "false"],
        env=env, start_new_session=True, **popen)


# (charts and tables on the page, how many of them are drawn, placeholders still waiting for code)
DRAWING_STATE = """() => {
    const charts = [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')];
    const tables = [...document.querySelectorAll('[data-testid="stDataFrame"]')];
    return [charts.length + tables.length,
            charts.filter(c => c.querySelector('.marks')).length + tables.filter(t => t.querySelector('canvas')).length,
            document.querySelectorAll('[data-testid="stSkeleton"]').length];
}"""


def wait_until_drawn(page, timeout: float = 60) -> None:
    """Charts and tables load their code lazily and draw after the script ends:
    wait until at least one is on the page, all are drawn, none is a
    placeholder, and that has held for two seconds."""
    deadline, steady, last = time.monotonic() + timeout, 0, None
    while time.monotonic() < deadline:
        total, drawn, placeholders = state = page.evaluate(DRAWING_STATE)
        done = total > 0 and drawn == total and placeholders == 0
        steady = steady + 1 if done and state == last else 0
        if steady >= 4:
            return
        last = state
        page.wait_for_timeout(500)
    raise PlaywrightTimeout(f"charts and tables not drawn within {timeout:.0f} s (last state {last})")


def render(page, url: str, heading: str, png: Path) -> tuple[bool, bool]:
    """Open `url`, wait until Streamlit has drawn `heading` and finished running
    the page's script, save a screenshot; (rendered, shows an error)."""
    page.goto(url)
    try:
        page.get_by_role("heading", name=heading).wait_for(timeout=60_000)
        # Streamlit marks its root element when the page's script has finished
        # (its own end-to-end tests wait on the same attribute).
        page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
        wait_until_drawn(page)
    except PlaywrightTimeout:
        page.screenshot(path=str(png), full_page=True)
        return False, page.locator('[data-testid="stException"]').count() > 0
    page.screenshot(path=str(png), full_page=True)
    broken = page.locator('[data-testid="stException"]').count() > 0 or page.get_by_text("Page not found").count() > 0
    return True, broken


def screenshots(bin_dir: Path, warehouse: Path, out_dir: Path) -> list[str]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return ["no chromium (Debian: apt-get install -y chromium)"]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    failures = []
    with tempfile.TemporaryDirectory(prefix="dashboard-") as tmp, sync_playwright() as playwright:
        log = open(Path(tmp) / "server.log", "wb")
        server = start(bin_dir, warehouse, port, stdout=log, stderr=subprocess.STDOUT)
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS[1:])
        try:
            wait_until_up(base + "/_stcore/health", server, timeout=60)
            out_dir.mkdir(parents=True, exist_ok=True)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            for path, heading in PAGES.items():
                png = out_dir / f"dashboard-{path or 'series'}.png"
                rendered, broken = render(page, f"{base}/{path}", heading, png)
                print(f"{base}/{path}: {'rendered' if rendered and not broken else 'NOT RENDERED'}"
                      f"{', shows an error' if broken else ''}; {png} {png.stat().st_size:,} bytes")
                if not rendered or broken:
                    failures.append(f"page {path} did not render{' (error on the page)' if broken else ''}")
        finally:
            browser.close()
            stop(server)
            log.close()
            if failures:
                print((Path(tmp) / "server.log").read_text(errors="replace")[-3000:])
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, default=ROOT / "warehouse" / "indicators.duckdb")
    parser.add_argument("--screenshot", type=Path, metavar="DIR", help="save a PNG of every page here, then stop")
    parser.add_argument("--port", type=int, default=8501, help="port to serve on (without --screenshot)")
    args = parser.parse_args(argv)
    if not args.warehouse.is_file():
        print(f"dashboard: no warehouse at {args.warehouse}; build it with `make run`", file=sys.stderr)
        return 2
    try:
        bin_dir = ensure_env(ROOT / ".venv-dashboard", requirement_lines(REQUIREMENTS))
    except EnvUnavailable as exc:
        print(f"dashboard: {exc}", file=sys.stderr)
        return 2
    if Path(sys.prefix).resolve() != (ROOT / ".venv-dashboard").resolve():
        # Go on inside the dashboard's environment, where Streamlit and Playwright are.
        os.execv(bin_dir / "python", [str(bin_dir / "python"), __file__, *(argv if argv is not None else sys.argv[1:])])
    if args.screenshot is None:
        print(f"dashboard on http://127.0.0.1:{args.port} (Ctrl-C stops it)")
        server = start(bin_dir, args.warehouse, args.port)
        try:
            return server.wait()
        except KeyboardInterrupt:
            stop(server)
            return 0
    failures = screenshots(bin_dir, args.warehouse, args.screenshot)
    for failure in failures:
        print(f"FAILED: {failure}")
    print("dashboard check: " + ("every page rendered" if not failures else f"{len(failures)} failed"))
    return 0 if not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
