"""Audit tests: signed-in clients per persona, and reading back what was recorded."""

from __future__ import annotations

import pytest
from django.test import Client

from cairn.audit.models import AuditEvent
from cairn.organisations.models import Person


@pytest.fixture
def client_for(db):
    """Return a function giving a client signed in as a person."""

    def sign_in(person: Person) -> Client:
        client = Client(REMOTE_ADDR="198.51.100.20", HTTP_USER_AGENT="AuditTest/1.0")
        client.force_login(person.user)
        return client

    return sign_in


def recorded(action: str, **where: object) -> list[AuditEvent]:
    """Return the events of one action (with optional filters), oldest first."""
    return list(AuditEvent.objects.filter(action=action, **where).order_by("id"))
