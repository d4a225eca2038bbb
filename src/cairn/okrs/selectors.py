"""Reads of OKR data for people: my key results, an objective's page, alignment search.

Every query is scoped to the person's organisation and, for objectives, to what they may see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from cairn.okrs import measures
from cairn.okrs.models import (
    Change,
    CheckIn,
    Cycle,
    CycleState,
    Follow,
    Initiative,
    KeyResult,
    Objective,
)
from cairn.okrs.permissions import Access
from cairn.organisations.models import Organisation, Person

OPEN_STATES = (CycleState.PLANNING, CycleState.ACTIVE)
SEARCH_LIMIT = 15


@dataclass
class KeyResultRow:
    """A key result with what a person needs at a glance: pace, staleness, due for check-in."""

    key_result: KeyResult
    pace: measures.Pace
    stale: bool
    due: bool

    @property
    def at_risk(self) -> bool:
        return self.pace.status in ("at_risk", "off_track")


def visible_objectives(person: Person) -> QuerySet[Objective]:
    """Return the objectives the person may see."""
    return Objective.objects.filter(Access(person).objective_filter())


def objective_for(person: Person, pk: int) -> Objective:
    """Return a visible objective of the person's organisation, or raise Http404."""
    # The parent fetched after, when there is one: eight joined tables cost PostgreSQL more to
    # plan (10-30 ms) than to run (0.3 ms).
    queryset = (
        Objective.objects.select_related("cycle", "team", "owner__user")
        .prefetch_related("parent_objective", "parent_key_result__objective")
        .filter(organisation_id=person.organisation_id)
    )
    objective = get_object_or_404(queryset, pk=pk)
    if not Access(person).can_view_objective(objective):
        raise_not_found()
    return objective


def key_result_for(person: Person, pk: int) -> KeyResult:
    """Return a key result on a visible objective of the person's organisation, or 404."""
    queryset = KeyResult.objects.select_related(
        "objective__cycle", "objective__team", "owner__user"
    ).filter(organisation_id=person.organisation_id)
    key_result = get_object_or_404(queryset, pk=pk)
    if not Access(person).can_view_objective(key_result.objective):
        raise_not_found()
    return key_result


def initiative_for(person: Person, pk: int) -> Initiative:
    """Return an initiative of the person's organisation, or 404."""
    return get_object_or_404(
        Initiative.objects.filter(organisation_id=person.organisation_id), pk=pk
    )


def raise_not_found() -> None:
    raise Http404


def my_key_results(person: Person) -> QuerySet[KeyResult]:
    """Return the key results the person owns or contributes to, in open cycles."""
    # Ids first (each lookup uses its own index), then one query by primary key: an OR of an
    # owner match and a contributors join made SQLite scan the organisation's key results.
    owned = KeyResult.objects.filter(owner=person, organisation_id=person.organisation_id)
    contributing = KeyResult.contributors.through.objects.filter(person_id=person.pk)
    ids = [
        *owned.values_list("id", flat=True),
        *contributing.values_list("keyresult_id", flat=True),
    ]
    return (
        KeyResult.objects.filter(pk__in=ids, organisation_id=person.organisation_id)
        .filter(objective__cycle__state__in=OPEN_STATES)
        .select_related("objective__cycle", "owner__user")
        .order_by("objective__cycle__start", "objective_id", "position", "id")
    )


def is_due(key_result: KeyResult, organisation: Organisation, now: datetime) -> bool:
    """Return True when the key result has no check-in in the current cadence period."""
    last = key_result.last_check_in_at
    period = timedelta(days=organisation.check_in_cadence_days) - timedelta(hours=12)
    return last is None or now - last >= period


def key_result_row(
    key_result: KeyResult, organisation: Organisation, now: datetime | None = None
) -> KeyResultRow:
    """Return a key result with its pace, staleness and whether a check-in is due."""
    now = now or timezone.now()
    return KeyResultRow(
        key_result=key_result,
        pace=measures.pace(key_result, key_result.objective.cycle, organisation, now),
        stale=measures.is_stale(key_result, organisation, now),
        due=is_due(key_result, organisation, now),
    )


def key_result_rows(key_results: QuerySet[KeyResult] | list[KeyResult], person: Person) -> list:
    """Return rows for each key result, computed at one moment."""
    now = timezone.now()
    return [key_result_row(kr, person.organisation, now) for kr in key_results]


@dataclass
class Activity:
    """One line of recent activity: a change, a check-in or a comment."""

    at: datetime
    actor: Person | None
    objective: Objective | None
    key_result: KeyResult | None
    change: Change | None = None
    check_in: CheckIn | None = None
    kudos: Any = None  # cairn.feedback: a Kudos
    feedback_request: Any = None  # cairn.feedback: a FeedbackRequest (never its answers)
    comment: object | None = None  # a conversations.Comment (that app builds on this one)
    excerpt: str = ""


def watched_objective_ids(person: Person) -> list[int]:
    """Return the ids of the objectives the person owns or follows, in one query.

    Two index lookups joined by UNION: `owner = me OR id IN (my follows)` made PostgreSQL read
    all 112,000 objectives of a 10,000-person organisation (65 ms) to return twenty ids.
    """
    owned = Objective.objects.filter(owner=person, organisation_id=person.organisation_id)
    followed = Follow.objects.filter(
        person=person, objective__organisation_id=person.organisation_id
    )
    ids = owned.order_by().values_list("id").union(followed.order_by().values_list("objective_id"))
    return [pk for (pk,) in ids]


def recent_activity(person: Person, limit: int = 12) -> list[Activity]:
    """Return the latest changes and check-ins on objectives the person owns or follows."""
    watched = watched_objective_ids(person)
    changes = Change.objects.filter(
        objective_id__in=watched, organisation_id=person.organisation_id
    ).exclude(actor=person)
    return _activity(changes, watched, limit)


