"""The check-in write's hand-written look-ups answer exactly what the ORM's querysets answer."""
# The key result's look-up is the API check-in's one locked read (services.check_in_record_visible).

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cairn.api import selectors
from cairn.api.models import ApiToken
from cairn.api.tokens import token_create, token_lookup, token_revoke
from cairn.okrs.models import KeyResult, Visibility
from cairn.okrs.services.check_ins import _locked_visible
from tests.factories import KeyResultFactory, ObjectiveFactory, TeamFactory


@pytest.fixture
def key_results(world):
    """One key result per visibility case, in Acme and in the outsider's organisation."""
    other_team = TeamFactory(organisation=world.organisation, name="Sales", slug="sales")
    shared = ObjectiveFactory(cycle=world.cycle, owner=world.admin, visibility=Visibility.PRIVATE)
    shared.shared_with.add(world.viewer)
    team_shared = ObjectiveFactory(
        cycle=world.cycle, owner=world.admin, visibility=Visibility.TEAM, team=other_team
    )
    team_shared.shared_with.add(world.member)
    objectives = [
        world.objective,  # public, the member's, in Support
        ObjectiveFactory(cycle=world.cycle, owner=world.admin, visibility=Visibility.TEAM),
        ObjectiveFactory(
            cycle=world.cycle, owner=world.admin, visibility=Visibility.TEAM, team=world.team
        ),
        ObjectiveFactory(
            cycle=world.cycle, owner=world.admin, visibility=Visibility.TEAM, team=other_team
        ),
        ObjectiveFactory(cycle=world.cycle, owner=world.member, visibility=Visibility.PRIVATE),
        ObjectiveFactory(cycle=world.cycle, owner=world.admin, visibility=Visibility.PRIVATE),
        shared,
        team_shared,
        ObjectiveFactory(owner=world.outsider, cycle__organisation=world.outsider.organisation),
    ]
    return [KeyResultFactory(objective=objective) for objective in objectives]


def test_the_key_result_look_up_sees_what_the_visibility_filter_sees(world, key_results):
    people = [world.admin, world.lead, world.member, world.viewer, world.outsider]
    for person in people:
        for kr in key_results:
            try:
                expected = selectors.one(selectors.key_results(person), kr.pk)
            except Http404:
                expected = None
            try:
                found = _locked_visible(person, kr.pk)
            except KeyResult.DoesNotExist:
                found = None
            assert (found is None) == (expected is None), (person, kr.objective)
            if found is not None:
                assert [getattr(found, f.attname) for f in found._meta.concrete_fields] == [
                    getattr(expected, f.attname) for f in expected._meta.concrete_fields
                ]


def test_the_key_result_comes_with_its_objective_cycle_and_organisation(world, key_results):
    found = _locked_visible(world.admin, key_results[0].pk)
    with CaptureQueriesContext(connection) as queries:
        assert found.objective.cycle.pk == world.cycle.pk
        assert found.organisation.pk == world.organisation.pk
        assert found.objective.title == "Make support feel effortless"
    assert len(queries) == 0
    with pytest.raises(KeyResult.DoesNotExist):
        _locked_visible(world.admin, 10**9)


def test_the_token_look_up_loads_what_select_related_loads(world):
    made = token_create(person=world.member, name="script", expires_days=30)
    found = token_lookup(made.plaintext)
    expected = ApiToken.objects.select_related("person__organisation", "person__user").get(
        pk=made.token.pk
    )
    with CaptureQueriesContext(connection) as queries:
        assert found.person.user.email == "member@acme.test"
        assert found.person.organisation.slug == "acme"
    assert len(queries) == 0
    assert found.expires_at == expected.expires_at  # a datetime on SQLite too
    assert found.expires_at > timezone.now() + timedelta(days=29)
    assert found.created_at == expected.created_at
    assert found.person.is_active is True
    assert found.person.user.is_active is True
    assert token_lookup(made.plaintext[:-1] + "x") is None
    assert token_lookup("cairn_000000000000_nothing") is None
    token_revoke(token=made.token)
    assert token_lookup(made.plaintext) is None


def test_an_inactive_persons_token_is_refused(world):
    made = token_create(person=world.member, name="script")
    world.member.is_active = False
    world.member.save()
    assert token_lookup(made.plaintext) is None
