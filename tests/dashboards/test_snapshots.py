"""The sweep's stored pace and grade rows give the live figures, reader by reader."""

from __future__ import annotations

import datetime as dt
from datetime import datetime, time, timedelta

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from cairn.dashboards import snapshots
from cairn.dashboards.models import GradeCount, RiskyKeyResult, Snapshot, TeamPace
from cairn.okrs.models import CycleState, Visibility
from cairn.okrs.permissions import Access
from cairn.okrs.services import (
    check_in_record,
    key_result_create,
    key_result_delete,
    objective_create,
    objective_delete,
    objective_update,
)
from cairn.organisations.models import Role
from cairn.web.queries.dashboards import company_heat, dashboard, team_heat
from tests.factories import (
    CycleFactory,
    KeyResultFactory,
    MembershipFactory,
    ObjectiveFactory,
    OrganisationFactory,
    PersonFactory,
    TeamFactory,
)
from tests.web.organisation.test_dashboards import _count, _grow, urls

PARTS = frozenset({"pace", "at_risk", "confidence", "grades"})
LIVE = override_settings(CAIRN_DASHBOARD_SNAPSHOT_MINUTES=0)

structure = st.lists(
    st.one_of(
        st.tuples(st.just("team"), st.integers(0, 3), st.integers(0, 2)),
        st.tuples(
            st.just("visibility"), st.integers(0, 3), st.sampled_from(["public", "team", "private"])
        ),  # fmt: skip
        st.tuples(st.just("delete_kr"), st.integers(0, 7), st.none()),
        st.tuples(st.just("delete_objective"), st.integers(0, 3), st.none()),
    ),
    max_size=6,
)
check_ins = st.lists(
    # key result, days after the cycle's start, hour, value, confidence
    st.tuples(
        st.integers(0, 7),
        st.integers(0, 44),
        st.integers(0, 23),
        st.integers(0, 120),
        st.integers(0, 10),
    ),  # fmt: skip
    max_size=14,
)


def figures(board) -> tuple:
    """Every figure of a board, comparable (progress sums rounded: float sums in any order)."""
    teams = [(r.key, r.label, r.paces, r.count, round(r.progress_sum, 9), r.confidence_sum,
              r.recent) for r in board.teams]  # fmt: skip
    return (
        teams,
        board.paces,
        [(kr.pk, kr.pace) for kr in board.at_risk],
        [(r.key, r.key_results, r.checked) for r in board.discipline],
        [(r.cycle, r.kind, r.bands) for r in board.grades],
    )


def stored_and_live(access, heat, cycle, now) -> tuple[tuple, tuple]:
    stored = figures(dashboard(access, heat, "t", cycle, parts=PARTS, now=now, limit=100))
    with LIVE:
        live = figures(dashboard(access, heat, "t", cycle, parts=PARTS, now=now, limit=100))
    return stored, live


class StoredPaceTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        # Far from UTC, so local days and UTC days differ.
        organisation = OrganisationFactory(time_zone="Pacific/Kiritimati")
        cls.admin = PersonFactory(organisation=organisation, role=Role.ADMIN)
        cls.member = PersonFactory(organisation=organisation)
        root = TeamFactory(organisation=organisation, name="Root")
        cls.teams = [None, *(TeamFactory(organisation=organisation, parent=root) for _ in range(2))]
        MembershipFactory(team=cls.teams[1], person=cls.member)
        today = timezone.localdate()
        cls.cycle = CycleFactory(organisation=organisation, start=today - timedelta(days=45),
                                 end=today + timedelta(days=45), state=CycleState.ACTIVE)  # fmt: skip
        cls.closed = CycleFactory(organisation=organisation, state=CycleState.CLOSED,
                                  start=today - timedelta(days=200),
                                  end=today - timedelta(days=110))  # fmt: skip

    def _moment(self, days: int, hour: int) -> datetime:
        day = self.cycle.start + timedelta(days=days)
        moment = datetime.combine(day, time(hour), tzinfo=self.admin.organisation.zone)
        return min(moment, timezone.now())

    @settings(max_examples=20, deadline=None)
    @given(check_ins, structure, st.lists(st.floats(0, 1.2), min_size=4, max_size=4))
    def test_stored_rows_give_the_live_figures(self, done, ops, grades) -> None:
        objectives = [
            objective_create(actor=self.admin, cycle=self.cycle, title=f"O{i}",
                             team=self.teams[i % 3])
            for i in range(4)
        ]  # fmt: skip
        objective_update(objective=objectives[0], actor=self.admin, owner=self.member,
                         visibility="private")  # fmt: skip
        objective_update(objective=objectives[3], actor=self.admin, visibility="team")
        krs = [
            key_result_create(actor=self.admin, objective=objectives[i % 4], title=f"K{i}",
                              start=0, target=100, due_date=self.cycle.end - timedelta(days=i * 9))
            for i in range(8)
        ]  # fmt: skip
        for kr, days, hour, value, confidence in done:
            check_in_record(key_result=krs[kr], author=self.admin, value=value,
                            confidence=confidence, at=self._moment(days, hour),
                            confirm_implausible=True)  # fmt: skip
        for i, grade in enumerate(grades):  # a closed cycle's grades, one private
            ObjectiveFactory(cycle=self.closed, team=self.teams[i % 3], grade=round(grade, 1),
                             kind="aspirational" if i % 2 else "committed",
                             visibility="private" if i == 1 else "public",
                             owner=self.member if i == 1 else None)  # fmt: skip
        now = timezone.now()
        snapshots.refresh(now)  # the sweep: pace rows of the open cycle, grades of the closed
        assert Snapshot.objects.get(cycle=self.closed).grades_at == now
        for name, a, b in ops:  # after the sweep: the rows of the teams concerned follow
            live = [o for o in objectives if o.pk]
            live_krs = [k for k in krs if k.pk and k.objective.pk]
            if name == "team" and live:
                objective_update(objective=live[a % len(live)], actor=self.admin,
                                 team=self.teams[b])  # fmt: skip
            elif name == "visibility" and live:
                objective_update(objective=live[a % len(live)], actor=self.admin, visibility=b)
            elif name == "delete_kr" and live_krs:
                key_result_delete(key_result=live_krs[a % len(live_krs)], actor=self.admin)
            elif name == "delete_objective" and len(live) > 1:
                objective_delete(objective=live[a % len(live)], actor=self.admin)
        company = company_heat(self.admin.organisation)
        team = team_heat(self.teams[1])
        for reader, heat in ((self.admin, company), (self.member, company), (self.admin, team),
                             (self.member, team)):  # fmt: skip
            stored, live = stored_and_live(Access(reader), heat, self.cycle, now)
            assert stored == live, (reader.role, heat.scope)


