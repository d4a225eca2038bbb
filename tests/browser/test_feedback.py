"""Journey in real Chromium: the owner asks a colleague for feedback on a key result, the colleague
answers, the owner reads it; the key result reaches its target and the owner thanks the colleague."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in

from cairn.feedback.models import AnswerStatus, FeedbackAnswer, Kudos
from cairn.okrs.services import key_result_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def second_page(chromium, live_server):
    """Return a page in a second browser (another person signed in beside the first)."""
    context = chromium.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def test_peer_feedback_then_kudos_when_the_key_result_is_reached(
    world, page, second_page, shoot, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    kr = key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Cut first-reply time from 18 to 4 hours",
        start=18,
        target=4,
        unit="hours",
    )
    kr.contributors.add(world.lead)

    # The owner asks the lead for feedback on the key result.
    sign_in(page, "member@acme.test")
    page.goto(f"/objectives/{world.objective.pk}/")
    page.get_by_role("link", name=re.compile("^Ask for feedback Cut first-reply")).click()
    expect(page.get_by_label("Feedback on")).to_have_value(str(kr.pk))
    # The picker searches the organisation as one types and turns the choice into a chip.
    page.get_by_label("Ask these people").fill(world.lead.name[:4])
    page.get_by_role("option", name=re.compile(re.escape(world.lead.name))).click()
    chip = page.locator(".people-picker .chip")
    expect(chip).to_have_count(1)
    expect(chip).to_contain_text(world.lead.name)
    expect(page.get_by_label("Ask these people")).to_have_value("")
    page.get_by_label("What would you like to hear about?").fill("Is 4 hours the right target?")
    shoot(page, "50-feedback-ask")
    page.get_by_role("button", name="Send the request").click()
    expect(page.locator("h1")).to_contain_text("Feedback on")
    expect(page.locator(".feedback-answer")).to_contain_text("Waiting")

    # The colleague finds it in the inbox and answers with the three prompts.
    sign_in(second_page, "lead@acme.test")
    second_page.goto("/notifications/")
    second_page.get_by_role("link", name=re.compile("asks for your feedback")).click()
    second_page.get_by_label("What is going well?").fill("Macros cut the easy replies.")
    second_page.get_by_label("What would you change?").fill("Weekend cover.")
    second_page.get_by_label("One suggestion").fill("Rota the Saturday shift.")
    shoot(second_page, "51-feedback-answer")
    second_page.get_by_role("button", name="Send my feedback").click()
    expect(second_page.locator("#asked-of-heading")).to_be_visible()
    assert FeedbackAnswer.objects.get().status == AnswerStatus.ANSWERED

    # The owner reads the answer.
    page.reload()
    answers = page.locator(".feedback-answer")
    expect(answers).to_contain_text("Macros cut the easy replies.")
    expect(answers).to_contain_text(world.lead.name)
    shoot(page, "52-feedback-answers")
    shoot(page, "52-feedback-answers-375", width=375)
    assert fits_a_phone(page)

    # The key result reaches its target: the check-in suggests recognition.
    page.goto("/check-in/")
    row = page.locator(f"#check-in-{kr.pk}")
    row.get_by_label(re.compile("New value")).fill("4")
    row.get_by_role("radio", name=re.compile("^9 ")).check()
    row.get_by_role("button", name=re.compile("^Save")).first.click()
    expect(page.locator(f"#check-in-{kr.pk}.check-in-row--saved")).to_contain_text("Saved")
    page.get_by_role("link", name="Recognise the people behind it").click()
    panel = page.locator(".feedback-panel")
    expect(panel).to_contain_text("reached its target")
    shoot(page, "53-kudos-suggested")
    panel.get_by_role("link", name=f"Thank {world.lead.name}").click()
    expect(page.get_by_label("Thank")).to_have_value(f"person:{world.lead.pk}")
    page.get_by_label("Message").fill("Your rota idea got us to 4 hours. Thank you!")
    page.get_by_role("button", name="Give kudos").click()

    # The kudos is on the wall, tied to the key result; the colleague is told.
    wall = page.locator(".kudos-list")
    expect(wall).to_contain_text("Your rota idea got us to 4 hours.")
    expect(wall).to_contain_text("Cut first-reply time from 18 to 4 hours")
    assert Kudos.objects.get().key_result == kr
    shoot(page, "54-kudos-wall")
    shoot(page, "54-kudos-wall-375", width=375)
    assert fits_a_phone(page)
    second_page.goto("/notifications/")
    expect(second_page.locator(".notification-list")).to_contain_text("thanked you")
    second_page.goto(f"/people/{world.lead.pk}/")
    expect(second_page.locator(".person-kudos")).to_contain_text("1 kudos received")
