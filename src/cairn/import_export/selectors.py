"""Reads for plain-text export and lint: a cycle as a Plan, plan keys, coach drafts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.utils import timezone

from cairn.coach import ObjectiveDraft
from cairn.execution.models import WorkItem
from cairn.okrs.coach import key_result_type, objective_draft
from cairn.okrs.models import Cycle, CycleState, Initiative, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person
from cairn.text.plan import Plan, PlanKeyResult, PlanObjective, PlanWork


def row_keys(cycle_ids: Iterable[int], exclude: Iterable[int] = ()) -> dict[tuple[str, int], str]:
    """Return {("o" or "k", pk): plan key} for every objective and key result of the cycles.

    Keys are what Plan.with_keys computes from the titles in each cycle, so an exported file
    and the database agree on them.
    """
    objectives = list(
        Objective.objects.filter(cycle_id__in=list(cycle_ids))
        .exclude(pk__in=list(exclude))
        .order_by("cycle_id", "position", "id")
        .values_list("id", "cycle_id", "title")
    )
    titles: dict[int, list[tuple[int, str]]] = defaultdict(list)
    rows = KeyResult.objects.filter(objective_id__in=[o[0] for o in objectives])
    for pk, objective_id, title in rows.order_by("position", "id").values_list(
        "id", "objective_id", "title"
    ):
        titles[objective_id].append((pk, title))
    keys: dict[tuple[str, int], str] = {}
    for cycle_id in dict.fromkeys(o[1] for o in objectives):
        mine = [o for o in objectives if o[1] == cycle_id]
        plan = Plan(
            objectives=tuple(
                PlanObjective(t, key_results=tuple(PlanKeyResult(k) for _, k in titles[pk]))
                for pk, _, t in mine
            )
        ).with_keys()
        for (pk, _, _), planned in zip(mine, plan.objectives, strict=True):
            keys["o", pk] = planned.key
            for (kr_pk, _), planned_kr in zip(titles[pk], planned.key_results, strict=True):
                keys["k", kr_pk] = planned_kr.key
    return keys


def keyed_rows(cycle_ids: Iterable[int], exclude: Iterable[int] = ()) -> dict:
    """Return {plan key: Objective or KeyResult} for the objectives of these cycles."""
    keys = row_keys(cycle_ids, exclude)
    objectives = Objective.objects.in_bulk([pk for kind, pk in keys if kind == "o"])
    krs = KeyResult.objects.select_related("objective__cycle").in_bulk(
        [pk for kind, pk in keys if kind == "k"]
    )
    found: dict = {}
    for (kind, pk), key in keys.items():
        found.setdefault(key, objectives[pk] if kind == "o" else krs[pk])
    return found


def visible_objectives(access: Access, cycle: Cycle) -> list[Objective]:
    """Return the cycle's objectives the person may see, owners, teams and parents joined."""
    return list(
        Objective.objects.filter(access.objective_filter(), cycle=cycle)
        .select_related("owner__user", "team", "parent_objective", "parent_key_result__objective")
        .order_by("position", "id")
    )


def key_results_of(objectives: list[Objective]) -> dict[int, list[KeyResult]]:
    """Return the key results of each objective, owners joined, in position order."""
    by_objective: dict[int, list[KeyResult]] = defaultdict(list)
    rows = KeyResult.objects.filter(objective__in=objectives).select_related("owner__user")
    for kr in rows.order_by("position", "id"):
        by_objective[kr.objective_id].append(kr)
    return by_objective


def initiative_lists(krs: dict[int, list[KeyResult]]) -> tuple[dict, dict]:
    """Return ({objective pk: [(id, title)]}, {key result pk: [(id, title)]}) of the initiatives.

    An initiative linked to every key result of one objective (two or more) belongs to the
    objective; any other initiative is listed under each key result it moves.
    """
    objective_of = {kr.pk: o for o, rows in krs.items() for kr in rows}
    links: dict[int, tuple[str, list[int]]] = {}
    rows = Initiative.key_results.through.objects.filter(keyresult_id__in=list(objective_of))
    for initiative_id, title, kr_id in rows.order_by(
        "initiative__due_date", "initiative_id", "keyresult_id"
    ).values_list("initiative_id", "initiative__title", "keyresult_id"):
        links.setdefault(initiative_id, (title, []))[1].append(kr_id)
    on_objective: dict[int, list[tuple[int, str]]] = defaultdict(list)
    on_kr: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for initiative_id, (title, kr_ids) in links.items():
        owners = {objective_of[k] for k in kr_ids}
        whole = len(owners) == 1 and len(kr_ids) > 1
        if whole and set(kr_ids) == {kr.pk for kr in krs[next(iter(owners))]}:
            on_objective[next(iter(owners))].append((initiative_id, title))
        else:
            for kr_id in kr_ids:
                on_kr[kr_id].append((initiative_id, title))
    return on_objective, on_kr


def initiative_titles(krs: dict[int, list[KeyResult]]) -> tuple[dict, dict]:
    """Return ({objective pk: titles}, {key result pk: titles}) of the initiatives."""
    on_objective, on_kr = initiative_lists(krs)
    titles = lambda pairs: [title for _id, title in pairs]  # noqa: E731
    return (
        defaultdict(list, {k: titles(v) for k, v in on_objective.items()}),
        defaultdict(list, {k: titles(v) for k, v in on_kr.items()}),
    )


def _email(person) -> str | None:
    return person.user.email if person is not None else None


