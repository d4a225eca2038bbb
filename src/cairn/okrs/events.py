"""Signals for integrations such as webhooks, sent once a service has done its work.

Business rules never live in receivers: services do the work, these only announce it, and
receivers only describe and enqueue (cairn.tasks.enqueue). The check-in services send
check_in_recorded and pace_changed at the end of their transaction, so what receivers queue
commits with the check-in, in one commit; the others are sent after the commit.
"""

from django.dispatch import Signal

check_in_recorded = Signal()  # sender=CheckIn class, check_in=CheckIn
objective_created = Signal()  # objective=Objective
objective_closed = Signal()  # objective=Objective (its cycle closed)
pace_changed = Signal()  # key_result=KeyResult, old=str, new=str
