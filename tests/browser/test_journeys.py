"""Journeys in real Chromium: write an objective, align it, check in weekly, see progress move."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from tests.browser.actions import sign_in
from tests.factories import ObjectiveFactory

from cairn.okrs.models import Objective
from cairn.web.templatetags.cairn_tags import url_or_none

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def add_key_result(page, title: str, kind: str, start: str, target: str, *, more: bool) -> None:
    page.get_by_label("Key result", exact=True).fill(title)
    page.get_by_label("Type").select_option(kind)
    if start:
        page.get_by_label("Start (baseline)").fill(start)
    if target:
        page.get_by_label("Target").fill(target)
    button = "Save and add another" if more else "Save"
    page.get_by_role("button", name=button, exact=True).click()


def test_write_align_check_in_and_see_progress(world, page, shoot):
    parent = ObjectiveFactory(cycle=world.cycle, owner=world.admin, title="Be loved by customers")
    page.goto("/sign-in/")
    shoot(page, "01-sign-in")
    shoot(page, "01-sign-in-375", width=375)
    sign_in(page, "member@acme.test")
    shoot(page, "02-home-start")

    page.get_by_role("link", name="New objective").first.click()
    page.get_by_label("Objective", exact=True).fill("Make onboarding effortless")
    page.get_by_label("Team").select_option(label="Support")
    shoot(page, "03-objective-create")
    page.get_by_role("button", name="Create objective").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Make onboarding effortless")

    page.get_by_role("link", name="Add a key result").click()
    add_key_result(
        page, "Cut time to first value from 10 to 2 days", "metric", "10", "2", more=True
    )
    add_key_result(page, "Grow activation from 40 to 70 percent", "metric", "40", "70", more=True)
    add_key_result(page, "Ship the guided tour", "milestone", "", "", more=False)
    expect(page.locator(".kr-card")).to_have_count(3)

    page.get_by_role("link", name="Align to a parent").click()
    page.get_by_label("Search for a parent objective or key result").fill("loved")
    page.get_by_label(re.compile("Be loved by customers")).check()
    shoot(page, "04-align")
    page.get_by_role("button", name="Align", exact=True).click()
    expect(page.get_by_role("navigation", name="Alignment")).to_contain_text(
        "Be loved by customers"
    )

    page.get_by_role("link", name="Check in", exact=True).first.click()
    rows = page.locator(".check-in-row")
    expect(rows).to_have_count(3)
    shoot(page, "05-check-in")
    values = {"Cut time": "6", "Grow activation": "55"}
    for index in range(3):
        row = rows.nth(index)
        title = row.locator("h2").inner_text()
        value = next((v for k, v in values.items() if title.startswith(k)), None)
        if value is None:
            row.get_by_label("Done").check()
        else:
            row.get_by_label(re.compile("New value")).fill(value)
        row.get_by_role("radio", name=re.compile(r"^7 ")).check()
        row.get_by_label("Note").fill("Moving along")
        row.get_by_label("Note").press("Enter")  # Enter saves the row from the note too
        expect(rows.nth(index)).to_have_class(re.compile("check-in-row--saved"))
    shoot(page, "06-check-in-saved")
    shoot(page, "06-check-in-375", width=375)

    objective = Objective.objects.get(title="Make onboarding effortless")
    assert objective.progress > 0.5
    page.goto(f"/objectives/{objective.pk}/")
    expect(page.locator(".objective-progress")).not_to_have_text("0%")
    shoot(page, "07-objective")
    shoot(page, "07-objective-375", width=375)
    page.goto(f"/objectives/{parent.pk}/")
    expect(page.get_by_role("navigation", name="Alignment")).to_contain_text(
        "Make onboarding effortless"
    )
    if url_or_none("current_board"):  # the organisation-wide board, when it is built
        page.goto(url_or_none("current_board"))
        expect(page.get_by_text("Make onboarding effortless").first).to_be_visible()
        shoot(page, "09-board")
    page.goto("/")
    shoot(page, "08-home")
    shoot(page, "08-home-375", width=375)


def test_edit_in_place_with_htmx(world, page):
    sign_in(page, "member@acme.test")
    page.goto(f"/objectives/{world.objective.pk}/")
    page.get_by_role("link", name="Edit objective").click()
    page.get_by_label("Objective", exact=True).fill("Make support feel effortless, always")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Make support feel effortless, always"
    )
    assert page.url.endswith(f"/objectives/{world.objective.pk}/")  # stayed on the page


def test_a_viewer_cannot_edit(world, page, shoot):
    sign_in(page, "viewer@acme.test")
    page.goto(f"/objectives/{world.objective.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(world.objective.title)
    expect(page.get_by_role("link", name="Edit objective")).to_have_count(0)
    expect(page.get_by_role("link", name="Add a key result")).to_have_count(0)
    response = page.goto(f"/objectives/{world.objective.pk}/edit/")
    assert response.status == 403


def test_a_wrong_password_is_explained(world, page):
    page.goto("/sign-in/")
    page.get_by_label("Email address").fill("member@acme.test")
    page.get_by_label("Password").fill("not it")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("do not match")
