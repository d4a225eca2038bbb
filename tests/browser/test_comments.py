"""Journey in real Chromium: a mention on an at-risk key result, read in the inbox, answered."""

from __future__ import annotations

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in

from cairn.okrs import measures
from cairn.okrs.services import check_in_record, key_result_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_mention_reaches_the_colleague_who_replies_and_the_author_sees_it(
    world, page, chromium, live_server, shoot, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    world.lead.user.first_name, world.lead.user.last_name = "Bea", "Lindqvist"
    world.lead.user.save()
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="Cut first-reply time",
        start=18, target=4, unit="hours",
    )  # fmt: skip
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
    other = chromium.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    colleague = other.new_page()
    sign_in(colleague, "lead@acme.test")
    colleague.goto("/notifications/")
    mention = colleague.get_by_role(
        "link", name=f"{world.member.name} mentioned you on “Cut first-reply time”"
    )
    expect(mention).to_be_visible()
    mention.click()
    expect(colleague.get_by_role("heading", level=1)).to_have_text("Cut first-reply time")
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
    other.close()

    # A sees the reply in the inbox and on the page.
    page.goto("/notifications/")
    reply = page.get_by_role(
        "link", name="Bea Lindqvist replied to your comment on “Cut first-reply time”"
    )
    expect(reply).to_be_visible()
    reply.click()
    expect(page.locator(".discussion__replies")).to_contain_text("two macros ship today")
    expect(page.get_by_role("button", name="Celebrate: Bea Lindqvist")).to_contain_text("1")
    shoot(page, "62-comment-seen")
    assert refused == []
