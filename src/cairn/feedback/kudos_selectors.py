"""Reads of recognition: kudos walls (organisation, team, person), counts, reached key results."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet

from cairn.feedback.models import KeyResultReached, Kudos
from cairn.okrs.models import KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person, Team


@dataclass
class KudosRow:
    """One kudos on a wall, with what it was for when the reader may see that."""

    kudos: Kudos
    key_result: KeyResult | None = None
    initiative_title: str = ""


def kudos_in(organisation_id: int) -> QuerySet[Kudos]:
    """Return the organisation's kudos, newest first, with what a wall shows loaded."""
    return Kudos.objects.filter(organisation_id=organisation_id).select_related(
        "giver__user", "person__user", "team", "key_result", "initiative"
    )


def for_team(team: Team) -> QuerySet[Kudos]:
    return kudos_in(team.organisation_id).filter(team=team)


def for_person(person: Person) -> QuerySet[Kudos]:
    return kudos_in(person.organisation_id).filter(person=person)


def rows_for(reader: Person, kudos: list[Kudos]) -> list[KudosRow]:
    """Return wall rows; a linked key result the reader cannot see is left out (two queries)."""
    objective_ids = {k.key_result.objective_id for k in kudos if k.key_result}
    initiative_ids = {k.initiative_id for k in kudos if k.initiative_id}
    objective_ids |= set(
        KeyResult.objects.filter(initiatives__in=initiative_ids).values_list(
            "objective_id", flat=True
        )
    ) if initiative_ids else set()  # fmt: skip
    visible = set(
        Objective.objects.filter(Access(reader).objective_filter(), pk__in=objective_ids)
        .values_list("pk", flat=True)
    ) if objective_ids else set()  # fmt: skip
    shown_initiatives = set(
        KeyResult.objects.filter(initiatives__in=initiative_ids, objective_id__in=visible)
        .values_list("initiatives", flat=True)
    ) if initiative_ids and visible else set()  # fmt: skip
    rows = []
    for item in kudos:
        kr = (
            item.key_result if item.key_result and item.key_result.objective_id in visible else None
        )
        title = item.initiative.title if item.initiative_id in shown_initiatives else ""
        rows.append(KudosRow(item, kr, title))
    return rows


def received_counts(person: Person) -> dict[str, int]:
    """Return how many kudos the person received and gave (one query)."""
    counts = Kudos.objects.filter(organisation_id=person.organisation_id).aggregate(
        received=Count("pk", filter=Q(person=person)),
        given=Count("pk", filter=Q(giver=person)),
    )
    return {"received": counts["received"] or 0, "given": counts["given"] or 0}


@dataclass
class Recognition:
    """A reached key result of an objective: whom to thank and whether the reader already did."""

    key_result: KeyResult
    reached: KeyResultReached
    people: list[Person] = field(default_factory=list)
    thanked: bool = False


def recognitions(reader: Person, objective: Objective) -> list[Recognition]:
    """Return the objective's reached key results with their owner and contributors (3 queries)."""
    reached = list(
        KeyResultReached.objects.filter(
            key_result__objective=objective, key_result__progress__gte=1
        )
        .select_related("key_result__owner__user")
        .prefetch_related("key_result__contributors__user")
        .order_by("-reached_at")
    )
    if not reached:
        return []
    thanked = set(
        Kudos.objects.filter(
            giver=reader, key_result__in=[r.key_result_id for r in reached]
        ).values_list("key_result_id", flat=True)
    )
    out = []
    for row in reached:
        kr = row.key_result
        people = [p for p in [kr.owner, *kr.contributors.all()] if p is not None]
        people = [p for i, p in enumerate(people) if p.pk not in {q.pk for q in people[:i]}]
        out.append(Recognition(kr, row, people, kr.pk in thanked))
    return out
