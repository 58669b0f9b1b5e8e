"""Reads dated regional statistics out of English news text.

    extract_facts(text, reference_date, default_region=None) -> list[Fact]
    find_reference_date(text) -> (date | None, 'dateline' | 'inferred' | None)
    main_region(text) -> str | None

Pure Python and the standard library only; data that drives behaviour lives in
seeds/*.csv (see catalogue.py).
"""
from .facts import Fact
from .document import extract_facts, find_reference_date
from .places import main_region

__all__ = ["Fact", "extract_facts", "find_reference_date", "main_region"]
