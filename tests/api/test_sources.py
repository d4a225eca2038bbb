"""The data source API: admins configure sources, a push token feeds its key result."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.okrs.models import CheckIn, CheckInSource
from cairn.sources.models import DataSource, DataSourceRun
from tests.api.conftest import ApiClient, problem_fields
from tests.sources.conftest import make_source

URL = "/api/v1/sources"


def _push_source(api, kr, world) -> tuple[int, str]:
    response = api["admin"].post(
        URL,
        {"name": "Nightly export", "kind": "push", "key_result": kr.pk, "owner": world.member.pk},
    )
    assert response.status_code == 201, response.content
    body = response.json()
    return body["id"], body["token"]


def test_an_admin_creates_reads_changes_and_deletes_a_source(api, world, kr):
    response = api["admin"].post(
        URL,
        {
            "name": "Support stats",
            "kind": "http_json",
            "key_result": kr.pk,
            "owner": world.member.pk,
            "url": "https://93.184.215.14/stats",
            "json_path": "$.hours",
            "auth_header": "Authorization",
            "auth_secret": "Bearer very-secret",
            "schedule_unit": "minutes",
            "schedule_every": 30,
        },
    )
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["has_secret"] is True and created["token"] == ""
    assert "very-secret" not in response.content.decode()
    source_id = created["id"]

    listed = api["admin"].get(URL).json()
    assert [s["id"] for s in listed["items"]] == [source_id]
    assert "very-secret" not in str(listed)

    changed = api["admin"].patch(f"{URL}/{source_id}", {"name": "Renamed", "enabled": False})
    assert changed.status_code == 200 and changed.json()["name"] == "Renamed"
    assert DataSource.objects.get().auth_secret == "Bearer very-secret"  # kept

    assert api["admin"].delete(f"{URL}/{source_id}").status_code == 204
    assert not DataSource.objects.exists()


def test_a_database_url_is_write_only(api, world, kr):
    response = api["admin"].post(
        URL,
        {
            "name": "Warehouse",
            "kind": "sql",
            "key_result": kr.pk,
            "database_url": "postgresql://reader:pw-123@93.184.215.14/dw",
            "query": "SELECT 1",
        },
    )
    assert response.status_code == 201, response.content
    assert response.json()["has_database_url"] is True
    assert "pw-123" not in response.content.decode()


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_use_the_source_api(api, world, kr, persona):
    source = make_source(world, kr)
    client = api[persona]
    assert client.get(URL).status_code == 403
    assert client.get(f"{URL}/{source.pk}").status_code == 403
    assert client.post(URL, {"name": "x", "kind": "push", "key_result": kr.pk}).status_code == 403
    assert client.delete(f"{URL}/{source.pk}").status_code == 403
    assert DataSource.objects.count() == 1


def test_another_organisations_source_is_not_found(api, world, kr):
    source = make_source(world, kr)
    outsider = api["outsider"]
    assert outsider.get(URL).json()["items"] == []
    assert outsider.get(f"{URL}/{source.pk}").status_code == 404
    assert outsider.patch(f"{URL}/{source.pk}", {"name": "Mine"}).status_code == 404
    assert outsider.delete(f"{URL}/{source.pk}").status_code == 404
    response = outsider.post(URL, {"name": "x", "kind": "push", "key_result": kr.pk})
    assert response.status_code == 422 and problem_fields(response) == ["key_result"]


def test_bad_input_is_a_clear_error_and_writes_nothing(api, world, kr):
    response = api["admin"].post(
        URL, {"name": "x", "kind": "http_json", "key_result": kr.pk, "url": "http://10.0.0.1/x"}
    )
    assert response.status_code == 422
    assert set(problem_fields(response)) == {"url", "json_path"}
    assert "private" in response.content.decode()
    response = api["admin"].post(URL, {"name": "x", "kind": "ftp", "key_result": kr.pk})
    assert response.status_code == 422
    assert not DataSource.objects.exists()


def test_pushing_with_the_right_token_records_a_data_check_in(api, world, kr):
    source_id, token = _push_source(api, kr, world)
    response = ApiClient(token).post(f"{URL}/{source_id}/values", {"value": 9.5})
    assert response.status_code == 201, response.content
    assert response.json()["outcome"] == "recorded"
    check_in = CheckIn.objects.get()
    assert (check_in.value, check_in.source, check_in.author) == (
        9.5,
        CheckInSource.DATA,
        world.member,
    )
    runs = api["admin"].get(f"{URL}/{source_id}/runs").json()["items"]
    assert [(r["trigger"], r["value"], r["check_in"]) for r in runs] == [("push", 9.5, check_in.pk)]


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer ", "Bearer wrong", "Basic Zm9vOmJhcg==", "token-without-scheme"],
)
def test_pushing_without_the_right_token_is_401(api, world, kr, authorization):
    source_id, token = _push_source(api, kr, world)
    headers = {} if authorization is None else {"Authorization": authorization}
    response = ApiClient(None).post(f"{URL}/{source_id}/values", {"value": 1}, **headers)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert not CheckIn.objects.exists() and not DataSourceRun.objects.exists()


def test_a_token_only_opens_its_own_source(api, world, kr):
    first, first_token = _push_source(api, kr, world)
    second, _token = _push_source(api, kr, world)
    assert ApiClient(first_token).post(f"{URL}/{second}/values", {"value": 1}).status_code == 401
    personal = api["admin"].post(f"{URL}/{first}/values", {"value": 1})  # a personal API token
    assert personal.status_code == 401


def test_a_daily_time_with_a_time_zone_is_refused(api, world, kr):
    response = api["admin"].post(
        URL,
        {
            "name": "x",
            "kind": "push",
            "key_result": kr.pk,
            "schedule_unit": "daily",
            "daily_at": "09:00:00Z",
        },
    )
    assert response.status_code == 422 and problem_fields(response) == ["daily_at"]
    assert not DataSource.objects.exists()


def test_a_pushed_value_must_be_a_number(api, world, kr):
    source_id, token = _push_source(api, kr, world)
    for body in ({"value": "12"}, {"value": None}, {}, [1]):
        response = ApiClient(token).post(f"{URL}/{source_id}/values", body)
        assert response.status_code == 422, body
    assert not CheckIn.objects.exists()


def test_a_disabled_push_source_refuses_values(api, world, kr):
    source_id, token = _push_source(api, kr, world)
    api["admin"].patch(f"{URL}/{source_id}", {"enabled": False})
    response = ApiClient(token).post(f"{URL}/{source_id}/values", {"value": 3})
    assert response.status_code == 422 and "disabled" in response.content.decode()


def test_listing_sources_takes_the_same_queries_however_many(api, world, kr):
    make_source(world, kr)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert api["admin"].get(URL).status_code == 200
        return len(queries)

    count()  # the first request also touches the token's last use
    before = count()
    for n in range(5):
        make_source(world, kr, name=f"S{n}")
    assert count() == before


def test_a_source_feeds_a_kpi_and_a_push_records_a_data_value(api, world, kr):
    from cairn.kpis.models import KpiValue
    from tests.kpis.conftest import make_kpi

    kpi = make_kpi(world)
    response = api["admin"].post(
        URL, {"name": "Probe", "kind": "push", "kpi": kpi.pk, "owner": world.member.pk}
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["kpi"], body["key_result"]) == (kpi.pk, None)
    pushed = ApiClient(body["token"]).post(f"{URL}/{body['id']}/values", {"value": 99.8})
    assert pushed.status_code == 201 and pushed.json()["outcome"] == "recorded"
    value = KpiValue.objects.get()
    assert (value.kpi_id, value.value, value.source) == (kpi.pk, 99.8, "data")
    assert not CheckIn.objects.exists()
    # Switching the target: setting one lets go of the other.
    switched = api["admin"].patch(f"{URL}/{body['id']}", {"key_result": kr.pk})
    assert switched.status_code == 200, switched.content
    assert (switched.json()["key_result"], switched.json()["kpi"]) == (kr.pk, None)
    back = api["admin"].patch(f"{URL}/{body['id']}", {"kpi": kpi.pk})
    assert (back.json()["key_result"], back.json()["kpi"]) == (None, kpi.pk)


@pytest.mark.parametrize("target", ["both", "none"])
def test_exactly_one_target_or_a_clear_error(api, world, kr, target):
    from tests.kpis.conftest import make_kpi

    kpi = make_kpi(world)
    payload = {"name": "x", "kind": "push"}
    if target == "both":
        payload |= {"key_result": kr.pk, "kpi": kpi.pk}
    response = api["admin"].post(URL, payload)
    assert response.status_code == 422
    assert problem_fields(response) == ["kpi" if target == "both" else "key_result"]
    assert not DataSource.objects.exists()
    source = make_source(world, kr, kind="push")
    response = api["admin"].patch(f"{URL}/{source.pk}", {"key_result": kr.pk, "kpi": kpi.pk})
    assert response.status_code == 422 and problem_fields(response) == ["kpi"]
    source.refresh_from_db()
    assert (source.key_result_id, source.kpi_id) == (kr.pk, None)


def test_another_organisations_kpi_is_not_found(api, world, kr):
    from tests.kpis.conftest import make_kpi

    kpi = make_kpi(world)
    response = api["outsider"].post(URL, {"name": "x", "kind": "push", "kpi": kpi.pk})
    assert response.status_code == 422 and problem_fields(response) == ["kpi"]
    assert not DataSource.objects.exists()


def test_the_kpi_target_is_in_the_openapi_schema(api):
    schemas = api["admin"].get("/api/v1/openapi.json").json()["components"]["schemas"]
    for name in ("SourceIn", "SourcePatch", "SourceOut"):
        assert {"kpi", "key_result"} <= set(schemas[name]["properties"]), name
