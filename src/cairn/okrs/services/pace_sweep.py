"""Time alone moves key results between on track, at risk and off track: notice it, announce it.

A check-in announces the pace change it causes at once (services.check_ins). Between check-ins
expected progress keeps rising, so `pace_sweep` (run by `cairn sweep`, e.g. every 15 minutes)
compares each active key result's pace now with the status last announced, stores the new one
and sends `events.pace_changed` for each change. The first observation is stored silently.
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from cairn.okrs import events, measures
from cairn.okrs.models import CycleState, KeyResult

BATCH = 2_000


def _announce(key_result: KeyResult, old: str, new: str) -> None:
    transaction.on_commit(
        lambda: events.pace_changed.send(KeyResult, key_result=key_result, old=old, new=new)
    )


@transaction.atomic
def pace_sweep(*, now: datetime | None = None) -> int:
    """Store every active key result's pace status; return how many changes were announced."""
    now = now or timezone.now()
    rows = (
        KeyResult.objects.filter(objective__cycle__state=CycleState.ACTIVE)
        .select_related("objective__cycle", "organisation")
        .order_by("pk")
    )
    changed: list[KeyResult] = []
    announced = 0
    for key_result in rows.iterator(chunk_size=BATCH):
        status = str(
            measures.pace(
                key_result, key_result.objective.cycle, key_result.organisation, now
            ).status
        )
        if status == key_result.pace_status:
            continue
        if key_result.pace_status:
            _announce(key_result, key_result.pace_status, status)
            announced += 1
        key_result.pace_status = status
        changed.append(key_result)
    KeyResult.objects.bulk_update(changed, ["pace_status"], batch_size=BATCH)
    return announced
