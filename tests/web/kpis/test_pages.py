"""The KPI screens: lists, a KPI's page, recording values (htmx), editing, per role."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cairn.kpis.models import Kpi, KpiValue
from cairn.kpis.services import kpi_value_record
from cairn.sources import services
from cairn.sources.models import DataSource
from tests.factories import TeamFactory
from tests.web.kpis.conftest import make_kpi

HTMX = {"HX-Request": "true"}


def test_the_list_shows_status_value_sparkline_and_last_update(world, client_for, kpi):
    for days, value in ((14, 99.9), (7, 99.7), (0, 98.2)):
        at = timezone.now() - timedelta(days=days)
        kpi_value_record(kpi=kpi, value=value, recorded_at=at, actor=world.admin)
    page = client_for(world.viewer).get("/kpis/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Uptime" in html and "98.2 %" in html
    assert "badge--off" in html and ">Unhealthy<" in html
    assert 'class="sparkline' in html and "Last 3 values, from 99.9 % to 98.2 %" in html
    assert "<time" in html


def test_the_team_list_holds_only_its_kpis(world, client_for, kpi):
    other = TeamFactory(organisation=world.organisation, name="Sales", slug="sales")
    make_kpi(world, name="Pipeline", team=other)
    html = client_for(world.member).get(f"/teams/{world.team.pk}/kpis/").content.decode()
    assert "Uptime" in html and "Pipeline" not in html


def test_another_organisations_kpi_and_team_are_404(world, client_for, kpi):
    outsider = client_for(world.outsider)
    assert outsider.get(f"/kpis/{kpi.pk}/").status_code == 404
    assert outsider.get(f"/teams/{world.team.pk}/kpis/").status_code == 404
    assert outsider.get(f"/kpis/{kpi.pk}/edit/").status_code == 404
    assert outsider.post(f"/kpis/{kpi.pk}/values/", {"value": "1"}).status_code == 404
    assert "Uptime" not in outsider.get("/kpis/").content.decode()
    assert not KpiValue.objects.exists()


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/kpis/", "team"])
def test_list_query_count_stays_put(world, client_for, kpi, url):
    url = f"/teams/{world.team.pk}/kpis/" if url == "team" else url
    client = client_for(world.member)
    kpi_value_record(kpi=kpi, value=99.9, actor=world.admin)
    before = _queries(client, url)
    for n in range(6):
        more = make_kpi(world, name=f"KPI {n}", owner=world.lead)
        for step in range(3):
            at = timezone.now() - timedelta(days=step)
            kpi_value_record(kpi=more, value=99 + step, recorded_at=at, actor=world.admin)
    assert _queries(client, url) == before


def test_the_team_page_shows_a_kpi_card_at_a_constant_query_count(world, client_for, kpi):
    client = client_for(world.member)
    url = f"/teams/{world.team.pk}/"
    kpi_value_record(kpi=kpi, value=99.9, actor=world.admin)
    before = _queries(client, url)
    for n in range(7):
        more = make_kpi(world, name=f"KPI {n}")
        kpi_value_record(kpi=more, value=90, actor=world.admin)
    assert _queries(client, url) == before
    html = client.get(url).content.decode()
    assert 'id="team-kpis-heading"' in html and "See all the team's KPIs (8)" in html
    assert html.count('class="sparkline') == 0  # one value each: no line yet
    assert html.count(">Unhealthy<") == 5  # the worst five


def test_the_kpi_page_query_count_stays_put(world, client_for, kpi):
    client = client_for(world.member)
    kpi_value_record(kpi=kpi, value=99.9, actor=world.admin)
    _feeding_source(world, kpi, "Probe 0")
    before = _queries(client, f"/kpis/{kpi.pk}/")
    for days in range(1, 30):
        at = timezone.now() - timedelta(days=days)
        kpi_value_record(kpi=kpi, value=99 + days / 100, recorded_at=at, actor=world.lead)
    for n in range(1, 4):
        _feeding_source(world, kpi, f"Probe {n}")
    html = client.get(f"/kpis/{kpi.pk}/").content.decode()
    assert html.count("Fed by data source") == 4
    assert _queries(client, f"/kpis/{kpi.pk}/") == before


def _feeding_source(world, kpi, name):
    return DataSource.objects.create(
        organisation=world.organisation, name=name, kind="push", kpi=kpi, owner=world.member
    )


def test_the_kpi_page_says_which_data_source_feeds_it(world, client_for, kpi):
    source = _feeding_source(world, kpi, "<script>alert(1)</script>")
    services.source_push(source=source, value=99.7)
    for persona, linked in (("admin", True), ("member", False), ("viewer", False)):
        html = client_for(getattr(world, persona)).get(f"/kpis/{kpi.pk}/").content.decode()
        assert "Fed by data source" in html and "last reading 99.7" in html
        assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
        assert (f'href="/settings/data-sources/{source.pk}/"' in html) is linked


def test_titles_are_escaped(world, client_for):
    evil = make_kpi(world, name="<script>alert(1)</script>", unit="<b>u</b>")
    kpi_value_record(kpi=evil, value=99.9, actor=world.admin, note="<img src=x onerror=1>")
    kpi_value_record(kpi=evil, value=99.8, actor=world.admin)
    for url in ("/kpis/", f"/kpis/{evil.pk}/", f"/teams/{world.team.pk}/"):
        html = client_for(world.member).get(url).content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "<b>u</b>" not in html and "<img src=x" not in html


def test_the_page_draws_the_chart_with_zones_and_history(world, client_for, kpi):
    for days, value in ((3, 99.7), (2, 99.2), (1, 97.0)):
        at = timezone.now() - timedelta(days=days)
        kpi_value_record(kpi=kpi, value=value, recorded_at=at, actor=world.admin, note="n")
    html = client_for(world.viewer).get(f"/kpis/{kpi.pk}/").content.decode()
    assert "kpi-zone--healthy" in html and "kpi-zone--warning" in html
    assert "Healthy from 99.5 %" in html and "Warning from 99 %" in html
    assert html.count("<tr>") >= 4  # header and three values
    assert "Record a value" not in html  # the viewer cannot record


@pytest.mark.parametrize(
    ("persona", "status", "recorded"),
    [("admin", 200, 1), ("member", 200, 1), ("lead", 200, 1), ("viewer", 403, 0)],
)
def test_who_records_a_value(world, client_for, kpi, persona, status, recorded):
    response = client_for(getattr(world, persona)).post(
        f"/kpis/{kpi.pk}/values/", {"value": "98"}, headers=HTMX
    )
    assert response.status_code == status
    assert KpiValue.objects.filter(kpi=kpi).count() == recorded
    if recorded:
        assert 'id="kpi-live"' in response.content.decode()
        assert ">Unhealthy<" in response.content.decode()


def test_a_member_who_is_not_the_owner_cannot_record(world, client_for):
    kpi = make_kpi(world, owner=world.lead)
    response = client_for(world.member).post(f"/kpis/{kpi.pk}/values/", {"value": "98"})
    assert response.status_code == 403
    assert not KpiValue.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"value": "lots"}, "Enter a number."),
        ({"value": ""}, "This field is required."),
        ({"value": "5", "recorded_on": "2999-01-01"}, "cannot be recorded in the future"),
        ({"value": "5", "recorded_on": "yesterday"}, "Enter a valid date."),
    ],
)
def test_bad_values_are_refused_with_a_message(world, client_for, kpi, data, message):
    response = client_for(world.member).post(f"/kpis/{kpi.pk}/values/", data, headers=HTMX)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not KpiValue.objects.exists()


def test_a_plain_post_redirects_to_the_page(world, client_for, kpi):
    response = client_for(world.member).post(
        f"/kpis/{kpi.pk}/values/", {"value": "99.9", "recorded_on": "2026-01-05"}
    )
    assert response.status_code == 302 and response["Location"] == f"/kpis/{kpi.pk}/"
    value = KpiValue.objects.get()
    assert value.source == "web" and value.author == world.member
    assert timezone.localtime(value.recorded_at).date().isoformat() == "2026-01-05"


def test_creating_a_kpi(world, client_for):
    data = {
        "name": "First-reply time",
        "team": world.team.pk,
        "owner": world.lead.pk,
        "unit": "hours",
        "direction": "lower",
        "threshold_kind": "below",
        "healthy_high": "4",
        "warning_high": "8",
        "frequency": "weekly",
    }
    response = client_for(world.lead).post("/kpis/new/", data)
    kpi = Kpi.objects.get(name="First-reply time")
    assert response.status_code == 302 and response["Location"] == f"/kpis/{kpi.pk}/"
    assert kpi.healthy_high == 4 and kpi.warning_high == 8 and kpi.healthy_low is None


@pytest.mark.parametrize(
    ("changes", "field_message"),
    [
        ({"healthy_low": ""}, "This bound is required"),
        ({"warning_low": "100"}, "at or below healthy"),
        ({"direction": "lower"}, "higher is better"),
        ({"name": ""}, "This field is required."),
    ],
)
def test_a_bad_kpi_form_says_why(world, client_for, changes, field_message):
    data = {
        "name": "Uptime",
        "owner": world.member.pk,
        "direction": "higher",
        "threshold_kind": "above",
        "healthy_low": "99.5",
        "warning_low": "99",
        "frequency": "weekly",
        **changes,
    }
    response = client_for(world.admin).post("/kpis/new/", data)
    assert response.status_code == 400
    assert field_message in response.content.decode()
    assert not Kpi.objects.exists()


@pytest.mark.parametrize(
    ("persona", "status"), [("admin", 302), ("lead", 302), ("member", 302), ("viewer", 403)]
)
def test_who_edits(world, client_for, kpi, persona, status):
    client = client_for(getattr(world, persona))
    data = {
        "name": "Uptime (API)",
        "owner": world.member.pk,
        "team": world.team.pk,
        "direction": "higher",
        "threshold_kind": "above",
        "healthy_low": "99.9",
        "frequency": "daily",
    }
    assert client.post(f"/kpis/{kpi.pk}/edit/", data).status_code == status
    kpi.refresh_from_db()
    assert (kpi.name == "Uptime (API)") == (status == 302)


def test_a_member_of_another_team_cannot_edit(world, client_for):
    other = TeamFactory(organisation=world.organisation, name="Sales", slug="sales")
    kpi = make_kpi(world, team=other, owner=world.lead)
    assert client_for(world.member).get(f"/kpis/{kpi.pk}/edit/").status_code == 403


def test_archiving_hides_the_kpi_and_stops_values(world, client_for, kpi):
    client = client_for(world.member)
    assert client.post(f"/kpis/{kpi.pk}/archive/").status_code == 302
    assert "Uptime" not in client.get("/kpis/").content.decode()
    assert "Uptime" in client.get("/kpis/?archived=1").content.decode()
    response = client.post(f"/kpis/{kpi.pk}/values/", {"value": "99"}, headers=HTMX)
    assert response.status_code == 400 and not KpiValue.objects.exists()
    assert client.post(f"/kpis/{kpi.pk}/archive/", {"restore": "1"}).status_code == 302
    kpi.refresh_from_db()
    assert not kpi.archived
    assert client_for(world.viewer).post(f"/kpis/{kpi.pk}/archive/").status_code == 403


def test_a_kpi_past_its_check_frequency_is_marked_stale(world, client_for, kpi):
    at = timezone.now() - timedelta(days=8)
    kpi_value_record(kpi=kpi, value=99.9, recorded_at=at, actor=world.admin)
    html = client_for(world.member).get("/kpis/").content.decode()
    assert ">Healthy<" in html and ">Stale<" in html
    kpi_value_record(kpi=kpi, value=99.9, actor=world.admin)
    assert ">Stale<" not in client_for(world.member).get("/kpis/").content.decode()


def test_a_flat_history_draws_a_level_sparkline(world, kpi):
    from cairn.kpis.selectors import kpis_of, with_recent_values
    from cairn.web.kpi_charts import sparkline

    for days in (3, 2, 1):
        at = timezone.now() - timedelta(days=days)
        kpi_value_record(kpi=kpi, value=99.9, recorded_at=at, actor=world.admin)
    fetched = with_recent_values(kpis_of(world.member)).get()
    line = sparkline(fetched, fetched.recent_values)
    assert {point.split(",")[1] for point in line.points.split()} == {"16.0"}
    assert line.label == "Last 3 values, from 99.9 % to 99.9 %"
