"""The cycle board: tree, filters (htmx and plain GET), visibility per role, query count."""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cairn.okrs.models import KeyResult
from tests.factories import CycleFactory, KeyResultFactory, ObjectiveFactory, TeamFactory


def board_url(world, **params):
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return reverse("board", args=[world.cycle.pk]) + (f"?{query}" if query else "")


def test_it_shows_company_then_teams_with_owners(world, client_for):
    ObjectiveFactory(cycle=world.cycle, team=None, owner=world.admin, title="Win the market")
    response = client_for(world.member).get(reverse("current_board"))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Win the market") < html.index("Make support feel effortless")
    assert "Company" in html and "Support" in html and world.member.name in html


def test_pace_is_shown_as_text_beside_the_colour(world, client_for):
    world.objective.progress = 0.0
    world.objective.save()
    html = client_for(world.viewer).get(board_url(world)).content.decode()
    assert "pace--off_track" in html and "Off track" in html


def test_it_filters_by_pace_without_javascript(world, client_for):
    on_track = ObjectiveFactory(cycle=world.cycle, team=world.team, title="Cheerful", progress=0.9)
    html = client_for(world.admin).get(board_url(world, status="on_track")).content.decode()
    assert on_track.title in html and world.objective.title not in html


def test_it_filters_by_team_including_sub_teams(world, client_for):
    squad = TeamFactory(organisation=world.organisation, name="Squad", parent=world.team)
    other = TeamFactory(organisation=world.organisation, name="Sales", parent=world.company)
    in_squad = ObjectiveFactory(cycle=world.cycle, team=squad, title="Squad goal")
    in_sales = ObjectiveFactory(cycle=world.cycle, team=other, title="Sales goal")
    html = client_for(world.admin).get(board_url(world, team=world.team.pk)).content.decode()
    assert in_squad.title in html and world.objective.title in html
    assert in_sales.title not in html


def test_it_filters_by_owner_kind_and_search(world, client_for):
    bold = ObjectiveFactory(
        cycle=world.cycle, team=world.team, owner=world.lead, kind="aspirational", title="Bold"
    )
    KeyResultFactory(objective=world.objective, title="Answer within an hour")
    client = client_for(world.admin)
    by_owner = client.get(board_url(world, owner=world.lead.pk)).content.decode()
    assert bold.title in by_owner and world.objective.title not in by_owner
    by_kind = client.get(board_url(world, kind="aspirational")).content.decode()
    assert bold.title in by_kind and world.objective.title not in by_kind
    by_kr = client.get(board_url(world, q="within an HOUR")).content.decode()
    assert world.objective.title in by_kr and bold.title not in by_kr


def test_it_filters_stale_objectives(world, client_for):
    fresh = ObjectiveFactory(cycle=world.cycle, team=world.team, title="Fresh")
    KeyResultFactory(objective=fresh, last_check_in_at=timezone.now())
    kr = KeyResultFactory(objective=world.objective)
    KeyResult.objects.filter(pk=kr.pk).update(
        created_at=timezone.now() - dt.timedelta(days=40),
        last_check_in_at=timezone.now() - dt.timedelta(days=30),
    )
    html = client_for(world.admin).get(board_url(world, stale=1)).content.decode()
    assert world.objective.title in html and "Fresh" not in html


def test_bad_filter_values_are_ignored(world, client_for):
    response = client_for(world.admin).get(board_url(world, status="bogus", team="x", kind="?"))
    assert response.status_code == 200
    assert world.objective.title in response.content.decode()


def test_htmx_gets_only_the_results(world, client_for):
    response = client_for(world.admin).get(board_url(world, q="support"), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "<html" not in html and world.objective.title in html


def test_an_empty_result_says_so(world, client_for):
    html = client_for(world.admin).get(board_url(world, q="nothing-like-this")).content.decode()
    assert "No objectives match these filters." in html


def test_private_objectives_stay_private(world, client_for):
    secret = ObjectiveFactory(
        cycle=world.cycle, team=world.team, owner=world.lead, visibility="private", title="Secret"
    )
    assert secret.title not in client_for(world.viewer).get(board_url(world)).content.decode()
    assert secret.title not in client_for(world.member).get(board_url(world)).content.decode()
    assert secret.title in client_for(world.lead).get(board_url(world)).content.decode()
    assert secret.title in client_for(world.admin).get(board_url(world)).content.decode()


def test_another_organisations_cycle_is_not_found(world, client_for):
    assert client_for(world.outsider).get(board_url(world)).status_code == 404


def test_signed_out_people_are_sent_to_sign_in(world, client):
    response = client.get(board_url(world))
    assert response.status_code == 302 and "next=" in response["Location"]


def test_without_a_cycle_it_explains_how_to_start(client_for):
    from tests.factories import PersonFactory

    admin = PersonFactory(role="admin")
    html = client_for(admin).get(reverse("current_board")).content.decode()
    assert "Create a cycle" in html


def test_query_count_does_not_grow_with_objectives(world, client_for, add_objectives):
    client = client_for(world.lead)
    add_objectives(3)
    client.get(board_url(world))  # warm caches (content types, sessions)
    with CaptureQueriesContext(connection) as small:
        assert client.get(board_url(world)).status_code == 200
    squad = TeamFactory(organisation=world.organisation, parent=world.team)
    add_objectives(20, team=squad)
    add_objectives(5, kind="aspirational")
    with CaptureQueriesContext(connection) as large:
        html = client.get(board_url(world)).content.decode()
    assert html.count('class="tree-row pace') == 29
    assert len(large) == len(small), [q["sql"] for q in large.captured_queries]


def test_only_the_chosen_cycles_objectives_appear(world, client_for):
    later = CycleFactory(organisation=world.organisation, name="Q4", state="planning")
    ObjectiveFactory(cycle=later, team=world.team, title="Next quarter")
    html = client_for(world.admin).get(board_url(world)).content.decode()
    assert "Next quarter" not in html


def kr_url(world, objective=None):
    objective = objective or world.objective
    return reverse("board_key_results", args=[world.cycle.pk, objective.pk])


def test_key_results_load_on_demand(world, client_for):
    KeyResultFactory(
        objective=world.objective,
        title="Answer within an hour",
        confidence=9,
        last_check_in_at=timezone.now() - dt.timedelta(days=3),
    )
    client = client_for(world.viewer)
    board = client.get(board_url(world)).content.decode()
    assert "Key results (1)" in board and kr_url(world) in board
    fragment = client.get(kr_url(world), HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in fragment and "Answer within an hour" in fragment
    assert "9/10 · High" in fragment and "3\xa0days ago" in fragment
    page = client.get(kr_url(world)).content.decode()
    assert "<html" in page and "Answer within an hour" in page


def test_key_results_of_hidden_or_foreign_objectives_are_not_found(world, client_for):
    secret = ObjectiveFactory(cycle=world.cycle, team=world.team, visibility="private")
    assert client_for(world.viewer).get(kr_url(world, secret)).status_code == 404
    assert client_for(world.outsider).get(kr_url(world)).status_code == 404


def test_a_huge_board_shows_a_page_and_offers_more(world, client_for, add_objectives, monkeypatch):
    from cairn.web.queries import board

    monkeypatch.setattr(board, "PAGE_SIZE", 3)
    add_objectives(4)
    html = client_for(world.admin).get(board_url(world)).content.decode()
    assert html.count('class="tree-row pace') == 3
    assert "Showing 1–3 of 5 objectives" in html and "Show more objectives" in html
