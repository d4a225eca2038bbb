"""Configuring sources, delivering readings as "data" check-ins, failures and the owner's alert."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification, ScheduledRun
from cairn.okrs.models import CheckIn, CheckInSource, CycleState, KeyResultKind
from cairn.sources import services
from cairn.sources.models import DataSource, DataSourceRun, RunOutcome, ScheduleUnit, SourceKind
from cairn.sources.schedule import data_sources_enqueue, due_slot
from tests.factories import KeyResultFactory, PersonFactory
from tests.sources.conftest import make_source


def _create(world, kr, **fields):
    values = {"name": "Tickets", "kind": SourceKind.PUSH} | fields
    return services.source_create(actor=world.admin, key_result=kr, owner=world.member, **values)


class TestConfiguration:
    def test_an_admin_creates_a_push_source_and_sees_its_token_once(self, world, kr):
        saved = _create(world, kr)
        assert saved.token.startswith("cairn_src_")
        source = DataSource.objects.get(pk=saved.source.pk)
        assert saved.token not in {source.push_token_hash, source.push_token_prefix}
        assert source.push_token_hash == services.token_hash(saved.token)
        assert services.push_source_for(source.pk, saved.token) == source
        assert services.push_source_for(source.pk, saved.token + "x") is None

    @pytest.mark.parametrize("role", ["lead", "member", "viewer"])
    def test_only_an_admin_configures_sources(self, world, kr, role):
        with pytest.raises(PermissionDenied):
            services.source_create(
                actor=getattr(world, role), key_result=kr, owner=world.member, name="X", kind="push"
            )

    def test_another_organisations_admin_cannot_feed_our_key_result(self, world, kr):
        with pytest.raises(ValidationError):
            services.source_create(
                actor=world.outsider, key_result=kr, owner=world.outsider, name="X", kind="push"
            )
        source = make_source(world, kr, kind=SourceKind.PUSH)
        with pytest.raises(PermissionDenied):
            services.source_update(actor=world.outsider, source=source, name="Mine")
        with pytest.raises(PermissionDenied):
            services.source_delete(actor=world.outsider, source=source)

    def test_the_key_result_must_be_of_the_same_organisation(self, world, kr):
        foreign = KeyResultFactory()
        with pytest.raises(ValidationError) as caught:
            _create(world, foreign)
        assert "key_result" in caught.value.message_dict
        assert not DataSource.objects.exists()

    def test_a_milestone_cannot_be_fed(self, world, kr):
        kr.kind = KeyResultKind.MILESTONE
        kr.save()
        with pytest.raises(ValidationError, match="milestone"):
            _create(world, kr)

    def test_the_owner_must_be_able_to_check_in_on_the_key_result(self, world, kr):
        with pytest.raises(ValidationError) as caught:
            services.source_create(
                actor=world.admin, key_result=kr, owner=world.viewer, name="X", kind="push"
            )
        assert "owner" in caught.value.message_dict

    @pytest.mark.parametrize(
        ("fields", "field"),
        [
            ({"kind": "http_json", "url": "http://example.test/x"}, "json_path"),
            ({"kind": "http_json", "url": "http://127.0.0.1/x", "json_path": "$.v"}, "url"),
            ({"kind": "csv_url", "url": "", "csv_column": "v"}, "url"),
            ({"kind": "csv_url", "url": "http://93.184.215.14/x"}, "csv_column"),
            ({"kind": "sql", "query": "SELECT 1"}, "database_url"),
            (
                {"kind": "sql", "query": "SELECT 1", "database_url": "mysql://root@10.0.0.5/x"},
                "database_url",
            ),
            (
                {"kind": "sql", "query": "SELECT 1", "database_url": "sqlite:///../x.db"},
                "database_url",
            ),
            ({"kind": "sql", "query": "SELECT 1", "database_url": "oracle://db/x"}, "database_url"),
            ({"kind": "push", "schedule_unit": "daily"}, "daily_at"),
            ({"kind": "push", "schedule_every": 0}, "schedule_every"),
            ({"kind": "telnet"}, "kind"),
        ],
    )
    def test_missing_or_refused_settings_are_named(self, world, kr, fields, field):
        with pytest.raises(ValidationError) as caught:
            _create(world, kr, **fields)
        assert field in caught.value.message_dict

    def test_a_blank_secret_on_update_keeps_the_saved_one(self, world, kr):
        source = make_source(
            world, kr, auth_header="X-Key", auth_secret="keep-me", url="http://93.184.215.14/v"
        )
        services.source_update(actor=world.admin, source=source, auth_secret="", name="Renamed")
        source.refresh_from_db()
        assert (source.name, source.auth_secret) == ("Renamed", "keep-me")

    def test_rotating_a_token_stops_the_old_one(self, world, kr):
        saved = _create(world, kr)
        new = services.source_token_rotate(actor=world.admin, source=saved.source)
        assert services.push_source_for(saved.source.pk, saved.token) is None
        assert services.push_source_for(saved.source.pk, new) is not None


class TestDelivery:
    def test_a_reading_becomes_a_data_check_in_by_the_owner(self, world, kr):
        source = make_source(world, kr, kind=SourceKind.PUSH)
        at = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
        run = services.deliver_reading(source=source, value=11, at=at)
        check_in = CheckIn.objects.get()
        assert (check_in.value, check_in.source, check_in.author) == (
            11,
            CheckInSource.DATA,
            world.member,
        )
        assert check_in.checked_in_at == at
        assert "Tickets" in check_in.note and f"#{source.pk}" in check_in.note
        assert (run.outcome, run.check_in) == (RunOutcome.RECORDED, check_in)
        kr.refresh_from_db()
        assert kr.current == 11 and kr.progress > 0
        source.refresh_from_db()
        assert (source.last_value, source.last_reading_at) == (11, at)

    def test_the_same_value_again_is_logged_but_makes_no_check_in(self, world, kr):
        source = make_source(world, kr, kind=SourceKind.PUSH)
        services.deliver_reading(source=source, value=11, at=datetime.now(UTC))
        source.key_result.refresh_from_db()
        run = services.deliver_reading(source=source, value=11, at=datetime.now(UTC))
        assert run.outcome == RunOutcome.UNCHANGED and run.check_in is None
        assert CheckIn.objects.count() == 1
        assert DataSourceRun.objects.count() == 2

    def test_a_person_can_still_check_in_with_a_confidence_and_note(self, world, kr):
        from cairn.okrs.services import check_in_record

        source = make_source(world, kr, kind=SourceKind.PUSH)
        services.deliver_reading(source=source, value=11, at=datetime.now(UTC))
        check_in_record(key_result=kr, author=world.member, value=11, confidence=3, note="Slipping")
        kr.refresh_from_db()
        assert (kr.current, kr.confidence) == (11, 3)

    def test_a_closed_cycle_makes_a_failed_run_not_an_error(self, world, kr):
        world.cycle.state = CycleState.CLOSED
        world.cycle.save()
        source = make_source(world, kr, kind=SourceKind.PUSH)
        run = services.deliver_reading(source=source, value=11, at=datetime.now(UTC))
        assert run.outcome == RunOutcome.FAILED and run.error
        assert not CheckIn.objects.exists()

    def test_a_value_far_out_of_range_is_still_recorded(self, world, kr):
        source = make_source(world, kr, kind=SourceKind.PUSH)
        run = services.deliver_reading(source=source, value=18_000, at=datetime.now(UTC))
        assert run.outcome == RunOutcome.RECORDED


class TestFailures:
    def test_the_owner_is_alerted_exactly_once_after_n_failures_in_a_row(self, world, kr, settings):
        settings.CAIRN_DATA_SOURCE_ALERT_AFTER = 3
        source = make_source(world, kr, url="http://127.0.0.1:9/x")  # refused: loopback
        for _ in range(5):
            run = services.source_run(source=source)
            assert run.outcome == RunOutcome.FAILED and "loopback" in run.error
        alerts = Notification.objects.filter(kind=Kind.DATA_SOURCE_FAILING)
        assert [a.recipient for a in alerts] == [world.member]
        assert "Tickets" in alerts[0].title and "loopback" in alerts[0].body
        source.refresh_from_db()
        assert source.consecutive_failures == 5 and "loopback" in source.last_error

    def test_a_success_resets_the_count_and_a_new_streak_alerts_again(
        self, world, kr, settings, local_server
    ):
        settings.CAIRN_DATA_SOURCE_ALERT_AFTER = 2
        source = make_source(world, kr, url="http://127.0.0.1:9/x")
        services.source_run(source=source)
        services.source_run(source=source)
        settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
        local_server.routes["/v"] = (200, {}, json.dumps({"value": 9}).encode())
        source.url = local_server.url("/v")
        source.save()
        assert services.source_run(source=source).outcome == RunOutcome.RECORDED
        source.refresh_from_db()
        assert (source.consecutive_failures, source.last_error) == (0, "")
        source.url = "http://127.0.0.1:9/x"
        settings.OUTBOUND_ALLOWED_NETWORKS = []
        source.save()
        services.source_run(source=source)
        services.source_run(source=source)
        assert Notification.objects.filter(kind=Kind.DATA_SOURCE_FAILING).count() == 2

    def test_failures_keep_counting_after_the_alert(self, world, kr):
        source = make_source(world, kr, url="http://127.0.0.1:9/x")
        for _ in range(4):
            services.source_run(source=source)
        source.refresh_from_db()
        assert source.consecutive_failures == 4


class TestSchedule:
    def test_slots_follow_the_schedule(self, world, kr):
        source = make_source(world, kr, schedule_unit=ScheduleUnit.MINUTES, schedule_every=15)
        at = datetime(2026, 3, 2, 10, 7, tzinfo=UTC)
        assert due_slot(source, at) == due_slot(source, at + timedelta(minutes=7))
        assert due_slot(source, at) != due_slot(source, at + timedelta(minutes=8))
        source.schedule_unit, source.daily_at = ScheduleUnit.DAILY, time(9, 0)
        world.organisation.time_zone = "Europe/Berlin"  # 09:00 there is 08:00 UTC in March
        assert due_slot(source, datetime(2026, 3, 2, 7, 59, tzinfo=UTC)) is None
        assert due_slot(source, datetime(2026, 3, 2, 8, 0, tzinfo=UTC)) == "2026-03-02"

    def test_each_due_source_is_claimed_once_per_slot_and_run(
        self, world, kr, local_server, settings
    ):
        settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
        local_server.routes["/v"] = (200, {}, b'{"value": 12}')
        due = make_source(
            world, kr, url=local_server.url("/v"), schedule_unit="minutes", schedule_every=5
        )
        make_source(world, kr, name="Off", url=local_server.url("/v"), enabled=False)
        make_source(world, kr, name="Pushed", kind=SourceKind.PUSH)
        now = datetime.now(UTC)
        assert data_sources_enqueue(now=now) == 1  # the immediate backend runs the task at once
        assert data_sources_enqueue(now=now) == 0  # a second worker finds the slot taken
        assert ScheduledRun.objects.filter(job=f"source:{due.pk}").count() == 1
        assert list(DataSourceRun.objects.values_list("source_id", "value")) == [(due.pk, 12)]
        assert CheckIn.objects.get().source == CheckInSource.DATA

    def test_a_failing_source_does_not_stop_the_others(self, world, kr, local_server, settings):
        settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
        local_server.routes["/v"] = (200, {}, b'{"value": 12}')
        make_source(world, kr, name="Broken", url=local_server.url("/missing"))
        make_source(world, kr, name="Good", url=local_server.url("/v"))
        assert data_sources_enqueue(now=datetime.now(UTC)) == 2
        outcomes = dict(DataSourceRun.objects.values_list("source__name", "outcome"))
        assert outcomes == {"Broken": RunOutcome.FAILED, "Good": RunOutcome.RECORDED}


def test_the_worker_queues_one_task_per_due_source(world, kr, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
    for name in ("A", "B", "C"):
        make_source(world, kr, name=name, url="http://93.184.215.14/v")
    assert data_sources_enqueue(now=datetime.now(UTC)) == 3
    queued = DBTaskResult.objects.filter(task_path="cairn.sources.schedule.source_run_task")
    assert sorted(task.args_kwargs["args"][0] for task in queued) == sorted(
        DataSource.objects.values_list("pk", flat=True)
    )
    assert not DataSourceRun.objects.exists()  # nothing ran in the scheduler itself


def test_runs_older_than_90_days_are_pruned_once_an_hour(world, kr):
    source = make_source(world, kr, kind=SourceKind.PUSH)
    now = datetime.now(UTC)
    for days in (1, 89, 91, 400):
        DataSourceRun.objects.create(
            source=source, started_at=now - timedelta(days=days), outcome=RunOutcome.UNCHANGED
        )
    data_sources_enqueue(now=now)
    kept = sorted((now - r.started_at).days for r in DataSourceRun.objects.all())
    assert kept == [1, 89]


def test_the_push_token_is_never_stored_in_clear(world, kr):
    saved = _create(world, kr)
    row = DataSource.objects.filter(pk=saved.source.pk).values().get()
    assert saved.token not in json.dumps(row, default=str)


def test_an_inactive_owner_is_refused(world, kr):
    ghost = PersonFactory(organisation=world.organisation, is_active=False)
    with pytest.raises(ValidationError):
        services.source_create(actor=world.admin, key_result=kr, owner=ghost, name="X", kind="push")
