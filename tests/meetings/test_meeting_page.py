"""The meeting page: who sees it, who records, one member at a time, escaping, query counts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.meetings.models import FollowUp, MeetingDecision, TeamMeeting
from cairn.notifications.models import Notification
from cairn.okrs.services import key_result_create
from cairn.organisations.models import Role
from tests.factories import MembershipFactory, ObjectiveFactory, PersonFactory, TeamFactory
from tests.meetings.conftest import check_in

XSS = "<script>alert(1)</script>"


def url(team, name="team_meeting", *args) -> str:
    return reverse(name, args=[team.pk, *args])


@pytest.mark.parametrize(
    ("persona", "status", "records"),
    [("admin", 200, True), ("lead", 200, True), ("member", 200, False), ("viewer", 200, False)],
)
def test_who_sees_the_meeting_and_who_records(world, client_for, persona, status, records):
    response = client_for(getattr(world, persona)).get(url(world.team))
    assert response.status_code == status
    assert (b"Record the decision" in response.content) is records


def test_someone_outside_the_team_is_refused_and_another_organisation_gets_404(world, client_for):
    stranger = PersonFactory(organisation=world.organisation)
    assert client_for(stranger).get(url(world.team)).status_code == 403
    assert client_for(world.outsider).get(url(world.team)).status_code == 404
    other_team = TeamFactory(organisation=world.outsider.organisation)
    assert client_for(world.admin).get(url(other_team)).status_code == 404
    assert (
        client_for(world.admin)
        .post(url(other_team, "team_decision_add"), {"decision-text": "x"})
        .status_code
        == 404
    )


@pytest.mark.parametrize("persona", ["member", "viewer"])
def test_members_and_viewers_cannot_record(world, client_for, persona):
    client = client_for(getattr(world, persona))
    assert (
        client.post(url(world.team, "team_decision_add"), {"decision-text": "Ship"}).status_code
        == 403
    )
    assert (
        client.post(url(world.team, "team_follow_up_add"), {"follow_up-text": "Do it"}).status_code
        == 403
    )
    assert not MeetingDecision.objects.exists() and not FollowUp.objects.exists()


def test_the_page_steps_through_members_one_at_a_time(world, client_for):
    kr = key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Cut reply time",
        start=18,
        target=4,
        unit="hours",
    )
    check_in(kr, 12, 5, blockers="Hiring freeze")
    client = client_for(world.lead)

    first = client.get(url(world.team)).content.decode()
    assert "Cut reply time" not in first  # the lead comes first and owns nothing
    assert f"?member={world.member.pk}" in first and 'rel="next"' in first

    second = client.get(url(world.team) + f"?member={world.member.pk}").content.decode()
    assert "Cut reply time" in second and "Hiring freeze" in second
    assert "−6 hours" in second  # the value change with its unit
    assert 'rel="prev"' in second and 'rel="next"' not in second
    assert client.get(url(world.team) + "?member=abc").status_code == 200  # unknown: the first


def test_the_lead_records_a_decision_and_a_follow_up_with_htmx(
    world, client_for, django_capture_on_commit_callbacks
):
    client = client_for(world.lead)
    response = client.post(
        url(world.team, "team_decision_add"),
        {"decision-text": "Pause the survey"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200 and b"Pause the survey" in response.content
    due = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url(world.team, "team_follow_up_add"),
            {
                "follow_up-text": "Call the vendor",
                "follow_up-assignee": world.member.pk,
                "follow_up-due": due,
            },
            HTTP_HX_REQUEST="true",
        )
    assert response.status_code == 200 and b"Call the vendor" in response.content
    follow_up = FollowUp.objects.get()
    assert (follow_up.assignee, follow_up.due.isoformat()) == (world.member, due)
    assert TeamMeeting.objects.get().team == world.team
    notice = Notification.objects.get(recipient=world.member, kind="meeting.follow_up")
    assert notice.link == url(world.team)


def test_bad_input_is_a_clear_error_and_nothing_is_stored(world, client_for):
    client = client_for(world.lead)
    response = client.post(url(world.team, "team_decision_add"), {"decision-text": "   "})
    assert response.status_code == 400
    outsider_in_org = PersonFactory(organisation=world.organisation)
    response = client.post(
        url(world.team, "team_follow_up_add"),
        {
            "follow_up-text": "Do it",
            "follow_up-assignee": outsider_in_org.pk,
            "follow_up-due": "not a date",
        },
    )
    assert response.status_code == 400
    assert b'class="field field--error"' in response.content and b'role="alert"' in response.content
    response = client.post(url(world.team, "team_follow_up_add"), {"follow_up-text": "a\x00b"})
    assert response.status_code == 400
    assert not FollowUp.objects.exists() and not MeetingDecision.objects.exists()


def test_open_follow_ups_of_earlier_meetings_show_at_the_top_and_can_be_ticked(world, client_for):
    earlier = TeamMeeting.objects.create(
        organisation=world.organisation,
        team=world.team,
        date=dt.date.today() - dt.timedelta(days=7),
    )
    follow_up = FollowUp.objects.create(
        organisation=world.organisation,
        meeting=earlier,
        text="Send the report",
        assignee=world.member,
    )
    page = client_for(world.lead).get(url(world.team)).content.decode()
    assert "Open follow-ups from earlier meetings" in page and "Send the report" in page

    # The assignee ticks it off; a viewer cannot.
    assert (
        client_for(world.viewer)
        .post(url(world.team, "team_follow_up_done", follow_up.pk), {"done": "1"})
        .status_code
        == 403
    )
    response = client_for(world.member).post(
        url(world.team, "team_follow_up_done", follow_up.pk),
        {"done": "1"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200 and b"Reopen" in response.content
    follow_up.refresh_from_db()
    assert follow_up.done and follow_up.done_at is not None
    assert "Send the report" not in client_for(world.lead).get(url(world.team)).content.decode()


def test_another_teams_follow_up_is_not_found(world, client_for):
    other = TeamFactory(organisation=world.organisation)
    meeting = TeamMeeting.objects.create(
        organisation=world.organisation, team=other, date=dt.date.today()
    )
    follow_up = FollowUp.objects.create(organisation=world.organisation, meeting=meeting, text="x")
    response = client_for(world.admin).post(url(world.team, "team_follow_up_done", follow_up.pk))
    assert response.status_code == 404


def test_every_user_field_is_escaped(world, client_for):
    world.team.name = XSS
    world.team.save()
    world.member.user.first_name = XSS
    world.member.user.save()
    objective = ObjectiveFactory(cycle=world.cycle, team=world.team, owner=world.member, title=XSS)
    kr = key_result_create(
        actor=world.member, objective=objective, title=XSS, start=0, target=9, unit=XSS
    )
    check_in(kr, 3, 4, note=XSS, blockers=XSS)
    client = client_for(world.lead)
    client.post(url(world.team, "team_decision_add"), {"decision-text": XSS})
    client.post(
        url(world.team, "team_follow_up_add"),
        {"follow_up-text": XSS, "follow_up-assignee": world.member.pk},
    )

    page = client.get(url(world.team) + f"?member={world.member.pk}").content.decode()
    assert XSS not in page
    assert page.count("&lt;script&gt;") >= 8
    home = client_for(world.member).get(reverse("home")).content.decode()
    assert XSS not in home and "&lt;script&gt;alert(1)" in home


def _count(client, path) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_the_query_count_does_not_grow_with_members_and_key_results(world, client_for):
    client = client_for(world.lead)
    path = url(world.team) + f"?member={world.member.pk}"
    first = key_result_create(
        actor=world.member, objective=world.objective, title="K", start=0, target=9
    )
    check_in(first, 1, 5)
    client.get(path)
    small = _count(client, path)
    for _ in range(6):
        person = PersonFactory(organisation=world.organisation)
        MembershipFactory(team=world.team, person=person)
        objective = ObjectiveFactory(cycle=world.cycle, team=world.team, owner=person)
        for n in range(3):
            kr = key_result_create(
                actor=person, objective=objective, title=f"KR {n}", start=0, target=9
            )
            check_in(kr, 2, 5, days_ago=8)
            check_in(kr, 4, 4, blockers="b")
    for n in range(4):
        kr = key_result_create(
            actor=world.member, objective=world.objective, title=f"M{n}", start=0, target=9
        )
        check_in(kr, 1, 5)
    meeting = TeamMeeting.objects.create(
        organisation=world.organisation,
        team=world.team,
        date=dt.date.today() - dt.timedelta(days=7),
    )
    for n in range(5):
        FollowUp.objects.create(
            organisation=world.organisation, meeting=meeting, text=f"F{n}", assignee=world.member
        )
        MeetingDecision.objects.create(organisation=world.organisation, meeting=meeting, text="d")
    assert _count(client, path) == small


def test_the_team_page_links_the_meeting_for_those_who_see_it(world, client_for):
    link = url(world.team).encode()
    assert link in client_for(world.member).get(reverse("team", args=[world.team.pk])).content
    stranger = PersonFactory(organisation=world.organisation, role=Role.MEMBER)
    assert link not in client_for(stranger).get(reverse("team", args=[world.team.pk])).content


def test_the_lead_keeps_notes_of_todays_meeting_and_others_read_them(world, client_for):
    client = client_for(world.lead)
    response = client.post(
        url(world.team, "team_meeting_notes"), {"notes-notes": XSS}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert TeamMeeting.objects.get().notes == XSS
    page = client_for(world.member).get(url(world.team)).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and XSS not in page
    assert (
        client_for(world.member)
        .post(url(world.team, "team_meeting_notes"), {"notes-notes": "mine"})
        .status_code
        == 403
    )
    response = client.post(url(world.team, "team_meeting_notes"), {"notes-notes": "a\x00b"})
    assert response.status_code == 400
    assert TeamMeeting.objects.get().notes == XSS


def test_the_meeting_is_reachable_by_the_teams_slug_in_its_organisation_only(world, client_for):
    response = client_for(world.member).get("/teams/support/meeting/")
    assert response.status_code == 302 and response["Location"] == url(world.team)
    assert client_for(world.outsider).get("/teams/support/meeting/").status_code == 404
    assert client_for(world.member).get("/teams/nope/meeting/").status_code == 404
