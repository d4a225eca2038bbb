"""Stored as-of days give exactly what the rebuild of that day gives, reader by reader."""

from __future__ import annotations

from dataclasses import astuple
from datetime import datetime, time, timedelta

from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from cairn.dashboards import days
from cairn.dashboards.models import PaceDay, RiskyKeyResultDay, TeamPaceDay
from cairn.okrs.models import CheckIn, CycleState, Visibility
from cairn.okrs.permissions import Access
from cairn.okrs.services import (
    check_in_correct,
    check_in_record,
    key_result_create,
    key_result_update,
    objective_create,
    objective_update,
)
from cairn.organisations.models import Role
from cairn.web.queries.dashboards import PARTS, company_heat, dashboard, team_heat
from tests.factories import (
    CycleFactory,
    KeyResultFactory,
    MembershipFactory,
    ObjectiveFactory,
    OrganisationFactory,
    PersonFactory,
    TeamFactory,
)
from tests.okrs.test_as_of import Clock
from tests.web.as_of.conftest import backdate

# (day after the cycle's start, hour, what, which, value)
history = st.lists(
    st.tuples(
        st.integers(0, 40),
        st.integers(0, 23),
        st.sampled_from(
            [
                "check_in",
                "check_in",
                "check_in",
                "target",
                "team",
                "owner",
                "new_kr",
                "correct",
                "title",
            ]
        ),
        st.integers(0, 7),
        st.integers(0, 120),
    ),  # fmt: skip
    max_size=16,
)


def figures(board) -> tuple:
    """Every pace figure of a board, comparable (float sums rounded: any order)."""
    teams = [(r.key, r.label, r.paces, r.count, round(r.progress_sum, 9), r.confidence_sum,
              r.recent) for r in board.teams]  # fmt: skip
    return (
        teams,
        board.paces,
        [
            (
                kr.pk,
                kr.title,
                kr.pace,
                round(kr.progress, 9),
                kr.confidence,
                kr.objective.title,
                kr.owner_id,
            )
            for kr in board.at_risk
        ],  # fmt: skip
        [(r.key, r.key_results, r.checked) for r in board.discipline],
        [(w.starts, w.check_ins, w.confidence_sum) for w in board.weeks],
        ([(o.pk, o.title, round(o.progress, 9)) for o in board.unaligned], board.unaligned_count),
    )


def stored_and_rebuilt(access, heat, cycle, at, limit=3) -> tuple[tuple, tuple, object]:
    """Return the figures from the stored day, then from the rebuild (markers set aside)."""
    board = dashboard(access, heat, "t", cycle, parts=PARTS, at=at, limit=limit)
    markers = list(PaceDay.objects.filter(cycle=cycle))
    PaceDay.objects.filter(cycle=cycle).delete()
    rebuilt = dashboard(access, heat, "t", cycle, parts=PARTS, at=at, limit=limit)
    PaceDay.objects.bulk_create(markers)
    return figures(board), figures(rebuilt), board


class StoredDayTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        # Far from UTC, so local days and UTC days differ.
        organisation = OrganisationFactory(time_zone="Pacific/Kiritimati")
        cls.organisation = organisation
        cls.admin = PersonFactory(organisation=organisation, role=Role.ADMIN)
        cls.member = PersonFactory(organisation=organisation)
        root = TeamFactory(organisation=organisation, name="Root")
        cls.teams = [None, *(TeamFactory(organisation=organisation, parent=root) for _ in range(2))]
        MembershipFactory(team=cls.teams[1], person=cls.member)
        today = timezone.now().astimezone(organisation.zone).date()
        cls.cycle = CycleFactory(organisation=organisation, start=today - timedelta(days=45),
                                 end=today + timedelta(days=45), state=CycleState.ACTIVE)  # fmt: skip

    def _moment(self, day: int, hour: int) -> datetime:
        moment = datetime.combine(
            self.cycle.start + timedelta(days=day), time(hour), tzinfo=self.organisation.zone
        )
        return min(moment, timezone.now() - timedelta(minutes=5))

    @settings(max_examples=12, deadline=None)
    @given(history, st.lists(st.integers(0, 44), min_size=1, max_size=3, unique=True))
    def test_a_stored_day_equals_the_rebuild_of_that_day(self, steps, chosen) -> None:
        start = self._moment(0, 8)
        with Clock(start) as clock:
            objectives = [
                objective_create(actor=self.admin, cycle=self.cycle, title=f"O{i}",
                                 team=self.teams[i % 3])
                for i in range(4)
            ]  # fmt: skip
            objective_update(objective=objectives[0], actor=self.admin, owner=self.member,
                             visibility=Visibility.PRIVATE)  # fmt: skip
            objective_update(objective=objectives[3], actor=self.admin, visibility="team")
            krs = [
                key_result_create(actor=self.admin, objective=objectives[i % 4], title=f"K{i}",
                                  start=0, target=100, owner=self.member if i % 3 else None,
                                  due_date=self.cycle.end - timedelta(days=i * 9))
                for i in range(6)
            ]  # fmt: skip
            for day, hour, what, which, value in sorted(steps):
                clock.now = max(clock.now, self._moment(day, hour))
                kr = krs[which % len(krs)]
                if what == "check_in":
                    check_in_record(key_result=kr, author=self.admin, value=value,
                                    confidence=value % 11, confirm_implausible=True)  # fmt: skip
                elif what == "correct":
                    last = CheckIn.objects.filter(key_result=kr, correction__isnull=True,
                                                  corrects__isnull=True).last()  # fmt: skip
                    if last is not None:
                        check_in_correct(check_in=last, author=self.admin, value=value,
                                         confidence=value % 11, confirm_implausible=True)  # fmt: skip
                elif what == "target":
                    key_result_update(key_result=kr, actor=self.admin, target=value + 1)
                elif what == "title":
                    key_result_update(key_result=kr, actor=self.admin, title=f"K{value}")
                elif what == "team":
                    objective_update(objective=objectives[which % 4], actor=self.admin,
                                     team=self.teams[value % 3])  # fmt: skip
                elif what == "owner":
                    key_result_update(key_result=kr, actor=self.admin,
                                      owner=self.member if value % 2 else self.admin)  # fmt: skip
                elif what == "new_kr":
                    krs.append(key_result_create(actor=self.admin, objective=objectives[which % 4],
                                                 title=f"N{value}", start=0, target=50))  # fmt: skip
        wanted = days.wanted_days(self.cycle, self.organisation, timezone.now())
        stored = [d for d in wanted if (d - self.cycle.start).days in chosen]
        days.days_store(self.cycle, stored)
        company, team = company_heat(self.organisation), team_heat(self.teams[1])
        for day in stored:
            at = days.day_end(day, self.organisation)
            for reader in (self.admin, self.member):
                for heat in (company, team):
                    got, expected, board = stored_and_rebuilt(Access(reader), heat, self.cycle, at)
                    assert board.stored_day == day  # the stored path was taken
                    assert got == expected, (day, reader.role, heat.scope)


def test_a_private_objective_never_leaks_through_the_stored_rows(world) -> None:
    """Stored as public, made private since: the day's rows are dropped at once."""
    with Clock(timezone.now() - timedelta(days=3)):
        secret = ObjectiveFactory(cycle=world.cycle, team=world.company, owner=world.admin)
        KeyResultFactory(objective=secret, title="Secret plan", progress=0.0, confidence=1)
    yesterday = timezone.now().astimezone(world.organisation.zone).date() - timedelta(days=1)
    days.days_store(world.cycle, [yesterday])
    assert RiskyKeyResultDay.objects.filter(key_result__title="Secret plan").exists()
    at = days.day_end(yesterday, world.organisation)
    heat = company_heat(world.organisation)
    before = dashboard(Access(world.member), heat, "t", world.cycle, at=at)
    assert "Secret plan" in [kr.title for kr in before.at_risk] and before.stored_day
    objective_update(objective=secret, actor=world.admin, visibility=Visibility.PRIVATE)
    assert not PaceDay.objects.filter(cycle=world.cycle).exists()
    after = dashboard(Access(world.member), heat, "t", world.cycle, at=at)
    assert after.stored_day is None  # rebuilt until the sweep writes the day again
    assert "Secret plan" not in [kr.title for kr in after.at_risk]
    assert after.total.count == before.total.count - 1
    days.days_store(world.cycle, [yesterday])  # written again: private, counted for no member
    again = dashboard(Access(world.member), heat, "t", world.cycle, at=at)
    assert again.stored_day == yesterday
    assert "Secret plan" not in [kr.title for kr in again.at_risk]
    assert again.total.count == after.total.count
    admin = dashboard(Access(world.admin), heat, "t", world.cycle, at=at)
    assert "Secret plan" in [kr.title for kr in admin.at_risk]
    # The rows are kept by visibility, per team: no row names the secret key result for a member.
    assert TeamPaceDay.objects.filter(visibility=Visibility.PRIVATE).exists()


def test_a_back_dated_check_in_drops_the_days_it_changes_at_the_next_sweep(world) -> None:
    kr = KeyResultFactory(objective=world.objective, progress=0.0, confidence=3)
    backdate(5, world.objective)
    zone = world.organisation.zone
    today = timezone.now().astimezone(zone).date()
    stored = [today - timedelta(days=n) for n in (4, 2, 1)]
    days.days_store(world.cycle, stored)
    moment = datetime.combine(today - timedelta(days=2), time(12), tzinfo=zone)
    check_in_record(key_result=kr, author=world.admin, value=kr.target, confidence=9, at=moment)
    days.late_check_ins(timezone.now() + timedelta(minutes=5))
    left = set(PaceDay.objects.filter(cycle=world.cycle).values_list("day", flat=True))
    assert left == {today - timedelta(days=4)}  # the days from the check-in's day on go
    assert days.refresh(limit=None) >= 2  # and are written again by the sweep
    at = days.day_end(today - timedelta(days=1), world.organisation)
    got, expected, board = stored_and_rebuilt(
        Access(world.admin), company_heat(world.organisation), world.cycle, at
    )
    assert board.stored_day and got == expected and board.total.confidence_sum >= 9
    days.late_check_ins(timezone.now() + timedelta(minutes=5))  # seen: nothing more dropped
    assert PaceDay.objects.filter(cycle=world.cycle).count() >= 3


