"""How far back a match that must end at a given place can start.

Several rules match only at the end of a text (`...\\s*$`: the cue right
before a figure) or right before an anchor (periods.py's words before a
year). re's search tries every start from the beginning of the text, and
the text is a figure's whole left context. Such a rule's match holds at
most a fixed number of characters that are not white space (its words are
a finite list; only white space between them may run long), read here from
the pattern's parse. A match that started before a window of the text's
last characters would hold the whole window; so when the window holds more
non-space characters than any match can, no match starts before it, and
the search may start there: the same leftmost match, found in a fraction
of the tries. (The rules' look-behinds and `$` read the text itself, not
where the search starts, so a match found from there is the same match.)
"""
from __future__ import annotations

try:    # the parse of a pattern, as re.compile reads it: private modules of re (Python 3.11+)
    from re import _constants as _c, _parser
except ImportError:     # another Python: no bound, every search starts where it did (slower, same matches)
    _c = _parser = None


def most_non_space(pattern: str, flags: int = 0) -> int | None:
    """The most characters other than white space that a match of `pattern`
    can hold; None when that is unbounded or the parse holds something not
    counted here. (White space as re's \\s and str.split both define it.)"""
    if _parser is None:
        return None

    def most(items) -> int | None:
        total = 0
        for op, av in items:
            if op is _c.LITERAL:
                n = 0 if chr(av).isspace() else 1
            elif op is _c.IN:
                n = 0 if av == [(_c.CATEGORY, _c.CATEGORY_SPACE)] else 1
            elif op in (_c.NOT_LITERAL, _c.ANY):
                n = 1
            elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                n = 0
            elif op is _c.SUBPATTERN:
                n = most(av[3])
            elif op is _c.BRANCH:
                ns = [most(alt) for alt in av[1]]
                n = None if None in ns else max(ns)
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
                inner = most(av[2])
                n = inner if inner == 0 else None if inner is None or av[1] is _c.MAXREPEAT else av[1] * inner
            else:
                return None
            if n is None:
                return None
            total += n
        return total

    return most(_parser.parse(pattern, flags))


class Reach:
    """A pattern's bound (most_non_space) and the window it is tried on."""

    __slots__ = ("most", "window")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.most = most_non_space(pattern, flags)
        self.window = None if self.most is None else self.most * 3 // 2 + 8

    def start(self, text: str, pos: int, end: int) -> int:
        """Where a search for a match that ends at `end` (or, for `$`, at a
        newline right before it) may start instead of `pos`."""
        if self.window is None:
            return pos
        start = end - self.window
        if start <= pos or len("".join(text[start:end].split())) <= self.most:
            return pos
        return start
