"""Meeting fixtures: signed-in clients, check-ins at chosen moments, the SMTP and chat servers."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.utils import timezone

from cairn.okrs.models import KeyResult
from cairn.okrs.services import check_in_record
from tests.notifications.conftest import chat_receiver, notification_settings, smtp  # noqa: F401


def check_in(
    key_result: KeyResult,
    value: float,
    confidence: int = 6,
    *,
    days_ago: float = 0,
    now: datetime | None = None,
    note: str = "",
    blockers: str = "",
):
    """Record a check-in by the key result's owner, `days_ago` before now."""
    moment = (now or timezone.now()) - timedelta(days=days_ago)
    return check_in_record(
        key_result=key_result,
        author=key_result.owner,
        value=value,
        confidence=confidence,
        note=note,
        blockers=blockers,
        at=moment,
    )
