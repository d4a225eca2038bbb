"""The as-of pages read only their slice: the slice equals the whole cycle rebuilt and sorted.

Random cycles (teams, positions, visibility, alignment to objectives and key results, unicode
titles) are recorded two days back; then today teams, titles and alignment change and new
objectives appear. Every page of the board, the map and each objective page as of yesterday
must equal what the whole-cycle outline (`skeleton`, the reference) gives, for each persona.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from django.utils import timezone

from cairn.okrs.as_of import cycle_ids, skeleton
from cairn.okrs.models import KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.okrs.services import (
    key_result_create,
    objective_align,
    objective_create,
    objective_update,
)
from cairn.organisations.models import Team
from cairn.web.queries import as_of as pages
from cairn.web.queries.as_of import Dates, board_then, map_then, objective_then
from cairn.web.queries.common import visible_objectives
from tests.factories import CycleFactory, TeamFactory
from tests.web.as_of.conftest import backdate

TITLES = ("Grow", "grow", "Ärger", "Zebra", "apple", "Éclair", "Beta", "beta", "Ω", "Zz")


def _mess(world, seed: int) -> Dates:
    """Build a random cycle two days back, change it today; return yesterday's dates."""
    rng = random.Random(seed)
    teams = [
        None,
        world.team,
        world.company,
        TeamFactory(organisation=world.organisation, name="ärzte", slug="aerzte"),
        TeamFactory(organisation=world.organisation, name="Support", slug="support-2"),
    ]
    owners = [world.admin, world.lead, world.member]
    objectives, krs = [world.objective], []
    for i in range(26):
        objective = objective_create(
            actor=world.admin,
            cycle=world.cycle,
            title=f"{rng.choice(TITLES)} {rng.randrange(3)}",
            team=rng.choice(teams),
            owner=rng.choice(owners),
            visibility=rng.choice(["public", "public", "team", "private"]),
        )
        Objective.objects.filter(pk=objective.pk).update(position=rng.randrange(3))
        if rng.random() < 0.3:
            krs.append(
                key_result_create(
                    actor=world.admin, objective=objective, title=f"K{i}", start=0, target=10
                )
            )
        objectives.append(objective)
    for objective in objectives[1:]:
        _align(world, rng, objective, objectives, krs)
    backdate(2, *objectives)
    for objective in rng.sample(objectives, 12):
        objective.refresh_from_db()
        change = rng.choice(["team", "title", "align", "align"])
        if change == "team":
            objective_update(objective=objective, actor=world.admin, team=rng.choice(teams))
        elif change == "title":
            objective_update(objective=objective, actor=world.admin, title=rng.choice(TITLES))
        else:
            _align(world, rng, objective, objectives, krs)
    for i in range(3):  # created today: absent yesterday
        objective_create(actor=world.admin, cycle=world.cycle, title=f"New {i}")
    at = timezone.now() - timedelta(days=1)
    return Dates(then=at.date(), at=at)


def _align(world, rng, objective, objectives, krs) -> None:
    choice = rng.random()
    parent = rng.choice(objectives)
    try:
        if choice < 0.4 and parent.pk != objective.pk:
            objective_align(objective=objective, actor=world.admin, parent_objective=parent)
        elif choice < 0.6 and krs:
            kr = rng.choice(krs)
            objective_align(objective=objective, actor=world.admin, parent_key_result=kr)
        else:
            objective_align(objective=objective, actor=world.admin)
    except Exception:  # a loop or its own key result: refused, keep what it had  # noqa: BLE001
        pass


def _outline(world, access: Access, dates: Dates) -> dict:
    """The reference: the whole cycle then, kept to what the person may see today."""
    outline = skeleton(Objective.objects.filter(cycle_id__in=cycle_ids(world.cycle)), dates.at)
    visible = set(visible_objectives(access).filter(cycle=world.cycle).values_list("pk", flat=True))
    return {pk: o for pk, o in outline.items() if pk in visible}


def _reference_board(world, access, dates) -> list[int]:
    shown = _outline(world, access, dates)
    teams = Team.objects.filter(organisation=world.organisation).order_by("name", "pk")
    rank = {pk: i for i, pk in enumerate(teams.values_list("pk", flat=True))}
    position = dict(Objective.objects.filter(pk__in=shown).values_list("pk", "position"))
    return sorted(
        shown,
        key=lambda pk: (
            -1 if shown[pk].team_id is None else rank[shown[pk].team_id],
            position[pk],
            pk,
        ),
    )


def _reference_map(world, access, dates) -> dict[int | None, list[int]]:
    """The reference tree: children (and roots, under None) by title then, of the outline."""
    shown = _outline(world, access, dates)
    kr_owner = dict(KeyResult.objects.values_list("pk", "objective_id"))
    below: dict[int | None, list[int]] = {}
    for o in sorted(shown.values(), key=lambda o: (o.title, o.id)):
        parent = o.parent_objective_id or kr_owner.get(o.parent_key_result_id or 0)
        below.setdefault(parent if parent in shown else None, []).append(o.id)
    return below


