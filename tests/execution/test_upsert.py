"""Bulk upsert by external key: re-imports update, never duplicate; one bad row writes nothing."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from cairn.execution.models import WorkItem
from cairn.execution.services import work_items_upsert


def _rows(initiative):
    return [
        {
            "external_source": "jira",
            "external_key": "SUP-2",
            "title": "Task",
            "kind": "task",
            "parent_key": "SUP-1",
            "status": "done",
        },
        {
            "external_source": "jira",
            "external_key": "SUP-1",
            "title": "Story",
            "kind": "story",
            "initiative": initiative.pk,
            "estimate_points": 5,
        },
    ]


def test_it_creates_then_updates_by_external_key(world, initiative):
    first = work_items_upsert(actor=world.member, items=_rows(initiative))
    assert (first.created, first.updated) == (2, 0)
    task = WorkItem.objects.get(external_key="SUP-2")
    assert task.parent.external_key == "SUP-1" and task.initiative_id == initiative.pk
    assert task.done_at is not None
    again = _rows(initiative)
    again[1]["status"] = "done"
    second = work_items_upsert(actor=world.member, items=again)
    assert (second.created, second.updated) == (0, 2)
    assert WorkItem.objects.count() == 2
    assert [i.external_key for i in second.items] == ["SUP-2", "SUP-1"]  # input order
    initiative.refresh_from_db()
    assert initiative.percent_complete == 100


def test_one_bad_row_writes_nothing_and_every_bad_row_is_named(world, initiative):
    rows = [
        *_rows(initiative),
        {"external_source": "jira", "external_key": "SUP-3", "title": ""},
        {"external_source": "jira", "external_key": "SUP-4", "title": "X", "sprint": 999999},
        {"external_source": "jira", "title": "No key"},
        {"external_source": "jira", "external_key": "SUP-1", "title": "Twice"},
        {"external_source": "jira", "external_key": "SUP-5", "title": "Y", "parent_key": "NOPE"},
    ]
    with pytest.raises(ValidationError) as error:
        work_items_upsert(actor=world.member, items=rows)
    assert set(error.value.message_dict) == {
        "items.2.title",
        "items.3.sprint",
        "items.4.external_key",
        "items.5.external_key",
        "items.6.parent_key",
    }
    assert not WorkItem.objects.exists()
    initiative.refresh_from_db()
    assert initiative.percent_complete == 0


def test_another_organisations_initiative_is_not_found(world, initiative):
    rows = [{"external_key": "A-1", "title": "A", "initiative": initiative.pk}]
    with pytest.raises(ValidationError) as error:
        work_items_upsert(actor=world.outsider, items=rows)
    assert "items.0.initiative" in error.value.message_dict


def test_viewers_cannot_upsert(world):
    with pytest.raises(PermissionDenied):
        work_items_upsert(actor=world.viewer, items=[{"external_key": "A-1", "title": "A"}])


def test_a_full_batch_of_1000_items_is_written_and_then_updated(world):
    rows = [
        {"external_source": "github", "external_key": f"#{n}", "title": f"Issue {n}"}
        for n in range(1000)
    ]
    assert work_items_upsert(actor=world.member, items=rows).created == 1000
    again = work_items_upsert(actor=world.member, items=[{**r, "status": "done"} for r in rows])
    assert again.updated == 1000 and WorkItem.objects.filter(status="done").count() == 1000


def test_relinking_a_story_in_a_re_import_takes_its_tasks_along(world, kr, initiative):
    from cairn.okrs.services import initiative_create

    other = initiative_create(
        actor=world.member, key_results=[kr], title="Other", progress_source="work"
    )
    work_items_upsert(actor=world.member, items=_rows(initiative))
    rows = _rows(other)
    rows[1]["status"] = "done"
    work_items_upsert(actor=world.member, items=rows)
    task = WorkItem.objects.get(external_key="SUP-2")
    assert task.initiative_id == other.pk
    initiative.refresh_from_db()
    other.refresh_from_db()
    assert (initiative.percent_complete, other.percent_complete) == (0, 100)
