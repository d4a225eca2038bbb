"""Team and person pages, the people list and the team tree."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from cairn.okrs.models import Cycle, KeyResult
from cairn.okrs.permissions import Access
from cairn.okrs.selectors import Activity, objectives_activity
from cairn.organisations.models import Organisation, Person, Team, TeamMembership
from cairn.organisations.selectors import name_matches
from cairn.web.queries.board import BoardRow, board_rows, team_order, with_last_check_in
from cairn.web.queries.common import (
    Discipline,
    ObjectiveView,
    check_in_discipline,
    objective_views,
    progress_summary,
    visible_objectives,
)


def team_in(organisation: Organisation, team_id: object) -> Team:
    """Return the organisation's team with that id, or raise Http404."""
    return get_object_or_404(
        Team.objects.select_related("parent"), organisation=organisation, pk=team_id
    )


def person_in(organisation: Organisation, person_id: object) -> Person:
    """Return the organisation's person with that id, or raise Http404."""
    return get_object_or_404(
        Person.objects.select_related("user", "manager__user"),
        organisation=organisation,
        pk=person_id,
    )


@dataclass
class OkrPage:
    cycle: Cycle | None
    objectives: list[ObjectiveView]
    summary: int
    discipline: Discipline
    rows: list[BoardRow] = field(default_factory=list)  # the objectives as the board draws them


def _okr_page(access: Access, cycle: Cycle | None, objectives, key_results) -> OkrPage:
    """Return the objectives with their KRs, the progress summary and check-in discipline."""
    if cycle is None:
        return OkrPage(None, [], 0, Discipline(0, 0))
    organisation = access.person.organisation
    now = timezone.now()
    objectives = objectives.filter(cycle=cycle).order_by("position", "pk")
    views = objective_views(
        with_last_check_in(objectives),
        organisation,
        {cycle.pk: cycle},
        now,
        objectives.values("pk"),
    )
    discipline = check_in_discipline(key_results, cycle, organisation, now)
    return OkrPage(cycle, views, progress_summary(views), discipline, board_rows(views, now))


def team_page(access: Access, team: Team, cycle: Cycle | None) -> OkrPage:
    """Return the team's visible objectives in the cycle with its summary and discipline."""
    objectives = visible_objectives(access).filter(team=team)
    key_results = KeyResult.objects.filter(
        objective__in=objectives.filter(cycle=cycle).values("pk")
    ).only("pk", "last_check_in_at")
    return _okr_page(access, cycle, objectives, key_results)


def team_activity(access: Access, team: Team, cycle: Cycle | None) -> list[Activity]:
    """Return the latest changes and check-ins on the team's objectives the reader may see."""
    if cycle is None:
        return []
    ids = list(
        visible_objectives(access).filter(team=team, cycle=cycle).values_list("pk", flat=True)
    )
    return objectives_activity(ids) if ids else []


def person_page(access: Access, person: Person, cycle: Cycle | None) -> OkrPage:
    """Return the person's visible objectives in the cycle, with discipline over the KRs they own."""
    objectives = visible_objectives(access).filter(owner=person)
    key_results = KeyResult.objects.filter(
        owner=person,
        objective__in=visible_objectives(access).filter(cycle=cycle).values("pk"),
    ).only("pk", "last_check_in_at")
    return _okr_page(access, cycle, objectives, key_results)


def team_memberships(team: Team) -> QuerySet[TeamMembership]:
    """Return the team's memberships, leads first, with people loaded."""
    return team.memberships.select_related("person__user").order_by(
        "-is_lead", "person__user__first_name"
    )


def person_memberships(person: Person) -> QuerySet[TeamMembership]:
    """Return the teams the person belongs to."""
    return person.memberships.select_related("team").order_by("team__name")


def people_list(organisation: Organisation, q: str = "") -> QuerySet[Person]:
    """Return the organisation's people with users, managers and team memberships prefetched."""
    people = Person.objects.filter(organisation=organisation).select_related(
        "user", "manager__user"
    )
    if q:
        people = people.filter(name_matches(q, email_anywhere=True))
    memberships = TeamMembership.objects.select_related("team").order_by("team__name")
    return people.prefetch_related(Prefetch("memberships", queryset=memberships))


@dataclass
class TeamTreeRow:
    team: Team
    depth: int


def team_tree(organisation: Organisation) -> list[TeamTreeRow]:
    """Return every team depth-first with member, sub-team and objective counts."""
    teams = list(
        Team.objects.filter(organisation=organisation)
        .annotate(
            member_count=Count("memberships", distinct=True),
            child_count=Count("children", distinct=True),
        )
        .order_by("name")
    )
    return [TeamTreeRow(team, depth) for team, depth in team_order(teams)]
