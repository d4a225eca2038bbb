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


def test_a_lead_reaches_the_teams_below_theirs(world, objectives):
    reach = reaches([world.lead, world.member])
    tier2 = next(o.team_id for o in objectives if o.team and o.team.slug == "tier2")
    assert tier2 in reach[world.lead.pk].lead_scope
    assert tier2 not in reach[world.member.pk].lead_scope
