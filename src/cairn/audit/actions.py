"""The kinds of security event the audit log records (no model import: safe anywhere)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    SIGN_IN = "sign_in", _("Signed in")
    SIGN_IN_FAILED = "sign_in_failed", _("Sign-in failed")
    SIGN_IN_LOCKED_OUT = "sign_in_locked_out", _("Sign-in paused (lock-out)")
    SIGN_OUT = "sign_out", _("Signed out")
    PASSWORD_RESET_REQUESTED = "password_reset_requested", _("Password reset requested")
    PASSWORD_RESET_COMPLETED = "password_reset_completed", _("Password reset completed")
    PASSWORD_CHANGED = "password_changed", _("Password changed")
    SESSION_REVOKED = "session_revoked", _("Session revoked")
    INVITATION_SENT = "invitation_sent", _("Invitation sent")
    INVITATION_ACCEPTED = "invitation_accepted", _("Invitation accepted")
    ROLE_CHANGED = "role_changed", _("Role changed")
    TEAM_JOINED = "team_joined", _("Joined a team")
    TEAM_LEFT = "team_left", _("Left a team")
    TEAM_LEAD_CHANGED = "team_lead_changed", _("Team lead flag changed")
    PERSON_DEACTIVATED = "person_deactivated", _("Person deactivated")
    PERSON_REACTIVATED = "person_reactivated", _("Person reactivated")
    TOKEN_CREATED = "token_created", _("API token created")
    TOKEN_REVOKED = "token_revoked", _("API token revoked")
    WEBHOOK_CREATED = "webhook_created", _("Webhook created")
    WEBHOOK_CHANGED = "webhook_changed", _("Webhook changed")
    WEBHOOK_DELETED = "webhook_deleted", _("Webhook deleted")
    COACH_SETTINGS_CHANGED = "coach_settings_changed", _("Coach settings changed")
    NOTIFICATION_DEFAULTS_CHANGED = (
        "notification_defaults_changed",
        _("Notification defaults changed"),
    )
    EXPORTED = "exported", _("Data exported")
    BACKUP_CREATED = "backup_created", _("Backup written")
    OBJECTIVE_DELETED = "objective_deleted", _("Objective deleted")
    KEY_RESULT_DELETED = "key_result_deleted", _("Key result deleted")
    CYCLE_DELETED = "cycle_deleted", _("Cycle deleted")
    TEAM_DELETED = "team_deleted", _("Team deleted")
    AUDIT_RETENTION_CHANGED = "audit_retention_changed", _("Audit retention changed")
    AUDIT_EXPORTED = "audit_exported", _("Audit log exported")
    PERSONAL_DATA_EXPORTED = "personal_data_exported", _("Personal data exported")
    PERSON_ERASED = "person_erased", _("Person erased")
    ONE_ON_ONE_DELETED = "one_on_one_deleted", _("One-on-one deleted")
    # Moderation: an admin removing someone else's comment (an author's own delete is not audited).
    COMMENT_DELETED = "comment_deleted", _("Comment deleted by an admin")
    # Peer feedback: who answered is kept here even when the answer is anonymous to the requester.
    FEEDBACK_REQUESTED = "feedback_requested", _("Feedback requested")
    FEEDBACK_ANSWERED = "feedback_answered", _("Feedback answered")
    FEEDBACK_DECLINED = "feedback_declined", _("Feedback declined")
    # Kept for the identity branches (SSO, two-factor, SCIM): they call audit.record with these.
    MFA_ENABLED = "mfa_enabled", _("Two-factor enabled")
    MFA_DISABLED = "mfa_disabled", _("Two-factor disabled")
    SSO_SETTINGS_CHANGED = "sso_settings_changed", _("Single sign-on settings changed")
    SCIM_TOKEN_CREATED = "scim_token_created", _("SCIM token created")
    SCIM_TOKEN_REVOKED = "scim_token_revoked", _("SCIM token revoked")
    SCIM_USER_PROVISIONED = "scim_user_provisioned", _("SCIM user provisioned")
    SCIM_USER_DEACTIVATED = "scim_user_deactivated", _("SCIM user deactivated")
    # Data sources (docs/data_sources.md): their settings hold secrets and they write check-ins.
    DATA_SOURCE_CREATED = "data_source_created", _("Data source created")
    DATA_SOURCE_CHANGED = "data_source_changed", _("Data source changed")
    DATA_SOURCE_DELETED = "data_source_deleted", _("Data source deleted")
    DATA_SOURCE_TOKEN_ROTATED = "data_source_token_rotated", _("Data source token renewed")
    DATA_SOURCE_TESTED = "data_source_tested", _("Data source tested")
