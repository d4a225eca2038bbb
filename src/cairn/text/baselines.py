"""Derive start, target and change from what a key result states.

A baseline stated aside ("(up from 15)"), a change with a target ("by 25% to $5M" starts at
$4M), a factor ("double … from 800"), a range (the end that counts as achieved).
"""

from __future__ import annotations

from cairn.text.directions import DECREASE, STAY_BELOW
from cairn.text.languages import localise_as
from cairn.text.sentence import Values, normalise
from cairn.text.tokens import tokenize


def restated_start(restated: tuple[str, str] | None, target: float | None) -> float | None:
    """Return A of an aside "(from A to B)" that ends at the key result's own target."""
    if restated is None or target is None:
        return None
    start, end = (baseline_value(part) for part in restated)
    return start if end is not None and abs(end - target) < 1e-9 else None


def restated_pair(
    restated: tuple[str, str] | None, language: str | None
) -> tuple[float, float, str | None] | None:
    """Return start, target and unit of an aside "(from 14 days to 7 days)" that restates a
    change the sentence states alone ("Cut review time by 50% (from 14 days to 7 days)")."""
    if restated is None:
        return None
    numbers = [_first_number(part, language) for part in restated]
    if any(n is None for n in numbers) or numbers[0].value == numbers[1].value:
        return None
    return numbers[0].value, numbers[1].value, numbers[1].unit or numbers[0].unit


def restated_move(
    restated: tuple[str, str] | None, target: float | None, unit: str | None, language: str | None
) -> tuple[float, float] | None:
    """Return start and target of an aside "(82 → 77 kg)", "(from 82 kg to 77 kg)" whose two
    numbers differ by the key result's own number, in the same unit ("Lose 5 kg (82 → 77 kg)":
    the 5 kg is the amount moved, from 82 to 77; thirty-second round). "Hire 5 engineers (10 →
    15)" (a count of engineers, an aside without the noun) keeps its target."""
    if not target:
        return None
    pair = restated_pair(restated, language)
    if pair is None or pair[2] is None or pair[2] != unit:  # a measure's unit on both sides
        return None
    start, end, _ = pair
    return (start, end) if abs(abs(start - end) - target) < 1e-9 else None


def _first_number(text: str, language: str | None):
    numbers = [t for t in tokenize(normalise(localise_as(text, language))) if t.kind == "num"]
    return numbers[0] if numbers else None


def baseline_value(text: str | None, language: str | None = None) -> float | None:
    """Return the value of a baseline stated aside ("(up from 15)" → 15), its number written
    as the key result's language writes numbers ("(aktuell 2,5 %)" → 2.5)."""
    if not text:
        return None
    numbers = [t for t in tokenize(normalise(localise_as(text, language))) if t.kind == "num"]
    return numbers[0].value if numbers else None


def plain_numbers(values: Values) -> tuple[float | None, float | None, tuple[float, bool] | None]:
    """Return start, target and (change, relative) as plain numbers."""
    start = values.start.value if values.start else None
    target = values.target.value if values.target else None
    change = None
    if values.change is not None:
        relative = values.change.unit == "%" and not values.change.points
        if relative and _percent_target(values):
            relative = False  # "by 5% to 40%": read as percentage points
        change = (abs(values.change.value or 0.0), relative)
    elif values.factor and (start is None or target is None):
        change = (abs(values.factor - 1) * 100, True)
    return start, target, change


def _percent_target(values: Values) -> bool:
    """Return True when the stated target or start is itself a percentage."""
    return any(t is not None and t.unit == "%" for t in (values.target, values.start))


def complete(
    direction: str | None,
    values: Values,
    start: float | None,
    target: float | None,
    change: tuple[float, bool] | None,
) -> tuple[float | None, float | None]:
    """Return start and target, deriving the missing one from a change or a range."""
    sign = -1.0 if direction == DECREASE else 1.0
    if values.rng:
        low, high = sorted(t.value or 0.0 for t in values.rng)
        return start, high if direction in (DECREASE, STAY_BELOW) else low
    if values.factor and start is not None and target is None:
        return start, start * values.factor
    if values.factor and target is not None and start is None:
        return target / values.factor, target
    if change is None:
        return start, target
    amount, relative = change
    if target is not None and start is None:
        start = target / (1 + sign * amount / 100) if relative else target - sign * amount
    elif start is not None and target is None:
        target = start * (1 + sign * amount / 100) if relative else start + sign * amount
    return start, target


def tidy(value: float | None) -> float | None:
    """Return value rounded to 10 significant digits, hiding float noise from derivations."""
    return None if value is None else float(f"{value:.10g}")
