"""A value written last, after a bound or a colon, in a verbless metric that names its items
with a bound of their own ("Tech-debt items >90 days old ≤ 10", "Plugin-staleness >12 mo: 0")."""

from __future__ import annotations

from cairn.text.directions import STAY_ABOVE, STAY_BELOW
from cairn.text.tokens import Token

_CHANGE_NOUNS = frozenset(
    ["increase", "growth", "rise", "gain", "improvement", "uplift", "decrease", "reduction", "cut"]
    + ["drop", "decline"]
)


TRAILING_BOUNDS = {"<=": STAY_BELOW, "<": STAY_BELOW, ">=": STAY_ABOVE, ">": STAY_ABOVE}


_WITH = frozenset(["with", "con", "com", "avec", "mit"])


_TRAILING_SIGNS = frozenset([*TRAILING_BOUNDS, ":", "="])


def trailing_value(tokens: list[Token]) -> int | None:
    """Return the index of a value written last, after a bound or a colon, in a verbless
    metric that names its items with a bound of their own: in "Tech-debt items >90 days old
    ≤ 10" and "Plugin-staleness >12 mo: 0" the first bound says which items count."""
    end = len(tokens) - 1
    while end > 0 and tokens[end].kind in ("rate", "punct") and tokens[end].text not in "%":
        end -= 1  # "≤ 0.4/mo", "≤ 5."
    if end < 2 or tokens[end].kind != "num" or tokens[end - 1].text not in _TRAILING_SIGNS:
        return None
    earlier = [i for i in range(1, end - 1) if tokens[i].kind == "num"]
    bounded = [
        i
        for i in earlier
        if (tokens[i - 1].text in TRAILING_BOUNDS or tokens[i - 1].low in ("than", "over", "under"))
        and not (i >= 2 and tokens[i - 2].low in _CHANGE_NOUNS)  # "reduction ≥ 30%": a change
        and not (i >= 2 and tokens[i - 2].low == "from")  # "from >16% to <5%": the start
    ]
    if not bounded or any(
        t.text in (";", ",") or t.low == "and" for t in tokens[bounded[-1] : end]
    ):
        return None  # "latency < 250ms; uptime ≥ 99.5%": two measures, the first leads
    if tokens[bounded[-1] + 1].low in _WITH and tokens[bounded[-1]].unit in (None, "%"):
        # so too a second condition right after the first value ("NPS ≥50 con tasa de respuesta
        # ≥60%", nineteenth round); "Items >30 days with owner ≤ 3" names its items (an age)
        return None
    return end


def trailing_note(tokens: list[Token], last: int) -> str:
    """Return the note for a value written last: which bound was read as picking items."""
    first = next(i for i in range(1, last) if tokens[i].kind == "num")
    start = first - 2 if tokens[first - 1].low == "than" else first - 1  # "older than 14"
    picked = " ".join(t.text for t in tokens[start : first + 1])
    return (
        f"read '{tokens[last - 1].text} {tokens[last].text}' as the target and '{picked}' as "
        "which items count — check"
    )
