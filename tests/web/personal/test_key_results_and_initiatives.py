"""Key result and initiative forms: validation next to the field, permissions per role."""

from __future__ import annotations

import pytest

from cairn.okrs.models import Initiative, KeyResult
from tests.factories import InitiativeFactory, KeyResultFactory, ObjectiveFactory


def kr_data(world, **overrides):
    data = {
        "title": "Cut backlog from 300 to 50 tickets",
        "kind": "metric",
        "start": "300",
        "target": "50",
        "unit": "tickets",
        "owner": world.member.pk,
        "due_date": "",
        "weight": "1",
    }
    return {**data, **overrides}


def test_an_owner_adds_a_key_result(world, client_for):
    url = f"/objectives/{world.objective.pk}/key-results/new/"
    response = client_for(world.member).post(url, kr_data(world))
    assert response.status_code == 302
    kr = KeyResult.objects.get(title__startswith="Cut backlog")
    assert (kr.start, kr.target, kr.objective) == (300, 50, world.objective)


def test_save_and_add_another_returns_to_the_form(world, client_for):
    url = f"/objectives/{world.objective.pk}/key-results/new/"
    response = client_for(world.member).post(url, {**kr_data(world), "add_another": "1"})
    assert response["Location"] == url


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"start": "50", "target": "50"}, "target"),
        ({"target": "many"}, "target"),
        ({"title": ""}, "title"),
        ({"weight": "-2"}, "weight"),
    ],
)
def test_bad_key_results_show_the_error_by_the_field(world, client_for, overrides, field):
    url = f"/objectives/{world.objective.pk}/key-results/new/"
    response = client_for(world.member).post(url, kr_data(world, **overrides))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not KeyResult.objects.filter(objective=world.objective).exists()


def test_editing_a_key_result_records_the_change(world, client_for):
    kr = KeyResultFactory(objective=world.objective)
    data = kr_data(world, title="New title", version=kr.version)
    response = client_for(world.member).post(f"/key-results/{kr.pk}/edit/", data)
    assert response.status_code == 302
    kr.refresh_from_db()
    assert kr.title == "New title" and kr.changes.filter(field="title").exists()


def test_a_member_cannot_edit_someone_elses_key_result(world, client_for):
    kr = KeyResultFactory(objective=ObjectiveFactory(cycle=world.cycle, owner=world.lead))
    assert client_for(world.member).get(f"/key-results/{kr.pk}/edit/").status_code == 403


class TestInitiatives:
    def test_an_owner_adds_an_initiative_linked_to_two_key_results(
        self, world, key_results, client_for
    ):
        data = {
            "title": "Hire two agents",
            "status": "in_progress",
            "percent_complete": "30",
            "due_date": "",
            "key_results": [key_results[0].pk, key_results[1].pk],
        }
        response = client_for(world.member).post(
            f"/key-results/{key_results[0].pk}/initiatives/new/", data
        )
        assert response.status_code == 302
        initiative = Initiative.objects.get(title="Hire two agents")
        assert set(initiative.key_results.all()) == {key_results[0], key_results[1]}

    def test_percent_complete_above_100_is_refused(self, world, key_results, client_for):
        data = {
            "title": "X",
            "status": "planned",
            "percent_complete": "140",
            "key_results": [key_results[0].pk],
        }
        response = client_for(world.member).post(
            f"/key-results/{key_results[0].pk}/initiatives/new/", data
        )
        assert response.status_code == 400 and "percent_complete" in response.context["form"].errors

    def test_editing_an_initiative(self, world, key_results, client_for):
        initiative = InitiativeFactory(organisation=world.organisation, owner=world.member)
        initiative.key_results.add(key_results[0])
        data = {
            "title": "Renamed",
            "status": "done",
            "percent_complete": "100",
            "key_results": [key_results[0].pk],
        }
        response = client_for(world.member).post(f"/initiatives/{initiative.pk}/edit/", data)
        assert response.status_code == 302
        initiative.refresh_from_db()
        assert (initiative.title, initiative.status) == ("Renamed", "done")

    def test_others_cannot_edit_or_see_an_initiative(self, world, key_results, client_for):
        initiative = InitiativeFactory(organisation=world.organisation, owner=world.member)
        initiative.key_results.add(key_results[0])
        data = {
            "title": "Hijacked",
            "status": "done",
            "percent_complete": "100",
            "key_results": [key_results[0].pk],
        }
        outsider = client_for(world.outsider).post(f"/initiatives/{initiative.pk}/edit/", data)
        assert outsider.status_code == 404
        viewer = client_for(world.viewer).post(f"/initiatives/{initiative.pk}/edit/", data)
        assert viewer.status_code == 403
        initiative.refresh_from_db()
        assert initiative.title != "Hijacked"
