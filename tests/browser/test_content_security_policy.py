"""Under the Content-Security-Policy the main screens break no rule and log nothing in Chromium."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from tests.browser.actions import sign_in
from tests.factories import KeyResultFactory, PersonFactory

from cairn.okrs.services.check_ins import check_in_record
from cairn.okrs.services.initiatives import initiative_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Runs in every page before its own scripts; the binding reports each violation to the test.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportViolation(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ` +
    `${event.sourceFile}:${event.lineNumber} ${event.sample || ""}`
  );
});
"""


@pytest.fixture
def watched(page):
    """Return the page and the list of CSP violations and console messages it collects."""
    problems: list[str] = []
    page.expose_function("reportViolation", lambda text: problems.append(f"CSP: {text}"))
    page.add_init_script(REPORT_VIOLATIONS)
    page.on(
        "console",
        lambda message: problems.append(
            f"console {message.type}: {message.text} ({message.location.get('url')}) on {page.url}"
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    return page, problems


@pytest.fixture
def measured(world):
    """Give the admin a key result with check-ins (chart, bars) and an initiative."""
    kr = KeyResultFactory(
        objective=world.objective, owner=world.admin, title="Cut reply time from 20 to 4 hours"
    )
    kr.start, kr.target = 20.0, 4.0
    kr.save()
    now = timezone.now()
    for days, value in ((20, 16), (10, 12), (3, 9)):
        at = now - dt.timedelta(days=days)
        check_in_record(key_result=kr, author=world.admin, value=value, confidence=7, at=at)
    initiative_create(
        actor=world.admin,
        key_results=[kr],
        title="Macros for common questions",
        percent_complete=40,
    )
    return kr


def test_the_main_screens_break_no_policy_rule(world, measured, watched):
    page, problems = watched
    sign_in(page, "admin@acme.test")
    expect(page.locator("progress.progress").first).to_be_visible()

    page.goto("/board/")
    row = page.locator("[data-tree-row]").filter(has_text=measured.objective.title).first
    row.locator("summary").click()  # htmx loads the key results on toggle
    expect(row.locator(".tree-row__details")).to_contain_text(measured.title)

    page.goto(f"/objectives/{world.objective.pk}/")
    expect(page.locator(".chart svg").first).to_be_visible()
    expect(page.locator("progress.mini-progress")).to_have_attribute("value", "40")

    page.goto("/check-in/?all=1")
    row = page.locator(".check-in-row").first
    row.get_by_label(re.compile("New value")).fill("8")
    row.get_by_role("radio", name=re.compile(r"^8 ")).check()
    row.get_by_role("radio", name=re.compile(r"^8 ")).press("Enter")  # saved through htmx
    expect(row).to_have_class(re.compile("check-in-row--saved"))  # the static check-in.js

    page.goto(f"/objectives/{world.objective.pk}/key-results/new/")
    title = page.get_by_label("Key result", exact=True)
    title.press_sequentially("Cut first-reply time from 18 hours to 4 hours", delay=5)
    expect(page.get_by_label("Target")).to_have_value("4")  # the live coach's static script

    page.goto("/alignment/")
    page.get_by_role("button", name="Zoom in").click()  # the map's own script, zoom by attribute
    expect(page.locator("[data-map-canvas]")).to_have_attribute("data-zoom", "125")
    page.goto("/teams/")
    expect(page.locator(".team-tree [data-depth='1']")).to_contain_text("Support")
    page.goto("/people/")
    page.goto(f"/teams/{world.team.pk}/meeting/")
    page.locator("#id_decision-text").fill("Keep the weekly rhythm")
    page.get_by_role("button", name="Record the decision").click()  # saved through htmx
    expect(page.locator(".meeting__decisions")).to_contain_text("Keep the weekly rhythm")
    page.goto(f"/teams/{world.team.pk}/settings/")

    page.goto("/settings/tokens/")
    page.get_by_label("Name").fill("Reporting script")
    page.get_by_role("button", name="Create token").click()
    secret = page.locator("#new-token")
    secret.focus()
    assert page.evaluate("window.getSelection().toString() || document.activeElement.value")
    assert page.evaluate(
        "document.activeElement.selectionEnd - document.activeElement.selectionStart"
    ) == len(secret.input_value())

    assert problems == []


def test_the_organisation_switcher_works_without_inline_handlers(world, watched):
    page, problems = watched
    other = PersonFactory(organisation=world.outsider.organisation, user=world.admin.user)
    sign_in(page, "admin@acme.test")
    expect(page.get_by_label("Organisation", exact=True)).to_have_value(str(world.admin.pk))
    with page.expect_navigation():  # choosing submits the form, no button needed
        page.get_by_label("Organisation", exact=True).select_option(str(other.pk))
    expect(page.get_by_label("Organisation", exact=True)).to_have_value(str(other.pk))
    assert problems == []


def test_swagger_ui_in_the_api_docs_needs_no_relaxed_policy(world, watched):
    page, problems = watched
    sign_in(page, "admin@acme.test")
    page.goto("/api/v1/docs")
    page.wait_for_load_state("networkidle")  # Swagger UI renders the large schema first
    operation = page.locator("button.opblock-summary-control", has_text="/api/v1/cycles").first
    operation.click(timeout=30_000)
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    expect(
        page.locator(".live-responses-table tr.response td.response-col_status").first
    ).to_have_text("200")
    assert problems == []
