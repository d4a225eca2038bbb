"""Key result kinds, validation and raw progress."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class KeyResultKind(StrEnum):
    METRIC = "metric"
    STAY_ABOVE = "stay_above"
    STAY_BELOW = "stay_below"
    MILESTONE = "milestone"


class InvalidKeyResult(ValueError):
    """A key result whose fields cannot measure anything."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        """Return the human-readable message."""
        return self.message


_NEEDS_VALUE = {
    KeyResultKind.METRIC: "A metric key result needs a {} value.",
    KeyResultKind.STAY_ABOVE: "A stay-above key result needs a {} (the bound to stay above).",
    KeyResultKind.STAY_BELOW: "A stay-below key result needs a {} (the bound to stay below).",
}


def parse_kind(kind: str) -> KeyResultKind:
    """Return the KeyResultKind named by `kind`, or raise InvalidKeyResult on field "kind"."""
    try:
        return KeyResultKind(kind)
    except ValueError:
        choices = ", ".join(k.value for k in KeyResultKind)
        raise InvalidKeyResult(
            "kind", f"Unknown key result kind {kind!r}: use one of {choices}."
        ) from None


def _require(field: str, value: float | None, kind: KeyResultKind) -> None:
    """Return None when `value` is a finite number, else raise InvalidKeyResult on `field`."""
    if value is None:
        raise InvalidKeyResult(field, _NEEDS_VALUE[kind].format(field))
    if not math.isfinite(value):
        raise InvalidKeyResult(field, f"The {field} value must be a finite number.")


def validate_key_result(*, kind: str, start: float | None, target: float | None) -> None:
    """Return None when the fields describe a measurable key result, else raise InvalidKeyResult."""
    parsed = parse_kind(kind)
    if parsed is KeyResultKind.METRIC:
        _require("start", start, parsed)
        _require("target", target, parsed)
        if start == target:
            raise InvalidKeyResult(
                "target", "Start and target must differ: a key result must ask for change."
            )
    elif parsed in (KeyResultKind.STAY_ABOVE, KeyResultKind.STAY_BELOW):
        _require("target", target, parsed)


def direction(start: float, target: float) -> str:
    """Return "increase" when target > start, "decrease" when target < start."""
    if start == target:
        raise InvalidKeyResult(
            "target", "Start and target must differ: a key result must ask for change."
        )
    return "increase" if target > start else "decrease"


@dataclass(frozen=True, slots=True)
class KeyResultState:
    """What progress needs to know about one key result; for stay kinds `target` is the bound."""

    kind: str
    start: float | None = None
    target: float | None = None
    current: float | None = None
    done: bool = False


def key_result_progress(kr: KeyResultState) -> float:
    """Return the raw progress of `kr` (metric may be above 1 or negative; others are 0 or 1)."""
    kind = parse_kind(kr.kind)
    validate_key_result(kind=kind, start=kr.start, target=kr.target)
    if kind is KeyResultKind.MILESTONE:
        return 1.0 if kr.done else 0.0
    assert kr.target is not None  # guaranteed by validate_key_result
    if kind is KeyResultKind.STAY_ABOVE:
        return 1.0 if kr.current is not None and kr.current >= kr.target else 0.0
    if kind is KeyResultKind.STAY_BELOW:
        return 1.0 if kr.current is not None and kr.current <= kr.target else 0.0
    assert kr.start is not None
    current = kr.start if kr.current is None else kr.current
    return (current - kr.start) / (kr.target - kr.start)


def clamp(p: float, low: float = 0.0, high: float = 1.0) -> float:
    """Return `p` limited to [low, high]; NaN counts as `low` (no progress)."""
    if low > high:
        raise ValueError(f"clamp: low ({low}) is above high ({high}).")
    if math.isnan(p):
        return low
    return max(low, min(high, p))
