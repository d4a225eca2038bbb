"""The coach's view of objectives in the database: drafts with their context (SPEC §5).

The rules themselves are pure Python in `cairn.coach`; this module turns rows into the drafts
they judge, with what the database knows (owner, alignment, initiatives, staleness).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone

from cairn.coach import CoachConfig, Finding, KeyResultDraft, ObjectiveDraft, review_objective
from cairn.okrs.models import CycleState, KeyResult, KeyResultKind, Objective


def key_result_type(kr: KeyResult) -> str:
    """Return increase, decrease, stay_above, stay_below or milestone for a stored key result."""
    if kr.kind != KeyResultKind.METRIC:
        return kr.kind
    if kr.start is None or kr.target is None:
        return "milestone"
    return "increase" if kr.target > kr.start else "decrease"


def key_result_draft(
    kr: KeyResult,
    *,
    has_initiative: bool | None,
    cycle_active: bool,
    cadence_days: int,
    now: datetime,
    emails: Mapping[int, str] | None = None,
) -> KeyResultDraft:
    """Return the coach's view of a stored key result.

    Owners' emails come from `emails` ({person id: email}) when given, else through
    kr.owner.user (join owner__user).
    """
    kind = key_result_type(kr)
    return KeyResultDraft(
        kr.title,
        owner=_owner_email(kr.owner_id, kr, emails),
        kind="milestone" if kind == "milestone" else "metric",
        start=kr.start,
        target=kr.target,
        unit=kr.unit or None,
        direction=None if kind == "milestone" else kind,
        has_initiative=has_initiative,
        cycle_active=cycle_active,
        last_check_in_days_ago=_age_days(kr, now),
        cadence_days=cadence_days,
    )


def objective_draft(
    objective: Objective,
    key_results: Sequence[KeyResult],
    *,
    cadence_days: int,
    initiated: Collection[int] | None = None,
    owner_objective_count: int | None = None,
    cycle_active: bool | None = None,
    now: datetime | None = None,
    emails: Mapping[int, str] | None = None,
) -> ObjectiveDraft:
    """Return the coach's view of an objective and its key results, in the order given.

    `initiated` holds the ids of the key results with at least one initiative (None: unknown,
    so KR107 stays silent); `cycle_active` defaults to the state of the objective's cycle.
    Owners' emails come from `emails` ({person id: email}) when given, else through
    owner__user, so join it.
    """
    now = now or timezone.now()
    active = objective.cycle.state == CycleState.ACTIVE if cycle_active is None else cycle_active
    drafts = tuple(
        key_result_draft(
            kr,
            has_initiative=None if initiated is None else kr.pk in initiated,
            cycle_active=active,
            cadence_days=cadence_days,
            now=now,
            emails=emails,
        )
        for kr in key_results
    )
    aligned = bool(objective.parent_objective_id or objective.parent_key_result_id)
    return ObjectiveDraft(
        objective.title,
        owner=_owner_email(objective.owner_id, objective, emails),
        level="team" if objective.team_id else "company",
        aligned=aligned if objective.team_id else None,
        key_results=drafts,
        owner_objective_count=owner_objective_count,
    )


def owner_objective_count(objective: Objective) -> int | None:
    """Return how many objectives the owner has in the objective's cycle (one query)."""
    if objective.owner_id is None:
        return None
    return Objective.objects.filter(
        cycle_id=objective.cycle_id, owner_id=objective.owner_id
    ).count()


def initiated_ids(key_results: Sequence[KeyResult]) -> set[int]:
    """Return the ids of the key results with an initiative (prefetched initiatives: no query)."""
    return {kr.pk for kr in key_results if kr.initiatives.all()}


@dataclass(frozen=True)
class CoachReport:
    """The coach's findings on an objective page: about the objective, then per key result."""

    objective: list[Finding]
    key_results: list[tuple[KeyResult, list[Finding]]] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Return how many findings there are in all."""
        return len(self.objective) + sum(len(found) for _, found in self.key_results)

    @property
    def errors(self) -> int:
        """Return how many findings are errors."""
        every = [*self.objective, *(f for _, found in self.key_results for f in found)]
        return sum(1 for f in every if f.severity == "error")


def objective_report(
    objective: Objective,
    key_results: Sequence[KeyResult],
    config: CoachConfig,
    *,
    cadence_days: int,
    now: datetime | None = None,
) -> CoachReport:
    """Return the findings for an objective page whose key results have initiatives prefetched.

    Costs one query (the owner's objective count in the cycle) beyond what is loaded.
    """
    draft = objective_draft(
        objective,
        key_results,
        cadence_days=cadence_days,
        initiated=initiated_ids(key_results),
        owner_objective_count=owner_objective_count(objective),
        now=now,
    )
    findings = review_objective(draft, config)
    per_kr: list[list[Finding]] = [[] for _ in key_results]
    on_objective = []
    for finding in findings:
        index = finding.key_result_index
        if index is None:
            on_objective.append(finding)
        else:
            per_kr[index].append(finding)
    return CoachReport(on_objective, list(zip(key_results, per_kr, strict=True)))


def _email(person) -> str | None:
    return person.user.email if person is not None else None


def _owner_email(owner_id: int | None, row: Objective | KeyResult, emails) -> str | None:
    """Return the email of a row's owner, from the emails given or through the join."""
    if emails is None:
        return _email(row.owner)
    return emails.get(owner_id) if owner_id is not None else None


def _age_days(kr: KeyResult, now: datetime) -> float | None:
    """Return the days since the key result's last check-in, or None when never."""
    if kr.last_check_in_at is None:
        return None
    return (now - kr.last_check_in_at).total_seconds() / 86400
