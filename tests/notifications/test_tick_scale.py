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


def _all_due_tick(people: int, slug: str, minute: int) -> tuple[int, object]:
    """Add an organisation of `people` all due, run the tick; return (queries, Tick)."""
    populate(people, slug=slug)
    _seconds, queries, tick = measure(MONDAY_NINE + timedelta(minutes=minute))
    return queries, tick


def test_the_all_due_tick_costs_the_same_for_20_or_60_people(db, settings):
    settings.CAIRN_NOTIFY_BATCH_SECONDS = 3600  # no email falls due during the ticks
    small, tick = _all_due_tick(20, "small", 0)
    assert (tick.reminders, tick.agendas, tick.digests) == (20, 20, 2)
    large, tick = _all_due_tick(60, "large", 1)  # the small organisation is handled already
    assert (tick.reminders, tick.agendas, tick.digests) == (60, 60, 6)
    assert large == small


def test_the_all_due_tick_grows_with_the_batches_not_the_people(db, settings):
    settings.CAIRN_NOTIFY_BATCH_SECONDS = 3600
    settings.CAIRN_NOTIFY_TICK_BATCH = 10
    costs = [_all_due_tick(n, f"org{n}", i)[0] for i, n in enumerate((20, 40, 60))]
    # 2, 4 then 6 batches of people (and of teams' agenda copies): each batch costs the same.
    assert costs[1] - costs[0] == costs[2] - costs[1] > 0, costs


def test_sending_the_emails_of_20_or_60_people_costs_the_same(db, settings, mailoutbox):
    costs = []
    for minute, (people, slug) in enumerate([(20, "small"), (60, "large")]):
        start = MONDAY_NINE + timedelta(minutes=10 * minute)
        populate(people, slug=slug)
        measure(start)  # stores their reminders, agendas and digests
        _seconds, queries, tick = measure(start + timedelta(minutes=3))  # the batch wait is over
        assert tick.sent == 2 * people + people // 10  # reminder + agenda each, leads' digests
        costs.append(queries)
    assert len(mailoutbox) == 80  # one email per person: their events together
    assert costs[0] == costs[1], costs
