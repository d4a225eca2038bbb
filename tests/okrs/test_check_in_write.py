"""The check-in write path: roll-up along long chains, its tasks queued in its transaction."""

from __future__ import annotations

import pytest
from django.db import transaction
from django_tasks_db.models import DBTaskResult
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from cairn.okrs.models import CheckIn, Objective
from cairn.okrs.services import (
    check_in_record,
    cycle_recompute,
    key_result_create,
    objective_align,
    objective_create,
)
from cairn.organisations.models import Role
from tests.factories import CycleFactory, PersonFactory

DEPTH = 6

chains = st.fixed_dictionaries(
    {
        # Which objectives of the chain also count their aligned children, and their weights.
        "count_children": st.lists(st.booleans(), min_size=DEPTH, max_size=DEPTH),
        "weights": st.lists(st.floats(0, 4, allow_nan=False), min_size=DEPTH, max_size=DEPTH),
        # (level of the key result's objective, value) for each check-in.
        "check_ins": st.lists(
            st.tuples(st.integers(0, DEPTH - 1), st.floats(-50, 250, allow_nan=False)),
            min_size=1,
            max_size=12,
        ),
    }
)


class LongChainTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.admin = PersonFactory(role=Role.ADMIN)
        cls.cycle = CycleFactory(organisation=cls.admin.organisation)

    @given(chains)
    @settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    def test_stored_progress_equals_a_recompute_exactly(self, chain) -> None:
        """Each level has a key result and a sibling outside the chain; the roll-up of one
        statement per step (lock, read, write) must give recompute's very floats."""
        objectives: list[Objective] = []
        krs = []
        for level in range(DEPTH):
            made = objective_create(
                actor=self.admin,
                cycle=self.cycle,
                title=f"Level {level}",
                count_aligned_children=chain["count_children"][level],
            )
            if objectives:
                objective_align(objective=made, actor=self.admin, parent_objective=objectives[-1])
                sibling = objective_create(actor=self.admin, cycle=self.cycle, title="Sibling")
                objective_align(
                    objective=sibling, actor=self.admin, parent_objective=objectives[-1]
                )
            Objective.objects.filter(pk=made.pk).update(weight=chain["weights"][level])
            objectives.append(made)
            krs.append(
                key_result_create(
                    actor=self.admin, objective=made, title=f"K{level}", start=0, target=100
                )
            )
        for level, value in chain["check_ins"]:
            check_in_record(
                key_result=krs[level], author=self.admin, value=value, confirm_implausible=True
            )
        # Weights were changed behind the services' back: recompute once, then write again.
        cycle_recompute(cycle=self.cycle)
        for level, value in reversed(chain["check_ins"]):
            check_in_record(
                key_result=krs[level], author=self.admin, value=value, confirm_implausible=True
            )
        assert cycle_recompute(cycle=self.cycle) == 0


def test_a_task_queued_in_a_transaction_commits_or_rolls_back_with_it(world, kr, settings):
    """With the database queue (the default) the task's row is written inside the transaction
    that queues it: it shares that commit, and vanishes when the work rolls back."""
    from cairn import tasks
    from cairn.notifications.alerts import alert_check_in

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
    alerts = DBTaskResult.objects.filter(task_path__endswith="alert_check_in")
    with pytest.raises(RuntimeError), transaction.atomic():
        tasks.enqueue(alert_check_in, 1)
        assert alerts.count() == 1  # written in the transaction, not after its commit
        raise RuntimeError("the work failed")
    assert alerts.count() == 0


def test_a_check_in_queues_its_alert_once_it_commits(
    world, kr, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
    alerts = DBTaskResult.objects.filter(task_path__endswith="alert_check_in")
    with (
        pytest.raises(RuntimeError),
        django_capture_on_commit_callbacks(execute=True),
        transaction.atomic(),
    ):
        check_in_record(key_result=kr, author=world.member, value=10)
        raise RuntimeError("the request failed after the check-in")
    assert alerts.count() == 0
    assert not CheckIn.objects.filter(key_result=kr).exists()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        # Blockers: an alert may follow (a check-in that cannot alert queues no task).
        check_in = check_in_record(key_result=kr, author=world.member, value=10, blockers="Legal")
        assert alerts.count() == 0  # events are sent after the commit (cairn.okrs.events)
    assert len(callbacks) == 1  # pace and check-in events in one transaction of their own
    assert alerts.get().args_kwargs["args"] == [check_in.pk]


def test_a_check_in_dated_before_the_latest_keeps_the_latest_reading(world, kr):
    """The newest check-in decides the key result's reading, whatever order they arrive in."""
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    check_in_record(key_result=kr, author=world.member, value=10, at=now)
    check_in_record(key_result=kr, author=world.member, value=15, at=now - timedelta(days=2))
    kr.refresh_from_db()
    assert kr.current == 10
    assert kr.last_check_in_at == now
    check_in_record(key_result=kr, author=world.member, value=12, at=now)  # same time: newer id
    kr.refresh_from_db()
    assert kr.current == 12


def test_a_recorded_check_in_is_stored_as_the_orm_would_store_it(world, kr):
    """The hand-written INSERT stores every field (recorded_at included) and sets the id."""
    from django.utils import timezone

    before = timezone.now()
    check_in = check_in_record(
        key_result=kr, author=world.member, value=9.5, confidence=7, note="n", blockers="b"
    )
    stored = CheckIn.objects.get(pk=check_in.pk)
    fields = [f.attname for f in CheckIn._meta.concrete_fields]
    assert [getattr(stored, f) for f in fields] == [getattr(check_in, f) for f in fields]
    assert stored.recorded_at >= before and stored.source == "web"
    assert not check_in._state.adding
    assert (stored.key_result_id, stored.author_id, stored.organisation_id) == (
        kr.pk,
        world.member.pk,
        world.organisation.pk,
    )
