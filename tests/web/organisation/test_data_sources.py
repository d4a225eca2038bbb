"""The data source screens (/settings/data-sources/): admins only, escaped, constant queries."""

from __future__ import annotations

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.okrs.models import CheckIn, CheckInSource
from cairn.sources.models import DataSource, DataSourceRun, SourceKind
from tests.kpis.conftest import make_kpi
from tests.sources.conftest import make_source


def make_kpi_source(world, kpi, **fields) -> DataSource:
    """Return a saved push source feeding the KPI, owned by the member (no validation)."""
    values = {"name": "Uptime probe", "kind": SourceKind.PUSH} | fields
    return DataSource.objects.create(
        organisation=world.organisation, kpi=kpi, owner=world.member, **values
    )


LIST = reverse("data_sources")
NEW = reverse("data_source_create")


@pytest.fixture(autouse=True)
def no_allowed_networks(settings) -> None:
    """Refuse private addresses whatever the environment allows."""
    settings.OUTBOUND_ALLOWED_NETWORKS = []


def _form(kr, world, **fields) -> dict:
    return {
        "name": "Support stats",
        "kind": "http_json",
        "key_result": kr.pk,
        "owner": world.member.pk,
        "schedule_unit": "hours",
        "schedule_every": 1,
        "enabled": "on",
        "url": "https://93.184.215.14/stats",
        "json_path": "$.hours",
        "auth_header": "X-Key",
        "auth_secret": "hidden-value-123",
        **fields,
    }


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_see_the_screens(client_for, world, kr, persona):
    source = make_source(world, kr)
    client = client_for(getattr(world, persona))
    for url in (LIST, NEW, reverse("data_source", args=[source.pk])):
        assert client.get(url).status_code == 403, url
    assert client.post(NEW, _form(kr, world)).status_code == 403
    assert client.post(reverse("data_source_test", args=[source.pk])).status_code == 403
    assert client.post(reverse("data_source_delete", args=[source.pk])).status_code == 403
    assert DataSource.objects.count() == 1


def test_another_organisations_source_is_404(client_for, world, kr):
    source = make_source(world, kr)
    client = client_for(world.outsider)
    assert client.get(LIST).status_code == 200
    for name in ("data_source",):
        assert client.get(reverse(name, args=[source.pk])).status_code == 404
    for name in ("data_source_test", "data_source_run", "data_source_rotate", "data_source_delete"):
        assert client.post(reverse(name, args=[source.pk])).status_code == 404, name
    assert DataSource.objects.count() == 1


def test_an_admin_creates_a_source_and_the_secret_is_never_shown_again(client_for, world, kr):
    client = client_for(world.admin)
    response = client.post(NEW, _form(kr, world))
    source = DataSource.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "data_source", args=[source.pk]
    )
    assert source.auth_secret == "hidden-value-123"
    page = client.get(response["Location"]).content.decode()
    assert "Support stats" in page and "hidden-value-123" not in page
    # Saving again with the secret left empty keeps it.
    client.post(
        reverse("data_source", args=[source.pk]), _form(kr, world, name="Renamed", auth_secret="")
    )
    source.refresh_from_db()
    assert (source.name, source.auth_secret) == ("Renamed", "hidden-value-123")


def test_a_refused_url_is_shown_next_to_the_field_and_nothing_is_saved(client_for, world, kr):
    response = client_for(world.admin).post(NEW, _form(kr, world, url="http://169.254.169.254/x"))
    assert response.status_code == 422
    assert "link-local" in response.content.decode()
    assert not DataSource.objects.exists()


def test_a_push_source_shows_its_token_once(client_for, world, kr):
    client = client_for(world.admin)
    response = client.post(NEW, _form(kr, world, kind="push"))
    source = DataSource.objects.get()
    assert response.status_code == 200
    page = response.content.decode()
    token = page.split('id="push-token" class="token-secret" type="text" readonly value="')[
        1
    ].split('"')[0]
    assert (
        token.startswith("cairn_src_")
        and source.push_token_hash
        and token not in source.push_token_hash
    )
    assert token not in client.get(reverse("data_source", args=[source.pk])).content.decode()