def test_the_sweep_stores_the_rows_and_closed_cycles_settle(world) -> None:
    from cairn.notifications.schedule import sweep_run

    KeyResultFactory(objective=world.objective, progress=0.0, confidence=3)
    closed = CycleFactory(organisation=world.organisation, state=CycleState.CLOSED,
                          start=dt.date(2020, 1, 1), end=dt.date(2020, 3, 31))  # fmt: skip
    ObjectiveFactory(cycle=closed, team=world.team, grade=0.8)
    assert sweep_run(claim=False).dashboard_cycles == 2
    assert TeamPace.objects.filter(cycle=world.cycle).exists()
    assert GradeCount.objects.get(cycle=closed).band == "green"
    assert sweep_run(claim=False).dashboard_cycles == 1  # the closed cycle no longer moves


def test_a_stale_snapshot_is_not_used_and_a_fresh_one_lags_until_the_sweep(world) -> None:
    kr = KeyResultFactory(objective=world.objective, progress=0.0, confidence=3)
    access, heat = Access(world.admin), company_heat(world.organisation)
    now = timezone.now()
    snapshots.paces_store(world.cycle, now - timedelta(minutes=31))  # older than 30 minutes
    check_in_record(key_result=kr, author=world.admin, value=kr.target, confidence=9)
    board = dashboard(access, heat, "t", world.cycle, now=now)
    assert board.total.confidence_sum == 9  # counted live
    snapshots.paces_store(world.cycle, now - timedelta(minutes=1))
    check_in_record(key_result=kr, author=world.admin, value=kr.start, confidence=2)
    board = dashboard(access, heat, "t", world.cycle, now=now)
    assert board.total.confidence_sum == 9  # the snapshot's, until the next sweep
    with LIVE:
        assert dashboard(access, heat, "t", world.cycle, now=now).total.confidence_sum == 2


def test_an_objective_made_private_leaves_the_stored_rows_at_once(world) -> None:
    kr = KeyResultFactory(objective=world.objective, progress=0.0, confidence=3)
    other = ObjectiveFactory(cycle=world.cycle, team=world.company, owner=world.admin)
    secret = KeyResultFactory(objective=other, progress=0.0, confidence=1, title="Secret plan")
    snapshots.paces_store(world.cycle)
    assert RiskyKeyResult.objects.filter(key_result=secret).exists()
    objective_update(objective=other, actor=world.admin, visibility=Visibility.PRIVATE)
    board = dashboard(Access(world.member), company_heat(world.organisation), "t", world.cycle)
    assert board.total.count == 1
    assert [k.pk for k in board.at_risk] == [kr.pk]


@pytest.mark.parametrize("role", ["admin", "member"])
def test_query_counts_from_the_stored_rows_do_not_grow(world, client_for, role):
    client = client_for(getattr(world, role))
    _grow(world, 2)
    snapshots.refresh()
    pages = [*urls(world), *(u + "?part=confidence" for u in urls(world))]
    pages.append(reverse("dashboard") + "?format=xlsx&table=at_risk")
    small = [_count(client, url) for url in pages]
    _grow(world, 15)
    snapshots.refresh()
    assert [_count(client, url) for url in pages] == small


def test_the_page_says_when_the_pace_figures_were_counted(world, client_for) -> None:
    KeyResultFactory(objective=world.objective, progress=0.0, confidence=3)
    client = client_for(world.member)
    assert b"Pace figures as of" not in client.get(reverse("dashboard")).content  # live
    snapshots.refresh()
    assert b"Pace figures as of" in client.get(reverse("dashboard")).content
    team = client.get(reverse("team_dashboard", args=[world.team.pk])).content
    assert b"Pace figures as of" in team
    person = client.get(reverse("person_dashboard", args=[world.member.pk])).content
    assert b"Pace figures as of" not in person  # a person's figures are counted live
