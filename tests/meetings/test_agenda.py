"""The agenda email: N hours before the team's meeting, once, in the organisation's time zone."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cairn.meetings.models import FollowUp, MeetingSchedule, TeamMeeting
from cairn.meetings.notices import agendas_send
from cairn.meetings.schedule import MeetingTime
from cairn.meetings.services import meeting_schedule_update
from cairn.notifications.delivery import deliveries_send_due
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification, TeamPost
from cairn.notifications.schedule import notifications_tick
from cairn.notifications.services import chat_channel_create, preference_update
from cairn.notifications.team_chat import team_posts_send_due
from cairn.okrs.services import key_result_create
from tests.meetings.conftest import check_in
from tests.notifications.conftest import at, later, parts

# Europe/Berlin leaves CET (UTC+1) for CEST (UTC+2) on Sunday 2026-03-29.
BEFORE_DST = at("2026-03-23 07:00")  # Monday: the 10:00 meeting is 09:00 UTC, agenda 07:00 UTC
AFTER_DST = at("2026-03-30 06:00")  # Monday: the 10:00 meeting is 08:00 UTC, agenda 06:00 UTC


@pytest.fixture
def berlin(world):
    world.organisation.time_zone = "Europe/Berlin"
    world.organisation.check_in_weekday = 0
    world.organisation.save()
    return world


def agendas(moment):
    return Notification.objects.filter(kind=Kind.MEETING_AGENDA, created_at=moment)


def test_the_default_meeting_is_the_check_in_day_at_10_in_the_organisations_zone(berlin):
    team = berlin.team
    settings = MeetingTime.of(team, None)
    assert (settings.weekday, settings.at, settings.agenda_hours) == (0, dt.time(10), 2)
    assert settings.next_meeting(team, BEFORE_DST) == at("2026-03-23 09:00")
    assert settings.next_meeting(team, AFTER_DST) == at("2026-03-30 08:00")


def test_the_agenda_goes_to_every_member_once_two_hours_before_across_dst(berlin):
    assert agendas_send(now=BEFORE_DST - dt.timedelta(minutes=1)) == 0
    assert agendas_send(now=BEFORE_DST) == 2  # the lead and the member
    assert agendas_send(now=BEFORE_DST + dt.timedelta(minutes=1)) == 0  # once per meeting
    recipients = {n.recipient for n in Notification.objects.filter(kind=Kind.MEETING_AGENDA)}
    assert recipients == {berlin.lead, berlin.member}

    # After the clocks change the UTC moment moves an hour earlier; the local hour stays.
    assert agendas_send(now=AFTER_DST - dt.timedelta(minutes=1)) == 0
    assert agendas_send(now=AFTER_DST) == 2
    keys = set(Notification.objects.values_list("dedupe_key", flat=True))
    team = berlin.team.pk
    assert keys == {f"meeting.agenda:{team}:2026-03-23", f"meeting.agenda:{team}:2026-03-30"}


def test_the_agenda_email_lists_missing_check_ins_problems_and_open_follow_ups(berlin, smtp):
    kr = key_result_create(
        actor=berlin.member, objective=berlin.objective, title="Cut reply time", start=18, target=4
    )
    check_in(kr, 12, 5, now=BEFORE_DST, days_ago=1, blockers="Hiring freeze")
    key_result_create(
        actor=berlin.lead,
        objective=berlin.objective,
        title="Write the playbook",
        start=0,
        target=1,
        owner=berlin.lead,
    )
    earlier = TeamMeeting.objects.create(
        organisation=berlin.organisation, team=berlin.team, date=dt.date(2026, 3, 16)
    )
    FollowUp.objects.create(
        organisation=berlin.organisation,
        meeting=earlier,
        text="Send the report",
        assignee=berlin.member,
        due=dt.date(2026, 3, 20),
    )

    agendas_send(now=BEFORE_DST)
    deliveries_send_due(now=later(BEFORE_DST))

    assert len(smtp.messages) == 2
    message = next(m for m in smtp.messages if m["To"] == "member@acme.test")
    assert "Agenda: Support meeting, Monday 10:00" in message["Subject"]
    text, html = parts(message)
    for body in (text, html):
        assert "Not checked in yet" in body
        assert berlin.lead.name in body  # the lead has not checked in on their key result
        assert "Cut reply time" in body and "Hiring freeze" in body  # blockers: a problem
        assert "Send the report" in body
    assert f"http://cairn.test/teams/{berlin.team.pk}/meeting/" in text
    assert message["List-Unsubscribe"]


def test_a_team_setting_moves_the_meeting_and_the_agenda_lead_time(world):
    world.organisation.time_zone = "America/New_York"  # DST starts Sunday 2026-03-08
    world.organisation.save()
    meeting_schedule_update(
        actor=world.lead, team=world.team, weekday=2, at=dt.time(9, 30), agenda_hours=3
    )
    # Wednesday 2026-03-04, EST (UTC-5): the meeting is 14:30 UTC, the agenda 11:30 UTC.
    assert agendas_send(now=at("2026-03-04 11:29")) == 0
    assert agendas_send(now=at("2026-03-04 11:30")) == 2
    # Wednesday 2026-03-11, EDT (UTC-4): the meeting is 13:30 UTC, the agenda 10:30 UTC.
    assert agendas_send(now=at("2026-03-11 10:29")) == 0
    assert agendas_send(now=at("2026-03-11 10:30")) == 2
    # Missed the window (workers down until after the meeting): no late agenda.
    assert agendas_send(now=at("2026-03-18 13:31")) == 0


def test_the_schedule_is_for_leads_and_admins_with_valid_values(world):
    from django.core.exceptions import PermissionDenied, ValidationError

    with pytest.raises(PermissionDenied):
        meeting_schedule_update(
            actor=world.member, team=world.team, weekday=1, at=None, agenda_hours=2
        )
    with pytest.raises(ValidationError):
        meeting_schedule_update(
            actor=world.admin, team=world.team, weekday=9, at=None, agenda_hours=0
        )
    assert not MeetingSchedule.objects.exists()


def test_the_agenda_honours_preferences(berlin):
    preference_update(actor=berlin.member, person=berlin.member, kinds_off=[Kind.MEETING_AGENDA])
    assert agendas_send(now=BEFORE_DST) == 1
    assert Notification.objects.get().recipient == berlin.lead


def test_the_worker_tick_sends_the_agenda_and_posts_it_to_the_team_channel(
    berlin, smtp, chat_receiver
):
    url = chat_receiver.url.replace("http://", "json://")
    chat_channel_create(actor=berlin.lead, name="Support room", url=url, team=berlin.team)

    tick = notifications_tick(now=BEFORE_DST)
    assert tick.agendas == 3  # two members and the team's channel
    notifications_tick(now=BEFORE_DST + dt.timedelta(minutes=1))
    notifications_tick(now=later(BEFORE_DST, 180))

    assert len(chat_receiver.requests) == 1
    body = json.loads(chat_receiver.requests[0]["body"])
    assert body["title"].startswith("Agenda: Support meeting")
    assert "Not checked in yet" in body["message"]
    assert TeamPost.objects.get().status == "sent"
    assert len(smtp.messages) == 2
    assert team_posts_send_due(now=later(BEFORE_DST, 600)) == 0


def test_the_agenda_email_escapes_every_user_field(berlin, smtp):
    xss = "<script>alert(1)</script>"
    berlin.team.name = xss
    berlin.team.save()
    kr = key_result_create(
        actor=berlin.member, objective=berlin.objective, title=xss, start=0, target=9
    )
    check_in(kr, 1, 5, now=BEFORE_DST, days_ago=1, blockers=xss)
    earlier = TeamMeeting.objects.create(
        organisation=berlin.organisation, team=berlin.team, date=dt.date(2026, 3, 16)
    )
    FollowUp.objects.create(
        organisation=berlin.organisation, meeting=earlier, text=xss, assignee=berlin.member
    )

    agendas_send(now=BEFORE_DST)
    deliveries_send_due(now=later(BEFORE_DST))

    for message in smtp.messages:
        _text, html = parts(message)
        assert xss not in html
        assert html.count("&lt;script&gt;") >= 4  # title, key result, blockers, follow-up
