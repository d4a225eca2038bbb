"""The board's and the map's further pages (htmx "Show more" fragments), the cycle picker, and
hostile titles: visibility per role, other organisations, query counts, escaping."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import CycleFactory, KeyResultFactory, ObjectiveFactory, TeamFactory

# A tag, then 270 characters without a space: 297 in all, within the 300 a title allows.
HOSTILE = '<script>alert("x")</script>' + "W" * 270
ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"


def rows_url(world, page=2, **params):
    query = "&".join(f"{k}={v}" for k, v in {"page": page, **params}.items())
    return reverse("board_rows", args=[world.cycle.pk]) + f"?{query}"


def roots_url(cycle, page=2):
    return reverse("alignment_roots") + f"?cycle={cycle.pk}&page={page}"


@pytest.fixture
def small_pages(monkeypatch):
    """Make a page of the board three rows and a page of the map two nodes."""
    from cairn.web.queries import alignment, board

    monkeypatch.setattr(board, "PAGE_SIZE", 3)
    monkeypatch.setattr(alignment, "PAGE_SIZE", 2)


# The board's further pages


def test_show_more_returns_the_next_rows_only(world, client_for, add_objectives, small_pages):
    added = add_objectives(4)  # five objectives in all: three on page 1, two on page 2
    html = client_for(world.member).get(rows_url(world)).content.decode()
    assert "<html" not in html and html.count('class="tree-row pace') == 2
    assert added[-1].title in html and "Show more objectives" not in html


def test_show_more_links_carry_the_filters(world, client_for, add_objectives, small_pages):
    add_objectives(4, kind="aspirational")
    html = (
        client_for(world.admin)
        .get(reverse("board", args=[world.cycle.pk]) + "?kind=aspirational&q=o")
        .content.decode()
    )
    assert "kind=aspirational" in html and "page=2" in html
    fragment = client_for(world.admin).get(rows_url(world, kind="aspirational")).content.decode()
    assert fragment.count('class="tree-row pace') == 1
    assert world.objective.title not in fragment  # committed: filtered out on every page


def test_a_team_heading_is_not_repeated_across_pages(
    world, client_for, add_objectives, small_pages
):
    add_objectives(4)
    client = client_for(world.admin)
    same = client.get(rows_url(world, after_team=world.team.pk)).content.decode()
    assert 'class="tree-table__group"' not in same
    fresh = client.get(rows_url(world, after_team="company")).content.decode()
    assert fresh.count('class="tree-table__group"') == 1 and "Support" in fresh


def test_the_status_filter_pages_through_its_candidates(
    world, client_for, add_objectives, small_pages
):
    for objective in add_objectives(5):
        objective.progress = 0.0
        objective.save()
    world.objective.progress = 0.99
    world.objective.save()
    client = client_for(world.admin)
    first = client.get(
        reverse("board", args=[world.cycle.pk]) + "?status=off_track"
    ).content.decode()
    assert first.count('class="tree-row pace') == 3 and "Showing 1–3 of 5" in first
    second = client.get(rows_url(world, status="off_track")).content.decode()
    assert second.count('class="tree-row pace') == 2 and world.objective.title not in second


def test_private_objectives_stay_off_further_pages(world, client_for, add_objectives, small_pages):
    add_objectives(3)
    secret = ObjectiveFactory(
        cycle=world.cycle,
        team=world.team,
        owner=world.lead,
        visibility="private",
        title="Zz secret",
    )
    assert secret.title not in client_for(world.viewer).get(rows_url(world)).content.decode()
    assert secret.title not in client_for(world.member).get(rows_url(world)).content.decode()
    assert secret.title in client_for(world.lead).get(rows_url(world)).content.decode()


@pytest.mark.parametrize("persona", ["admin", "lead", "member", "viewer"])
def test_every_role_of_the_organisation_gets_further_pages(world, client_for, persona):
    assert client_for(getattr(world, persona)).get(rows_url(world, page=1)).status_code == 200
    assert client_for(getattr(world, persona)).get(roots_url(world.cycle, 1)).status_code == 200


def test_further_pages_of_another_organisation_are_not_found(world, client_for):
    assert client_for(world.outsider).get(rows_url(world)).status_code == 404
    assert client_for(world.outsider).get(roots_url(world.cycle)).status_code == 404


def test_further_pages_need_a_signed_in_person(world, client):
    for url in (rows_url(world), roots_url(world.cycle)):
        response = client.get(url)
        assert response.status_code == 302 and "next=" in response["Location"]


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999999999999999999", "2%00"])
def test_bad_page_numbers_are_read_as_the_first_or_last_page(world, client_for, page):
    client = client_for(world.admin)
    for url in (
        reverse("board", args=[world.cycle.pk]) + f"?page={page}",
        rows_url(world, page=page),
        reverse("alignment") + f"?page={page}",
        roots_url(world.cycle, page),
    ):
        assert client.get(url).status_code == 200, url


def test_a_page_past_the_end_says_so(world, client_for):
    html = (
        client_for(world.admin)
        .get(reverse("board", args=[world.cycle.pk]) + "?page=5")
        .content.decode()
    )
    assert "No more objectives on this page." in html and "Back to the first page" in html


def test_rows_query_count_does_not_grow(world, client_for, add_objectives, small_pages):
    client = client_for(world.lead)
    add_objectives(4)
    client.get(rows_url(world))
    with CaptureQueriesContext(connection) as small:
        client.get(rows_url(world))
    add_objectives(20, team=TeamFactory(organisation=world.organisation, parent=world.team))
    with CaptureQueriesContext(connection) as large:
        html = client.get(rows_url(world)).content.decode()
    assert html.count('class="tree-row pace') == 3
    assert len(large) == len(small), [q["sql"] for q in large.captured_queries]


def test_key_results_query_count_does_not_grow(world, client_for):
    client = client_for(world.member)
    url = reverse("board_key_results", args=[world.cycle.pk, world.objective.pk])
    KeyResultFactory(objective=world.objective)
    client.get(url, HTTP_HX_REQUEST="true")
    with CaptureQueriesContext(connection) as small:
        client.get(url, HTTP_HX_REQUEST="true")
    KeyResultFactory.create_batch(12, objective=world.objective)
    with CaptureQueriesContext(connection) as large:
        html = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert html.count('class="tree-row tree-row--child"') == 13
    assert len(large) == len(small)


# The cycle picker in the filter bar


def test_choosing_another_cycle_moves_to_its_board_with_the_filters(world, client_for):
    later = CycleFactory(organisation=world.organisation, name="Q4", state="planning")
    url = reverse("board", args=[world.cycle.pk]) + f"?cycle={later.pk}&q=support&page=3"
    response = client_for(world.member).get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("board", args=[later.pk]) + "?q=support"
    htmx = client_for(world.member).get(url, HTTP_HX_REQUEST="true")
    assert htmx["HX-Redirect"] == reverse("board", args=[later.pk]) + "?q=support"


def test_choosing_another_organisations_cycle_is_not_found(world, client_for):
    foreign = CycleFactory(organisation=world.outsider.organisation)
    url = reverse("board", args=[world.cycle.pk]) + f"?cycle={foreign.pk}"
    assert client_for(world.admin).get(url).status_code == 404


# The map's further pages


def test_map_show_more_returns_the_next_roots(world, client_for, add_objectives, small_pages):
    add_objectives(3)  # four unaligned objectives: two on each page
    client = client_for(world.viewer)
    first = client.get(reverse("alignment")).content.decode()
    assert first.count('class="map-node" data-map-node') == 2 and "page=2" in first
    second = client.get(roots_url(world.cycle)).content.decode()
    assert "<html" not in second and second.count('class="map-node" data-map-node') == 2
    assert "Show more objectives" not in second


def test_children_come_a_page_at_a_time(world, client_for, add_objectives, small_pages):
    for child in add_objectives(3):
        child.parent_objective = world.objective
        child.save()
    client = client_for(world.member)
    url = reverse("alignment_children", args=[world.objective.pk])
    first = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert first.count('class="map-node" data-map-node') == 2 and "page=2" in first
    second = client.get(url + "?page=2", HTTP_HX_REQUEST="true").content.decode()
    assert second.count('class="map-node" data-map-node') == 1


def test_roots_query_count_does_not_grow(world, client_for, add_objectives, small_pages):
    client = client_for(world.member)
    add_objectives(3)
    client.get(roots_url(world.cycle))
    with CaptureQueriesContext(connection) as small:
        client.get(roots_url(world.cycle))
    for parent in add_objectives(10):
        for child in add_objectives(2):
            child.parent_objective = parent
            child.save()
    with CaptureQueriesContext(connection) as large:
        html = client.get(roots_url(world.cycle)).content.decode()
    assert html.count('class="map-node" data-map-node') == 2
    assert len(large) == len(small), [q["sql"] for q in large.captured_queries]


# Hostile and very long titles


def test_hostile_titles_are_escaped_everywhere(world, client_for):
    parent = ObjectiveFactory(cycle=world.cycle, team=None, owner=world.admin, title=HOSTILE)
    kr = KeyResultFactory(objective=parent, title=HOSTILE)
    ObjectiveFactory(cycle=world.cycle, team=world.team, parent_key_result=kr, title=HOSTILE)
    world.team.name = HOSTILE[:190]  # a team name holds 200
    world.team.save()
    client = client_for(world.admin)
    pages = [
        reverse("board", args=[world.cycle.pk]),
        rows_url(world, page=1),
        reverse("board_key_results", args=[world.cycle.pk, parent.pk]),
        reverse("alignment"),
        roots_url(world.cycle, 1),
        reverse("alignment_children", args=[parent.pk]),
    ]
    for url in pages:
        for htmx in (False, True):
            headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
            html = client.get(url, **headers).content.decode()
            assert "<script>alert" not in html, url
            assert ESCAPED in html, url
