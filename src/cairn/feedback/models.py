"""Peer feedback requests (one answer row per person asked) and kudos."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cairn.okrs.models import CheckIn, Initiative, KeyResult, Objective
from cairn.organisations.models import Organisation, Person, Team

MAX_PROMPT = 2000
MAX_MESSAGE = 1000
MAX_KUDOS = 500


class FeedbackRequest(models.Model):
    """Someone answerable for an objective (or one of its key results) asks named people."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    requester = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="feedback_requests"
    )
    # Always the objective, also for a key result: visibility is decided by the objective.
    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="+")
    key_result = models.ForeignKey(
        KeyResult, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    message = models.TextField(_("message"), blank=True, max_length=MAX_MESSAGE)
    anonymous = models.BooleanField(_("answers are anonymous to me"), default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["requester", "-created_at"])]

    def __str__(self) -> str:
        return f"Feedback request {self.pk}"

    @property
    def about(self) -> KeyResult | Objective:
        return self.key_result or self.objective


class AnswerStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    ANSWERED = "answered", _("Answered")
    DECLINED = "declined", _("Declined")


class FeedbackAnswer(models.Model):
    """One person asked in a request: waiting, answered with the three prompts, or declined."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    request = models.ForeignKey(FeedbackRequest, on_delete=models.CASCADE, related_name="answers")
    respondent = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="feedback_asked")
    status = models.CharField(
        max_length=10, choices=AnswerStatus.choices, default=AnswerStatus.PENDING
    )
    going_well = models.TextField(_("What is going well"), blank=True, max_length=MAX_PROMPT)
    to_change = models.TextField(_("What to change"), blank=True, max_length=MAX_PROMPT)
    suggestion = models.TextField(_("One suggestion"), blank=True, max_length=MAX_PROMPT)
    answered_at = models.DateTimeField(null=True, blank=True)
    reminders = models.PositiveSmallIntegerField(default=0)
    last_reminded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["request", "respondent"], name="feedback_answer_once_per_person"
            )
        ]
        indexes = [
            models.Index(fields=["respondent", "status"]),
            models.Index(fields=["status", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"Feedback answer {self.pk}"


class Kudos(models.Model):
    """A thank-you to a person or a team, optionally for a check-in, key result or initiative."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    giver = models.ForeignKey(Person, null=True, on_delete=models.SET_NULL, related_name="+")
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="kudos_received"
    )
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.CASCADE, related_name="kudos"
    )
    message = models.TextField(_("message"), max_length=MAX_KUDOS)
    key_result = models.ForeignKey(
        KeyResult, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    check_in = models.ForeignKey(
        CheckIn, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    initiative = models.ForeignKey(
        Initiative, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "kudos"
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=False, team__isnull=True)
                | Q(person__isnull=True, team__isnull=False),
                name="kudos_for_a_person_or_a_team",
            )
        ]
        indexes = [
            models.Index(fields=["organisation", "-created_at"]),
            models.Index(fields=["team", "-created_at"]),
            models.Index(fields=["person", "-created_at"]),
        ]

    def __str__(self) -> str:
        return f"Kudos {self.pk}"


class KeyResultReached(models.Model):
    """When a key result last reached its target: the moment Cairn suggests recognising people."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    key_result = models.OneToOneField(KeyResult, on_delete=models.CASCADE, related_name="reached")
    reached_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Key result {self.key_result_id} reached"
