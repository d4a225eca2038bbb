"""The tenant (Organisation), its people (Person) and its tree of teams (Team)."""

from __future__ import annotations

import zoneinfo
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from cairn.coach import CoachConfig


def validate_time_zone(value: str) -> None:
    """Raise ValidationError unless `value` is an IANA time zone name."""
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("%(value)s is not a known time zone."), params={"value": value})


def validate_coach_config(value: object) -> None:
    """Raise ValidationError listing every problem unless `value` is usable coach settings."""
    from cairn.coach import CoachConfig, ConfigError

    try:
        CoachConfig.from_dict(value or {})
    except ConfigError as error:
        raise ValidationError(error.problems) from None


class TwoFactorPolicy(models.TextChoices):
    """Who in an organisation must sign in with a second factor."""

    NOBODY = "nobody", _("Nobody")
    ADMINS = "admins", _("Admins")
    EVERYONE = "everyone", _("Everyone")


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="UTC", validators=[validate_time_zone]
    )
    # Empty: each person's browser decides (Accept-Language); a person's own choice always wins.
    language = models.CharField(_("default language"), max_length=16, blank=True)
    fiscal_year_start_month = models.PositiveSmallIntegerField(
        _("fiscal year starts in month"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    check_in_cadence_days = models.PositiveSmallIntegerField(
        _("check-in cadence (days)"), default=7, validators=[MinValueValidator(1)]
    )
    pace_on_track = models.FloatField(_("on-track threshold"), default=0.9)
    pace_at_risk = models.FloatField(_("at-risk threshold"), default=0.6)
    pace_too_early = models.FloatField(_("too-early share of the window"), default=0.1)
    check_in_weekday = models.PositiveSmallIntegerField(
        _("check-in day"), default=0, validators=[MaxValueValidator(6)]
    )  # 0 = Monday, as datetime.weekday()
    escalation_weeks = models.PositiveSmallIntegerField(
        _("tell team leads after missed weeks"), default=2, validators=[MinValueValidator(1)]
    )
    coach_config = models.JSONField(
        _("coach configuration"), default=dict, blank=True, validators=[validate_coach_config]
    )
    two_factor_required = models.CharField(
        _("two-factor sign-in required for"),
        max_length=10,
        choices=TwoFactorPolicy.choices,
        default=TwoFactorPolicy.NOBODY,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        """Return the organisation's time zone."""
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def coach(self) -> CoachConfig:
        """Return the organisation's coach settings (the defaults if the stored ones are unusable).

        Writes go through `organisations.services.coach_config_update`, which validates; a
        value broken by hand (e.g. in the database) falls back to the defaults, never a 500.
        """
        from cairn.coach import DEFAULT, CoachConfig, ConfigError

        try:
            return CoachConfig.from_dict(self.coach_config or {})
        except ConfigError:
            return DEFAULT


class Role(models.TextChoices):
    ADMIN = "admin", _("Admin")
    MEMBER = "member", _("Member")
    VIEWER = "viewer", _("Viewer")


class BoardDensity(models.TextChoices):
    """How tightly the board draws its rows; blank (automatic) picks by the board's size."""

    COMFORTABLE = "comfortable", _("Comfortable")
    COMPACT = "compact", _("Compact")


class Person(models.Model):
    """A user's membership in one organisation, with a role and perhaps a manager."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="people")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    manager = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    job_title = models.CharField(_("job title"), max_length=120, blank=True)
    # Blank: the user's own time zone, else the organisation's.
    time_zone = models.CharField(
        _("time zone"), max_length=64, blank=True, validators=[validate_time_zone]
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Blank: compact for a board of many objectives, comfortable for a few.
    board_density = models.CharField(
        _("board density"), max_length=12, blank=True, choices=BoardDensity.choices
    )

    class Meta:
        verbose_name_plural = "people"
        ordering = ["user__first_name", "user__last_name", "user__email"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="person_unique_user"),
        ]

    def __str__(self) -> str:
        return self.user.display_name

    @property
    def name(self) -> str:
        """Return the person's display name."""
        return self.user.display_name

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        """Return the person's time zone: their own, their user's, else the organisation's."""
        for name in (self.time_zone, self.user.time_zone, self.organisation.time_zone):
            if not name:
                continue
            try:
                return zoneinfo.ZoneInfo(name)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                continue  # a name broken by hand falls through to the next one, never a 500
        return zoneinfo.ZoneInfo("UTC")

    @property
    def is_viewer(self) -> bool:
        return self.role == Role.VIEWER


class Team(models.Model):
    """A node of the organisation's tree: company → department → team."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="teams")
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    members = models.ManyToManyField(Person, through="TeamMembership", related_name="teams")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "slug"], name="team_unique_slug"),
        ]

    def __str__(self) -> str:
        return self.name


class TeamMembership(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    is_lead = models.BooleanField(_("lead"), default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["team", "person"], name="membership_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.person} in {self.team}"
