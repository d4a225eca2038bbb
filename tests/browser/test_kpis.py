"""Journey in real Chromium: a team lead creates a KPI, records values (htmx), sees its status
and sparkline in the list and the zoned chart on its page; axe finds nothing serious; a phone fits."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in
from tests.browser.test_design import blocking_violations

from cairn.kpis.models import Kpi, KpiValue
from cairn.kpis.services import kpi_value_record

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_create_a_kpi_record_values_and_see_its_health(world, page, shoot):
    sign_in(page, "lead@acme.test")
    page.goto(f"/teams/{world.team.pk}/")
    expect(page.locator("#team-kpis-heading")).to_have_text("KPIs")
    page.get_by_role("link", name="Team KPIs").click()
    page.get_by_role("link", name="New KPI").first.click()

    page.get_by_label("Name").fill("First-reply time")
    page.get_by_label("Unit").fill("hours")
    page.get_by_label("Direction").select_option("lower")
    page.get_by_label("Thresholds").select_option("below")
    page.get_by_label("Healthy up to").fill("4")
    page.get_by_label("Warning up to").fill("8")
    expect(page.get_by_label("Team")).to_have_value(str(world.team.pk))
    page.get_by_role("button", name="Save").click()
    expect(page.locator("h1")).to_contain_text("First-reply time")
    expect(page.locator("#kpi-live")).to_contain_text("No data")
    kpi = Kpi.objects.get(name="First-reply time")

    # Earlier weeks arrive by the service (as an upload or the API would); today's by hand.
    for weeks, value in ((3, 3.5), (2, 4.5), (1, 6)):
        at = timezone.now() - timedelta(weeks=weeks)
        kpi_value_record(kpi=kpi, value=value, recorded_at=at, actor=world.lead)
    page.reload()
    page.get_by_role("textbox", name="Value (hours)").fill("9.5")
    page.get_by_label("Note").fill("Holiday backlog")
    page.get_by_role("button", name="Record").click()
    live = page.locator("#kpi-live")
    expect(live).to_contain_text("Value recorded.")
    expect(live.locator(".badge--off")).to_have_text("Unhealthy")
    expect(live).to_contain_text("9.5 hours")
    assert KpiValue.objects.filter(kpi=kpi, note="Holiday backlog", source="web").exists()
    expect(page.get_by_role("textbox", name="Value (hours)")).to_have_value(
        ""
    )  # the form is fresh for the next one

    page.reload()
    expect(page.locator(".kpi-zone--healthy")).to_have_count(1)
    expect(page.locator(".kpi-zone--warning")).to_have_count(1)
    expect(page.locator("#kpi-chart-caption")).to_contain_text("Healthy up to 4 hours")
    assert blocking_violations(page) == []
    shoot(page, "70-kpi-page")
    assert fits_a_phone(page)
    shoot(page, "70-kpi-page-phone", width=375)

    page.get_by_role("link", name="KPIs").first.click()
    row = page.locator("tr", has_text="First-reply time")
    expect(row.locator(".badge--off")).to_have_text("Unhealthy")
    expect(row.locator("svg.sparkline")).to_have_attribute(
        "aria-label", re.compile("Last 4 values, from 3.5 hours to 9.5 hours")
    )
    assert blocking_violations(page) == []
    shoot(page, "71-kpi-list")
    assert fits_a_phone(page)

    page.goto(f"/teams/{world.team.pk}/")
    expect(page.locator(".kpi-card")).to_contain_text("First-reply time")
    shoot(page, "72-team-kpi-card")
