"""The calendar link on the notification settings page and the feed URL that needs no session."""

from __future__ import annotations

import re

import icalendar
import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cairn.notifications.calendar import calendar_feed_create
from cairn.notifications.models import CalendarFeed
from tests.factories import CycleFactory

LINK = re.compile(rb"http://testserver(/calendar/[A-Za-z0-9_-]+\.ics)")


def create_link(client: Client) -> tuple[bytes, str]:
    page = client.post("/settings/notifications/calendar/")
    assert page.status_code == 200
    match = LINK.search(page.content)
    assert match is not None
    return page.content, match.group(1).decode()


def test_a_person_creates_a_link_shown_once_that_works_without_a_session(world, client_for):
    _, path = create_link(client_for(world.member))

    later = client_for(world.member).get("/settings/notifications/")
    feed = Client().get(path)

    assert path.encode() not in later.content
    assert b"Revoke the link" in later.content
    assert feed.status_code == 200
    assert feed["Content-Type"] == "text/calendar; charset=utf-8"
    assert feed["Cache-Control"].startswith("private")
    cal = icalendar.Calendar.from_ical(feed.content)
    assert any(str(e["uid"]).startswith("cairn-check-in-") for e in cal.walk("VEVENT"))


def test_a_revoked_link_is_404(world, client_for):
    client = client_for(world.member)
    _, path = create_link(client)

    response = client.post("/settings/notifications/calendar/revoke/")

    assert response.status_code == 302
    assert Client().get(path).status_code == 404
    assert b"No calendar link yet." in client.get("/settings/notifications/").content


def test_a_new_link_makes_the_old_one_404(world, client_for):
    client = client_for(world.member)
    _, old = create_link(client)
    _, new = create_link(client)

    assert Client().get(old).status_code == 404
    assert Client().get(new).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/calendar/not-a-real-token.ics",
        "/calendar/.ics",
        "/calendar/%0A.ics",
        "/calendar/" + "a" * 5000 + ".ics",
    ],
)
def test_a_wrong_token_is_404(world, path):
    calendar_feed_create(actor=world.member, person=world.member)

    assert Client().get(path).status_code == 404


def test_the_stored_hash_does_not_open_the_feed(world):
    created = calendar_feed_create(actor=world.member, person=world.member)

    assert Client().get(f"/calendar/{created.feed.hash}.ics").status_code == 404


def test_the_feed_costs_the_same_queries_however_many_links_and_cycles_exist(world):
    created = calendar_feed_create(actor=world.member, person=world.member)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert Client().get(f"/calendar/{created.plaintext}.ics").status_code == 200
        return len(queries)

    few = count()
    for person in (world.admin, world.lead, world.viewer, world.outsider):
        calendar_feed_create(actor=person, person=person)
    for _ in range(4):
        CycleFactory(organisation=world.organisation)

    assert count() == few


def test_the_feed_accepts_only_get(world):
    created = calendar_feed_create(actor=world.member, person=world.member)

    assert Client().post(f"/calendar/{created.plaintext}.ics").status_code == 405


@pytest.mark.parametrize("persona", ["admin", "lead", "member", "viewer", "outsider"])
def test_every_role_manages_only_their_own_link(world, client_for, persona):
    person = getattr(world, persona)
    other = (
        calendar_feed_create(actor=world.member, person=world.member)
        if persona != "member"
        else None
    )
    client = client_for(person)

    create_link(client)
    client.post("/settings/notifications/calendar/revoke/")

    assert not CalendarFeed.objects.filter(person=person, revoked_at__isnull=True).exists()
    if other is not None:
        assert Client().get(f"/calendar/{other.plaintext}.ics").status_code == 200


def test_signed_out_visitors_cannot_create_or_revoke(world):
    client = Client()

    assert client.post("/settings/notifications/calendar/").status_code == 302
    assert client.post("/settings/notifications/calendar/revoke/").status_code == 302
    assert client.get("/settings/notifications/calendar/").status_code in (302, 405)
    assert not CalendarFeed.objects.exists()


def test_the_settings_page_offers_a_link_and_never_shows_a_stored_one(world, client_for):
    calendar_feed_create(actor=world.lead, person=world.lead)

    fresh = client_for(world.member).get("/settings/notifications/")
    with_link = client_for(world.lead).get("/settings/notifications/")

    assert b"Create a calendar link" in fresh.content
    assert b"Replace with a new link" in with_link.content
    assert LINK.search(fresh.content) is None
    assert LINK.search(with_link.content) is None
