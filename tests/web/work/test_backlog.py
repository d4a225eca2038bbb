"""The team backlog (filters, in constant queries) and work without a why (with linking)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.execution.services import sprint_story_add, work_item_create
from cairn.okrs.services import initiative_create, key_result_create
from tests.web.work.conftest import add_story


def _backlog(client, world, **query) -> str:
    response = client.get(reverse("team_backlog", args=[world.team.slug]), query)
    assert response.status_code == 200
    return response.content.decode()


def test_the_backlog_lists_stories_in_no_sprint_and_not_their_tasks(world, work, client_for):
    sprint_story_add(sprint=work.sprint, story=work.second, actor=world.lead)
    html = _backlog(client_for(world.member), world)
    assert "Reply macros" in html and "Macro search" not in html
    assert "Write the copy" not in html  # a story's task travels with its story
    assert "Tidy the wiki" in html and "2 items" in html  # the team's own task, too


def test_filters_by_initiative_key_result_and_status(world, work, client_for):
    kr2 = key_result_create(
        actor=world.member, objective=world.objective, title="Grow CSAT", start=80, target=95
    )
    docs = initiative_create(actor=world.member, key_results=[kr2], title="Docs")
    add_story(world, docs, "Write the FAQ", 2, status="done")
    add_story(world, docs, "Record videos", 2)
    client = client_for(world.viewer)
    html = _backlog(client, world, initiative=docs.pk)
    assert "Record videos" in html and "Reply macros" not in html
    assert "Write the FAQ" not in html  # done work is not open
    html = _backlog(client, world, key_result=kr2.pk, status="done")
    assert "Write the FAQ" in html and "Record videos" not in html
    html = _backlog(client, world, key_result=work.kr.pk, status="all")
    assert "Reply macros" in html and "Record videos" not in html


@pytest.mark.parametrize(
    "query", [{"status": "nonsense"}, {"initiative": "x'--"}, {"key_result": "9" * 40}]
)
def test_bad_filters_are_ignored_not_errors(world, work, client_for, query):
    assert "Reply macros" in _backlog(client_for(world.member), world, **query)


def test_the_backlog_costs_the_same_queries_for_2_or_20_items(world, work, client_for):
    client = client_for(world.member)
    _backlog(client, world)
    with CaptureQueriesContext(connection) as small:
        _backlog(client, world)
    for i in range(18):
        add_story(world, work.initiative, f"More {i}", 1, assignee=world.lead)
    with CaptureQueriesContext(connection) as large:
        html = _backlog(client, world)
    assert "More 17" in html and len(large) == len(small)


def test_work_without_a_why_lists_the_teams_unlinked_work(world, work, client_for):
    html = client_for(world.member).get(reverse("work_without_why", args=[world.team.slug]))
    html = html.content.decode()
    assert "Tidy the wiki" in html and "Reply macros" not in html
    assert f'action="{reverse("work_item_link", args=[work.loose.pk])}"' in html


def test_viewers_see_work_without_a_why_but_no_link_form(world, work, client_for):
    html = client_for(world.viewer).get(reverse("work_without_why", args=[world.team.slug]))
    html = html.content.decode()
    assert "Tidy the wiki" in html and "work_item_link" not in html and "/link/" not in html


def test_linking_gives_the_work_a_why(world, work, client_for):
    client = client_for(world.member)
    page = reverse("work_without_why", args=[world.team.slug])
    path = reverse("work_item_link", args=[work.loose.pk])
    response = client.post(path, {"initiative": work.initiative.pk, "next": page})
    assert response.status_code == 302 and response["Location"] == page
    work.loose.refresh_from_db()
    assert work.loose.initiative_id == work.initiative.pk
    html = client.get(page).content.decode()
    assert "now serves" in html  # the message names it; the list no longer does
    assert f'href="{reverse("work_item", args=[work.loose.pk])}"' not in html


def test_linking_to_nothing_or_to_another_organisations_initiative_changes_nothing(
    world, work, client_for
):
    from tests.factories import InitiativeFactory, OrganisationFactory

    theirs = InitiativeFactory(organisation=OrganisationFactory())
    client = client_for(world.member)
    path = reverse("work_item_link", args=[work.loose.pk])
    assert client.post(path, {"initiative": ""}).status_code == 302
    assert client.post(path, {"initiative": theirs.pk}).status_code == 404
    assert client.post(path, {"initiative": work.initiative.pk, "next": "//evil.test/"})[
        "Location"
    ] == reverse("work_item", args=[work.loose.pk])
    work.loose.refresh_from_db()
    assert work.loose.initiative_id == work.initiative.pk  # only the good post linked it


def test_work_without_a_why_costs_the_same_queries_for_more_items(world, work, client_for):
    client = client_for(world.lead)
    path = reverse("work_without_why", args=[world.team.slug])
    client.get(path)
    with CaptureQueriesContext(connection) as small:
        client.get(path)
    for i in range(15):
        work_item_create(actor=world.member, title=f"Loose {i}", team=world.team)
    with CaptureQueriesContext(connection) as large:
        html = client.get(path).content.decode()
    assert "Loose 14" in html and len(large) == len(small)
