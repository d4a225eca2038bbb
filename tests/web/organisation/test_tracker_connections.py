"""The tracker connections screen: who manages what, secrets shown once, events and re-apply."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace

import pytest
from django.db import connection as db
from django.test.utils import CaptureQueriesContext

from cairn.okrs.services import initiative_create, key_result_create
from cairn.trackers.connections import connection_create
from cairn.trackers.models import TrackerConnection, TrackerEvent
from cairn.trackers.signatures import sign

URL = "/settings/trackers/"
XSS = "<script>alert(1)</script>"


@pytest.fixture
def initiative(world):
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="Checkout", start=0, target=10
    )
    return initiative_create(
        actor=world.member, key_results=[kr], title="Redesign", progress_source="work"
    )


def _deliver(client, keyed, *, number: int, closed=True, title="Story", broken=False):
    """POST a signed GitHub issue event; a broken one lacks its issue number and fails."""
    body = {
        "action": "closed" if closed else "opened",
        "issue": {
            "number": number,
            "title": title,
            "state": "closed" if closed else "open",
            "html_url": f"https://github.com/o/r/issues/{number}",
            "labels": [],
            "assignees": [],
            "updated_at": "2026-03-10T16:20:00Z",
        },
        "repository": {"full_name": "o/r"},
    }
    if broken:
        del body["issue"]["number"]
    raw = json.dumps(body).encode()
    return client.post(
        f"/hooks/github/{keyed.connection.public_id}/",
        raw,
        content_type="application/json",
        headers={
            "X-GitHub-Event": "issues",
            "X-GitHub-Delivery": f"d-{number}-{closed}-{title}-{broken}",
            "X-Hub-Signature-256": sign(keyed.secret, raw),
        },
    )


def test_an_admin_creates_a_connection_and_sees_url_and_secret_once(world, client_for, initiative):
    client = client_for(world.admin)
    response = client.post(
        URL, {"kind": "github", "name": "shop", "initiative": initiative.pk, "team": world.team.pk}
    )
    assert response.status_code == 200
    page = response.content.decode()
    connection = TrackerConnection.objects.get()
    assert (connection.initiative, connection.team, connection.actor) == (
        initiative,
        world.team,
        world.admin,
    )
    assert connection.secret in page
    assert f"/hooks/github/{connection.public_id}/" in page
    again = client.get(URL).content.decode()
    assert connection.secret not in again
    assert f"/hooks/github/{connection.public_id}/" in again


def test_a_bad_form_is_422_and_creates_nothing(world, client_for):
    client = client_for(world.admin)
    response = client.post(URL, {"kind": "svn", "name": ""})
    assert response.status_code == 422
    assert not TrackerConnection.objects.exists()
    connection_create(actor=world.admin, kind="github", name="shop")
    twice = client.post(URL, {"kind": "gitlab", "name": "shop"})
    assert twice.status_code == 422
    assert "already has this name" in twice.content.decode()
    assert TrackerConnection.objects.count() == 1


def test_an_initiative_or_team_of_another_organisation_is_refused(world, client_for):
    from tests.factories import TeamFactory

    theirs = TeamFactory(organisation=world.outsider.organisation)
    response = client_for(world.admin).post(URL, {"kind": "jira", "name": "x", "team": theirs.pk})
    assert response.status_code == 422
    assert not TrackerConnection.objects.exists()


def test_a_lead_manages_only_the_connections_acting_as_them(world, client_for):
    mine = connection_create(actor=world.lead, kind="gitlab", name="lead-lab", team=world.team)
    admins = connection_create(actor=world.admin, kind="github", name="admin-shop")
    client = client_for(world.lead)
    page = client.get(URL).content.decode()
    assert "lead-lab" in page and "admin-shop" not in page
    assert client.get(f"{URL}{admins.connection.pk}/events/").status_code == 404
    assert client.post(f"{URL}{admins.connection.pk}/rotate/").status_code == 404
    assert client.post(f"{URL}{admins.connection.pk}/delete/").status_code == 404
    assert client.post(f"{URL}{mine.connection.pk}/rotate/").status_code == 200
    assert TrackerConnection.objects.count() == 2


def test_a_lead_cannot_point_a_connection_at_work_they_cannot_add_to(world, client_for):
    from tests.factories import TeamFactory

    elsewhere = TeamFactory(organisation=world.organisation, name="Sales", slug="sales")
    response = client_for(world.lead).post(
        URL, {"kind": "github", "name": "x", "team": elsewhere.pk}
    )
    assert response.status_code == 422
    assert "You cannot add work to this initiative or team." in response.content.decode()
    assert 'value="x"' in response.content.decode()  # the form keeps what was typed
    assert not TrackerConnection.objects.exists()


@pytest.mark.parametrize("persona", ["member", "viewer"])
def test_members_and_viewers_cannot_manage_trackers(world, client_for, persona):
    keyed = connection_create(actor=world.admin, kind="github", name="shop")
    client = client_for(getattr(world, persona))
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"kind": "github", "name": "mine"}).status_code == 403
    assert client.post(f"{URL}{keyed.connection.pk}/rotate/").status_code == 403
    assert client.post(f"{URL}{keyed.connection.pk}/delete/").status_code == 403
    assert client.get(f"{URL}{keyed.connection.pk}/events/").status_code == 403
    keyed.connection.refresh_from_db()
    assert keyed.connection.secret == keyed.secret


def test_another_organisations_connection_is_404(world, client_for):
    theirs = connection_create(actor=world.outsider, kind="github", name="theirs")
    client = client_for(world.admin)
    pk = theirs.connection.pk
    assert client.get(f"{URL}{pk}/events/").status_code == 404
    assert client.post(f"{URL}{pk}/rotate/").status_code == 404
    assert client.post(f"{URL}{pk}/delete/").status_code == 404
    assert "theirs" not in client.get(URL).content.decode()
    assert TrackerConnection.objects.filter(pk=pk).exists()


def test_rotating_shows_a_new_secret_once_and_the_old_one_stops(world, client, client_for):
    keyed = connection_create(actor=world.admin, kind="github", name="shop")
    response = client_for(world.admin).post(f"{URL}{keyed.connection.pk}/rotate/")
    keyed.connection.refresh_from_db()
    assert keyed.connection.secret != keyed.secret
    assert keyed.connection.secret in response.content.decode()
    assert _deliver(client, keyed, number=1).status_code == 401


def test_deleting_removes_the_connection_and_its_events_but_not_the_work(world, client, client_for):
    keyed = connection_create(actor=world.admin, kind="github", name="shop")
    _deliver(client, keyed, number=1)
    response = client_for(world.admin).post(f"{URL}{keyed.connection.pk}/delete/")
    assert response.status_code == 302
    assert not TrackerConnection.objects.exists() and not TrackerEvent.objects.exists()
    from cairn.execution.models import WorkItem

    assert WorkItem.objects.filter(external_key="o/r#1").exists()
    assert client_for(world.admin).get(f"{URL}{keyed.connection.pk}/delete/").status_code == 405


def test_the_list_shows_last_sync_counts_and_last_failures(world, client, client_for, initiative):
    keyed = connection_create(actor=world.admin, kind="github", name="shop", initiative=initiative)
    _deliver(client, keyed, number=1)
    _deliver(client, keyed, number=2, broken=True)
    page = client_for(world.admin).get(URL).content.decode()
    assert "1 applied · 1 failed" in page
    assert "The event names no repository and issue number." in page
    assert "never" not in re.sub(r"\s+", " ", page).split("Last sync", 1)[1][:80]


def _grow(world, client, initiative, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        keyed = connection_create(
            actor=world.admin, kind="github", name=f"shop {i}", initiative=initiative
        )
        _deliver(client, keyed, number=i + 1)
        _deliver(client, keyed, number=i + 100, broken=True)


def test_the_list_and_events_pages_take_constant_queries(world, client, client_for, initiative):
    admin = client_for(world.admin)
    _grow(world, client, initiative, 1)
    first = TrackerConnection.objects.get()
    with CaptureQueriesContext(db) as small:
        assert admin.get(URL).status_code == 200
    with CaptureQueriesContext(db) as small_events:
        assert admin.get(f"{URL}{first.pk}/events/").status_code == 200
    _grow(world, client, initiative, 4, start=1)
    for i in range(6):
        _deliver(client, SimpleNamespace(connection=first, secret=first.secret), number=200 + i)
        _deliver(
            client,
            SimpleNamespace(connection=first, secret=first.secret),
            number=300 + i,
            broken=True,
        )
    with CaptureQueriesContext(db) as large:
        assert admin.get(URL).status_code == 200
    with CaptureQueriesContext(db) as large_events:
        assert admin.get(f"{URL}{first.pk}/events/").status_code == 200
    assert len(large) == len(small)
    assert len(large_events) == len(small_events)


def test_the_events_page_paginates_and_reapplies_failed_events(world, client, client_for):
    keyed = connection_create(actor=world.admin, kind="github", name="shop")
    _deliver(client, keyed, number=1, broken=True)
    for i in range(55):
        _deliver(client, keyed, number=10 + i)
    admin = client_for(world.admin)
    first_page = admin.get(f"{URL}{keyed.connection.pk}/events/").content.decode()
    assert "Page 1 of 2" in first_page and "Re-apply" not in first_page
    second = admin.get(f"{URL}{keyed.connection.pk}/events/?page=2").content.decode()
    assert "Re-apply" in second
    failed = TrackerEvent.objects.get(outcome="failed")
    response = admin.post(f"{URL}{keyed.connection.pk}/events/{failed.pk}/reapply/")
    assert response.status_code == 302
    failed.refresh_from_db()
    assert failed.outcome == "failed"  # the cause is still there: no issue number
    applied = TrackerEvent.objects.filter(outcome="applied").first()
    again = admin.post(f"{URL}{keyed.connection.pk}/events/{applied.pk}/reapply/", follow=True)
    assert "Only failed events" in again.content.decode()
    theirs = connection_create(actor=world.outsider, kind="github", name="t")
    cross = admin.post(f"{URL}{theirs.connection.pk}/events/{failed.pk}/reapply/")
    assert cross.status_code == 404
    wrong_pair = admin.post(f"{URL}{keyed.connection.pk}/events/{failed.pk + 10_000}/reapply/")
    assert wrong_pair.status_code == 404


def test_every_user_field_is_escaped(world, client, client_for, initiative):
    initiative.title = XSS
    initiative.save()
    world.team.name = XSS
    world.team.save()
    world.admin.user.first_name = XSS
    world.admin.user.save()
    keyed = connection_create(
        actor=world.admin, kind="github", name=XSS, initiative=initiative, team=world.team
    )
    _deliver(client, keyed, number=1, title=XSS)
    _deliver(client, keyed, number=2, broken=True)
    admin = client_for(world.admin)
    for path in (URL, f"{URL}{keyed.connection.pk}/events/"):
        page = admin.get(path).content.decode()
        assert XSS not in page, path
        assert "&lt;script&gt;" in page, path
