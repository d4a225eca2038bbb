"""How many transactions an API check-in opens on PostgreSQL, read from libpq's own trace of
what the client sent: the write's, and a second one only when its events queue something."""

from __future__ import annotations

import re
import tempfile

import pytest
from django.db import connection

from cairn.api.models import Webhook, WebhookDelivery
from cairn.okrs.services import key_result_create

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="reads PostgreSQL's protocol (libpq trace)"
    ),
    pytest.mark.django_db(transaction=True),
]

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}


def _commands_sent(post) -> list[str]:
    """Run `post` and return the simple-protocol commands (BEGIN, COMMIT, ...) it sent."""
    connection.ensure_connection()
    pgconn = connection.connection.pgconn
    with tempfile.TemporaryFile() as trace:
        pgconn.trace(trace.fileno())
        try:
            post()
        finally:
            pgconn.untrace()
        trace.seek(0)
        text = trace.read().decode(errors="replace")
    return re.findall(r'\bF\s+\d+\s+Query\s+"([^"]*)"', text)


def _post(api, kr, value):
    def post():
        response = api.post(f"/api/v1/key-results/{kr.pk}/check-ins", {"value": value})
        assert response.status_code == 201, response.content

    return post


def test_a_check_in_whose_events_queue_nothing_commits_once(world, api, settings):
    settings.TASKS = DATABASE_TASKS
    kr = key_result_create(
        actor=world.admin, objective=world.objective, title="K", start=0, target=10
    )
    _post(api["admin"], kr, 1)()  # warm: the token's first use is recorded
    # Reaching the target cannot alert anyone and no webhook listens: the events read the
    # organisation's webhooks outside any transaction and queue nothing.
    commands = _commands_sent(_post(api["admin"], kr, 10))
    assert commands.count("BEGIN") == 1 and commands.count("COMMIT") == 1, commands


def test_a_check_in_whose_events_queue_a_delivery_commits_it_in_a_second_transaction(
    world, api, settings
):
    settings.TASKS = DATABASE_TASKS
    kr = key_result_create(
        actor=world.admin, objective=world.objective, title="K", start=0, target=10
    )
    Webhook.objects.create(
        organisation=world.organisation,
        url="https://hooks.example.com/cairn",
        secret="s" * 32,
        events=["check_in.recorded"],
    )
    _post(api["admin"], kr, 1)()
    commands = _commands_sent(_post(api["admin"], kr, 10))
    # the write, then the delivery and its task together: two commits, never one per row
    assert commands.count("BEGIN") == 2 and commands.count("COMMIT") == 2, commands
    assert WebhookDelivery.objects.filter(event="check_in.recorded").count() == 2
