"""Time-travel pages: board, objective and alignment map as of a date, compare, refusals."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cairn.okrs.services import (
    check_in_record,
    key_result_create,
    objective_create,
    objective_update,
)
from tests.factories import ObjectiveFactory
from tests.web.as_of.conftest import backdate, today, yesterday

PERSONAS = ("admin", "lead", "member", "viewer")


def board(world, **params):
    return reverse("board", args=[world.cycle.pk]), params


def get(client, url, **params):
    return client.get(url, params)


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_objective_page_shows_the_old_title_value_and_banner(
    world, client_for, history, persona
):
    response = get(
        client_for(getattr(world, persona)),
        reverse("objective", args=[world.objective.pk]),
        as_of=yesterday(),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Make support feel effortless" in html and "Renamed today" not in html
    assert "Reply fast<" in html and "4 / 10" in html and "7/10" in html
    assert "Showing how this stood on" in html and "back to today" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html


def test_the_as_of_objective_page_has_no_write_actions(world, client_for, history):
    html = get(
        client_for(world.admin), reverse("objective", args=[world.objective.pk]), as_of=yesterday()
    ).content.decode()
    html = html[html.index("<main") : html.index("</main>")]  # the navigation is not the page
    for action in ("Check in", "Add a key result", "Edit", "Follow", 'method="post"'):
        assert action not in html


def test_compare_shows_both_values_the_delta_and_what_changed(world, client_for, history):
    url = reverse("objective", args=[world.objective.pk])
    html = get(client_for(world.member), url, as_of=yesterday(), compare=today()).content.decode()
    assert "4 / 10" in html and "15 / 20" in html
    assert "+35 pts" in html  # 40 % then, 75 % today
    assert "What changed in between" in html and "Renamed today" in html
    assert "parent_objective_id" not in html


def test_the_board_as_of_shows_old_titles_and_progress_deltas(world, client_for, history):
    url, _ = board(world)
    html = get(client_for(world.viewer), url, as_of=yesterday(), compare=today()).content.decode()
    assert "Make support feel effortless" in html and "renamed" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert "+35 pts" in html and "Showing how this stood on" in html


def test_the_alignment_map_as_of_shows_the_old_tree(world, client_for, history):
    company, _kr = history
    url = reverse("alignment")
    html = get(
        client_for(world.member), url, cycle=world.cycle.pk, as_of=yesterday()
    ).content.decode()
    # Aligned then: the team objective sits inside the company objective's list.
    start = html.index("&lt;script&gt;alert(1)")
    assert html.index("Make support feel effortless") > start and "<ul>" in html[start:]
    now = get(client_for(world.member), url, cycle=world.cycle.pk, as_of=today()).content.decode()
    assert "Renamed today" in now


def test_what_did_not_exist_yet_is_absent_or_explained(world, client_for, history):
    later = ObjectiveFactory(cycle=world.cycle, title="Born today")
    client = client_for(world.admin)
    url, _ = board(world)
    assert "Born today" not in get(client, url, as_of=yesterday()).content.decode()
    page = get(client, reverse("objective", args=[later.pk]), as_of=yesterday())
    assert page.status_code == 200 and "did not exist yet" in page.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"as_of": "last tuesday"}, "Enter a date"),
        ({"as_of": "2026-02-31"}, "Enter a date"),
        ({"as_of": ""}, "Enter a date"),
        ({"as_of": "1990-01-01"}, "after the year 2000"),
        ({"as_of": "2999-01-01"}, "in the future"),
        ({"as_of": "2026-01-01", "compare": "soon"}, "Enter a date"),
    ],
)
def test_bad_dates_are_a_form_error_in_the_page(world, client_for, history, params, message):
    client = client_for(world.member)
    for url in (
        reverse("board", args=[world.cycle.pk]),
        reverse("objective", args=[world.objective.pk]),
    ):
        response = client.get(url, params)
        assert response.status_code == 400
        assert message in response.content.decode() and 'type="date"' in response.content.decode()


def test_a_date_before_the_cycle_says_so(world, client_for, history):
    world.cycle.start = timezone.localdate()
    world.cycle.save()
    url, _ = board(world)
    html = get(client_for(world.member), url, as_of=yesterday()).content.decode()
    assert "This cycle starts on" in html


def test_private_objectives_and_other_organisations_stay_hidden(world, client_for, history):
    secret = ObjectiveFactory(
        cycle=world.cycle, owner=world.lead, visibility="private", title="Secret plan"
    )
    backdate(3, secret)
    url, _ = board(world)
    assert (
        "Secret plan" not in get(client_for(world.viewer), url, as_of=yesterday()).content.decode()
    )
    assert "Secret plan" in get(client_for(world.lead), url, as_of=yesterday()).content.decode()
    objective_url = reverse("objective", args=[secret.pk])
    assert get(client_for(world.viewer), objective_url, as_of=yesterday()).status_code == 404
    outsider = client_for(world.outsider)
    assert (
        get(
            outsider, reverse("objective", args=[world.objective.pk]), as_of=yesterday()
        ).status_code
        == 404
    )
    assert get(outsider, url, as_of=yesterday()).status_code == 404


def test_query_counts_stay_put_as_data_grows(world, client_for, history):
    client = client_for(world.admin)
    urls = [
        (reverse("board", args=[world.cycle.pk]), {}),
        (reverse("objective", args=[world.objective.pk]), {}),
        (reverse("alignment"), {"cycle": world.cycle.pk}),
    ]

    def counts() -> list[int]:
        found = []
        for url, extra in urls:
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url, {**extra, "as_of": yesterday(), "compare": today()})
            assert response.status_code == 200
            found.append(len(queries))
        return found

    client.get(urls[0][0], {"as_of": yesterday()})  # the session's first use
    before = counts()
    for i in range(5):
        objective = objective_create(
            actor=world.admin, cycle=world.cycle, title=f"More {i}", team=world.team
        )
        kr = key_result_create(actor=world.admin, objective=objective, title="K", start=0, target=5)
        check_in_record(key_result=kr, author=world.admin, value=i)
        backdate(2, objective)
        objective_update(objective=objective, actor=world.admin, title=f"More {i}!")
        check_in_record(key_result=kr, author=world.admin, value=i + 1)
    assert counts() == before


def test_the_live_pages_offer_the_date_picker(world, client_for, history):
    client = client_for(world.member)
    for url in (
        reverse("board", args=[world.cycle.pk]),
        reverse("objective", args=[world.objective.pk]),
    ):
        assert 'name="as_of"' in client.get(url).content.decode()


def test_titles_from_the_history_are_escaped(world, client_for):
    objective_update(
        objective=world.objective, actor=world.admin, title="<script>alert(2)</script>"
    )
    backdate(3, world.objective)
    objective_update(objective=world.objective, actor=world.admin, title="Safe again")
    url = reverse("objective", args=[world.objective.pk])
    html = get(client_for(world.member), url, as_of=yesterday(), compare=today()).content.decode()
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html and "<script>alert(2)" not in html
