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


class Snapshot(models.Model):
    """When the stored pace rows and grade rows of a cycle were last computed (None: never).

    Written by `cairn.dashboards.snapshots` (the sweep, `cairn dashboards rebuild`). A reader
    uses the pace rows only while they are younger than `CAIRN_DASHBOARD_SNAPSHOT_MINUTES`, and
    the grade rows of a closed cycle whenever they exist (a closed cycle no longer changes).
    """

    cycle = models.OneToOneField(
        Cycle, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    paces_at = models.DateTimeField(null=True)
    grades_at = models.DateTimeField(null=True)

    def __str__(self) -> str:
        return f"{self.cycle_id}: paces {self.paces_at}, grades {self.grades_at}"


class TeamPace(models.Model):
    """The key results of one team's objectives of one visibility with one pace status.

    `progress_sum` adds progress clamped to 0–1; `recent` counts those checked in within the
    discipline window (7 days) before `Snapshot.paces_at`. `team_key` is 0 without a team.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="+")
    team_key = models.PositiveIntegerField()
    visibility = models.CharField(max_length=8)
    pace = models.CharField(max_length=12)
    key_results = models.IntegerField()
    progress_sum = models.FloatField()
    confidence_sum = models.IntegerField()
    recent = models.IntegerField()

    class Meta:
        indexes = [models.Index(fields=["cycle", "team_key"], name="team_pace_key")]

    def __str__(self) -> str:
        return f"{self.cycle_id}/{self.team_key}/{self.visibility} {self.pace}"


class RiskyKeyResult(models.Model):
    """A key result off track (rank 0) or at risk (rank 1) at the snapshot: the at-risk order.

    The index reads a cycle's rows in the at-risk list's order (off track first, then lowest
    confidence, then lowest progress), so the list is an index scan that stops after its limit;
    what the reader may see and the dashboard's scope are checked on the live objective.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="+")
    key_result = models.OneToOneField(
        "okrs.KeyResult", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    team_key = models.PositiveIntegerField()
    rank = models.PositiveSmallIntegerField()
    confidence = models.PositiveSmallIntegerField()
    progress = models.FloatField()

    class Meta:
        indexes = [
            models.Index(
                fields=["cycle", "rank", "confidence", "progress", "key_result"],
                name="risky_key_result_order",
            )
        ]

    def __str__(self) -> str:
        return f"{self.cycle_id}: {self.key_result_id} ({self.rank})"


class GradeCount(models.Model):
    """The objectives of a closed cycle of one team, visibility, kind and grade band."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="+")
    team_key = models.PositiveIntegerField()
    visibility = models.CharField(max_length=8)
    kind = models.CharField(max_length=12)
    band = models.CharField(max_length=8)
    objectives = models.IntegerField()

    class Meta:
        indexes = [models.Index(fields=["cycle", "team_key"], name="grade_count_key")]

    def __str__(self) -> str:
        return f"{self.cycle_id}/{self.team_key}/{self.visibility} {self.kind} {self.band}"


class PaceDay(models.Model):
    """A past day of a cycle whose as-of rows (`TeamPaceDay`, `RiskyKeyResultDay`) are complete.

    Written by `cairn.dashboards.days` with the rows; readers use a day's rows only when this
    marker exists and its `signature` (the cycle's dates, the pace thresholds, the time zone)
    still matches. Removed when what the rows assumed changes: an objective's team or
    visibility, a deletion (`days_dropped`), a check-in or correction dated on or before the
    day (found by the sweep through `check_ins_upto`, the highest check-in id already seen).
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    written_at = models.DateTimeField()
    check_ins_upto = models.BigIntegerField(default=0)
    signature = models.CharField(max_length=200)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["cycle", "day"], name="pace_day_unique")]

    def __str__(self) -> str:
        return f"{self.cycle_id} {self.day}"


class TeamPaceDay(models.Model):
    """As `TeamPace`, as the cycle stood at the end of `day` (organisation's time zone).

    `team_key` is the objective's team *then* (0: none); `visibility` and `visible_team` are
    the objective's visibility and team when the row was written (today's, while the day's
    `PaceDay` marker stands), so a reader counts exactly the rows of objectives they may see now.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    team_key = models.PositiveIntegerField()
    visibility = models.CharField(max_length=8)
    visible_team = models.PositiveIntegerField()
    pace = models.CharField(max_length=12)
    key_results = models.IntegerField()
    progress_sum = models.FloatField()
    confidence_sum = models.IntegerField()
    recent = models.IntegerField()

    class Meta:
        indexes = [models.Index(fields=["cycle", "day", "team_key"], name="team_pace_day_key")]

    def __str__(self) -> str:
        return f"{self.cycle_id} {self.day}/{self.team_key}/{self.visibility} {self.pace}"


class RiskyKeyResultDay(models.Model):
    """One of the worst key results of a (team then, visibility, team now) bucket on a day.

    At most `days.AT_RISK_PER_BUCKET` per bucket and day, in the at-risk order (rank 0 off
    track, 1 at risk, then confidence, then progress): the union of the buckets a reader may
    see holds that reader's list of the page.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    key_result = models.ForeignKey("okrs.KeyResult", on_delete=models.CASCADE, related_name="+")
    objective = models.ForeignKey("okrs.Objective", on_delete=models.CASCADE, related_name="+")
    team_key = models.PositiveIntegerField()
    visibility = models.CharField(max_length=8)
    visible_team = models.PositiveIntegerField()
    rank = models.PositiveSmallIntegerField()
    confidence = models.PositiveSmallIntegerField()
    progress = models.FloatField()

    class Meta:
        indexes = [
            models.Index(
                fields=["cycle", "day", "rank", "confidence", "progress", "key_result"],
                name="risky_key_result_day_order",
            )
        ]

    def __str__(self) -> str:
        return f"{self.cycle_id} {self.day}: {self.key_result_id} ({self.rank})"
