"""The screen review of issue 14 (docs/design.md, "Screen review"): the five most visible flaws
found on the demo's screenshots at 1280 and 375 px, each checked here in real Chromium (the
dashboards' heat cells in test_dashboards.py)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in
from tests.browser.test_board_map import tree  # noqa: F401 (a fixture)
from tests.browser.test_design import blocking_violations

from cairn.okrs.services.key_results import key_result_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def patient(page):
    page.set_default_navigation_timeout(30_000)


def test_the_objective_header_keeps_follow_and_edit_together(world, page, shoot):
    """Follow sat half-way across the header and Edit at its far right (on a phone, Follow at
    the left edge and Edit at the right, between the title and the progress)."""
    sign_in(page, world.member.user.email)
    page.goto(f"/objectives/{world.objective.pk}/")
    head = page.locator("#objective-head")
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 800})
        follow = head.get_by_role("button", name="Follow").bounding_box()
        edit = head.get_by_role("link", name="Edit objective").bounding_box()
        assert follow["y"] == pytest.approx(edit["y"], abs=2)
        assert 0 <= edit["x"] - (follow["x"] + follow["width"]) <= 16, (width, follow, edit)
        shoot(page, f"review-objective-head-{width}", width=width)
    assert blocking_violations(page) == []


def test_each_cycle_shows_its_next_step_and_keeps_the_rest_in_a_menu(world, page, shoot):
    """Each row of the cycles table held a dozen underlined links (Export: Markdown · JSON ·
    CSV · Excel, Paste OKRs · Import a spreadsheet, Quality review) beside the lifecycle
    button, and its dates read 10/01/2026 where every other page says Oct. 1, 2026."""
    sign_in(page, world.admin.user.email)
    page.goto("/cycles/")
    row = page.get_by_role("row").filter(has_text=world.cycle.name)
    cell = row.locator("td.actions")
    expect(cell.get_by_text("Export:")).to_have_count(0)
    expect(cell.get_by_role("link", name="Export as CSV")).to_be_hidden()
    expect(cell.get_by_text(f"Move {world.cycle.name} to grading", exact=True)).to_be_visible()
    cell.get_by_text("More actions").click()
    export = cell.get_by_role("link", name="Export as CSV")
    expect(export).to_be_visible()
    expect(export).to_have_attribute("href", f"/cycles/{world.cycle.pk}/export.csv")
    expect(cell.get_by_role("link", name="Paste OKRs")).to_be_visible()
    expect(row.get_by_role("cell").nth(1)).not_to_contain_text("/")
    expect(row.get_by_role("cell").nth(1)).to_contain_text(str(world.cycle.start.year))
    shoot(page, "review-cycles-menu-open")
    assert blocking_violations(page) == []
    assert fits_a_phone(page)


def test_the_map_opens_every_level_at_once_and_closes_them(world, tree, page, shoot):  # noqa: F811
    """A map showed its top level only: a company of twelve objectives was four cards and an
    empty grey area until each branch was opened by hand."""
    company, team, person = tree
    sign_in(page, world.admin.user.email)
    page.goto(f"/alignment/?cycle={world.cycle.pk}")
    expect(page.get_by_text(person.title, exact=True)).to_have_count(0)
    page.get_by_role("button", name="Open every level").click()
    expect(page.get_by_role("link", name=person.title)).to_be_visible()  # two levels down
    expect(page.get_by_role("link", name=team.title)).to_be_visible()
    assert page.locator("details.map-branch:not([open])").count() == 0
    assert blocking_violations(page) == []
    shoot(page, "review-map-open-every-level")
    page.get_by_role("button", name="Close all").click()
    expect(page.get_by_role("link", name=person.title)).to_be_hidden()
    assert page.locator("details.map-branch[open]").count() == 0


def test_check_in_fields_line_up_whatever_the_unit(world, kr, page, shoot):
    """A long unit wrapped "New value (customers)" onto two lines and pushed that row's value
    field below the others'."""
    key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Recruit 20 customers to the reference programme",
        start=0,
        target=20,
        unit="enterprise customers",
    )
    sign_in(page, world.member.user.email)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/check-in/?all=1")
    rows = page.locator(".check-in-row")
    expect(rows).to_have_count(2)
    offsets = [
        row.locator("input[name$='value']").bounding_box()["y"] - row.bounding_box()["y"]
        for row in rows.all()
    ]
    titles = [
        row.locator(".check-in-row__kr").bounding_box()["height"] for row in rows.all()
    ]  # the same title height in both rows, so the fields should start at the same height
    assert titles[0] == pytest.approx(titles[1], abs=1)
    assert offsets[0] == pytest.approx(offsets[1], abs=1), offsets
    label = page.get_by_text(re.compile(r"^New value \(enterprise"))
    assert label.bounding_box()["height"] <= 24  # one line
    expect(page.get_by_text("target 20 enterprise customers", exact=False)).to_be_visible()
    shoot(page, "review-check-in-long-unit")
    assert fits_a_phone(page)
