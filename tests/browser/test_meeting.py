"""Journey in real Chromium: the lead runs the team's check-in meeting, and the next one."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in
from tests.browser.test_design import blocking_violations

from cairn.meetings.models import FollowUp, TeamMeeting
from cairn.okrs.services import check_in_record, key_result_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_lead_runs_the_meeting_and_the_next_one_shows_the_open_follow_up(
    world, page, shoot, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    kr = key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Cut first-reply time",
        start=18,
        target=4,
        unit="hours",
    )
    check_in_record(
        key_result=kr,
        author=world.member,
        value=12,
        confidence=4,
        note="Macros helped",
        blockers="Two people out sick",
    )
    refused = []
    page.on(
        "console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None
    )

    sign_in(page, "lead@acme.test")
    page.goto(f"/teams/{world.team.pk}/")
    page.get_by_role("link", name="Check-in meeting").click()
    expect(page.locator("#member-heading")).to_contain_text(world.lead.name)

    page.wait_for_load_state("load")  # meeting.js is deferred
    page.keyboard.press("ArrowRight")  # the keyboard steps to the next member
    expect(page.locator("#member-heading")).to_contain_text(world.member.name)
    problems = page.locator(".meeting__group--problems")
    expect(problems).to_contain_text("Cut first-reply time")
    expect(problems).to_contain_text("Two people out sick")
    expect(problems).to_contain_text("−6 hours")
    shoot(page, "40-meeting")
    shoot(page, "40-meeting-375", width=375)
    assert fits_a_phone(page)

    page.get_by_role("link", name="Previous").click()
    expect(page.locator("#member-heading")).to_contain_text(world.lead.name)
    page.get_by_role("link", name="Next").click()

    page.locator("#id_decision-text").fill("Hire a temp for the backlog")
    page.get_by_role("button", name="Record the decision").click()
    expect(page.locator(".meeting__decisions")).to_contain_text("Hire a temp for the backlog")
    page.locator("#id_follow_up-text").fill("Ask finance about the temp budget")
    page.locator("#id_follow_up-assignee").select_option(label=world.member.name)
    page.locator("#id_follow_up-due").fill((dt.date.today() + dt.timedelta(days=5)).isoformat())
    page.get_by_role("button", name="Add the follow-up").click()
    expect(page.locator("#records .meeting__follow-ups")).to_contain_text("Ask finance")
    expect(page.locator("#member-heading")).to_contain_text(world.member.name)  # htmx: no reload
    shoot(page, "41-meeting-records")

    # A week later: the next meeting opens with the open follow-up, which the lead ticks off.
    TeamMeeting.objects.update(date=dt.date.today() - dt.timedelta(days=7))
    page.goto(f"/teams/{world.team.pk}/meeting/")
    open_ones = page.locator("#open-follow-ups")
    expect(open_ones).to_contain_text("Ask finance about the temp budget")
    shoot(page, "42-next-meeting")
    shoot(page, "42-next-meeting-375", width=375)
    assert fits_a_phone(page)
    open_ones.get_by_role("button", name="Done").click()
    expect(open_ones.get_by_role("button", name="Reopen")).to_be_visible()
    assert FollowUp.objects.get().done
    assert refused == []


def test_the_lead_adds_a_team_chat_channel(world, page, shoot):
    sign_in(page, "lead@acme.test")
    page.goto(f"/teams/{world.team.pk}/settings/")
    page.get_by_label("Meeting day").select_option(label="Tuesday")
    page.get_by_role("button", name="Save the meeting time").click()
    expect(page.get_by_text("Meeting time saved.")).to_be_visible()
    page.get_by_label("Key result at risk").uncheck()
    page.get_by_label("Quiet hours from").fill("22:00")
    page.get_by_label("Quiet hours until").fill("07:00")
    page.get_by_role("button", name="Save the chat settings").click()
    expect(page.get_by_text("Team chat settings saved.")).to_be_visible()
    expect(page.get_by_label("Key result at risk")).not_to_be_checked()
    expect(page.get_by_label("Quiet hours from")).to_have_value("22:00")
    page.reload()  # without the toast (its own axe finding belongs to the toast component)
    assert blocking_violations(page) == []
    shoot(page, "43-team-settings")
    shoot(page, "43-team-settings-375", width=375)
    assert fits_a_phone(page)
