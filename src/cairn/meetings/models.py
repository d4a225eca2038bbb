"""A team's weekly meeting (its day and time), what it decided and the follow-ups it assigned."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cairn.organisations.models import Organisation, Person, Team

AGENDA_HOURS_BEFORE = 2
MEETING_HOUR = 10


class MeetingSchedule(models.Model):
    """When a team meets; a team without a row meets on the organisation's check-in day at 10:00."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    team = models.OneToOneField(Team, on_delete=models.CASCADE, related_name="meeting_schedule")
    weekday = models.PositiveSmallIntegerField(
        _("meeting day"), null=True, blank=True, validators=[MaxValueValidator(6)]
    )  # None: the organisation's check-in day
    time = models.TimeField(_("meeting time"), null=True, blank=True)  # None: 10:00
    agenda_hours = models.PositiveSmallIntegerField(
        _("send the agenda hours before"),
        default=AGENDA_HOURS_BEFORE,
        validators=[MinValueValidator(1), MaxValueValidator(72)],
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Meeting schedule of team {self.team_id}"


class TeamMeeting(models.Model):
    """One meeting of a team on a (local) date; created when its lead records something."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="meetings")
    date = models.DateField(_("date"))
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-date", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["team", "date"], name="team_meeting_unique_date"),
        ]

    def __str__(self) -> str:
        return f"{self.team} on {self.date}"


class MeetingDecision(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(TeamMeeting, on_delete=models.CASCADE, related_name="decisions")
    text = models.TextField(_("decision"), max_length=2000)
    author = models.ForeignKey(Person, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.text[:60]


class FollowUp(models.Model):
    """An action a meeting assigned; open ones show at the top of the team's next meetings."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(TeamMeeting, on_delete=models.CASCADE, related_name="follow_ups")
    text = models.TextField(_("follow-up"), max_length=2000)
    assignee = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="follow_ups"
    )
    due = models.DateField(_("due date"), null=True, blank=True)
    done = models.BooleanField(_("done"), default=False)
    done_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(Person, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["done", "due", "created_at", "id"]
        indexes = [models.Index(fields=["assignee", "done"])]

    def __str__(self) -> str:
        return self.text[:60]
