"""What the table-driven extractor tests share (tests/test_extract_*cases.py).

Each case is a short text and the facts we expect of it (a subset of Fact
fields; value is compared in base units: value * scale). `absent` lists
base-unit values that must NOT appear as observations. A case whose name
says "default region" is read with Foshan as the article's region.
"""
from __future__ import annotations

from datetime import date

import extract_helpers  # noqa: F401  (puts flows/ on sys.path)
from indicator_warehouse.extract import extract_facts

REF = date(2025, 3, 10)


def observations(text, ref=REF, **kw):
    return [f for f in extract_facts(text, ref, **kw) if not f.is_target and not f.problem]


def match_fact(f, exp, skip=(), rel=1e-6):
    """Whether fact `f` has every field of `exp` (bar those in `skip`); the
    value in base units, within `rel` of it (eval/probes/metric_probes.py
    allows the rounding of written figures: 1e-3)."""
    for k, v in exp.items():
        if k in skip:
            continue
        if k == "value":
            got = f.value * f.scale
            if abs(got - v) > rel * max(1.0, abs(v)):
                return False
        elif k in ("period_end", "period_start"):
            if str(getattr(f, k)) != v:
                return False
        elif getattr(f, k) != v:
            return False
    return True



def check_case(name, text, expected, absent):
    """Every expected fact is observed, and no absent value is."""
    kw = {"default_region": "Foshan"} if "default region" in name else {}
    facts = observations(text, **kw)
    for exp in expected:
        assert any(match_fact(f, exp) for f in facts), (
            f"{name}: no fact matching {exp}; got " +
            "; ".join(f"{f.indicator}/{f.region}/{f.metric}/{f.period_type}:{f.period_end}="
                      f"{f.value * f.scale:g} {f.unit} {f.qualifier}" for f in facts))
    for v in absent:
        assert not any(abs(f.value * f.scale - v) < 1e-9 * max(1, abs(v)) for f in facts), (name, v)
