"""Notifications, their deliveries per channel, chat channels, preferences and schedule claims."""

from __future__ import annotations

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cairn.notifications.kinds import Channel, DeliveryStatus, Kind
from cairn.organisations.models import Organisation, Person, Team


class Notification(models.Model):
    """One event for one person; `dedupe_key` makes a repeated event a no-op."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    recipient = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(_("kind"), max_length=40, choices=Kind.choices)
    dedupe_key = models.CharField(max_length=200)
    subject_type = models.CharField(max_length=40, blank=True)  # e.g. "key_result"
    subject_id = models.BigIntegerField(null=True, blank=True)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("body"), blank=True)
    link = models.CharField(max_length=300, blank=True)  # a path on this site
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "-created_at"]),
            models.Index(fields=["recipient", "read_at"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "dedupe_key"], name="notification_unique_event"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient_id}"


class Delivery(models.Model):
    """A notification sent (or to be sent) over one channel, with every attempt's outcome."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    notification = models.ForeignKey(
        Notification, on_delete=models.CASCADE, related_name="deliveries"
    )
    recipient = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    channel = models.CharField(max_length=10, choices=Channel.choices)
    status = models.CharField(
        max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=32, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "deliveries"
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"]),
            models.Index(fields=["recipient", "channel", "status"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["notification", "channel"], name="delivery_unique_channel"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.channel} {self.status} ({self.notification_id})"


class ChatChannel(models.Model):
    """An apprise URL that a person or a team receives notifications at; the URL is a secret."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="chat_channels"
    )
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.CASCADE, related_name="chat_channels"
    )
    name = models.CharField(_("name"), max_length=100)
    url = models.TextField(_("apprise URL"))
    created_by = models.ForeignKey(Person, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=True) ^ Q(team__isnull=True),
                name="chat_channel_one_owner",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def masked_url(self) -> str:
        """Return the URL with its secret part hidden: the scheme and a few characters."""
        scheme, _sep, rest = self.url.partition("://")
        if len(rest) <= 12:
            return f"{scheme}://…"
        return f"{scheme}://{rest[:6]}…{rest[-3:]}"


class TeamPost(models.Model):
    """A team-level event posted to one of the team's chat channels, retried like a delivery."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    channel = models.ForeignKey(ChatChannel, on_delete=models.CASCADE, related_name="posts")
    kind = models.CharField(_("kind"), max_length=40, choices=Kind.choices)
    dedupe_key = models.CharField(max_length=200)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("body"), blank=True)
    link = models.CharField(max_length=300, blank=True)
    status = models.CharField(
        max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=32, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "dedupe_key"], name="team_post_unique_event"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → channel {self.channel_id} ({self.status})"


class Preference(models.Model):
    """A person's notification settings; the row without a person holds the organisation's defaults."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    person = models.OneToOneField(
        Person,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    kinds_off = models.JSONField(default=list, blank=True)
    email = models.BooleanField(_("email"), default=True)
    chat = models.BooleanField(_("chat"), default=True)
    check_in_weekday = models.PositiveSmallIntegerField(
        _("check-in day"), null=True, blank=True, validators=[MaxValueValidator(6)]
    )
    check_in_hour = models.PositiveSmallIntegerField(
        _("check-in hour"), null=True, blank=True, validators=[MaxValueValidator(23)]
    )
    digest_weekday = models.PositiveSmallIntegerField(
        _("digest day"), null=True, blank=True, validators=[MaxValueValidator(6)]
    )  # None: Monday
    quiet_start = models.TimeField(_("quiet hours from"), null=True, blank=True)
    quiet_end = models.TimeField(_("quiet hours until"), null=True, blank=True)
    paused_until = models.DateField(_("paused until"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation"],
                condition=Q(person__isnull=True),
                name="preference_one_default_per_organisation",
            ),
        ]

    def __str__(self) -> str:
        return f"Preferences of {self.person_id or 'organisation'}"


class ScheduledRun(models.Model):
    """A periodic job's slot, claimed by the first worker that inserts the row."""

    job = models.CharField(max_length=40)
    slot = models.CharField(max_length=40)
    claimed_at = models.DateTimeField(default=timezone.now)
    # The claiming call's random token: a batch claim reads back the rows it inserted itself.
    claimed_by = models.CharField(max_length=32, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "slot"], name="scheduled_run_unique_slot"),
        ]

    def __str__(self) -> str:
        return f"{self.job} @ {self.slot}"


class CalendarFeed(models.Model):
    """A person's private calendar feed link; only a SHA-256 hash of its secret is stored."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="calendar_feeds")
    hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # One live link per person: a new link replaces the old one.
            models.UniqueConstraint(
                fields=["person"],
                condition=Q(revoked_at__isnull=True),
                name="calendar_feed_one_active",
            ),
        ]

    def __str__(self) -> str:
        return f"calendar feed of person {self.person_id}"


class TeamChatSettings(models.Model):
    """What a team's chat channels receive and when: kinds turned off, quiet hours.

    The quiet hours are in the organisation's time zone (a team has no zone of its own). A team
    without a row gets every team-level kind at any hour.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    team = models.OneToOneField(Team, on_delete=models.CASCADE, related_name="chat_settings")
    kinds_off = models.JSONField(default=list, blank=True)
    quiet_start = models.TimeField(_("quiet hours from"), null=True, blank=True)
    quiet_end = models.TimeField(_("quiet hours until"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Chat settings of team {self.team_id}"
