"""Journey in real Chromium: an admin connects GitHub, a signed webhook closes a story, the page shows it."""

from __future__ import annotations

import json
import urllib.request

import pytest
from playwright.sync_api import expect
from tests.browser.test_content_security_policy import REPORT_VIOLATIONS
from tests.browser.test_identity import fits_a_phone, sign_in
from tests.trackers.conftest import payload

from cairn.execution.models import WorkItem
from cairn.execution.services import work_item_create
from cairn.okrs.models import Initiative
from cairn.okrs.services import initiative_create, key_result_create
from cairn.trackers.signatures import sign

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _post(url: str, secret: str, body: dict) -> dict:
    """Send a delivery over real HTTP the way GitHub does; return the JSON answer."""
    raw = json.dumps(body).encode()
    request = urllib.request.Request(
        url,
        data=raw,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "X-GitHub-Event": "issues",
            "X-GitHub-Delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958",
            "X-Hub-Signature-256": sign(secret, raw),
        },
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (the live server)
        return json.loads(response.read())


@pytest.fixture
def problems(page) -> list[str]:
    """Return the list the page's policy violations, console messages and errors go to."""
    found: list[str] = []
    page.expose_function("reportViolation", lambda text: found.append(f"CSP: {text}"))
    page.add_init_script(REPORT_VIOLATIONS)
    page.on("console", lambda message: found.append(f"console {message.type}: {message.text}"))
    page.on("pageerror", lambda error: found.append(f"page error: {error}"))
    return found


def test_an_admin_connects_github_and_a_signed_webhook_closes_a_story(
    world, page, problems, shoot, settings, live_server
):
    settings.SITE_URL = live_server.url
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="Checkout", start=70, target=85
    )
    initiative = initiative_create(
        actor=world.member, key_results=[kr], title="Checkout redesign", progress_source="work"
    )
    for key, title in (("octo-org/shop#42", "One-page checkout"), ("octo-org/shop#43", "Basket")):
        work_item_create(
            actor=world.member,
            title=title,
            kind="story",
            initiative=initiative,
            external_source="github",
            external_key=key,
        )

    sign_in(page, "admin@acme.test")
    page.locator(".account-menu summary").click()
    page.get_by_role("link", name="Tracker connections").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tracker connections")
    page.get_by_label("Tracker").select_option(label="GitHub")
    page.get_by_label("Name").fill("octo-org/shop")
    page.get_by_label("New items go under the initiative").select_option(label="Checkout redesign")
    page.get_by_role("button", name="Create connection").click()
    url = page.get_by_label("Payload URL").input_value()
    secret = page.get_by_label("Secret").input_value()
    assert url.startswith(f"{live_server.url}/hooks/github/") and len(secret) >= 40
    assert fits_a_phone(page)
    shoot(page, "60-trackers-created")
    shoot(page, "60-trackers-created-375", width=375)

    answer = _post(url, secret, payload("github_issues_closed"))

    assert answer["outcome"] == "applied"
    assert WorkItem.objects.get(external_key="octo-org/shop#42").status == "done"
    assert Initiative.objects.get(pk=initiative.pk).percent_complete == 50
    page.goto("/settings/trackers/")
    card = page.locator(".tracker").first
    expect(card).to_contain_text("1 applied · 0 failed")
    expect(card.locator(".tracker__last-sync")).not_to_have_text("never")
    expect(page.get_by_label("Secret")).to_have_count(0)  # shown once only
    assert fits_a_phone(page)
    shoot(page, "61-trackers-synced")
    shoot(page, "61-trackers-synced-375", width=375)

    card.get_by_role("link", name="Events").click()
    expect(page.locator(".tracker-events")).to_contain_text("issues.closed")
    expect(page.locator(".tracker-events")).to_contain_text("One-page checkout")
    assert fits_a_phone(page)
    shoot(page, "62-tracker-events")
    shoot(page, "62-tracker-events-375", width=375)
    assert problems == []  # no Content-Security-Policy violation, no console error
