"""Turn OKR events into alert tasks; receivers only enqueue, the alerts module decides."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from cairn import tasks
from cairn.notifications.alerts import alert_check_in, alert_pace_change
from cairn.okrs import events
from cairn.okrs.models import CheckIn, KeyResult


@receiver(events.check_in_recorded, dispatch_uid="cairn.notifications.check_in_recorded")
def on_check_in(sender: Any, check_in: CheckIn, **kwargs: Any) -> None:
    tasks.enqueue(alert_check_in, check_in.pk)


@receiver(events.pace_changed, dispatch_uid="cairn.notifications.pace_changed")
def on_pace_changed(sender: Any, key_result: KeyResult, old: str, new: str, **kwargs: Any) -> None:
    tasks.enqueue(alert_pace_change, key_result.pk, old, new)
