"""The objective page's actions menu, collapsible coach, the creation toast, "No check-in yet"."""

from __future__ import annotations

import pytest

from cairn.okrs.models import Objective
from cairn.okrs.services import check_in_record, key_result_create
from tests.web.personal.test_objectives import objective_data


def page_of(client, objective) -> str:
    return client.get(f"/objectives/{objective.pk}/").content.decode()


@pytest.fixture
def fresh_kr(world):
    """Return a key result nobody has checked in on yet."""
    return key_result_create(
        actor=world.member, objective=world.objective, title="Ship the app", start=0, target=10
    )


@pytest.mark.parametrize("persona", ["admin", "lead", "member"])
def test_editors_find_the_key_result_actions_in_a_menu(world, fresh_kr, client_for, persona):
    page = page_of(client_for(getattr(world, persona)), world.objective)
    menu = page.split('<details class="actions-menu')[1].split("</details>")[0]
    assert f"/key-results/{fresh_kr.pk}/edit/" in menu and "Edit the key result" in menu
    assert f"parent_key_result={fresh_kr.pk}" in menu


def test_a_viewer_gets_no_actions_menu(world, fresh_kr, client_for):
    page = page_of(client_for(world.viewer), world.objective)
    assert '<details class="actions-menu' not in page
    assert f"/key-results/{fresh_kr.pk}/edit/" not in page  # a viewer may only open discussions


def test_the_coach_panel_is_collapsible(world, fresh_kr, client_for):
    page = page_of(client_for(world.member), world.objective)
    assert '<details class="coach-panel__details card"' in page
    assert '<summary class="coach-panel__summary"><h2 id="coach-heading">Coach' in page


def test_creating_an_objective_shows_a_success_message(world, client_for):
    response = client_for(world.member).post("/objectives/new/", objective_data(world), follow=True)
    assert Objective.objects.filter(title="Make onboarding delightful").exists()
    assert "Objective created." in response.content.decode()
    assert "toast--success" in response.content.decode()


@pytest.mark.parametrize("url", ["/", "/check-in/", "objective"])
def test_a_new_key_result_says_no_check_in_yet(world, fresh_kr, client_for, url):
    client = client_for(world.member)
    address = f"/objectives/{world.objective.pk}/" if url == "objective" else url
    page = client.get(address).content.decode()
    card = page.split(f">{fresh_kr.title}<")[1][:3000]
    assert "No check-in yet" in card
    assert "Off track" not in card.split("</li>")[0] and "5/10" not in card.split("</article>")[0]


def test_after_the_first_check_in_pace_and_confidence_show(world, fresh_kr, client_for):
    check_in_record(key_result=fresh_kr, author=world.member, value=1, confidence=3)
    page = page_of(client_for(world.member), world.objective)
    card = page.split(f'id="kr-{fresh_kr.pk}"')[1].split("</article>")[0]
    assert "No check-in yet" not in card and "3/10" in card


def test_a_new_key_result_is_due_not_in_need_of_attention(world, fresh_kr, client_for):
    page = client_for(world.member).get("/").content.decode()
    assert "Needs attention" not in page and "Due" in page
