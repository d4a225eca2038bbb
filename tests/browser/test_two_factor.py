"""Journey: sign in, set up an authenticator app from the page's key, sign out, sign in with a code."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect
from tests.accounts.two_factor_helpers import totp_code
from tests.browser.actions import fits_a_phone
from tests.factories import PASSWORD

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def totp_drift(settings):
    settings.MFA_TOTP_TOLERANCE = 1


@pytest.fixture(autouse=True)
def patient(page):
    """Wait longer than the default: a loaded CI machine serves the first pages slowly."""
    page.set_default_timeout(30_000)


def both_widths(page, shoot, name: str) -> None:
    assert fits_a_phone(page), name
    shoot(page, name)
    shoot(page, f"{name}-375", width=375)


def sign_in_with_password(page, email: str) -> None:
    page.goto("/sign-in/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_a_person_turns_on_two_factor_and_signs_in_with_a_code(world, page, shoot):
    world.organisation.two_factor_required = "everyone"
    world.organisation.save()
    sign_in_with_password(page, "member@acme.test")
    expect(page).to_have_url("/settings/two-factor/")  # held here until it is set up
    expect(page.get_by_role("alert")).to_contain_text("requires two-factor sign-in for you")
    both_widths(page, shoot, "40-two-factor")

    page.get_by_role("link", name="Set up an authenticator app").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm it is you")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up an authenticator app")
    qr = page.get_by_role("img", name="QR code for your authenticator app")
    expect(qr).to_be_visible()
    assert page.evaluate("document.querySelector('.two-factor__qr').naturalWidth") > 0
    both_widths(page, shoot, "41-two-factor-app")
    secret = page.locator("#totp-secret").inner_text().strip()
    page.get_by_label("Code").fill(totp_code(secret))
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Recovery codes")
    expect(page.locator(".recovery-codes li")).to_have_count(10)
    both_widths(page, shoot, "42-recovery-codes")
    assert Authenticator.objects.filter(user=world.member.user, type="totp").exists()

    page.goto("/")
    expect(page.get_by_role("heading", level=1)).not_to_have_text("Two-factor sign-in")
    page.locator("details.account-menu summary").click()
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url("/sign-in/")

    sign_in_with_password(page, "member@acme.test")
    expect(page).to_have_url("/sign-in/two-factor/")
    expect(page.get_by_role("heading", level=1)).to_have_text("One more step")
    both_widths(page, shoot, "43-sign-in-code")
    page.get_by_label("Code").fill("000000")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("Incorrect code")).to_be_visible()
    page.get_by_label("Code").fill(totp_code(secret, 1))
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url("/")


def test_an_admin_sees_and_sets_the_organisations_rules(world, page, shoot):
    sign_in_with_password(page, "admin@acme.test")
    expect(page).to_have_url("/")
    page.goto("/settings/two-factor/organisation/")
    both_widths(page, shoot, "44-two-factor-rules")
    page.get_by_label("Admins").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_contain_text("rules saved")
    expect(page).to_have_url("/settings/two-factor/")  # admins must now set it up, this one too
    page.goto("/check-in/")
    expect(page).to_have_url("/settings/two-factor/")  # an admin without it is held back too


def test_a_security_key_is_added_and_used_under_the_csp(world, page, shoot, settings):
    """Chromium's virtual authenticator stands in for a hardware key (DevTools' WebAuthn)."""
    settings.MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True  # the live server is plain http://localhost
    devtools = page.context.new_cdp_session(page)
    devtools.send("WebAuthn.enable")
    options = {"protocol": "ctap2", "transport": "usb", "hasResidentKey": False}
    options |= {"hasUserVerification": True, "isUserVerified": True}
    devtools.send("WebAuthn.addVirtualAuthenticator", {"options": options})
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))

    sign_in_with_password(page, "member@acme.test")
    page.goto("/settings/two-factor/security-keys/add/")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a security key")
    both_widths(page, shoot, "45-security-key")
    page.get_by_label("Name").fill("Desk key")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Recovery codes")
    assert Authenticator.objects.get(user=world.member.user, type="webauthn").wrap().name == (
        "Desk key"
    )

    page.goto("/")
    page.locator("details.account-menu summary").click()
    page.get_by_role("button", name="Sign out").click()
    sign_in_with_password(page, "member@acme.test")
    expect(page).to_have_url("/sign-in/two-factor/")
    page.get_by_role("button", name="Use a security key").click()
    expect(page).to_have_url("/")
    assert not [e for e in errors if "Content Security Policy" in e], errors
