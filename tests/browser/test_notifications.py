"""Journey in real Chromium: the reminder email's link → sign in → check in → no nudge follows."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

import pytest
from playwright.sync_api import expect
from tests.factories import PASSWORD
from tests.notifications.conftest import SmtpServer, parts

from cairn.notifications.delivery import deliveries_send_due
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification
from cairn.notifications.reminders import reminders_send
from cairn.notifications.schedule import notifications_tick
from cairn.notifications.services import notify, preference_update
from cairn.okrs.services import key_result_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def smtp(settings, live_server):
    server = SmtpServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    settings.SITE_URL = live_server.url
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    yield server
    server.stop()


def test_the_reminder_link_leads_to_the_check_in_and_clears_the_nudge(world, page, smtp, shoot):
    kr = key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Cut first-reply time from 18 to 4 hours",
        start=18,
        target=4,
    )
    today = datetime.now(UTC).date()
    preference_update(
        actor=world.member, person=world.member, check_in_weekday=today.weekday(), check_in_hour=0
    )
    morning = datetime.combine(today, time(0, 30), tzinfo=UTC)
    assert reminders_send(now=morning) == 1
    deliveries_send_due(now=morning + timedelta(minutes=3))
    (message,) = smtp.messages
    text, _html = parts(message)
    link = re.search(r"(http://\S+/check-in/)", text).group(1)

    assert "token" not in link and "key" not in link  # never a password-less sign-in link
    page.goto(link)
    assert "/sign-in/" in page.url  # the person signs in as usual first
    page.get_by_label("Email address").fill("member@acme.test")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    row = page.locator(".check-in-row")
    expect(row).to_have_count(1)
    expect(row.locator("h2")).to_contain_text(kr.title)
    assert "/sign-in/" not in page.url and page.url.endswith("/check-in/")
    shoot(page, "24-check-in-from-reminder")
    row.get_by_label(re.compile("New value")).fill("12")
    row.get_by_role("radio", name=re.compile(r"^7 ")).check()
    row.get_by_label(re.compile("New value")).press("Enter")
    expect(row).to_have_class(re.compile("check-in-row--saved"))
    page.goto("/check-in/")
    expect(page.locator(".check-in-row")).to_have_count(0)

    reminders_send(now=datetime.combine(today, time(6, 30), tzinfo=UTC))  # the 06:00 nudge
    deliveries_send_due(now=datetime.combine(today, time(7, 0), tzinfo=UTC))
    # The worker's whole tick, as `cairn worker` runs it, at the nudge hour and later: nothing.
    for hour in (6, 7, 12):
        notifications_tick(now=datetime.combine(today, time(hour, 45), tzinfo=UTC))
    assert Notification.objects.filter(kind=Kind.CHECK_IN_REMINDER).count() == 1
    subjects = [m["Subject"] for m in smtp.messages]  # the check-in's own pace alert may follow
    reminders = [s for s in subjects if "Check-in reminder" in s or "Still due" in s]
    assert reminders == ["[Acme] Check-in reminder: 1 key result is due"], subjects


def test_the_inbox_and_settings_at_desktop_and_phone_width(world, page, shoot):
    for index in range(3):
        notify(
            recipient=world.member,
            kind=Kind.KEY_RESULT_OFF_TRACK,
            dedupe_key=str(index),
            title=f"<script>x</script> Grow CSAT from 80 to 95 is off track ({index})",
            body="Progress 12%, confidence 4/10.",
            link="/check-in/",
        )
    page.goto("/sign-in/")
    page.get_by_label("Email address").fill("member@acme.test")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".bell__count")).to_have_text("3")
    page.goto("/notifications/")
    expect(page.locator(".notification")).to_have_count(3)
    expect(page.locator(".bell__count")).to_have_text("3")
    shoot(page, "20-inbox")
    shoot(page, "20-inbox-375", width=375)
    page.get_by_role("button", name="Mark all read").click()
    expect(page.locator(".notification--unread")).to_have_count(0)
    expect(page.locator(".bell__count")).to_have_count(0)
    page.goto("/settings/notifications/")
    shoot(page, "21-notification-settings")
    shoot(page, "21-notification-settings-375", width=375)


def test_the_defaults_and_unsubscribe_pages_at_desktop_and_phone_width(world, page, shoot):
    from cairn.notifications.channels.email import unsubscribe_token

    page.goto("/sign-in/")
    page.get_by_label("Email address").fill("admin@acme.test")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto("/settings/notifications/organisation/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Notification defaults")
    shoot(page, "22-notification-defaults")
    shoot(page, "22-notification-defaults-375", width=375)

    token = unsubscribe_token(world.member, [Kind.CHECK_IN_REMINDER])
    page.context.clear_cookies()
    page.goto(f"/notifications/unsubscribe/{token}/")
    shoot(page, "23-unsubscribe")
    shoot(page, "23-unsubscribe-375", width=375)
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.get_by_role("status")).to_contain_text("no longer sends you")
