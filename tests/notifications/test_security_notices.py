"""A person whose two-factor sign-in an admin reset is told: inbox and email, whatever their settings."""

from __future__ import annotations

from allauth.mfa.models import Authenticator

from cairn.accounts.two_factor import two_factor_reset
from cairn.audit.models import AuditEvent
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Delivery, Notification
from cairn.notifications.services import preference_update
from tests.notifications.conftest import parts


def _with_an_app(person) -> None:
    Authenticator.objects.create(
        user=person.user, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )


def _reset(world, django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        assert two_factor_reset(person=world.member, actor=world.admin) == 1


def test_the_person_gets_an_email_and_an_inbox_notice(
    world, smtp, django_capture_on_commit_callbacks
):
    _with_an_app(world.member)
    _reset(world, django_capture_on_commit_callbacks)

    notice = Notification.objects.get(recipient=world.member, kind=Kind.ACCOUNT_TWO_FACTOR_RESET)
    assert notice.title == "Your two-factor sign-in was reset"
    assert world.admin.name in notice.body and "TOTP Authenticator" in notice.body
    (message,) = smtp.messages
    assert message["To"] == "member@acme.test"
    assert "[Acme] Your two-factor sign-in was reset" in message["Subject"]
    text, html = parts(message)
    assert "change your" in text and "http://cairn.test/settings/two-factor/" in text
    assert world.admin.name in html
    event = AuditEvent.objects.get(action="mfa_disabled", actor=world.admin)
    assert event.details["reset_by_admin"] and event.object_label == "member@acme.test"
    assert not Notification.objects.filter(recipient=world.admin).exists()


def test_it_is_sent_even_with_every_kind_email_and_chat_off_and_paused(
    world, smtp, django_capture_on_commit_callbacks
):
    preference_update(
        actor=world.member, person=world.member, kinds_off=[Kind.ACCOUNT_TWO_FACTOR_RESET],
        email=False, chat=False, paused_until=world.cycle.end,
    )  # fmt: skip
    _with_an_app(world.member)
    _reset(world, django_capture_on_commit_callbacks)
    delivery = Delivery.objects.get(recipient=world.member)
    assert delivery.status == "sent"
    assert len(smtp.messages) == 1


def test_the_settings_page_does_not_offer_to_turn_it_off(world, client):
    client.force_login(world.member.user)
    page = client.get("/settings/notifications/").content.decode()
    assert "Check-in reminders" in page
    assert "two-factor sign-in was reset" not in page


def test_nothing_is_sent_when_there_was_nothing_to_reset(
    world, smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert two_factor_reset(person=world.member, actor=world.admin) == 0
    assert not Notification.objects.exists() and not smtp.messages
