"""The demo looks lived in: check-ins spread over the weeks, whole counts, a person with work due,
retrospectives that differ and fit how each objective went."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from cairn.okrs import selectors
from cairn.okrs.demo import content
from cairn.okrs.demo.builder import (
    DUE_EMAIL,
    REACHED_FROM,
    RETROSPECTIVES_REACHED,
    RETROSPECTIVES_SHORT,
    build_demo,
)
from cairn.okrs.models import CheckIn, CycleState, Objective
from cairn.organisations.models import Person

TODAY = date(2026, 5, 15)


@pytest.fixture
def demo(db):
    return build_demo(today=TODAY, password="pw")


def test_check_ins_are_recorded_over_the_weeks_they_represent(demo):
    check_ins = list(CheckIn.objects.filter(organisation=demo))
    assert all(c.recorded_at == c.checked_in_at for c in check_ins)
    current = [c for c in check_ins if c.key_result.objective.cycle.name == "2026 Q2"]
    weeks = {c.checked_in_at.isocalendar()[:2] for c in current}
    assert len(weeks) >= 5  # a quarter half gone: one week's check-ins each week so far
    assert max(c.recorded_at for c in check_ins) <= timezone.now()


def test_the_feed_does_not_show_every_check_in_as_just_made(demo):
    admin = Person.objects.get(organisation=demo, user__email="admin@example.com")
    feed = [item for item in selectors.recent_activity(admin) if item.check_in]
    assert len(feed) > 1
    assert len({item.at for item in feed}) > 1
    assert min(item.at for item in feed).date() < TODAY - timedelta(days=6)


def test_count_like_key_results_hold_whole_numbers(demo):
    counted = CheckIn.objects.filter(
        organisation=demo, key_result__unit__in=content.COUNT_UNITS, value__isnull=False
    )
    values = [c.value for c in counted]
    assert values and {c.key_result.unit for c in counted} >= {"retailers", "customers", "users"}
    assert all(value == int(value) for value in values), values
    # Units that are measures keep their decimals.
    assert CheckIn.objects.filter(organisation=demo, key_result__unit="$M").exists()


def test_the_due_person_has_five_key_results_due_this_week(demo):
    grace = Person.objects.get(organisation=demo, user__email=DUE_EMAIL)
    now = timezone.make_aware(datetime.combine(TODAY, time(8)))  # Friday morning
    rows = [
        selectors.key_result_row(kr, demo, now)
        for kr in selectors.my_key_results(grace)
        if kr.objective.cycle.state == CycleState.ACTIVE
    ]
    assert len(rows) == 5
    assert all(row.due for row in rows)


def test_cairn_demo_names_the_due_person(db, capsys, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    call_command("demo")
    assert f"{DUE_EMAIL} has five key results due" in capsys.readouterr().out


def test_retrospectives_vary_and_fit_how_each_objective_went(demo):
    closed = Objective.objects.filter(cycle__organisation=demo, cycle__state=CycleState.CLOSED)
    written = {o.pk: (o.progress, o.retrospective_worked, o.retrospective_did_not) for o in closed}
    assert len(written) > 6 and all(worked for _p, worked, _d in written.values())
    assert len({worked for _p, worked, _d in written.values()}) >= 4  # not one text for all
    reached = {r[0] for r in RETROSPECTIVES_REACHED}
    short = {r[0] for r in RETROSPECTIVES_SHORT}
    outcomes = {progress >= REACHED_FROM for progress, _w, _d in written.values()}
    assert outcomes == {True, False}  # the quarter had objectives of both kinds
    for progress, worked, _did_not in written.values():
        assert worked in (reached if progress >= REACHED_FROM else short), (progress, worked)
