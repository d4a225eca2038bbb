"""Signals sent after a transaction commits, for integrations such as webhooks.

Business rules never live in receivers: services do the work, these only announce it.
"""

from django.dispatch import Signal

check_in_recorded = Signal()  # sender=CheckIn class, check_in=CheckIn
objective_created = Signal()  # objective=Objective
objective_closed = Signal()  # objective=Objective (its cycle closed)
pace_changed = Signal()  # key_result=KeyResult, old=str, new=str
