"""Journey in real Chromium: a manager opens a one-on-one, writes notes and an action; the report sees them."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_manager_and_their_report_keep_notes_and_actions(world, page, shoot):
    world.member.manager = world.lead
    world.member.save()
    sign_in(page, world.lead.user.email)

    page.goto("/one-on-ones/")
    page.get_by_role("button", name=f"With {world.member.name}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"One-on-one with {world.member.name}"
    )
    page.get_by_role("textbox", name="Shared notes").fill("Talked about the churn analysis.")
    page.get_by_role("button", name="Save notes").click()
    page.get_by_role("textbox", name="Action item").fill("Share last quarter's churn data")
    page.get_by_label("Who").select_option(label=world.lead.name)
    page.get_by_role("button", name="Add action item").click()
    expect(page.get_by_text("Share last quarter's churn data", exact=True)).to_be_visible()
    shoot(page, "one-on-one")
    assert fits_a_phone(page)

    page.context.clear_cookies()
    sign_in(page, world.member.user.email)
    page.goto("/one-on-ones/")
    page.get_by_role("link", name=world.lead.name).click()
    expect(page.get_by_text("Talked about the churn analysis.")).to_be_visible()
    page.get_by_role("button", name="Done : Share last quarter's churn data").click()
    expect(page.get_by_text("Nothing open.")).to_be_visible()
