"""Rows of a tracker export matched to the organisation: what an import would write.

`plan_import` reads stored items, people, sprints and key results in a fixed number of
queries (stored items in chunks), decides for each row whether it is new, updated or
unchanged, and collects the problems that refuse the import and the warnings that do not.
The write itself is `cairn.execution.services.work_import`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone

from cairn.execution.imports.rows import WorkFile, WorkRow
from cairn.execution.models import Sprint, SprintState, WorkItem, WorkItemKind, WorkItemStatus
from cairn.execution.permissions import can_edit_work_item, can_plan_sprints
from cairn.execution.services.common import PARENT_KINDS
from cairn.okrs.models import Initiative
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person, Team
from cairn.text.sheet_files import Problem

CHUNK = 500  # keys per IN list: far below every database's limit on parameters
COMPARED = (
    "kind",
    "title",
    "status",
    "description",
    "estimate_points",
    "estimate_hours",
    "due_on",
    "external_url",
    "parent_id",
    "sprint_id",
    "assignee_id",
    "initiative_id",
    "team_id",
)
NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


@dataclass
class PlannedItem:
    """One row as it would be written: its fields, its parent's key and what happens to it."""

    row: WorkRow
    fields: dict[str, object]
    parent_key: str = ""
    sprint_name: str = ""  # a sprint to create for the import's team
    existing: WorkItem | None = None
    outcome: str = NEW
    assignee_name: str = ""
    initiative_title: str = ""

    @property
    def kind_label(self) -> str:
        return str(dict(WorkItemKind.choices).get(self.row.kind, self.row.kind))

    @property
    def status_label(self) -> str:
        status = str(self.fields["status"])
        return str(dict(WorkItemStatus.choices).get(status, status))


@dataclass
class ImportPlan:
    """What an import would write, and why it may not."""

    source: str
    items: list[PlannedItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    new_sprints: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for item in self.items if item.outcome == outcome)

    def summary(self) -> dict[str, int]:
        """Return {new, updated, unchanged, warnings, problems, sprints}."""
        return {
            NEW: self.count(NEW),
            UPDATED: self.count(UPDATED),
            UNCHANGED: self.count(UNCHANGED),
            "warnings": len(self.warnings),
            "problems": len(self.problems),
            "sprints": len(self.new_sprints),
        }


@dataclass
class _Context:
    access: Access
    source: str
    initiative: Initiative | None
    team: Team | None
    stored: dict[str, WorkItem]
    people: dict[str, Person | None]
    sprints: dict[str, Sprint]
    serving: dict[int, list[Initiative]]  # key result id → initiatives serving it
    plan: ImportPlan
    now: datetime
    rows: dict[str, WorkRow] = field(default_factory=dict)
    planned: dict[str, PlannedItem] = field(default_factory=dict)
    editable: dict[int, bool] = field(default_factory=dict)

    def problem(self, row: WorkRow, column: str | None, message: str) -> None:
        self.plan.problems.append(Problem(row.row, column, message))

    def warn(self, row: WorkRow | None, column: str | None, message: str) -> None:
        self.plan.warnings.append(Problem(row.row if row else None, column, message))

    def may_edit(self, initiative: Initiative) -> bool:
        if initiative.pk not in self.editable:
            self.editable[initiative.pk] = self.access.can_edit_initiative(initiative)
        return self.editable[initiative.pk]


def plan_import(
    *, actor: Person, work: WorkFile, initiative: Initiative | None, team: Team | None
) -> ImportPlan:
    """Return what importing the file's rows under the initiative (and team) would write."""
    plan = ImportPlan(work.source, problems=list(work.problems), warnings=list(work.warnings))
    rows = [row for row in work.rows if row.key]
    context = _Context(
        access=Access(actor),
        source=work.source,
        initiative=initiative,
        team=team,
        stored=_stored(actor, work.source, rows),
        people=_people(actor),
        sprints=_sprints(team),
        serving=_serving(actor, rows),
        plan=plan,
        now=timezone.now(),
    )
    rows += _named_parents(rows, context.stored)
    context.rows = {row.key: row for row in rows}
    for row in rows:
        _plan_row(context, row, set())
    plan.items = [context.planned[row.key] for row in rows]
    _sprint_warnings(context)
    plan.problems.sort(key=lambda p: p.row or 0)
    plan.warnings.sort(key=lambda p: p.row or 0)
    return plan


# Reading the organisation -----------------------------------------------------------------


def _chunks(keys: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(keys), CHUNK):
        yield keys[start : start + CHUNK]


