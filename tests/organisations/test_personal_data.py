"""Personal data: the export holds the person's data and nothing of anyone else's; erasure
anonymises them, keeps the OKR history identical and is idempotent."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.test import Client

from cairn import audit
from cairn.accounts.models import Invitation, UserSession
from cairn.accounts.services import invitation_create
from cairn.api.models import ApiToken
from cairn.api.tokens import token_create
from cairn.audit.models import AuditEvent
from cairn.notifications.models import CalendarFeed, ChatChannel, Preference
from cairn.okrs.models import CheckIn, KeyResult, Objective
from cairn.okrs.services import check_in_record
from cairn.organisations.erasure import person_erase
from cairn.organisations.models import Person
from cairn.organisations.personal_data import personal_data_export
from cairn.organisations.services import person_update
from tests.factories import PASSWORD, PersonFactory


@pytest.fixture
def history(world, kr):
    """The member's check-ins, notes, a token, channels, a session and audit events."""
    check_in_record(key_result=kr, author=world.member, value=12, note="Member's own note")
    check_in_record(key_result=kr, author=world.lead, value=10, note="Lead's note")
    token_create(person=world.member, name="member-ci", actor=world.member)
    token_create(person=world.lead, name="lead-ci", actor=world.lead)
    Preference.objects.create(organisation=world.organisation, person=world.member, email=False)
    ChatChannel.objects.create(
        organisation=world.organisation, person=world.member, name="My chat", url="json://x"
    )
    CalendarFeed.objects.create(organisation=world.organisation, person=world.member, hash="h1")
    world.member.job_title = "Support engineer"
    world.member.save()
    client = Client(REMOTE_ADDR="198.51.100.30", HTTP_USER_AGENT="MemberBrowser/1")
    client.post("/sign-in/", {"username": "member@acme.test", "password": PASSWORD})
    person_update(person=world.member, actor=world.admin, role="member", manager=world.lead)
    person_update(person=world.lead, actor=world.admin, role="viewer", manager=None)
    return client


def export_text(world, person, actor) -> str:
    return json.dumps(personal_data_export(person=person, actor=actor), default=str)


class TestExport:
    def test_it_holds_the_persons_data(self, world, kr, history) -> None:
        data = personal_data_export(person=world.member, actor=world.member)
        assert data["account"]["email"] == "member@acme.test"
        assert data["person"]["job_title"] == "Support engineer"
        assert [t["team__name"] for t in data["team_memberships"]] == ["Support"]
        assert [o["title"] for o in data["objectives_owned"]] == [world.objective.title]
        assert [k["id"] for k in data["key_results_owned"]] == [kr.pk]
        assert [c["note"] for c in data["check_ins_written"]] == ["Member's own note"]
        assert data["notification_preferences"]["email"] is False
        assert [c["name"] for c in data["chat_channels"]] == ["My chat"]
        assert len(data["calendar_feeds"]) == 1
        assert data["sessions"][0]["user_agent"] == "MemberBrowser/1"
        assert [t["name"] for t in data["api_tokens"]] == ["member-ci"]
        actions = {e["action"] for e in data["audit_events"]}
        assert {"sign_in", "token_created"} <= actions

    def test_it_holds_nothing_of_anyone_else_and_no_secret(self, world, kr, history) -> None:
        text = export_text(world, world.member, world.admin)
        for other in ("Lead's note", "lead-ci", "lead@acme.test", "json://x", '"h1"'):
            assert other not in text
        assert "hash" not in json.loads(text)["api_tokens"][0]
        lead_role_change = AuditEvent.objects.get(action="role_changed", object_id=world.lead.pk)
        assert lead_role_change.pk not in [e.get("id") for e in json.loads(text)["audit_events"]]
        assert "viewer" not in json.dumps(json.loads(text)["audit_events"])

    def test_only_the_person_and_their_admins_may_export(self, world) -> None:
        for actor in (world.lead, world.viewer, world.outsider):
            with pytest.raises(PermissionDenied):
                personal_data_export(person=world.member, actor=actor)
        personal_data_export(person=world.member, actor=world.admin)
        [event] = AuditEvent.objects.filter(action=audit.Action.PERSONAL_DATA_EXPORTED)
        assert event.actor_id == world.admin.pk and event.object_id == world.member.pk


def snapshot(world) -> dict:
    """Return the OKR numbers and texts erasure must not change."""
    return {
        "objectives": list(Objective.objects.order_by("id").values("id", "title", "progress")),
        "key_results": list(
            KeyResult.objects.order_by("id").values("id", "title", "current", "progress")
        ),
        "check_ins": list(CheckIn.objects.order_by("id").values("id", "value", "note")),
    }