def cycle_plan(access: Access, cycle: Cycle) -> Plan:
    """Return the cycle's objectives the person may see as a Plan, in a fixed few queries."""
    objectives = visible_objectives(access, cycle)
    krs = key_results_of(objectives)
    on_objective, on_kr = initiative_lists(krs)
    work = PlanWorkOf(on_objective, on_kr)
    parents = {
        o: o.parent_objective or getattr(o.parent_key_result, "objective", None) for o in objectives
    }
    shown = set(
        Objective.objects.filter(
            access.objective_filter(), pk__in=[p.pk for p in parents.values() if p]
        ).values_list("pk", flat=True)
    )
    cycles = {cycle.pk} | {p.cycle_id for p in parents.values() if p}
    keys = row_keys(cycles)
    planned = []
    for o in objectives:
        parent = parents[o]
        aligned = None
        if parent is not None and parent.pk in shown:
            aligned = keys.get(
                ("k", o.parent_key_result_id) if o.parent_key_result_id else ("o", parent.pk)
            )
        planned.append(
            PlanObjective(
                o.title, key=keys["o", o.pk], owner=_email(o.owner),
                team=o.team.name if o.team else None, kind=o.kind, visibility=o.visibility,
                weight=o.weight, aligned_to=aligned,
                key_results=tuple(_plan_key_result(kr, keys, on_kr, work) for kr in krs[o.pk]),
                initiatives=tuple(title for _id, title in on_objective[o.pk]),
                work=work.under(on_objective[o.pk]),
            )
        )  # fmt: skip
    return Plan(cycle=cycle.name, objectives=tuple(planned))


def _plan_key_result(kr: KeyResult, keys: dict, on_kr: dict, work: PlanWorkOf) -> PlanKeyResult:
    return PlanKeyResult(
        kr.title, key=keys["k", kr.pk], type=key_result_type(kr), start=kr.start, target=kr.target,
        current=kr.current, unit=kr.unit or None, weight=kr.weight, owner=_email(kr.owner),
        initiatives=tuple(title for _id, title in on_kr[kr.pk]), work=work.under(on_kr[kr.pk]),
    )  # fmt: skip


class PlanWorkOf:
    """The work items of the listed initiatives as PlanWork, read in one query.

    An initiative listed under several key results carries its work under the first only, so
    an import of the export writes each work item once.
    """

    def __init__(self, *listings: dict[int, list[tuple[int, str]]]) -> None:
        ids = {pk for listing in listings for pairs in listing.values() for pk, _t in pairs}
        self.children: dict[tuple[int, int | None], list[WorkItem]] = defaultdict(list)
        rows = WorkItem.objects.filter(initiative_id__in=ids).order_by("rank", "id")
        for item in rows.only(*_WORK_FIELDS):
            self.children[item.initiative_id, item.parent_id].append(item)  # type: ignore[index]
        self.given: set[int] = set()

    def under(self, pairs: list[tuple[int, str]]) -> tuple[PlanWork, ...]:
        """Return the work of these initiatives, initiative and parent as indexes."""
        work: list[PlanWork] = []

        def add(initiative: int, index: int, item: WorkItem, parent: int | None) -> None:
            work.append(
                PlanWork(
                    item.title,
                    _PLAN_KINDS.get(item.kind, "task"),
                    index,
                    parent,
                    item.status,
                    float(item.estimate_points) if item.estimate_points is not None else None,
                )  # fmt: skip
            )
            me = len(work) - 1
            for child in self.children[initiative, item.pk]:
                add(initiative, index, child, me)

        for index, (initiative, _title) in enumerate(pairs):
            if initiative in self.given:
                continue
            self.given.add(initiative)
            for item in self.children[initiative, None]:
                add(initiative, index, item, None)
        return tuple(work)


_WORK_FIELDS = ("id", "initiative_id", "parent_id", "kind", "title", "status", "estimate_points")
_PLAN_KINDS = {"epic": "epic", "story": "story", "task": "task", "subtask": "sub-task"}


def cycle_drafts(access: Access, cycle: Cycle) -> list[ObjectiveDraft]:
    """Return the coach's view of each visible objective of the cycle, context included."""
    return [draft for _objective, _krs, draft in cycle_review_rows(access, cycle)]


def cycle_review_rows(
    access: Access, cycle: Cycle
) -> list[tuple[Objective, list[KeyResult], ObjectiveDraft]]:
    """Return each visible objective of the cycle with its key results and the coach's view.

    Owners' emails are read once for the organisation rather than joined to every row: at
    thousands of objectives, building the joined people and users is most of the time.
    """
    objectives = list(
        Objective.objects.filter(access.objective_filter(), cycle=cycle).order_by("position", "id")
    )
    krs: dict[int, list[KeyResult]] = defaultdict(list)
    rows = KeyResult.objects.filter(objective_id__in=[o.pk for o in objectives])
    for kr in rows.order_by("position", "id"):
        krs[kr.objective_id].append(kr)
    on_objective, on_kr = initiative_titles(krs)
    emails = dict(
        Person.objects.filter(organisation_id=cycle.organisation_id).values_list(
            "id", "user__email"
        )
    )
    counts: dict[int | None, int] = defaultdict(int)
    for row in Objective.objects.filter(cycle=cycle).values_list("owner_id", flat=True):
        counts[row] += 1
    now, active = timezone.now(), cycle.state == CycleState.ACTIVE
    return [
        (o, krs[o.pk], objective_draft(
            o, krs[o.pk], cadence_days=cycle.organisation.check_in_cadence_days,
            initiated={kr.pk for kr in krs[o.pk] if on_kr[kr.pk] or on_objective[o.pk]},
            owner_objective_count=counts[o.owner_id] if o.owner_id else None,
            cycle_active=active, now=now, emails=emails,
        ))
        for o in objectives
    ]  # fmt: skip
