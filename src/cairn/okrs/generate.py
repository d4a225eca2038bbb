"""A synthetic organisation at scale, written with bulk inserts (`cairn generate`).

Shape per SPEC §7: one team per ten people, four quarters (three past, the current one),
about 2.5 objectives per person per quarter with four key results each, weekly check-ins.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone

from cairn import engine
from cairn.engine.calendar import quarter_bounds, quarter_name
from cairn.okrs.models import CheckIn, Cycle, CycleState, KeyResult, Objective
from cairn.okrs.services.rollup import cycle_recompute
from cairn.organisations.models import Organisation, Person, Role, Team, TeamMembership

BATCH = 5000
Progress = Callable[[str, int], None]


@dataclass
class Scale:
    people: int
    quarters: int = 4
    krs_per_objective: int = 4
    seed: int = 7


def _batched(items: list, size: int = BATCH) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _bulk(model: type, rows: list, progress: Progress, label: str) -> list:
    for chunk in _batched(rows):
        model.objects.bulk_create(chunk, batch_size=BATCH)
        progress(label, len(chunk))
    return rows


def _people(org: Organisation, scale: Scale, progress: Progress) -> list[Person]:
    User = get_user_model()
    unusable = make_password(None)
    users = [
        User(
            email=f"p{i}@{org.slug}.example",
            first_name=f"Person{i}",
            last_name=org.name,
            password=unusable,
        )
        for i in range(scale.people)
    ]
    _bulk(User, users, progress, "people")
    people = [Person(organisation=org, user=u, role=Role.MEMBER) for u in users]
    people[0].role = Role.ADMIN
    return _bulk(Person, people, progress, "people")


def _teams(org: Organisation, people: list[Person], progress: Progress) -> list[Team]:
    """Return leaf teams (one per ten people) under ten departments under the company."""
    company = Team.objects.create(organisation=org, name=org.name, slug="company")
    departments = _bulk(
        Team,
        [
            Team(organisation=org, name=f"Department {d}", slug=f"dept-{d}", parent=company)
            for d in range(10)
        ],
        progress,
        "teams",
    )
    count = max(1, len(people) // 10)
    teams = _bulk(
        Team,
        [
            Team(organisation=org, name=f"Team {t}", slug=f"team-{t}", parent=departments[t % 10])
            for t in range(count)
        ],
        progress,
        "teams",
    )
    memberships = [
        TeamMembership(team=teams[i % count], person=p, is_lead=i < count)
        for i, p in enumerate(people)
    ]
    _bulk(TeamMembership, memberships, progress, "teams")
    return teams


def _cycles(org: Organisation, today: date, quarters: int) -> list[Cycle]:
    cycles, day = [], today
    for n in range(quarters):
        start, end = quarter_bounds(day)
        state = CycleState.ACTIVE if n == 0 else CycleState.CLOSED
        cycles.append(
            Cycle.objects.create(
                organisation=org, name=quarter_name(start), start=start, end=end, state=state
            )
        )
        day = start - timedelta(days=1)
    return cycles


def _objectives(org, cycle, people, teams, rng, progress) -> list[Objective]:
    count = len(teams)
    team_level = _bulk(
        Objective,
        [
            Objective(
                organisation=org,
                cycle=cycle,
                title=f"Team {t} objective {k}",
                team=team,
                owner=people[t],
                visibility="public",
            )
            for t, team in enumerate(teams)
            for k in range(3)
        ],
        progress,
        "objectives",
    )
    personal = [
        Objective(
            organisation=org,
            cycle=cycle,
            title=f"Personal objective {k} of person {i}",
            team=teams[i % count],
            owner=person,
            parent_objective=team_level[(i % count) * 3 + k % 3],
            kind=rng.choice(["committed", "aspirational"]),
        )
        for i, person in enumerate(people)
        for k in range(2 + (i % 2))
    ]
    return team_level + _bulk(Objective, personal, progress, "objectives")


def _key_results(org, objectives, scale, rng, progress) -> list[KeyResult]:
    rows = []
    for objective in objectives:
        for k in range(scale.krs_per_objective):
            start = float(rng.randrange(0, 100))
            target = start + rng.choice([-1, 1]) * rng.randrange(10, 100)
            rows.append(
                KeyResult(
                    organisation=org,
                    objective=objective,
                    owner=objective.owner,
                    title=f"Move metric {k} from {start:g} to {target:g}",
                    start=start,
                    target=target,
                    unit="%",
                    position=k,
                )
            )
    return _bulk(KeyResult, rows, progress, "key results")


def _insert_check_ins(rows: list[tuple]) -> None:
    """Insert check-in rows with one executemany: model instances cost more than the insert."""
    table = CheckIn._meta.db_table
    columns = (
        "organisation_id",
        "key_result_id",
        "author_id",
        "checked_in_at",
        "recorded_at",
        "value",
        "confidence",
        "note",
        "blockers",
        "source",
    )
    marks = ", ".join(["%s"] * len(columns))
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def _check_ins(org, cycle, key_results, today, rng, progress) -> None:
    """Write weekly check-ins and set each KR's current value to its latest."""
    last_day = min(today, cycle.end)
    days = list(range(6, (last_day - cycle.start).days + 1, 7))
    span = (cycle.end - cycle.start).days or 1
    now = timezone.now()
    moments = [
        timezone.make_aware(datetime.combine(cycle.start + timedelta(days=d), time(10)), org.zone)
        for d in days
    ]
    rows: list[tuple] = []
    for kr in key_results:
        pace = rng.uniform(0.3, 1.3)
        for day, moment in zip(days, moments, strict=True):
            kr.current = round(kr.start + (kr.target - kr.start) * day / span * pace, 2)
            rows.append(
                (
                    org.pk,
                    kr.pk,
                    kr.owner_id,
                    moment,
                    now,
                    kr.current,
                    rng.randrange(3, 10),
                    "",
                    "",
                    "import",
                )
            )
            kr.last_check_in_at = moment
        if len(rows) >= BATCH:
            _insert_check_ins(rows)
            progress("check-ins", len(rows))
            rows = []
    _insert_check_ins(rows)
    progress("check-ins", len(rows))
    for kr in key_results:
        kr.progress = engine.key_result_progress(
            engine.KeyResultState(
                kind="metric", start=kr.start, target=kr.target, current=kr.current
            )
        )
    for chunk in _batched(key_results):
        KeyResult.objects.bulk_update(
            chunk, ["current", "last_check_in_at", "progress"], batch_size=BATCH
        )


@transaction.atomic
def generate(*, name: str, scale: Scale, today: date, progress: Progress) -> Organisation:
    """Create a synthetic organisation of `scale.people` people; return it."""
    rng = random.Random(scale.seed)
    slug = name.lower().replace(" ", "-")
    org = Organisation.objects.create(name=name, slug=slug, time_zone="UTC")
    people = _people(org, scale, progress)
    teams = _teams(org, people, progress)
    for cycle in _cycles(org, today, scale.quarters):
        objectives = _objectives(org, cycle, people, teams, rng, progress)
        key_results = _key_results(org, objectives, scale, rng, progress)
        _check_ins(org, cycle, key_results, today, rng, progress)
        cycle_recompute(cycle=cycle)
        progress("cycles", 1)
    return org
