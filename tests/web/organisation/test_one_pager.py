"""The one-pager (HTML) and presentation mode: who sees what, links, limits, escaping, queries."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.okrs.models import Visibility
from cairn.web.queries import one_pager as one_pager_queries
from cairn.web.queries.one_pager import key_result_value
from tests.factories import CycleFactory, KeyResultFactory, ObjectiveFactory, TeamFactory

SCRIPT = "<script>alert(1)</script>"


def cycle_urls(cycle) -> list[str]:
    return [reverse("one_pager", args=[cycle.pk]), reverse("present", args=[cycle.pk])]


def team_urls(team, cycle) -> list[str]:
    return [
        reverse("team_one_pager", args=[team.pk]) + f"?cycle={cycle.pk}",
        reverse("team_present", args=[team.pk]) + f"?cycle={cycle.pk}",
    ]


@pytest.mark.parametrize("role", ["admin", "lead", "member", "viewer"])
def test_every_role_reads_the_cycle_and_team_pages(world, client_for, kr, role):
    client = client_for(getattr(world, role))
    for url in cycle_urls(world.cycle) + team_urls(world.team, world.cycle):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "Make support feel effortless" in html
        assert "Cut first-reply time from 18 to 4 hours" in html
        assert world.member.name in html


def test_signed_out_visitors_are_sent_to_sign_in(world, client):
    for url in cycle_urls(world.cycle) + [reverse("one_pager_pdf", args=[world.cycle.pk])]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/sign-in/")


def test_another_organisations_cycle_and_team_are_not_found(world, client_for):
    outsider = client_for(world.outsider)
    urls = cycle_urls(world.cycle) + team_urls(world.team, world.cycle)
    urls.append(reverse("one_pager_pdf", args=[world.cycle.pk]))
    for url in urls:
        assert outsider.get(url).status_code == 404, url


def test_a_team_page_with_another_organisations_cycle_is_not_found(world, client_for):
    foreign = CycleFactory(name="Their Q3")
    for url in team_urls(world.team, foreign):
        assert client_for(world.admin).get(url).status_code == 404


def test_a_team_without_any_cycle_is_not_found_not_an_error(world, client_for):
    world.objective.delete()
    world.cycle.delete()
    url = reverse("team_one_pager", args=[world.team.pk])
    assert client_for(world.admin).get(url).status_code == 404


def test_private_objectives_show_only_to_those_who_may_see_them(world, client_for):
    ObjectiveFactory(
        cycle=world.cycle,
        team=world.team,
        owner=world.lead,
        title="Quietly replace the ticket system",
        visibility=Visibility.PRIVATE,
    )
    for url in cycle_urls(world.cycle) + team_urls(world.team, world.cycle):
        assert "Quietly replace" not in client_for(world.viewer).get(url).content.decode()
        assert "Quietly replace" not in client_for(world.member).get(url).content.decode()
        assert "Quietly replace" in client_for(world.lead).get(url).content.decode()
        assert "Quietly replace" in client_for(world.admin).get(url).content.decode()


def test_private_objectives_are_not_counted_in_the_charts_either(world, client_for):
    ObjectiveFactory(
        cycle=world.cycle, owner=world.lead, title="Secret", visibility=Visibility.PRIVATE
    )
    viewer_page = client_for(world.viewer).get(reverse("one_pager", args=[world.cycle.pk]))
    admin_page = client_for(world.admin).get(reverse("one_pager", args=[world.cycle.pk]))
    assert viewer_page.context["page"].total == 1
    assert admin_page.context["page"].total == 2


def test_a_team_one_pager_lists_only_that_teams_objectives(world, client_for):
    other = TeamFactory(organisation=world.organisation, name="Sales")
    ObjectiveFactory(cycle=world.cycle, team=other, title="Open the Nordic market")
    url = reverse("team_one_pager", args=[world.team.pk]) + f"?cycle={world.cycle.pk}"
    html = client_for(world.admin).get(url).content.decode()
    assert "Make support feel effortless" in html
    assert "Open the Nordic market" not in html
    board = client_for(world.admin).get(reverse("one_pager", args=[world.cycle.pk]))
    assert "Open the Nordic market" in board.content.decode()


def test_another_cycles_objectives_stay_out(world, client_for):
    later = CycleFactory(organisation=world.organisation, name="Q4", state="planning")
    ObjectiveFactory(cycle=later, team=world.team, title="Next quarter's plan")
    for url in cycle_urls(world.cycle) + team_urls(world.team, world.cycle):
        assert "Next quarter" not in client_for(world.admin).get(url).content.decode()


def test_titles_are_escaped(world, client_for):
    objective = ObjectiveFactory(cycle=world.cycle, team=world.team, title=SCRIPT)
    KeyResultFactory(objective=objective, title=f"KR {SCRIPT}", unit=SCRIPT)
    for url in cycle_urls(world.cycle) + team_urls(world.team, world.cycle):
        html = client_for(world.admin).get(url).content.decode()
        assert SCRIPT not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_page_shows_progress_pace_confidence_and_value_in_unit(world, client_for, kr):
    kr.current, kr.progress = 11.0, 0.5
    kr.save()
    world.objective.progress = 0.5
    world.objective.save()
    html = client_for(world.admin).get(reverse("one_pager", args=[world.cycle.pk])).content
    html = html.decode()
    assert "11 / 4 hours" in html
    assert "50%" in html
    assert "op-pace op-pace--" in html
    assert "Confidence not rated" in html  # nobody checked in yet


def test_key_result_values_read_in_their_unit():
    metric = KeyResultFactory.build(kind="metric", start=0, target=2_000_000, current=None)
    metric.unit = "EUR"
    assert key_result_value(metric) == "0 / 2,000,000 EUR"
    milestone = KeyResultFactory.build(kind="milestone", done=True)
    assert key_result_value(milestone) == "Done"
    milestone.done = False
    assert key_result_value(milestone) == "Not done yet"


def test_a_long_cycle_lists_the_first_objectives_and_says_how_many_more(
    world, client_for, add_objectives, monkeypatch
):
    monkeypatch.setattr(one_pager_queries, "OBJECTIVE_LIMIT", 4)
    add_objectives(5)
    response = client_for(world.admin).get(reverse("one_pager", args=[world.cycle.pk]))
    page = response.context["page"]
    assert (page.total, page.shown, page.hidden) == (6, 4, 2)
    assert "And 2 more objectives, not listed here" in response.content.decode()
    assert sum(s.count for s in page.pace) == 6  # the charts count every objective


def test_progress_by_team_has_one_bar_per_team_and_the_company_level(world, client_for):
    ObjectiveFactory(cycle=world.cycle, team=None, title="Company goal", progress=1.0)
    page = client_for(world.admin).get(reverse("one_pager", args=[world.cycle.pk])).context["page"]
    assert [(bar.name, bar.percent) for bar in page.teams] == [("Company", 100), ("Support", 0)]
    assert [group.name for group in page.groups] == ["Company", "Support"]


def test_the_board_and_the_team_page_link_to_all_three(world, client_for):
    client = client_for(world.viewer)
    board = client.get(reverse("board", args=[world.cycle.pk])).content.decode()
    for url in cycle_urls(world.cycle) + [reverse("one_pager_pdf", args=[world.cycle.pk])]:
        assert f'href="{url}"' in board
    team = client.get(reverse("team", args=[world.team.pk])).content.decode()
    for url in team_urls(world.team, world.cycle):
        assert f'href="{url}"' in team
    pdf = reverse("team_one_pager_pdf", args=[world.team.pk]) + f"?cycle={world.cycle.pk}"
    assert f'href="{pdf}"' in team


@pytest.mark.parametrize("name", ["one_pager", "present"])
def test_query_count_stays_the_same_as_objectives_grow(world, client_for, add_objectives, name):
    client = client_for(world.lead)
    url = reverse(name, args=[world.cycle.pk])
    add_objectives(2)
    client.get(url)  # warm caches (content types, sessions)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    squad = TeamFactory(organisation=world.organisation, parent=world.team, name="Squad")
    add_objectives(15, team=squad)
    add_objectives(5, kind="aspirational")
    with CaptureQueriesContext(connection) as large:
        response = client.get(url)
    assert response.context["page"].shown == 23
    assert len(large) == len(small), [q["sql"] for q in large.captured_queries]


def test_team_query_count_stays_the_same_as_objectives_grow(world, client_for, add_objectives):
    client = client_for(world.member)
    url = team_urls(world.team, world.cycle)[0]
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    add_objectives(12)
    with CaptureQueriesContext(connection) as large:
        assert client.get(url).context["page"].shown == 13
    assert len(large) == len(small)


def test_presentation_has_one_slide_per_objective_and_an_exit(world, client_for, add_objectives):
    add_objectives(2)
    html = client_for(world.viewer).get(reverse("present", args=[world.cycle.pk])).content
    html = html.decode()
    assert html.count("data-slide ") == 3
    assert f'data-exit-url="{reverse("one_pager", args=[world.cycle.pk])}"' in html
    assert "web/present.js" in html
    assert "<script>" not in html  # the policy allows no inline script


def test_the_navigation_marks_the_board_or_the_teams(world, client_for):
    client = client_for(world.admin)
    board = client.get(reverse("one_pager", args=[world.cycle.pk]))
    assert board.context["nav"] == "board"
    team = client.get(team_urls(world.team, world.cycle)[0])
    assert team.context["nav"] == "teams"


def test_a_cycle_id_that_is_not_a_number_falls_back_to_the_current_cycle(world, client_for):
    url = reverse("team_one_pager", args=[world.team.pk]) + "?cycle=abc%00"
    response = client_for(world.admin).get(url)
    assert response.status_code == 200
    assert response.context["page"].cycle == world.cycle
