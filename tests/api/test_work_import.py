"""POST /api/v1/work-items/import: dry run, import, row errors, scoping and permissions."""

from __future__ import annotations

import pytest

from cairn.execution.models import WorkItem
from cairn.okrs.services import initiative_create
from tests.api.conftest import problem_fields
from tests.execution.imports.conftest import export
from tests.factories import InitiativeFactory, KeyResultFactory

URL = "/api/v1/work-items/import"


@pytest.fixture
def initiative(world, kr):
    return initiative_create(actor=world.member, key_results=[kr], title="Macros")


def test_a_dry_run_says_what_would_be_written(world, api, kr, initiative):
    body = {"content": export("jira.csv", kr.pk), "initiative": initiative.pk, "dry_run": True}
    response = api["lead"].post(URL, {**body, "team": world.team.pk})
    assert response.status_code == 200, response.content
    data = response.json()
    assert (data["format"], data["new"], data["updated"], data["unchanged"]) == ("jira", 4, 0, 0)
    assert data["sprints"] == ["Sprint 2"]
    assert [i["key"] for i in data["items"]] == ["SHOP-1", "SHOP-2", "SHOP-3", "SHOP-4"]
    assert WorkItem.objects.count() == 0


def test_it_imports_and_re_imports(world, api, kr, initiative):
    body = {"content": export("linear.csv"), "initiative": initiative.pk, "status": ["Todo=todo"]}
    first = api["member"].post(URL, body)
    assert first.status_code == 201, first.content
    assert first.json()["new"] == 3
    again = api["member"].post(URL, body)
    assert (again.json()["new"], again.json()["unchanged"]) == (0, 3)
    assert WorkItem.objects.count() == 3


def test_row_errors_are_a_400_and_nothing_is_written(api, initiative):
    content = export("jira.csv").replace(",8,SHOP-1", ",eight,SHOP-1")
    response = api["member"].post(URL, {"content": content, "initiative": initiative.pk})
    assert response.status_code == 400
    assert problem_fields(response) == ["content"]
    assert response.json()["rows"] == [
        {
            "row": 3,
            "column": "Custom field (Story Points)",
            "message": "'eight' is not a number from 0 to 99999.9.",
        }
    ]
    assert WorkItem.objects.count() == 0


def test_an_unreadable_file_is_a_400(api, initiative):
    response = api["member"].post(URL, {"content": "[{", "initiative": initiative.pk})
    assert response.status_code == 400 and "not JSON" in response.json()["rows"][0]["message"]


def test_an_initiative_or_team_is_needed(api):
    response = api["member"].post(URL, {"content": export("linear.csv")})
    assert response.status_code == 400
    assert response.json()["rows"][0]["message"] == "Choose an initiative or a team."


def test_another_organisations_initiative_is_a_404(world, api):
    foreign_kr = KeyResultFactory(organisation=world.outsider.organisation)
    foreign = InitiativeFactory(organisation=world.outsider.organisation)
    foreign.key_results.add(foreign_kr)
    response = api["member"].post(URL, {"content": export("linear.csv"), "initiative": foreign.pk})
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("persona", "status"),
    [("admin", 201), ("member", 201), ("viewer", 403), ("lead", 201), ("outsider", 404)],
)
def test_who_may_import(api, initiative, persona, status):
    response = api[persona].post(
        URL, {"content": export("linear.csv"), "initiative": initiative.pk}
    )
    assert response.status_code == status, response.content
