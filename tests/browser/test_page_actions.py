"""Issue 14's last flaws, in real Chromium (docs/design.md, "Screen review"): the board, team and
person pages keep their secondary links in a calm header (one or two buttons, the rest in the
"More actions" menu), light and dark, with the keyboard."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in
from tests.browser.test_design import blocking_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def patient(page):
    page.set_default_navigation_timeout(30_000)


def menu_hrefs(page) -> list[str]:
    """Open the page's "More actions" menu with the keyboard and return its links."""
    summary = page.locator("main details.actions-menu > summary")
    expect(summary).to_have_count(1)
    summary.focus()
    page.keyboard.press("Enter")
    links = page.locator("main details.actions-menu[open] .actions-menu__list a")
    expect(links.first).to_be_visible()
    return [links.nth(i).get_attribute("href") for i in range(links.count())]


def no_row_of_links(page) -> None:
    """The header holds no underlined text links (the old "text-links" rows)."""
    expect(page.locator("main .text-links")).to_have_count(0)
    expect(page.locator("main").get_by_text("Export:")).to_have_count(0)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_board_keeps_its_secondary_links_in_a_menu(world, page, shoot, scheme):
    """Above the board: "One-pager · PDF · Present", "Export: Markdown · JSON · CSV · Excel",
    "Paste OKRs · Import a spreadsheet", "Quality review" as rows of underlined links."""
    page.emulate_media(color_scheme=scheme)
    sign_in(page, world.admin.user.email)
    cycle = world.cycle.pk
    page.goto(f"/cycles/{cycle}/board/")
    no_row_of_links(page)
    header = page.locator("main .page-header")
    expect(header.get_by_role("link", name="One-pager", exact=True)).to_have_class(
        "button button--small"
    )
    expect(header.get_by_role("link", name="Present", exact=True)).to_be_visible()
    expect(header.get_by_role("link", name="Export as CSV")).to_be_hidden()
    hrefs = menu_hrefs(page)
    for href in (
        f"/cycles/{cycle}/one-pager.pdf",
        f"/cycles/{cycle}/paste/",
        f"/cycles/{cycle}/quality/",
        f"/cycles/{cycle}/export.md",
        f"/cycles/{cycle}/export.json",
        f"/cycles/{cycle}/export.csv",
    ):
        assert any(h.startswith(href) for h in hrefs), (href, hrefs)
    assert len(hrefs) == 8  # PDF, paste, import, quality review, four exports
    assert blocking_violations(page) == []
    shoot(page, f"polish-board-menu-{scheme}")
    assert fits_a_phone(page)


def test_the_team_page_keeps_its_secondary_links_in_a_menu(world, page, shoot):
    """A team showed "Dashboard Backlog Sprints Work without a why Import work" and
    "One-pager · PDF · Present" as rows of underlined links."""
    sign_in(page, world.admin.user.email)
    page.goto(f"/teams/{world.team.pk}/?cycle={world.cycle.pk}")
    no_row_of_links(page)
    expect(page.locator("main header").get_by_role("link", name="Dashboard")).to_have_class(
        "button button--small"
    )
    hrefs = menu_hrefs(page)
    slug = world.team.slug
    for href in (
        f"/teams/{slug}/backlog/",
        f"/teams/{slug}/sprints/",
        f"/teams/{world.team.pk}/one-pager/",
    ):
        assert any(href in h for h in hrefs), (href, hrefs)
    assert any(h.endswith(f"?team={world.team.pk}") for h in hrefs)
    assert sum(f"?cycle={world.cycle.pk}" in h for h in hrefs) == 3  # one-pager, PDF, present
    assert blocking_violations(page) == []
    shoot(page, "polish-team-menu")
    page.emulate_media(color_scheme="dark")
    page.reload()
    assert blocking_violations(page) == []
    assert fits_a_phone(page)


def test_the_person_page_keeps_its_rarer_actions_in_a_menu(world, page, shoot):
    """A person showed "Dashboard" as an underlined link and five admin buttons in a row."""
    sign_in(page, world.admin.user.email)
    page.goto(f"/people/{world.member.pk}/")
    no_row_of_links(page)
    expect(page.locator("main header").get_by_role("link", name="Dashboard")).to_have_class(
        "button button--small"
    )
    expect(page.get_by_role("link", name="Erase…")).to_be_hidden()
    hrefs = menu_hrefs(page)
    person = f"/people/{world.member.pk}/"
    assert hrefs == [f"{person}data.json", f"{person}deactivate/", f"{person}erase/"], hrefs
    assert blocking_violations(page) == []
    shoot(page, "polish-person-menu")
    page.emulate_media(color_scheme="dark")
    page.reload()
    assert blocking_violations(page) == []
    assert fits_a_phone(page)


def test_the_dashboard_picks_cycle_and_dates_in_one_form(world, page, shoot):
    """The cycle picker and the "As of / Compare with" form were two forms, two "Show" buttons."""
    sign_in(page, world.viewer.user.email)
    page.goto("/dashboards/")
    expect(page.locator("main form")).to_have_count(1)
    expect(page.get_by_role("button", name="Show")).to_have_count(1)
    page.get_by_label("Cycle", exact=True).select_option(str(world.cycle.pk))
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(rf"/dashboards/\?cycle={world.cycle.pk}$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert blocking_violations(page) == []
    shoot(page, "polish-dashboard-form")
    assert fits_a_phone(page)


def test_the_people_list_shows_avatars(world, page, shoot):
    sign_in(page, world.admin.user.email)
    page.goto("/people/")
    row = page.get_by_role("row").filter(has_text=world.member.name)
    expect(row.locator(".avatar")).to_have_text(re.compile(r"^[A-Z]{1,2}$"))
    assert blocking_violations(page) == []
    shoot(page, "polish-people-avatars")
    page.emulate_media(color_scheme="dark")
    page.reload()
    assert blocking_violations(page) == []
    assert fits_a_phone(page)
