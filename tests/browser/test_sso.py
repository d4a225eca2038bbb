"""Journey: an admin sets up single sign-on; a new colleague signs in through the identity
provider and lands in the default team."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from tests.browser.test_identity import fits_a_phone, sign_in
from tests.sso.idp import TestIdentityProvider

from cairn.organisations.models import Person, TeamMembership

pytestmark = pytest.mark.browser


@pytest.fixture
def idp(settings):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    provider = TestIdentityProvider().start()
    yield provider
    provider.stop()


def test_an_admin_sets_up_sso_and_a_colleague_signs_in(world, page, shoot, idp):
    sign_in(page, "admin@acme.test")
    page.goto("/settings/sso/")
    page.get_by_label("Issuer (server) URL").fill(idp.url)
    page.get_by_label("Client ID").fill(idp.client_id)
    page.get_by_label("Client secret").fill(idp.client_secret)
    page.get_by_label("Allowed email domains").fill("acme.test")
    page.get_by_label("Team of new people").select_option(label="Support")
    page.get_by_role("button", name="Save single sign-on").click()
    expect(page.get_by_text("Single sign-on settings saved.")).to_be_visible()
    assert fits_a_phone(page)
    shoot(page, "41-sso-settings")
    shoot(page, "41-sso-settings-375", width=375)

    page.context.clear_cookies()
    page.goto("/sign-in/")
    page.get_by_role("link", name="Sign in with SSO").click()
    page.get_by_label("Work email or organisation").fill("robin@acme.test")
    assert fits_a_phone(page)
    shoot(page, "42-sso-sign-in")
    shoot(page, "42-sso-sign-in-375", width=375)
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", name="Test identity provider")).to_be_visible()
    page.get_by_label("Email").fill("robin@acme.test")
    page.get_by_label("First name").fill("Robin")
    page.get_by_role("button", name="Sign in to Test IdP").click()

    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert page.url.endswith("/")
    person = Person.objects.get(user__email="robin@acme.test")
    assert TeamMembership.objects.filter(person=person, team=world.team).exists()
    shoot(page, "43-sso-signed-in")
