"""Check-in reminders at each person's local day and hour, across time zones and DST changes."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import close_old_connections, connection

from cairn.notifications.delivery import deliveries_send_due
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Delivery, Notification, ScheduledRun
from cairn.notifications.reminders import reminders_send
from cairn.notifications.schedule import notifications_tick, periodic_run
from cairn.notifications.services import preference_update
from cairn.okrs.services import check_in_record, key_result_create
from tests.notifications.conftest import at, later, parts

# Europe moves to summer time on Sunday 29 March 2026; the US did on 8 March.
DST_MONDAY = "2026-03-30"


@pytest.fixture
def people(world):
    """Member in Berlin, lead in Los Angeles, admin in Kolkata; each owns one due key result."""
    zones = {"member": "Europe/Berlin", "lead": "America/Los_Angeles", "admin": "Asia/Kolkata"}
    for name, zone in zones.items():
        person = getattr(world, name)
        person.time_zone = zone
        person.save()
        key_result_create(
            actor=world.admin,
            objective=world.objective,
            title=f"Answer tickets faster ({name})",
            start=0,
            target=10,
            owner=person,
        )
    return world


def reminded(kind: str = Kind.CHECK_IN_REMINDER) -> set[str]:
    return set(
        Notification.objects.filter(kind=kind).values_list("recipient__user__email", flat=True)
    )


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-03-30 03:29", set()),
        ("2026-03-30 03:30", {"admin@acme.test"}),  # 09:00 in Kolkata (UTC+5:30)
        ("2026-03-30 06:59", {"admin@acme.test"}),
        ("2026-03-30 07:00", {"admin@acme.test", "member@acme.test"}),  # 09:00 CEST
        ("2026-03-30 15:59", {"admin@acme.test", "member@acme.test"}),
        ("2026-03-30 16:00", {"admin@acme.test", "member@acme.test", "lead@acme.test"}),  # PDT
    ],
)
def test_each_person_is_reminded_at_nine_in_their_own_zone(people, moment, expected):
    reminders_send(now=at(moment))

    assert reminded() == expected


def test_berlin_was_an_hour_later_in_utc_the_monday_before_the_change(people):
    reminders_send(now=at("2026-03-23 07:30"))
    assert "member@acme.test" not in reminded()

    reminders_send(now=at("2026-03-23 08:00"))  # 09:00 CET
    assert "member@acme.test" in reminded()


def test_nobody_is_reminded_on_another_day(people):
    reminders_send(now=at("2026-03-31 16:30"))

    assert reminded() == set()


def test_the_organisation_day_and_a_personal_hour_are_respected(people):
    people.organisation.check_in_weekday = 4  # Friday
    people.organisation.save()
    preference_update(actor=people.member, person=people.member, check_in_hour=11)

    reminders_send(now=at("2026-03-30 20:00"))
    assert reminded() == set()
    reminders_send(now=at("2026-04-03 08:59"))  # Friday 10:59 CEST
    assert "member@acme.test" not in reminded()
    reminders_send(now=at("2026-04-03 09:00"))
    assert "member@acme.test" in reminded()


def test_a_reminder_lists_only_the_due_key_results(people, smtp):
    due = people.objective.key_results.get(owner=people.member)
    done = key_result_create(
        actor=people.member, objective=people.objective, title="Done already", start=0, target=5
    )
    check_in_record(key_result=done, author=people.member, value=3, at=at("2026-03-29 12:00"))
    moment = at("2026-03-30 07:00")

    reminders_send(now=moment)
    deliveries_send_due(now=later(moment))

    note = Notification.objects.get(kind=Kind.CHECK_IN_REMINDER, recipient=people.member)
    assert [item["id"] for item in note.data["key_results"]] == [due.pk]
    (message,) = [m for m in smtp.messages if m["To"] == "member@acme.test"]
    text, html = parts(message)
    assert due.title in text and "Done already" not in text
    assert "http://cairn.test/check-in/" in html


def test_the_second_nudge_comes_at_fifteen_only_while_still_due(people):
    reminders_send(now=at("2026-03-30 07:00"))  # member (Berlin) and admin (Kolkata)
    reminders_send(now=at("2026-03-30 10:00"))  # Kolkata 15:30: the admin's nudge
    kr = people.objective.key_results.get(owner=people.member)
    check_in_record(key_result=kr, author=people.member, value=4, at=at("2026-03-30 08:00"))

    reminders_send(now=at("2026-03-30 13:00"))  # 15:00 in Berlin

    stages = sorted(
        (n.recipient.user.email, n.data["stage"])
        for n in Notification.objects.filter(kind=Kind.CHECK_IN_REMINDER)
    )
    assert stages == [("admin@acme.test", 1), ("admin@acme.test", 2), ("member@acme.test", 1)]


def test_a_missed_morning_tick_catches_up_and_no_nudge_follows_a_late_reminder(people):
    reminders_send(now=at("2026-03-30 11:00"))  # 13:00 Berlin: the 09:00 tick never ran
    assert "member@acme.test" in reminded()

    preference_update(actor=people.lead, person=people.lead, check_in_hour=5)
    reminders_send(now=at("2026-03-30 18:30"))  # 11:30 in LA, past the 11:00 nudge: late reminder
    reminders_send(now=at("2026-03-30 19:30"))
    stages = Notification.objects.filter(recipient=people.lead).values_list("data", flat=True)
    assert [data["stage"] for data in stages] == [1]


def test_paused_and_viewers_get_no_reminder(people):
    preference_update(
        actor=people.member, person=people.member, paused_until=at("2026-04-01 00:00").date()
    )

    reminders_send(now=at("2026-03-30 17:00"))

    assert reminded() == {"admin@acme.test", "lead@acme.test"}


def test_the_team_lead_is_told_once_per_streak_of_missed_weeks(people):
    kr = people.objective.key_results.get(owner=people.member)
    check_in_record(key_result=kr, author=people.member, value=1, at=at("2026-03-15 09:00"))

    reminders_send(now=at("2026-03-23 08:00"))  # one missed week: not yet
    assert reminded(Kind.CHECK_IN_ESCALATION) == set()
    reminders_send(now=at("2026-03-30 07:00"))  # two missed weeks (organisation default)
    assert reminded(Kind.CHECK_IN_ESCALATION) == {"lead@acme.test"}
    reminders_send(now=at("2026-04-06 07:00"))  # the same streak: told already
    assert Notification.objects.filter(kind=Kind.CHECK_IN_ESCALATION).count() == 1

    check_in_record(key_result=kr, author=people.member, value=2, at=at("2026-04-06 10:00"))
    reminders_send(now=at("2026-04-20 07:00"))
    assert Notification.objects.filter(kind=Kind.CHECK_IN_ESCALATION).count() == 2


def test_a_tick_runs_once_per_slot(people):
    moment = at("2026-03-30 07:00")

    first = notifications_tick(now=moment)
    second = notifications_tick(now=moment + timedelta(seconds=30))

    assert first.ran and first.reminders == 2
    assert not second.ran
    assert ScheduledRun.objects.filter(job="notifications_tick").count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_workers_running_the_same_tick_send_one_reminder_each(people, smtp, settings):
    settings.CAIRN_NOTIFY_BATCH_SECONDS = 0
    moment = at("2026-03-30 07:00")
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def worker(offset: int) -> None:
        try:
            barrier.wait()
            periodic_run(moment + timedelta(seconds=offset))
            notifications_tick(now=moment + timedelta(seconds=60 + offset))  # the next slot too
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert not errors
    assert Notification.objects.filter(kind=Kind.CHECK_IN_REMINDER).count() == 2
    assert {m["To"] for m in smtp.messages} == {"admin@acme.test", "member@acme.test"}
    # The digests of the same moment may go in another message; no notification goes twice.
    for note in Notification.objects.select_related("recipient__user"):
        texts = [parts(m)[0] for m in smtp.messages if m["To"] == note.recipient.user.email]
        assert sum(text.count(note.title) for text in texts) == 1, note.title
    assert set(Delivery.objects.values_list("status", "attempts")) == {("sent", 1)}


def test_an_hour_skipped_by_the_dst_change_reminds_at_the_next_real_hour(people):
    preference_update(
        actor=people.member, person=people.member, check_in_weekday=6, check_in_hour=2
    )

    reminders_send(now=at("2026-03-29 00:59"))  # 01:59 CET; 02:00 never happens that night
    assert "member@acme.test" not in reminded()
    reminders_send(now=at("2026-03-29 01:00"))  # 03:00 CEST
    assert "member@acme.test" in reminded()


def test_a_person_with_nothing_due_is_looked_at_once_per_stage(
    people, django_assert_max_num_queries
):
    for name in ("member", "lead", "admin"):
        kr = people.objective.key_results.get(owner=getattr(people, name))
        check_in_record(
            key_result=kr, author=getattr(people, name), value=3, at=at("2026-03-29 12:00")
        )
    reminders_send(now=at("2026-03-30 16:00"))  # each person's stage looked at: nothing due

    with django_assert_max_num_queries(3):  # people, their settings, the claimed stages
        assert reminders_send(now=at("2026-03-30 16:01")) == 0
    assert not Notification.objects.exists()


def test_the_worker_writes_each_reminder_in_its_recipients_language(people):
    people.member.user.language = "de"
    people.member.user.save()
    people.organisation.language = "fr"
    people.organisation.save()
    reminders_send(now=at("2026-03-30 16:00"))  # everyone's 09:00

    titles = dict(
        Notification.objects.filter(kind=Kind.CHECK_IN_REMINDER).values_list(
            "recipient__user__email", "title"
        )
    )
    assert titles["member@acme.test"] == "Check-in-Erinnerung: 1 Schlüsselergebnis ist fällig"
    assert titles["lead@acme.test"] == "Rappel de check-in : 1 résultat clé est attendu"
