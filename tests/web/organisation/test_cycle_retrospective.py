"""The cycle retrospective: every visible objective's four answers beside its grade."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.okrs import services
from cairn.okrs.models import Change, Objective, Visibility
from tests.factories import ObjectiveFactory


@pytest.fixture
def grading(world):
    world.cycle.state = "grading"
    world.cycle.save()
    return world


def url(world) -> str:
    return reverse("cycle_retrospective", args=[world.cycle.pk])


def write(objective, **answers) -> None:
    Objective.objects.filter(pk=objective.pk).update(
        **{f"retrospective_{name}": text for name, text in answers.items()}
    )


def test_the_owner_writes_what_we_learned_on_the_grading_page(grading, client_for):
    data = {
        "worked": "Pairing",
        "did_not": "Hiring was late.",
        "learned": "Hire earlier.",
        "carry_over": "",
    }
    response = client_for(grading.member).post(
        reverse("retrospective", args=[grading.cycle.pk, grading.objective.pk]), data
    )

    assert response.status_code == 302
    grading.objective.refresh_from_db()
    assert grading.objective.retrospective_learned == "Hire earlier."
    page = client_for(grading.member).get(url(grading)).content.decode()
    assert "Hire earlier." in page and "Hiring was late." in page


@pytest.mark.parametrize("persona", ["admin", "lead", "member", "viewer"])
def test_everyone_who_sees_the_objective_reads_its_retrospective(grading, client_for, persona):
    write(grading.objective, learned="Smaller batches ship sooner.")

    response = client_for(getattr(grading, persona)).get(url(grading))

    assert response.status_code == 200
    assert "Smaller batches ship sooner." in response.content.decode()


def test_a_private_objective_stays_private(grading, client_for):
    hidden = ObjectiveFactory(
        organisation=grading.organisation,
        cycle=grading.cycle,
        owner=grading.lead,
        team=grading.team,
        visibility=Visibility.PRIVATE,
        title="Secret plan",
    )
    write(hidden, learned="Nobody else may read this.")

    page = client_for(grading.viewer).get(url(grading)).content.decode()

    assert "Nobody else may read this." not in page
    assert "Secret plan" not in page


def test_another_organisations_cycle_is_not_found(grading, client_for):
    assert client_for(grading.outsider).get(url(grading)).status_code == 404


def test_objectives_without_answers_are_counted_not_listed(grading, client_for):
    ObjectiveFactory(organisation=grading.organisation, cycle=grading.cycle, title="Quiet one")

    response = client_for(grading.admin).get(url(grading))

    page = response.content.decode()
    assert "0 of 2 objectives have a retrospective" in page
    assert "No retrospectives yet" in page
    assert page.count(">Open grading</a>") == 1  # the empty state's, not the header's too
    assert "Quiet one" not in page


def test_answers_are_escaped(grading, client_for):
    write(grading.objective, worked='<script>alert("x")</script>', learned="<b>bold</b>\nnext")

    page = client_for(grading.admin).get(url(grading)).content.decode()

    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;b&gt;bold&lt;/b&gt;<br>next" in page


def test_the_query_count_does_not_grow_with_objectives(grading, client_for):
    client = client_for(grading.admin)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url(grading)).status_code == 200
        return len(captured)

    write(grading.objective, learned="One")
    few = queries()
    for n in range(12):
        extra = ObjectiveFactory(
            organisation=grading.organisation,
            cycle=grading.cycle,
            owner=grading.lead,
            team=grading.team,
            title=f"Objective {n}",
        )
        write(extra, worked=f"Answer {n}")

    assert queries() == few


def test_closed_cycles_show_stored_grades_and_open_ones_suggestions(grading, client_for):
    write(grading.objective, learned="Ship smaller.")
    Objective.objects.filter(pk=grading.objective.pk).update(progress=0.64)

    suggested = client_for(grading.admin).get(url(grading)).content.decode()
    Objective.objects.filter(pk=grading.objective.pk).update(grade=0.7)
    stored = client_for(grading.admin).get(url(grading)).content.decode()

    assert "Suggested grade 0.6" in suggested
    assert "Grade 0.7" in stored and "Suggested grade" not in stored


def test_the_service_records_the_learned_answer_in_history(grading):
    services.objective_retrospective(
        objective=grading.objective,
        actor=grading.member,
        worked="",
        did_not="Late",
        carry_over="",
        learned="Plan hiring a quarter ahead.",
    )

    grading.objective.refresh_from_db()
    assert grading.objective.retrospective_learned == "Plan hiring a quarter ahead."
    change = Change.objects.get(objective=grading.objective, field="retrospective_learned")
    assert (change.old, change.new, change.actor) == (
        "",
        "Plan hiring a quarter ahead.",
        grading.member,
    )
