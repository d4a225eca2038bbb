"""KPIs over the API: list, create, update, values (record, list), follow from a key result."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cairn.kpis.models import Kpi, KpiValue
from cairn.kpis.services import kpi_value_record
from cairn.okrs.models import CheckIn
from tests.api.conftest import client_for, problem_fields
from tests.kpis.conftest import make_kpi


@pytest.fixture
def kpi(world):
    return make_kpi(world)


def test_it_records_a_value_and_reports_the_status(world, api, kpi):
    response = api["member"].post(f"/api/v1/kpis/{kpi.pk}/values", {"value": 98.5, "note": "x"})
    assert response.status_code == 201
    body = response.json()
    assert body["value"] == 98.5 and body["source"] == "api" and body["author"] == world.member.pk
    got = api["viewer"].get(f"/api/v1/kpis/{kpi.pk}").json()
    assert got["status"] == "unhealthy" and got["current_value"] == 98.5 and got["stale"] is False
    values = api["viewer"].get(f"/api/v1/kpis/{kpi.pk}/values").json()
    assert [v["value"] for v in values["items"]] == [98.5]


def test_a_backdated_value_with_its_offset(world, api, kpi):
    at = (timezone.now() - timedelta(days=10)).isoformat()
    response = api["member"].post(
        f"/api/v1/kpis/{kpi.pk}/values", {"value": 99.9, "recorded_at": at}
    )
    assert response.status_code == 201
    assert api["member"].get(f"/api/v1/kpis/{kpi.pk}").json()["stale"] is True


@pytest.mark.parametrize(
    ("persona", "status"),
    [("admin", 201), ("lead", 201), ("member", 201), ("viewer", 403), ("outsider", 404)],
)
def test_who_records(world, api, kpi, persona, status):
    assert api[persona].post(f"/api/v1/kpis/{kpi.pk}/values", {"value": 99}).status_code == status
    assert KpiValue.objects.count() == (1 if status == 201 else 0)


def test_a_read_token_cannot_record(world, kpi):
    reader = client_for(world.admin, scope="read")
    assert reader.get(f"/api/v1/kpis/{kpi.pk}").status_code == 200
    assert reader.post(f"/api/v1/kpis/{kpi.pk}/values", {"value": 1}).status_code == 403


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "value"),
        ({"value": "99"}, "value"),
        ({"value": 1, "recorded_at": "2999-01-01T00:00:00+00:00"}, "recorded_at"),
        ({"value": 1, "recorded_at": "2026-01-01T00:00:00"}, "recorded_at"),
        ({"value": 1, "recorded_at": "yesterday"}, "recorded_at"),
        ({"value": 1, "source": "telepathy"}, "source"),
        ({"value": 1, "note": "x" * 5001}, "note"),
    ],
)
def test_bad_values_are_422_with_the_field(world, api, kpi, body, field):
    response = api["member"].post(f"/api/v1/kpis/{kpi.pk}/values", body)
    assert response.status_code == 422
    assert field in problem_fields(response)
    assert not KpiValue.objects.exists()


def test_create_update_and_archive(world, api):
    body = {
        "name": "Churn",
        "team": world.team.pk,
        "unit": "%",
        "direction": "lower",
        "threshold_kind": "below",
        "healthy_high": 2,
        "warning_high": 3,
        "frequency": "monthly",
    }
    response = api["lead"].post("/api/v1/kpis", body)
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["owner"] == world.lead.pk and created["status"] == "no_data"
    url = f"/api/v1/kpis/{created['id']}"
    assert api["lead"].patch(url, {"warning_high": 4}).json()["warning_high"] == 4
    assert api["lead"].patch(url, {"archived": True}).json()["archived"] is True
    assert api["lead"].get("/api/v1/kpis").json()["items"] == []
    assert len(api["lead"].get("/api/v1/kpis", {"archived": "true"}).json()["items"]) == 1
    assert api["viewer"].patch(url, {"name": "Mine"}).status_code == 403
    assert api["outsider"].patch(url, {"name": "Mine"}).status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "A", "threshold_kind": "above"}, "healthy_low"),
        ({"name": "A", "healthy_low": 5, "warning_low": 6}, "warning_low"),
        ({"name": "A", "healthy_low": 5, "direction": "lower"}, "direction"),
        ({"name": "A", "healthy_low": 5, "team": 999999}, "team"),
        ({"name": "", "healthy_low": 5}, "name"),
        ({"name": "A", "healthy_low": 5, "frequency": "hourly"}, "frequency"),
    ],
)
def test_bad_kpis_are_422(world, api, body, field):
    response = api["admin"].post("/api/v1/kpis", body)
    assert response.status_code == 422
    assert field in problem_fields(response)
    assert not Kpi.objects.exists()


def test_another_organisations_team_is_not_found(world, api):
    from tests.factories import TeamFactory

    foreign = TeamFactory()
    response = api["admin"].post(
        "/api/v1/kpis", {"name": "A", "healthy_low": 1, "team": foreign.pk}
    )
    assert response.status_code == 422 and problem_fields(response) == ["team"]


def test_the_list_query_count_stays_put(world, api, kpi):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert api["member"].get("/api/v1/kpis").status_code == 200
        return len(queries)

    count()  # the first request also notes the token's use
    before = count()
    for n in range(5):
        more = make_kpi(world, name=f"KPI {n}")
        kpi_value_record(kpi=more, value=99, actor=world.admin)
    assert count() == before


def test_the_list_filters(world, api, kpi):
    make_kpi(world, name="Pipeline", team=None, owner=world.lead)
    kpi_value_record(kpi=kpi, value=50, actor=world.admin)
    names = lambda **p: [k["name"] for k in api["viewer"].get("/api/v1/kpis", p).json()["items"]]  # noqa: E731
    assert names(team=world.team.pk) == ["Uptime"]
    assert names(owner=world.lead.pk) == ["Pipeline"]
    assert names(status="unhealthy") == ["Uptime"]


def test_a_key_result_follows_a_kpi_through_the_api(world, api, kpi, kr):
    url = f"/api/v1/key-results/{kr.pk}"
    response = api["member"].patch(url, {"follows_kpi": kpi.pk})
    assert response.status_code == 200 and response.json()["follows_kpi"] == kpi.pk
    api["admin"].post(f"/api/v1/kpis/{kpi.pk}/values", {"value": 10})
    check_in = CheckIn.objects.get(key_result=kr)
    assert check_in.source == "data" and check_in.value == 10
    assert api["member"].patch(url, {"follows_kpi": None}).json()["follows_kpi"] is None


def test_following_another_organisations_kpi_is_refused(world, api, kr):
    from cairn.kpis.services import kpi_create

    foreign = kpi_create(actor=world.outsider, name="Foreign", healthy_low=1)
    response = api["member"].patch(f"/api/v1/key-results/{kr.pk}", {"follows_kpi": foreign.pk})
    assert response.status_code == 422 and problem_fields(response) == ["follows_kpi"]


def test_a_following_key_result_takes_no_other_value(world, api, kpi, kr):
    api["member"].patch(f"/api/v1/key-results/{kr.pk}", {"follows_kpi": kpi.pk})
    api["admin"].post(f"/api/v1/kpis/{kpi.pk}/values", {"value": 10})
    url = f"/api/v1/key-results/{kr.pk}/check-ins"
    refused = api["member"].post(url, {"value": 12, "confidence": 3})
    assert refused.status_code == 422 and problem_fields(refused) == ["value"]
    kept = api["member"].post(url, {"value": 10, "confidence": 3, "note": "Holding"})
    assert kept.status_code == 201 and kept.json()["value"] == 10
    assert CheckIn.objects.filter(key_result=kr).count() == 2


def test_a_key_result_created_through_the_api_follows_a_kpi(world, api, kpi):
    api["admin"].post(f"/api/v1/kpis/{kpi.pk}/values", {"value": 7})
    body = {"objective": world.objective.pk, "title": "Keep it up", "type": "stay_above"}
    response = api["member"].post(
        "/api/v1/key-results", {**body, "target": 5, "follows_kpi": kpi.pk}
    )
    assert response.status_code == 201 and response.json()["follows_kpi"] == kpi.pk
    assert response.json()["current"] == 7  # the KPI's latest value became its first check-in


def test_creating_a_key_result_following_another_organisations_kpi_is_refused(world, api):
    from cairn.kpis.services import kpi_create

    foreign = kpi_create(actor=world.outsider, name="Foreign", healthy_low=1)
    body = {"objective": world.objective.pk, "title": "Keep it up", "type": "stay_above"}
    response = api["member"].post(
        "/api/v1/key-results", {**body, "target": 5, "follows_kpi": foreign.pk}
    )
    assert response.status_code == 422 and problem_fields(response) == ["follows_kpi"]
    assert not world.objective.key_results.filter(title="Keep it up").exists()
