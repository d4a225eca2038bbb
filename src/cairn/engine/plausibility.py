"""Is a check-in value plausible for its key result? A typo guard, never a rule.

A value is implausible when it lies more than FAR times the key result's span (start to
target) away from the start, or on the other side of zero from both start and target (a
negative count of customers). Such a value is probably a slip of the keyboard (10^6 typed for
10); the person is asked to confirm it rather than refused.
"""

from __future__ import annotations

from enum import StrEnum

FAR = 100  # spans away from the start before a value looks like a typo


class Implausible(StrEnum):
    FAR = "far"
    SIGN = "sign"


def implausible_value(
    *, value: float, start: float | None, target: float | None
) -> Implausible | None:
    """Return why a measured value looks like a typo, or None when it is plausible."""
    if target is None:
        return None
    base = target if start is None else start
    span = abs(target - base) or abs(target) or 1.0
    if abs(value - base) > FAR * span:
        return Implausible.FAR
    if value < 0 <= min(base, target) or value > 0 > max(base, target):
        return Implausible.SIGN
    return None
