"""Stored dashboard aggregates: what the check-in scan of a big cycle would otherwise recount."""

from __future__ import annotations

from django.db import models

from cairn.okrs.models import Cycle
from cairn.organisations.models import Organisation


class CheckInDay(models.Model):
    """The check-ins of one day on the key results of one team's objectives of one visibility.

    Kept by `cairn.dashboards.aggregates`: each check-in appends a row of what it adds (a plain
    INSERT, so check-ins in different parts of the tree never wait for each other on a shared
    row) and the sweep folds a day's rows into one (`compact`); readers sum the rows of a key.
    `cairn dashboards rebuild` recomputes them. Days are in the organisation's time zone; `week` counts the
    cycle's weeks from its first day, as the confidence trend does. A check-in that a later
    correction replaced is not counted (its correction is). `key_results` counts the key
    results whose first check-in of their week is on this day, so summing a week's days gives
    the key results checked in that week. `team_key` is the team's id, 0 without a team.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="+")
    team_key = models.PositiveIntegerField()
    visibility = models.CharField(max_length=8)
    day = models.DateField()
    week = models.PositiveSmallIntegerField()
    check_ins = models.IntegerField(default=0)
    confidence_sum = models.IntegerField(default=0)
    key_results = models.IntegerField(default=0)

    class Meta:
        indexes = [
            models.Index(fields=["cycle", "team_key", "visibility", "day"], name="check_in_day_key")
        ]

    def __str__(self) -> str:
        return f"{self.cycle_id}/{self.team_key}/{self.visibility} {self.day}"
