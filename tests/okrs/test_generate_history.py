"""`cairn generate` writes a history time travel can replay: a plan on each cycle's first
morning, check-ins on the weeks they stand for."""

from __future__ import annotations

from datetime import datetime, time
from itertools import pairwise

from django.core.management import call_command
from django.utils import timezone

from cairn.okrs.as_of import cycle_as_of
from cairn.okrs.models import CheckIn, Cycle, CycleState, KeyResult, Objective
from cairn.organisations.models import Organisation


def test_generate_dates_the_plan_on_the_first_morning_and_check_ins_weekly(db):
    call_command("generate", people=10, quarters=2, verbosity=0)
    org = Organisation.objects.get(slug="synthetic-10")
    closed = Cycle.objects.get(organisation=org, state=CycleState.CLOSED)
    for cycle in Cycle.objects.filter(organisation=org):
        morning = timezone.make_aware(datetime.combine(cycle.start, time(9)), org.zone)
        planned = min(morning, timezone.now())
        created = set(Objective.objects.filter(cycle=cycle).values_list("created_at", flat=True))
        assert created == {planned}
        krs = KeyResult.objects.filter(objective__cycle=cycle)
        assert set(krs.values_list("created_at", flat=True)) == {planned}
        moments = CheckIn.objects.filter(key_result__objective__cycle=cycle).values_list(
            "checked_in_at", flat=True
        )
        days = sorted({m.astimezone(org.zone).date() for m in moments})
        assert all((later - earlier).days == 7 for earlier, later in pairwise(days))
        assert all(cycle.start <= day <= cycle.end for day in days)
    closed_days = {
        m.date()
        for m in CheckIn.objects.filter(key_result__objective__cycle=closed).values_list(
            "checked_in_at", flat=True
        )
    }
    assert len(closed_days) >= 12  # a whole quarter of weekly check-ins


def test_a_date_mid_cycle_shows_the_values_checked_in_by_then(db):
    call_command("generate", people=10, quarters=2, verbosity=0)
    org = Organisation.objects.get(slug="synthetic-10")
    closed = Cycle.objects.get(organisation=org, state=CycleState.CLOSED)
    middle = closed.start + (closed.end - closed.start) / 2
    at = timezone.make_aware(datetime.combine(middle, time.max), org.zone)
    then = cycle_as_of(closed, at)
    assert len(then) == Objective.objects.filter(cycle=closed).count()  # the plan existed
    for kr in KeyResult.objects.filter(objective__cycle=closed)[:20]:
        newest = CheckIn.objects.filter(key_result=kr, checked_in_at__lte=at).first()
        state = next(k for k in then[kr.objective_id].key_results if k.id == kr.pk)
        assert state.current == newest.value and state.current != kr.current
    before = timezone.make_aware(datetime.combine(closed.start, time(8)), org.zone)
    assert cycle_as_of(closed, before) == {}  # nothing planned before the first morning
