"""Sprints and work items: the execution chain task → story → sprint → initiative → key result."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from cairn.okrs.models import Initiative
from cairn.organisations.models import Organisation, Person, Team


class SprintState(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Active")
    CLOSED = "closed", _("Closed")


class Sprint(models.Model):
    """A team's time box for stories. `done_points` is the snapshot taken when it closes."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="sprints")
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="sprints")
    name = models.CharField(_("name"), max_length=100)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    goal = models.TextField(_("goal"), blank=True)
    state = models.CharField(
        _("state"), max_length=8, choices=SprintState.choices, default=SprintState.PLANNED
    )
    capacity_points = models.DecimalField(
        _("capacity (points)"), max_digits=8, decimal_places=1, null=True, blank=True
    )
    review_notes = models.TextField(_("review notes"), blank=True)
    # Velocity reads the last closed sprints; the snapshot keeps it honest when stories change later.
    done_points = models.DecimalField(max_digits=10, decimal_places=1, null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-starts_on", "id"]
        indexes = [models.Index(fields=["team", "state", "ends_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")), name="sprint_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(capacity_points__isnull=True) | Q(capacity_points__gte=0),
                name="sprint_capacity_not_negative",
            ),
            models.UniqueConstraint(fields=["team", "name"], name="sprint_unique_name_per_team"),
            models.UniqueConstraint(
                fields=["team"],
                condition=Q(state="active"),
                name="sprint_one_active_per_team",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class WorkItemKind(models.TextChoices):
    EPIC = "epic", _("Epic")
    STORY = "story", _("Story")
    TASK = "task", _("Task")
    SUBTASK = "subtask", _("Sub-task")


class WorkItemStatus(models.TextChoices):
    TODO = "todo", _("To do")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


class ExternalSource(models.TextChoices):
    NONE = "", _("Cairn")
    JIRA = "jira", _("Jira")
    GITHUB = "github", _("GitHub")
    GITLAB = "gitlab", _("GitLab")
    LINEAR = "linear", _("Linear")


class WorkItem(models.Model):
    """An epic, story, task or sub-task; without an initiative it is "work without a why"."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="work_items"
    )
    initiative = models.ForeignKey(
        Initiative, null=True, blank=True, on_delete=models.SET_NULL, related_name="work_items"
    )
    # The owning team: where "work without a why" is listed, and the sprint's team for stories.
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="work_items"
    )
    kind = models.CharField(
        _("kind"), max_length=8, choices=WorkItemKind.choices, default=WorkItemKind.TASK
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    user_story = models.TextField(_("user story"), blank=True)  # "As a … I want … so that …"
    acceptance_criteria = models.JSONField(_("acceptance criteria"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=WorkItemStatus.choices, default=WorkItemStatus.TODO
    )
    assignee = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="work_items"
    )
    estimate_points = models.DecimalField(
        _("estimate (points)"), max_digits=7, decimal_places=1, null=True, blank=True
    )
    estimate_hours = models.DecimalField(
        _("estimate (hours)"), max_digits=7, decimal_places=1, null=True, blank=True
    )
    due_on = models.DateField(_("due on"), null=True, blank=True)
    sprint = models.ForeignKey(
        Sprint, null=True, blank=True, on_delete=models.SET_NULL, related_name="items"
    )
    rank = models.PositiveIntegerField(_("rank"), default=0)  # backlog order within a level
    external_source = models.CharField(
        _("external source"), max_length=8, choices=ExternalSource.choices, blank=True, default=""
    )
    external_key = models.CharField(_("external key"), max_length=100, blank=True, default="")
    external_url = models.URLField(_("external URL"), max_length=500, blank=True, default="")
    # The tracker's own update time of the last applied change: older events are ignored.
    external_updated_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["rank", "id"]
        indexes = [
            models.Index(fields=["initiative", "status"], name="work_item_initiative"),
            models.Index(fields=["sprint", "status"], name="work_item_sprint"),
            models.Index(fields=["assignee", "status"], name="work_item_assignee"),
            models.Index(fields=["organisation", "team", "initiative"], name="work_item_team"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "external_source", "external_key"],
                condition=~Q(external_key=""),
                name="work_item_unique_external_key",
            ),
            models.CheckConstraint(
                condition=Q(sprint__isnull=True) | Q(kind="story"),
                name="work_item_only_stories_in_sprints",
            ),
            models.CheckConstraint(
                condition=Q(status="done", done_at__isnull=False)
                | (~Q(status="done") & Q(done_at__isnull=True)),
                name="work_item_done_at_iff_done",
            ),
            models.CheckConstraint(
                condition=Q(estimate_points__isnull=True) | Q(estimate_points__gte=0),
                name="work_item_points_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(estimate_hours__isnull=True) | Q(estimate_hours__gte=0),
                name="work_item_hours_not_negative",
            ),
        ]

    def __str__(self) -> str:
        return self.title
