"""Cycles, objectives, key results, check-ins, initiatives and the change history."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from cairn.organisations.models import Organisation, Person, Team


class CycleState(models.TextChoices):
    PLANNING = "planning", _("Planning")
    ACTIVE = "active", _("Active")
    GRADING = "grading", _("Grading")
    CLOSED = "closed", _("Closed")


class Cycle(models.Model):
    """A time box; dates are dates in the organisation's time zone. Cycles nest."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="cycles")
    name = models.CharField(_("name"), max_length=100)
    start = models.DateField(_("start"))
    end = models.DateField(_("end"))
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    state = models.CharField(
        _("state"), max_length=10, choices=CycleState.choices, default=CycleState.PLANNING
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-start", "name"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=F("start")), name="cycle_end_after_start"),
            models.UniqueConstraint(fields=["organisation", "name"], name="cycle_unique_name"),
        ]

    def __str__(self) -> str:
        return self.name

    def encloses(self, other: Cycle) -> bool:
        """Return True when `other` lies within this cycle's dates."""
        return self.start <= other.start and other.end <= self.end

    @property
    def accepts_check_ins(self) -> bool:
        return self.state in (CycleState.PLANNING, CycleState.ACTIVE)


class ObjectiveKind(models.TextChoices):
    COMMITTED = "committed", _("Committed")
    ASPIRATIONAL = "aspirational", _("Aspirational")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    TEAM = "team", _("Team")
    PRIVATE = "private", _("Private")


class Objective(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="objectives"
    )
    cycle = models.ForeignKey(Cycle, on_delete=models.PROTECT, related_name="objectives")
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="objectives"
    )
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="objectives"
    )
    kind = models.CharField(
        _("kind"), max_length=12, choices=ObjectiveKind.choices, default=ObjectiveKind.COMMITTED
    )
    visibility = models.CharField(
        _("visibility"), max_length=8, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    shared_with = models.ManyToManyField(Person, blank=True, related_name="shared_objectives")
    parent_objective = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="aligned_objectives"
    )
    parent_key_result = models.ForeignKey(
        "KeyResult",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="aligned_objectives",
    )
    weight = models.FloatField(_("weight"), default=1.0, validators=[MinValueValidator(0)])
    count_aligned_children = models.BooleanField(_("count aligned objectives"), default=False)
    progress = models.FloatField(_("progress"), default=0.0)
    grade = models.FloatField(null=True, blank=True)
    retrospective_worked = models.TextField(_("what worked"), blank=True)
    retrospective_did_not = models.TextField(_("what did not work"), blank=True)
    retrospective_learned = models.TextField(_("what we learned"), blank=True)
    retrospective_carry_over = models.TextField(_("what we carry over"), blank=True)
    carried_over_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="carried_over_to"
    )
    position = models.PositiveIntegerField(default=0)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "id"]
        indexes = [
            models.Index(fields=["organisation", "cycle"]),
            models.Index(fields=["cycle", "team"]),
            models.Index(fields=["cycle", "owner"]),
            # The board lists a cycle in this order and stops after a few hundred.
            models.Index(fields=["cycle", "position", "id"], name="objective_cycle_order"),
            # The alignment map as of a date: the cycle's objectives created after it, and the
            # ones not public (a member's hidden ones), without reading the whole cycle.
            models.Index(fields=["cycle", "created_at"], name="objective_cycle_created"),
            models.Index(fields=["cycle", "visibility"], name="objective_cycle_visibility"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(parent_objective__isnull=True) | Q(parent_key_result__isnull=True),
                name="objective_one_parent",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_company_level(self) -> bool:
        return self.team_id is None


class KeyResultKind(models.TextChoices):
    METRIC = "metric", _("Metric")
    STAY_ABOVE = "stay_above", _("Stay above")
    STAY_BELOW = "stay_below", _("Stay below")
    MILESTONE = "milestone", _("Milestone")


class KeyResult(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="key_results"
    )
    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="key_results")
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(
        _("type"), max_length=12, choices=KeyResultKind.choices, default=KeyResultKind.METRIC
    )
    start = models.FloatField(_("start"), null=True, blank=True)
    target = models.FloatField(_("target"), null=True, blank=True)
    current = models.FloatField(_("current"), null=True, blank=True)
    done = models.BooleanField(_("done"), default=False)
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    weight = models.FloatField(_("weight"), default=1.0, validators=[MinValueValidator(0)])
    owner = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="key_results"
    )
    contributors = models.ManyToManyField(Person, blank=True, related_name="contributing_to")
    due_date = models.DateField(_("due date"), null=True, blank=True)
    progress = models.FloatField(_("progress"), default=0.0)
    confidence = models.PositiveSmallIntegerField(_("confidence"), default=5)
    last_check_in_at = models.DateTimeField(null=True, blank=True)
    # The pace status last announced (key_result.status_changed); "" until first observed.
    pace_status = models.CharField(max_length=12, blank=True, default="", editable=False)
    # A milestone KR may be done by its initiatives (recorded as an "integration" check-in).
    follows_initiatives = models.BooleanField(
        _("done when its initiatives are done"), default=False
    )
    # Its value comes from the KPI: each KPI value becomes a "data" check-in (docs/kpis.md).
    follows_kpi = models.ForeignKey(
        "kpis.Kpi",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="following_key_results",
        verbose_name=_("follows KPI"),
    )
    grade = models.FloatField(null=True, blank=True)
    grade_reason = models.TextField(_("reason for the grade"), blank=True)
    position = models.PositiveIntegerField(default=0)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "id"]
        indexes = [
            models.Index(fields=["organisation", "owner"]),
        ]

    def __str__(self) -> str:
        return self.title


