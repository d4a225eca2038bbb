"""The alignment map: roots first, deeper levels on demand, visibility, query count."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import KeyResultFactory, ObjectiveFactory


def children_url(objective):
    return reverse("alignment_children", args=[objective.pk])


def company_tree(world):
    """Return a company objective with one child aligned to it and one to its key result."""
    company = ObjectiveFactory(cycle=world.cycle, team=None, owner=world.admin, title="Top")
    kr = KeyResultFactory(objective=company, title="Revenue to 10m")
    world.objective.parent_objective = company
    world.objective.save()
    via_kr = ObjectiveFactory(
        cycle=world.cycle, team=world.team, parent_key_result=kr, title="Cascaded from the KR"
    )
    return company, via_kr


def test_the_map_shows_only_unaligned_objectives_at_the_top(world, client_for):
    company, via_kr = company_tree(world)
    html = client_for(world.viewer).get(reverse("alignment")).content.decode()
    assert "Top" in html and "2 aligned" in html
    assert world.objective.title not in html and via_kr.title not in html


def test_children_load_on_demand_as_a_fragment(world, client_for):
    company, via_kr = company_tree(world)
    response = client_for(world.viewer).get(children_url(company), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "<html" not in html
    assert world.objective.title in html and via_kr.title in html
    assert "Revenue to 10m" in html and "Supports the objective directly" in html
    # Grouped by what they support: the direct child first, then the key result's.
    assert html.index(world.objective.title) < html.index(via_kr.title)


def test_children_work_without_javascript_as_a_page(world, client_for):
    company, _ = company_tree(world)
    html = client_for(world.viewer).get(children_url(company)).content.decode()
    assert "<html" in html and world.objective.title in html


def test_private_children_are_neither_listed_nor_counted(world, client_for):
    company, via_kr = company_tree(world)
    via_kr.visibility = "private"
    via_kr.save()
    viewer = client_for(world.viewer)
    assert "1 aligned" in viewer.get(reverse("alignment")).content.decode()
    assert via_kr.title not in viewer.get(children_url(company)).content.decode()
    assert viewer.get(children_url(via_kr)).status_code == 404


def test_another_organisations_objective_is_not_found(world, client_for):
    assert client_for(world.outsider).get(children_url(world.objective)).status_code == 404


def test_another_organisations_cycle_is_not_found(world, client_for):
    url = reverse("alignment") + f"?cycle={world.cycle.pk}"
    assert client_for(world.outsider).get(url).status_code == 404


def test_query_count_does_not_grow(world, client_for, add_objectives):
    company, _ = company_tree(world)
    client = client_for(world.member)
    client.get(reverse("alignment"))
    with CaptureQueriesContext(connection) as small_map:
        client.get(reverse("alignment"))
    with CaptureQueriesContext(connection) as small_children:
        client.get(children_url(company), HTTP_HX_REQUEST="true")
    for objective in add_objectives(15):
        objective.parent_objective = company
        objective.save()
    add_objectives(15, team=world.company)
    with CaptureQueriesContext(connection) as large_map:
        html = client.get(reverse("alignment")).content.decode()
    assert "17 aligned" in html
    with CaptureQueriesContext(connection) as large_children:
        client.get(children_url(company), HTTP_HX_REQUEST="true")
    assert len(large_map) == len(small_map)
    assert len(large_children) == len(small_children)


def test_a_huge_top_level_shows_a_page_and_offers_more(
    world, client_for, add_objectives, monkeypatch
):
    from cairn.web.queries import alignment

    monkeypatch.setattr(alignment, "PAGE_SIZE", 2)
    add_objectives(3)
    html = client_for(world.admin).get(reverse("alignment")).content.decode()
    assert html.count('class="map-node" data-map-node') == 2 and "Show more objectives" in html
