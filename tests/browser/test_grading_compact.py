"""The grading page on the demo company was over 11,000 px tall at 1280 px: four open text boxes
per objective. The retrospective boxes now wait behind a disclosure per objective (docs/design.md)."""

from __future__ import annotations

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from tests.browser.actions import sign_in
from tests.browser.test_design import blocking_violations
from tests.factories import PASSWORD

from cairn.okrs.demo.builder import ADMIN_EMAIL, build_demo
from cairn.okrs.models import Cycle, CycleState

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
HEIGHT_LIMIT = 6_000  # px at 1280: the demo's current cycle measured 11,000+ before, see design.md


@pytest.fixture
def demo():
    return build_demo(today=timezone.localdate(), password=PASSWORD)


def test_the_demo_grading_page_is_compact_and_works_with_the_keyboard(demo, page, shoot):
    cycle = (
        Cycle.objects.filter(organisation=demo, state=CycleState.ACTIVE).order_by("-start").first()
    )
    page.set_default_navigation_timeout(60_000)
    sign_in(page, ADMIN_EMAIL)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"/cycles/{cycle.pk}/grading/")
    height = page.evaluate("document.documentElement.scrollHeight")
    print(f"grading page height at 1280 px: {height}")  # noqa: T201 (reported in design.md)
    assert height < HEIGHT_LIMIT, height
    expect(page.locator("details.retro-disclosure[open]")).to_have_count(0)
    assert page.locator("textarea:visible").count() == 0
    shoot(page, "polish-grading-compact")
    # Keyboard only: Tab to the first disclosure, open it with Enter, write, save.
    summary = page.locator("details.retro-disclosure > summary").first
    summary.focus()
    page.keyboard.press("Enter")
    box = page.locator("details.retro-disclosure[open]").first
    worked = box.get_by_label("What worked")
    expect(worked).to_be_visible()
    worked.focus()
    page.keyboard.type("Weekly check-ins kept us honest.")
    box.get_by_role("button", name="Save retrospective").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Weekly check-ins kept us honest.").first).to_be_visible()
    assert blocking_violations(page) == []


def test_the_grading_page_without_scripts_opens_the_boxes(world, chromium, live_server):
    """Without JavaScript a disclosure is still a native <details>: it opens on a click."""
    context = chromium.new_context(
        java_script_enabled=False, base_url=live_server.url, locale="en-US"
    )
    page = context.new_page()
    sign_in(page, world.admin.user.email)
    page.goto(f"/cycles/{world.cycle.pk}/grading/")
    page.get_by_text("Write the retrospective").first.click()
    expect(page.get_by_label("What worked").first).to_be_visible()
    context.close()
