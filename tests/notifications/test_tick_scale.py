"""The scheduler tick's queries depend on who is due, not on how many people there are."""

from __future__ import annotations

from datetime import timedelta

from bench.notifications_tick import MONDAY_NINE, TUESDAY, measure, populate


def test_a_tick_with_nothing_due_costs_the_same_for_20_or_200_people(db):
    populate(20, slug="small")
    _seconds, small, tick = measure(TUESDAY)
    assert tick.ran and tick.reminders == 0
    populate(180, slug="large")
    _seconds, large, tick = measure(TUESDAY + timedelta(minutes=1))
    assert tick.ran and tick.reminders == 0
    assert large == small


def test_each_due_person_costs_the_same_whoever_else_is_in_cairn(db, settings):
    settings.CAIRN_NOTIFY_BATCH_SECONDS = 3600  # no email falls due during the three ticks
    costs = []
    for index in range(3):  # a new organisation of 10 due people each minute
        populate(10, slug=f"org{index}")
        _seconds, queries, tick = measure(MONDAY_NINE + timedelta(minutes=index))
        assert (tick.reminders, tick.agendas) == (10, 10)
        costs.append(queries)
    assert costs[0] == costs[1] == costs[2], costs