def test_a_changed_cycle_end_or_threshold_makes_the_day_unused(world) -> None:
    yesterday = timezone.now().astimezone(world.organisation.zone).date() - timedelta(days=1)
    days.days_store(world.cycle, [yesterday])
    at = days.day_end(yesterday, world.organisation)
    access, heat = Access(world.admin), company_heat(world.organisation)
    assert dashboard(access, heat, "t", world.cycle, at=at).stored_day == yesterday
    world.organisation.pace_at_risk = 0.3
    world.organisation.save()
    access = Access(type(world.admin).objects.get(pk=world.admin.pk))
    assert dashboard(access, heat, "t", world.cycle, at=at).stored_day is None
    assert yesterday in days.missing_days(world.cycle, timezone.now())


def test_the_sweep_writes_a_few_missing_days_newest_first(world) -> None:
    from cairn.notifications.schedule import sweep_run

    done = sweep_run(claim=False)
    assert done.dashboard_days == days.DAYS_PER_SWEEP
    yesterday = timezone.now().astimezone(world.organisation.zone).date() - timedelta(days=1)
    assert PaceDay.objects.filter(cycle=world.cycle, day=yesterday).exists()


def test_a_team_dashboard_rebuilds_only_its_objectives_and_those_moved_since(world) -> None:
    from unittest import mock

    from cairn.web.queries import dashboards_then as module

    other = TeamFactory(organisation=world.organisation, parent=world.company)
    with Clock(timezone.now() - timedelta(days=3)):
        far = objective_create(actor=world.admin, cycle=world.cycle, title="Elsewhere", team=other)
        key_result_create(actor=world.admin, objective=far, title="Far away", start=0, target=9)
        moved = objective_create(actor=world.admin, cycle=world.cycle, title="Moved",
                                 team=world.team)  # fmt: skip
        key_result_create(actor=world.admin, objective=moved, title="Moved KR", start=0, target=9)
    objective_update(objective=moved, actor=world.admin, team=other)  # after the date
    seen: list[set[int]] = []
    real = module.objectives_as_of

    def spy(objectives, at, organisation):
        seen.append(set(objectives.values_list("pk", flat=True)))
        return real(objectives, at, organisation)

    at = timezone.now() - timedelta(days=1)
    with mock.patch.object(module, "objectives_as_of", spy):
        board = dashboard(Access(world.admin), team_heat(world.team), "t", world.cycle, at=at)
    assert far.pk not in seen[0] and moved.pk in seen[0]  # its team then was this one
    assert board.total.count == 1 and [kr.title for kr in board.at_risk] == ["Moved KR"]


def test_the_confidence_weeks_at_a_days_end_read_that_whole_day_from_the_stored_days(world):
    """At the last moment of a day the day's stored check-ins are whole: no scan of the day."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cairn.dashboards import selectors

    kr = KeyResultFactory(objective=world.objective, progress=0.0, confidence=3)
    zone = world.organisation.zone
    day = timezone.now().astimezone(zone).date() - timedelta(days=2)
    for moment, confidence in [
        (datetime.combine(day, time(0, 0), tzinfo=zone), 2),
        (datetime.combine(day, time(23, 59, 59), tzinfo=zone), 7),
        (datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=zone), 9),  # the day after
        (datetime.combine(day - timedelta(days=3), time(12), tzinfo=zone), 4),
    ]:
        check_in_record(key_result=kr, author=world.admin, value=1, confidence=confidence,
                        at=moment, confirm_implausible=True)  # fmt: skip
    at = days.day_end(day, world.organisation)
    access, scope = Access(world.admin), company_heat(world.organisation).scope
    starts = selectors.week_starts(world.cycle, world.organisation, at)
    with CaptureQueriesContext(connection) as queries:
        stored = selectors.stored_check_in_weeks(access, scope, world.cycle, starts, at, live=False)
    scanned = selectors.check_in_weeks(access, scope, world.cycle, starts, at)
    assert sorted(map(astuple, stored)) == sorted(map(astuple, scanned))
    assert sum(g.check_ins for g in stored) == 3 and sum(g.confidence_sum for g in stored) == 13
    assert not any("okrs_checkin" in q["sql"] for q in queries)  # only the stored days
