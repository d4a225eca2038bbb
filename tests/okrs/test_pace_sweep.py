"""pace_sweep: time alone moves a key result off track; the change is stored and announced once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.dispatch import receiver
from django.utils import timezone

from cairn.okrs import events
from cairn.okrs.models import CycleState, KeyResult
from cairn.okrs.services import check_in_record, key_result_create
from cairn.okrs.services.pace_sweep import pace_sweep


@pytest.fixture
def announced():
    """Return the list of (old, new) pace changes sent while the test runs."""
    seen: list[tuple[int, str, str]] = []

    @receiver(events.pace_changed, weak=False, dispatch_uid="test_pace_sweep")
    def record(sender, key_result, old, new, **kwargs):
        seen.append((key_result.pk, old, new))

    yield seen
    events.pace_changed.disconnect(dispatch_uid="test_pace_sweep")


@pytest.fixture
def halfway(world, django_capture_on_commit_callbacks) -> KeyResult:
    """Return a key result at 50% halfway through the cycle: on track today."""
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="Grow NPS from 0 to 100",
        start=0, target=100,
    )  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        check_in_record(key_result=kr, author=world.member, value=50)
    kr.refresh_from_db()
    return kr


def sweep(capture, **kwargs) -> int:
    with capture(execute=True):
        return pace_sweep(**kwargs)


def test_a_check_in_stores_the_status_it_announces(halfway):
    assert halfway.pace_status == "on_track"


def test_time_alone_moves_a_key_result_off_track_and_it_is_announced_once(
    halfway, announced, django_capture_on_commit_callbacks
):
    later = timezone.now() + timedelta(days=40)

    assert sweep(django_capture_on_commit_callbacks, now=later) == 1
    assert sweep(django_capture_on_commit_callbacks, now=later) == 0

    assert announced == [(halfway.pk, "on_track", "off_track")]
    halfway.refresh_from_db()
    assert halfway.pace_status == "off_track"


def test_nothing_is_announced_while_the_pace_holds(
    halfway, announced, django_capture_on_commit_callbacks
):
    assert sweep(django_capture_on_commit_callbacks) == 0
    assert announced == []


def test_the_first_observation_is_stored_silently(
    halfway, announced, django_capture_on_commit_callbacks
):
    KeyResult.objects.filter(pk=halfway.pk).update(pace_status="")

    assert sweep(django_capture_on_commit_callbacks, now=timezone.now() + timedelta(days=40)) == 0

    assert announced == []
    halfway.refresh_from_db()
    assert halfway.pace_status == "off_track"


def test_a_check_in_announces_from_the_status_last_announced(
    world, halfway, announced, django_capture_on_commit_callbacks
):
    # Time moved the KR off track, the sweep said so; a check-in at 70% brings it to at risk.
    later = timezone.now() + timedelta(days=40)
    sweep(django_capture_on_commit_callbacks, now=later)
    world.cycle.start -= timedelta(days=40)
    world.cycle.end -= timedelta(days=40)
    world.cycle.save()
    announced.clear()
    with django_capture_on_commit_callbacks(execute=True):
        check_in_record(key_result=halfway, author=world.member, value=70)

    assert announced == [(halfway.pk, "off_track", "at_risk")]


@pytest.mark.parametrize("state", [CycleState.PLANNING, CycleState.GRADING, CycleState.CLOSED])
def test_cycles_that_are_not_active_are_left_alone(
    world, halfway, announced, django_capture_on_commit_callbacks, state
):
    world.cycle.state = state
    world.cycle.save()

    assert sweep(django_capture_on_commit_callbacks, now=timezone.now() + timedelta(days=40)) == 0
    halfway.refresh_from_db()
    assert halfway.pace_status == "on_track"


def test_the_sweep_reads_in_a_fixed_number_of_queries(
    world, halfway, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    for n in range(20):
        key_result_create(
            actor=world.member, objective=world.objective, title=f"Grow metric {n} from 0 to 10",
            start=0, target=10,
        )  # fmt: skip
    with django_assert_max_num_queries(6):
        sweep(django_capture_on_commit_callbacks, now=timezone.now() + timedelta(days=40))
