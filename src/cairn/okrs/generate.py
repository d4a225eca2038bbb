"""A synthetic organisation at scale, written with bulk inserts (`cairn generate`).

Shape per SPEC §7: one team per ten people, four quarters (three past, the current one),
about 2.5 objectives per person per quarter with four key results each, weekly check-ins.
Objectives and key results are dated on their cycle's first morning and check-ins on the weeks
they stand for, so the history reads like a real one (time travel to mid-cycle shows the
cycle as it stood then).
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from cairn import engine
from cairn.dashboards.models import CheckInDay
from cairn.engine.calendar import quarter_bounds, quarter_name
from cairn.lib import bulk
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


@dataclass(frozen=True, slots=True)
class _Row:
    """An objective written: what its key results need."""

    pk: int
    owner_id: int
    team_id: int


def _objectives(org, cycle, people, teams, rng, progress, now) -> list[_Row]:
    """Write three team objectives per team and two or three personal ones per person."""
    rows = bulk.Rows(Objective, _OBJECTIVE_COLUMNS, now)
    count = len(teams)
    team_level = [
        (org.pk, cycle.pk, f"Team {t} objective {k}", team.pk, people[t].pk, None, "committed",
         "public", k)
        for t, team in enumerate(teams)
        for k in range(3)
    ]  # fmt: skip
    team_ids = _insert(rows, team_level, progress, "objectives")
    personal = [
        (org.pk, cycle.pk, f"Personal objective {k} of person {i}", teams[i % count].pk,
         person.pk, team_ids[(i % count) * 3 + k % 3], rng.choice(["committed", "aspirational"]),
         "public", k)
        for i, person in enumerate(people)
        for k in range(2 + (i % 2))
    ]  # fmt: skip
    personal_ids = _insert(rows, personal, progress, "objectives")
    return [
        _Row(pk, row[4], row[3])
        for pk, row in zip(team_ids + personal_ids, team_level + personal, strict=True)
    ]


def _insert(rows: bulk.Rows, values: list[tuple], progress: Progress, label: str) -> list[int]:
    ids: list[int] = []
    for chunk in _batched(values, BATCH * 4):
        ids += rows.insert_returning_ids(chunk)
        progress(label, len(chunk))
    return ids


def _morning(org: Organisation, day: date) -> datetime:
    """Return 09:00 of `day` in the organisation's time zone (when a cycle's plan is written)."""
    return timezone.make_aware(datetime.combine(day, time(9)), org.zone)


def _key_results_and_check_ins(
    org, cycle, objectives, scale, today, rng, progress, planned, now
) -> None:
    """Write each objective's key results with weekly check-ins, current value and progress.

    Key results are created at `planned` (the cycle's first morning), each check-in at 10:00 of
    the week's day it stands for (recorded `now`). The check-in series is computed first, so
    each key result is written once with its latest value (no update afterwards) and the
    check-ins stream in by COPY on PostgreSQL.
    """
    last_day = min(today, cycle.end)
    days = list(range(6, (last_day - cycle.start).days + 1, 7))
    span = (cycle.end - cycle.start).days or 1
    moments = [
        bulk.db_datetime(
            timezone.make_aware(
                datetime.combine(cycle.start + timedelta(days=d), time(10)), org.zone
            )
        )
        for d in days
    ]
    at = bulk.db_datetime(now)
    kr_rows = bulk.Rows(KeyResult, _KEY_RESULT_COLUMNS, planned)
    check_in_rows = bulk.Rows(CheckIn, _CHECK_IN_COLUMNS, now)
    day_of = {
        moment: cycle.start + timedelta(days=d) for moment, d in zip(moments, days, strict=True)
    }
    day_sums: dict[tuple[int, date], list[int]] = defaultdict(lambda: [0, 0, 0])
    for chunk in _batched(objectives, BATCH // scale.krs_per_objective):
        krs, series = [], []
        for objective in chunk:
            for k in range(scale.krs_per_objective):
                start = float(rng.randrange(0, 100))
                target = start + rng.choice([-1, 1]) * rng.randrange(10, 100)
                pace = rng.uniform(0.3, 1.3)
                values = [round(start + (target - start) * d / span * pace, 2) for d in days]
                current = values[-1] if values else None
                state = engine.KeyResultState(
                    kind="metric", start=start, target=target, current=current
                )
                krs.append(
                    (org.pk, objective.pk, objective.owner_id, f"Move metric {k} from {start:g} to {target:g}",
                     start, target, "%", k, current, moments[-1] if values else None,
                     engine.key_result_progress(state))
                )  # fmt: skip
                series.append((objective.owner_id, values))
        ids = kr_rows.insert_returning_ids(krs)
        progress("key results", len(krs))
        check_ins = [
            (org.pk, pk, author, moment, at, value, rng.randrange(3, 10), "", "", "import")
            for pk, (author, values) in zip(ids, series, strict=True)
            for moment, value in zip(moments, values, strict=True)
        ]
        check_in_rows.insert(check_ins)
        progress("check-ins", len(check_ins))
        # The dashboards' stored days: one check-in a week per key result, none corrected.
        team_of = dict(
            zip(
                ids,
                (o.team_id for o in chunk for _k in range(scale.krs_per_objective)),
                strict=True,
            )
        )
        for _org, kr, _author, moment, *_rest in check_ins:
            sums = day_sums[(team_of[kr], day_of[moment])]
            sums[0], sums[1], sums[2] = sums[0] + 1, sums[1] + _rest[2], sums[2] + 1
    _store_days(org, cycle, day_sums)


def _store_days(org: Organisation, cycle: Cycle, day_sums: dict) -> None:
    """Write the dashboards' stored check-in days of the generated check-ins (all public)."""
    CheckInDay.objects.bulk_create(
        [
            CheckInDay(organisation=org, cycle=cycle, team_key=team, visibility="public", day=day,
                       week=(day - cycle.start).days // 7, check_ins=n, confidence_sum=total,
                       key_results=krs)
            for (team, day), (n, total, krs) in day_sums.items()
        ],
        batch_size=BATCH,
    )  # fmt: skip


_OBJECTIVE_COLUMNS = (
    "organisation_id", "cycle_id", "title", "team_id", "owner_id", "parent_objective_id", "kind",
    "visibility", "position",
)  # fmt: skip
_KEY_RESULT_COLUMNS = (
    "organisation_id", "objective_id", "owner_id", "title", "start", "target", "unit",
    "position", "current", "last_check_in_at", "progress",
)  # fmt: skip
_CHECK_IN_COLUMNS = (
    "organisation_id", "key_result_id", "author_id", "checked_in_at", "recorded_at", "value",
    "confidence", "note", "blockers", "source",
)  # fmt: skip


@transaction.atomic
def generate(*, name: str, scale: Scale, today: date, progress: Progress) -> Organisation:
    """Create a synthetic organisation of `scale.people` people; return it."""
    rng = random.Random(scale.seed)
    slug = name.lower().replace(" ", "-")
    org = Organisation.objects.create(name=name, slug=slug, time_zone="UTC")
    people = _people(org, scale, progress)
    teams = _teams(org, people, progress)
    now = timezone.now()
    cycles = _cycles(org, today, scale.quarters)
    with bulk.foreign_keys_checked_at_the_end(Objective, KeyResult, CheckIn):
        for cycle in cycles:
            planned = min(now, _morning(org, cycle.start))
            objectives = _objectives(org, cycle, people, teams, rng, progress, planned)
            _key_results_and_check_ins(
                org, cycle, objectives, scale, today, rng, progress, planned, now
            )
    for cycle in cycles:
        cycle_recompute(cycle=cycle)
        progress("cycles", 1)
    # Without statistics PostgreSQL plans for empty tables (the home page scanned every check-in).
    bulk.analyze(Person, Team, TeamMembership, Cycle, Objective, KeyResult, CheckIn, CheckInDay)
    return org
