"""Alerts from check-ins and from time: off track, at risk, confidence drops, blockers, grading."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from cairn.notifications.alerts import alert_pace_change, grading_due_send
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification
from cairn.okrs.models import KeyResult
from cairn.okrs.services import check_in_record as record
from tests.factories import PersonFactory


def told(kind: str) -> list[str]:
    return sorted(
        Notification.objects.filter(kind=kind).values_list("recipient__user__email", flat=True)
    )


@pytest.fixture
def check_in_record(django_capture_on_commit_callbacks):
    """Record a check-in and run what it announces after commit (the alerts)."""

    def run(**arguments):
        with django_capture_on_commit_callbacks(execute=True):
            return record(**arguments)

    return run


@pytest.fixture
def kr_by_other(world, kr):
    """The member's key result on an objective owned by the admin."""
    world.objective.owner = world.admin
    world.objective.save()
    return kr


def test_blockers_tell_the_team_lead_and_objective_owner_not_the_author(
    world, kr_by_other, check_in_record
):
    check_in_record(
        key_result=kr_by_other, author=world.member, value=17, blockers="Waiting on <b>legal</b>"
    )

    assert told(Kind.CHECK_IN_BLOCKERS) == ["admin@acme.test", "lead@acme.test"]
    note = Notification.objects.filter(kind=Kind.CHECK_IN_BLOCKERS).first()
    assert "Waiting on <b>legal</b>" in note.body
    assert note.link == f"/objectives/{world.objective.pk}/#kr-{kr_by_other.pk}"


def test_history_alerts_nobody(world, kr_by_other, check_in_record):
    long_ago = timezone.now() - timedelta(days=3)
    check_in_record(
        key_result=kr_by_other, author=world.member, value=17, blockers="Old news", at=long_ago
    )
    check_in_record(
        key_result=kr_by_other, author=world.member, value=17, blockers="Import", source="import"
    )

    assert told(Kind.CHECK_IN_BLOCKERS) == []


def test_a_check_in_without_blockers_tells_nobody(world, kr_by_other, check_in_record):
    check_in_record(key_result=kr_by_other, author=world.member, value=17, blockers="  ")

    assert told(Kind.CHECK_IN_BLOCKERS) == []


def test_a_confidence_drop_of_three_alerts_once(world, kr_by_other, check_in_record):
    check_in_record(key_result=kr_by_other, author=world.member, value=17, confidence=8)
    check_in_record(key_result=kr_by_other, author=world.member, value=17, confidence=6)
    assert told(Kind.KEY_RESULT_CONFIDENCE_DROP) == []

    check_in_record(key_result=kr_by_other, author=world.member, value=17, confidence=3)

    assert told(Kind.KEY_RESULT_CONFIDENCE_DROP) == ["admin@acme.test", "lead@acme.test"]
    assert (
        "from 6 to 3" in Notification.objects.filter(kind=Kind.KEY_RESULT_CONFIDENCE_DROP)[0].title
    )


def test_a_check_in_that_puts_a_key_result_off_track_alerts_its_owners(
    world, kr_by_other, check_in_record
):
    check_in_record(key_result=kr_by_other, author=world.member, value=11)  # on track
    assert told(Kind.KEY_RESULT_OFF_TRACK) == []
    check_in_record(key_result=kr_by_other, author=world.member, value=17.5)  # fell back

    assert told(Kind.KEY_RESULT_OFF_TRACK) == ["admin@acme.test", "member@acme.test"]


def test_a_status_that_moved_on_before_the_alert_ran_alerts_nobody(world, kr_by_other):
    KeyResult.objects.filter(pk=kr_by_other.pk).update(pace_status="on_track")

    assert alert_pace_change.call(kr_by_other.pk, "on_track", "off_track") == 0
    KeyResult.objects.filter(pk=kr_by_other.pk).update(pace_status="off_track")
    assert alert_pace_change.call(kr_by_other.pk, "on_track", "off_track") == 2


def test_time_alone_turning_a_key_result_off_track_alerts_through_the_sweep(
    world, kr_by_other, check_in_record, django_capture_on_commit_callbacks
):
    check_in_record(key_result=kr_by_other, author=world.member, value=11)  # 7 of 14: on track
    assert told(Kind.KEY_RESULT_OFF_TRACK) == []
    world.cycle.start -= timedelta(days=40)
    world.cycle.end -= timedelta(days=40)
    world.cycle.save()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("sweep", stdout=StringIO())
    with django_capture_on_commit_callbacks(execute=True):
        call_command("sweep", stdout=StringIO())

    assert told(Kind.KEY_RESULT_OFF_TRACK) == ["admin@acme.test", "member@acme.test"]


def test_grading_due_tells_each_owner_once_when_the_cycle_ends_within_three_days(world, kr):
    now = timezone.now()
    world.cycle.end = now.date() + timedelta(days=4)
    world.cycle.save()
    assert grading_due_send(now=now) == 0

    world.cycle.end = now.date() + timedelta(days=3)
    world.cycle.save()
    assert grading_due_send(now=now) == 1
    assert grading_due_send(now=now + timedelta(days=1)) == 0
    assert told(Kind.CYCLE_GRADING_DUE) == ["member@acme.test"]


def test_people_of_another_organisation_are_never_told(world, kr_by_other, check_in_record):
    PersonFactory(role="admin")
    check_in_record(key_result=kr_by_other, author=world.member, value=17, blockers="Stuck")

    assert not Notification.objects.exclude(organisation=world.organisation).exists()


def test_a_check_in_queues_its_alert_task_only_when_it_may_alert(
    world, kr_by_other, check_in_record, settings
):
    """No task for a check-in that cannot alert; every check-in that alerts had its task."""
    from django_tasks_db.models import DBTaskResult

    from cairn.notifications.alerts import check_in_alerts

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
    steps = [(8, ""), (6, ""), (3, ""), (3, ""), (9, ""), (5, "Stuck"), (5, ""), (1, "")]
    made = [
        check_in_record(
            key_result=kr_by_other, author=world.member, value=17, confidence=c, blockers=b
        )
        for c, b in steps
    ]
    queued = {
        task.args_kwargs["args"][0]
        for task in DBTaskResult.objects.all()
        if task.task_path.endswith("alert_check_in")
    }
    alerting = {check_in.pk for check_in in made if check_in_alerts(check_in=check_in)}
    # 6 → 3 and 5 → 1 dropped by three or more; "Stuck" has blockers.
    assert alerting == {made[2].pk, made[5].pk, made[7].pk}
    assert queued == alerting


def test_only_a_pace_change_that_may_alert_queues_a_task(
    world, kr_by_other, check_in_record, settings
):
    """Back on track tells no one, so it queues no task (a row and a worker's run per change,
    at hundreds of check-ins a second); falling off track queues one."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
    pace_tasks = DBTaskResult.objects.filter(task_path__endswith="alert_pace_change")
    statuses = []
    for value in (11, 17.5, 11):  # on track, off track, on track again
        check_in_record(key_result=kr_by_other, author=world.member, value=value)
        kr_by_other.refresh_from_db()
        statuses.append(kr_by_other.pace_status)
    assert statuses == ["on_track", "off_track", "on_track"]
    assert [t.args_kwargs["args"][1:] for t in pace_tasks] == [["on_track", "off_track"]]