def _stored(actor: Person, source: str, rows: list[WorkRow]) -> dict[str, WorkItem]:
    """Return the stored items of this source the rows name (themselves or as parents)."""
    keys = sorted({row.key for row in rows} | {row.parent_key for row in rows if row.parent_key})
    found: dict[str, WorkItem] = {}
    for chunk in _chunks(keys):
        items = WorkItem.objects.filter(
            organisation_id=actor.organisation_id, external_source=source, external_key__in=chunk
        ).select_related("initiative")
        found.update({item.external_key: item for item in items})
    return found


def _people(actor: Person) -> dict[str, Person | None]:
    """Return the organisation's people by email, full name and email's local part (lower case).

    A name two people share maps to None: it matches no one.
    """
    found: dict[str, Person | None] = {}
    people = Person.objects.filter(organisation_id=actor.organisation_id, is_active=True)
    for person in people.select_related("user"):
        email = person.user.email.lower()
        names = {email, " ".join(person.user.get_full_name().lower().split()), email.split("@")[0]}
        for name in names - {""}:
            found[name] = None if name in found and found[name] != person else person
    return found


def _sprints(team: Team | None) -> dict[str, Sprint]:
    return {sprint.name: sprint for sprint in Sprint.objects.filter(team=team)} if team else {}


def _serving(actor: Person, rows: list[WorkRow]) -> dict[int, list[Initiative]]:
    """Return, for each key result the rows name, the initiatives of the organisation serving it."""
    ids = {pk for row in rows for pk in row.key_results}
    if not ids:
        return {}
    link = Initiative.key_results.through
    pairs = link.objects.filter(
        keyresult_id__in=ids, initiative__organisation_id=actor.organisation_id
    ).select_related("initiative")
    found: dict[int, list[Initiative]] = {pk: [] for pk in ids}
    for pair in pairs.order_by("initiative_id"):
        found[pair.keyresult_id].append(pair.initiative)
    return found


def _named_parents(rows: list[WorkRow], stored: dict[str, WorkItem]) -> list[WorkRow]:
    """Return epic rows for parents only named by title (GitLab's epics), when not stored."""
    keys = {row.key for row in rows}
    made: dict[str, WorkRow] = {}
    for row in rows:
        key = row.parent_key or ""
        if row.parent_title and key and key not in keys and key not in stored and key not in made:
            made[key] = WorkRow(row.row, key, "epic", row.parent_title[:300], "todo")
    return list(made.values())


# Planning one row -----------------------------------------------------------------------


def _plan_row(context: _Context, row: WorkRow, visiting: set[str]) -> PlannedItem:
    """Return the row's planned item, planning its parent first (the parent decides the initiative)."""
    if row.key in context.planned:
        return context.planned[row.key]
    visiting.add(row.key)
    existing = context.stored.get(row.key)
    parent = _parent(context, row, visiting)
    fields: dict[str, object] = {"kind": row.kind, "title": row.title, "status": row.status}
    fields.update(row.values)
    item = PlannedItem(row, fields, existing=existing)
    if existing is not None and not can_edit_work_item(context.access, existing):
        context.problem(row, None, f"You cannot edit {row.key}, imported before.")
    if row.parent_key is not None:
        item.parent_key = parent[0] if parent else ""
        stored_parent = context.stored.get(item.parent_key)
        item.fields["parent_id"] = stored_parent.pk if stored_parent else None
    _initiative(context, item, parent)
    _team_and_sprint(context, item)
    _assignee(context, item)
    _done_at(context, item)
    item.outcome = _outcome(item)
    context.planned[row.key] = item
    return item


def _parent(
    context: _Context, row: WorkRow, visiting: set[str]
) -> tuple[str, str, int | None] | None:
    """Return the parent's (key, kind, initiative id), or None for no parent or an unknown one."""
    key = row.parent_key
    if key is None:  # the format does not say: a stored item keeps its parent
        return None
    if not key:
        return None
    if key == row.key or key in visiting:
        context.problem(row, None, f"{row.key} would sit under itself.")
        return None
    if key in context.rows:
        parent = _plan_row(context, context.rows[key], visiting)
        found = (key, parent.row.kind, parent.fields.get("initiative_id"))
    elif key in context.stored:
        stored = context.stored[key]
        found = (key, stored.kind, stored.initiative_id)
    else:
        context.warn(row, None, f"The parent {key} is neither in this file nor imported before.")
        return None
    if row.kind in PARENT_KINDS and found[1] not in PARENT_KINDS[row.kind]:  # type: ignore[index]
        context.problem(
            row, None, f"{_article(row.kind).capitalize()} cannot sit under {_article(found[1])}."
        )
    return found


