"""Reads of recognition: kudos walls (organisation, team, person), counts, reached key results."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet

from cairn.feedback.models import KeyResultReached, Kudos
from cairn.okrs.models import Initiative, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person, Team


@dataclass
class KudosRow:
    """One kudos on a wall, with what it was for when the reader may see that."""

    kudos: Kudos
    key_result: KeyResult | None = None
    initiative_title: str = ""


def kudos_in(organisation_id: int) -> QuerySet[Kudos]:
    """Return the organisation's kudos, newest first, with what a wall shows loaded.

    People are joined; the rest is fetched after, and only when a row names it: joining eight
    tables cost PostgreSQL more to plan (10-25 ms) than to run, even for no kudos at all.
    """
    return (
        Kudos.objects.filter(organisation_id=organisation_id)
        .select_related("giver__user", "person__user")
        .prefetch_related("team", "key_result", "initiative")
    )


def for_team(team: Team) -> QuerySet[Kudos]:
    return kudos_in(team.organisation_id).filter(team=team)


def for_person(person: Person) -> QuerySet[Kudos]:
    return kudos_in(person.organisation_id).filter(person=person)


def _visible(reader: Person, objective_ids: set[int]) -> set[int]:
    """Return which of the objectives the reader may see (one query, none for an empty set)."""
    if not objective_ids:
        return set()
    found = Objective.objects.filter(Access(reader).objective_filter(), pk__in=objective_ids)
    return set(found.values_list("pk", flat=True))


def _initiative_objectives(initiative_ids: set[int]) -> dict[int, set[int]]:
    """Return {initiative id: ids of the objectives its key results belong to} (one query)."""
    if not initiative_ids:
        return {}
    pairs = Initiative.key_results.through.objects.filter(initiative_id__in=initiative_ids)
    found: dict[int, set[int]] = {}
    for initiative_id, objective_id in pairs.values_list(
        "initiative_id", "keyresult__objective_id"
    ):
        found.setdefault(initiative_id, set()).add(objective_id)
    return found


def rows_for(reader: Person, kudos: list[Kudos]) -> list[KudosRow]:
    """Return wall rows; what a kudos is for is named only when the reader may see it."""
    by_initiative = _initiative_objectives({k.initiative_id for k in kudos if k.initiative_id})
    wanted = {k.key_result.objective_id for k in kudos if k.key_result}
    wanted |= {o for objectives in by_initiative.values() for o in objectives}
    visible = _visible(reader, wanted)
    rows = []
    for item in kudos:
        kr = item.key_result
        shown_kr = kr if kr is not None and kr.objective_id in visible else None
        linked = by_initiative.get(item.initiative_id or 0, set())
        title = item.initiative.title if item.initiative and linked & visible else ""
        rows.append(KudosRow(item, shown_kr, title))
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
