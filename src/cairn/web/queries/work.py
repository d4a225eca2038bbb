"""Reads for the work screens: a team's work and backlog, sprint pages, work item trees."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from cairn.execution.models import Sprint, WorkItem, WorkItemKind, WorkItemStatus
from cairn.execution.permissions import can_edit_work_item
from cairn.execution.selectors import visible_initiative_ids, work_items
from cairn.lib.ids import parse_id
from cairn.okrs.models import Initiative, KeyResult
from cairn.okrs.permissions import Access
from cairn.organisations.models import Organisation, Person, Team

OPEN = (WorkItemStatus.TODO, WorkItemStatus.IN_PROGRESS)
STATUS_FILTERS = ("open", "todo", "in_progress", "done", "cancelled", "all")
LIMIT = 100


def team_by_slug(organisation: Organisation, slug: str) -> Team:
    """Return the organisation's team with that slug, or raise Http404."""
    return get_object_or_404(Team, organisation=organisation, slug=slug)


def served_initiatives(team: Team) -> QuerySet[Initiative]:
    """Return the initiatives linked to a key result of one of the team's objectives."""
    return Initiative.objects.filter(pk__in=_served_links(team).values("initiative_id"))


def _served_links(team: Team) -> QuerySet:
    link = Initiative.key_results.through
    return link.objects.filter(
        keyresult__objective__team=team, keyresult__organisation_id=team.organisation_id
    ).order_by()


def served_initiative_ids(team: Team) -> list[int]:
    """Return the ids of served_initiatives, read from the team's objectives down.

    Through the link table: the team's objectives → their key results → linked initiatives
    by index (1 ms at 10,000 initiatives), where the initiatives' query read every initiative
    of the organisation and sorted them (10 ms).
    """
    return list(_served_links(team).values_list("initiative_id", flat=True).distinct())


def team_work(person: Person, team: Team) -> QuerySet[WorkItem]:
    """Return the visible items the team owns, or that serve its initiatives unowned."""
    # Ids first: an OR of two index lookups, rather than a subquery SQLite cannot index.
    served = served_initiative_ids(team)
    organisation_id = team.organisation_id
    return work_items(person).filter(
        Q(organisation_id=organisation_id, team=team)
        | Q(organisation_id=organisation_id, team__isnull=True, initiative_id__in=served)
    )


def with_rights(queryset: QuerySet[WorkItem]) -> QuerySet[WorkItem]:
    """Load what listing an item and deciding who may edit it needs, in constant queries."""
    key_results = KeyResult.objects.select_related("objective__cycle").prefetch_related(
        "contributors"
    )
    return queryset.select_related("assignee__user", "initiative", "parent").prefetch_related(
        Prefetch("initiative__key_results", queryset=key_results)
    )


def mark_editable(person: Person, items: Iterable[WorkItem]) -> None:
    """Set `editable` on each item (who may change it, by the execution rules)."""
    access = Access(person)
    for item in items:
        item.editable = can_edit_work_item(access, item)  # type: ignore[attr-defined]


@dataclass
class BacklogFilter:
    """The backlog's filters, read from the query string (bad values are ignored)."""

    initiative: int | None = None
    key_result: int | None = None
    status: str = "open"

    @classmethod
    def from_query(cls, query: dict) -> BacklogFilter:
        status = query.get("status", "open")
        return cls(
            initiative=parse_id(query.get("initiative")),
            key_result=parse_id(query.get("key_result")),
            status=status if status in STATUS_FILTERS else "open",
        )

    def apply(self, queryset: QuerySet[WorkItem]) -> QuerySet[WorkItem]:
        if self.initiative:
            queryset = queryset.filter(initiative_id=self.initiative)
        if self.key_result:
            queryset = queryset.filter(
                initiative_id__in=Initiative.objects.filter(key_results=self.key_result).values(
                    "pk"
                )
            )
        if self.status == "open":
            return queryset.filter(status__in=OPEN)
        if self.status != "all":
            return queryset.filter(status=self.status)
        return queryset


def backlog(person: Person, team: Team, chosen: BacklogFilter) -> QuerySet[WorkItem]:
    """Return the team's stories and stand-alone tasks that are in no sprint, by rank."""
    level = Q(kind=WorkItemKind.STORY) | Q(
        Q(parent__isnull=True) | Q(parent__kind=WorkItemKind.EPIC), kind=WorkItemKind.TASK
    )
    found = team_work(person, team).filter(level, sprint__isnull=True)
    return chosen.apply(found).order_by("rank", "id")


@dataclass
class Listing:
    """The first `LIMIT` rows of a list and how many there are in all."""

    rows: list
    count: int

    @property
    def more(self) -> int:
        return max(0, self.count - len(self.rows))


def listing(
    person: Person, queryset: QuerySet[WorkItem], limit: int = LIMIT, *, count: bool = True
) -> Listing:
    """Return the first rows (with edit rights) and the count of the whole list.

    Without `count`, a longer list reports `limit + 1`: there are more, not how many.
    """
    rows = list(with_rights(queryset)[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    mark_editable(person, rows)
    total = queryset.count() if more and count else len(rows) + more
    return Listing(rows, total)


def sprint_for(person: Person, pk: int) -> Sprint:
    """Return a sprint of the person's organisation, or raise Http404."""
    return get_object_or_404(
        Sprint.objects.select_related("team").filter(organisation_id=person.organisation_id),
        pk=pk,
    )


def item_for(person: Person, pk: int) -> WorkItem:
    """Return a work item the person may see, with what its page needs, or raise Http404."""
    item = get_object_or_404(
        with_rights(work_items(person)).select_related("sprint", "team"), pk=pk
    )
    mark_editable(person, [item])
    return item


def linkable_initiatives(person: Person, limit: int = 300) -> list[Initiative]:
    """Return visible initiatives of open cycles, each with a `label` naming its key results."""
    found = Initiative.objects.filter(organisation_id=person.organisation_id).exclude(
        key_results__objective__cycle__state="closed"
    )
    if not Access(person).is_admin:
        found = found.filter(pk__in=visible_initiative_ids(person))
    initiatives = list(
        found.distinct().prefetch_related("key_results").order_by("title", "id")[:limit]
    )
    for initiative in initiatives:
        served = ", ".join(kr.title for kr in initiative.key_results.all())
        initiative.label = f"{initiative.title} → {served}" if served else initiative.title  # type: ignore[attr-defined]
    return initiatives


def active_people(organisation: Organisation) -> QuerySet[Person]:
    """Return the organisation's active people, by name."""
    return (
        Person.objects.filter(organisation=organisation, is_active=True)
        .select_related("user")
        .order_by("user__first_name", "user__last_name", "id")
    )
