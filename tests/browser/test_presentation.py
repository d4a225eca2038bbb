"""Presentation mode and the one-pager in real Chromium: step with the keyboard, print, PDF."""

from __future__ import annotations

import re
import subprocess

import pytest
from django.core.management import call_command
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in
from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_design import blocking_violations
from tests.factories import ObjectiveFactory

from cairn.okrs.services import check_in_record, key_result_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def okrs(world):
    """Give the cycle three team objectives with key results, one checked in."""
    kr = key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Cut first-reply time from 18 to 4 hours",
        start=18,
        target=4,
        unit="hours",
    )
    check_in_record(key_result=kr, author=world.member, value=11, confidence=7)
    second = ObjectiveFactory(
        cycle=world.cycle,
        team=world.team,
        owner=world.lead,
        title="Answer every customer in Français",
    )
    key_result_create(
        actor=world.lead, objective=second, title="Hire two bilingual agents", start=0, target=2
    )
    key_result_create(
        actor=world.lead, objective=second, title="Translate the help centre", start=0, target=100,
        unit="%",
    )  # fmt: skip
    ObjectiveFactory(
        cycle=world.cycle, team=world.team, owner=world.admin, title="<script>alert(1)</script>"
    )
    return second


def test_presenting_steps_through_objectives_with_the_keyboard(world, okrs, page, shoot):
    sign_in(page, world.viewer.user.email)
    page.goto(f"/cycles/{world.cycle.pk}/present/")
    first = page.locator("[data-slide]").nth(0)
    second = page.locator("[data-slide]").nth(1)
    expect(first).to_be_visible()
    expect(first.get_by_role("heading", level=2)).to_have_text("Make support feel effortless")
    expect(second).to_be_hidden()
    expect(page.locator("[data-present-counter]")).to_have_text("1 / 3")
    expect(page.get_by_role("button", name="Previous")).to_be_disabled()

    page.keyboard.press("ArrowRight")
    expect(first).to_be_hidden()
    expect(second).to_be_visible()
    expect(second.get_by_role("heading", level=2)).to_have_text(okrs.title)
    expect(second).to_contain_text("Translate the help centre")
    expect(second).to_be_focused()  # a screen reader reads the new slide
    expect(page.locator("[data-present-counter]")).to_have_text("2 / 3")
    expect(page).to_have_url(re.compile("#slide-2$"))
    assert blocking_violations(page) == []
    shoot(page, "presentation")

    page.keyboard.press(" ")
    third = page.locator("[data-slide]").nth(2)
    expect(third.get_by_role("heading", level=2)).to_have_text("<script>alert(1)</script>")
    expect(page.get_by_role("button", name="Next")).to_be_disabled()
    page.keyboard.press("ArrowLeft")
    expect(second).to_be_visible()
    page.get_by_role("button", name="Previous").click()
    expect(first).to_be_visible()
    page.keyboard.press("End")
    expect(third).to_be_visible()
    page.keyboard.press("Home")
    expect(first).to_be_visible()
    assert fits_a_phone(page)

    page.reload()  # the slide number lives in the address, so a reload keeps the place
    page.keyboard.press("ArrowRight")
    page.reload()
    expect(second).to_be_visible()

    page.keyboard.press("Escape")
    expect(page).to_have_url(re.compile(f"/cycles/{world.cycle.pk}/one-pager/$"))


def test_the_one_pager_prints_and_downloads_as_a_pdf(world, okrs, page, shoot):
    ObjectiveFactory(cycle=world.cycle, team=world.team, owner=world.admin, title="W" * 300)
    sign_in(page, world.admin.user.email)
    page.goto(f"/cycles/{world.cycle.pk}/board/")
    page.get_by_role("link", name="One-pager").click()
    expect(page).to_have_url(re.compile(f"/cycles/{world.cycle.pk}/one-pager/$"))
    sheet = page.locator(".one-pager")
    expect(sheet.get_by_role("heading", level=1)).to_have_text(f"OKRs · {world.cycle.name}")
    expect(sheet).to_contain_text("11 / 4 hours")
    expect(sheet).to_contain_text("<script>alert(1)</script>")
    assert blocking_violations(page) == []
    assert fits_a_phone(page)
    shoot(page, "one-pager")

    page.emulate_media(media="print")
    expect(page.locator(".app-bar")).to_be_hidden()
    expect(page.get_by_role("link", name="Download PDF")).to_be_hidden()
    shoot(page, "one-pager-print")
    page.emulate_media(media="screen")

    title_box = sheet.get_by_role("heading", name="W" * 300).bounding_box()
    sheet_box = sheet.bounding_box()
    assert title_box["x"] + title_box["width"] <= sheet_box["x"] + sheet_box["width"]
    # The PDF is drawn by the worker: the link says "Preparing…", polls, then downloads it.
    page.get_by_role("link", name="Download PDF").click()
    expect(page.get_by_role("heading", name="Preparing your PDF…")).to_be_visible()
    assert blocking_violations(page) == []
    shoot(page, "one-pager-pdf-preparing")
    pdf_url = page.url

    def the_pdf(response) -> bool:
        return response.url == pdf_url and response.status == 200

    with page.expect_response(the_pdf, timeout=30_000) as served:
        call_command("db_worker", "--batch", "--interval", "0", verbosity=0)
    assert served.value.headers["content-type"] == "application/pdf"  # the browser opened it
    cached = page.request.get(pdf_url)  # the viewer hides the bytes; ask again: served at once
    assert cached.status == 200
    path = SCREENSHOTS / "one-pager.pdf"
    path.write_bytes(cached.body())
    assert path.read_bytes().startswith(b"%PDF-")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-singlefile", str(path), str(SCREENSHOTS / "one-pager-pdf")],
        check=True,
    )  # fmt: skip
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout
    assert "Answer every customer in Français" in text.decode()

    page.goto(f"/cycles/{world.cycle.pk}/one-pager/")
    page.get_by_role("link", name="Present").click()
    expect(page.locator("[data-slide]").first).to_be_visible()


def test_the_team_page_links_to_its_one_pager(world, okrs, page):
    sign_in(page, world.member.user.email)
    page.goto(f"/teams/{world.team.pk}/?cycle={world.cycle.pk}")
    page.get_by_text("More actions").click()  # the team's one-pager is in its menu
    page.get_by_role("link", name="One-pager", exact=True).click()
    expect(page.locator(".one-pager")).to_contain_text("Acme · Support")
    page.get_by_role("link", name="Present").click()
    expect(page.locator("[data-present-counter]")).to_have_text("1 / 3")
    page.keyboard.press("Escape")
    expect(page).to_have_url(re.compile(f"/teams/{world.team.pk}/one-pager/\\?cycle="))


def test_dark_mode_reads_well_and_no_script_breaks_the_policy(world, okrs, page, shoot):
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.emulate_media(color_scheme="dark")
    sign_in(page, world.lead.user.email)
    for url in (f"/cycles/{world.cycle.pk}/one-pager/", f"/cycles/{world.cycle.pk}/present/"):
        page.goto(url)
        page.wait_for_load_state("networkidle")
        assert blocking_violations(page) == [], url
    expect(page.locator("[data-present-counter]")).to_have_text("1 / 3")  # present.js ran
    shoot(page, "presentation-dark")
    assert errors == []  # a Content-Security-Policy violation is logged as a console error
