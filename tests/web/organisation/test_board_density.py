"""The board's density: compact by default above 20 objectives, a per-person choice every role may
make for themselves, bad input refused, another organisation's cycle not found, queries flat."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.organisations.models import Person
from tests.factories import ObjectiveFactory


def board_url(world, query: str = "") -> str:
    return reverse("board", args=[world.cycle.pk]) + (f"?{query}" if query else "")


def density_url(cycle) -> str:
    return reverse("board_density", args=[cycle.pk])


def table_class(html: str) -> str:
    start = html.index('<div class="tree-table tree-table--')
    return html[start : html.index('"', start + 30)].split("--")[-1]


def test_a_small_board_is_comfortable_a_large_one_compact(world, client_for, add_objectives):
    client = client_for(world.member)
    add_objectives(19)  # with the world's own: 20
    assert table_class(client.get(board_url(world)).content.decode()) == "comfortable"
    add_objectives(1)
    html = client.get(board_url(world)).content.decode()
    assert table_class(html) == "compact"
    assert 'aria-pressed="true">Compact</button>' in html


def test_a_filter_does_not_switch_the_automatic_density(world, client_for, add_objectives):
    add_objectives(25)
    ObjectiveFactory(cycle=world.cycle, team=world.team, title="The one to find")
    html = client_for(world.member).get(board_url(world, "q=one+to+find")).content.decode()
    assert "1 objective" in html and table_class(html) == "compact"


@pytest.mark.parametrize("persona", ["admin", "lead", "member", "viewer"])
def test_every_role_chooses_their_own_density(world, client_for, persona):
    person = getattr(world, persona)
    back = board_url(world, f"team={world.team.pk}")
    response = client_for(person).post(
        density_url(world.cycle), {"density": "compact", "next": back}
    )
    assert response.status_code == 302 and response["Location"] == back
    assert Person.objects.get(pk=person.pk).board_density == "compact"
    others = Person.objects.filter(organisation=world.organisation).exclude(pk=person.pk)
    assert set(others.values_list("board_density", flat=True)) == {""}
    html = client_for(person).get(board_url(world)).content.decode()
    assert table_class(html) == "compact"  # chosen, though the board holds one objective


def test_an_empty_choice_goes_back_to_automatic(world, client_for):
    world.member.board_density = "compact"
    world.member.save()
    client_for(world.member).post(density_url(world.cycle), {"density": ""})
    assert Person.objects.get(pk=world.member.pk).board_density == ""


@pytest.mark.parametrize("value", ["huge", "<script>", "x" * 500])
def test_an_unknown_density_is_refused_and_nothing_changes(world, client_for, value):
    response = client_for(world.member).post(density_url(world.cycle), {"density": value})
    assert response.status_code == 400
    assert "<script>" not in response.content.decode()
    assert Person.objects.get(pk=world.member.pk).board_density == ""


@pytest.mark.parametrize(
    "target", ["https://evil.test/", "//evil.test/", "/admin/", "javascript:alert(1)"]
)
def test_it_only_goes_back_to_this_board(world, client_for, target):
    response = client_for(world.member).post(
        density_url(world.cycle), {"density": "compact", "next": target}
    )
    assert response.status_code == 302
    assert response["Location"] == board_url(world)


def test_another_organisations_cycle_is_not_found(world, client_for):
    other = client_for(world.outsider)
    response = other.post(density_url(world.cycle), {"density": "compact"})
    assert response.status_code == 404
    assert Person.objects.get(pk=world.outsider.pk).board_density == ""


def test_it_needs_a_signed_in_person_and_a_post(world, client, client_for):
    response = client.post(density_url(world.cycle), {"density": "compact"})
    assert response.status_code == 302 and "/sign-in/" in response["Location"]
    assert client_for(world.member).get(density_url(world.cycle)).status_code == 405


def test_long_titles_are_escaped_in_the_hover_text(world, client_for, add_objectives):
    add_objectives(21)
    ObjectiveFactory(cycle=world.cycle, team=world.team, title='"><script>alert(1)</script>')
    html = client_for(world.member).get(board_url(world)).content.decode()
    assert 'title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html
    assert "<script>alert(1)" not in html


def test_query_count_is_the_same_compact_or_comfortable(world, client_for, add_objectives):
    client = client_for(world.lead)
    client.get(board_url(world))  # warm caches
    with CaptureQueriesContext(connection) as comfortable:
        client.get(board_url(world))
    add_objectives(40)
    with CaptureQueriesContext(connection) as compact:
        html = client.get(board_url(world)).content.decode()
    assert table_class(html) == "compact"
    assert len(compact) == len(comfortable), [q["sql"] for q in compact.captured_queries]
