"""The events of an import, sent by the worker (`cairn worker`) once the import committed.

objective_create and check_in_record send their events after each commit; an import of
10,000 objectives would otherwise wait for 10,000 webhook look-ups before it returns. The
same events, for the same rows, in the same order per objective, are sent here instead.
"""

from __future__ import annotations

from collections import defaultdict

from django_tasks import task

from cairn.okrs import events
from cairn.okrs.models import CheckIn, KeyResult, Objective


@task()
def announce_import(
    objective_ids: list[int], check_in_ids: list[int], pace_changes: dict[str, list[str]]
) -> int:
    """Send objective_created, pace_changed and check_in_recorded for imported rows.

    pace_changes maps a key result id (as text: task arguments are JSON) to the old and new
    pace status its imported check-in caused. Return how many events were sent.
    """
    check_ins: dict[int, list[CheckIn]] = defaultdict(list)
    for check_in in (
        CheckIn.objects.filter(pk__in=check_in_ids).select_related("key_result").order_by("pk")
    ):
        check_ins[check_in.key_result.objective_id].append(check_in)
    sent = 0
    for objective in Objective.objects.filter(pk__in=objective_ids).order_by("pk"):
        events.objective_created.send(Objective, objective=objective)
        sent += 1
        for check_in in check_ins[objective.pk]:
            change = pace_changes.get(str(check_in.key_result_id))
            if change:
                events.pace_changed.send(
                    KeyResult, key_result=check_in.key_result, old=change[0], new=change[1]
                )
                sent += 1
            events.check_in_recorded.send(CheckIn, check_in=check_in)
            sent += 1
    return sent
