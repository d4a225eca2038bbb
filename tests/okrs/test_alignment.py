"""Alignment: one parent, no loops, same organisation, an enclosing cycle."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from cairn.okrs.models import Cycle
from cairn.okrs.services import key_result_create, objective_align, objective_create


@pytest.fixture
def company_objective(world):
    return objective_create(actor=world.admin, cycle=world.cycle, title="Customers love us")


def test_it_aligns_to_a_parent_key_result(world, company_objective):
    kr = key_result_create(
        actor=world.admin, objective=company_objective, title="NPS 30 to 50", start=30, target=50
    )
    objective_align(objective=world.objective, actor=world.member, parent_key_result=kr)
    world.objective.refresh_from_db()
    assert world.objective.parent_key_result == kr


def test_it_rejects_a_loop(world, company_objective):
    objective_align(
        objective=world.objective, actor=world.admin, parent_objective=company_objective
    )
    with pytest.raises(ValidationError, match="loop"):
        objective_align(
            objective=company_objective, actor=world.admin, parent_objective=world.objective
        )
    with pytest.raises(ValidationError, match="loop"):
        objective_align(
            objective=world.objective, actor=world.admin, parent_objective=world.objective
        )
    company_objective.refresh_from_db()
    assert company_objective.parent_objective is None


def test_it_rejects_a_loop_through_a_key_result(world, company_objective):
    objective_align(
        objective=world.objective, actor=world.admin, parent_objective=company_objective
    )
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="X", start=0, target=1
    )
    with pytest.raises(ValidationError, match="loop"):
        objective_align(objective=company_objective, actor=world.admin, parent_key_result=kr)


def test_it_rejects_a_parent_from_another_organisation(world):
    foreign_cycle = Cycle.objects.create(
        organisation=world.outsider.organisation,
        name="Q",
        start=world.cycle.start,
        end=world.cycle.end,
    )
    foreign = objective_create(actor=world.outsider, cycle=foreign_cycle, title="Theirs")
    with pytest.raises(ValidationError) as caught:
        objective_align(objective=world.objective, actor=world.admin, parent_objective=foreign)
    assert "parent_objective" in caught.value.message_dict


def test_it_rejects_a_parent_whose_cycle_does_not_enclose(world):
    later = Cycle.objects.create(
        organisation=world.organisation,
        name="Next",
        start=world.cycle.end + dt.timedelta(days=1),
        end=world.cycle.end + dt.timedelta(days=90),
    )
    parent = objective_create(actor=world.admin, cycle=later, title="Later")
    with pytest.raises(ValidationError, match="enclose"):
        objective_align(objective=world.objective, actor=world.admin, parent_objective=parent)


def test_a_year_objective_encloses_a_quarter(world):
    year = Cycle.objects.create(
        organisation=world.organisation,
        name="Year",
        start=world.cycle.start - dt.timedelta(days=30),
        end=world.cycle.end + dt.timedelta(days=200),
    )
    parent = objective_create(actor=world.admin, cycle=year, title="A great year")
    objective_align(objective=world.objective, actor=world.member, parent_objective=parent)


def test_it_refuses_two_parents(world, company_objective):
    kr = key_result_create(
        actor=world.admin, objective=company_objective, title="K", start=0, target=1
    )
    with pytest.raises(ValidationError, match="not both"):
        objective_align(
            objective=world.objective,
            actor=world.admin,
            parent_objective=company_objective,
            parent_key_result=kr,
        )