def _article(kind: str) -> str:
    return {"subtask": "a sub-task", "epic": "an epic"}.get(kind, f"a {kind}")


def _initiative(context: _Context, item: PlannedItem, parent) -> None:
    """Set the initiative: the parent's, else the stored one, else a key result's, else the import's."""
    existing, row = item.existing, item.row
    chosen = context.initiative
    if parent is not None:
        item.fields["initiative_id"] = parent[2]
        return
    if existing is not None and existing.initiative_id is not None:
        item.fields["initiative_id"] = existing.initiative_id
        item.initiative_title = existing.initiative.title  # type: ignore[union-attr]
        return
    for kr_id in row.key_results:
        serving = context.serving.get(kr_id, [])
        if chosen is not None and any(i.pk == chosen.pk for i in serving):
            break
        editable = [i for i in serving if context.may_edit(i)]
        if editable:
            chosen = editable[0]
            break
        context.warn(
            row, "labels", f"kr:{kr_id} names no key result with an initiative you may add work to."
        )
    item.fields["initiative_id"] = chosen.pk if chosen else None
    item.initiative_title = chosen.title if chosen else ""


def _team_and_sprint(context: _Context, item: PlannedItem) -> None:
    existing, row, team = item.existing, item.row, context.team
    team_id = team.pk if team else None
    if existing is not None and existing.team_id is not None:
        team_id = existing.team_id
    item.fields["team_id"] = team_id
    if row.sprint is None or team is None:
        return
    if not can_plan_sprints(context.access, team):
        context.warn(row, "sprint", f"Only the team's leads plan sprints: {row.key}'s is kept.")
        return
    if row.sprint == "":
        item.fields["sprint_id"] = None
        return
    if row.kind != "story":
        context.warn(
            row, "sprint", f"Only stories go into sprints: {row.key} stays out of {row.sprint}."
        )
        return
    if team_id != team.pk:
        context.warn(row, "sprint", f"{row.key} belongs to another team: its sprint is kept.")
        return
    _sprint(context, item, row.sprint[:100])


def _sprint(context: _Context, item: PlannedItem, name: str) -> None:
    sprint = context.sprints.get(name)
    if sprint is None:
        if name not in context.plan.new_sprints:
            if not can_plan_sprints(context.access, context.team):  # type: ignore[arg-type]
                context.warn(item.row, "sprint", f"No sprint {name}, and you cannot plan sprints.")
                return
            context.plan.new_sprints.append(name)
        item.fields["sprint_id"] = None
        item.sprint_name = name
        return
    current = item.existing.sprint_id if item.existing else None
    if sprint.state == SprintState.CLOSED and sprint.pk != current:
        context.warn(item.row, "sprint", f"The sprint {name} is closed: {item.row.key} stays out.")
        return
    item.fields["sprint_id"] = sprint.pk


def _assignee(context: _Context, item: PlannedItem) -> None:
    name = item.row.assignee
    if name is None:
        return
    if not name:
        item.fields["assignee_id"] = None
        return
    person = context.people.get(" ".join(name.lower().split()))
    if person is None:
        context.warn(item.row, "assignee", f"No one here is {name!r}: left unassigned.")
        if item.existing is None:
            item.fields["assignee_id"] = None
        return
    item.fields["assignee_id"] = person.pk
    item.assignee_name = person.user.display_name


def _done_at(context: _Context, item: PlannedItem) -> None:
    existing = item.existing
    if item.fields["status"] != "done":
        item.fields["done_at"] = None
    elif item.row.done_at is not None:
        item.fields["done_at"] = item.row.done_at
    elif existing is not None and existing.done_at is not None:
        item.fields["done_at"] = existing.done_at
    else:
        item.fields["done_at"] = context.now


def _outcome(item: PlannedItem) -> str:
    existing = item.existing
    if existing is None:
        return NEW
    if item.sprint_name or (item.parent_key and item.fields.get("parent_id") is None):
        return UPDATED  # a sprint or a parent this import creates
    for name in COMPARED:
        if name in item.fields and item.fields[name] != getattr(existing, name):
            return UPDATED
    return UNCHANGED


def _sprint_warnings(context: _Context) -> None:
    if context.team is None and any(row.sprint for row in context.rows.values()):
        context.warn(None, "sprint", "Choose a team to put the items into their sprints.")