def test_the_kind_fields_swap_for_the_chosen_kind(client_for, world):
    client = client_for(world.admin)
    sql = client.get(
        reverse("data_source_kind_fields"), {"kind": "sql"}, headers={"HX-Request": "true"}
    )
    assert (
        'name="database_url"' in sql.content.decode()
        and 'name="json_path"' not in sql.content.decode()
    )
    csv = client.get(reverse("data_source_kind_fields"), {"kind": "csv_url"}).content.decode()
    assert 'name="csv_column"' in csv and 'name="csv_match_value"' in csv
    assert (
        "token" in client.get(reverse("data_source_kind_fields"), {"kind": "push"}).content.decode()
    )


def test_test_now_shows_the_value_and_records_nothing(client_for, world, kr, settings):
    from tests.lib.local_http import LocalServer

    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    server = LocalServer()
    try:
        server.routes["/v"] = (200, {}, json.dumps({"hours": 7.25}).encode())
        source = make_source(world, kr, url=server.url("/v"), json_path="$.hours")
        client = client_for(world.admin)
        response = client.post(
            reverse("data_source_test", args=[source.pk]), headers={"HX-Request": "true"}
        )
        assert "7.25" in response.content.decode()
        assert not DataSourceRun.objects.exists() and not CheckIn.objects.exists()
        response = client.post(reverse("data_source_run", args=[source.pk]))
        assert response.status_code == 302
        assert CheckIn.objects.get().source == CheckInSource.DATA
        page = client.get(reverse("data_source", args=[source.pk])).content.decode()
        assert "Recorded" in page and "manual" in page
    finally:
        server.close()


def test_a_failing_source_shows_its_error_and_count(client_for, world, kr):
    from cairn.sources.services import source_run

    source = make_source(world, kr, url="http://10.9.9.9/x")
    source_run(source=source)
    source_run(source=source)
    client = client_for(world.admin)
    page = client.get(reverse("data_source", args=[source.pk])).content.decode()
    assert "10.9.9.9 is private" in page and "2 failures in a row" in page
    assert "2 failures in a row" in client.get(LIST).content.decode()


def test_names_and_errors_are_escaped(client_for, world, kr):
    kr.title = "<script>alert(1)</script>"
    kr.save()
    source = make_source(world, kr, name="<script>alert(2)</script>", kind=SourceKind.PUSH)
    source.consecutive_failures, source.last_error = 1, "<script>alert(3)</script>"
    source.save()
    client = client_for(world.admin)
    for url in (
        LIST,
        reverse("data_source", args=[source.pk]),
        reverse("objective", args=[kr.objective_id]),
    ):
        page = client.get(url).content.decode()
        assert "<script>alert(" not in page, url
        assert "&lt;script&gt;alert(" in page, url


def test_the_list_takes_the_same_queries_however_many_sources(client_for, world, kr):
    client = client_for(world.admin)
    make_source(world, kr)
    client.get(LIST)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(LIST).status_code == 200
        return len(queries)

    make_kpi_source(world, make_kpi(world), name="KPI source")
    before = count()
    for n in range(6):
        make_source(world, kr, name=f"Source {n}", last_value=n)
        make_kpi_source(world, make_kpi(world, name=f"KPI {n}"), name=f"KPI source {n}")
    assert count() == before


def test_the_key_result_says_what_feeds_it(client_for, world, kr):
    from datetime import UTC, datetime

    make_source(
        world,
        kr,
        name="Zendesk export",
        last_value=6.5,
        last_reading_at=datetime(2026, 1, 2, 9, tzinfo=UTC),
    )
    page = (
        client_for(world.member).get(reverse("objective", args=[kr.objective_id])).content.decode()
    )
    assert "Fed by data source" in page and "Zendesk export" in page and "6.5" in page
    assert reverse("data_sources") not in page.split("Fed by data source")[1][:200]  # no admin link
    admin_page = (
        client_for(world.admin).get(reverse("objective", args=[kr.objective_id])).content.decode()
    )
    assert "/settings/data-sources/" in admin_page.split("Fed by data source")[1][:200]


