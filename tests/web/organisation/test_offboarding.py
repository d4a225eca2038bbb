"""Offboarding from the person page: admins only, a preview, a successor picker, a message."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cairn.okrs.models import Change, Objective
from cairn.organisations.models import Role
from tests.factories import KeyResultFactory, ObjectiveFactory, PersonFactory


def url(person) -> str:
    return f"/people/{person.pk}/deactivate/"


def test_an_admin_sees_the_deactivate_button_and_others_do_not(world, client_for):
    page = f"/people/{world.member.pk}/"
    assert url(world.member).encode() in client_for(world.admin).get(page).content
    assert url(world.member).encode() not in client_for(world.lead).get(page).content


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_reach_the_confirmation(world, client_for, persona):
    client = client_for(getattr(world, persona))
    assert client.get(url(world.member)).status_code == 403
    assert client.post(url(world.member), {"successor": ""}).status_code == 403
    world.member.refresh_from_db()
    assert world.member.is_active


def test_another_organisations_person_is_not_found(world, client_for):
    assert client_for(world.outsider).get(url(world.member)).status_code == 404
    assert client_for(world.admin).get(url(world.outsider)).status_code == 404


def test_the_confirmation_previews_the_move_and_escapes_titles(world, client_for):
    world.objective.title = "<script>alert('x')</script>"
    world.objective.save()
    KeyResultFactory(objective=world.objective, title="<b>bold</b> KR")

    response = client_for(world.admin).get(url(world.member))

    assert response.status_code == 200
    assert b"&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in response.content
    assert b"&lt;b&gt;bold&lt;/b&gt; KR" in response.content
    assert b"<script>alert" not in response.content
    assert b"1 objective" in response.content and b"1 key result" in response.content
    choices = [str(p.pk) for p in response.context["form"].fields["successor"].queryset]
    assert str(world.lead.pk) in choices and str(world.viewer.pk) not in choices


def test_posting_deactivates_moves_the_okrs_and_says_so(world, client_for):
    admin = client_for(world.admin)
    member = client_for(world.member)

    response = admin.post(url(world.member), {"successor": world.lead.pk}, follow=True)

    assert response.status_code == 200
    assert b"is deactivated" in response.content and b"Deactivated" in response.content
    world.objective.refresh_from_db()
    assert world.objective.owner_id == world.lead.pk
    assert Change.objects.filter(field="owner", objective=world.objective).exists()
    assert member.get("/people/").status_code == 302  # signed out
    people = admin.get("/people/")
    assert b"Deactivated" in people.content


def test_posting_needs_the_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.admin.user)
    assert client.post(url(world.member), {"successor": ""}).status_code == 403
    world.member.refresh_from_db()
    assert world.member.is_active


def test_a_viewer_successor_is_refused_with_nothing_changed(world, client_for):
    response = client_for(world.admin).post(url(world.member), {"successor": world.viewer.pk})
    assert response.status_code == 400
    world.member.refresh_from_db()
    assert world.member.is_active
    assert Objective.objects.get(pk=world.objective.pk).owner_id == world.member.pk


def test_the_last_admin_is_told_they_cannot_leave(world, client_for):
    response = client_for(world.admin).post(url(world.admin), {"successor": world.lead.pk})
    assert response.status_code == 400
    assert b"at least one active admin" in response.content
    world.admin.refresh_from_db()
    assert world.admin.is_active


def test_an_admin_who_deactivates_themselves_is_signed_out(world, client_for):
    PersonFactory(organisation=world.organisation, role=Role.ADMIN)
    client = client_for(world.admin)
    response = client.post(url(world.admin), {"successor": ""})
    assert response.status_code == 302 and response["Location"].startswith("/sign-in/")
    assert client.get("/people/").status_code == 302


def test_reactivating_from_the_person_page(world, client_for):
    admin = client_for(world.admin)
    admin.post(url(world.member), {"successor": ""})
    response = admin.post(f"/people/{world.member.pk}/reactivate/", follow=True)
    assert b"is active again" in response.content
    world.member.refresh_from_db()
    assert world.member.is_active
    assert client_for(world.lead).post(f"/people/{world.member.pk}/reactivate/").status_code == 403


def test_the_confirmation_page_query_count_does_not_grow_with_objectives(world, client_for):
    admin = client_for(world.admin)
    admin.get(url(world.member))  # warm caches (content types, sessions)
    with CaptureQueriesContext(connection) as few:
        admin.get(url(world.member))
    for _ in range(6):
        KeyResultFactory.create_batch(
            2, objective=ObjectiveFactory(cycle=world.cycle, owner=world.member)
        )
    with CaptureQueriesContext(connection) as many:
        response = admin.get(url(world.member))
    assert b"7 objectives" in response.content
    assert len(many) == len(few)
