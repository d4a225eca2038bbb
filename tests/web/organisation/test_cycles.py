"""Cycle management: quarter presets, creating cycles, moving them through their states."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from cairn.okrs.models import Cycle
from cairn.web.forms.cycles import quarter_presets
from tests.factories import CycleFactory


def test_presets_follow_calendar_quarters():
    presets = quarter_presets(1, dt.date(2026, 8, 15), count=3)
    assert [(p.name, p.start, p.end) for p in presets] == [
        ("2026 Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
        ("2026 Q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
        ("2027 Q1", dt.date(2027, 1, 1), dt.date(2027, 3, 31)),
    ]


def test_presets_follow_the_fiscal_year_start_month():
    presets = quarter_presets(4, dt.date(2026, 3, 10), count=2)
    assert [(p.name, p.start, p.end) for p in presets] == [
        ("FY26 Q4", dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        ("FY27 Q1", dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
    ]


def test_an_admin_creates_a_cycle_from_a_preset(world, client_for):
    preset = quarter_presets(1, dt.date.today(), count=2)[1]
    response = client_for(world.admin).post(reverse("cycles"), {"preset": preset.key})
    assert response.status_code == 302
    cycle = Cycle.objects.get(organisation=world.organisation, name=preset.name)
    assert (cycle.start, cycle.end, cycle.state) == (preset.start, preset.end, "planning")


def test_an_admin_creates_a_cycle_with_custom_dates(world, client_for):
    data = {"name": "Hackathon", "start": "2027-01-10", "end": "2027-01-20"}
    assert client_for(world.admin).post(reverse("cycles"), data).status_code == 302
    assert Cycle.objects.filter(organisation=world.organisation, name="Hackathon").exists()


def test_a_cycle_ending_before_it_starts_is_refused(world, client_for):
    data = {"name": "Backwards", "start": "2027-02-10", "end": "2027-01-20"}
    response = client_for(world.admin).post(reverse("cycles"), data)
    assert response.status_code == 400
    assert "The cycle must end on or after its start." in response.content.decode()
    assert not Cycle.objects.filter(name="Backwards").exists()


def test_missing_fields_and_duplicate_names_are_refused(world, client_for):
    client = client_for(world.admin)
    response = client.post(reverse("cycles"), {"name": "", "start": "", "end": ""})
    assert response.status_code == 400
    assert "Choose a quarter or fill this in." in response.content.decode()
    data = {"name": "q3", "start": "2027-01-01", "end": "2027-03-31"}
    response = client.post(reverse("cycles"), data)
    assert response.status_code == 400
    assert "already exists" in response.content.decode()


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_create_cycles(world, client_for, persona):
    data = {"name": "Sneaky", "start": "2027-01-10", "end": "2027-01-20"}
    response = client_for(getattr(world, persona)).post(reverse("cycles"), data)
    assert response.status_code == 403
    assert not Cycle.objects.filter(name="Sneaky").exists()


def test_non_admins_see_cycles_without_controls(world, client_for):
    html = client_for(world.viewer).get(reverse("cycles")).content.decode()
    assert world.cycle.name in html and "New cycle" not in html and "to grading" not in html


def test_an_admin_moves_a_cycle_through_its_states(world, client_for):
    client = client_for(world.admin)
    planning = CycleFactory(organisation=world.organisation, name="Q4", state="planning")
    url = reverse("cycle_transition", args=[planning.pk])
    assert client.post(url, {"to_state": "active"}).status_code == 302
    response = client.post(url, {"to_state": "grading"})
    assert response["Location"] == reverse("grading", args=[planning.pk])
    planning.refresh_from_db()
    assert planning.state == "grading"


def test_skipping_a_state_is_refused(world, client_for):
    url = reverse("cycle_transition", args=[world.cycle.pk])
    response = client_for(world.admin).post(url, {"to_state": "closed"})
    assert response.status_code == 400
    world.cycle.refresh_from_db()
    assert world.cycle.state == "active"


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_move_cycles(world, client_for, persona):
    url = reverse("cycle_transition", args=[world.cycle.pk])
    response = client_for(getattr(world, persona)).post(url, {"to_state": "grading"})
    assert response.status_code == 403


def test_another_organisations_cycle_is_not_found(world, client_for):
    url = reverse("cycle_transition", args=[world.cycle.pk])
    assert client_for(world.outsider).post(url, {"to_state": "grading"}).status_code == 404


def test_a_quarter_nests_in_a_year_and_must_lie_within_it(world, client_for):
    year = CycleFactory(
        organisation=world.organisation,
        name="2030",
        start=dt.date(2030, 1, 1),
        end=dt.date(2030, 12, 31),
        state="planning",
    )
    client = client_for(world.admin)
    data = {"name": "2030 Q1", "start": "2030-01-01", "end": "2030-03-31", "parent": year.pk}
    assert client.post(reverse("cycles"), data).status_code == 302
    assert Cycle.objects.get(name="2030 Q1").parent == year
    data = {"name": "2031 Q1", "start": "2031-01-01", "end": "2031-03-31", "parent": year.pk}
    response = client.post(reverse("cycles"), data)
    assert response.status_code == 400 and "within its parent" in response.content.decode()


def test_cycles_are_listed_newest_first(world, client_for):
    CycleFactory(
        organisation=world.organisation,
        name="Old",
        start=dt.date(2001, 1, 1),
        end=dt.date(2001, 3, 31),
        state="closed",
    )
    html = client_for(world.admin).get(reverse("cycles")).content.decode()
    assert html.index(world.cycle.name) < html.index("Old")


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [("2027-01-10", "2027-01-10", "1 day"), ("2027-01-01", "2126-12-31", "36,524 days")],
)
def test_an_unusual_length_is_confirmed_before_the_cycle_is_created(
    world, client_for, start, end, days
):
    client = client_for(world.admin)
    data = {"name": "Odd", "start": start, "end": end}

    asked = client.post(reverse("cycles"), data)
    confirmed = client.post(reverse("cycles"), {**data, "confirm_length": "on"})

    assert asked.status_code == 400
    page = asked.content.decode()
    assert f"This cycle would last {days}" in page
    assert 'type="checkbox" name="confirm_length"' in page
    assert f"Yes, {days} is what I mean" in page
    assert confirmed.status_code == 302
    assert Cycle.objects.filter(organisation=world.organisation, name="Odd").count() == 1


def test_a_usual_length_asks_nothing(world, client_for):
    response = client_for(world.admin).get(reverse("cycles"))

    assert 'type="hidden" name="confirm_length"' in response.content.decode()


def test_each_move_says_what_will_happen_before_it_is_made(world, client_for):
    world.cycle.state = "planning"
    world.cycle.save()

    page = client_for(world.admin).get(reverse("cycles")).content.decode()

    assert f'aria-label="Start {world.cycle.name}?"' in page
    assert "A started cycle cannot go back to planning." in page
    assert '<button type="submit" class="button button--primary">Start the cycle</button>' in page


def test_dates_a_quarter_fills_in_are_not_called_optional(world, client_for):
    page = client_for(world.admin).get(reverse("cycles")).content.decode()

    assert '<label for="id_start">Start</label>' in page
    assert "Filled in from the quarter when you pick one." in page
    assert '<label for="id_parent">Part of (e.g. the year) <span class="optional">' in page
