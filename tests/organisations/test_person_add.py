"""Adding a person directly is for the system (demo, generate, acceptance); admins invite."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from cairn.organisations.models import Person
from cairn.organisations.services import person_add


def test_an_admin_cannot_add_an_existing_account_directly(world):
    with pytest.raises(PermissionDenied):
        person_add(organisation=world.organisation, actor=world.admin, email="outsider@other.test")
    assert not Person.objects.filter(
        organisation=world.organisation, user=world.outsider.user
    ).exists()


def test_an_admin_cannot_add_a_new_address_directly_either(world):
    with pytest.raises(PermissionDenied):
        person_add(organisation=world.organisation, actor=world.admin, email="new@acme.test")
    assert not Person.objects.filter(user__email="new@acme.test").exists()


def test_the_system_still_adds_directly(world):
    person = person_add(
        organisation=world.organisation, actor=None, email="New@acme.test", first_name="Nia"
    )
    assert person.organisation == world.organisation and person.user.first_name == "Nia"
