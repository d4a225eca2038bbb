"""Every security event reaches the audit log: who, what, about what, from where."""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import Client

from cairn.accounts.models import UserSession
from cairn.accounts.services import invitation_accept, invitation_create
from cairn.api.tokens import token_create, token_revoke
from cairn.api.webhooks import webhook_create, webhook_delete, webhook_update
from cairn.audit import Action
from cairn.audit.models import AuditEvent
from cairn.notifications.services import preference_update
from cairn.okrs.services import key_result_delete, objective_delete
from cairn.organisations.offboarding import person_deactivate, person_reactivate
from cairn.organisations.services import (
    coach_config_update,
    person_update,
    team_create,
    team_delete,
    team_member_remove,
    team_member_set,
)
from tests.audit.conftest import recorded
from tests.factories import PASSWORD, PersonFactory

ADDRESS = "198.51.100.20"


def sign_in(client: Client, email: str, password: str = PASSWORD):
    return client.post(
        "/sign-in/",
        {"username": email, "password": password},
        REMOTE_ADDR=ADDRESS,
        HTTP_USER_AGENT="Firefox/130 " + "x" * 400,
    )


class TestSignIn:
    def test_a_sign_in_is_recorded_with_address_and_bounded_user_agent(self, world) -> None:
        assert sign_in(Client(), "member@acme.test").status_code == 302
        [event] = recorded(Action.SIGN_IN)
        assert event.organisation_id == world.organisation.pk
        assert event.actor_id == world.member.pk and event.actor_user_id == world.member.user_id
        assert event.actor_label == world.member.name
        assert event.address == ADDRESS
        assert event.user_agent.startswith("Firefox/130") and len(event.user_agent) == 300

    def test_a_failure_is_recorded_about_the_account_without_an_actor(self, world) -> None:
        assert sign_in(Client(), "member@acme.test", "wrong").status_code == 200
        [event] = recorded(Action.SIGN_IN_FAILED)
        assert event.actor_id is None and event.actor_label == "unknown"
        assert (event.object_type, event.object_id) == ("user", world.member.user_id)
        assert event.organisation_id == world.organisation.pk

    def test_a_failure_for_an_unknown_email_has_no_organisation(self, world) -> None:
        sign_in(Client(), "nobody@nowhere.test", "wrong")
        [event] = recorded(Action.SIGN_IN_FAILED)
        assert event.organisation_id is None
        assert (event.object_type, event.object_label) == ("email", "nobody@nowhere.test")

    def test_a_lock_out_is_recorded(self, world) -> None:
        client = Client()
        for _ in range(6):
            sign_in(client, "member@acme.test", "wrong")
        assert recorded(Action.SIGN_IN_LOCKED_OUT, organisation=world.organisation)
        assert len(recorded(Action.SIGN_IN)) == 0

    def test_sign_out_is_recorded(self, world) -> None:
        client = Client()
        sign_in(client, "member@acme.test")
        client.post("/sign-out/", REMOTE_ADDR=ADDRESS)
        [event] = recorded(Action.SIGN_OUT)
        assert event.actor_id == world.member.pk


