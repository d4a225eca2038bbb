"""Time travel in real Chromium: open an objective, pick a past date, see the old values and
the banner, then compare with today; axe finds nothing serious; it fits a phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in
from tests.browser.test_design import blocking_violations
from tests.web.as_of.conftest import backdate, today, yesterday

from cairn.okrs.services import (
    check_in_record,
    key_result_create,
    key_result_update,
    objective_create,
    objective_update,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def history(world):
    """The member's objective three days ago (4 of 10, confidence 7), renamed and moved today."""
    objective_create(actor=world.admin, cycle=world.cycle, title="<script>alert(1)</script>")
    kr = key_result_create(
        actor=world.admin, objective=world.objective, title="Reply fast", start=0, target=10
    )
    check_in_record(key_result=kr, author=world.admin, value=4, confidence=7)
    backdate(3, world.objective)
    objective_update(objective=world.objective, actor=world.admin, title="Renamed today")
    key_result_update(key_result=kr, actor=world.admin, target=20)
    check_in_record(key_result=kr, author=world.admin, value=15, confidence=3)
    return kr


def test_an_objective_as_it_stood_and_compared_with_today(world, history, page, shoot):
    sign_in(page, "member@acme.test")
    page.goto(f"/objectives/{world.objective.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Renamed today")
    page.get_by_text("See how this stood on a past date").click()
    page.get_by_label("As of").fill(yesterday())
    page.get_by_role("button", name="Show", exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Make support feel effortless")
    banner = page.get_by_role("status").filter(has_text="Showing how this stood on")
    expect(banner).to_contain_text("back to today")
    row = page.get_by_role("row").filter(has_text="Reply fast")
    expect(row).to_contain_text("4 / 10")
    expect(row).to_contain_text("7/10")
    expect(page.locator("main").get_by_role("link", name="Check in")).to_have_count(0)

    page.get_by_label("Compare with").fill(today())
    page.get_by_role("button", name="Show", exact=True).click()
    expect(page.get_by_role("row").filter(has_text="Reply fast")).to_contain_text("15 / 20")
    expect(page.get_by_text("+35 pts")).to_be_visible()
    expect(page.get_by_role("heading", name="What changed in between")).to_be_visible()
    assert blocking_violations(page) == []
    shoot(page, "as-of-objective-compare")
    assert fits_a_phone(page)
    shoot(page, "as-of-objective-compare-phone", width=375)

    banner.get_by_role("link", name="back to today").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Renamed today")


def test_the_board_as_of_a_date_with_a_bad_date_first(world, history, page, shoot):
    sign_in(page, "admin@acme.test")
    page.goto(f"/cycles/{world.cycle.pk}/board/")
    expect(page.get_by_label("As of")).to_be_visible()  # the picker in the live header
    shoot(page, "board-live-with-date-picker")
    page.goto(f"/alignment/?cycle={world.cycle.pk}")
    page.get_by_label("As of").fill(yesterday())
    page.get_by_role("button", name="Show", exact=True).click()
    expect(page.get_by_role("link", name="Make support feel effortless")).to_be_visible()
    assert blocking_violations(page) == []
    shoot(page, "as-of-alignment")
    page.goto(f"/cycles/{world.cycle.pk}/board/?as_of=garbage")
    expect(page.locator(".error")).to_contain_text("Enter a date")
    page.get_by_label("As of").fill(yesterday())
    page.get_by_role("button", name="Show", exact=True).click()
    expect(page.get_by_role("link", name="Make support feel effortless")).to_be_visible()
    expect(page.get_by_text("<script>alert(1)</script>")).to_have_count(0)  # created today
    assert blocking_violations(page) == []
    shoot(page, "as-of-board")
