"""The audit log is append-only in Python and in the database; only the purge deletes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from cairn import audit
from cairn.audit.gate import audit_gate
from cairn.audit.models import AppendOnly, AuditEvent
from cairn.audit.services import audit_purge, audit_retention_update, retention_days
from tests.factories import OrganisationFactory


def event(world, *, days_old: int = 0, organisation=None) -> AuditEvent:
    recorded = audit.record(
        action=audit.Action.ROLE_CHANGED,
        actor=world.admin,
        organisation=organisation,
        obj=world.member,
    )
    if days_old:
        # Only a fresh row can be given an old time: insert a copy dated in the past.
        old = AuditEvent(
            organisation_id=recorded.organisation_id,
            action=recorded.action,
            actor_label=recorded.actor_label,
            at=timezone.now() - timedelta(days=days_old),
        )
        old.save()
        return old
    return recorded


def raw(sql: str, params: list) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_the_model_refuses_to_save_an_existing_event_or_delete_one(world) -> None:
    recorded = event(world)
    recorded.object_label = "rewritten"
    with pytest.raises(AppendOnly):
        recorded.save()
    with pytest.raises(AppendOnly):
        recorded.delete()
    assert AuditEvent.objects.get(pk=recorded.pk).object_label == world.member.name


def test_the_queryset_refuses_update_and_delete(world) -> None:
    event(world)
    with pytest.raises(AppendOnly):
        AuditEvent.objects.all().update(action="sign_in")
    with pytest.raises(AppendOnly):
        AuditEvent.objects.filter(organisation=world.organisation).delete()
    assert AuditEvent.objects.filter(action=audit.Action.ROLE_CHANGED).count() == 1


@pytest.mark.parametrize(
    ("column", "value"),
    [("action", "sign_in"), ("object_id", 1), ("details", "{}"), ("actor_label", "x")],
)
def test_the_database_refuses_an_update_from_any_client(world, column, value) -> None:
    recorded = event(world)
    with pytest.raises(DatabaseError):
        raw(f"UPDATE audit_auditevent SET {column} = %s WHERE id = %s", [value, recorded.pk])
    assert AuditEvent.objects.get(pk=recorded.pk).action == audit.Action.ROLE_CHANGED


def test_the_database_refuses_a_delete_outside_the_purge(world) -> None:
    recorded = event(world, days_old=4000)
    with pytest.raises(DatabaseError):
        raw("DELETE FROM audit_auditevent WHERE id = %s", [recorded.pk])
    assert AuditEvent.objects.filter(pk=recorded.pk).exists()


def test_the_erasure_gate_allows_only_the_labels_to_change(world) -> None:
    recorded = event(world)
    with transaction.atomic(), audit_gate("erase"):
        AuditEvent.objects.filter(pk=recorded.pk)._relabel_for_erasure(actor_label="Former")
    assert AuditEvent.objects.get(pk=recorded.pk).actor_label == "Former"
    with pytest.raises(DatabaseError), transaction.atomic(), audit_gate("erase"):
        raw("UPDATE audit_auditevent SET action = 'sign_in' WHERE id = %s", [recorded.pk])


def test_the_purge_deletes_only_what_is_past_each_organisations_retention(world) -> None:
    other = OrganisationFactory()
    audit_retention_update(organisation=world.organisation, actor=world.admin, days=30)
    kept_recent = event(world, days_old=10)
    purged = event(world, days_old=31)
    kept_default = event(world, days_old=300, organisation=other)
    purged_default = event(world, days_old=366, organisation=other)
    orphan = AuditEvent(action=audit.Action.SIGN_IN_FAILED, at=timezone.now() - timedelta(400))
    orphan.save()
    assert audit_purge() == 3
    left = set(AuditEvent.objects.values_list("pk", flat=True))
    assert {kept_recent.pk, kept_default.pk} <= left
    assert not {purged.pk, purged_default.pk, orphan.pk} & left


def test_retention_is_at_least_30_days_and_admins_set_it(world) -> None:
    assert retention_days(world.organisation) == 365
    for days in (29, 0, 3651):
        with pytest.raises(ValidationError):
            audit_retention_update(organisation=world.organisation, actor=world.admin, days=days)
    for person in (world.member, world.lead, world.viewer, world.outsider):
        with pytest.raises(PermissionDenied):
            audit_retention_update(organisation=world.organisation, actor=person, days=90)
    audit_retention_update(organisation=world.organisation, actor=world.admin, days=90)
    assert retention_days(world.organisation) == 90
    changed = AuditEvent.objects.get(action=audit.Action.AUDIT_RETENTION_CHANGED)
    assert changed.details == {"from_days": 365, "to_days": 90}


def test_deleting_a_person_keeps_the_events_about_them(world) -> None:
    recorded = event(world)
    world.member.user.delete()
    assert AuditEvent.objects.get(pk=recorded.pk).object_label == recorded.object_label


def test_an_unknown_action_or_oversized_details_are_refused(world) -> None:
    with pytest.raises(ValueError, match="unknown"):
        audit.record(action="made_up", actor=world.admin)
    with pytest.raises(ValueError, match="small"):
        audit.record(action=audit.Action.EXPORTED, actor=world.admin, details={"x": "y" * 3000})


def test_djangos_admin_shows_events_read_only(world, client) -> None:
    from django.contrib.auth import get_user_model

    event(world)
    root = get_user_model().objects.create_superuser("root@acme.test", "x")
    client.force_login(root)
    listing = client.get("/admin/audit/auditevent/")
    assert listing.status_code == 200 and world.member.name in listing.content.decode()
    pk = AuditEvent.objects.get(action=audit.Action.ROLE_CHANGED).pk
    assert client.post(f"/admin/audit/auditevent/{pk}/delete/", {"post": "yes"}).status_code == 403
    assert AuditEvent.objects.filter(pk=pk).exists()