class TestErase:
    def test_it_anonymises_and_keeps_the_okr_history_identical(
        self, world, kr, history, client_for_web
    ) -> None:
        invitation_create(
            organisation=world.organisation,
            actor=world.admin,
            email="friend@acme.test",
            manager_email="member@acme.test",
        )
        before = snapshot(world)
        done = person_erase(person=world.member, actor=world.admin)
        assert snapshot(world) == before
        user = get_user_model().objects.get(pk=world.member.user_id)
        assert user.display_name == done.label == f"Former member {user.pk}"
        assert user.email == f"former-member-{user.pk}@erased.invalid"
        assert not user.has_usable_password() and not user.is_active
        person = Person.objects.get(pk=world.member.pk)
        assert not person.is_active and person.job_title == ""
        assert not ApiToken.objects.filter(person=person).exists()
        assert not ChatChannel.objects.filter(person=person).exists()
        assert not CalendarFeed.objects.filter(person=person).exists()
        assert not Preference.objects.filter(person=person).exists()
        assert not UserSession.objects.filter(user=user).exists()
        assert Invitation.objects.get(email="friend@acme.test").manager_email == ""
        board = client_for_web(world.admin).get(f"/cycles/{world.cycle.pk}/board/")
        assert board.status_code == 200 and "Member&#x27;s own note" not in board.content.decode()
        assert history.get("/").status_code == 302  # their old session is gone

    def test_audit_events_stay_and_name_the_placeholder(self, world, kr, history) -> None:
        name, email = world.member.name, world.member.user.email
        count = AuditEvent.objects.count()
        done = person_erase(person=world.member, actor=world.admin)
        events = AuditEvent.objects.all()
        assert events.count() >= count + 1
        assert not events.filter(actor_label=name).exists()
        assert not events.filter(object_label__in=[name, email]).exists()
        signed_in = events.get(action="sign_in", actor_user_id=world.member.user_id)
        assert signed_in.actor_label == done.label and signed_in.address == "198.51.100.30"
        erased = events.get(action=audit.Action.PERSON_ERASED)
        assert erased.actor_id == world.admin.pk and erased.object_label == done.label

    def test_erasing_twice_changes_nothing(self, world, kr, history) -> None:
        person_erase(person=world.member, actor=world.admin)
        events = AuditEvent.objects.count()
        user = get_user_model().objects.get(pk=world.member.user_id)
        again = person_erase(person=world.member, actor=world.admin)
        assert again.already
        assert AuditEvent.objects.count() == events
        assert get_user_model().objects.get(pk=user.pk).email == user.email

    @pytest.mark.parametrize("persona", ["lead", "member", "viewer", "outsider"])
    def test_only_admins_of_the_organisation_erase(self, world, persona) -> None:
        with pytest.raises(PermissionDenied):
            person_erase(person=world.lead, actor=getattr(world, persona))
        assert Person.objects.get(pk=world.lead.pk).user.email == "lead@acme.test"

    def test_it_refuses_the_admin_themself_and_accounts_of_other_organisations(self, world) -> None:
        with pytest.raises(ValidationError):
            person_erase(person=world.admin, actor=world.admin)
        PersonFactory(user=world.member.user)  # the member is also in another organisation
        with pytest.raises(ValidationError, match="another organisation"):
            person_erase(person=world.member, actor=world.admin)
        assert Person.objects.filter(user=world.member.user, is_active=True).count() == 2

    def test_the_last_admin_cannot_be_erased_and_nothing_changes(self, world) -> None:
        with pytest.raises(ValidationError):
            person_erase(person=world.admin, actor=None)
        assert get_user_model().objects.get(pk=world.admin.user_id).email == "admin@acme.test"


class TestCommand:
    def test_export_prints_json_of_every_organisation(self, world, kr, history) -> None:
        PersonFactory(user=world.member.user)
        out = StringIO()
        call_command("person-data", "export", "MEMBER@acme.test", stdout=out)
        data = json.loads(out.getvalue())
        assert len(data["organisations"]) == 2
        assert data["organisations"][0]["check_ins_written"][0]["note"] == "Member's own note"

    def test_erase_needs_yes_then_erases_every_membership(self, world, kr, history) -> None:
        other = PersonFactory(user=world.member.user)
        with pytest.raises(CommandError, match="--yes"):
            call_command("person-data", "erase", "member@acme.test", stdout=StringIO())
        out = StringIO()
        call_command("person-data", "erase", "member@acme.test", "--yes", stdout=out)
        assert "Erased: now Former member" in out.getvalue()
        assert not Person.objects.get(pk=other.pk).is_active
        erased = AuditEvent.objects.filter(action=audit.Action.PERSON_ERASED)
        assert {e.organisation_id for e in erased} == {
            world.organisation.pk,
            other.organisation_id,
        }
        assert all(e.actor_id is None for e in erased)
        assert not Session.objects.exists()

    def test_an_unknown_email_is_a_clear_error(self, world) -> None:
        with pytest.raises(CommandError, match="No person"):
            call_command("person-data", "export", "nobody@acme.test", stdout=StringIO())
