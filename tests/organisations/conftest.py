"""Fixtures for the organisation services' tests."""

from __future__ import annotations

import pytest
from django.test import Client

from cairn.organisations.models import Person


@pytest.fixture
def client_for_web(db):
    """Return a function giving a web client signed in as a person."""

    def sign_in(person: Person) -> Client:
        client = Client()
        client.force_login(person.user)
        return client

    return sign_in
