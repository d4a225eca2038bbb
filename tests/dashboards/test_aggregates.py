"""The stored check-in days equal a recount from the check-ins, whatever the services did."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from cairn.dashboards import aggregates
from cairn.dashboards import selectors as rows
from cairn.dashboards.models import CheckInDay
from cairn.okrs.generate import Scale, generate
from cairn.okrs.models import CheckIn, Cycle
from cairn.okrs.permissions import Access
from cairn.okrs.services import (
    check_in_correct,
    check_in_record,
    key_result_create,
    key_result_delete,
    objective_create,
    objective_delete,
    objective_update,
)
from cairn.organisations.models import Role
from tests.factories import (
    CycleFactory,
    MembershipFactory,
    OrganisationFactory,
    PersonFactory,
    TeamFactory,
)

check_ins = st.tuples(
    # key result, days after the cycle's start, hour, confidence
    st.just("check_in"), st.integers(0, 5), st.integers(0, 44), st.integers(0, 23),
    st.integers(0, 10),
)  # fmt: skip
operations = st.lists(
    st.one_of(
        check_ins,
        check_ins,  # mostly check-ins, so corrections and moves have some to work on
        check_ins,
        st.tuples(st.just("correct"), st.integers(0, 50), st.integers(0, 10), st.none(), st.none()),
        st.tuples(st.just("team"), st.integers(0, 2), st.integers(0, 2), st.none(), st.none()),
        st.tuples(
            st.just("visibility"),
            st.integers(0, 2),
            st.sampled_from(["public", "team", "private"]),
            st.none(),
            st.none(),
        ),  # fmt: skip
        st.tuples(st.just("delete_kr"), st.integers(0, 5), st.none(), st.none(), st.none()),
        st.tuples(st.just("delete_objective"), st.integers(0, 2), st.none(), st.none(), st.none()),
    ),
    min_size=3,
    max_size=25,
)


def stored(cycle: Cycle) -> dict:
    """Each day's sums over its rows (a day holds one row per check-in until `compact`)."""
    weeks = {
        (r.team_key, r.visibility, r.day): r.week for r in CheckInDay.objects.filter(cycle=cycle)
    }
    return {
        key: (weeks[key], *sums)
        for key, sums in aggregates._summed(CheckInDay.objects.filter(cycle=cycle)).items()
        if sums != (0, 0, 0)
    }


def recounted(cycle: Cycle) -> dict:
    return {
        (r.team_key, r.visibility, r.day): (r.week, r.check_ins, r.confidence_sum, r.key_results)
        for r in aggregates.recount(cycle)
    }


def weeks(groups) -> set:
    return {(g.team_id, g.week, g.check_ins, g.confidence_sum, g.key_results) for g in groups if
            (g.check_ins, g.confidence_sum, g.key_results) != (0, 0, 0)}  # fmt: skip


class StoredDaysTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        # Far from UTC, so local days and UTC days differ.
        organisation = OrganisationFactory(time_zone="Pacific/Auckland")
        cls.admin = PersonFactory(organisation=organisation, role=Role.ADMIN)
        cls.member = PersonFactory(organisation=organisation)
        cls.teams = [None, *(TeamFactory(organisation=organisation) for _ in range(2))]
        MembershipFactory(team=cls.teams[1], person=cls.member)
        today = timezone.localdate()
        cls.cycle = CycleFactory(
            organisation=organisation,
            start=today - timedelta(days=45),
            end=today + timedelta(days=45),
        )

    def _moment(self, days: int, hour: int) -> datetime:
        day = self.cycle.start + timedelta(days=days)
        moment = datetime.combine(day, time(hour), tzinfo=self.admin.organisation.zone)
        return min(moment, timezone.now())

    @settings(max_examples=25, deadline=None)
    @given(operations)
    def test_stored_days_equal_a_recount_and_the_scan(self, ops: list[tuple]) -> None:
        objectives = [
            objective_create(actor=self.admin, cycle=self.cycle, title=f"O{i}", team=self.teams[i])
            for i in range(3)
        ]
        objective_update(objective=objectives[0], actor=self.admin, owner=self.member,
                         visibility="private")  # fmt: skip
        krs = [
            key_result_create(actor=self.admin, objective=objectives[i % 3], title=f"K{i}",
                              start=0, target=100)
            for i in range(6)
        ]  # fmt: skip
        for name, a, b, c, d in ops:
            live = [o for o in objectives if o.pk]
            live_krs = [k for k in krs if k.pk and k.objective.pk]
            if name == "check_in" and live_krs:
                kr = live_krs[a % len(live_krs)]
                check_in_record(key_result=kr, author=self.admin, value=b, confidence=d,
                                at=self._moment(b, c), confirm_implausible=True)  # fmt: skip
            elif name == "correct":
                open_ones = list(CheckIn.objects.filter(
                    key_result__objective__cycle=self.cycle, correction__isnull=True
                ).order_by("pk"))  # fmt: skip
                if open_ones:
                    check_in_correct(check_in=open_ones[a % len(open_ones)], author=self.admin,
                                     value=1, confidence=b, confirm_implausible=True)  # fmt: skip
            elif name == "team" and live:
                objective_update(
                    objective=live[a % len(live)], actor=self.admin, team=self.teams[b]
                )
            elif name == "visibility" and live:
                objective_update(objective=live[a % len(live)], actor=self.admin, visibility=b)
            elif name == "delete_kr" and live_krs:
                key_result_delete(key_result=live_krs[a % len(live_krs)], actor=self.admin)
            elif name == "delete_objective" and len(live) > 1:
                objective_delete(objective=live[a % len(live)], actor=self.admin)
            # After each step: a later recount of a team would hide an earlier mistake.
            assert stored(self.cycle) == recounted(self.cycle), name
        assert stored(self.cycle) == recounted(self.cycle)
        assert aggregates.rebuild(self.cycle) == 0  # the SQL recount gives the same rows
        assert stored(self.cycle) == recounted(self.cycle)
        organisation = self.admin.organisation
        a_team = rows.Scope(team_ids=frozenset({self.teams[1].pk}))
        for reader, scope in ((self.admin, rows.Scope()), (self.member, rows.Scope()),
                              (self.member, a_team)):  # fmt: skip
            access = Access(reader)
            now = timezone.now()
            starts = rows.week_starts(self.cycle, organisation, now)
            scanned = rows.check_in_weeks(access, scope, self.cycle, starts, now)
            assert weeks(rows.stored_check_in_weeks(access, scope, self.cycle, starts, now)) == (
                weeks(scanned)
            )
            # A past moment that is not a local midnight: the stored days plus that day's part.
            then = self._moment(30, 15)
            starts = rows.week_starts(self.cycle, organisation, then)
            scanned = rows.check_in_weeks(access, scope, self.cycle, starts, then)
            again = rows.stored_check_in_weeks(access, scope, self.cycle, starts, then, live=False)
            assert weeks(again) == weeks(scanned)


