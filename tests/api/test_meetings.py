"""The meeting under /api/v1: the board, decisions, follow-ups (create, list, close); per role."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.meetings.models import FollowUp, MeetingDecision
from cairn.meetings.services import decision_add, follow_up_add
from cairn.okrs.services import check_in_record, key_result_create
from tests.api.conftest import client_for, problem_fields
from tests.factories import MembershipFactory, PersonFactory, TeamFactory

PERSONAS = ("admin", "lead", "member", "viewer", "outsider")


def meeting_url(team) -> str:
    return f"/api/v1/teams/{team.pk}/meeting"


def test_the_board_groups_key_results_as_plans_progress_problems(world, api, kr):
    moved = key_result_create(actor=world.member, objective=world.objective,
                              title="Grow CSAT from 80 to 95", start=80, target=95)  # fmt: skip
    check_in_record(key_result=moved, author=world.member, value=85, confidence=6)
    check_in_record(key_result=kr, author=world.member, value=17, confidence=5,
                    blockers="<b>Hiring freeze</b>")  # fmt: skip
    body = api["lead"].get(meeting_url(world.team)).json()
    assert body["team"] == world.team.pk and body["cycle"] == world.cycle.pk
    assert body["may_record"] is True
    members = {m["person"]: m for m in body["members"]}
    assert set(members) == {world.lead.pk, world.member.pk}
    mine = members[world.member.pk]
    rows = {r["key_result"]: (group, r) for group in ("problems", "progress", "plans")
            for r in mine[group]}  # fmt: skip
    group, row = rows[kr.pk]
    assert group == "problems"  # it has blockers
    assert row["check_in"]["blockers"] == "<b>Hiring freeze</b>"  # JSON, not HTML
    group, row = rows[moved.pk]
    assert row["value_change"] == pytest.approx(5) and row["check_in"]["confidence"] == 6
    assert group == ("problems" if row["pace_status"] in ("off_track", "at_risk") else "progress")
    assert mine["checked_in"] is True and members[world.lead.pk]["checked_in"] is True


@pytest.mark.parametrize(
    ("persona", "status", "records"),
    [("admin", 200, True), ("lead", 200, True), ("member", 200, False),
     ("viewer", 200, False), ("outsider", 404, None)],
)  # fmt: skip
def test_who_sees_the_meeting(world, api, persona, status, records):
    response = api[persona].get(meeting_url(world.team))
    assert response.status_code == status
    if records is not None:
        assert response.json()["may_record"] is records


def test_someone_outside_the_team_is_refused(world):
    stranger = PersonFactory(organisation=world.organisation)
    assert client_for(stranger).get(meeting_url(world.team)).status_code == 403


@pytest.mark.parametrize(
    ("persona", "status"),
    [("admin", 201), ("lead", 201), ("member", 403), ("viewer", 403), ("outsider", 404)],
)
def test_who_records_decisions(world, api, persona, status):
    url = f"{meeting_url(world.team)}/decisions"
    response = api[persona].post(url, {"text": "Ship the FAQ first"})
    assert response.status_code == status
    assert MeetingDecision.objects.count() == (1 if status == 201 else 0)
    if status == 201:
        assert response.json()["text"] == "Ship the FAQ first"
        listed = api["member"].get(url).json()["items"]
        assert [d["text"] for d in listed] == ["Ship the FAQ first"]
        assert api["outsider"].get(url).status_code == 404


@pytest.mark.parametrize(
    ("persona", "status"),
    [("admin", 201), ("lead", 201), ("member", 403), ("viewer", 403), ("outsider", 404)],
)
def test_who_records_follow_ups(world, api, persona, status):
    url = f"{meeting_url(world.team)}/follow-ups"
    body = {"text": "Draft the FAQ", "assignee": world.member.pk, "due": "2026-12-11"}
    response = api[persona].post(url, body)
    assert response.status_code == status
    if status == 201:
        created = response.json()
        assert created["assignee"] == world.member.pk and created["due"] == "2026-12-11"
        assert created["done"] is False and created["team"] == world.team.pk


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "x" * 2001}, "text"),
        ({"text": "ok", "assignee": 10**30}, "assignee"),
        ({"text": "ok", "due": "someday"}, "due"),
        ({"text": "ok\u0000"}, "text"),
    ],
)
def test_bad_follow_ups_are_refused_clearly(world, api, body, field):
    response = api["lead"].post(f"{meeting_url(world.team)}/follow-ups", body)
    assert response.status_code == 422
    assert field in problem_fields(response)
    assert not FollowUp.objects.exists()


def test_an_assignee_outside_the_team_or_organisation_is_a_field_error(world, api):
    url = f"{meeting_url(world.team)}/follow-ups"
    for person in (world.viewer, world.outsider):
        response = api["lead"].post(url, {"text": "Do it", "assignee": person.pk})
        assert response.status_code == 422 and problem_fields(response) == ["assignee"]


@pytest.mark.parametrize(
    ("persona", "status"),
    [("admin", 200), ("lead", 200), ("member", 200), ("viewer", 403), ("outsider", 404)],
)
def test_who_closes_a_follow_up(world, api, persona, status):
    follow_up = follow_up_add(
        actor=world.lead, team=world.team, text="Draft", assignee=world.member
    )
    response = api[persona].patch(f"/api/v1/follow-ups/{follow_up.pk}", {"done": True})
    assert response.status_code == status
    follow_up.refresh_from_db()
    assert follow_up.done is (status == 200)
    if status == 200:
        assert response.json()["done"] is True and response.json()["done_at"]
        listed = api["lead"].get(f"{meeting_url(world.team)}/follow-ups?done=false").json()
        assert listed["items"] == []


def test_someone_else_in_the_team_cannot_close_it(world, api):
    other = PersonFactory(organisation=world.organisation)
    MembershipFactory(team=world.team, person=other)
    follow_up = follow_up_add(
        actor=world.lead, team=world.team, text="Draft", assignee=world.member
    )
    response = client_for(other).patch(f"/api/v1/follow-ups/{follow_up.pk}", {"done": True})
    assert response.status_code == 403


def test_a_read_token_cannot_record(world):
    reader = client_for(world.lead, scope="read")
    assert reader.get(meeting_url(world.team)).status_code == 200
    assert reader.post(f"{meeting_url(world.team)}/decisions", {"text": "x"}).status_code == 403


def test_the_meeting_endpoints_are_in_the_openapi_schema(api):
    paths = api["member"].get("/api/v1/openapi.json").json()["paths"]
    assert {"get"} <= set(paths["/api/v1/teams/{team_id}/meeting"])
    assert {"get", "post"} <= set(paths["/api/v1/teams/{team_id}/meeting/decisions"])
    assert {"get", "post"} <= set(paths["/api/v1/teams/{team_id}/meeting/follow-ups"])
    assert {"patch"} <= set(paths["/api/v1/follow-ups/{follow_up_id}"])


def _grow(world, index: int) -> None:
    person = PersonFactory(organisation=world.organisation)
    MembershipFactory(team=world.team, person=person)
    kr = key_result_create(actor=world.admin, objective=world.objective, owner=person,
                           title=f"Grow NPS from 20 to {40 + index}", start=20, target=40 + index)  # fmt: skip
    check_in_record(key_result=kr, author=world.admin, value=25, confidence=4, blockers="late")
    decision_add(actor=world.lead, team=world.team, text=f"Decision {index}")
    follow_up_add(actor=world.lead, team=world.team, text=f"Follow {index}", assignee=person)


def test_the_board_s_query_count_does_not_grow_with_members(world, api):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert api["lead"].get(meeting_url(world.team)).status_code == 200
        return len(queries)

    _grow(world, 0)
    count()  # the token's first use this minute writes its last-used time
    before = count()
    for index in range(1, 6):
        _grow(world, index)
    assert count() == before


def test_another_organisation_s_team_of_the_same_shape_is_404(world, api):
    elsewhere = TeamFactory(organisation=world.outsider.organisation)
    assert api["lead"].get(meeting_url(elsewhere)).status_code == 404
    assert api["lead"].post(f"{meeting_url(elsewhere)}/decisions", {"text": "x"}).status_code == 404