class CheckInSource(models.TextChoices):
    WEB = "web", _("Web")
    API = "api", _("API")
    IMPORT = "import", _("Import")
    INTEGRATION = "integration", _("Integration")
    DATA = "data", _("Data")


class CheckIn(models.Model):
    """An append-only record of where a key result stands. A correction is a new row."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="check_ins"
    )
    key_result = models.ForeignKey(KeyResult, on_delete=models.CASCADE, related_name="check_ins")
    author = models.ForeignKey(
        Person, null=True, on_delete=models.SET_NULL, related_name="check_ins"
    )
    checked_in_at = models.DateTimeField(_("checked in at"), db_index=True)
    recorded_at = models.DateTimeField(auto_now_add=True)
    value = models.FloatField(_("value"), null=True, blank=True)
    done = models.BooleanField(_("done"), null=True, blank=True)
    confidence = models.PositiveSmallIntegerField(
        _("confidence"), validators=[MinValueValidator(0), MaxValueValidator(10)]
    )
    note = models.TextField(_("note"), blank=True)
    blockers = models.TextField(_("blockers"), blank=True)
    source = models.CharField(
        _("source"), max_length=12, choices=CheckInSource.choices, default=CheckInSource.WEB
    )
    corrects = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="correction"
    )

    class Meta:
        ordering = ["-checked_in_at", "-id"]
        indexes = [models.Index(fields=["key_result", "checked_in_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=10),
                name="check_in_confidence_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.key_result} @ {self.checked_in_at:%Y-%m-%d}"


class InitiativeStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    BLOCKED = "blocked", _("Blocked")
    DROPPED = "dropped", _("Dropped")


class ProgressSource(models.TextChoices):
    TYPED = "typed", _("Typed")
    WORK = "work", _("From work")


class Initiative(models.Model):
    """An action that should move key results; it never changes their progress."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="initiatives"
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    key_results = models.ManyToManyField(KeyResult, related_name="initiatives")
    owner = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="initiatives"
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=InitiativeStatus.choices,
        default=InitiativeStatus.PLANNED,
    )
    percent_complete = models.PositiveSmallIntegerField(
        # xgettext:no-python-format
        _("% complete"),
        default=0,
        validators=[MaxValueValidator(100)],
    )
    progress_source = models.CharField(
        _("progress from"),
        max_length=5,
        choices=ProgressSource.choices,
        default=ProgressSource.TYPED,
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["due_date", "id"]

    def __str__(self) -> str:
        return self.title


class Change(models.Model):
    """One changed field of an objective or key result: who, when, from what to what."""

    # Alignment is recorded twice: by title (what people read) and by id (what "as of" rewinds).
    ID_ONLY_FIELDS = ("parent_objective_id", "parent_key_result_id")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    objective = models.ForeignKey(
        Objective, null=True, on_delete=models.SET_NULL, related_name="changes"
    )
    key_result = models.ForeignKey(
        KeyResult, null=True, blank=True, on_delete=models.SET_NULL, related_name="changes"
    )
    actor = models.ForeignKey(Person, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=20)
    field = models.CharField(max_length=60, blank=True)
    old = models.TextField(blank=True)
    new = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.action} {self.field}: {self.old} → {self.new}"


class Follow(models.Model):
    """A person follows an objective: its changes and check-ins show in their week."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="follows")
    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="followers")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "objective"], name="follow_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.person} follows {self.objective}"


class ObjectiveReview(models.Model):
    """One necessary-and-sufficient review of an objective (SPEC §5); reviews are never edited.

    `answers` maps each question key of `cairn.coach.necessary.questions` to yes/no/unsure;
    `key_results` lists the key results asked about, in question order ({"id", "title"}), so
    "necessary:0" keeps its meaning after key results change. `necessary` holds the verdict
    per key result in the same order, `sufficient` the verdict for the set.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(Person, null=True, on_delete=models.SET_NULL, related_name="+")
    answers = models.JSONField(_("answers"), default=dict)
    key_results = models.JSONField(_("key results asked about"), default=list)
    necessary = models.JSONField(_("necessary verdicts"), default=list)
    sufficient = models.CharField(_("sufficient verdict"), max_length=20)
    passed = models.BooleanField(_("passed"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["objective", "-created_at"])]

    def __str__(self) -> str:
        return f"Review of {self.objective_id} at {self.created_at:%Y-%m-%d}"
