"""Journey in real Chromium: upload a Jira CSV, read the preview, confirm, see the items."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone
from tests.execution.imports.conftest import FILES, export
from tests.factories import PASSWORD

from cairn.execution.models import WorkItem
from cairn.okrs.services import initiative_create, key_result_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_upload_a_jira_export_preview_confirm_and_see_the_items(world, page, shoot, tmp_path):
    world.member.user.first_name, world.member.user.last_name = "Member", "Person"
    world.member.user.save()
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="Cut reply time", start=18, target=4
    )
    initiative = initiative_create(actor=world.member, key_results=[kr], title="Checkout redesign")
    path = tmp_path / "jira.csv"
    path.write_text(export("jira.csv", kr.pk), encoding="utf-8")
    assert FILES.exists()

    page.goto("/sign-in/")
    # The team's lead: the file's sprints are planning, which is the lead's (docs/execution.md).
    page.get_by_label("Email address").fill("lead@acme.test")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url("/")

    page.goto(f"/work/import/?initiative={initiative.pk}")
    expect(page.get_by_label("Initiative")).to_have_value(str(initiative.pk))
    page.get_by_label("Export file").set_input_files(str(path))
    page.get_by_label("Team").select_option(str(world.team.pk))
    page.get_by_label("Status mapping").fill("Code Review=in_progress")
    page.get_by_role("button", name="Preview").click()

    expect(page.get_by_role("heading", name="Preview of jira.csv (jira)")).to_be_visible()
    expect(page.get_by_label("Summary")).to_contain_text("4 new")
    expect(page.get_by_text("No one here is 'Nobody Known': left unassigned.")).to_be_visible()
    shoot(page, "work-import-preview")
    assert fits_a_phone(page)
    shoot(page, "work-import-preview-375", width=375)

    page.get_by_role("button", name="Import: 4 new, 0 updated").click()
    expect(page.get_by_role("status")).to_contain_text("From jira: 4 new, 0 updated, 0 unchanged.")
    expect(page.get_by_role("cell", name="One-page checkout")).to_be_visible()
    expect(page.get_by_role("cell", name="Sprint 2")).to_be_visible()
    shoot(page, "work-import-done")
    assert fits_a_phone(page)
    shoot(page, "work-import-done-375", width=375)
    assert WorkItem.objects.filter(initiative=initiative).count() == 4
