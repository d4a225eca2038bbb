"""Choosing Deutsch in real Chromium: the nav and the weekly check-in in German, axe-clean, and
German's long words still fit a 375 px phone (screenshots for review)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in
from tests.browser.test_design import blocking_violations

from cairn.okrs.services import key_result_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_person_switches_to_german(page, world, shoot):
    key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Erstreaktionszeit von 18 auf 4 Stunden senken",
        start=18,
        target=4,
        unit="Stunden",
    )
    sign_in(page, "member@acme.test")
    page.locator("details.account-menu > summary").click()
    page.get_by_role("link", name="Language").click()
    page.get_by_label("Language").select_option("de")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.get_by_text("Sprache gespeichert.")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "de")
    nav = page.get_by_role("navigation", name="Hauptmenü")
    expect(nav.get_by_role("link", name="Meine Woche")).to_be_visible()
    assert blocking_violations(page) == []
    shoot(page, "language-settings-de", width=375)

    page.goto("/check-in/")
    expect(page.get_by_role("heading", name="Wöchentlicher Check-in")).to_be_visible()
    expect(page.get_by_role("button", name="Alle speichern").first).to_be_visible()
    assert blocking_violations(page) == []
    assert fits_a_phone(page)
    shoot(page, "check-in-de", width=375)
    shoot(page, "check-in-de-1280")
