"""Team chat channels: the settings screen, the test button, and team events posted to them."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.meetings.models import MeetingSchedule
from cairn.notifications.alerts import pace_alert
from cairn.notifications.kinds import Kind
from cairn.notifications.models import ChatChannel, TeamChatSettings, TeamPost
from cairn.notifications.services import chat_channel_create
from cairn.notifications.team_chat import team_post, team_posts_send_due
from cairn.okrs.models import Visibility
from tests.factories import TeamFactory
from tests.notifications.conftest import at

NOW = at("2026-03-02 10:00")
XSS = "<script>alert(1)</script>"


def json_url(receiver) -> str:
    return receiver.url.replace("http://", "json://")


def settings_url(team, name="team_settings", *args) -> str:
    return reverse(name, args=[team.pk, *args])


@pytest.mark.parametrize(
    ("persona", "status"), [("admin", 200), ("lead", 200), ("member", 403), ("viewer", 403)]
)
def test_only_leads_and_admins_open_the_team_settings(world, client_for, persona, status):
    assert client_for(getattr(world, persona)).get(settings_url(world.team)).status_code == status


def test_another_organisations_team_and_channel_are_not_found(world, client_for, chat_receiver):
    assert client_for(world.outsider).get(settings_url(world.team)).status_code == 404
    other = TeamFactory(organisation=world.outsider.organisation)
    assert client_for(world.admin).get(settings_url(other)).status_code == 404
    channel = chat_channel_create(
        actor=world.admin, name="Other", url=json_url(chat_receiver), team=world.company
    )
    # A channel of another team is not found through this team's URLs.
    response = client_for(world.lead).post(
        settings_url(world.team, "team_channel_delete", channel.pk)
    )
    assert response.status_code == 404
    assert ChatChannel.objects.filter(pk=channel.pk).exists()


def test_a_lead_adds_a_channel_sees_it_masked_tests_and_removes_it(
    world, client_for, chat_receiver
):
    client = client_for(world.lead)
    url = json_url(chat_receiver) + "?secret=abcdef123456"
    response = client.post(
        settings_url(world.team, "team_channel_add"), {"name": "Support room", "url": url}
    )
    assert response.status_code == 302
    channel = ChatChannel.objects.get(team=world.team)
    page = client.get(settings_url(world.team)).content.decode()
    assert "Support room" in page and channel.masked_url in page
    assert "abcdef123456" not in page and url not in page

    client.post(settings_url(world.team, "team_channel_test", channel.pk))
    assert json.loads(chat_receiver.requests[0]["body"])["title"] == "Cairn test message"

    client.post(settings_url(world.team, "team_channel_delete", channel.pk))
    assert not ChatChannel.objects.exists()


def test_a_bad_or_refused_url_is_a_form_error(world, client_for, settings):
    client = client_for(world.lead)
    response = client.post(
        settings_url(world.team, "team_channel_add"), {"name": "x", "url": "ftp://nope"}
    )
    assert response.status_code == 400 and b"apprise URL" in response.content
    settings.OUTBOUND_ALLOWED_NETWORKS = []
    response = client.post(
        settings_url(world.team, "team_channel_add"),
        {"name": "x", "url": "json://127.0.0.1:9/hook"},
    )
    assert response.status_code == 400 and b"may not send" in response.content
    assert not ChatChannel.objects.exists()


def test_a_member_cannot_add_a_team_channel(world, client_for, chat_receiver):
    response = client_for(world.member).post(
        settings_url(world.team, "team_channel_add"),
        {"name": "x", "url": json_url(chat_receiver)},
    )
    assert response.status_code == 403
    assert not ChatChannel.objects.exists()


def test_the_meeting_time_form_saves_and_refuses_bad_values(world, client_for):
    client = client_for(world.lead)
    response = client.post(
        settings_url(world.team), {"weekday": "2", "at": "09:30", "agenda_hours": "3"}
    )
    assert response.status_code == 302
    row = MeetingSchedule.objects.get(team=world.team)
    assert (row.weekday, row.time.isoformat(), row.agenda_hours) == (2, "09:30:00", 3)
    response = client.post(
        settings_url(world.team), {"weekday": "8", "at": "25:00", "agenda_hours": "0"}
    )
    assert response.status_code == 400
    row.refresh_from_db()
    assert row.agenda_hours == 3


def test_team_settings_escape_names_and_keep_a_constant_query_count(
    world, client_for, chat_receiver
):
    world.team.name = XSS
    world.team.save()
    client = client_for(world.lead)
    chat_channel_create(actor=world.lead, name=XSS, url=json_url(chat_receiver), team=world.team)
    client.get(settings_url(world.team))
    with CaptureQueriesContext(connection) as small:
        page = client.get(settings_url(world.team)).content.decode()
    assert XSS not in page and "&lt;script&gt;" in page
    for n in range(5):
        chat_channel_create(
            actor=world.lead, name=f"C{n}", url=json_url(chat_receiver), team=world.team
        )
    with CaptureQueriesContext(connection) as large:
        client.get(settings_url(world.team))
    assert len(large) == len(small)


def test_an_off_track_alert_of_a_team_objective_is_posted_to_the_team(world, kr, chat_receiver):
    chat_channel_create(actor=world.lead, name="Room", url=json_url(chat_receiver), team=world.team)
    pace_alert(key_result=kr, old="on_track", new="off_track", now=NOW)
    pace_alert(key_result=kr, old="on_track", new="off_track", now=NOW)  # a retry: stored once
    assert team_posts_send_due(now=NOW) == 1
    body = json.loads(chat_receiver.requests[0]["body"])
    assert body["title"] == f"{kr.title} is off track"
    assert f"/objectives/{kr.objective_id}/#kr-{kr.pk}" in body["message"]


def test_a_private_objectives_alert_is_not_posted_to_the_team(world, kr, chat_receiver):
    world.objective.visibility = Visibility.PRIVATE
    world.objective.save()
    chat_channel_create(actor=world.lead, name="Room", url=json_url(chat_receiver), team=world.team)
    pace_alert(key_result=kr, old="on_track", new="off_track", now=NOW)
    assert not TeamPost.objects.exists()


def test_a_failing_team_channel_is_retried_with_back_off(world, chat_receiver):
    chat_channel_create(actor=world.lead, name="Room", url=json_url(chat_receiver), team=world.team)
    chat_receiver.statuses = [500]
    assert (
        team_post(team=world.team, kind=Kind.MEETING_AGENDA, dedupe_key="1", title="t", now=NOW)
        == 1
    )
    assert team_posts_send_due(now=NOW) == 0
    post = TeamPost.objects.get()
    assert (post.status, post.attempts) == ("pending", 1) and post.last_error
    assert team_posts_send_due(now=NOW) == 0  # not due before the back-off
    assert team_posts_send_due(now=post.next_attempt_at) == 1
    post.refresh_from_db()
    assert (post.status, post.attempts) == ("sent", 2)


def test_a_refused_address_fails_the_post_without_retry(world, chat_receiver, settings):
    chat_channel_create(actor=world.lead, name="Room", url=json_url(chat_receiver), team=world.team)
    settings.OUTBOUND_ALLOWED_NETWORKS = []
    team_post(team=world.team, kind=Kind.MEETING_AGENDA, dedupe_key="1", title="t", now=NOW)
    team_posts_send_due(now=NOW)
    post = TeamPost.objects.get()
    assert post.status == "failed" and chat_receiver.requests == []


def test_an_unknown_kind_is_refused(world):
    with pytest.raises(ValueError):
        team_post(team=world.team, kind="nope", dedupe_key="1", title="t")


def test_a_kind_the_team_turned_off_is_not_posted(world, kr, client_for, chat_receiver):
    chat_channel_create(actor=world.lead, name="Room", url=json_url(chat_receiver), team=world.team)
    response = client_for(world.lead).post(
        settings_url(world.team, "team_chat_settings"), {"kinds": [Kind.MEETING_AGENDA]}
    )
    assert response.status_code == 302
    pace_alert(key_result=kr, old="on_track", new="off_track", now=NOW)
    assert not TeamPost.objects.exists()
    assert team_post(team=world.team, kind=Kind.MEETING_AGENDA, dedupe_key="1", title="t", now=NOW)
    settings = TeamChatSettings.objects.get(team=world.team)
    assert settings.kinds_off == [Kind.KEY_RESULT_AT_RISK, Kind.KEY_RESULT_OFF_TRACK]


def test_posts_inside_the_team_s_quiet_hours_wait_until_they_end(world, client_for, chat_receiver):
    world.organisation.time_zone = "Europe/Berlin"
    world.organisation.save()
    chat_channel_create(actor=world.lead, name="Room", url=json_url(chat_receiver), team=world.team)
    client_for(world.admin).post(
        settings_url(world.team, "team_chat_settings"),
        {"kinds": [Kind.MEETING_AGENDA, Kind.KEY_RESULT_OFF_TRACK],
         "quiet_start": "22:00", "quiet_end": "07:00"},
    )  # fmt: skip
    night = at("2026-03-02 22:30")  # 23:30 in Berlin
    team_post(team=world.team, kind=Kind.MEETING_AGENDA, dedupe_key="1", title="t", now=night)
    assert team_posts_send_due(now=night) == 0
    assert TeamPost.objects.get().next_attempt_at == at("2026-03-03 06:00")  # 07:00 in Berlin
    assert team_posts_send_due(now=at("2026-03-03 06:00")) == 1


@pytest.mark.parametrize(("persona", "status"), [("member", 403), ("viewer", 403)])
def test_only_leads_and_admins_change_the_team_s_chat_settings(world, client_for, persona, status):
    url = settings_url(world.team, "team_chat_settings")
    assert client_for(getattr(world, persona)).post(url, {"kinds": []}).status_code == status
    outsider_team = TeamFactory(organisation=world.outsider.organisation)
    assert (
        client_for(world.lead)
        .post(settings_url(outsider_team, "team_chat_settings"), {})
        .status_code
        == 404
    )


def test_half_a_quiet_window_is_a_form_error(world, client_for):
    url = settings_url(world.team, "team_chat_settings")
    response = client_for(world.lead).post(url, {"quiet_start": "22:00"})
    assert response.status_code == 400
    assert "Give both ends of the quiet hours" in response.content.decode()
