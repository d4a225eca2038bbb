"""What many browser journeys do: sign in with the test password, check a page fits a phone."""

from __future__ import annotations

from playwright.sync_api import expect
from tests.factories import PASSWORD


def sign_in(page, email: str) -> None:
    """Sign in at /sign-in/ with the factories' password and land on My week."""
    page.goto("/sign-in/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url("/")


def fits_a_phone(page) -> bool:
    """Return True when nothing makes the page wider than a 375 px viewport."""
    page.set_viewport_size({"width": 375, "height": 800})
    width = page.evaluate("document.documentElement.scrollWidth")
    page.set_viewport_size({"width": 1280, "height": 900})
    return width <= 375
