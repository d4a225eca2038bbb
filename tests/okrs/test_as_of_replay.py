"""Property: "as of" any moment equals what the live services showed at that moment (replay)."""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from cairn.okrs import measures
from cairn.okrs.as_of import cycle_as_of, rebuild
from cairn.okrs.models import KeyResult, Objective
from cairn.okrs.services import (
    check_in_record,
    key_result_create,
    key_result_update,
    objective_align,
    objective_create,
    objective_update,
)
from cairn.organisations.models import Role
from tests.factories import CycleFactory, PersonFactory
from tests.okrs.test_as_of import Clock

values = st.floats(-50, 250, allow_nan=False)
# Printable titles: PostgreSQL refuses NUL bytes in text (a limit of the column, not of as-of).
titles = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=8)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("check_in"), st.integers(0, 9), values, st.integers(0, 10)),
        st.tuples(st.just("target"), st.integers(0, 9), st.floats(1, 300), st.none()),
        st.tuples(st.just("kr_title"), st.integers(0, 9), titles, st.none()),
        st.tuples(st.just("kr_weight"), st.integers(0, 9), st.floats(0, 5), st.none()),
        st.tuples(st.just("title"), st.integers(0, 3), titles, st.none()),
        st.tuples(st.just("owner"), st.integers(0, 3), st.integers(0, 1), st.none()),
        st.tuples(st.just("align"), st.integers(0, 3), st.integers(-1, 3), st.none()),
        st.tuples(st.just("count_children"), st.integers(0, 3), st.booleans(), st.none()),
        st.tuples(st.just("add_kr"), st.integers(0, 3), st.floats(1, 300), st.none()),
        st.tuples(st.just("add_objective"), st.none(), st.none(), st.none()),
    ),
    max_size=20,
)


class AsOfReplayTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.admin = PersonFactory(role=Role.ADMIN)
        cls.other = PersonFactory(organisation=cls.admin.organisation)
        cls.cycle = CycleFactory(organisation=cls.admin.organisation)

    def _build(self) -> tuple[list[Objective], list[KeyResult]]:
        objectives = [
            objective_create(actor=self.admin, cycle=self.cycle, title=f"O{i}") for i in range(3)
        ]
        krs = [
            key_result_create(
                actor=self.admin,
                objective=objectives[i % 3],
                title=f"K{i}",
                start=0 if i % 2 else 100,
                target=100 if i % 2 else 0,
            )
            for i in range(4)
        ]
        return objectives, krs

    def _apply(self, op: tuple, objectives: list[Objective], krs: list[KeyResult]) -> None:
        name, index, arg, extra = op
        kr = krs[index % len(krs)] if index is not None else None
        objective = objectives[index % len(objectives)] if index is not None else None
        if name == "check_in":
            check_in_record(
                key_result=kr,
                author=self.admin,
                value=arg,
                confidence=extra,
                confirm_implausible=True,
            )
        elif name in ("target", "kr_title", "kr_weight"):
            field = {"target": "target", "kr_title": "title", "kr_weight": "weight"}[name]
            key_result_update(key_result=kr, actor=self.admin, **{field: arg})
        elif name == "title":
            objective_update(objective=objective, actor=self.admin, title=arg)
        elif name == "owner":
            owner = (self.admin, self.other)[arg]
            objective_update(objective=objective, actor=self.admin, owner=owner)
        elif name == "count_children":
            objective_update(objective=objective, actor=self.admin, count_aligned_children=arg)
        elif name == "align":
            parent = objectives[arg % len(objectives)] if arg >= 0 else None
            objective_align(objective=objective, actor=self.admin, parent_objective=parent)
        elif name == "add_kr":
            krs.append(
                key_result_create(
                    actor=self.admin, objective=objective, title="New", start=0, target=arg
                )
            )
        else:
            objectives.append(objective_create(actor=self.admin, cycle=self.cycle, title="New O"))

    def _live(self, now: datetime) -> dict:
        """Return what the live rows say at `now`, pace evaluated then."""
        organisation = self.admin.organisation
        state = {("o", o.pk): _objective(o) for o in Objective.objects.filter(cycle=self.cycle)}
        for kr in KeyResult.objects.filter(objective__cycle=self.cycle).select_related(
            "objective__cycle"
        ):
            pace = measures.pace(kr, self.cycle, organisation, now).status.value
            state[("k", kr.pk)] = _key_result(kr, pace)
        return state

    def _as_of(self, at: datetime) -> dict:
        state = {}
        for o in cycle_as_of(self.cycle, at).values():
            state[("o", o.id)] = _objective(o)
            for kr in o.key_results:
                state[("k", kr.id)] = _key_result(kr, kr.pace)
        return state

    @given(operations)
    @settings(max_examples=30, deadline=None)
    def test_as_of_equals_the_replayed_live_state(self, ops) -> None:
        recorded: list[tuple[datetime, dict]] = []
        with Clock(timezone.now() + timedelta(minutes=1)) as clock:
            objectives, krs = self._build()
            recorded.append((clock.now, self._live(clock.now)))
            for op in ops:
                clock.tick(5)
                # Refused writes (loops, bad targets) are part of the sequence.
                with contextlib.suppress(ValidationError):
                    self._apply(op, objectives, krs)
                recorded.append((clock.now, self._live(clock.now)))
        organisation = self.admin.organisation
        for at, live in recorded:
            assert self._as_of(at) == live, at
            # A rebuild of one objective loads only what its progress depends on: the same.
            for objective in objectives[:3]:
                found = rebuild([objective.pk], at, organisation).get(objective.pk)
                if found is not None:
                    assert round(found.progress, 9) == live[("o", objective.pk)][4], at


def _objective(o) -> tuple:
    """What the replay compares of an objective, live row or rebuilt one alike."""
    return (o.title, o.owner_id, o.parent_objective_id, o.weight, round(o.progress, 9))


def _key_result(kr, pace: str) -> tuple:
    """What the replay compares of a key result, live row or rebuilt one alike."""
    return (
        kr.objective_id, kr.title, kr.start, kr.target, kr.weight, kr.current, kr.confidence,
        round(kr.progress, 9), pace,
    )  # fmt: skip
