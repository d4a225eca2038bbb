"""Journeys through the identity screens: offboarding someone, sessions, the organisation's tokens."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in

from cairn.api.tokens import token_create
from cairn.okrs.models import Objective

pytestmark = pytest.mark.browser


def test_an_admin_offboards_a_person_in_a_minute(world, page, shoot):
    sign_in(page, "admin@acme.test")
    page.goto(f"/people/{world.member.pk}/")
    page.get_by_text("More actions").click()  # deactivating is in the person page's menu
    page.get_by_role("link", name="Deactivate…").click()
    expect(page.get_by_text(world.objective.title)).to_be_visible()
    assert fits_a_phone(page)
    shoot(page, "30-deactivate")
    shoot(page, "30-deactivate-375", width=375)

    page.get_by_label("Give their open objectives and key results to").select_option(
        label=world.lead.name
    )
    page.get_by_role("button", name=f"Deactivate {world.member.name}").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Deactivated")
    assert Objective.objects.get(pk=world.objective.pk).owner_id == world.lead.pk


def test_sessions_and_the_organisations_tokens_at_desktop_and_phone_width(world, page, shoot):
    token_create(person=world.member, name="<b>CI</b> pipeline")
    sign_in(page, "admin@acme.test")
    page.goto("/settings/sessions/")
    expect(page.locator("main")).to_contain_text("this session")
    assert fits_a_phone(page)
    shoot(page, "31-sessions")
    shoot(page, "31-sessions-375", width=375)

    page.goto("/settings/tokens/organisation/")
    expect(page.get_by_role("button", name="Revoke <b>CI</b> pipeline")).to_be_visible()
    assert fits_a_phone(page)
    shoot(page, "32-organisation-tokens")
    shoot(page, "32-organisation-tokens-375", width=375)
