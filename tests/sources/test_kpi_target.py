"""A data source that feeds a KPI: values with source "data", status, alerts, following key results."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from cairn.kpis.models import KpiValue
from cairn.kpis.services import kpi_archive
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification
from cairn.okrs.models import CheckIn, CheckInSource
from cairn.okrs.services import key_result_create, key_result_update
from cairn.organisations.models import Organisation
from cairn.sources import services
from cairn.sources.models import DataSource, RunOutcome, SourceKind
from tests.kpis.conftest import make_kpi


@pytest.fixture
def kpi(world):
    return make_kpi(world)


@pytest.fixture
def following(world, kpi):
    kr = key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Keep uptime above 99.5%",
        kind="stay_above",
        target=99.5,
        unit="%",
    )
    return key_result_update(key_result=kr, actor=world.member, follows_kpi=kpi)


def _create(world, **fields):
    values = {"name": "Uptime probe", "kind": SourceKind.PUSH, "owner": world.member} | fields
    return services.source_create(actor=world.admin, **values).source


def test_an_http_json_source_feeds_the_kpi_and_its_following_key_result(
    world, kpi, following, local_server, loopback_allowed
):
    local_server.routes["/uptime"] = (200, {}, json.dumps({"data": {"uptime": 99.8}}).encode())
    source = _create(
        world, kpi=kpi, kind=SourceKind.HTTP_JSON, url=local_server.url("/uptime"),
        json_path="$.data.uptime",
    )  # fmt: skip
    run = services.source_run(source=source)
    assert run.outcome == RunOutcome.RECORDED and run.check_in is None
    value = KpiValue.objects.get(kpi=kpi)
    assert run.kpi_value == value
    assert (value.value, value.source, value.author) == (99.8, "data", None)
    assert "Uptime probe" in value.note
    kpi.refresh_from_db()
    assert (kpi.status, kpi.current_value) == ("healthy", 99.8)
    check_in = CheckIn.objects.get(key_result=following)
    assert (check_in.value, check_in.source) == (99.8, CheckInSource.DATA)
    source.refresh_from_db()
    assert (source.last_value, source.consecutive_failures) == (99.8, 0)


def test_a_reading_that_turns_the_kpi_unhealthy_alerts(world, kpi):
    source = _create(world, kpi=kpi)
    services.source_push(source=source, value=99.9)
    assert not Notification.objects.filter(kind=Kind.KPI_UNHEALTHY).exists()
    services.source_push(source=source, value="97")
    kpi.refresh_from_db()
    assert kpi.status == "unhealthy"
    alerted = Notification.objects.filter(kind=Kind.KPI_UNHEALTHY)
    assert sorted(alerted.values_list("recipient_id", flat=True)) == sorted(
        [world.member.pk, world.lead.pk]
    )


def test_an_unchanged_value_is_logged_but_not_recorded(world, kpi, following):
    source = _create(world, kpi=kpi)
    at = datetime(2026, 1, 5, 9, tzinfo=UTC)
    first = services.deliver_reading(source=source, value=99.7, at=at)
    second = services.deliver_reading(source=source, value=99.7, at=at.replace(hour=10))
    assert (first.outcome, second.outcome) == (RunOutcome.RECORDED, RunOutcome.UNCHANGED)
    assert second.kpi_value is None
    assert KpiValue.objects.filter(kpi=kpi).count() == 1
    assert CheckIn.objects.filter(key_result=following).count() == 1
    source.refresh_from_db()
    assert source.last_reading_at == at.replace(hour=10)


def test_an_archived_kpi_makes_a_failed_run_and_nothing_half_written(world, kpi, following):
    source = _create(world, kpi=kpi)
    kpi_archive(kpi=kpi, actor=world.admin)
    run = services.source_push(source=source, value=99.9)
    assert run.outcome == RunOutcome.FAILED and "archived" in run.error
    assert not KpiValue.objects.exists() and not CheckIn.objects.exists()


@pytest.mark.parametrize("target", ["both", "none"])
def test_exactly_one_target(world, kr, kpi, target):
    fields = {"key_result": kr, "kpi": kpi} if target == "both" else {}
    with pytest.raises(ValidationError) as caught:
        _create(world, **fields)
    assert caught.value.message_dict.keys() & {"key_result", "kpi"}
    assert not DataSource.objects.exists()


def test_changing_the_target_to_a_kpi(world, kr, kpi):
    source = _create(world, key_result=kr)
    services.source_update(actor=world.admin, source=source, key_result=None, kpi=kpi)
    source.refresh_from_db()
    assert (source.key_result_id, source.kpi_id) == (None, kpi.pk)


def test_the_database_refuses_both_or_no_target(world, kr, kpi):
    for fields in ({"key_result": kr, "kpi": kpi}, {}):
        with pytest.raises(IntegrityError), transaction.atomic():
            DataSource.objects.create(
                organisation=world.organisation, name="X", kind="push", owner=world.member, **fields
            )


def test_a_kpi_of_another_organisation_is_refused(world, outsider_kpi):
    with pytest.raises(ValidationError) as caught:
        _create(world, kpi=outsider_kpi)
    assert "kpi" in caught.value.message_dict


def test_an_archived_kpi_cannot_be_chosen(world, kpi):
    kpi_archive(kpi=kpi, actor=world.admin)
    with pytest.raises(ValidationError, match="archived"):
        _create(world, kpi=kpi)


def test_the_owner_must_be_able_to_record_values_of_the_kpi(world, kpi):
    with pytest.raises(ValidationError) as caught:
        _create(world, kpi=kpi, owner=world.viewer)
    assert "owner" in caught.value.message_dict


@pytest.fixture
def outsider_kpi(world):
    from cairn.kpis.models import Kpi

    organisation = Organisation.objects.get(pk=world.outsider.organisation_id)
    return Kpi.objects.create(
        organisation=organisation, name="Their uptime", owner=world.outsider, unit="%",
        direction="higher", threshold_kind="above", healthy_low=99, warning_low=98,
        frequency="weekly",
    )  # fmt: skip
