"""Journey in real Chromium: the admin of a new organisation follows the Getting started card."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in
from tests.browser.test_design import blocking_violations
from tests.factories import OrganisationFactory, PersonFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_new_admin_creates_a_cycle_then_reaches_the_paste_box(page, shoot):
    admin = PersonFactory(organisation=OrganisationFactory(name="Fresh Start"), role="admin")
    sign_in(page, admin.user.email)

    guide = page.get_by_role("region", name="Getting started with Fresh Start")
    expect(guide).to_be_visible()
    expect(guide.get_by_role("listitem")).to_have_count(3)
    expect(guide.get_by_role("link", name="Invite people")).to_have_attribute(
        "href", "/invitations/"
    )
    assert blocking_violations(page) == []
    assert fits_a_phone(page)
    shoot(page, "getting-started")

    guide.get_by_role("link", name="Create a cycle").click()
    expect(page).to_have_url("/cycles/")
    page.get_by_label("Quarter").select_option(index=1)  # the first quarter offered
    page.get_by_role("button", name="Create cycle").click()
    expect(page.get_by_role("cell", name="Planning")).to_be_visible()
    page.goto("/")
    expect(guide.get_by_text("Done")).to_be_visible()
    shoot(page, "getting-started-with-a-cycle")
    guide.get_by_role("link", name="Paste OKRs").click()
    expect(page).to_have_url(re.compile(r"/cycles/\d+/paste/$"))
