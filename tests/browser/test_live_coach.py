"""The live coach in real Chromium: typing a key result fills its fields and shows findings."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from tests.browser.actions import sign_in

from cairn.coach import RULES
from cairn.okrs.models import KeyResult

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_typing_a_key_result_fills_the_fields_and_shows_the_coach(world, page, shoot):
    sign_in(page, "member@acme.test")
    page.goto(f"/objectives/{world.objective.pk}/key-results/new/")
    title = page.get_by_label("Key result", exact=True)
    start, target = page.get_by_label("Start (baseline)"), page.get_by_label("Target")
    unit, coach = page.get_by_label("Unit"), page.locator("#live-coach")

    title.press_sequentially("Cut first-reply time from 18 hours to 4 hours", delay=10)
    expect(start).to_have_value("18")
    expect(target).to_have_value("4")
    expect(unit).to_have_value("hours")
    expect(coach).to_contain_text("nothing to add")

    # A value typed by hand stays; the others keep following the title.
    target.fill("3")
    title.fill("Cut first-reply time from 20 hours to 5 hours")
    expect(start).to_have_value("20")
    expect(coach).to_contain_text("from 20")
    expect(target).to_have_value("3")

    title.fill("Run 4 customer workshops")
    expect(coach).to_contain_text("KR102")
    expect(coach).to_contain_text("belongs as an initiative")
    why = coach.get_by_text(RULES["KR102"].explanation)
    expect(why).to_be_hidden()
    coach.get_by_text("Why?").click()
    expect(why).to_be_visible()
    expect(unit).to_have_value("workshops")
    shoot(page, "20-live-coach")

    title.fill("Cut first-reply time from 18 hours to 4 hours")
    expect(start).to_have_value("18")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(world.objective.title)
    kr = KeyResult.objects.get(objective=world.objective)
    assert (kr.start, kr.target, kr.unit) == (18, 3, "hours")
    expect(page.get_by_role("heading", name="Coach")).to_be_visible()
