"""The inbox, the bell and the notification settings page: per role, per organisation, escaped."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.notifications.kinds import Kind
from cairn.notifications.models import ChatChannel, Notification, Preference
from cairn.notifications.services import notify
from cairn.organisations.models import Person

PERSONAS = ("admin", "lead", "member", "viewer", "outsider")


def tell(person: Person, n: int = 1, title: str = "Cut churn is off track") -> list[Notification]:
    return [
        notify(
            recipient=person,
            kind=Kind.KEY_RESULT_OFF_TRACK,
            dedupe_key=f"{person.pk}:{i}:{title}",
            title=title,
            body="Progress 10%",
            link="/check-in/",
        )
        for i in range(n)
    ]


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_role_sees_only_their_own_inbox(world, client_for, persona):
    tell(world.member, title="For the member")
    person = getattr(world, persona)
    tell(person, title=f"For {persona}")

    page = client_for(person).get("/notifications/")

    assert page.status_code == 200
    assert f"For {persona}".encode() in page.content
    if persona != "member":
        assert b"For the member" not in page.content


def test_the_bell_shows_the_unread_count_in_one_query(world, client_for):
    client = client_for(world.member)
    tell(world.member, 3)
    client.get("/notifications/bell/")  # the session and person are loaded once per request

    with CaptureQueriesContext(connection) as few:
        few_page = client.get("/notifications/bell/")
    tell(world.member, 20, title="More")
    with CaptureQueriesContext(connection) as many:
        many_page = client.get("/notifications/bell/")

    assert b">3<" in few_page.content and b">23<" in many_page.content
    assert len(many.captured_queries) == len(few.captured_queries)
    counts = [q["sql"] for q in many.captured_queries if "notifications_notification" in q["sql"]]
    assert len(counts) == 1


def test_the_inbox_query_count_does_not_grow(world, client_for):
    client = client_for(world.member)
    tell(world.member, 2)
    with CaptureQueriesContext(connection) as few:
        client.get("/notifications/")
    tell(world.member, 40, title="Later")
    with CaptureQueriesContext(connection) as many:
        page = client.get("/notifications/")

    assert page.status_code == 200
    assert len(many.captured_queries) == len(few.captured_queries)
    assert b"Page 1 of 2" in page.content


def test_mark_read_and_mark_all_read(world, client_for):
    first, second, third = tell(world.member, 3)
    client = client_for(world.member)

    client.post(f"/notifications/{first.pk}/read/")
    first.refresh_from_db()
    assert first.read_at is not None
    assert Notification.objects.filter(read_at__isnull=True).count() == 2

    client.post("/notifications/read-all/")
    assert not Notification.objects.filter(read_at__isnull=True).exists()


def test_nobody_marks_another_persons_notification(world, client_for):
    (note,) = tell(world.member)

    for persona in ("lead", "admin", "outsider"):
        response = client_for(getattr(world, persona)).post(f"/notifications/{note.pk}/read/")
        assert response.status_code == 404
    note.refresh_from_db()
    assert note.read_at is None


def test_mark_read_needs_post_and_csrf(world, client):
    (note,) = tell(world.member)
    client.force_login(world.member.user)
    assert client.get(f"/notifications/{note.pk}/read/").status_code == 405

    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(world.member.user)
    assert strict.post(f"/notifications/{note.pk}/read/").status_code == 403
    assert strict.post("/notifications/read-all/").status_code == 403


def test_a_title_with_markup_is_escaped_in_the_inbox(world, client_for):
    tell(world.member, title="<script>alert(1)</script> Grow")

    page = client_for(world.member).get("/notifications/")

    assert b"<script>alert(1)</script>" not in page.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt; Grow" in page.content


def test_signed_out_visitors_are_sent_to_sign_in(client):
    for url in ("/notifications/", "/notifications/bell/", "/settings/notifications/"):
        response = client.get(url)
        assert response.status_code == 302 and "/sign-in/" in response["Location"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_role_saves_their_own_settings(world, client_for, persona):
    person = getattr(world, persona)
    client = client_for(person)
    assert client.get("/settings/notifications/").status_code == 200

    response = client.post(
        "/settings/notifications/",
        {
            "kinds": [Kind.CHECK_IN_REMINDER, Kind.KEY_RESULT_OFF_TRACK],
            "email": "on",
            "check_in_weekday": "2",
            "check_in_hour": "10",
            "time_zone": "Asia/Kolkata",
            "quiet_start": "22:00",
            "quiet_end": "07:00",
            "paused_until": "2026-08-01",
        },
    )

    assert response.status_code == 302
    row = Preference.objects.get(person=person)
    assert (row.check_in_weekday, row.check_in_hour, row.email, row.chat) == (2, 10, True, False)
    assert Kind.CHECK_IN_BLOCKERS in row.kinds_off
    assert Kind.CHECK_IN_REMINDER not in row.kinds_off
    person.refresh_from_db()
    assert person.time_zone == "Asia/Kolkata"


def test_bad_settings_get_a_clear_error_and_nothing_is_saved(world, client_for):
    response = client_for(world.member).post(
        "/settings/notifications/",
        {"time_zone": "Mars/Olympus", "check_in_hour": "25", "quiet_start": "nope"},
    )

    assert response.status_code == 400
    assert b"Mars/Olympus is not a known time zone" in response.content
    assert not Preference.objects.exists()


def test_a_chat_url_is_never_shown_back_in_full(world, client_for, settings):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]  # for the outbound guard's branch
    client = client_for(world.member)
    secret = "json://127.0.0.1:9/cairn/supersecret-9f8e7d6c5b4a"

    response = client.post(
        "/settings/notifications/channels/", {"name": "Team hook", "url": secret}
    )
    assert response.status_code == 302
    page = client.get("/settings/notifications/")

    assert b"Team hook" in page.content
    assert b"supersecret-9f8e7d6c5b4a" not in page.content


def test_another_persons_or_organisations_channel_is_404(world, client_for):
    channel = ChatChannel.objects.create(
        organisation=world.organisation, person=world.member, name="Mine", url="json://h/x"
    )

    for persona in ("lead", "outsider"):
        client = client_for(getattr(world, persona))
        assert (
            client.post(f"/settings/notifications/channels/{channel.pk}/delete/").status_code == 404
        )
        assert (
            client.post(f"/settings/notifications/channels/{channel.pk}/test/").status_code == 404
        )
    assert ChatChannel.objects.filter(pk=channel.pk).exists()


@pytest.mark.parametrize(("persona", "status"), [("admin", 200), ("lead", 403), ("viewer", 403)])
def test_only_admins_open_the_organisation_defaults(world, client_for, persona, status):
    assert (
        client_for(getattr(world, persona)).get("/settings/notifications/organisation/").status_code
        == status
    )


def test_an_admin_sets_the_defaults_and_the_check_in_day(world, client_for):
    response = client_for(world.admin).post(
        "/settings/notifications/organisation/",
        {
            "organisation_weekday": "3",
            "escalation_weeks": "3",
            "kinds": [Kind.CHECK_IN_REMINDER],
            "email": "on",
            "check_in_hour": "8",
        },
    )

    assert response.status_code == 302
    world.organisation.refresh_from_db()
    assert (world.organisation.check_in_weekday, world.organisation.escalation_weeks) == (3, 3)
    defaults = Preference.objects.get(organisation=world.organisation, person__isnull=True)
    assert defaults.check_in_hour == 8 and Kind.CHECK_IN_BLOCKERS in defaults.kinds_off
    assert (
        notify(recipient=world.member, kind=Kind.CHECK_IN_BLOCKERS, dedupe_key="x", title="t")
        is None
    )
    assert not Preference.objects.filter(organisation=world.outsider.organisation).exists()