@pytest.mark.django_db
def test_a_check_in_outside_the_cycle_is_not_stored(world, kr) -> None:
    before = world.cycle.start - timedelta(days=1)
    at = datetime.combine(before, time(12), tzinfo=world.organisation.zone)
    check_in_record(key_result=kr, author=world.member, value=10, confidence=5, at=at)
    assert not CheckInDay.objects.filter(cycle=world.cycle).exists()
    check_in_record(key_result=kr, author=world.member, value=10, confidence=5)
    assert CheckInDay.objects.get(cycle=world.cycle).check_ins == 1


@pytest.mark.django_db
def test_the_generator_stores_the_days_a_recount_gives() -> None:
    organisation = generate(name="Gen", scale=Scale(people=30, quarters=2), today=date.today(),
                            progress=lambda *_: None)  # fmt: skip
    cycles = Cycle.objects.filter(organisation=organisation)
    assert CheckInDay.objects.filter(organisation=organisation).exists()
    for cycle in cycles:
        assert stored(cycle) == recounted(cycle)
        assert aggregates.rebuild(cycle) == 0  # in SQL: the same rows


@pytest.mark.django_db
def test_rebuild_repairs_wrong_and_missing_days(world, kr, capsys) -> None:
    check_in_record(key_result=kr, author=world.member, value=10, confidence=5)
    check_in_record(key_result=kr, author=world.member, value=12, confidence=7)
    right = stored(world.cycle)
    CheckInDay.objects.filter(cycle=world.cycle).update(check_ins=99)
    call_command("dashboards", "rebuild", "--org", world.organisation.slug)
    assert "1 stored days were wrong or missing" in capsys.readouterr().out
    assert stored(world.cycle) == right
    CheckInDay.objects.all().delete()
    call_command("dashboards", "rebuild")
    assert stored(world.cycle) == right
    with pytest.raises(CommandError, match="No organisation"):
        call_command("dashboards", "rebuild", "--org", "nowhere")


@pytest.mark.django_db
def test_a_correction_replaces_the_confidence_and_moving_the_objective_moves_the_days(
    world, kr
) -> None:
    first = check_in_record(key_result=kr, author=world.member, value=10, confidence=5)
    check_in_record(key_result=kr, author=world.member, value=12, confidence=7)
    check_in_correct(check_in=first, author=world.member, value=11, confidence=9)
    aggregates.compact()  # each check-in appended its row: one row of their sums
    row = CheckInDay.objects.get(cycle=world.cycle)
    assert (row.team_key, row.check_ins, row.confidence_sum, row.key_results) == (
        world.team.pk,
        2,
        16,
        1,
    )
    objective_update(objective=world.objective, actor=world.admin, team=world.company)
    row = CheckInDay.objects.get(cycle=world.cycle)
    assert (row.team_key, row.check_ins, row.confidence_sum) == (world.company.pk, 2, 16)


def test_compact_folds_each_day_into_one_row_with_the_same_sums(world, kr) -> None:
    from cairn.okrs.services import check_in_record

    for value in (1, 2, 3):
        check_in_record(key_result=kr, author=world.member, value=value, confidence=value + 4)
    before = stored(world.cycle)
    assert CheckInDay.objects.filter(cycle=world.cycle).count() == 3  # one row per check-in
    assert aggregates.compact() == 2
    assert CheckInDay.objects.filter(cycle=world.cycle).count() == 1
    assert stored(world.cycle) == before == recounted(world.cycle)
    assert aggregates.compact() == 0  # nothing left to fold


def test_the_sweep_folds_the_days(world, kr) -> None:
    from cairn.notifications.schedule import sweep_run
    from cairn.okrs.services import check_in_record

    for value in (1, 2):
        check_in_record(key_result=kr, author=world.member, value=value)
    assert sweep_run(claim=False).check_in_days_folded == 1
    assert stored(world.cycle) == recounted(world.cycle)
