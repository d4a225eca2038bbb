"""The work import benchmark: a realistic Jira CSV export of n issues (`CAIRN_BENCH_WORK_IMPORT`, 20,000).

`jira_export(n, emails)` writes Jira's "all fields" header (repeated Sprint and Labels columns,
custom fields) with epics, stories under them, sub-tasks under stories, several statuses,
sprints, story points, due dates and multi-line descriptions. `run(organisation)` times
reading, planning and writing it under one initiative (all new), then importing it again
(all unchanged) and once more with a tenth of the rows changed, and removes what it wrote.
"""

from __future__ import annotations

import csv
import io
import random
import time

HEADER = [
    "Summary",
    "Issue key",
    "Issue id",
    "Issue Type",
    "Status",
    "Status Category",
    "Project key",
    "Project name",
    "Priority",
    "Resolution",
    "Assignee",
    "Reporter",
    "Creator",
    "Created",
    "Updated",
    "Resolved",
    "Due date",
    "Labels",
    "Labels",
    "Description",
    "Sprint",
    "Sprint",
    "Custom field (Story Points)",
    "Parent id",
    "Original Estimate",
    "Watchers",
    "Watchers",
    "Custom field (Team)",
    "Custom field (Rank)",
]
STATUSES = (
    ("To Do", "To Do"),
    ("In Progress", "In Progress"),
    ("Code Review", "In Progress"),
    ("Done", "Done"),
    ("Won't Do", "Done"),
)


def jira_export(count: int, emails: list[str], *, seed: int = 1, changed: float = 0.0) -> str:
    """Return a Jira CSV export of `count` issues; `changed` of them get another summary."""
    rng, changes = random.Random(seed), random.Random(seed + 1)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    epic = story = ""
    for n in range(1, count + 1):
        key, issue_id = f"BENCH-{n}", str(100000 + n)
        if n % 50 == 1:
            kind, parent, epic = "Epic", "", issue_id
        elif n % 5 == 2:
            kind, parent, story = "Story", epic, issue_id
        else:
            kind, parent = ("Sub-task", story) if story else ("Task", epic)
        status, category = rng.choice(STATUSES)
        summary = f"Improve part {n} of the checkout flow"
        if changed and changes.random() < changed:
            summary += " (revised)"
        sprint = f"Sprint {n // 400 + 1}" if kind == "Story" else ""
        writer.writerow(
            [
                summary,
                key,
                issue_id,
                kind,
                status,
                category,
                "BENCH",
                "Bench",
                "Medium",
                "Done" if category == "Done" else "",
                rng.choice(emails) if emails else "",
                "Sam Lee",
                "Sam Lee",
                "12/Mar/26 9:41 AM",
                "14/Mar/26 10:00 AM",
                "15/Mar/26 5:30 PM" if category == "Done" else "",
                f"{(n % 28) + 1}/Apr/26",
                "checkout",
                "",
                f"Step {n}.\nMeasure, then ship.",
                "",
                sprint,
                str(n % 8) if kind == "Story" else "",
                parent,
                "7200" if kind == "Sub-task" else "",
                "sam",
                "dana",
                "Platform",
                f"0|i{n:05d}:",
            ]
        )
    return out.getvalue()


def run(organisation, count: int) -> None:
    """Import `count` generated Jira issues three times and print the seconds each step took."""
    from cairn.execution.imports import read_work
    from cairn.execution.models import Sprint, WorkItem
    from cairn.execution.services import work_import
    from cairn.okrs.models import Initiative
    from cairn.organisations.models import Person, Role, Team

    admin = Person.objects.filter(organisation=organisation, role=Role.ADMIN).first()
    team = Team.objects.filter(organisation=organisation).order_by("id").first()
    emails = list(
        Person.objects.filter(organisation=organisation).values_list("user__email", flat=True)[:200]
    )
    initiative = Initiative.objects.create(
        organisation=organisation, title="Bench import", owner=admin
    )
    print(f"import a {count:,}-row Jira CSV (target ≤ 20 s)")
    try:
        for label, changed in (
            ("first import (all new)", 0.0),
            ("again (unchanged)", 0.0),
            ("again (10% changed)", 0.1),
        ):
            text = jira_export(count, emails, changed=changed)
            started = time.perf_counter()
            work = read_work(text, "jira")
            read_s = time.perf_counter() - started
            plan = work_import(actor=admin, work=work, initiative=initiative, team=team)
            total = time.perf_counter() - started
            summary = plan.summary()
            print(
                f"  {label:<28} read {read_s:6.2f} s   read + plan + write {total:6.2f} s   "
                f"({summary['new']} new, {summary['updated']} updated, "
                f"{summary['unchanged']} unchanged; {len(text) / 1e6:.1f} MB)"
            )
    finally:
        WorkItem.objects.filter(
            organisation=organisation, external_key__startswith="BENCH-"
        ).delete()
        Sprint.objects.filter(team=team, name__startswith="Sprint ", items__isnull=True).delete()
        initiative.delete()
