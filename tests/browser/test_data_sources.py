"""Journey in real Chromium: an admin feeds a key result from a JSON URL, tests it, runs it, and
sees the key result move."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in
from tests.browser.test_design import blocking_violations
from tests.kpis.conftest import make_kpi
from tests.lib.local_http import LocalServer

from cairn.kpis.models import KpiValue
from cairn.okrs.models import CheckIn, CheckInSource, KeyResult

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def stats_server():
    server = LocalServer()
    server.routes["/stats"] = (
        200,
        {"Content-Type": "application/json"},
        json.dumps({"support": {"first_reply_hours": 9.5}}).encode(),
    )
    yield server
    server.close()


def test_an_admin_feeds_a_key_result_from_a_json_url(
    world, kr, page, shoot, settings, stats_server
):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    sign_in(page, "admin@acme.test")
    page.locator(".account-menu summary").click()
    page.get_by_role("link", name="Data sources").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Data sources")
    page.get_by_role("link", name="New data source").click()

    page.get_by_label("Name", exact=True).fill("Helpdesk stats")
    page.get_by_label("Kind").select_option(label="SQL query")
    expect(page.get_by_label("Database URL")).to_be_visible()  # htmx swapped the kind's fields
    expect(page.get_by_label("JSONPath")).to_have_count(0)
    page.get_by_label("Kind").select_option(label="HTTP JSON")
    page.get_by_label("URL", exact=True).fill(stats_server.url("/stats"))
    page.get_by_label("JSONPath").fill("$.support.first_reply_hours")
    page.get_by_label("Auth header name").fill("X-Api-Key")
    page.get_by_label("Auth header value (secret)").fill("journey-secret")
    page.get_by_label("Key result", exact=True).select_option(
        label=f"{world.objective.title} → {kr.title}"
    )
    page.get_by_label("Owner").select_option(label=world.member.name)
    page.get_by_role("button", name="Save data source").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Helpdesk stats")
    expect(page.locator(".data-source-facts")).to_contain_text("Not read yet")
    expect(page.get_by_label("Auth header value (secret)")).to_have_value("")  # never shown back
    page.get_by_role("button", name="Test now").click()
    expect(page.locator("#test-result")).to_contain_text("The source gives 9.5")
    assert not CheckIn.objects.exists()  # a test records nothing
    assert stats_server.requests[-1]["headers"]["X-Api-Key"] == "journey-secret"
    assert blocking_violations(page) == []
    assert fits_a_phone(page)
    shoot(page, "70-data-source-tested")
    shoot(page, "70-data-source-tested-375", width=375)

    page.get_by_role("button", name="Run now").click()
    expect(page.locator(".data-source-runs")).to_contain_text("Recorded")
    expect(page.locator(".data-source-facts")).to_contain_text("OK")
    check_in = CheckIn.objects.get()
    assert (check_in.value, check_in.source) == (9.5, CheckInSource.DATA)
    assert KeyResult.objects.get(pk=kr.pk).current == 9.5

    page.locator(".data-source-facts").get_by_role("link", name=kr.title).click()
    card = page.locator(f"#kr-{kr.pk}")
    expect(card).to_contain_text("Fed by data source Helpdesk stats, last reading 9.5")
    expect(card).to_contain_text("now 9.5")
    assert blocking_violations(page) == []
    shoot(page, "71-key-result-fed-by-data")

    page.goto("/settings/data-sources/")
    expect(page.locator(".data-sources")).to_contain_text("Helpdesk stats")
    expect(page.locator(".data-sources")).to_contain_text("9.5")
    assert blocking_violations(page) == []
    assert fits_a_phone(page)
    shoot(page, "72-data-sources-list")
    shoot(page, "72-data-sources-list-375", width=375)


def test_an_admin_feeds_a_kpi_from_a_json_url(world, page, shoot, settings, stats_server):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    kpi = make_kpi(world, name="First reply hours", unit="h", direction="lower",
                   threshold_kind="below", healthy_low=None, warning_low=None,
                   healthy_high=8, warning_high=12)  # fmt: skip
    sign_in(page, "admin@acme.test")
    page.goto("/settings/data-sources/new/")
    page.get_by_label("Name", exact=True).fill("Helpdesk hours")
    page.get_by_label("URL", exact=True).fill(stats_server.url("/stats"))
    page.get_by_label("JSONPath").fill("$.support.first_reply_hours")
    expect(page.get_by_label("Key result", exact=True)).to_be_visible()
    expect(page.get_by_label("KPI", exact=True)).to_be_hidden()
    page.get_by_label("A KPI").check()  # the KPI select replaces the key result's
    expect(page.get_by_label("Key result", exact=True)).to_be_hidden()
    page.get_by_label("KPI", exact=True).select_option(label="First reply hours")
    page.get_by_label("Owner").select_option(label=world.member.name)
    page.get_by_role("button", name="Save data source").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Helpdesk hours")
    expect(page.locator(".data-source-facts")).to_contain_text("First reply hours (KPI)")
    expect(page.get_by_label("A KPI")).to_be_checked()
    page.get_by_role("button", name="Run now").click()
    expect(page.locator(".data-source-runs")).to_contain_text("Recorded")
    value = KpiValue.objects.get()
    assert (value.kpi_id, value.value, value.source) == (kpi.pk, 9.5, "data")
    assert blocking_violations(page) == []
    assert fits_a_phone(page)
    shoot(page, "73-data-source-feeds-kpi")

    page.locator(".data-source-facts").get_by_role("link", name="First reply hours").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("First reply hours")
    expect(page.locator(".kpi-source")).to_contain_text(
        "Fed by data source Helpdesk hours, last reading 9.5"
    )
    assert blocking_violations(page) == []
    shoot(page, "74-kpi-fed-by-data")
