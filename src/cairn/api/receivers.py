"""Turn the OKR events into webhook deliveries; these only describe and enqueue."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from cairn.api.models import WebhookEvent
from cairn.api.webhooks import active_webhooks_once, emit
from cairn.okrs import events
from cairn.okrs.models import CheckIn, KeyResult, Objective


def _objective(objective: Objective) -> dict[str, Any]:
    return {
        "id": objective.pk,
        "title": objective.title,
        "cycle": objective.cycle_id,
        "owner": objective.owner_id,
        "team": objective.team_id,
        "progress": objective.progress,
        "grade": objective.grade,
    }


def _key_result(key_result: KeyResult) -> dict[str, Any]:
    return {
        "id": key_result.pk,
        "objective": key_result.objective_id,
        "title": key_result.title,
        "current": key_result.current,
        "progress": key_result.progress,
        "confidence": key_result.confidence,
    }


@receiver(events.preparing, dispatch_uid="cairn.api.preparing")
def read_webhooks(sender: Any, organisation_id: int, **kwargs: Any) -> None:
    """Read the organisation's active webhooks once, before the events' transaction."""
    active_webhooks_once(organisation_id)


@receiver(events.check_in_recorded, dispatch_uid="cairn.api.check_in_recorded")
def on_check_in(sender: Any, check_in: CheckIn, **kwargs: Any) -> None:
    data = {
        "check_in": {
            "id": check_in.pk,
            "key_result": check_in.key_result_id,
            "author": check_in.author_id,
            "checked_in_at": check_in.checked_in_at,
            "value": check_in.value,
            "done": check_in.done,
            "confidence": check_in.confidence,
            "note": check_in.note,
            "source": check_in.source,
        },
        "key_result": _key_result(check_in.key_result),
    }
    emit(check_in.organisation_id, WebhookEvent.CHECK_IN_RECORDED, data)


@receiver(events.pace_changed, dispatch_uid="cairn.api.pace_changed")
def on_pace_changed(sender: Any, key_result: KeyResult, old: str, new: str, **kwargs: Any) -> None:
    data = {"key_result": _key_result(key_result), "old_status": old, "new_status": new}
    emit(key_result.organisation_id, WebhookEvent.KEY_RESULT_STATUS_CHANGED, data)


@receiver(events.objective_created, dispatch_uid="cairn.api.objective_created")
def on_objective_created(sender: Any, objective: Objective, **kwargs: Any) -> None:
    emit(
        objective.organisation_id,
        WebhookEvent.OBJECTIVE_CREATED,
        {"objective": _objective(objective)},
    )


@receiver(events.objective_closed, dispatch_uid="cairn.api.objective_closed")
def on_objective_closed(sender: Any, objective: Objective, **kwargs: Any) -> None:
    emit(
        objective.organisation_id,
        WebhookEvent.OBJECTIVE_CLOSED,
        {"objective": _objective(objective)},
    )
