"""Signals sent after a transaction commits, for integrations such as webhooks.

Business rules never live in receivers: services do the work, these only announce it.
"""

from django.dispatch import Signal

# sender=CheckIn class, check_in=CheckIn, and previous_confidence (int | None) when the sender
# knows the confidence of the key result's effective check-in before this one (None: none).
check_in_recorded = Signal()
objective_created = Signal()  # objective=Objective
objective_closed = Signal()  # objective=Objective (its cycle closed)
pace_changed = Signal()  # key_result=KeyResult, old=str, new=str
