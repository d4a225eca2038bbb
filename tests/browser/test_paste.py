"""Journey in real Chromium: paste OKRs, drop a key result, create them, see them on the board."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect
from tests.factories import PASSWORD

from cairn.okrs.models import KeyResult, Objective

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DOCUMENT = """\
Objective: Make onboarding effortless
Key results:
  • Cut time to first value from 14 days to 3 days
  • Run 4 onboarding workshops
  • Raise activation from 40% to 60%

O: Answer every customer fast
KR 1: Cut first reply time from 18 hours to 4 hours
KR 2: Keep CSAT at least 90%
"""


def test_paste_drop_one_key_result_create_and_see_the_board(world, page, shoot):
    page.goto("/sign-in/")
    page.get_by_label("Email address").fill("member@acme.test")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")

    page.goto(f"/cycles/{world.cycle.pk}/paste/")
    page.get_by_label("Your OKRs as text").fill(DOCUMENT)
    expect(page.get_by_label("Team")).to_have_value(str(world.team.pk))
    page.get_by_role("button", name="Preview").click()

    workshops = page.get_by_role("checkbox", name="Include key result Run 4 onboarding workshops")
    expect(workshops).to_be_checked()
    expect(page.locator("#o-0")).to_contain_text("KR102")  # an activity, says the coach
    expect(page.locator("#paste-summary")).to_contain_text("5 key results")
    shoot(page, "10-paste-preview")
    workshops.uncheck()  # htmx refreshes the objective and the count
    expect(page.locator("#paste-summary")).to_contain_text("4 key results")
    expect(page.locator("#o-0")).not_to_contain_text("KR102")
    shoot(page, "10-paste-preview-375", width=375)

    page.get_by_role("button", name="Create").click()
    expect(page.get_by_role("status")).to_contain_text("Created 2 objectives and 4 key results")
    expect(page.get_by_text("Make onboarding effortless").first).to_be_visible()
    expect(page.get_by_text("Answer every customer fast").first).to_be_visible()
    shoot(page, "11-board-after-paste")

    created = Objective.objects.filter(cycle=world.cycle, team=world.team, owner=world.member)
    assert set(created.values_list("title", flat=True)) >= {
        "Make onboarding effortless",
        "Answer every customer fast",
    }
    assert not KeyResult.objects.filter(title="Run 4 onboarding workshops").exists()


def test_pasting_a_document_imported_before_asks_before_creating_it_again(
    world, page, shoot, tmp_path
):
    path = tmp_path / "okrs.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    call_command(
        "import", str(path), "--cycle", world.cycle.name, "--org", "acme",
        "--as", "admin@acme.test", stdout=io.StringIO(),
    )  # fmt: skip
    before = Objective.objects.filter(cycle=world.cycle).count()
    page.goto("/sign-in/")
    page.get_by_label("Email address").fill("member@acme.test")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")

    page.goto(f"/cycles/{world.cycle.pk}/paste/")
    page.get_by_label("Your OKRs as text").fill(DOCUMENT)
    page.get_by_role("button", name="Preview").click()
    notice = page.locator("#paste-previous")
    expect(notice).to_contain_text("This document was imported on")
    expect(notice).to_contain_text("— import again?")
    page.get_by_role("button", name="Create").click()
    expect(page.get_by_role("alert")).to_contain_text("Nothing was created: tick the box")
    assert Objective.objects.filter(cycle=world.cycle).count() == before

    again = page.get_by_role("checkbox", name="Yes, import it again")
    again.check()
    page.get_by_role("checkbox", name="Include key result Run 4 onboarding workshops").uncheck()
    expect(page.locator("#paste-summary")).to_contain_text("4 key results")  # htmx refreshed
    expect(page.get_by_role("checkbox", name="Yes, import it again")).to_be_checked()
    shoot(page, "12-paste-imported-before")
    page.get_by_role("button", name="Create").click()
    expect(page.get_by_role("status")).to_contain_text("Created 2 objectives and 4 key results")
    assert Objective.objects.filter(cycle=world.cycle).count() == before + 2
