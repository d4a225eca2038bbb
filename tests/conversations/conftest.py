"""Conversation fixtures: signed-in clients, tasks run at once, the SMTP server."""

from __future__ import annotations

import pytest

from tests.notifications.conftest import notification_settings, smtp  # noqa: F401

XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&"


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Return a function calling a service as if its transaction committed (tasks then run)."""

    def run(service, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return service(**kwargs)

    return run
