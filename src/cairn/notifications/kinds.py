"""The kinds of notification Cairn sends; a new feature adds its kind here (docs/notifications.md)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    CHECK_IN_REMINDER = "check_in.reminder", _("Check-in reminders")
    CHECK_IN_ESCALATION = "check_in.escalation", _("Missed check-ins in my team")
    CHECK_IN_BLOCKERS = "check_in.blockers", _("Check-ins with blockers")
    KEY_RESULT_OFF_TRACK = "key_result.off_track", _("Key result off track")
    KEY_RESULT_AT_RISK = "key_result.at_risk", _("Key result at risk")
    KEY_RESULT_CONFIDENCE_DROP = "key_result.confidence_drop", _("Confidence dropped")
    CYCLE_GRADING_DUE = "cycle.grading_due", _("Grading due")
    DIGEST_WEEKLY = "digest.weekly", _("Weekly digest")
    MEETING_AGENDA = "meeting.agenda", _("Team meeting agenda")
    MEETING_FOLLOW_UP = "meeting.follow_up", _("Meeting follow-ups assigned to me")
    FEEDBACK_REQUESTED = "feedback.requested", _("Feedback asked of me")
    FEEDBACK_REMINDER = "feedback.reminder", _("Reminders of feedback asked of me")
    FEEDBACK_ANSWERED = "feedback.answered", _("Answers to my feedback requests")
    KUDOS_RECEIVED = "kudos.received", _("Kudos for me or my teams")
    COMMENT_MENTION = "comment.mention", _("Mentions of me or my teams in comments")
    COMMENT_REPLY = "comment.reply", _("Replies to my comments")
    COMMENT_ON_MINE = "comment.on_mine", _("Comments on my objectives, key results and check-ins")
    KPI_UNHEALTHY = "kpi.unhealthy", _("KPIs I own or my teams own turned unhealthy")
    DATA_SOURCE_FAILING = "data_source.failing", _("Data sources I own that keep failing")
    ACCOUNT_TWO_FACTOR_RESET = "account.two_factor_reset", _("My two-factor sign-in was reset")


KIND_VALUES = frozenset(Kind.values)
# Security notices: sent whatever the person's settings say (kinds, channels, pause, quiet
# hours) — a person whose account was changed by someone else must hear of it at once, by email.
ALWAYS_SENT = frozenset({Kind.ACCOUNT_TWO_FACTOR_RESET})
CHOOSABLE = [(value, label) for value, label in Kind.choices if value not in ALWAYS_SENT]


class Channel(models.TextChoices):
    EMAIL = "email", _("Email")
    CHAT = "chat", _("Chat")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    SKIPPED = "skipped", _("Skipped")
