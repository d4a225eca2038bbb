"""Reads about people and the team tree."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Q, QuerySet

from cairn.organisations.models import Organisation, Person, Team, TeamMembership


def name_matches(query: str, *, email_anywhere: bool = False) -> Q:
    """Return a filter on people where each word typed matches a first name, a last name or the
    start of the email address: "Tom S" and "Tom Smith" find Tom Smith, which the whole query
    matches in neither name alone (at most five words count). With email_anywhere, the whole
    query found anywhere in the email address matches too ("viewer@", "@acme")."""
    matches = Q()
    for word in query.split()[:5]:
        matches &= (
            Q(user__first_name__icontains=word)
            | Q(user__last_name__icontains=word)
            | Q(user__email__istartswith=word)
        )
    if email_anywhere and query.strip():
        matches |= Q(user__email__icontains=query.strip())
    return matches


def team_parents(organisation: Organisation) -> dict[int, int | None]:
    """Return {team id: parent team id} for the whole organisation in one query."""
    return dict(Team.objects.filter(organisation=organisation).values_list("id", "parent_id"))


def team_ancestor_ids(parents: dict[int, int | None], team_id: int) -> list[int]:
    """Return the ids above a team, nearest first; stops on a loop."""
    seen: list[int] = []
    current = parents.get(team_id)
    while current is not None and current not in seen:
        seen.append(current)
        current = parents.get(current)
    return seen


def team_descendant_ids(parents: dict[int, int | None], roots: Iterable[int]) -> set[int]:
    """Return the given team ids and every team below them."""
    children: dict[int, list[int]] = defaultdict(list)
    for child, parent in parents.items():
        if parent is not None:
            children[parent].append(child)
    found: set[int] = set()
    stack = list(roots)
    while stack:
        team_id = stack.pop()
        if team_id in found:
            continue
        found.add(team_id)
        stack.extend(children[team_id])
    return found


def member_team_ids(person: Person) -> set[int]:
    """Return the ids of the teams the person belongs to (as member or lead)."""
    return set(TeamMembership.objects.filter(person=person).values_list("team_id", flat=True))


def led_team_ids(person: Person) -> set[int]:
    """Return the ids of the teams the person leads."""
    return set(
        TeamMembership.objects.filter(person=person, is_lead=True).values_list("team_id", flat=True)
    )


def people_of(organisation: Organisation) -> QuerySet[Person]:
    """Return the organisation's active people with their users."""
    return Person.objects.filter(organisation=organisation, is_active=True).select_related("user")
