"""The weekly check-in flow: due rows, saving in place with htmx, errors by the field, roles."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.okrs.models import CheckIn, KeyResult, Objective
from tests.factories import KeyResultFactory, ObjectiveFactory

HTMX = {"HTTP_HX_REQUEST": "true"}


def post(client, kr, data, **extra):
    prefixed = {f"kr-{kr.pk}-{name}": value for name, value in data.items()}
    return client.post(f"/check-in/{kr.pk}/", prefixed, **extra)


def test_the_page_lists_every_due_key_result(world, key_results, client_for):
    page = client_for(world.member).get("/check-in/").content.decode()
    for kr in key_results:
        assert kr.title in page
    assert page.count("<form") >= 3
    assert f'for="id_kr-{key_results[0].pk}-value"' in page  # every input is labelled


def test_saving_with_htmx_swaps_the_row_with_new_progress(world, key_results, client_for):
    kr = key_results[1]  # 80 → 95
    response = post(
        client_for(world.member), kr, {"value": "95", "confidence": "8", "note": "done"}, **HTMX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith("<li") and f'id="check-in-{kr.pk}"' in html
    assert "Progress is now 100%" in html and "On track" in html
    kr.refresh_from_db()
    assert kr.current == 95 and kr.confidence == 8
    assert CheckIn.objects.filter(key_result=kr, note="done").exists()
    assert Objective.objects.get(pk=world.objective.pk).progress > 0


def test_a_milestone_is_checked_in_as_done(world, key_results, client_for):
    kr = key_results[2]
    post(client_for(world.member), kr, {"done": "on", "confidence": "9"}, **HTMX)
    kr.refresh_from_db()
    assert kr.done and kr.progress == 1


def test_without_htmx_it_redirects_back_to_the_page(world, key_results, client_for):
    response = post(client_for(world.member), key_results[1], {"value": "90", "confidence": "6"})
    assert response.status_code == 302 and response["Location"] == "/check-in/"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"value": "lots", "confidence": "5"}, "Enter a number"),
        ({"value": "", "confidence": "5"}, "This field is required"),
        ({"value": "90", "confidence": "11"}, "less than or equal to 10"),
    ],
)
def test_bad_input_is_shown_next_to_the_field(world, key_results, client_for, data, message):
    kr = key_results[1]
    response = post(client_for(world.member), kr, data, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200 and message in html and "field--error" in html
    assert not CheckIn.objects.filter(key_result=kr).exclude(value=82).exists()
    response = post(client_for(world.member), kr, data)
    assert response.status_code == 400 and message in response.content.decode()


def test_a_closed_cycle_refuses_check_ins_with_a_message(world, key_results, client_for):
    world.cycle.state = "grading"
    world.cycle.save()
    response = post(
        client_for(world.member), key_results[1], {"value": "90", "confidence": "6"}, **HTMX
    )
    assert "no longer takes check-ins" in response.content.decode()


def test_a_viewer_cannot_check_in(world, key_results, client_for):
    response = post(client_for(world.viewer), key_results[1], {"value": "90", "confidence": "6"})
    assert response.status_code == 403


def test_a_member_cannot_check_in_on_someone_elses_key_result(world, client_for):
    other = KeyResultFactory(objective=ObjectiveFactory(cycle=world.cycle, owner=world.lead))
    response = post(client_for(world.member), other, {"value": "150", "confidence": "6"})
    assert response.status_code == 403


def test_a_contributor_can_check_in(world, client_for):
    other = KeyResultFactory(objective=ObjectiveFactory(cycle=world.cycle, owner=world.lead))
    other.contributors.add(world.member)
    response = post(client_for(world.member), other, {"value": "150", "confidence": "6"}, **HTMX)
    assert response.status_code == 200 and "Saved" in response.content.decode()


def test_another_organisations_key_result_is_not_found(world, key_results, client_for):
    response = post(client_for(world.outsider), key_results[1], {"value": "1", "confidence": "6"})
    assert response.status_code == 404


def test_get_is_not_allowed_on_the_record_url(world, key_results, client_for):
    assert client_for(world.member).get(f"/check-in/{key_results[0].pk}/").status_code == 405


def test_query_count_does_not_grow_with_due_key_results(
    world, key_results, client_for, django_assert_max_num_queries
):
    client = client_for(world.member)
    with CaptureQueriesContext(connection) as small:
        client.get("/check-in/")
    for _ in range(6):
        objective = ObjectiveFactory(cycle=world.cycle, owner=world.member, team=world.team)
        KeyResultFactory.create_batch(3, objective=objective)
    assert KeyResult.objects.filter(owner=world.member).count() >= 21
    with django_assert_max_num_queries(len(small)):
        assert client.get("/check-in/").status_code == 200
