"""Signals sent after a transaction commits, for integrations such as webhooks.

Business rules never live in receivers: services do the work, these only announce it.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.dispatch import Signal

# sender=CheckIn class, check_in=CheckIn, and previous_confidence (int | None) when the sender
# knows the confidence of the key result's effective check-in before this one (None: none).
check_in_recorded = Signal()
objective_created = Signal()  # objective=Objective
objective_closed = Signal()  # objective=Objective (its cycle closed)
pace_changed = Signal()  # key_result=KeyResult, old=str, new=str
# organisation_id=int: sent by `sent_together` before its events, outside their transaction, so
# that receivers read what the events will share (the organisation's webhooks) into `batch()`
# without a transaction; the events' own transaction then opens only if a receiver writes.
preparing = Signal()

_together: ContextVar[dict[Any, Any] | None] = ContextVar("cairn_events_together", default=None)


@contextmanager
def sent_together(organisation_id: int | None = None) -> Iterator[None]:
    """Send the events inside as one batch: their receivers may share what they read (`batch`),
    such as the organisation's webhooks, instead of reading it once per event. With the
    organisation, `preparing` lets them read it first (enter this before the events' atomic
    block, so that the read needs no transaction of its own)."""
    token = _together.set({})
    try:
        if organisation_id is not None:
            preparing.send(None, organisation_id=organisation_id)
        yield
    finally:
        _together.reset(token)


def batch() -> dict[Any, Any] | None:
    """Return the memo of the events being sent together, or None outside `sent_together`."""
    return _together.get()
