"""The board reads a page from only the teams it spans: every page equals the slice of the whole
cycle sorted company first, then team by team (by name, then id), by position and id."""

from __future__ import annotations

import random

import pytest
from django.db.models import F

from cairn.okrs.models import Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Team
from cairn.web.queries import board
from tests.factories import ObjectiveFactory, TeamFactory


@pytest.fixture
def crowded(world):
    """Thirty objectives over company level and five teams (two with the same name)."""
    rng = random.Random(3)
    teams = [None, world.team, world.company]
    teams += [TeamFactory(organisation=world.organisation, name=n) for n in ("Zeta", "Alpha")]
    teams += [TeamFactory(organisation=world.organisation, name="Alpha")]
    for i in range(30):
        ObjectiveFactory(
            organisation=world.organisation,
            cycle=world.cycle,
            team=rng.choice(teams),
            owner=rng.choice([world.admin, world.member, world.lead]),
            visibility=rng.choice(["public", "public", "team", "private"]),
            position=rng.randrange(3),
            title=f"Objective {i}",
        )
    return world


@pytest.mark.parametrize("persona", ["admin", "member", "viewer"])
@pytest.mark.parametrize("size", [1, 3, 7, 100])
def test_every_page_is_the_slice_of_the_whole_order(crowded, monkeypatch, persona, size):
    monkeypatch.setattr(board, "PAGE_SIZE", size)
    access = Access(getattr(crowded, persona))
    teams = list(Team.objects.filter(organisation=crowded.organisation).order_by("name", "pk"))
    ordering = (F("team__name").asc(nulls_first=True), "team_id", "position", "pk")
    ordered = board._filtered(access, crowded.cycle, board.BoardFilters(), teams)
    ordered = ordered.order_by(*ordering)
    expected = list(ordered.values_list("pk", flat=True))
    assert len(expected) > 10

    got = []
    for page in range(len(expected) // size + 2):
        ids, count = board._page_ids(ordered, teams, page * size)
        assert count == len(expected)
        got += ids
    assert got == expected


def test_a_later_page_spanning_two_teams_over_http(crowded, client_for, monkeypatch):
    monkeypatch.setattr(board, "PAGE_SIZE", 4)
    teams = list(Team.objects.filter(organisation=crowded.organisation).order_by("name", "pk"))
    ordered = board._filtered(
        Access(crowded.admin), crowded.cycle, board.BoardFilters(), teams
    ).order_by(F("team__name").asc(nulls_first=True), "team_id", "position", "pk")
    expected = list(ordered.values_list("pk", flat=True))[4:8]

    response = client_for(crowded.admin).get(f"/cycles/{crowded.cycle.pk}/board/?page=2")

    html = response.content.decode()
    shown = [pk for pk in expected if f"/objectives/{pk}/" in html]
    assert response.status_code == 200 and shown == expected
    assert Objective.objects.filter(cycle=crowded.cycle).count() == 31
