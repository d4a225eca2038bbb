"""SSO required: passwords stop signing in the organisation's people, except the break-glass admin."""

from __future__ import annotations

import pytest
from django.test import Client

from cairn.audit.actions import Action
from cairn.audit.models import AuditEvent
from tests.factories import PASSWORD, PersonFactory
from tests.sso.conftest import connect, sso_sign_in


def _password_sign_in(email: str) -> tuple[Client, object]:
    client = Client()
    response = client.post("/sign-in/", {"username": email, "password": PASSWORD})
    return client, response


def _signed_in(client: Client) -> bool:
    return client.get("/").status_code == 200


@pytest.fixture
def required(world, idp):
    return connect(world.organisation, world.admin, idp, required=True, break_glass=world.admin)


def test_without_sso_required_passwords_still_work(world, idp):
    connect(world.organisation, world.admin, idp)
    client, response = _password_sign_in("member@acme.test")
    assert response.status_code == 302 and _signed_in(client)


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_sso_required_refuses_passwords_with_a_clear_message(world, required, persona):
    client, response = _password_sign_in(f"{persona}@acme.test")
    assert response.status_code == 200
    assert "signs in with single sign-on" in response.content.decode()
    assert not _signed_in(client)


def test_a_wrong_password_says_nothing_about_sso(world, required):
    client = Client()
    response = client.post("/sign-in/", {"username": "member@acme.test", "password": "wrong"})
    assert "single sign-on" not in response.content.decode()


def test_the_break_glass_admin_still_signs_in_with_a_password(world, required):
    client, response = _password_sign_in("admin@acme.test")
    assert response.status_code == 302 and _signed_in(client)


def test_another_admin_is_not_break_glass(world, required):
    PersonFactory(organisation=world.organisation, role="admin", user__email="admin2@acme.test")
    client, _response = _password_sign_in("admin2@acme.test")
    assert not _signed_in(client)


def test_other_organisations_are_not_affected(world, required):
    client, response = _password_sign_in("outsider@other.test")
    assert response.status_code == 302 and _signed_in(client)


def test_someone_in_two_organisations_uses_sso_when_one_requires_it(world, required):
    PersonFactory(organisation=world.outsider.organisation, user=world.member.user)
    client, _response = _password_sign_in("member@acme.test")
    assert not _signed_in(client)


def test_sso_still_signs_them_in(world, idp, required):
    client = Client()
    response = sso_sign_in(client, idp, "member@acme.test")
    assert response.status_code == 302 and _signed_in(client)


def test_a_disabled_connection_does_not_require_sso(world, idp, required):
    connect(
        world.organisation, world.admin, idp, enabled=False, required=True, break_glass=world.admin
    )
    client, _response = _password_sign_in("member@acme.test")
    assert _signed_in(client)


def test_a_break_glass_admin_who_is_no_longer_admin_loses_the_exception(world, required):
    from cairn.organisations.services import person_update

    PersonFactory(organisation=world.organisation, role="admin")
    person_update(person=world.admin, actor=None, role="member", manager=None)
    client, _response = _password_sign_in("admin@acme.test")
    assert not _signed_in(client)


def test_saving_and_removing_the_sso_settings_is_recorded_in_the_audit_log(world, connection):
    from cairn.audit.models import AuditEvent
    from cairn.sso.services import sso_connection_delete

    sso_connection_delete(organisation=world.organisation, actor=world.admin)
    events = AuditEvent.objects.filter(action="sso_settings_changed").order_by("id")
    assert [e.actor_id for e in events] == [world.admin.pk, world.admin.pk]
    assert events[0].details["enabled"] is True and "acme.test" in events[0].details["domains"]
    assert events[1].object_label == "single sign-on removed"


def test_requiring_sso_ends_open_password_sessions_but_not_the_break_glass_admins(world, idp):
    connect(world.organisation, world.admin, idp)
    member, _ = _password_sign_in("member@acme.test")
    lead, _ = _password_sign_in("lead@acme.test")
    admin, _ = _password_sign_in("admin@acme.test")
    outsider, _ = _password_sign_in("outsider@other.test")
    assert all(_signed_in(c) for c in (member, lead, admin, outsider))

    connection = connect(
        world.organisation, world.admin, idp, required=True, break_glass=world.admin
    )

    assert not _signed_in(member) and not _signed_in(lead)
    assert _signed_in(admin) and _signed_in(outsider)
    event = AuditEvent.objects.filter(action=Action.SSO_SETTINGS_CHANGED).latest("pk")
    assert event.details["password_sessions_ended"] == 2
    revoked = AuditEvent.objects.filter(
        action=Action.SESSION_REVOKED, organisation=connection.organisation
    )
    assert sorted(e.object_id for e in revoked) == sorted(
        [world.member.user_id, world.lead.user_id]
    )


def test_requiring_sso_keeps_sessions_that_came_from_sso(world, idp):
    connect(world.organisation, world.admin, idp)
    by_sso = Client()
    assert sso_sign_in(by_sso, idp, "member@acme.test").status_code == 302
    by_password, _ = _password_sign_in("lead@acme.test")
    connect(world.organisation, world.admin, idp, required=True, break_glass=world.admin)
    assert _signed_in(by_sso)
    assert not _signed_in(by_password)
