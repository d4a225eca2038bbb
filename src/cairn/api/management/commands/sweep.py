"""`cairn sweep`: the periodic chores; run it from cron or a systemd timer (every 15 minutes)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from cairn.api.idempotency import idempotency_keys_prune
from cairn.api.webhooks import retry_due_webhooks
from cairn.okrs.services.pace_sweep import pace_sweep


class Command(BaseCommand):
    help = (
        "Announce pace changes that time alone caused (key_result.status_changed webhooks), "
        "retry due webhook deliveries and delete expired Idempotency-Keys."
    )

    def handle(self, *args: object, **options: object) -> None:
        changed = pace_sweep()
        delivered = retry_due_webhooks.call()
        pruned = idempotency_keys_prune()
        self.stdout.write(
            f"{changed} pace changes announced, {delivered} due webhook deliveries delivered, "
            f"{pruned} expired idempotency keys deleted"
        )
