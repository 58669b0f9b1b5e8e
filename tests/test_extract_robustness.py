"""The extractor must stay linear in the length of its input.

One junk file (a table dump with no full stops, thousands of short numeric
lines) used to stall a run: cost grew with the square of the length of a
"sentence". These tests run the extractor on such text in a subprocess with
a hard timeout, and check that 4x the text costs well under 16x the time.
Bounds are loose on purpose: they catch quadratic behaviour, not jitter.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

_GEN = textwrap.dedent("""
    import random, sys, time
    sys.path.insert(0, {flows!r})
    from datetime import date
    from indicator_warehouse.extract import extract_facts, find_reference_date

    def junk(n, seed=0):
        # digits, scale words, years, places, no sentence break at all
        r = random.Random(seed)
        words = ["12.5 billion yuan", "in 2023", "up 7 percent", "million", "the province", "Guangdong",
                 "first half of 2024", "compared with 2019", "3,400", "trillion", "and", "of", "exports",
                 "GDP", "January", "over", "from 2019 to 2023", "year-on-year", "2,000,000", "99.9%"]
        out, size = [], 0
        while size < n:
            w = r.choice(words)
            out.append(w)
            size += len(w) + 1
        return " ".join(out)[:n]

    def lines(n, seed=1):
        # many short numeric lines: infobox-like, no punctuation
        r = random.Random(seed)
        out, size = [], 0
        while size < n:
            w = "%d %s" % (r.randint(1, 99999), r.choice(["million", "billion", "yuan", "%", "", "2021"]))
            out.append(w)
            size += len(w) + 1
        return "\\n".join(out)[:n]

    def digits(n):
        # one unbroken run of digits and separators
        return ("1234567890,.-" * (n // 13 + 1))[:n]

    kind, sizes = sys.argv[1], [int(x) for x in sys.argv[2:]]
    make = {{"junk": junk, "lines": lines, "digits": digits}}[kind]
    extract_facts("Guangdong's GDP was 1 trillion yuan in 2023.", date(2024, 1, 1))   # warm up
    for n in sizes:
        text = make(n)
        t0 = time.process_time()
        find_reference_date(text)
        extract_facts(text, date(2024, 6, 1))
        print(n, time.process_time() - t0, flush=True)
""").format(flows=str(REPO / "flows"))


def _run(kind: str, sizes: list[int], timeout: float) -> dict[int, float]:
    try:
        res = subprocess.run([sys.executable, "-c", _GEN, kind, *map(str, sizes)],
                             capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"extracting {kind} text of {sizes} chars took over {timeout:.0f} s")
    assert res.returncode == 0, res.stderr[-2000:]
    return {int(n): float(t) for n, t in (line.split() for line in res.stdout.split("\n") if line.strip())}


@pytest.mark.parametrize("kind", ["junk", "lines", "digits"])
def test_two_megabytes_of_pathological_text_finish(kind):
    # Bounded in CPU seconds, not wall time: on an idle machine junk and
    # digits cost 35-45 CPU s (every 13 characters are a number candidate, so
    # this is the ordinary cost per figure, not a stall), and CI on a shared
    # 2-core machine has stretched that to over 110 s of wall time. A stall
    # (quadratic in a 2 MB "sentence") costs hours; the wall timeout only
    # guards against a hang.
    cpu = _run(kind, [2_000_000], timeout=900)[2_000_000]
    assert cpu < 120, f"extracting {kind} text of 2,000,000 chars took {cpu:.0f} CPU s"


@pytest.mark.parametrize("kind", ["junk", "lines", "digits"])
def test_cost_is_about_linear(kind):
    # best of two, to damp noise; 4x the text must cost < 8x the time
    t = [_run(kind, [50_000, 200_000], timeout=120) for _ in range(2)]
    small = min(x[50_000] for x in t)
    big = min(x[200_000] for x in t)
    assert big < 8 * max(small, 0.02), (small, big)
