"""The weekly check-in in real Chromium: five key results with the keyboard only (keystrokes
counted for docs/design.md), "Save all", an implausible value confirmed, long titles at 375 px."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in
from tests.factories import ObjectiveFactory

from cairn.okrs.models import CheckIn
from cairn.okrs.services import check_in_record, key_result_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Title, start, target, unit, the value typed (or "" for "No change"), confidence, note.
FIVE = [
    ("Cut first reply from 18 to 4 hours", 18, 4, "hours", "9", 7, "Two agents hired"),
    ("Grow weekly active teams from 40 to 90", 40, 90, "teams", "58", 6, ""),
    ("Raise CSAT from 80 to 95", 80, 95, "%", "86", 8, "Survey in"),
    ("Publish 30 help articles", 0, 30, "articles", "14", 5, "Half\nway"),
    ("Keep churn below 3", 5, 3, "%", "", 6, ""),  # no change this week
]


@pytest.fixture
def five_due(world):
    """Return five key results of the member, each checked in on eight days ago (so all due)."""
    objective = ObjectiveFactory(
        cycle=world.cycle, owner=world.member, team=world.team, title="Support that delights"
    )
    eight_days_ago = timezone.now() - dt.timedelta(days=8)
    krs = []
    for title, start, target, unit, *_rest in FIVE:
        kr = key_result_create(
            actor=world.member,
            objective=objective,
            title=title,
            start=start,
            target=target,
            unit=unit,
        )
        check_in_record(
            key_result=kr, author=world.member, value=start, confidence=6, at=eight_days_ago
        )
        krs.append(kr)
    return krs


class Counter:
    """Presses keys on the page and counts them (a typed character is one keystroke)."""

    def __init__(self, page) -> None:
        self.page, self.keys, self.typed = page, 0, 0

    def press(self, key: str, times: int = 1) -> None:
        for _ in range(times):
            self.page.keyboard.press(key)
            self.keys += 1

    def type(self, text: str) -> None:
        for line_number, line in enumerate(text.split("\n")):
            if line_number:
                self.press("Shift+Enter")  # a new line in the note, not a save
            self.page.keyboard.type(line)
            self.keys += len(line)
            self.typed += len(line)


def focused(page) -> str:
    return page.evaluate("document.activeElement && (document.activeElement.name || '')")


def test_five_key_results_with_the_keyboard_only(world, page, shoot, five_due):
    sign_in(page, "member@acme.test")
    page.goto("/check-in/")
    rows = page.locator(".check-in-row")
    expect(rows).to_have_count(5)
    shoot(page, "check-in-rows-1280")
    shoot(page, "check-in-rows-375", width=375)
    keys = Counter(page)
    while not focused(page).endswith("-value"):  # from the top of the page to the first field
        keys.press("Tab")
        assert keys.keys < 40, "the first value field is not reachable by Tab"
    to_first_field = keys.keys
    for index, (*_described, value, confidence, note) in enumerate(FIVE):
        expect(page.locator(":focus")).to_have_attribute("name", f"kr-{five_due[index].pk}-value")
        if value:
            keys.type(value)
        keys.press("Tab")  # into the confidence scale, on the last rating (6)
        keys.press("ArrowRight" if confidence > 6 else "ArrowLeft", abs(confidence - 6))
        keys.press("Tab")  # the note
        if note:
            keys.type(note)
        if value:
            keys.press("Enter")  # saves the row from the note
        else:
            keys.press("Tab", 2)  # Save, then "No change"
            keys.press("Enter")
        expect(rows.nth(index)).to_have_class(re.compile("check-in-row--saved"))
    shoot(page, "check-in-rows-saved-1280")
    shoot(page, "check-in-rows-saved-375", width=375)
    moves = keys.keys - keys.typed - to_first_field  # Tab, arrows, Enter: the form's cost
    print(
        f"\nCHECK-IN JOURNEY: {keys.keys} keystrokes and 0 clicks for five key results: "
        f"{to_first_field} Tabs to the first field, {keys.typed} typed characters, "
        f"{moves} other keys ({moves / 5:.1f} per key result)"
    )
    for kr, (_title, _s, _t, _u, value, confidence, note) in zip(five_due, FIVE, strict=True):
        latest = CheckIn.objects.filter(key_result=kr).latest("id")
        assert latest.confidence == confidence and latest.note == note
        assert latest.value == (float(value) if value else kr.start)
    assert moves <= 5 * 6  # typed characters aside, a row takes a handful of keys


def test_save_all_and_an_implausible_value(world, page, shoot, five_due):
    sign_in(page, "member@acme.test")
    page.goto("/check-in/")
    first, second = page.locator(".check-in-row").nth(0), page.locator(".check-in-row").nth(1)
    first.get_by_label(re.compile("New value")).fill("10")
    second.get_by_label(re.compile("New value")).fill("4000000")  # a typo: 4 000 000 teams
    second.get_by_label("Note").fill("kept through the confirmation")
    page.get_by_role("button", name="Save all").first.click()
    expect(page.get_by_text("is it a typo?")).to_be_visible()
    expect(page.get_by_text("Some rows need a look")).to_be_visible()
    expect(page.locator(".check-in-row--saved")).to_have_count(1)  # the first row was saved
    shoot(page, "check-in-rows-confirm-1280")
    row = page.locator(f"#check-in-{five_due[1].pk}")
    expect(row.get_by_label("Note")).to_have_value("kept through the confirmation")
    row.get_by_label("Yes, record this value").check()
    row.get_by_label(re.compile("New value")).press("Enter")
    expect(row).to_have_class(re.compile("check-in-row--saved"))
    five_due[1].refresh_from_db()
    assert five_due[1].current == 4_000_000
    row.get_by_role("button", name=re.compile("^Edit")).click()  # the summary opens again
    expect(
        page.locator(f"#check-in-{five_due[1].pk}").get_by_label(re.compile("New value"))
    ).to_be_focused()


def test_long_titles_without_spaces_never_widen_a_page(world, page, shoot, five_due):
    long_title = "Grow" + "x" * 290
    objective = ObjectiveFactory(
        cycle=world.cycle, owner=world.member, team=world.team, title=long_title
    )
    kr = key_result_create(
        actor=world.member, objective=objective, title=long_title, start=0, target=1
    )
    check_in_record(key_result=kr, author=world.lead, value=0.5, note="y" * 400)
    sign_in(page, "member@acme.test")
    for url in (
        "/",
        "/check-in/?all=1",
        f"/objectives/{objective.pk}/",
        f"/teams/{world.team.pk}/",
    ):
        page.goto(url)
        page.wait_for_load_state("networkidle")
        assert fits_a_phone(page), f"{url} is wider than 375 px"
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280, url
    page.goto(f"/objectives/{objective.pk}/")
    shoot(page, "check-in-long-title-objective-375", width=375)
