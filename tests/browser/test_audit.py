"""Journeys through the audit log and personal data: an admin reads and filters the log, a
member downloads their data, an admin erases someone."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in

from cairn import audit
from cairn.audit.models import AuditEvent

pytestmark = pytest.mark.browser


def test_an_admin_reads_filters_and_sets_the_retention_of_the_audit_log(world, page, shoot):
    audit.record(
        action=audit.Action.WEBHOOK_CREATED,
        actor=world.lead,
        object_type="webhook",
        object_label="https://<script>hooks.example.com",
        details={"events": ["objective.created"]},
    )
    sign_in(page, "member@acme.test")  # a failed attempt would be recorded too
    page.context.clear_cookies()
    sign_in(page, "admin@acme.test")
    page.locator("summary", has_text=world.admin.name).click()
    page.get_by_role("link", name="Audit log").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Audit log")
    expect(page.locator("main")).to_contain_text("https://<script>hooks.example.com")
    expect(page.locator("tbody")).to_contain_text("Signed in")
    assert fits_a_phone(page)
    shoot(page, "40-audit-log")
    shoot(page, "40-audit-log-375", width=375)

    page.get_by_label("Action").select_option(label="Webhook created")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("tbody tr")).to_have_count(1)
    expect(page.locator("tbody")).not_to_contain_text("Signed in")

    page.get_by_label("Keep audit events for (days)").fill("20")
    page.get_by_role("button", name="Save retention").click()
    expect(page.locator("main")).to_contain_text("30")
    page.get_by_label("Keep audit events for (days)").fill("90")
    page.get_by_role("button", name="Save retention").click()
    expect(page.get_by_text("Audit events are kept for 90 days.")).to_be_visible()


def test_a_member_downloads_their_data_and_an_admin_erases_someone(world, page, shoot):
    sign_in(page, "member@acme.test")
    page.locator("summary", has_text=world.member.name).click()
    page.get_by_role("link", name="Your data").click()
    assert fits_a_phone(page)
    shoot(page, "41-your-data")
    shoot(page, "41-your-data-375", width=375)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download my data (JSON)").click()
    data = json.loads(open(download.value.path(), encoding="utf-8").read())  # noqa: SIM115
    assert data["account"]["email"] == "member@acme.test"

    page.context.clear_cookies()
    sign_in(page, "admin@acme.test")
    page.goto(f"/people/{world.member.pk}/")
    page.get_by_text("More actions").click()  # erasing is in the person page's menu
    page.get_by_role("link", name="Erase…").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Erase")
    assert fits_a_phone(page)
    shoot(page, "42-erase")
    shoot(page, "42-erase-375", width=375)
    page.get_by_label("I understand this cannot be undone.").check()
    page.get_by_role("button", name=f"Erase {world.member.name}").click()
    expect(page.get_by_text("Erased: they are now Former member")).to_be_visible()
    user = get_user_model().objects.get(pk=world.member.user_id)
    assert user.email.endswith("@erased.invalid")
    assert AuditEvent.objects.filter(action=audit.Action.PERSON_ERASED).count() == 1
    page.goto(f"/cycles/{world.cycle.pk}/board/")
    expect(page.locator("main")).to_contain_text(world.objective.title)