def test_deleting_a_source_keeps_its_check_ins(client_for, world, kr):
    from datetime import UTC, datetime

    from cairn.sources.services import deliver_reading

    source = make_source(world, kr, kind=SourceKind.PUSH)
    deliver_reading(source=source, value=5, at=datetime.now(UTC))
    response = client_for(world.admin).post(reverse("data_source_delete", args=[source.pk]))
    assert response.status_code == 302
    assert not DataSource.objects.exists() and CheckIn.objects.count() == 1


def test_an_admin_creates_a_source_feeding_a_kpi(client_for, world, kr):
    kpi = make_kpi(world, name="Uptime <b>now</b>")
    client = client_for(world.admin)
    form = _form(kr, world, feeds="kpi", kpi=kpi.pk)  # the key result select is ignored
    response = client.post(NEW, form)
    assert response.status_code == 302
    source = DataSource.objects.get()
    assert (source.kpi_id, source.key_result_id) == (kpi.pk, None)
    page = client.get(response["Location"]).content.decode()
    assert reverse("kpi", args=[kpi.pk]) in page and "Uptime &lt;b&gt;now&lt;/b&gt;" in page
    assert re.search(r'<input type="radio" name="feeds" value="kpi"[^>]*checked', page)
    listed = client.get(LIST).content.decode()
    assert reverse("kpi", args=[kpi.pk]) in listed and "Uptime &lt;b&gt;now&lt;/b&gt;" in listed
    # Back to the key result: the KPI is let go.
    client.post(reverse("data_source", args=[source.pk]), _form(kr, world, feeds="key_result"))
    source.refresh_from_db()
    assert (source.kpi_id, source.key_result_id) == (None, kr.pk)


@pytest.mark.parametrize("feeds", ["kpi", "key_result"])
def test_the_chosen_target_is_required(client_for, world, kr, feeds):
    response = client_for(world.admin).post(NEW, _form(kr, world, feeds=feeds, key_result=""))
    assert response.status_code == 422
    assert "Choose the" in response.content.decode()
    assert not DataSource.objects.exists()


def test_archived_and_other_organisations_kpis_cannot_be_chosen(client_for, world, kr):
    from cairn.kpis.services import kpi_archive

    archived = make_kpi(world, name="Old uptime")
    kpi_archive(kpi=archived, actor=world.admin)
    client = client_for(world.admin)
    assert "Old uptime" not in client.get(NEW).content.decode()
    response = client.post(NEW, _form(kr, world, feeds="kpi", kpi=archived.pk))
    assert response.status_code == 422 and not DataSource.objects.exists()
    # Another organisation's admin cannot pick our KPI either.
    kpi = make_kpi(world)
    outsider = client_for(world.outsider)
    form = _form(kr, world, feeds="kpi", kpi=kpi.pk, owner=world.outsider.pk)
    assert outsider.post(NEW, form).status_code in (403, 422)
    assert not DataSource.objects.exists()


def test_a_kpi_owner_who_cannot_record_values_is_refused(client_for, world, kr):
    kpi = make_kpi(world)
    response = client_for(world.admin).post(
        NEW, _form(kr, world, feeds="kpi", kpi=kpi.pk, owner=world.viewer.pk)
    )
    assert response.status_code == 422
    assert "record values of the KPI" in response.content.decode()
    assert not DataSource.objects.exists()


def test_a_kpi_source_and_its_kpi_name_are_escaped(client_for, world):
    kpi = make_kpi(world, name="<script>alert(4)</script>")
    source = make_kpi_source(world, kpi, name="<script>alert(5)</script>")
    client = client_for(world.admin)
    for url in (LIST, reverse("data_source", args=[source.pk]), reverse("kpi", args=[kpi.pk])):
        page = client.get(url).content.decode()
        assert "<script>alert(" not in page, url
        assert "&lt;script&gt;alert(" in page, url
