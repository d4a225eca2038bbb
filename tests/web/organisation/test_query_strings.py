"""Ids and search text in the pages' query strings: out of range or odd, they are ignored.

An id past 2^63 - 1 overflowed SQLite (a 500), "²" passed isdigit() but not int() (a 500), and
PostgreSQL refuses a NUL in a search (a 500). Each is now an ignored filter, never an error.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.lib.ids import MAX_ID
from tests.factories import KeyResultFactory, ObjectiveFactory

ODD = [str(MAX_ID + 1), str(2**64), "9" * 5000, "²", "0", "-4", "3\x00"]


@pytest.fixture
def company_objective(world):
    return ObjectiveFactory(cycle=world.cycle, team=None, owner=world.admin, title="Win the market")


def _pages(world) -> list[tuple[str, str]]:
    """Return (URL, parameter) for every page filter that takes an id."""
    cycle, board = world.cycle.pk, reverse("board", args=[world.cycle.pk])
    return [
        (reverse("current_board"), "team"),
        (reverse("current_board"), "owner"),
        (board, "team"),
        (board, "owner"),
        (reverse("quality_review", args=[cycle]), "team"),
        (reverse("quality_review", args=[cycle]), "owner"),
        (reverse("quality_review", args=[cycle]), "page"),
        (reverse("alignment"), "cycle"),
        (reverse("team", args=[world.team.pk]), "cycle"),
        (reverse("person", args=[world.member.pk]), "cycle"),
        (reverse("objective_create"), "parent_key_result"),
        (reverse("align_search") + "?q=Make", "exclude"),
    ]


@pytest.mark.parametrize("value", ODD)
def test_an_odd_id_in_a_page_filter_is_ignored(world, client_for, company_objective, value):
    client = client_for(world.admin)
    for url, name in _pages(world):
        response = client.get(url, {name: value})
        assert response.status_code == 200, (url, name, response.status_code)


@pytest.mark.parametrize("value", [str(MAX_ID + 1), "²"])
def test_the_board_ignores_an_odd_team_or_owner_and_shows_everything(
    world, client_for, company_objective, value
):
    client = client_for(world.admin)
    for name in ("team", "owner"):
        html = client.get(reverse("board", args=[world.cycle.pk]), {name: value}).content.decode()
        assert company_objective.title in html and world.objective.title in html


def test_the_largest_id_is_a_filter_that_matches_nothing(world, client_for, company_objective):
    html = (
        client_for(world.admin)
        .get(reverse("board", args=[world.cycle.pk]), {"owner": MAX_ID})
        .content.decode()
    )
    assert company_objective.title not in html and world.objective.title not in html


def test_the_live_coach_ignores_an_odd_key_result_to_leave_out(world, client_for):
    KeyResultFactory(
        objective=world.objective, title="Grow CSAT from 80 to 95", start=80, target=95
    )
    url = reverse("coach_preview_key_result", args=[world.objective.pk])
    client = client_for(world.member)
    for value in ODD:
        response = client.post(f"{url}?key_result={value}", {"title": "Grow CSAT from 80 to 95"})
        assert response.status_code == 200, value


@pytest.mark.parametrize(
    "url",
    ["board", "people", "align_search", "objective_align"],
)
def test_a_nul_in_a_search_is_dropped(world, client_for, company_objective, url):
    args = {"objective_align": [world.objective.pk], "board": [world.cycle.pk]}.get(url, [])
    response = client_for(world.admin).get(reverse(url, args=args), {"q": "Win\x00"})
    assert response.status_code == 200
    if url == "board":
        html = response.content.decode()
        assert company_objective.title in html and world.objective.title not in html
