"""Property: over any week, in any zone, at any chosen day and hour, the reminder's moment comes
once, at the local hour (a DST gap moves it to the next real hour), and the nudge six hours on."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from cairn.accounts.models import User
from cairn.notifications.preferences import Settings, local_moment
from cairn.notifications.reminders import _stage
from cairn.organisations.models import Organisation, Person

ZONES = ["UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe"]
STEP = timedelta(minutes=15)


def person_in(zone: str) -> Person:
    organisation = Organisation(name="Acme", check_in_weekday=0, time_zone="UTC")
    return Person(organisation=organisation, user=User(time_zone=""), time_zone=zone)


@settings(max_examples=60, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    weekday=st.integers(0, 6),
    hour=st.integers(0, 23),
    # Weeks around the 2026 changes: US 8 March, Europe 29 March, Lord Howe 5 April, autumn.
    start=st.sampled_from(
        [date(2026, 3, 2), date(2026, 3, 23), date(2026, 3, 30), date(2026, 10, 19)]
    ),
)
def test_the_reminder_comes_once_a_week_at_the_local_hour(zone, weekday, hour, start):
    person = person_in(zone)
    prefs = Settings(check_in_weekday=weekday, check_in_hour=hour)
    now = local_moment(person, start, time(0)).astimezone(UTC)  # one local week
    end = local_moment(person, start + timedelta(days=7), time(0))
    first: dict[tuple[date, int], datetime] = {}
    while now < end:
        moment = _stage(person, prefs, now)
        if moment is not None:
            first.setdefault((moment.day, moment.stage), now)
        now += STEP

    days = {day for day, _stage_ in first}
    assert len(days) <= 1
    for (day, stage), seen in first.items():
        assert day.weekday() == weekday
        due = local_moment(person, day, time(hour if stage == 1 else hour + 6))
        assert due <= seen < due + STEP  # the first tick at or after the local moment
        assert seen.astimezone(person.zone).date() == day
    if days:
        (day,) = days
        assert (day, 1) in first or hour + 6 < 24  # a reminder, or its nudge already due
        assert ((day, 2) in first) == (hour + 6 < 24)
