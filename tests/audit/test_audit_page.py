"""/settings/audit/: admins only, this organisation only, filters, pages, CSV and retention."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cairn import audit
from cairn.audit.models import AuditEvent
from cairn.audit.services import retention_days
from tests.audit.conftest import recorded

URL = "/settings/audit/"


def add_events(world, n: int, *, label: str = "Report", organisation=None, **fields) -> None:
    for i in range(n):
        audit.record(
            action=fields.get("action", audit.Action.ROLE_CHANGED),
            actor=fields.get("actor", world.admin),
            organisation=organisation,
            object_type="person",
            object_id=i + 1,
            object_label=f"{label} {i}",
            details={"from": "member", "to": "admin"},
        )


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_see_the_log(world, client_for, persona) -> None:
    client = client_for(getattr(world, persona))
    assert client.get(URL).status_code == 403
    assert client.get(URL + "export.csv").status_code == 403
    assert client.post(URL + "retention/", {"days": 60}).status_code == 403
    assert retention_days(world.organisation) == 365


def test_the_admin_sees_their_organisations_events_newest_first(world, client_for) -> None:
    add_events(world, 2, label="Acme thing")
    add_events(world, 1, label="Other thing", actor=world.outsider)
    page = client_for(world.admin).get(URL).content.decode()
    assert page.index("Acme thing 1") < page.index("Acme thing 0")
    assert "Other thing" not in page


def test_another_organisations_admin_sees_none_of_it(world, client_for) -> None:
    add_events(world, 3, label="Acme secret")
    response = client_for(world.outsider).get(URL)
    assert response.status_code == 200 and "Acme secret" not in response.content.decode()
    # Filtering by a person of another organisation is refused, not answered.
    other = client_for(world.outsider).get(URL, {"actor": world.admin.pk})
    assert other.status_code == 400 and "Acme secret" not in other.content.decode()


def test_filters_by_action_actor_days_and_object_text(world, client_for) -> None:
    add_events(world, 2, label="Needle")
    add_events(world, 2, label="Hay", actor=world.lead, action=audit.Action.TEAM_JOINED)
    client = client_for(world.admin)
    by_action = client.get(URL, {"action": "team_joined"}).content.decode()
    assert "Hay 0" in by_action and "Needle 0" not in by_action
    by_actor = client.get(URL, {"actor": world.admin.pk}).content.decode()
    assert "Needle 1" in by_actor and "Hay 1" not in by_actor
    by_text = client.get(URL, {"q": "needl"}).content.decode()
    assert "Needle 0" in by_text and "Hay 0" not in by_text
    today = timezone.localdate()
    later = client.get(URL, {"since": str(today + timedelta(days=1))}).content.decode()
    assert "Needle 0" not in later and "No audit events match" in later
    within = client.get(URL, {"since": str(today), "until": str(today)}).content.decode()
    assert "Needle 0" in within


@pytest.mark.parametrize(
    "query",
    [
        {"since": "2026-02-31"},
        {"since": "2026-03-02", "until": "2026-03-01"},
        {"action": "drop_tables"},
        {"actor": "99999999999999999999999"},
        {"before": "-1"},
        {"q": "x" * 300},
    ],
)
def test_bad_filters_get_a_clear_error_never_a_500(world, client_for, query) -> None:
    response = client_for(world.admin).get(URL, query)
    assert response.status_code == 400
    assert client_for(world.admin).get(URL + "export.csv", query).status_code == 400


def test_keyset_pages_cover_every_event_once(world, client_for) -> None:
    add_events(world, 60, label="Event")
    client = client_for(world.admin)
    first = client.get(URL)
    before = first.context["next_before"]
    assert len(first.context["events"]) == 50 and before is not None
    second = client.get(URL, {"before": before})
    ids = [e.pk for e in first.context["events"]] + [e.pk for e in second.context["events"]]
    assert second.context["next_before"] is None
    assert len(ids) == len(set(ids)) == AuditEvent.objects.count()
    assert ids == sorted(ids, reverse=True)


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_page_takes_the_same_queries_for_5_or_60_events(world, client_for) -> None:
    client = client_for(world.admin)
    add_events(world, 5)
    small = queries_for(client, URL)
    add_events(world, 55, actor=world.lead)
    assert queries_for(client, URL) == small


def test_every_user_field_is_escaped(world, client_for) -> None:
    evil = "<script>alert(1)</script>"
    audit.record(
        action=audit.Action.EXPORTED,
        actor=world.admin,
        actor_label=evil,
        object_type="cycle",
        object_label=evil,
        details={"format": evil},
    )
    page = client_for(world.admin).get(URL).content.decode()
    assert evil not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_csv_export_is_formula_safe_filtered_and_recorded(world, client_for) -> None:
    add_events(world, 2, label="=HYPERLINK(evil)")
    add_events(world, 1, label="Other", action=audit.Action.TEAM_JOINED)
    response = client_for(world.admin).get(URL + "export.csv", {"action": "role_changed"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["object"] for row in rows] == ["'=HYPERLINK(evil) 1", "'=HYPERLINK(evil) 0"]
    assert rows[0]["details"] == '{"from": "member", "to": "admin"}'
    [exported] = recorded(audit.Action.AUDIT_EXPORTED)
    assert exported.actor_id == world.admin.pk and exported.details == {"action": "role_changed"}


def test_the_admin_sets_the_retention_and_bad_values_are_refused(world, client_for) -> None:
    client = client_for(world.admin)
    refused = client.post(URL + "retention/", {"days": "29"})
    assert refused.status_code == 400 and "30" in refused.content.decode()
    assert client.post(URL + "retention/", {"days": "abc"}).status_code == 400
    assert retention_days(world.organisation) == 365
    assert client.post(URL + "retention/", {"days": "90"}).status_code == 302
    assert retention_days(world.organisation) == 90
    assert recorded(audit.Action.AUDIT_RETENTION_CHANGED)[0].details["to_days"] == 90


def test_the_account_menu_links_the_log_for_admins_only(world, client_for) -> None:
    assert URL in client_for(world.admin).get("/").content.decode()
    assert URL not in client_for(world.member).get("/").content.decode()
