"""What the coach reviews: drafts of objectives and key results, as plain values."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from cairn.text.key_result_parser import Change, ParsedKeyResult, parse_key_result

MILESTONE = "milestone"
LEVELS = ("company", "team", "person")


@dataclass(frozen=True)
class KeyResultDraft:
    """A key result as typed in a form, read from a file or loaded from the database.

    When none of start, target and change is given (and the kind is not a milestone), the
    coach reads them from the title. Context fields left at None are unknown, and the rules
    that need them (KR107 initiative, KR108 staleness) stay silent.
    """

    title: str
    owner: str | None = None
    kind: str = "metric"  # "metric" or "milestone"; metric types may also be given here
    start: float | None = None
    target: float | None = None
    unit: str | None = None
    direction: str | None = None
    change: Change | None = None
    has_initiative: bool | None = None
    cycle_active: bool = False
    last_check_in_days_ago: float | None = None
    cadence_days: int = 7

    @classmethod
    def from_text(cls, text: str, **context: object) -> KeyResultDraft:
        """Return a draft whose measure fields are read from a key result sentence."""
        parsed = parse_key_result(text)
        draft = cls(text, start=parsed.start, target=parsed.target, unit=parsed.unit)
        draft = replace(draft, direction=parsed.direction, change=parsed.change)
        return replace(draft, **context)  # type: ignore[arg-type]

    @property
    def is_milestone(self) -> bool:
        """Return True for a done/not-done key result."""
        return self.kind == MILESTONE

    def measure(self) -> ParsedKeyResult:
        """Return the measure the coach judges: the typed fields, else the title's."""
        parsed = parse_key_result(self.title)
        typed = (self.start, self.target, self.change)
        if all(value is None for value in typed) and not self.is_milestone:
            return parsed
        direction = self.direction or _direction(self.start, self.target) or parsed.direction
        if self.kind in ("increase", "decrease", "stay_above", "stay_below"):
            direction = self.kind
        return replace(
            parsed,
            direction=direction,
            start=self.start,
            target=self.target,
            change=self.change,
            unit=self.unit or parsed.unit,
        )


def _direction(start: float | None, target: float | None) -> str | None:
    """Return increase or decrease from start and target, or None when unknown or equal."""
    if start is None or target is None or start == target:
        return None
    return "increase" if target > start else "decrease"


@dataclass(frozen=True)
class ObjectiveDraft:
    """An objective with its key results and what is known about its context.

    `aligned` None means unknown (OKR006 stays silent); `owner_objective_count` is how many
    objectives the owner has in the cycle, when known (OKR003).
    """

    title: str
    owner: str | None = None
    level: str = "team"  # "company" | "team" | "person"
    aligned: bool | None = None
    key_results: tuple[KeyResultDraft, ...] = field(default=())
    owner_objective_count: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "key_results", tuple(self.key_results))
