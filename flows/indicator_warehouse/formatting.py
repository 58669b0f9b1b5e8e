"""How a value in base units is shown to people (status, report)."""
from __future__ import annotations

_SHORT = ((1e12, "trn"), (1e9, "bn"), (1e6, "m"))
_LONG = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def human_value(value, unit: str | None = None, *, long_words: bool = False) -> str:
    """510000000000 CNY -> '510 bn CNY' ('510 billion CNY' with long_words);
    24.75 percent -> '24.75%'; a plain count carries no unit."""
    if value is None:
        return ""
    if unit == "percent":
        return f"{value:.4g}%"
    if unit == "percentage_point":
        return f"{value:.4g} pp"
    magnitude = abs(value)
    for limit, word in (_LONG if long_words else _SHORT):
        if magnitude >= limit:
            text = f"{value / limit:.5g} {word}"
            break
    else:
        text = f"{value:,.0f}" if magnitude >= 1000 or float(value).is_integer() else f"{value:.4g}"
    return f"{text} {unit}" if unit and unit != "count" else text
