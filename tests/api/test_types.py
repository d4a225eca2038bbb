"""Every API input is a JSON object, holds no NUL character and names ids from 1 to 2^63 - 1."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from cairn.api.models import Webhook
from cairn.api.types import Input
from cairn.api.urls import api as cairn_api
from cairn.lib.ids import MAX_ID
from cairn.okrs.models import CheckIn, Cycle, Initiative, KeyResult, Objective
from cairn.okrs.services import check_in_record, initiative_create, objective_align
from cairn.organisations.models import Person, Team
from tests.api.conftest import problem_fields
from tests.factories import ObjectiveFactory

TOO_BIG = MAX_ID + 1  # 2^63


def _operations():
    for _prefix, router in cairn_api._routers:
        for path, view in router.path_operations.items():
            for operation in view.operations:
                yield path, operation


def _row_counts() -> dict[str, int]:
    models = (Objective, KeyResult, CheckIn, Initiative, Cycle, Team, Person, Webhook)
    return {model.__name__: model.objects.count() for model in models}


@pytest.fixture
def aligned(world):
    """Return the member's objective, aligned to an admin's company objective."""
    parent = ObjectiveFactory(cycle=world.cycle, owner=world.admin, title="Grow")
    objective_align(objective=world.objective, actor=world.admin, parent_objective=parent)
    world.objective.refresh_from_db()
    return world.objective


@pytest.fixture
def initiative(world, kr):
    return initiative_create(actor=world.member, key_results=[kr], title="Write macros")


@pytest.fixture
def webhook(world):
    return Webhook.objects.create(
        organisation=world.organisation,
        url="https://hooks.example.com/cairn",
        secret="s",
        events=["objective.created"],
    )


def _writes(world, kr, aligned, initiative, webhook, check_in):
    """Return (method, URL) of every write the API has."""
    return [
        ("put", f"/api/v1/objectives/{aligned.pk}/alignment"),
        ("patch", f"/api/v1/initiatives/{initiative.pk}"),
        ("patch", f"/api/v1/objectives/{aligned.pk}"),
        ("patch", f"/api/v1/key-results/{kr.pk}"),
        ("patch", f"/api/v1/webhooks/{webhook.pk}"),
        ("post", "/api/v1/objectives"),
        ("post", "/api/v1/key-results"),
        ("post", "/api/v1/initiatives"),
        ("post", "/api/v1/cycles"),
        ("post", f"/api/v1/cycles/{world.cycle.pk}/transition"),
        ("post", f"/api/v1/cycles/{world.cycle.pk}/import"),
        ("post", "/api/v1/teams"),
        ("post", "/api/v1/people"),
        ("post", "/api/v1/webhooks"),
        ("post", f"/api/v1/key-results/{kr.pk}/check-ins"),
        ("post", f"/api/v1/check-ins/{check_in.pk}/corrections"),
        ("post", "/api/v1/coach/key-result"),
        ("post", "/api/v1/coach/objective"),
    ]


# Bodies that are not objects ---------------------------------------------------------------


def test_an_array_body_does_not_clear_the_alignment(world, api, aligned):
    parent_id = aligned.parent_objective_id
    response = api["admin"].put(f"/api/v1/objectives/{aligned.pk}/alignment", [])
    assert response.status_code == 422
    assert problem_fields(response) == ["body"]
    aligned.refresh_from_db()
    assert aligned.parent_objective_id == parent_id


def test_an_array_body_does_not_change_an_initiative(world, api, initiative):
    response = api["admin"].patch(f"/api/v1/initiatives/{initiative.pk}", [])
    assert response.status_code == 422 and problem_fields(response) == ["body"]
    initiative.refresh_from_db()
    assert initiative.title == "Write macros"


@pytest.mark.parametrize("body", ["[]", "[{}]", '"abc"', "42", "true", "null"])
def test_every_write_refuses_a_body_that_is_not_an_object(
    world, api, kr, aligned, initiative, webhook, body
):
    check_in = check_in_record(key_result=kr, author=world.member, value=12)
    before = _row_counts()
    versions = (aligned.version, kr.version)
    for method, url in _writes(world, kr, aligned, initiative, webhook, check_in):
        response = getattr(api["admin"], method)(url, body, **{"Idempotency-Key": url})
        assert response.status_code == 422, (method, url, response.content)
        assert problem_fields(response) == ["body"], (method, url)
    assert _row_counts() == before
    aligned.refresh_from_db()
    kr.refresh_from_db()
    assert (aligned.version, kr.version) == versions


def test_every_body_and_query_schema_is_an_input():
    for path, operation in _operations():
        for model in operation.models:
            if model.__ninja_param_source__ not in {"body", "query"}:
                continue
            for field in model.model_fields.values():
                schema = field.annotation
                if isinstance(schema, type) and issubclass(schema, BaseModel):
                    assert issubclass(schema, Input), (path, schema)


# NUL characters ----------------------------------------------------------------------------


def _nul_cases(world, kr, initiative):
    return [
        ("post", "/api/v1/objectives", {"title": "A\x00", "cycle": world.cycle.pk}, "title"),
        ("patch", f"/api/v1/objectives/{world.objective.pk}", {"description": "\x00"}, "description"),
        ("post", f"/api/v1/key-results/{kr.pk}/check-ins", {"value": 9, "note": "ok\x00"}, "note"),
        ("patch", f"/api/v1/key-results/{kr.pk}", {"unit": "h\x00"}, "unit"),
        ("patch", f"/api/v1/initiatives/{initiative.pk}", {"title": "\x00"}, "title"),
        ("post", "/api/v1/teams", {"name": "Ops\x00"}, "name"),
        ("post", "/api/v1/people", {"email": "a\x00@b.test"}, "email"),
        ("post", "/api/v1/cycles", {"name": "Q\x00", "start": "2026-01-01", "end": "2026-03-31"}, "name"),
        ("post", "/api/v1/webhooks", {"url": "http://127.0.0.1/\x00", "events": ["objective.created"]}, "url"),
        ("post", "/api/v1/coach/key-result", {"text": "Cut churn\x00"}, "text"),
        ("post", "/api/v1/coach/objective", {"title": "Grow", "key_results": ["a", "b\x00"]}, "key_results.1"),
        ("post", f"/api/v1/cycles/{world.cycle.pk}/import", {"text": "Objective: A\x00\n"}, "text"),
    ]  # fmt: skip


def test_a_nul_character_in_any_text_is_refused_naming_the_field(world, api, kr, initiative):
    before = _row_counts()
    for method, url, body, field in _nul_cases(world, kr, initiative):
        response = getattr(api["admin"], method)(url, body)
        assert response.status_code == 422, (url, response.content)
        assert problem_fields(response) == [field], url
        assert "NUL" in response.json()["errors"][0]["message"]
    assert _row_counts() == before
    world.objective.refresh_from_db()
    assert world.objective.description == ""


def test_a_nul_character_in_a_query_string_is_refused(world, api):
    response = api["admin"].get("/api/v1/objectives", {"cursor": "djE6\x00"})
    assert response.status_code == 422 and problem_fields(response) == ["cursor"]


# Ids out of range --------------------------------------------------------------------------

FILTERS = [
    ("objectives", "team"),
    ("objectives", "owner"),
    ("objectives", "cycle"),
    ("key-results", "objective"),
    ("key-results", "cycle"),
    ("key-results", "owner"),
    ("initiatives", "key_result"),
    ("teams", "parent"),
    ("people", "team"),
]


@pytest.mark.parametrize(("resource", "name"), FILTERS)
@pytest.mark.parametrize("value", [TOO_BIG, 2**64, 0, -1, "9" * 5000])
def test_an_id_filter_out_of_range_is_a_422(world, api, resource, name, value):
    response = api["admin"].get(f"/api/v1/{resource}", {name: value})
    assert response.status_code == 422, response.content
    assert problem_fields(response) == [name]


@pytest.mark.parametrize(("resource", "name"), FILTERS)
def test_the_largest_id_filter_finds_nothing(world, api, resource, name):
    response = api["admin"].get(f"/api/v1/{resource}", {name: MAX_ID})
    assert response.status_code == 200 and response.json()["items"] == []


@pytest.mark.parametrize(
    "path",
    [
        "objectives/{}",
        "key-results/{}",
        "key-results/{}/check-ins",
        "cycles/{}",
        "cycles/{}/export",
        "teams/{}",
        "people/{}",
        "initiatives/{}",
        "webhooks/{}",
    ],
)
def test_a_path_id_out_of_range_is_a_422_and_the_largest_is_a_404(world, api, path):
    too_big = api["admin"].get("/api/v1/" + path.format(TOO_BIG))
    assert too_big.status_code == 422 and problem_fields(too_big)[0].endswith("_id")
    assert api["admin"].get("/api/v1/" + path.format(MAX_ID)).status_code == 404


def test_every_path_id_is_bounded():
    for _path, operation in _operations():
        for model in operation.models:
            if model.__ninja_param_source__ != "path":
                continue
            fields = model.model_fields
            # Other path parameters (a reaction's name) take a valid value: ids are checked.
            valid = {n: MAX_ID if f.annotation is int else next(iter(f.annotation))
                     for n, f in fields.items()}  # fmt: skip
            for name, field in fields.items():
                if field.annotation is not int:
                    continue
                with pytest.raises(ValidationError):
                    model.model_validate({**valid, name: TOO_BIG})
                model.model_validate({**valid, name: MAX_ID})


def test_a_cursor_past_the_largest_id_is_refused(world, api):
    import base64

    cursor = base64.urlsafe_b64encode(f"v1:{TOO_BIG}".encode()).decode().rstrip("=")
    response = api["admin"].get("/api/v1/objectives", {"cursor": cursor})
    assert response.status_code == 422 and problem_fields(response) == ["cursor"]


@pytest.mark.parametrize(
    ("method", "url", "body", "field"),
    [
        ("post", "/api/v1/objectives", {"title": "A", "cycle": TOO_BIG}, "cycle"),
        ("post", "/api/v1/objectives", {"title": "A", "cycle": 1, "team": TOO_BIG}, "team"),
        ("put", "alignment", {"parent_objective": TOO_BIG}, "parent_objective"),
        ("put", "alignment", {"parent_key_result": 2**70}, "parent_key_result"),
        (
            "post",
            "/api/v1/initiatives",
            {"title": "A", "key_results": [1, TOO_BIG]},
            "key_results.1",
        ),
        ("post", "/api/v1/teams", {"name": "Ops", "parent": 0}, "parent"),
        ("post", "/api/v1/people", {"email": "a@b.test", "manager": TOO_BIG}, "manager"),
    ],
)
def test_a_body_id_out_of_range_is_a_422(world, api, aligned, method, url, body, field):
    if url == "alignment":
        url = f"/api/v1/objectives/{aligned.pk}/alignment"
    response = getattr(api["admin"], method)(url, body)
    assert response.status_code == 422, response.content
    assert problem_fields(response) == [field]
    aligned.refresh_from_db()
    assert aligned.parent_objective_id is not None
