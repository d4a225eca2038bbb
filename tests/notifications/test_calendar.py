"""The private iCal feed: valid RFC 5545, local times across DST, hashed secrets, escaping."""

from __future__ import annotations

import datetime as dt
import threading
import zoneinfo

import icalendar
import pytest
from dateutil.rrule import rrulestr
from django.core.exceptions import PermissionDenied
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext

from cairn.notifications.calendar import (
    calendar_feed_create,
    calendar_feed_ics,
    calendar_feed_person,
    calendar_feed_revoke,
    feed_hash,
)
from cairn.notifications.models import CalendarFeed
from cairn.notifications.services import preference_update
from cairn.okrs.models import CycleState
from tests.factories import CycleFactory, KeyResultFactory, ObjectiveFactory

THREADS = 4
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
# Europe/Berlin springs forward on Sunday 2027-03-28 and falls back on Sunday 2027-10-31.
BEFORE_SPRING = dt.datetime(2027, 3, 20, 12, tzinfo=dt.UTC)


def parse(person, now=BEFORE_SPRING) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(calendar_feed_ics(person, now))


def events(cal: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def check_in(cal: icalendar.Calendar) -> icalendar.Event:
    return next(e for uid, e in events(cal).items() if uid.startswith("cairn-check-in-"))


def occurrences(event: icalendar.Event, count: int) -> list[dt.datetime]:
    start = event.decoded("dtstart")
    rule = rrulestr(event["rrule"].to_ical().decode(), dtstart=start)
    return list(rule[:count])


@pytest.fixture
def berliner(world):
    world.member.time_zone = "Europe/Berlin"
    world.member.save()
    return world.member


def test_the_feed_parses_and_names_the_timezone_it_uses(berliner):
    cal = parse(berliner)

    assert cal["version"] == "2.0"
    tzids = [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")]
    assert tzids == ["Europe/Berlin"]
    event = check_in(cal)
    assert event["dtstart"].params["TZID"] == "Europe/Berlin"
    assert event["rrule"]["FREQ"] == ["WEEKLY"]


def test_check_ins_stay_at_nine_local_across_the_spring_and_autumn_changes(berliner):
    event = check_in(parse(berliner))

    mondays = occurrences(event, 34)

    assert all(m.weekday() == 0 and (m.hour, m.minute) == (9, 0) for m in mondays)
    by_day = {m.date(): m.astimezone(dt.UTC).hour for m in mondays}
    assert by_day[dt.date(2027, 3, 22)] == 8  # CET, UTC+1
    assert by_day[dt.date(2027, 3, 29)] == 7  # CEST, UTC+2: the UTC moment moved
    assert by_day[dt.date(2027, 10, 25)] == 7  # still CEST the Monday before the change
    assert by_day[dt.date(2027, 11, 1)] == 8  # CET again after the autumn change
    assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(minutes=30)


def test_the_check_in_follows_the_persons_chosen_day_hour_and_zone(world):
    world.member.time_zone = "America/New_York"
    world.member.save()
    preference_update(actor=world.member, person=world.member, check_in_weekday=3, check_in_hour=16)

    event = check_in(parse(world.member))

    first = occurrences(event, 1)[0]
    assert event["dtstart"].params["TZID"] == "America/New_York"
    assert (first.weekday(), first.hour) == (3, 16)
    assert event["rrule"]["BYDAY"] == ["TH"]


def test_an_hour_skipped_by_dst_in_the_first_week_does_not_move_later_weeks(berliner):
    preference_update(actor=berliner, person=berliner, check_in_weekday=6, check_in_hour=2)
    spring_sunday = dt.datetime(2027, 3, 28, 12, tzinfo=dt.UTC)  # 02:00 does not exist here

    event = check_in(parse(berliner, now=spring_sunday))

    assert event.decoded("dtstart").replace(tzinfo=None) == dt.datetime(2027, 3, 28, 2)
    later = occurrences(event, 3)[1:]
    assert [(m.date(), m.hour) for m in later] == [
        (dt.date(2027, 4, 4), 2),
        (dt.date(2027, 4, 11), 2),
    ]


def test_the_organisation_check_in_day_is_the_default(world):
    world.organisation.check_in_weekday = 2
    world.organisation.save()

    event = check_in(parse(world.member))

    assert event["rrule"]["BYDAY"] == ["WE"]
    assert occurrences(event, 1)[0].hour == 9


def test_viewers_get_no_check_in_event(world):
    uids = events(parse(world.viewer))

    assert not any(uid.startswith("cairn-check-in-") for uid in uids)
    assert f"cairn-cycle-end-{world.cycle.pk}@cairn" in uids


def test_open_cycles_end_and_grading_windows_are_all_day_events(world):
    closed = CycleFactory(organisation=world.organisation, state=CycleState.CLOSED)
    end = world.cycle.end

    found = events(parse(world.member))

    ending = found[f"cairn-cycle-end-{world.cycle.pk}@cairn"]
    assert ending.decoded("dtstart") == end
    assert ending.decoded("dtend") == end + dt.timedelta(days=1)
    grading = found[f"cairn-grading-{world.cycle.pk}@cairn"]
    assert grading.decoded("dtstart") == end - dt.timedelta(days=3)
    assert grading.decoded("dtend") == end + dt.timedelta(days=1)
    assert f"cairn-cycle-end-{closed.pk}@cairn" not in found


def test_grading_is_only_in_the_feeds_of_people_with_okrs_in_the_cycle(world):
    other = ObjectiveFactory(cycle=world.cycle, owner=world.admin)
    KeyResultFactory(objective=other, owner=world.lead)

    assert f"cairn-grading-{world.cycle.pk}@cairn" in events(parse(world.lead))
    assert f"cairn-grading-{world.cycle.pk}@cairn" not in events(parse(world.viewer))


def test_another_organisations_cycles_are_not_in_the_feed(world):
    theirs = CycleFactory(organisation=world.outsider.organisation, name="Their secret Q3")

    text = calendar_feed_ics(world.member, BEFORE_SPRING)

    assert b"Their secret Q3" not in text
    assert f"cairn-cycle-end-{theirs.pk}@cairn" not in events(parse(world.member))


def test_titles_with_commas_semicolons_and_newlines_are_escaped(world):
    world.cycle.name = "Q3, sales; a\\b\nBEGIN:VEVENT"
    world.cycle.save()
    world.organisation.name = "Acme, Inc.\nX-EVIL:1"
    world.organisation.save()

    text = calendar_feed_ics(world.member, BEFORE_SPRING)

    assert b"SUMMARY:Q3\\, sales\\; a\\\\b\\nBEGIN:VEVENT ends" in text
    assert b"\nBEGIN:VEVENT ends" not in text
    assert b"\nX-EVIL" not in text
    cal = icalendar.Calendar.from_ical(text)
    ending = events(cal)[f"cairn-cycle-end-{world.cycle.pk}@cairn"]
    assert str(ending["summary"]) == "Q3, sales; a\\b\nBEGIN:VEVENT ends"
    assert len(cal.walk("VEVENT")) == 3


def test_the_feed_reads_a_constant_number_of_queries(world):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            calendar_feed_ics(world.member, BEFORE_SPRING)
        return len(queries)

    few = count()
    for _ in range(5):
        cycle = CycleFactory(organisation=world.organisation)
        KeyResultFactory(objective=ObjectiveFactory(cycle=cycle, owner=world.member))

    assert count() == few


def test_only_a_hash_of_the_secret_is_stored(world):
    created = calendar_feed_create(actor=world.member, person=world.member)

    row = CalendarFeed.objects.get(pk=created.feed.pk)
    assert row.hash == feed_hash(created.plaintext) != created.plaintext
    assert created.plaintext not in str(CalendarFeed.objects.values().get(pk=row.pk))
    assert len(created.plaintext) >= 40  # 32 random bytes


def test_a_secret_finds_its_person_in_one_query_and_nothing_else_does(world):
    created = calendar_feed_create(actor=world.member, person=world.member)
    calendar_feed_create(actor=world.lead, person=world.lead)

    with CaptureQueriesContext(connection) as queries:
        assert calendar_feed_person(created.plaintext) == world.member
    assert len(queries) == 1
    last = created.plaintext[-1]
    assert calendar_feed_person(created.plaintext[:-1] + ("B" if last == "A" else "A")) is None
    assert calendar_feed_person(created.feed.hash) is None  # the stored hash is not a key
    assert calendar_feed_person("") is None


def test_a_new_link_replaces_the_old_one_and_revoking_kills_it(world):
    first = calendar_feed_create(actor=world.member, person=world.member)
    second = calendar_feed_create(actor=world.member, person=world.member)

    assert calendar_feed_person(first.plaintext) is None
    assert calendar_feed_person(second.plaintext) == world.member
    assert calendar_feed_revoke(actor=world.member, person=world.member) == 1
    assert calendar_feed_person(second.plaintext) is None


def test_a_deactivated_persons_link_stops_working(world):
    created = calendar_feed_create(actor=world.member, person=world.member)
    world.member.is_active = False
    world.member.save()

    assert calendar_feed_person(created.plaintext) is None


@pytest.mark.parametrize("actor", ["admin", "lead", "outsider"])
def test_nobody_manages_someone_elses_calendar_link(world, actor):
    with pytest.raises(PermissionDenied):
        calendar_feed_create(actor=getattr(world, actor), person=world.member)
    with pytest.raises(PermissionDenied):
        calendar_feed_revoke(actor=getattr(world, actor), person=world.member)
    assert not CalendarFeed.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_links_created_at_once_leave_one_live_link_and_no_error(world):
    errors: list[BaseException] = []
    barrier = threading.Barrier(THREADS)

    def worker() -> None:
        try:
            barrier.wait(timeout=10)
            for _ in range(3):
                calendar_feed_create(actor=world.member, person=world.member)
        except BaseException as exc:  # reported below, in the main thread
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert not errors
    assert CalendarFeed.objects.filter(person=world.member).count() == THREADS * 3
    assert CalendarFeed.objects.filter(person=world.member, revoked_at__isnull=True).count() == 1
