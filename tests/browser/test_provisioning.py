"""Journey: an admin creates a SCIM token, the identity provider uses it, the person appears."""

from __future__ import annotations

import json
import urllib.request

import pytest
from playwright.sync_api import expect
from tests.browser.test_identity import fits_a_phone, sign_in
from tests.provisioning.conftest import okta_user

pytestmark = pytest.mark.browser


def test_an_admin_connects_an_identity_provider_with_scim(world, page, shoot, live_server):
    sign_in(page, "admin@acme.test")
    page.goto("/settings/scim/")
    page.get_by_label("Name").fill("Okta <production>")
    page.get_by_role("button", name="Create token").click()
    secret = page.get_by_label("New SCIM token").input_value()
    assert secret.startswith("cairn_scim_")
    expect(page.get_by_role("button", name="Revoke Okta <production>")).to_be_visible()
    assert fits_a_phone(page)
    shoot(page, "40-scim-settings")
    shoot(page, "40-scim-settings-375", width=375)

    request = urllib.request.Request(
        f"{live_server.url}/scim/v2/Users",
        data=json.dumps(okta_user("new.hire@acme.test")).encode(),
        headers={"Authorization": f"Bearer {secret}", "Content-Type": "application/scim+json"},
        method="POST",
    )
    with urllib.request.urlopen(request) as response:  # noqa: S310 - the local live server
        assert response.status == 201

    page.goto("/people/")
    expect(page.get_by_role("link", name="Test User", exact=True)).to_be_visible()
    page.goto("/settings/scim/")
    page.get_by_role("button", name="Revoke Okta <production>").click()
    expect(page.get_by_text("revoked", exact=True)).to_be_visible()
