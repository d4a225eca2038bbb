"""An admin grades a cycle in real Chromium: move to grading, override a grade, explain, close."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from tests.browser.test_journeys import sign_in

from cairn.okrs.models import CycleState, KeyResult
from cairn.okrs.services import check_in_record, key_result_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_admin_grades_and_closes_a_cycle(world, page, shoot):
    kr = key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Cut first-reply time from 18 to 4 hours",
        start=18,
        target=4,
    )
    check_in_record(key_result=kr, author=world.member, value=11)  # half-way: suggests 0.5
    sign_in(page, world.admin.user.email)

    page.goto("/cycles/")
    page.get_by_text(f"Move {world.cycle.name} to grading", exact=True).click()
    dialog = page.get_by_role("dialog", name=f"Move {world.cycle.name} to grading?")
    expect(dialog).to_contain_text("cannot go back to active")
    shoot(page, "cycle-move-confirmation")
    dialog.get_by_role("button", name="Move to grading").click()
    expect(page).to_have_url(re.compile(f"/cycles/{world.cycle.pk}/grading/$"))
    page.goto(f"/cycles/{world.cycle.pk}/grading/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Grading")
    expect(page.get_by_text("Explanation needed")).to_be_visible()

    page.get_by_label("Grade", exact=True).fill("0.6")
    page.get_by_role("button", name=re.compile("^Save grade")).click()
    expect(page.get_by_role("alert").first).to_contain_text("Say why")
    page.get_by_label(re.compile("^Reason")).fill("The last week's data arrived late.")
    page.get_by_label("Grade", exact=True).fill("0.6")
    page.get_by_role("button", name=re.compile("^Save grade")).click()

    close_cycle(page, world.cycle.name)
    expect(page.get_by_role("alert").first).to_contain_text("need an explanation")

    page.get_by_label("What did not work").fill("Hiring slipped by a month.")
    page.get_by_label("What we learned").fill("Start hiring a quarter ahead.")
    page.get_by_role("button", name=re.compile("^Save retrospective")).click()
    shoot(page, "grading")
    close_cycle(page, world.cycle.name)

    world.cycle.refresh_from_db()
    assert world.cycle.state == CycleState.CLOSED
    kr = KeyResult.objects.get(pk=kr.pk)
    assert (kr.grade, kr.grade_reason) == (0.6, "The last week's data arrived late.")
    world.objective.refresh_from_db()
    assert world.objective.grade == 0.6
    assert world.objective.retrospective_did_not == "Hiring slipped by a month."

    page.goto(f"/cycles/{world.cycle.pk}/retrospective/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Retrospective")
    expect(page.get_by_text("Start hiring a quarter ahead.")).to_be_visible()
    expect(page.get_by_text("Grade 0.6")).to_be_visible()
    shoot(page, "cycle-retrospective")


def close_cycle(page, name: str) -> None:
    """Open the close confirmation, check it says the grades are final, and confirm."""
    page.get_by_text(f"Close {name} and store the grades", exact=True).click()
    dialog = page.get_by_role("dialog", name=f"Close {name}?")
    expect(dialog).to_contain_text("cannot be reopened")
    dialog.get_by_role("button", name="Close the cycle").click()
