"""The board and the cycles list lead to a cycle's export, paste, import and quality review."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from cairn.okrs.models import CycleState


def links(world, client_for, person, page: str) -> dict[str, bool]:
    cycle = world.cycle
    html = client_for(person).get(page).content.decode()
    targets = {
        "export": reverse("cycle_export", args=[cycle.pk, "md"]),
        "excel": reverse("cycle_export_xlsx", args=[cycle.pk]),
        "paste": reverse("paste", args=[cycle.pk]),
        "import": reverse("spreadsheet_import", args=[cycle.pk]),
        "quality": reverse("quality_review", args=[cycle.pk]),
        "coach settings": reverse("coach_settings"),
    }
    return {name: f'href="{url}"' in html for name, url in targets.items()}


@pytest.mark.parametrize("page", ["board", "cycles"])
def test_writers_see_every_way_in_and_out(world, client_for, page):
    url = reverse("board", args=[world.cycle.pk]) if page == "board" else reverse("cycles")

    seen = links(world, client_for, world.member, url)

    assert seen == {
        "export": True, "excel": True, "paste": True, "import": True, "quality": True,
        "coach settings": False,
    }  # fmt: skip


def test_viewers_see_export_and_review_but_cannot_bring_okrs_in(world, client_for):
    seen = links(world, client_for, world.viewer, reverse("board", args=[world.cycle.pk]))

    assert seen["export"] and seen["quality"]
    assert not seen["paste"] and not seen["import"]


def test_a_cycle_past_active_offers_no_paste_or_import(world, client_for):
    world.cycle.state = CycleState.GRADING
    world.cycle.save()

    seen = links(world, client_for, world.admin, reverse("board", args=[world.cycle.pk]))

    assert seen["export"] and seen["quality"]
    assert not seen["paste"] and not seen["import"]


def test_only_admins_find_the_coach_settings_in_the_menu(world, client_for):
    assert links(world, client_for, world.admin, reverse("home"))["coach settings"]
    assert not links(world, client_for, world.lead, reverse("home"))["coach settings"]


@pytest.mark.parametrize(
    "page", ["cycles", "quality_review", "paste", "grading", "spreadsheet_import"]
)
def test_every_page_of_a_cycle_marks_cycles_as_the_current_section(world, client_for, page):
    url = reverse(page, args=[] if page == "cycles" else [world.cycle.pk])

    html = client_for(world.admin).get(url).content.decode()

    menu = html.split("<nav", 1)[1].split("</nav>", 1)[0]  # the app's menu, not breadcrumbs
    current = re.findall(r'<a [^>]*aria-current="page"[^>]*>([^<]+)</a>', menu)
    assert [label.strip() for label in current] == ["Cycles"]
