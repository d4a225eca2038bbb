"""The demo's execution chain: the seeds' full-flow example, from key results down to tasks."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from cairn.execution import services as work
from cairn.okrs import services
from cairn.okrs.models import Cycle, KeyResult
from cairn.organisations.models import Organisation, Person, Team

OBJECTIVE = "Improve the user experience of the e-commerce platform"
# (key result, start, target, unit, value now, milestone, story, [(task, points, done)])
CHAIN = [
    (
        "Increase the user checkout success rate by 15%",
        80,
        92,
        "%",
        82.4,
        "Complete the redesign of the checkout process",
        "As a user, I want a one-page checkout, so I can complete my purchase faster.",
        [
            ("Design the one-page checkout UI", 3, True),
            ("Implement front-end changes", 5, True),
            ("Integrate the new checkout flow with payment APIs", 3, False),
            ("Test the new checkout flow using A/B testing", 2, False),
        ],
    ),
    (
        "Reduce the average page load time by 2 seconds",
        4.5,
        2.5,
        "seconds",
        4.1,
        "Optimize website performance",
        # The issue names this story and its tasks only as "its story and four tasks".
        "As a shopper, I want product pages to load quickly, so I can browse without waiting.",
        [
            ("Measure page load times and find the slowest pages", 2, True),
            ("Compress and lazy-load product images", 3, False),
            ("Cache product listings close to shoppers", 3, False),
            ("Track page load time after every release", 2, False),
        ],
    ),
]


def _key_result(admin: Person, objective, row: tuple, owner: Person, at: datetime) -> KeyResult:
    title, start, target, unit, value = row[:5]
    kr = services.key_result_create(
        actor=admin, objective=objective, title=title, start=start, target=target, unit=unit
    )
    services.check_in_record(
        key_result=kr, author=owner, value=value, confidence=6, at=at, note="First release out."
    )
    return kr


def _story(admin: Person, owner: Person, initiative, sprint, row: tuple) -> None:
    story_text, tasks = row[6], row[7]
    story = work.work_item_create(
        actor=admin,
        title=story_text,
        kind="story",
        user_story=story_text,
        initiative=initiative,
        sprint=sprint,
        assignee=owner,
        status="in_progress",
        acceptance_criteria=[{"text": "Works on phones and desktops", "done": False}],
    )
    for title, points, done in tasks:
        work.work_item_create(
            actor=admin,
            title=title,
            kind="task",
            parent=story,
            assignee=owner,
            estimate_points=points,
            status="done" if done else "todo",
        )


def build_execution(
    *,
    organisation: Organisation,
    admin: Person,
    team: Team,
    people: list[Person],
    cycle: Cycle,
    today: date,
) -> None:
    """Create the full-flow example in the team: objective, key results, milestones, work."""
    owner = people[0]
    at = datetime.combine(today - timedelta(days=2), time(10), tzinfo=organisation.zone)
    objective = services.objective_create(
        actor=admin, cycle=cycle, title=OBJECTIVE, owner=owner, team=team
    )
    sprint = work.sprint_create(
        actor=admin,
        team=team,
        name="Checkout and speed",
        starts_on=today - timedelta(days=7),
        ends_on=today + timedelta(days=6),
        goal="Ship the one-page checkout to 10% of shoppers.",
    )
    work.sprint_start(sprint=sprint, actor=admin)
    for row in CHAIN:
        kr = _key_result(admin, objective, row, owner, at)
        initiative = services.initiative_create(
            actor=admin, key_results=[kr], title=row[5], owner=owner, progress_source="work"
        )
        _story(admin, owner, initiative, sprint, row)
    work.work_item_create(  # work without a why: it serves no key result
        actor=admin, title="Upgrade the CI runners", kind="task", team=team, assignee=people[-1]
    )
