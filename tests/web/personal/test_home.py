"""My week: my key results with pace as text, due ones highlighted, activity, empty state."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from cairn.okrs.services import check_in_record
from tests.factories import (
    CheckInFactory,
    CycleFactory,
    KeyResultFactory,
    ObjectiveFactory,
    OrganisationFactory,
    PersonFactory,
)


def test_it_lists_my_key_results_with_pace_as_text(world, key_results, client_for):
    page = client_for(world.member).get("/").content.decode()
    for kr in key_results:
        assert kr.title in page
    labels = ("On track", "At risk", "Off track", "Too early", "No check-in yet")
    assert any(label in page for label in labels)
    assert "My key results" in page


def test_due_key_results_are_highlighted_and_counted(world, key_results, client_for):
    check_in_record(key_result=key_results[0], author=world.member, value=10, confidence=7)
    page = client_for(world.member).get("/").content.decode()
    assert "2 key results are due for a check-in" in page
    assert page.count("week-kr--due") == 2


def test_stale_and_off_track_items_need_attention(world, client_for):
    kr = KeyResultFactory(objective=world.objective, title="Stale one")
    kr.created_at = timezone.now() - dt.timedelta(days=40)
    kr.save()
    page = client_for(world.member).get("/").content.decode()
    assert "Needs attention" in page and "Stale" in page


def test_recent_activity_shows_check_ins_on_my_objectives(world, key_results, client_for):
    check_in_record(key_result=key_results[1], author=world.admin, value=90, confidence=8)
    page = client_for(world.member).get("/").content.decode()
    assert "checked in: 90, confidence 8/10" in page and "Grow CSAT" in page


def test_other_people_do_not_see_my_key_results_on_their_week(world, key_results, client_for):
    for persona in ("lead", "viewer", "outsider"):
        page = client_for(getattr(world, persona)).get("/").content.decode()
        assert key_results[0].title not in page


def test_a_new_organisation_sees_how_to_start(db, client_for):
    admin = PersonFactory(organisation=OrganisationFactory(), role="admin")
    page = client_for(admin).get("/").content.decode()
    assert "Getting started with" in page
    assert "Create a cycle" in page and "Invite people" in page


def _grow(world, n: int) -> None:
    """Add n objectives of the member, each with key results and check-ins, plus others' data."""
    for i in range(n):
        objective = ObjectiveFactory(cycle=world.cycle, team=world.team, owner=world.member)
        for _ in range(3):
            kr = KeyResultFactory(objective=objective)
            kr.contributors.add(world.lead)
            CheckInFactory(key_result=kr, author=world.lead)
        ObjectiveFactory(cycle=CycleFactory(organisation=world.organisation, name=f"Old {i}"))


@pytest.mark.parametrize("persona", ["member", "lead"])
def test_query_count_does_not_grow_with_data(
    world, key_results, client_for, persona, django_assert_max_num_queries
):
    client = client_for(getattr(world, persona))
    client.get("/")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        assert client.get("/").status_code == 200
    _grow(world, 8)
    with django_assert_max_num_queries(len(small)):
        assert client.get("/").status_code == 200