def _grow(below: dict, roots: list[int]) -> list[tuple[int, list]]:
    """The page's tree from `below`, MAP_DEPTH deep, at most MAP_NODES nodes (depth first)."""
    budget = [pages.MAP_NODES]

    def grow(pk: int, depth: int) -> tuple[int, list]:
        budget[0] -= 1
        kids = below.get(pk, []) if depth < pages.MAP_DEPTH else []
        return pk, [grow(k, depth + 1) for k in kids if budget[0] > 0]

    return [grow(pk, 1) for pk in roots]


def _tree(nodes) -> list[tuple[int, list]]:
    return [(node.objective.id, _tree(node.children)) for node in nodes]


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(pages, "PAGE_SIZE", 4)
    monkeypatch.setattr(pages, "MAP_ROOTS", 3)
    monkeypatch.setattr(pages, "MAP_NODES", 9)
    monkeypatch.setattr(pages, "MAP_DEPTH", 3)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("persona", ["admin", "member", "viewer"])
def test_every_page_equals_the_whole_cycle_rebuilt(world, small_pages, seed, persona):
    dates = _mess(world, seed)
    access = Access(getattr(world, persona))

    expected = _reference_board(world, access, dates)
    got: list[int] = []
    for page in range(1, len(expected) // pages.PAGE_SIZE + 3):
        board = board_then(access, world.cycle, dates, page)
        assert board.count == len(expected)
        assert board.has_more == (page * pages.PAGE_SIZE < len(expected))
        got += [row.then.id for row in board.rows]
    assert got == expected

    below = _reference_map(world, access, dates)
    roots = below.get(None, [])
    for page in range(1, len(roots) // pages.MAP_ROOTS + 3):
        nodes, has_more = map_then(access, world.cycle, dates, page)
        assert has_more == (page * pages.MAP_ROOTS < len(roots))
        start = (page - 1) * pages.MAP_ROOTS
        assert _tree(nodes) == _grow(below, roots[start : start + pages.MAP_ROOTS])

    outline = _outline(world, access, dates)
    for objective in Objective.objects.filter(cycle=world.cycle, pk__in=outline):
        page = objective_then(access, objective, dates)
        own_krs = set(objective.key_results.values_list("pk", flat=True))
        children = {
            o.id
            for o in outline.values()
            if o.parent_objective_id == objective.pk or o.parent_key_result_id in own_krs
        }
        assert {child.id for child in page.children} == children
        assert page.row.then.title == outline[objective.pk].title
        assert page.row.then.team_id == outline[objective.pk].team_id


def _roots(access, world, dates) -> list[int]:
    nodes, _more = map_then(access, world.cycle, dates, 1)
    return [node.objective.id for node in nodes]


def test_an_objective_aligned_to_an_enclosing_cycle_is_a_root_of_the_map_then(world):
    year = CycleFactory(
        organisation=world.organisation,
        name="The year",
        start=world.cycle.start - timedelta(days=30),
        end=world.cycle.end + timedelta(days=30),
    )
    annual = objective_create(actor=world.admin, cycle=year, title="Annual")
    quarterly = objective_create(actor=world.admin, cycle=world.cycle, title="Quarterly")
    objective_align(objective=quarterly, actor=world.admin, parent_objective=annual)
    kr = key_result_create(actor=world.admin, objective=annual, title="K", start=0, target=1)
    via_kr = objective_create(actor=world.admin, cycle=world.cycle, title="Via a key result")
    objective_align(objective=via_kr, actor=world.admin, parent_key_result=kr)
    backdate(2, annual, quarterly, via_kr, world.objective)
    at = timezone.now() - timedelta(days=1)

    roots = _roots(Access(world.admin), world, Dates(then=at.date(), at=at))

    assert quarterly.pk in roots and via_kr.pk in roots and annual.pk not in roots


def test_below_a_hidden_parent_a_member_sees_the_child_as_a_root(world):
    hidden = objective_create(
        actor=world.admin, cycle=world.cycle, title="Private", visibility="private"
    )
    child = objective_create(actor=world.admin, cycle=world.cycle, title="Public child")
    objective_align(objective=child, actor=world.admin, parent_objective=hidden)
    backdate(2, hidden, child, world.objective)
    at = timezone.now() - timedelta(days=1)
    dates = Dates(then=at.date(), at=at)

    assert child.pk in _roots(Access(world.member), world, dates)
    assert hidden.pk not in _roots(Access(world.member), world, dates)
    assert child.pk not in _roots(Access(world.admin), world, dates)  # under its parent
