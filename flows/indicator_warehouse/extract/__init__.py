"""Reads dated regional statistics out of English news text.

    extract_facts(text, reference_date, default_region=None) -> list[Fact]
    find_reference_date(text) -> (date | None, 'dateline' | 'inferred' | None)
    main_region(text) -> str | None

Pure Python and the standard library only; data that drives behaviour lives in
seeds/*.csv (see catalogue.py).

Reading order. reference_date.py dates the article; document.py splits the text (sentences.py), finds each
sentence's periods (periods.py, with the role the words before each give
it in period_roles.py; period_trail.py keeps the periods the text has
stated so far, for sentences with none of their own) and places
(places.py; the article's own place: topic.py; what the text has said
so far: places.PlaceTracker). For a sentence with numbers, scene.py builds its
SentenceContext: the number mentions (numbers.py) that are statistics
(screen.py), the indicator names (indicators.py) and the lists (lists.py).
grammar.py then passes each figure, a scene.Figure, through the stages
metric.py, measure.py, dating.py and placing.py, and builds its Fact
(facts.py). The cue words every rule reacts to come from seeds/cues.csv
through cues.py. Tables (rows of a label and numbers under a head line of
periods and metrics) have no verbs: tables.py finds them, reads their
heads and labels (table_heads.py) and writes each cell as a sentence of
its own for the path above; the table's facts replace the sentence path's
on its lines. Last, restated.py keeps a figure the article states twice
(a threshold passed, a rounded headline) once.
"""
from .facts import Fact
from .document import extract_facts
from .reference_date import find_reference_date
from .document import main_region

__all__ = ["Fact", "extract_facts", "find_reference_date", "main_region"]
