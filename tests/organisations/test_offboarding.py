"""Offboarding: deactivating a person moves their open OKRs, ends sessions and revokes tokens."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from cairn.api.models import ApiToken
from cairn.api.tokens import token_create
from cairn.okrs.models import Change, CycleState, KeyResult, Objective
from cairn.organisations.models import Role
from cairn.organisations.offboarding import (
    offboarding_preview,
    person_deactivate,
    person_reactivate,
)
from tests.factories import CycleFactory, KeyResultFactory, ObjectiveFactory, PersonFactory


@pytest.fixture
def leaving(world):
    """The member owns an objective + KR in an active, a planning and a closed cycle."""
    planning = CycleFactory(organisation=world.organisation, name="Q4", state=CycleState.PLANNING)
    closed = CycleFactory(organisation=world.organisation, name="Q2", state=CycleState.CLOSED)
    grading = CycleFactory(organisation=world.organisation, name="Q1", state=CycleState.GRADING)
    kr = KeyResultFactory(objective=world.objective)
    later = ObjectiveFactory(cycle=planning, owner=world.member)
    KeyResultFactory(objective=later)
    # A KR of the member under someone else's objective moves too.
    KeyResultFactory(
        objective=ObjectiveFactory(cycle=world.cycle, owner=world.lead), owner=world.member
    )
    old = [ObjectiveFactory(cycle=c, owner=world.member) for c in (closed, grading)]
    for objective in old:
        KeyResultFactory(objective=objective)
    return {"kr": kr, "later": later, "old": old}


def test_the_preview_lists_exactly_what_moves(world, leaving):
    preview = offboarding_preview(world.member)
    moved = person_deactivate(person=world.member, actor=world.admin, successor=world.lead)

    assert [c.cycle.name for c in preview.cycles] == ["Q3", "Q4"]
    assert {o.pk for o in preview.objectives} == {o.pk for o in moved.objectives}
    assert {k.pk for k in preview.key_results} == {k.pk for k in moved.key_results}
    assert len(preview.objectives) == 2 and len(preview.key_results) == 3
    assert set(Objective.objects.filter(owner=world.lead).values_list("pk", flat=True)) >= {
        o.pk for o in preview.objectives
    }
    assert set(KeyResult.objects.filter(owner=world.lead).values_list("pk", flat=True)) == {
        k.pk for k in preview.key_results
    }


def test_closed_and_grading_cycles_keep_their_owner(world, leaving):
    person_deactivate(person=world.member, actor=world.admin, successor=world.lead)

    for objective in leaving["old"]:
        objective.refresh_from_db()
        assert objective.owner_id == world.member.pk
        assert objective.key_results.get().owner_id == world.member.pk


def test_it_records_each_owner_change_in_history(world, leaving):
    person_deactivate(person=world.member, actor=world.admin, successor=world.lead)

    changes = Change.objects.filter(field="owner")
    assert changes.count() == 5
    assert {(c.actor_id, c.old, c.new) for c in changes} == {
        (world.admin.pk, str(world.member.pk), str(world.lead.pk))
    }
    assert changes.filter(key_result=leaving["kr"], objective=world.objective).exists()
    world.objective.refresh_from_db()
    assert world.objective.version == 2


def test_without_a_successor_the_open_okrs_become_unowned(world, leaving):
    person_deactivate(person=world.member, actor=world.admin, successor=None)

    world.objective.refresh_from_db()
    assert world.objective.owner is None
    assert Change.objects.filter(field="owner", new="").count() == 5


@pytest.mark.parametrize("persona", ["lead", "member", "viewer", "outsider"])
def test_only_admins_of_the_organisation_may_deactivate(world, leaving, persona):
    with pytest.raises(PermissionDenied):
        person_deactivate(person=world.member, actor=getattr(world, persona), successor=None)
    world.member.refresh_from_db()
    assert world.member.is_active
    assert not Change.objects.exists()


def test_it_refuses_to_deactivate_the_last_admin_even_themselves(world):
    with pytest.raises(ValidationError, match="at least one active admin"):
        person_deactivate(person=world.admin, actor=world.admin, successor=world.lead)
    world.admin.refresh_from_db()
    assert world.admin.is_active


def test_an_admin_may_leave_when_another_admin_remains(world):
    PersonFactory(organisation=world.organisation, role=Role.ADMIN)
    person_deactivate(person=world.admin, actor=world.admin, successor=world.lead)
    world.admin.refresh_from_db()
    assert not world.admin.is_active


@pytest.mark.parametrize("who", ["viewer", "inactive", "outsider", "self"])
def test_it_refuses_an_unfit_successor_and_changes_nothing(world, leaving, who):
    successor = {
        "viewer": world.viewer,
        "inactive": PersonFactory(organisation=world.organisation, is_active=False),
        "outsider": world.outsider,
        "self": world.member,
    }[who]
    token = token_create(person=world.member, name="cli")
    with pytest.raises(ValidationError) as error:
        person_deactivate(person=world.member, actor=world.admin, successor=successor)
    assert "successor" in error.value.message_dict
    world.member.refresh_from_db()
    assert world.member.is_active
    assert Objective.objects.filter(owner=world.member).count() == 4
    assert not Change.objects.exists()
    token.token.refresh_from_db()
    assert token.token.revoked_at is None


def test_it_revokes_the_tokens_of_this_organisation_only(world):
    elsewhere = PersonFactory(user=world.member.user)  # the same user in another organisation
    here = token_create(person=world.member, name="here").token
    there = token_create(person=elsewhere, name="there").token

    person_deactivate(person=world.member, actor=world.admin, successor=None)

    assert ApiToken.objects.get(pk=here.pk).revoked_at is not None
    assert ApiToken.objects.get(pk=there.pk).revoked_at is None


def _signed_in(person) -> Client:
    client = Client()
    client.force_login(person.user)
    return client


def test_it_signs_the_person_out(world):
    client = _signed_in(world.member)
    bystander = _signed_in(world.lead)
    assert client.get("/people/").status_code == 200

    person_deactivate(person=world.member, actor=world.admin, successor=None)

    response = client.get("/people/")
    assert response.status_code == 302 and response["Location"].startswith("/sign-in/")
    assert bystander.get("/people/").status_code == 200


def test_with_another_organisation_only_this_one_leaves_the_session(world):
    elsewhere = PersonFactory(user=world.member.user)
    client = _signed_in(world.member)
    client.post("/organisation/switch/", {"person": world.member.pk})
    assert client.session.get("cairn_person_id") == world.member.pk

    person_deactivate(person=world.member, actor=world.admin, successor=None)

    assert "cairn_person_id" not in client.session
    response = client.get("/people/")
    assert response.status_code == 200
    assert response.context["request"].person == elsewhere


def test_the_deactivated_person_cannot_sign_in_to_that_organisation(world):
    world.member.user.set_password("correct horse battery")
    world.member.user.save()
    person_deactivate(person=world.member, actor=world.admin, successor=None)

    client = Client()
    client.post("/sign-in/", {"username": "member@acme.test", "password": "correct horse battery"})
    response = client.get(f"/people/{world.lead.pk}/")
    assert response.status_code == 403
    assert b"You are not in an organisation yet" in response.content


def test_reactivating_makes_the_person_active_again(world):
    person_deactivate(person=world.member, actor=world.admin, successor=None)
    with pytest.raises(PermissionDenied):
        person_reactivate(person=world.member, actor=world.lead)

    person_reactivate(person=world.member, actor=world.admin)

    world.member.refresh_from_db()
    assert world.member.is_active
    with pytest.raises(ValidationError):
        person_reactivate(person=world.member, actor=world.admin)


def test_it_refuses_to_deactivate_twice(world):
    person_deactivate(person=world.member, actor=world.admin, successor=None)
    with pytest.raises(ValidationError, match="already"):
        person_deactivate(person=world.member, actor=world.admin, successor=None)
