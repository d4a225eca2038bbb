"""Team and person pages: OKRs, progress summary, check-in discipline, permissions, query count."""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cairn.okrs.services import check_in_record
from tests.factories import (
    CycleFactory,
    KeyResultFactory,
    ObjectiveFactory,
    PersonFactory,
    TeamFactory,
)


def team_url(world, team=None):
    return reverse("team", args=[(team or world.team).pk])


def person_url(person):
    return reverse("person", args=[person.pk])


def test_team_page_shows_summary_and_discipline(world, client_for):
    world.objective.progress = 0.4
    world.objective.save()
    other = ObjectiveFactory(cycle=world.cycle, team=world.team, progress=0.8)
    KeyResultFactory(objective=world.objective, last_check_in_at=timezone.now())
    KeyResultFactory(objective=other, last_check_in_at=timezone.now() - dt.timedelta(days=20))
    KeyResultFactory(objective=other, last_check_in_at=None)
    html = client_for(world.viewer).get(team_url(world)).content.decode()
    assert "60%" in html  # mean of 40% and 80%
    assert "33%" in html and "1 of 3 key results" in html
    assert world.lead.name in html and "Lead" in html


def test_summary_counts_only_top_level_objectives_of_the_team(world, client_for):
    world.objective.progress = 1.0
    world.objective.save()
    ObjectiveFactory(
        cycle=world.cycle, team=world.team, parent_objective=world.objective, progress=0.0
    )
    html = client_for(world.viewer).get(team_url(world)).content.decode()
    assert "100%" in html


def test_team_page_follows_the_chosen_cycle(world, client_for):
    later = CycleFactory(organisation=world.organisation, name="Q4", state="planning")
    ObjectiveFactory(cycle=later, team=world.team, title="Next quarter goal")
    html = client_for(world.admin).get(team_url(world) + f"?cycle={later.pk}").content.decode()
    assert "Next quarter goal" in html and world.objective.title not in html


def test_only_admins_see_team_edit_controls(world, client_for):
    assert "Rename or move" in client_for(world.admin).get(team_url(world)).content.decode()
    for persona in (world.lead, world.member, world.viewer):
        html = client_for(persona).get(team_url(world)).content.decode()
        assert "Rename or move" not in html and "Save membership" not in html


def test_person_page_shows_their_objectives_and_discipline(world, client_for):
    KeyResultFactory(objective=world.objective, last_check_in_at=timezone.now())
    KeyResultFactory(objective=world.objective, last_check_in_at=None)
    html = client_for(world.viewer).get(person_url(world.member)).content.decode()
    assert world.objective.title in html
    assert "50%" in html and "1 of 2 key results" in html
    assert "Support" in html


def test_person_page_hides_private_objectives_from_others(world, client_for):
    world.objective.visibility = "private"
    world.objective.save()
    assert (
        world.objective.title
        not in client_for(world.viewer).get(person_url(world.member)).content.decode()
    )
    assert (
        world.objective.title
        in client_for(world.member).get(person_url(world.member)).content.decode()
    )


def test_another_organisations_team_and_person_are_not_found(world, client_for):
    outsider = client_for(world.outsider)
    assert outsider.get(team_url(world)).status_code == 404
    assert outsider.get(person_url(world.member)).status_code == 404
    assert client_for(world.member).get(person_url(world.outsider)).status_code == 404


def test_team_page_feeds_the_teams_recent_activity_to_those_who_may_see_it(world, client_for):
    from cairn.okrs.models import Visibility

    kr = KeyResultFactory(objective=world.objective, title="<b>Reply</b> faster", unit="h")
    check_in_record(key_result=kr, author=world.member, value=7, confidence=8, note="Macros")
    private = ObjectiveFactory(
        cycle=world.cycle, team=world.team, owner=world.lead, visibility=Visibility.PRIVATE
    )
    secret = KeyResultFactory(objective=private, title="Secret hiring plan")
    check_in_record(key_result=secret, author=world.lead, value=1, confidence=5)
    elsewhere = ObjectiveFactory(cycle=world.cycle, owner=world.member)  # another team's
    check_in_record(
        key_result=KeyResultFactory(objective=elsewhere, title="Not this team"),
        author=world.member, value=2, confidence=5,
    )  # fmt: skip
    html = client_for(world.viewer).get(team_url(world)).content.decode()
    assert "checked in: 7 h, confidence 8/10" in html and "Macros" in html
    assert "&lt;b&gt;Reply&lt;/b&gt; faster" in html and "<b>Reply" not in html
    assert "Secret hiring plan" not in html and "Not this team" not in html
    assert "Secret hiring plan" in client_for(world.lead).get(team_url(world)).content.decode()


def test_team_page_rows_show_the_last_check_in_and_confidence_in_words(world, client_for):
    kr = KeyResultFactory(objective=world.objective, title="Reply faster", unit="h")
    check_in_record(key_result=kr, author=world.member, value=7, confidence=8)
    html = client_for(world.viewer).get(team_url(world)).content.decode()
    row = html.split('class="tree-table"')[1].split("</ul>")[0]
    assert "8/10" in row and "just now" in row
    assert "No check-in yet" not in row and "Not rated" not in row
    assert f"Owner: {world.member.name}" in row  # the avatar's label names its role


def test_a_team_with_nothing_yet_says_so(world, client_for):
    html = client_for(world.viewer).get(team_url(world)).content.decode()
    assert "No check-ins or changes on the team" in html


def test_a_team_or_person_without_objectives_shows_a_dash_not_zero_percent(world, client_for):
    """Progress read "0%" for a team or person owning nothing, as if their OKRs had stalled."""
    empty_team = TeamFactory(organisation=world.organisation)
    nobody = PersonFactory(organisation=world.organisation)
    for url in (team_url(world, empty_team), person_url(nobody)):
        html = client_for(world.admin).get(url).content.decode()
        progress = html.split("Progress</dt>", 1)[1].split("</dd>", 1)[0]
        assert "0%" not in progress, url
        assert "—" in progress and 'title="No objectives yet"' in progress
        assert '<span class="visually-hidden">No objectives yet</span>' in progress
    world.objective.progress = 0.0
    world.objective.save()
    html = client_for(world.admin).get(team_url(world)).content.decode()
    assert (
        "0%" in html.split("Progress</dt>", 1)[1].split("</dd>", 1)[0]
    )  # owning OKRs at 0 % still reads 0%


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_team_page_query_count_does_not_grow(world, client_for, add_objectives):
    client = client_for(world.lead)
    add_objectives(2)
    client.get(team_url(world))
    small = _count(client, team_url(world))
    for objective in add_objectives(20):
        KeyResultFactory(objective=objective, last_check_in_at=timezone.now())
        for kr in objective.key_results.all():  # the feed shows check-ins and changes
            check_in_record(key_result=kr, author=world.admin, value=3, confidence=6)
    for _ in range(10):
        world.team.memberships.create(person=PersonFactory(organisation=world.organisation))
    assert _count(client, team_url(world)) == small


def test_person_page_query_count_does_not_grow(world, client_for):
    client = client_for(world.viewer)
    client.get(person_url(world.member))
    small = _count(client, person_url(world.member))
    for _ in range(20):
        objective = ObjectiveFactory(cycle=world.cycle, team=world.team, owner=world.member)
        KeyResultFactory.create_batch(3, objective=objective)
    assert _count(client, person_url(world.member)) == small
