"""KPI services: who may write, validation, status, alerts once per turn, following key results."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from cairn.kpis.models import Kpi, KpiValue
from cairn.kpis.services import kpi_archive, kpi_create, kpi_update, kpi_value_record
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification, Preference
from cairn.okrs.models import CheckIn, CycleState, KeyResult
from cairn.okrs.services import key_result_create, key_result_update
from tests.factories import OrganisationFactory, PersonFactory, TeamFactory
from tests.kpis.conftest import make_kpi


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [("admin", True), ("lead", True), ("member", True), ("viewer", False), ("outsider", False)],
)
def test_who_records_values(world, kpi, persona, allowed):
    actor = getattr(world, persona)
    if allowed:
        kpi_value_record(kpi=kpi, value=99.9, actor=actor)
    else:
        with pytest.raises(PermissionDenied):
            kpi_value_record(kpi=kpi, value=99.9, actor=actor)
    assert KpiValue.objects.count() == (1 if allowed else 0)


def test_a_member_records_only_the_kpis_they_own(world):
    kpi = make_kpi(world, owner=world.lead)
    with pytest.raises(PermissionDenied):
        kpi_value_record(kpi=kpi, value=1, actor=world.member)


def test_the_system_records_without_an_actor(world, kpi):
    value = kpi_value_record(kpi=kpi, value=99.9, source="data")
    assert value.author is None and value.source == "data"


@pytest.mark.parametrize(
    ("persona", "team", "allowed"),
    [
        ("admin", None, True),
        ("lead", "team", True),
        ("lead", None, False),
        ("member", "team", True),  # owned by themselves
        ("viewer", "team", False),
    ],
)
def test_who_creates(world, persona, team, allowed):
    actor = getattr(world, persona)
    arguments = {"actor": actor, "name": "NPS", "team": world.team if team else None}
    arguments.update(threshold_kind="above", healthy_low=30, direction="higher")
    if allowed:
        assert kpi_create(**arguments).owner == actor
    else:
        with pytest.raises(PermissionDenied):
            kpi_create(**arguments)


def test_a_member_cannot_create_a_kpi_owned_by_someone_else(world):
    with pytest.raises(PermissionDenied):
        kpi_create(
            actor=world.member, name="NPS", team=world.team, owner=world.lead, healthy_low=30
        )


def test_cross_organisation_team_and_owner_are_refused(world):
    other = OrganisationFactory()
    stranger = PersonFactory(organisation=other)
    with pytest.raises(ValidationError) as caught:
        kpi_create(actor=world.admin, name="NPS", owner=stranger, healthy_low=1)
    assert "owner" in caught.value.message_dict
    with pytest.raises(ValidationError) as caught:
        kpi_create(
            actor=world.admin, name="NPS", team=TeamFactory(organisation=other), healthy_low=1
        )
    assert "team" in caught.value.message_dict
    assert not Kpi.objects.exists()


def test_an_outsider_cannot_touch_a_kpi(world, kpi):
    with pytest.raises(PermissionDenied):
        kpi_update(kpi=kpi, actor=world.outsider, name="Mine")
    with pytest.raises(PermissionDenied):
        kpi_archive(kpi=kpi, actor=world.outsider)


def test_names_are_unique_in_an_organisation(world, kpi):
    with pytest.raises(ValidationError) as caught:
        make_kpi(world, name="uptime")
    assert "name" in caught.value.message_dict


@pytest.mark.parametrize(
    ("value", "field"),
    [("lots", "value"), (float("nan"), "value"), (None, "value"), (True, "value")],
)
def test_bad_values_write_nothing(world, kpi, value, field):
    with pytest.raises(ValidationError) as caught:
        kpi_value_record(kpi=kpi, value=value, actor=world.admin)
    assert field in caught.value.message_dict
    assert not KpiValue.objects.exists()


def test_bad_moments_and_sources_are_refused(world, kpi):
    future = timezone.now() + timedelta(days=1)
    for arguments in (
        {"recorded_at": future},
        {"recorded_at": "2026-01-01"},
        {"recorded_at": future.replace(tzinfo=None)},
        {"source": "telepathy"},
        {"note": "x" * 5001},
    ):
        with pytest.raises(ValidationError):
            kpi_value_record(kpi=kpi, value=1, actor=world.admin, **arguments)
    assert not KpiValue.objects.exists()


def test_the_latest_value_by_date_sets_the_status(world, kpi):
    now = timezone.now()
    kpi_value_record(kpi=kpi, value=99.9, recorded_at=now, actor=world.admin)
    kpi_value_record(kpi=kpi, value=90, recorded_at=now - timedelta(days=9), actor=world.admin)
    kpi.refresh_from_db()
    assert kpi.status == "healthy" and kpi.current_value == 99.9
    kpi_value_record(kpi=kpi, value=99.2, actor=world.admin)
    kpi.refresh_from_db()
    assert kpi.status == "warning"


def test_new_thresholds_recompute_the_status(world, kpi):
    kpi_value_record(kpi=kpi, value=99.2, actor=world.admin)
    kpi = kpi_update(kpi=kpi, actor=world.admin, healthy_low=99, warning_low=None)
    assert kpi.status == "healthy"


def _alerts():
    return Notification.objects.filter(kind=Kind.KPI_UNHEALTHY)


def test_the_owner_and_leads_are_alerted_once_per_turn_into_unhealthy(world, kpi):
    kpi_value_record(kpi=kpi, value=99.9, actor=world.admin)
    assert not _alerts().exists()
    kpi_value_record(kpi=kpi, value=99.2, actor=world.admin)  # warning
    assert not _alerts().exists()
    kpi_value_record(kpi=kpi, value=97, actor=world.admin)  # warning → unhealthy
    assert sorted(_alerts().values_list("recipient_id", flat=True)) == sorted(
        [world.member.pk, world.lead.pk]
    )
    kpi_value_record(kpi=kpi, value=96, actor=world.admin)  # still unhealthy: no new alert
    kpi_value_record(kpi=kpi, value=95, actor=world.admin)
    assert _alerts().count() == 2
    kpi_value_record(kpi=kpi, value=99.9, actor=world.admin)  # healthy again
    kpi_value_record(kpi=kpi, value=90, actor=world.admin)  # a second turn
    assert _alerts().count() == 4
    alert = _alerts().filter(recipient=world.member).first()
    assert "Uptime" in alert.title and alert.link == f"/kpis/{kpi.pk}/"


def test_the_first_value_may_alert(world, kpi):
    kpi_value_record(kpi=kpi, value=50, actor=world.admin)
    assert _alerts().count() == 2


def test_a_person_who_turned_the_kind_off_is_not_alerted(world, kpi):
    Preference.objects.create(
        organisation=world.organisation, person=world.lead, kinds_off=[Kind.KPI_UNHEALTHY]
    )
    kpi_value_record(kpi=kpi, value=50, actor=world.admin)
    assert list(_alerts().values_list("recipient_id", flat=True)) == [world.member.pk]


@pytest.fixture
def following(world, kpi) -> KeyResult:
    kr = key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Keep uptime above 99.5%",
        kind="stay_above",
        target=99.5,
        unit="%",
    )
    return key_result_update(key_result=kr, actor=world.member, follows_kpi=kpi)


def test_a_following_key_result_gets_a_data_check_in(world, kpi, following):
    at = timezone.now() - timedelta(hours=2)
    kpi_value_record(kpi=kpi, value=99.7, recorded_at=at, actor=world.admin, note="Quiet week")
    check_in = CheckIn.objects.get(key_result=following)
    assert check_in.source == "data" and check_in.value == 99.7
    assert check_in.checked_in_at == at
    assert check_in.author == world.admin  # the admin may check in on it
    assert "Uptime" in check_in.note and "Quiet week" in check_in.note
    following.refresh_from_db()
    assert following.current == 99.7 and following.progress == 1.0


def test_the_owner_signs_the_check_in_when_the_recorder_may_not(world, kpi, following):
    kpi_value_record(kpi=kpi, value=99.7, source="data")  # a data source: nobody
    assert CheckIn.objects.get(key_result=following).author == world.member


def test_following_starts_with_the_kpis_latest_value(world, kpi):
    kpi_value_record(kpi=kpi, value=99.8, actor=world.admin)
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="Uptime", kind="stay_above", target=99
    )
    key_result_update(key_result=kr, actor=world.member, follows_kpi=kpi)
    assert CheckIn.objects.get(key_result=kr).value == 99.8


def test_a_closed_cycle_takes_no_check_ins_from_the_kpi(world, kpi, following):
    world.cycle.state = CycleState.CLOSED
    world.cycle.save()
    kpi_value_record(kpi=kpi, value=99.7, actor=world.admin)
    assert KpiValue.objects.count() == 1 and not CheckIn.objects.exists()


def test_a_milestone_or_another_organisations_kpi_cannot_be_followed(world, kpi):
    milestone = key_result_create(
        actor=world.member, objective=world.objective, title="Ship it", kind="milestone"
    )
    with pytest.raises(ValidationError) as caught:
        key_result_update(key_result=milestone, actor=world.member, follows_kpi=kpi)
    assert "follows_kpi" in caught.value.message_dict
    other = OrganisationFactory()
    admin = PersonFactory(organisation=other, role="admin")
    foreign = kpi_create(actor=admin, name="Foreign", healthy_low=1)
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="x", start=0, target=5
    )
    with pytest.raises(ValidationError):
        key_result_update(key_result=kr, actor=world.member, follows_kpi=foreign)
    kr.refresh_from_db()
    assert kr.follows_kpi is None


def test_clearing_follow_stops_the_check_ins(world, kpi, following):
    key_result_update(key_result=following, actor=world.member, follows_kpi=None)
    kpi_value_record(kpi=kpi, value=99.7, actor=world.admin)
    assert not CheckIn.objects.exists()