class TestPasswords:
    def test_a_reset_request_and_its_completion_are_recorded(self, world) -> None:
        client = Client()
        client.post("/password/reset/", {"email": "member@acme.test"}, REMOTE_ADDR=ADDRESS)
        [requested] = recorded(Action.PASSWORD_RESET_REQUESTED)
        assert requested.object_id == world.member.user_id and requested.address == ADDRESS
        assert requested.details == {"throttled": False}
        link = re.search(r"http\S+/password/reset/\S+/\S+/", mail.outbox[0].body)
        assert link is not None
        path = link.group(0).split("testserver", 1)[-1].replace("http://localhost:8000", "")
        form = client.get(path, follow=True)
        new = "a brand new passphrase 42"
        client.post(form.request["PATH_INFO"], {"new_password1": new, "new_password2": new})
        [completed] = recorded(Action.PASSWORD_RESET_COMPLETED)
        assert completed.actor_user_id == world.member.user_id

    def test_a_password_change_is_recorded_with_the_tokens_it_revoked(
        self, world, client_for
    ) -> None:
        token_create(person=world.member, name="ci", actor=world.member)
        new = "another long passphrase 7"
        client_for(world.member).post(
            "/password/change/",
            {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
        )
        [changed] = recorded(Action.PASSWORD_CHANGED)
        assert changed.details == {"tokens_revoked": 1}
        assert recorded(Action.TOKEN_REVOKED)[0].details["reason"] == "password changed"


class TestPeople:
    def test_an_invitation_sent_and_accepted(self, world) -> None:
        _invitation, token = invitation_create(
            organisation=world.organisation, actor=world.admin, email="new@acme.test"
        )
        [sent] = recorded(Action.INVITATION_SENT)
        assert sent.actor_id == world.admin.pk and sent.object_label == "new@acme.test"
        person = invitation_accept(token=token, password="a long new passphrase 9")
        [accepted] = recorded(Action.INVITATION_ACCEPTED)
        assert accepted.actor_id == person.pk and accepted.object_id == person.pk

    def test_a_role_change_is_recorded_and_an_unchanged_role_is_not(self, world) -> None:
        person_update(person=world.member, actor=world.admin, role="admin", manager=None)
        person_update(person=world.member, actor=world.admin, role="admin", manager=None)
        [event] = recorded(Action.ROLE_CHANGED)
        assert event.details == {"from": "member", "to": "admin"}
        assert event.object_id == world.member.pk

    def test_team_joins_leaves_and_the_lead_flag(self, world) -> None:
        team_member_set(team=world.company, person=world.viewer, actor=world.admin)
        team_member_set(team=world.company, person=world.viewer, actor=world.admin, is_lead=True)
        team_member_remove(team=world.company, person=world.viewer, actor=world.admin)
        team_member_remove(team=world.company, person=world.viewer, actor=world.admin)
        assert [e.details["team"] for e in recorded(Action.TEAM_JOINED)] == [world.company.pk]
        assert recorded(Action.TEAM_LEAD_CHANGED)[0].details["is_lead"] is True
        assert len(recorded(Action.TEAM_LEFT)) == 1

    def test_deactivation_and_reactivation(self, world) -> None:
        person_deactivate(person=world.member, actor=world.admin, successor=world.lead)
        person_reactivate(person=world.member, actor=world.admin)
        [gone] = recorded(Action.PERSON_DEACTIVATED)
        assert gone.details["successor"] == world.lead.pk
        assert gone.details["objectives_moved"] == 1
        assert recorded(Action.PERSON_REACTIVATED)[0].object_id == world.member.pk


class TestTokensAndWebhooks:
    def test_personal_and_organisation_token_revocations(self, world) -> None:
        own = token_create(person=world.member, name="mine", actor=world.member).token
        other = token_create(person=world.lead, name="theirs", actor=world.lead).token
        token_revoke(token=own, actor=world.member)
        token_revoke(token=other, actor=world.admin)  # the organisation's token page
        token_revoke(token=other, actor=world.admin)  # already revoked: nothing new
        assert [e.object_id for e in recorded(Action.TOKEN_CREATED)] == [own.pk, other.pk]
        revoked = recorded(Action.TOKEN_REVOKED)
        assert [(e.object_id, e.actor_id) for e in revoked] == [
            (own.pk, world.member.pk),
            (other.pk, world.admin.pk),
        ]

    def test_webhooks_created_changed_deleted_without_the_path(self, world, settings) -> None:
        settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
        url = "http://127.0.0.1:9/hooks/secret-path"
        hook = webhook_create(actor=world.admin, url=url, events=["objective.created"])
        webhook_update(webhook=hook, actor=world.admin, active=False)
        webhook_update(webhook=hook, actor=world.admin, active=False)  # no change
        webhook_delete(webhook=hook, actor=world.admin)
        events = list(AuditEvent.objects.filter(object_type="webhook").order_by("id"))
        assert [e.action for e in events] == [
            Action.WEBHOOK_CREATED,
            Action.WEBHOOK_CHANGED,
            Action.WEBHOOK_DELETED,
        ]
        assert events[1].details == {"changed": ["active"]}
        assert all(e.object_label == "http://127.0.0.1" for e in events)


class TestSettingsExportsDeletions:
    def test_coach_settings_and_notification_defaults(self, world) -> None:
        coach_config_update(
            organisation=world.organisation,
            actor=world.admin,
            config={"thresholds": {"min_key_results": 5}},
        )
        preference_update(actor=world.admin, person=None, email=False)
        preference_update(actor=world.member, person=world.member, email=False)  # personal
        assert "min_key_results" in recorded(Action.COACH_SETTINGS_CHANGED)[0].details["changes"]
        [defaults] = recorded(Action.NOTIFICATION_DEFAULTS_CHANGED)
        assert defaults.details == {"changed": ["email"]} and defaults.actor_id == world.admin.pk

    @pytest.mark.parametrize("fmt", ["md", "csv", "json"])
    def test_web_exports(self, world, client_for, fmt) -> None:
        response = client_for(world.viewer).get(f"/cycles/{world.cycle.pk}/export.{fmt}")
        assert response.status_code == 200
        [event] = recorded(Action.EXPORTED)
        assert event.details == {"format": fmt, "via": "web"}
        assert (event.object_type, event.object_id) == ("cycle", world.cycle.pk)
        assert event.actor_id == world.viewer.pk and event.address == ADDRESS

    def test_the_xlsx_export(self, world, client_for) -> None:
        client_for(world.member).get(f"/cycles/{world.cycle.pk}/export-xlsx/")
        assert recorded(Action.EXPORTED)[0].details == {"format": "xlsx", "via": "web"}

    def test_a_backup_is_recorded_with_no_actor(self, world, tmp_path: Path) -> None:
        from django.db import connection

        if connection.vendor != "sqlite":
            pytest.skip("pg_dump backups are covered in tests/maintenance")
        call_command("backup", str(tmp_path / "cairn.backup"), stdout=StringIO())
        [event] = recorded(Action.BACKUP_CREATED)
        assert event.actor_id is None and event.actor_label == "system"
        assert event.details["file"] == "cairn.backup"

    @pytest.mark.django_db(transaction=True)
    def test_a_backup_under_a_held_write_lock_succeeds_and_logs_instead(
        self, tmp_path: Path, caplog
    ) -> None:
        import sqlite3

        from django.db import connection

        if connection.vendor != "sqlite":
            pytest.skip("SQLite's write lock")
        writer = sqlite3.connect(connection.settings_dict["NAME"], timeout=1)
        writer.execute("BEGIN IMMEDIATE")
        try:
            call_command("backup", str(tmp_path / "cairn.backup"), stdout=StringIO())
        finally:
            writer.rollback()
            writer.close()
        assert (tmp_path / "cairn.backup").exists()
        assert recorded(Action.BACKUP_CREATED) == []
        assert "written but not recorded in the audit log" in caplog.text

    def test_deleting_objectives_key_results_and_teams(self, world, kr) -> None:
        objective_pk = world.objective.pk
        key_result_delete(key_result=kr, actor=world.member)
        objective_delete(objective=world.objective, actor=world.member)
        empty = team_create(organisation=world.organisation, actor=world.admin, name="Empty")
        team_delete(team=empty, actor=world.admin)
        assert recorded(Action.KEY_RESULT_DELETED)[0].object_label == kr.title
        assert recorded(Action.OBJECTIVE_DELETED)[0].object_id == objective_pk
        assert recorded(Action.TEAM_DELETED)[0].object_label == "Empty"


class TestSessions:
    def test_revoking_one_session_and_all_others(self, world) -> None:
        first, second, third = Client(), Client(), Client()
        for client in (first, second, third):
            sign_in(client, "member@acme.test")
        rows = list(UserSession.objects.filter(user=world.member.user).order_by("id"))
        first.post(f"/settings/sessions/{rows[1].pk}/revoke/")
        assert len(recorded(Action.SESSION_REVOKED)) == 1
        first.post("/settings/sessions/revoke-others/")
        assert len(recorded(Action.SESSION_REVOKED)) == 2
        assert recorded(Action.SESSION_REVOKED)[0].details["session_address"] == ADDRESS


def test_ordinary_okr_edits_are_not_recorded(world, kr) -> None:
    from cairn.okrs.services import check_in_record

    check_in_record(key_result=kr, author=world.member, value=10)
    kinds = set(AuditEvent.objects.values_list("action", flat=True))
    assert kinds <= {Action.TOKEN_CREATED}


def test_a_person_in_two_organisations_signs_in_once_in_each_log(world) -> None:
    user = get_user_model().objects.get(email="member@acme.test")
    PersonFactory(user=user)
    sign_in(Client(), "member@acme.test")
    assert len(recorded(Action.SIGN_IN)) == 2
