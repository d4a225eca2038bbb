"""Journey in real Chromium: plan a sprint, pull two stories in, finish one, see the burn-up and
the objective page's chain move, close the sprint sending the unfinished story to the backlog."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in

from cairn.execution.models import WorkItem
from cairn.execution.services import work_item_create
from cairn.okrs.models import CycleState
from cairn.okrs.services import initiative_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def pull(page, title: str) -> None:
    # htmx posts the form and swaps the planning section; the status forms it brings must be
    # processed by htmx before they are used, or a change made in the first milliseconds is a
    # plain select change (flakes seen in CI under load): wait for the response, then for htmx
    # to finish swapping and settling.
    page.wait_for_function("() => window.htmx !== undefined && document.readyState === 'complete'")
    with page.expect_response(lambda response: response.request.method == "POST"):
        pull_in = page.locator(".work-list__pull", has_text=title)
        pull_in.get_by_role("button", name="Pull in").click()
    page.wait_for_function(
        "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"
    )


def both(page, shoot, name: str) -> None:
    assert fits_a_phone(page), name
    shoot(page, name)
    shoot(page, f"{name}-375", width=375)


def test_plan_a_sprint_finish_a_story_and_close_it(world, kr, page, shoot):
    world.cycle.state = CycleState.ACTIVE
    world.cycle.save()
    initiative = initiative_create(
        actor=world.member, key_results=[kr], title="Reply macros", progress_source="work"
    )
    for title, points in [("Ten reply macros", 3), ("Macro search", 5)]:
        work_item_create(
            actor=world.member,
            title=title,
            kind="story",
            initiative=initiative,
            team=world.team,
            estimate_points=points,
            user_story="As an agent I want macros so that I reply faster",
            acceptance_criteria=[{"text": "Covers the top ten questions", "done": False}],
        )
    work_item_create(actor=world.member, title="Tidy the wiki", team=world.team)
    sign_in(page, "lead@acme.test")

    page.goto(f"/teams/{world.team.slug}/sprints/")
    page.get_by_role("link", name="Plan a sprint").click()
    page.get_by_label("Name").fill("Sprint 1")
    page.get_by_label("Starts on").fill("2026-03-02")
    page.get_by_label("Ends on").fill("2026-03-15")
    page.get_by_label("Goal").fill("Agents reply with macros")
    page.get_by_label("Capacity (points)").fill("10")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Sprint 1")
    page.get_by_role("button", name="Start the sprint").click()
    expect(page.locator(".sprint-state")).to_have_text("Active")

    pull(page, "Ten reply macros")
    expect(page.locator(".points-line")).to_contain_text("Committed 3 of 10 points capacity")
    pull(page, "Macro search")
    expect(page.locator(".points-line")).to_contain_text("Committed 8 of 10 points capacity")
    page.get_by_label("Status of “Ten reply macros”").select_option("done")
    expect(page.locator(".status-form", has_text="Saved")).to_be_visible()
    page.reload()
    expect(page.locator(".points-line")).to_contain_text("3 points done")
    expect(page.locator("#served-heading ~ ul")).to_contain_text(kr.title)
    both(page, shoot, "40-sprint")

    page.get_by_role("link", name="Ten reply macros").first.click()
    page.get_by_role("button", name=re.compile("Covers the top ten questions")).click()
    expect(page.locator(".criteria__item--done")).to_be_visible()
    both(page, shoot, "41-work-item")

    page.goto(f"/initiatives/{initiative.pk}/")
    expect(page.locator(".points-line")).to_contain_text("Work: 3 of 8 points done (37%)")
    expect(page.locator(".burn-up__done")).to_be_visible()
    page.get_by_text("The burn-up as a table").click()
    expect(page.locator(".burn-up__table tbody tr").last).to_contain_text("3")
    both(page, shoot, "42-initiative-burn-up")

    page.goto(f"/objectives/{world.objective.pk}/")
    work = page.locator(".kr-card__work")
    expect(work.locator("summary")).to_contain_text("Work: 3 of 8 points done (37%)")
    expect(work.locator(".work-chain")).not_to_be_visible()  # collapsed by default
    work.locator("summary").click()
    expect(work.locator(".work-chain")).to_contain_text("Ten reply macros")
    expect(work.locator(".work-chain")).to_contain_text("3 of 8 points done")
    both(page, shoot, "43-objective-chain")

    page.goto(f"/teams/{world.team.slug}/sprints/")
    page.get_by_role("link", name="Sprint 1").click()
    page.get_by_role("link", name="Close the sprint…").click()
    expect(page.get_by_text("move 1 unfinished story (5 points)")).to_be_visible()
    page.get_by_label("the team's backlog").check()
    both(page, shoot, "44-sprint-close")
    page.get_by_role("button", name="Close the sprint").click()
    expect(page.locator(".sprint-state")).to_have_text("Closed")
    assert WorkItem.objects.get(title="Macro search").sprint_id is None

    page.goto(f"/teams/{world.team.slug}/backlog/")
    expect(page.locator(".work-list")).to_contain_text("Macro search")
    both(page, shoot, "45-backlog")
    page.goto(f"/teams/{world.team.slug}/work-without-why/")
    expect(page.locator(".work-list")).to_contain_text("Tidy the wiki")
    page.get_by_label("Serves").select_option(label=f"Reply macros → {kr.title}")
    both(page, shoot, "46-work-without-why")
    page.get_by_role("button", name="Link Tidy the wiki").click()
    expect(page.locator(".message--success")).to_contain_text("now serves")
