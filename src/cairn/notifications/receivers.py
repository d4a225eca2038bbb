"""Turn OKR and account events into notification tasks; receivers only enqueue, tasks decide."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver
from django.utils import timezone

from cairn import tasks
from cairn.accounts.two_factor import two_factor_was_reset
from cairn.notifications.alerts import (
    alert_check_in,
    alert_pace_change,
    check_in_may_alert,
    pace_may_alert,
)
from cairn.notifications.security import notify_two_factor_reset
from cairn.okrs import events
from cairn.okrs.models import CheckIn, KeyResult


@receiver(events.check_in_recorded, dispatch_uid="cairn.notifications.check_in_recorded")
def on_check_in(sender: Any, check_in: CheckIn, **kwargs: Any) -> None:
    if "previous_confidence" in kwargs and not check_in_may_alert(
        check_in, kwargs["previous_confidence"]
    ):
        return  # sure to tell no one: no task (most check-ins, at up to hundreds a second)
    tasks.enqueue(alert_check_in, check_in.pk)


@receiver(events.pace_changed, dispatch_uid="cairn.notifications.pace_changed")
def on_pace_changed(sender: Any, key_result: KeyResult, old: str, new: str, **kwargs: Any) -> None:
    if not pace_may_alert(new):
        return  # back on track, too early, done…: no task to tell no one
    tasks.enqueue(alert_pace_change, key_result.pk, old, new)


@receiver(two_factor_was_reset, dispatch_uid="cairn.notifications.two_factor_reset")
def on_two_factor_reset(sender: Any, person: Any, actor: Any, removed: Any = None, **kwargs: Any):
    at = timezone.now().isoformat()
    tasks.enqueue(notify_two_factor_reset, person.pk, actor.pk, at, [str(r) for r in removed or []])
