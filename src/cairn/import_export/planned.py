"""The rows plan_import writes, as plain stand-ins for unsaved model instances.

The okrs services' `_clean` validators and Access only read and set attributes, so they run on
these (about twenty times cheaper to make than a Model instance: an import makes one per
objective, key result and initiative); the row functions give the tuples `bulk.Rows` inserts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from django.db.models import Model

from cairn.okrs.models import CheckIn, CheckInSource, Cycle, InitiativeStatus, KeyResult, Objective
from cairn.organisations.models import Organisation, Person, Team


@dataclass(eq=False, slots=True)
class NewObjective:
    """An objective to write: what objective_create would save."""

    organisation: Organisation
    cycle: Cycle
    title: str
    owner: Person
    team: Team | None
    kind: str
    visibility: str
    weight: object
    description: str = ""
    count_aligned_children: bool = False
    progress: float = 0.0
    position: int = 0
    pk: int | None = None
    key_results: list[NewKeyResult | None] = field(default_factory=list)
    initiatives: list[tuple[NewInitiative, list[NewKeyResult]]] = field(default_factory=list)
    parent: Objective | KeyResult | NewObjective | NewKeyResult | None = None

    @property
    def organisation_id(self) -> int:
        return self.organisation.pk

    @property
    def owner_id(self) -> int:
        return self.owner.pk

    @property
    def team_id(self) -> int | None:
        return self.team.pk if self.team else None

    def __str__(self) -> str:
        return self.title


@dataclass(eq=False, slots=True)
class NewKeyResult:
    """A key result to write: what key_result_create (then check_in_record) would save."""

    organisation_id: int
    objective: NewObjective
    title: str
    kind: str
    start: object
    target: object
    unit: str
    weight: object
    owner: Person
    position: int
    due_date: date | None = None
    current: float | None = None
    done: bool = False
    confidence: int = 5
    progress: float = 0.0
    last_check_in_at: datetime | None = None
    pace_status: str = ""
    follows_initiatives: bool = False
    pk: int | None = None
    check_in: CheckIn | None = None  # unsaved: the imported current value
    pace_change: tuple[str, str] | None = None

    _prefetched_objects_cache = {"contributors": ()}  # a new key result has no contributors

    @property
    def owner_id(self) -> int:
        return self.owner.pk

    def __str__(self) -> str:
        return self.title


@dataclass(eq=False, slots=True)
class NewInitiative:
    """An initiative to write: what initiative_create would save."""

    organisation: Organisation
    title: str
    owner: Person
    description: str = ""
    status: str = InitiativeStatus.PLANNED
    percent_complete: object = 0
    progress_source: str = "typed"
    due_date: date | None = None
    pk: int | None = None
    work: tuple = ()  # the plan's PlanWork items under it (initiative index 0)


Parent = Objective | KeyResult | NewObjective | NewKeyResult


def is_key_result(row: Parent | Model) -> bool:
    """Return True for a key result, stored or to write."""
    return isinstance(row, KeyResult | NewKeyResult)


OBJECTIVE_COLUMNS = (
    "organisation_id", "cycle_id", "title", "description", "owner_id", "team_id", "kind",
    "visibility", "weight", "count_aligned_children", "progress", "position",
)  # fmt: skip
KEY_RESULT_COLUMNS = (
    "organisation_id", "objective_id", "title", "kind", "start", "target", "current", "done",
    "unit", "weight", "owner_id", "progress", "confidence", "last_check_in_at", "pace_status",
    "position",
)  # fmt: skip
CHECK_IN_COLUMNS = (
    "organisation_id", "key_result_id", "author_id", "checked_in_at", "value", "done",
    "confidence", "source",
)  # fmt: skip
CHANGE_COLUMNS = (
    "organisation_id", "objective_id", "key_result_id", "actor_id", "action", "field", "old",
    "new",
)  # fmt: skip


def objective_row(o: NewObjective, org: int) -> tuple:
    return (
        org, o.cycle.pk, o.title, o.description, o.owner.pk, o.team_id, str(o.kind),
        str(o.visibility),
        o.weight, o.count_aligned_children, o.progress, o.position,
    )  # fmt: skip


def key_result_row(kr: NewKeyResult, org: int, at: object) -> tuple:
    return (
        org, kr.objective.pk, kr.title, str(kr.kind), kr.start, kr.target, kr.current, kr.done,
        kr.unit, kr.weight, kr.owner.pk, kr.progress, kr.confidence,
        at if kr.last_check_in_at else None, kr.pace_status, kr.position,
    )  # fmt: skip


def check_in_row(kr: NewKeyResult, org: int, author: int, at: object) -> tuple:
    check_in = kr.check_in
    assert check_in is not None
    return (
        org, kr.pk, author, at, check_in.value, check_in.done, check_in.confidence,
        str(CheckInSource.IMPORT),
    )  # fmt: skip
