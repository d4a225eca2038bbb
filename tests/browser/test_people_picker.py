"""The people picker in real Chromium, by keyboard: kudos take one person or one team."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from tests.browser.actions import sign_in
from tests.browser.test_design import blocking_violations

from cairn.feedback.models import Kudos

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_kudos_choose_a_team_by_keyboard_and_a_later_choice_replaces_it(world, page, shoot):
    sign_in(page, "lead@acme.test")
    page.goto("/kudos/new/")
    page.wait_for_load_state("load")
    box = page.get_by_label("Thank")
    box.press_sequentially(world.team.name[:5])
    option = page.get_by_role("option", name=f"{world.team.name} (team)")
    expect(option).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    while option.get_attribute("aria-selected") != "true":
        box.press("ArrowDown")
    box.press("Enter")
    chips = page.locator(".people-picker .chip")
    expect(chips).to_have_text([f"{world.team.name} ×"])
    assert blocking_violations(page) == []
    shoot(page, "55-kudos-picker")

    box.press_sequentially(world.member.name[:5])
    page.get_by_role("option", name=world.member.name).click()
    expect(chips).to_have_text([f"{world.member.name} ×"])  # one recipient: replaced
    chips.get_by_role("button", name=f"Remove {world.member.name}").click()
    expect(chips).to_have_count(0)

    box.press_sequentially(world.team.name[:5])
    page.get_by_role("option", name=f"{world.team.name} (team)").click()
    page.get_by_label("Message").fill("The fastest replies yet")
    page.get_by_role("button", name="Give kudos").click()
    expect(page.locator(".kudos-list")).to_contain_text("The fastest replies yet")
    assert Kudos.objects.get().team == world.team
