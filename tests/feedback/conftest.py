"""Feedback fixtures: signed-in clients, tasks run at once, the SMTP server, a key result."""

from __future__ import annotations

import pytest

from tests.notifications.conftest import notification_settings, smtp  # noqa: F401

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Return a context manager running the on-commit callbacks (queued tasks) at its end."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run
