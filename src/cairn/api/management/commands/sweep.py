"""`cairn sweep`: the periodic chores for cron users (`cairn worker` also runs them by itself)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from cairn.notifications.schedule import notifications_tick, sweep_run


class Command(BaseCommand):
    help = (
        "Announce pace changes that time alone caused (key_result.status_changed webhooks and "
        "alerts), retry due webhook deliveries, delete expired Idempotency-Keys and audit events "
        "past their organisation's retention, and send the "
        "check-in reminders, alerts and due notification deliveries."
    )

    def handle(self, *args: object, **options: object) -> None:
        chores = sweep_run(claim=False)
        tick = notifications_tick()
        self.stdout.write(
            f"{chores.pace_changes} pace changes announced, {chores.webhooks} due webhook "
            f"deliveries delivered, {chores.pruned} expired idempotency keys deleted, "
            f"{chores.audit_purged} audit events past retention deleted, "
            f"{chores.feedback_reminders} feedback reminders sent, "
            f"{tick.reminders + tick.grading} reminders sent, {tick.digests} digests sent, "
            f"{tick.sent} notifications delivered"
        )
