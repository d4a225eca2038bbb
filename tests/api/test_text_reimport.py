"""POST /cycles/{id}/import of content already imported into the cycle: 409 unless forced."""

from __future__ import annotations

import datetime as dt

import pytest

from cairn.api.models import IdempotencyKey
from cairn.okrs.models import CycleState, Objective
from tests.factories import CycleFactory

FREE_FORM = """\
O: Delight our customers
KR 1: Reduce churn from 6% to 3%
KR 2: Grow weekly active teams from 120 to 300

Objective: Make support feel effortless
- Cut first-reply time from 18 to 4 hours
"""

SHEET = """\
id,parent_id,level,title,owner,type,start,target,unit
O1,,objective,Company growth,admin@acme.test,,,,
O1.K1,O1,key_result,Grow revenue from 1 to 2 million,lead@acme.test,increase,1,2,million
"""


def import_url(cycle) -> str:
    return f"/api/v1/cycles/{cycle.pk}/import"


def objectives(cycle) -> int:
    return Objective.objects.filter(cycle=cycle).count()


@pytest.fixture
def q4(world):
    return CycleFactory(organisation=world.organisation, name="Q4", state=CycleState.PLANNING)


def test_importing_the_same_text_again_is_a_conflict_naming_the_first_import(world, api, q4):
    assert api["admin"].post(import_url(q4), {"text": FREE_FORM}).status_code == 201
    response = api["member"].post(import_url(q4), {"text": FREE_FORM})
    assert response.status_code == 409, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["detail"].startswith("This document was imported into Q4 on ")
    assert f"by {world.admin.name} (2 objectives)." in body["detail"]
    assert body["detail"].endswith('Send "force": true to import it again.')
    previous = body["previous_import"]
    assert previous["imported_by"] == world.admin.name and previous["source"] == "api"
    assert (previous["objectives"], previous["key_results"]) == (2, 3)
    assert dt.datetime.fromisoformat(previous["imported_at"]).tzinfo is not None
    assert objectives(q4) == 2


def test_line_endings_and_trailing_spaces_do_not_make_another_document(world, api, q4):
    api["admin"].post(import_url(q4), {"text": FREE_FORM})
    resaved = FREE_FORM.replace("\n", "  \r\n") + "\r\n"
    assert api["admin"].post(import_url(q4), {"text": resaved}).status_code == 409


def test_force_imports_it_again(world, api, q4):
    api["admin"].post(import_url(q4), {"text": FREE_FORM})
    response = api["admin"].post(import_url(q4), {"text": FREE_FORM, "force": True})
    assert response.status_code == 201 and response.json()["objectives"] == 2
    assert objectives(q4) == 4


def test_a_dry_run_names_the_earlier_import_and_writes_nothing(world, api, q4):
    first = api["admin"].post(import_url(q4), {"text": FREE_FORM, "dry_run": True})
    assert first.status_code == 200 and first.json()["previous_import"] is None
    api["admin"].post(import_url(q4), {"text": FREE_FORM})
    again = api["admin"].post(import_url(q4), {"text": FREE_FORM, "dry_run": True})
    assert again.status_code == 200
    assert again.json()["previous_import"]["objectives"] == 2
    assert again.json()["previous_import"]["message"].startswith("This document was imported")
    assert objectives(q4) == 2


def test_the_same_text_in_another_cycle_is_not_a_duplicate(world, api, q4):
    api["admin"].post(import_url(q4), {"text": FREE_FORM})
    q1 = CycleFactory(organisation=world.organisation, name="Q1", state=CycleState.PLANNING)
    assert api["admin"].post(import_url(q1), {"text": FREE_FORM}).status_code == 201


def test_the_same_text_in_another_organisation_is_not_a_duplicate(world, api, q4):
    api["admin"].post(import_url(q4), {"text": FREE_FORM})
    theirs = CycleFactory(organisation=world.outsider.organisation, name="Q4")
    dry = api["outsider"].post(import_url(theirs), {"text": FREE_FORM, "dry_run": True})
    assert dry.json()["previous_import"] is None
    assert api["outsider"].post(import_url(theirs), {"text": FREE_FORM}).status_code == 201


def test_a_sheet_imported_again_is_a_conflict(world, api, q4):
    assert api["admin"].post(import_url(q4), {"text": SHEET}).status_code == 201
    response = api["admin"].post(import_url(q4), {"text": SHEET})
    assert response.status_code == 409
    assert response.json()["previous_import"]["objectives"] == 1
    dry = api["admin"].post(import_url(q4), {"text": SHEET, "dry_run": True})
    assert dry.json()["format"] == "csv" and dry.json()["previous_import"]["key_results"] == 1
    forced = api["admin"].post(import_url(q4), {"text": SHEET, "force": True})
    assert forced.status_code == 201 and objectives(q4) == 2


def test_an_idempotent_retry_is_replayed_not_refused(world, api, q4):
    key = {"Idempotency-Key": "reimport-1"}
    first = api["admin"].post(import_url(q4), {"text": FREE_FORM}, **key)
    again = api["admin"].post(import_url(q4), {"text": FREE_FORM}, **key)
    assert first.status_code == again.status_code == 201
    assert again["Idempotent-Replayed"] == "true" and again.json() == first.json()
    other_key = api["admin"].post(import_url(q4), {"text": FREE_FORM}, **{"Idempotency-Key": "2"})
    assert other_key.status_code == 409
    assert not IdempotencyKey.objects.filter(key="2").exists()  # a refusal is not kept
    assert objectives(q4) == 2


def test_a_failed_import_records_nothing(world, api, q4):
    broken = FREE_FORM.replace("customers\n", "customers (owner: nobody@acme.test)\n")
    assert api["admin"].post(import_url(q4), {"text": broken}).status_code == 422
    assert api["admin"].post(import_url(q4), {"text": broken}).status_code == 422  # not 409


def test_the_schema_documents_force_previous_import_and_the_conflict(db):
    from cairn.api.urls import api

    schema = api.get_openapi_schema()
    operation = schema["paths"]["/api/v1/cycles/{cycle_id}/import"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert "force" in schema["components"]["schemas"][body["$ref"].rsplit("/", 1)[1]]["properties"]
    conflict = operation["responses"]["409"]
    assert "force" in conflict["description"]
    assert "previous_import" in str(conflict["content"]["application/problem+json"]["schema"])
    for name in ("DocumentPreviewOut", "SheetPreviewOut"):
        assert "previous_import" in schema["components"]["schemas"][name]["properties"]
