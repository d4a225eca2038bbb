"""Data sources leave audit events: created, changed, deleted, token renewed, tested."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from cairn.audit.models import AuditEvent
from cairn.sources import services
from cairn.sources.models import SourceKind
from cairn.sources.readings import ReadingError
from tests.sources.conftest import make_source
from tests.sources.test_readings import _json

SECRET = "Bearer very-secret-value"


def events(action: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=action).order_by("id"))


def test_create_change_renew_and_delete_are_recorded(world, kr):
    saved = services.source_create(
        actor=world.admin, key_result=kr, owner=world.member, name="Tickets", kind="push"
    )
    source = saved.source
    [created] = events("data_source_created")
    assert (created.actor, created.organisation_id) == (world.admin, world.organisation.pk)
    assert (created.object_type, created.object_id, created.object_label) == (
        "data_source",
        source.pk,
        "Tickets",
    )
    assert created.details == {"kind": "push", "key_result": kr.pk}

    services.source_update(actor=world.admin, source=source, name="Zendesk", enabled=True)
    [changed] = events("data_source_changed")
    assert changed.details == {"changed": ["name"]}  # `enabled` did not change
    services.source_update(actor=world.admin, source=source, name="Zendesk")
    assert len(events("data_source_changed")) == 1  # nothing changed: no event

    services.source_token_rotate(actor=world.admin, source=source)
    assert len(events("data_source_token_rotated")) == 1

    source_id = source.pk
    services.source_delete(actor=world.admin, source=source)
    [deleted] = events("data_source_deleted")
    assert (deleted.object_id, deleted.object_label) == (source_id, "Zendesk")


def test_a_new_secret_is_named_but_never_recorded(world, kr):
    source = make_source(world, kr, kind=SourceKind.PUSH)
    services.source_update(
        actor=world.admin, source=source, auth_header="X-Key", auth_secret=SECRET
    )
    [changed] = events("data_source_changed")
    assert changed.details == {"changed": ["auth_header", "auth_secret"]}
    every_event = json.dumps(list(AuditEvent.objects.values()), default=str)
    assert "very-secret-value" not in every_event
    services.source_update(actor=world.admin, source=source, auth_secret="")  # blank keeps it
    assert len(events("data_source_changed")) == 1


def test_a_refused_change_records_nothing(world, kr):
    source = make_source(world, kr, kind=SourceKind.PUSH)
    with pytest.raises(Exception):  # noqa: B017, PT011 - a ValidationError or PermissionDenied
        services.source_update(actor=world.admin, source=source, name="")
    with pytest.raises(Exception):  # noqa: B017, PT011
        services.source_update(actor=world.member, source=source, name="Mine")
    assert not AuditEvent.objects.filter(action__startswith="data_source").exists()


def test_a_test_is_recorded_with_its_outcome(world, kr, local_server, loopback_allowed):
    url = _json(local_server, "/stats", {"value": 4})
    source = make_source(world, kr, url=url)
    assert services.source_test(actor=world.admin, source=source) == 4
    local_server.routes["/stats"] = (500, {}, b"down")
    with pytest.raises(ReadingError):
        services.source_test(actor=world.admin, source=source)
    assert [e.details["outcome"] for e in events("data_source_tested")] == ["ok", "failed"]


def test_test_now_on_the_web_records_the_admins_address(world, client_for, kr):
    source = make_source(world, kr, url="http://127.0.0.1:9/x")  # refused: loopback
    response = client_for(world.admin).post(
        reverse("data_source_test", args=[source.pk]), REMOTE_ADDR="203.0.113.7"
    )
    assert response.status_code == 200
    [tested] = events("data_source_tested")
    assert tested.details == {"outcome": "failed"} and tested.address == "203.0.113.7"