def objectives_activity(objective_ids: list[int], limit: int = 12) -> list[Activity]:
    """Return the latest changes and check-ins on the objectives (a team's page), newest first."""
    changes = Change.objects.filter(objective_id__in=objective_ids).order_by("-at", "-id")
    return _activity(changes, objective_ids, limit)


def _activity(changes: QuerySet[Change], objective_ids: list[int], limit: int) -> list[Activity]:
    """Return the latest of the changes and of the check-ins on the objectives' key results."""
    # Alignment is also recorded by ids for time travel; those rows are not for reading.
    changes = changes.exclude(field__in=Change.ID_ONLY_FIELDS)
    changes = changes.select_related("actor__user", "objective", "key_result")[:limit]
    # Filter by key result ids so the (key_result, checked_in_at) index is used rather than a
    # scan of every check-in in the organisation.
    key_results = list(
        KeyResult.objects.filter(objective_id__in=objective_ids).values_list("id", flat=True)
    )
    # The newest ids first, from the check-ins alone, then those rows with their authors: joined
    # before the limit, PostgreSQL hashed every person and user to sort 940 rows (56 ms).
    newest = CheckIn.objects.filter(key_result_id__in=key_results).order_by("-recorded_at", "-id")
    check_ins = (
        CheckIn.objects.filter(pk__in=newest.values("pk")[:limit])
        .select_related("author__user", "key_result__objective")
        .order_by("-recorded_at", "-id")
    )
    items = [Activity(c.at, c.actor, c.objective, c.key_result, change=c) for c in changes]
    items += [
        Activity(c.recorded_at, c.author, c.key_result.objective, c.key_result, check_in=c)
        for c in check_ins
    ]
    return sorted(items, key=lambda item: item.at, reverse=True)[:limit]


def objective_page(objective: Objective) -> list[KeyResult]:
    """Return the objective's key results with check-ins, initiatives and contributors loaded."""
    # Authors by id after the check-ins: joined, PostgreSQL hashed all 10,000 people of a large
    # organisation to name the authors of forty check-ins (28 ms).
    check_ins = CheckIn.objects.order_by("checked_in_at", "id")
    return list(
        objective.key_results.select_related("owner__user", "follows_kpi").prefetch_related(
            Prefetch("check_ins", queryset=check_ins),
            Prefetch("check_ins__author", queryset=Person.objects.select_related("user")),
            Prefetch("initiatives", queryset=Initiative.objects.select_related("owner__user")),
            "contributors",
        )
    )


@dataclass
class History:
    """A key result's check-ins, oldest first, and the ids of the corrected ones."""

    check_ins: list[CheckIn]
    corrected: set[int] = field(default_factory=set)

    @property
    def effective(self) -> list[CheckIn]:
        return [c for c in self.check_ins if c.pk not in self.corrected]

    def newest(self, limit: int | None) -> list[CheckIn]:
        """Return the newest check-ins first, at most `limit` of them (None: all)."""
        rows = self.check_ins[::-1]
        return rows if limit is None else rows[:limit]


def history(key_result: KeyResult) -> History:
    """Return a key result's (prefetched) check-in history."""
    rows = list(key_result.check_ins.all())
    return History(rows, {c.corrects_id for c in rows if c.corrects_id})


def aligned_children(
    person: Person, objective: Objective, key_result_ids: list[int] | None = None
) -> list[Objective]:
    """Return the visible objectives aligned to this objective or to one of its key results.

    The key results are named by id (`key_result_ids` when the caller has them loaded): with a
    join SQLite scanned every objective, and with a subquery PostgreSQL scanned them all and
    hashed every key result; with a list both use the two parent indexes.
    """
    if key_result_ids is None:
        key_result_ids = list(objective.key_results.values_list("id", flat=True))
    return list(
        visible_objectives(person)
        .filter(Q(parent_objective=objective) | Q(parent_key_result_id__in=key_result_ids))
        .select_related("owner__user", "team", "parent_key_result")
        .order_by("title")
    )


def objective_changes(objective: Objective, limit: int = 20) -> list[Change]:
    """Return the objective's latest changes, newest first."""
    changes = objective.changes.exclude(field__in=Change.ID_ONLY_FIELDS)
    return list(changes.select_related("actor__user", "key_result")[:limit])


def alignment_candidates(
    person: Person, query: str, exclude: Objective | None = None
) -> tuple[list[Objective], list[KeyResult]]:
    """Return visible objectives and key results in open cycles whose title matches."""
    query = query.strip()
    if not query:
        return [], []
    objectives = visible_objectives(person).filter(
        cycle__state__in=OPEN_STATES, title__icontains=query
    )
    key_results = KeyResult.objects.filter(
        objective__in=visible_objectives(person).filter(cycle__state__in=OPEN_STATES),
        title__icontains=query,
    )
    if exclude is not None:
        objectives = objectives.exclude(pk=exclude.pk)
        key_results = key_results.exclude(objective=exclude)
    objectives = objectives.select_related("cycle", "team").order_by("title")[:SEARCH_LIMIT]
    key_results = key_results.select_related("objective__cycle").order_by("title")[:SEARCH_LIMIT]
    return list(objectives), list(key_results)


def open_cycles(person: Person) -> QuerySet:
    """Return the organisation's cycles that still take objectives, active first."""
    return Cycle.objects.filter(
        organisation_id=person.organisation_id, state__in=OPEN_STATES
    ).order_by("state", "-start")


def organisation_has_cycles(person: Person) -> bool:
    """Return True when the organisation has created any cycle."""
    return person.organisation.cycles.exists()
