"""The conversations journey of issue 11 in real Chromium, in one go on one at-risk key result:
the owner mentions a colleague in a comment → the colleague gets it in the inbox and replies → the
owner asks for peer feedback → the colleague answers → the key result reaches its target and the
owner gives kudos, which the colleague is told about."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in

from cairn.feedback.models import AnswerStatus, FeedbackAnswer, Kudos
from cairn.okrs import measures
from cairn.okrs.services import check_in_record, key_result_create

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


def test_mention_reply_feedback_and_kudos_on_one_key_result(
    world, page, second_page, shoot, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    world.lead.user.first_name, world.lead.user.last_name = "Bea", "Lindqvist"
    world.lead.user.save()
    kr = key_result_create(
        actor=world.member, objective=world.objective,
        title="Cut first-reply time from 18 to 4 hours", start=18, target=4, unit="hours",
    )  # fmt: skip
    kr.contributors.add(world.lead)
    # Halfway through the cycle at 37.5 % progress: at risk.
    check_in_record(key_result=kr, author=world.member, value=12.75, confidence=5)
    kr.refresh_from_db()
    pace = measures.pace(kr, world.cycle, world.organisation, timezone.now())
    assert pace.status == "at_risk"
    refused: list[str] = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security" in m.text else None)

    # A (the key result's owner) mentions B through the autocomplete.
    sign_in(page, "member@acme.test")
    page.goto(f"/objectives/{world.objective.pk}/")
    card = page.locator(f"#kr-{kr.pk}")
    expect(card).to_contain_text("At risk")
    card.locator(".kr-card__discussion summary").click()  # htmx loads the discussion
    box = card.get_by_label("Add a comment")
    box.click()
    box.press_sequentially("Can you look at the macros? @Bea")
    options = card.get_by_role("listbox").get_by_role("option")
    expect(options.first).to_contain_text("Bea Lindqvist")
    box.press("Enter")
    expect(box).to_have_value(
        f"Can you look at the macros? @[Bea Lindqvist](person:{world.lead.pk}) "
    )
    card.get_by_role("button", name="Comment", exact=True).click()
    comment = card.locator(".comment").first
    expect(comment).to_contain_text("@Bea Lindqvist")
    expect(comment.get_by_role("link", name="@Bea Lindqvist")).to_have_attribute(
        "href", f"/people/{world.lead.pk}/"
    )
    shoot(page, "60-comment-mention")

    # B finds it in the inbox and replies on the discussion page.
    colleague = second_page
    sign_in(colleague, "lead@acme.test")
    colleague.goto("/notifications/")
    mention = colleague.get_by_role(
        "link",
        name=f"{world.member.name} mentioned you on “Cut first-reply time from 18 to 4 hours”",
    )
    expect(mention).to_be_visible()
    mention.click()
    expect(colleague.get_by_role("heading", level=1)).to_have_text(
        "Cut first-reply time from 18 to 4 hours"
    )
    colleague.locator(".discussion__reply summary").click()
    colleague.get_by_label("Your reply").fill("On it: **two macros** ship today.")
    colleague.get_by_role("button", name="Reply", exact=True).click()
    replies = colleague.locator(".discussion__replies")
    expect(replies).to_contain_text("two macros ship today")
    expect(replies.locator("strong")).to_have_text("two macros")
    colleague.locator(".reaction-picker summary").first.click()
    colleague.get_by_role("button", name="Celebrate").click()
    expect(colleague.locator(".reaction--mine")).to_contain_text("1")
    shoot(colleague, "61-comment-reply")
    assert fits_a_phone(colleague)
    shoot(colleague, "61-comment-reply-375", width=375)

    # A sees the reply in the inbox and on the page.
    page.goto("/notifications/")
    reply = page.get_by_role(
        "link",
        name="Bea Lindqvist replied to your comment on “Cut first-reply time from 18 to 4 hours”",
    )
    expect(reply).to_be_visible()
    reply.click()
    expect(page.locator(".discussion__replies")).to_contain_text("two macros ship today")
    expect(page.get_by_role("button", name="Celebrate: Bea Lindqvist")).to_contain_text("1")
    shoot(page, "62-comment-seen")

    # The owner asks the lead for feedback on the key result.
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
    page.goto("/check-in/?all=1")  # checked in this week already: not due, so ask for all
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
    chosen = page.locator(".people-picker .chip")  # prefilled with the contributor
    expect(chosen).to_have_count(1)
    expect(chosen).to_contain_text(world.lead.name)
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
    assert refused == []
