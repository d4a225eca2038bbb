"""`may_see` (the scheduler's visibility for many readers) agrees with `Access.objective_filter`."""

from __future__ import annotations

import pytest

from cairn.okrs.models import Objective, Visibility
from cairn.okrs.permissions import Access, may_see, reaches, shared_pairs
from tests.factories import (
    CycleFactory,
    MembershipFactory,
    ObjectiveFactory,
    PersonFactory,
    TeamFactory,
)


@pytest.fixture
def objectives(world):
    """Objectives of every visibility: the company's, the team's, a sub-team's, shared, others'."""
    sub = TeamFactory(
        organisation=world.organisation, name="Tier 2", slug="tier2", parent=world.team
    )
    other = TeamFactory(organisation=world.organisation, name="Sales", slug="sales")
    stranger = PersonFactory(organisation=world.organisation)
    MembershipFactory(team=other, person=stranger)
    made = [world.objective]
    for visibility in Visibility.values:
        for team in (None, world.team, sub, other):
            made.append(
                ObjectiveFactory(
                    cycle=world.cycle, team=team, owner=stranger, visibility=visibility
                )
            )
    private = ObjectiveFactory(
        cycle=world.cycle, owner=stranger, visibility=Visibility.PRIVATE, team=other
    )
    private.shared_with.add(world.member)
    made.append(private)
    # a team objective of another team, shared with a member outside that team
    shared_team = ObjectiveFactory(
        cycle=world.cycle, owner=stranger, visibility=Visibility.TEAM, team=other
    )
    shared_team.shared_with.add(world.member)
    made.append(shared_team)
    theirs = CycleFactory(organisation=world.outsider.organisation)
    made.append(ObjectiveFactory(cycle=theirs, owner=world.outsider, visibility=Visibility.TEAM))
    return made


def test_it_selects_what_the_objective_filter_selects_for_every_persona(world, objectives):
    people = [world.admin, world.lead, world.member, world.viewer, world.outsider]
    reach = reaches(people)
    shared = shared_pairs(people, [o.pk for o in objectives])
    for person in people:
        expected = set(
            Objective.objects.filter(
                Access(person).objective_filter(), pk__in=[o.pk for o in objectives]
            ).values_list("pk", flat=True)
        )
        got = {o.pk for o in objectives if may_see(person, reach[person.pk], o, shared)}
        assert got == expected, person
        assert expected  # everyone sees something, so the comparison means something


def test_one_objective_is_seen_by_those_the_filter_selects(world, objectives):
    # The object page (can_view_objective) and the lists (objective_filter) agree, a team
    # objective shared with someone outside the team included.
    for person in [world.admin, world.lead, world.member, world.viewer, world.outsider]:
        access = Access(person)
        listed = set(
            Objective.objects.filter(
                access.objective_filter(), pk__in=[o.pk for o in objectives]
            ).values_list("pk", flat=True)
        )
        assert {o.pk for o in objectives if access.can_view_objective(o)} == listed, person
    shared_team = objectives[-2]  # the fixture's team objective shared outside its team
    assert (
        shared_team.visibility == Visibility.TEAM
        and shared_team.team not in world.member.teams.all()
    )
    assert Access(world.member).can_view_objective(shared_team)


def test_a_lead_reaches_the_teams_below_theirs(world, objectives):
    reach = reaches([world.lead, world.member])
    tier2 = next(o.team_id for o in objectives if o.team and o.team.slug == "tier2")
    assert tier2 in reach[world.lead.pk].lead_scope
    assert tier2 not in reach[world.member.pk].lead_scope
