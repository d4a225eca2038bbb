"""Grading: suggested grades, overrides with reasons, retrospectives, closing and carry-over."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.okrs.models import Objective
from tests.factories import CycleFactory, KeyResultFactory, ObjectiveFactory


@pytest.fixture
def grading(world):
    """Put the world's cycle in grading with one KR at 64% progress on the member's objective."""
    world.cycle.state = "grading"
    world.cycle.save()
    world.kr = KeyResultFactory(objective=world.objective, current=164.0, progress=0.64)
    return world


def grade_url(world):
    return reverse("grade_key_result", args=[world.cycle.pk, world.kr.pk])


def retro_url(world, objective=None):
    return reverse("retrospective", args=[world.cycle.pk, (objective or world.objective).pk])


def test_the_sheet_shows_suggested_grades(grading, client_for):
    html = client_for(grading.admin).get(reverse("grading", args=[grading.cycle.pk])).content
    html = html.decode()
    assert "0.6" in html and "Explanation needed" in html and "Save grade" in html


def test_the_owner_keeps_the_suggested_grade_without_a_reason(grading, client_for):
    response = client_for(grading.member).post(grade_url(grading), {"grade": "0.6"})
    assert response.status_code == 302
    grading.kr.refresh_from_db()
    assert grading.kr.grade == 0.6


def test_an_override_without_a_reason_is_refused(grading, client_for):
    response = client_for(grading.admin).post(grade_url(grading), {"grade": "0.9", "reason": ""})
    assert response.status_code == 400
    assert "Say why the grade differs from the suggested one." in response.content.decode()
    grading.kr.refresh_from_db()
    assert grading.kr.grade is None


def test_an_override_with_a_reason_is_saved(grading, client_for):
    data = {"grade": "0.9", "reason": "The last deal closed a day after the cycle."}
    assert client_for(grading.lead).post(grade_url(grading), data).status_code == 302
    grading.kr.refresh_from_db()
    assert (grading.kr.grade, grading.kr.grade_reason) == (0.9, data["reason"])


@pytest.mark.parametrize("grade", ["1.5", "-0.1", "high", ""])
def test_a_grade_outside_the_scale_is_refused(grading, client_for, grade):
    response = client_for(grading.admin).post(grade_url(grading), {"grade": grade, "reason": "x"})
    assert response.status_code == 400


def test_a_viewer_cannot_grade_or_open_the_sheet(grading, client_for):
    viewer = client_for(grading.viewer)
    assert viewer.get(reverse("grading", args=[grading.cycle.pk])).status_code == 403
    assert viewer.post(grade_url(grading), {"grade": "0.6"}).status_code == 403


def test_a_member_cannot_grade_someone_elses_key_result(grading, client_for):
    other = ObjectiveFactory(cycle=grading.cycle, team=grading.team, owner=grading.lead)
    kr = KeyResultFactory(objective=other, progress=0.5)
    url = reverse("grade_key_result", args=[grading.cycle.pk, kr.pk])
    assert client_for(grading.member).post(url, {"grade": "0.5"}).status_code == 403
    html = client_for(grading.member).get(reverse("grading", args=[grading.cycle.pk])).content
    assert html.decode().count("Save grade") == 1


def test_grades_wait_for_the_grading_state(world, client_for):
    world.kr = KeyResultFactory(objective=world.objective, progress=0.64)
    response = client_for(world.admin).post(grade_url(world), {"grade": "0.6"})
    assert response.status_code == 400


def test_committed_objectives_below_one_need_an_explanation(grading, client_for):
    client = client_for(grading.member)
    data = {"worked": "Fast replies", "did_not": "", "carry_over": ""}
    response = client.post(retro_url(grading), data)
    assert response.status_code == 400
    assert "need an explanation of what did not work" in response.content.decode()
    data["did_not"] = "Hiring was late."
    assert client.post(retro_url(grading), data).status_code == 302
    grading.objective.refresh_from_db()
    assert grading.objective.retrospective_did_not == "Hiring was late."


def test_aspirational_objectives_need_no_explanation(grading, client_for):
    grading.objective.kind = "aspirational"
    grading.objective.save()
    data = {"worked": "Ambition", "did_not": "", "carry_over": ""}
    assert client_for(grading.member).post(retro_url(grading), data).status_code == 302


def test_closing_is_refused_until_explanations_are_written(grading, client_for):
    client = client_for(grading.admin)
    url = reverse("cycle_transition", args=[grading.cycle.pk])
    response = client.post(url, {"to_state": "closed"})
    assert response.status_code == 400
    assert "need an explanation before closing" in response.content.decode()
    Objective.objects.filter(pk=grading.objective.pk).update(retrospective_did_not="Late hires")
    assert client.post(url, {"to_state": "closed"}).status_code == 302
    grading.kr.refresh_from_db()
    grading.cycle.refresh_from_db()
    assert grading.cycle.state == "closed" and grading.kr.grade == 0.6


def test_an_objective_is_carried_over_to_the_next_cycle(grading, client_for):
    later = CycleFactory(organisation=grading.organisation, name="Q4", state="planning")
    later.start = grading.cycle.end
    later.save()
    data = {"objective": grading.objective.pk, "to_cycle": later.pk}
    response = client_for(grading.member).post(reverse("carry_over", args=[grading.cycle.pk]), data)
    assert response.status_code == 302
    copy = Objective.objects.get(cycle=later)
    assert copy.carried_over_from == grading.objective
    assert copy.key_results.get().start == 164.0


def test_an_admin_carries_every_unfinished_objective_over(grading, client_for):
    ObjectiveFactory(cycle=grading.cycle, team=grading.team, progress=1.0, title="Done")
    ObjectiveFactory(cycle=grading.cycle, team=grading.team, progress=0.2, title="Half")
    later = CycleFactory(organisation=grading.organisation, name="Q4", state="planning")
    later.start = grading.cycle.end
    later.save()
    url = reverse("carry_over", args=[grading.cycle.pk])
    assert client_for(grading.admin).post(url, {"to_cycle": later.pk}).status_code == 302
    titles = set(Objective.objects.filter(cycle=later).values_list("title", flat=True))
    assert titles == {grading.objective.title, "Half"}


def test_carrying_all_over_is_for_admins(grading, client_for):
    later = CycleFactory(organisation=grading.organisation, name="Q4", state="planning")
    later.start = grading.cycle.end
    later.save()
    url = reverse("carry_over", args=[grading.cycle.pk])
    assert client_for(grading.lead).post(url, {"to_cycle": later.pk}).status_code == 403


def test_carry_over_to_a_foreign_or_earlier_cycle_is_refused(grading, client_for):
    foreign = CycleFactory(organisation=grading.outsider.organisation, name="Q4")
    url = reverse("carry_over", args=[grading.cycle.pk])
    data = {"objective": grading.objective.pk, "to_cycle": foreign.pk}
    assert client_for(grading.admin).post(url, data).status_code == 400
    assert not Objective.objects.filter(cycle=foreign).exists()


def test_another_organisations_grading_is_not_found(grading, client_for):
    outsider = client_for(grading.outsider)
    assert outsider.get(reverse("grading", args=[grading.cycle.pk])).status_code == 404
    assert outsider.post(grade_url(grading), {"grade": "0.6"}).status_code == 404


def test_the_sheet_is_paged_and_its_query_count_does_not_grow(grading, client_for):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(grading.admin)
    url = reverse("grading", args=[grading.cycle.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    for _ in range(45):
        objective = ObjectiveFactory(cycle=grading.cycle, team=grading.team, owner=grading.lead)
        KeyResultFactory.create_batch(2, objective=objective, progress=0.3)
    with CaptureQueriesContext(connection) as large:
        html = client.get(url).content.decode()
    assert "Page 1 of 2" in html
    assert len(large) == len(small)
    assert client.get(url + "?page=2").status_code == 200


@pytest.mark.parametrize("value", [str(2**63), "²", "abc"])
def test_carrying_over_an_objective_id_that_names_none_carries_nothing(grading, client_for, value):
    later = CycleFactory(organisation=grading.organisation, name="Q4", state="planning")
    later.start = grading.cycle.end
    later.save()
    url = reverse("carry_over", args=[grading.cycle.pk])
    response = client_for(grading.admin).post(url, {"objective": value, "to_cycle": later.pk})
    assert response.status_code == 404
    assert not Objective.objects.filter(cycle=later).exists()
