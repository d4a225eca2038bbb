"""plan_import's batched write: the same rows, history and events as the okrs services write
one by one, every problem caught before anything is written, and a constant number of queries.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.import_export import selectors
from cairn.import_export.services import document_lines, plan_import
from cairn.okrs import events, services
from cairn.okrs.models import (
    Change,
    CheckIn,
    CheckInSource,
    Cycle,
    Initiative,
    KeyResult,
    KeyResultKind,
    Objective,
)
from cairn.okrs.services.rollup import objective_computed_progress
from cairn.organisations.models import Person, Team
from cairn.text.document import parse_document
from cairn.text.plan import Plan, PlanKeyResult, PlanObjective
from tests.factories import CycleFactory, KeyResultFactory, ObjectiveFactory

pytestmark = pytest.mark.django_db
IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Teams, owners, weights, current values of every kind, initiatives on objectives and on key
# results, alignment to a new objective, to a new key result and to an older objective.
PLAN = """\
<!-- cairn:okrs v1 -->
## Objective: Company growth
- key: company-growth
- owner: admin@acme.test
- weight: 2
- aligned-to: company-vision
- initiative: Quarterly business review

### KR: Grow revenue from 1 to 2 million
- key: company-growth/kr-1
- type: increase
- start: 1
- target: 2
- current: 1.5
- unit: million
- weight: 0.5
- owner: lead@acme.test
- initiative: Hire two account executives

### KR: Keep gross margin above 60%
- type: stay_above
- target: 60
- current: 55
- unit: %

## Objective: Faster support
- key: faster-support
- owner: lead@acme.test
- team: Support
- kind: aspirational
- visibility: team
- aligned-to: company-growth/kr-1
- initiative: Hire two agents

### KR: Cut first reply from 18 hours to 4 hours
- type: decrease
- start: 18
- target: 4
- current: 10
- unit: hours
- owner: member@acme.test

### KR: Publish the help centre
- type: milestone
- current: 1

## Objective: Happy team
- owner: member@acme.test
- team: Support
- aligned-to: company-growth

### KR: Raise eNPS from 10 to 40
- type: increase
- start: 10
- target: 40
"""


def read(text: str) -> tuple[Plan, list]:
    document = parse_document(text, None)
    assert not document.problems, document.problems
    return document.to_plan(), document_lines(document)


@pytest.fixture
def year(world) -> Cycle:
    """Return a year cycle holding an older objective that counts its aligned children."""
    today = dt.date.today()
    year = CycleFactory(
        organisation=world.organisation, name="FY", start=today - dt.timedelta(days=200),
        end=today + dt.timedelta(days=200),
    )  # fmt: skip
    vision = ObjectiveFactory(
        cycle=year, title="Company vision", owner=world.admin, count_aligned_children=True
    )
    KeyResultFactory(objective=vision, title="Reach 10 markets from 2 to 10", start=2, target=10)
    return year


def quarter(world, year: Cycle, name: str, **fields) -> Cycle:
    return CycleFactory(organisation=world.organisation, name=name, parent=year, **fields)


def by_services(actor: Person, cycle: Cycle, plan: Plan) -> None:
    """Write a plan row by row through the okrs services, as plan_import once did."""
    plan = plan.with_keys()
    org = actor.organisation
    people = {
        p.user.email: p for p in Person.objects.filter(organisation=org).select_related("user")
    }
    teams = {t.name: t for t in Team.objects.filter(organisation=org)}
    keys: dict = {}
    written = []
    for o in plan.objectives:
        objective = services.objective_create(
            actor=actor, cycle=cycle, title=o.title, owner=people[o.owner] if o.owner else actor,
            team=teams[o.team] if o.team else None, kind=o.kind, visibility=o.visibility,
            weight=o.weight,
        )  # fmt: skip
        keys[o.key] = objective
        krs = []
        for kr in o.key_results:
            measured = kr.type != "milestone"
            created = services.key_result_create(
                actor=actor, objective=objective, title=kr.title, unit=kr.unit or "",
                weight=kr.weight, owner=people[kr.owner] if kr.owner else actor,
                kind=KeyResultKind.METRIC if kr.type in ("increase", "decrease") else kr.type,
                start=kr.start if measured else None, target=kr.target,
            )  # fmt: skip
            keys[kr.key] = created
            if kr.current is not None:
                services.check_in_record(
                    key_result=created, author=actor, value=kr.current,
                    source=CheckInSource.IMPORT,
                )  # fmt: skip
            krs.append(created)
        for title in o.initiatives:
            services.initiative_create(actor=actor, key_results=krs, title=title)
        for kr, created in zip(o.key_results, krs, strict=True):
            for title in kr.initiatives:
                services.initiative_create(actor=actor, key_results=[created], title=title)
        written.append((o, objective))
    cycles = Cycle.objects.filter(organisation=org).values_list("id", flat=True)
    existing = selectors.keyed_rows(cycles, exclude=[o.pk for _, o in written])
    for o, objective in written:
        if o.aligned_to:
            parent = keys.get(o.aligned_to) or existing[o.aligned_to]
            which = "parent_key_result" if isinstance(parent, KeyResult) else "parent_objective"
            services.objective_align(objective=objective, actor=actor, **{which: parent})


_SKIP = {"id", "cycle", "objective", "created_at", "updated_at", "recorded_at"}


def _fields(row, titles: dict) -> dict:
    """Return a row's stored fields; links to rows of the cycle by title, moments as set/unset."""
    values = {}
    for field in type(row)._meta.concrete_fields:
        if field.name in _SKIP:
            continue
        value = getattr(row, field.attname)
        if (field.related_model, value) in titles:
            value = titles[field.related_model, value]
        elif field.name in ("last_check_in_at", "checked_in_at", "at"):
            value = value is not None
        values[field.name] = value
    if isinstance(row, Change) and row.field in Change.ID_ONLY_FIELDS:
        # Alignment by id ("as of" rewinds it): the parent's title, as for a foreign key.
        model = KeyResult if row.field == "parent_key_result_id" else Objective
        for name in ("old", "new"):
            raw = values[name]
            values[name] = titles.get((model, int(raw)), raw) if raw else raw
    return values


def snapshot(cycle: Cycle) -> list:
    """Return everything written into a cycle, comparable across cycles."""
    objectives = list(Objective.objects.filter(cycle=cycle).order_by("position"))
    krs = list(KeyResult.objects.filter(objective__cycle=cycle).order_by("objective", "position"))
    titles = {(Objective, o.pk): o.title for o in objectives}
    titles |= {(KeyResult, kr.pk): kr.title for kr in krs}
    rows = []
    for objective in objectives:
        rows.append(_fields(objective, titles))
        changes = Change.objects.filter(objective=objective).order_by("id")
        rows.append([_fields(c, titles) for c in changes])
    for kr in krs:
        rows.append((titles[Objective, kr.objective_id], _fields(kr, titles)))
        rows.append([_fields(c, titles) for c in kr.check_ins.order_by("id")])
        initiatives = kr.initiatives.order_by("title")
        rows.append([(_fields(i, titles), i.key_results.count()) for i in initiatives])
    return rows


@pytest.fixture
def seen():
    """Record the events sent after commits, in order."""
    received: list[tuple] = []

    def on_objective(sender, objective, **kwargs):
        received.append(("objective_created", objective.title, objective.owner_id))

    def on_check_in(sender, check_in, **kwargs):
        received.append(("check_in_recorded", check_in.key_result.title, check_in.value))

    def on_pace(sender, key_result, old, new, **kwargs):
        received.append(("pace_changed", key_result.title, old, new))

    receivers = [
        (events.objective_created, on_objective),
        (events.check_in_recorded, on_check_in),
        (events.pace_changed, on_pace),
    ]
    for signal, receiver in receivers:
        signal.connect(receiver, dispatch_uid=f"test_bulk_import.{receiver.__name__}")
    yield received
    for signal, receiver in receivers:
        signal.disconnect(dispatch_uid=f"test_bulk_import.{receiver.__name__}")


def test_writes_what_the_services_write_one_by_one(
    world, year, seen, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = IMMEDIATE_TASKS
    plan, lines = read(PLAN)
    one_by_one, batched = quarter(world, year, "Q-a"), quarter(world, year, "Q-b")
    with django_capture_on_commit_callbacks(execute=True):
        by_services(world.admin, one_by_one, plan)
    sent_one_by_one, seen[:] = list(seen), []
    with django_capture_on_commit_callbacks(execute=True):
        result = plan_import(actor=world.admin, cycle=batched, plan=plan, lines=lines)

    assert snapshot(batched) == snapshot(one_by_one)
    assert seen == sent_one_by_one
    assert {kind for kind, *_ in seen} == {"objective_created", "check_in_recorded", "pace_changed"}
    assert result.counts() == {
        "objectives": 3, "key_results": 5, "initiatives": 3, "work_items": 0, "aligned": 3,
        "milestones": 0,
    }  # fmt: skip
    assert [o.title for o in result.objectives] == [
        "Company growth",
        "Faster support",
        "Happy team",
    ]


def test_stored_progress_equals_a_recomputation_up_to_the_older_objective(world, year):
    plan, lines = read(PLAN)
    cycle = quarter(world, year, "Q-a")
    vision = Objective.objects.get(title="Company vision")
    before = vision.progress
    plan_import(actor=world.admin, cycle=cycle, plan=plan, lines=lines)

    vision.refresh_from_db()
    assert vision.progress != before  # it counts its new aligned child
    for objective in Objective.objects.filter(cycle__in=[cycle, year]):
        assert objective.progress == objective_computed_progress(objective)
    assert services.cycle_recompute(cycle=year) == 0  # the year and its quarters


def test_imported_values_are_check_ins_that_set_progress(world, year):
    plan, lines = read(PLAN)
    cycle = quarter(world, year, "Q-a")
    plan_import(actor=world.admin, cycle=cycle, plan=plan, lines=lines)

    revenue = KeyResult.objects.get(objective__cycle=cycle, title__startswith="Grow revenue")
    assert (revenue.current, revenue.progress, revenue.owner) == (1.5, 0.5, world.lead)
    check_in = revenue.check_ins.get()
    assert (check_in.source, check_in.author, check_in.value) == ("import", world.admin, 1.5)
    help_centre = KeyResult.objects.get(objective__cycle=cycle, title="Publish the help centre")
    assert (help_centre.kind, help_centre.done, help_centre.progress) == ("milestone", True, 1.0)
    assert help_centre.pace_status  # the status the check-in announced is stored
    unmeasured = KeyResult.objects.get(objective__cycle=cycle, title__startswith="Raise eNPS")
    assert (unmeasured.current, unmeasured.owner, unmeasured.pace_status) == (None, world.admin, "")


# Every kind of problem: found before anything is written, each with its line.
PROBLEMS = [
    ("unknown objective owner", ("- owner: lead@acme.test\n- team", "- owner: who@acme.test\n- team"),
     "line 26: objective 'Faster support': no one with the email who@acme.test here"),
    ("unknown key result owner", ("- owner: member@acme.test\n\n###", "- owner: x@acme.test\n\n###"),
     "line 35: key result 'Cut first reply from 18 hours to 4 hours': no one with the email"),
    ("unknown team", ("- team: Support\n- kind", "- team: Nope\n- kind"),
     "line 26: objective 'Faster support': no team named Nope"),
    ("same start and target", ("- start: 18\n", "- start: 4\n"),
     "line 35: key result 'Cut first reply from 18 hours to 4 hours': Start and target must"),
    ("negative weight", ("- weight: 2\n", "- weight: -2\n"),
     "line 2: objective 'Company growth': Weight is 0 or more"),
    ("negative key result weight", ("- weight: 0.5\n", "- weight: -1\n"),
     "line 9: key result 'Grow revenue from 1 to 2 million': Weight is 0 or more"),
    ("title too long", ("## Objective: Happy team", "## Objective: " + "Happy " * 60),
     "objective 'Happy Happy"),
    ("key result title too long", ("### KR: Raise eNPS", "### KR: " + "Raise " * 60 + "eNPS"),
     "Keep it under 301 characters."),
    ("unit too long", ("- unit: hours", "- unit: " + "h" * 41),
     "line 35: key result 'Cut first reply from 18 hours to 4 hours': Keep it under 41"),
    ("value out of range", ("- current: 10\n", "- current: 1e16\n"),
     "line 35: key result 'Cut first reply from 18 hours to 4 hours': Enter a finite number."),
    ("unknown alignment key", ("aligned-to: company-growth\n", "aligned-to: nowhere\n"),
     "line 47: objective 'Happy team': nothing has the key nowhere"),
    ("alignment loop", ("- aligned-to: company-vision\n", "- aligned-to: faster-support\n"),
     "line 26: objective 'Faster support': That alignment would make a loop."),
    ("aligned to its own key result", ("aligned-to: company-growth\n", "aligned-to: happy-team/kr-1\n"),
     "line 47: objective 'Happy team': That alignment would make a loop."),
    ("parent cycle does not enclose", ("- aligned-to: company-vision\n", "- aligned-to: old-goal\n"),
     "line 2: objective 'Company growth': The parent's cycle must be the same as, or enclose"),
    ("initiative without key results", ("### KR: Raise eNPS from 10 to 40\n- type: increase\n- start: 10\n- target: 40\n", "- initiative: Team offsite\n"),
     "line 47: initiative 'Team offsite': an initiative needs a key result"),
]  # fmt: skip


def counts() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (Objective, KeyResult, CheckIn, Initiative, Change))


@pytest.mark.parametrize(
    ("edit", "message"), [p[1:] for p in PROBLEMS], ids=[p[0] for p in PROBLEMS]
)
def test_each_problem_is_reported_with_its_line_and_nothing_is_written(world, year, edit, message):
    today = dt.date.today()
    old = CycleFactory(
        organisation=world.organisation, name="Old", start=today - dt.timedelta(days=400),
        end=today - dt.timedelta(days=300),
    )  # fmt: skip
    ObjectiveFactory(cycle=old, title="Old goal", owner=world.admin)
    assert edit[0] in PLAN
    plan, lines = read(PLAN.replace(*edit))
    before = counts()
    with pytest.raises(ValidationError) as caught:
        plan_import(actor=world.admin, cycle=quarter(world, year, "Q-a"), plan=plan, lines=lines)
    assert any(m.startswith(message) or message in m for m in caught.value.messages), (
        caught.value.messages
    )
    assert counts() == before


def test_every_problem_of_a_plan_is_reported_at_once(world, year):
    text = PLAN.replace("- owner: lead@acme.test\n- team", "- owner: who@acme.test\n- team")
    plan, lines = read(text.replace("- start: 10\n", "- start: 40\n"))
    with pytest.raises(ValidationError) as caught:
        plan_import(actor=world.admin, cycle=quarter(world, year, "Q-a"), plan=plan, lines=lines)
    assert [m.split(":")[0] for m in caught.value.messages] == ["line 26", "line 52"]


@pytest.mark.parametrize(
    ("persona", "state", "message"),
    [
        ("member", "active", "objective 'Company growth': Only admins create company-level"),
        ("lead", "active", "objective 'Company growth': Only admins create company-level"),
        ("viewer", "active", "objective 'Happy team': You cannot create objectives for this team"),
        ("admin", "closed", "objective 'Company growth': This cycle is closed."),
        ("admin", "grading", "key result 'Grow revenue from 1 to 2 million': The cycle"),
    ],
)
def test_permissions_and_cycle_states_are_checked_per_row(world, year, persona, state, message):
    plan, lines = read(PLAN)
    cycle = quarter(world, year, "Q-a", state=state)
    before = counts()
    with pytest.raises(ValidationError) as caught:
        plan_import(actor=getattr(world, persona), cycle=cycle, plan=plan, lines=lines)
    assert any(message in m for m in caught.value.messages), caught.value.messages
    assert counts() == before


def test_a_member_writes_their_own_team_objectives(world):
    text = "## Support\n- Cut first reply from 18 hours to 4 hours\n- Keep CSAT above 90%\n"
    plan = parse_document(text, None).to_plan()
    plan = Plan(objectives=(PlanObjective("Support", team="Support", owner="member@acme.test",
                                          key_results=plan.objectives[0].key_results),))  # fmt: skip
    result = plan_import(actor=world.member, cycle=CycleFactory(organisation=world.organisation),
                         plan=plan)  # fmt: skip
    objective = result.objectives[0]
    assert (objective.team, objective.owner) == (world.team, world.member)


def test_an_inactive_owner_is_a_problem(world, year):
    world.member.is_active = False
    world.member.save()
    plan, lines = read(PLAN)
    with pytest.raises(ValidationError) as caught:
        plan_import(actor=world.admin, cycle=quarter(world, year, "Q-a"), plan=plan, lines=lines)
    assert "line 47: objective 'Happy team': This person is no longer active." in (
        caught.value.messages
    )


def generated(count: int) -> Plan:
    """Return a plan of `count` team objectives with current values, initiatives, alignment."""
    objectives = [
        PlanObjective(
            f"Objective {n}",
            key=f"o{n}",
            owner="member@acme.test",
            team="Support",
            aligned_to="o0/kr-0" if n else None,
            initiatives=(f"Initiative {n}",),
            key_results=tuple(
                PlanKeyResult(
                    f"Grow metric {n}.{k} from 0 to 10",
                    key=f"o{n}/kr-{k}",
                    start=0,
                    target=10,
                    current=k,
                    owner="lead@acme.test",
                    initiatives=(f"Work {n}.{k}",),
                )
                for k in range(3)
            ),
        )  # fmt: skip
        for n in range(count)
    ]
    return Plan(objectives=tuple(objectives))


def test_the_number_of_queries_does_not_grow_with_the_plan(world):
    queries = []
    for count in (10, 40):
        cycle = CycleFactory(organisation=world.organisation)
        with CaptureQueriesContext(connection) as captured:
            result = plan_import(actor=world.lead, cycle=cycle, plan=generated(count))
        assert result.counts()["objectives"] == count
        assert result.counts()["aligned"] == count - 1
        queries.append(len(captured.captured_queries))
    assert queries[0] == queries[1] <= 20


def test_a_team_name_two_teams_share_is_a_problem_not_a_guess(world, year):
    Team.objects.create(organisation=world.organisation, name="Support", slug="support-2")
    plan, lines = read(PLAN)
    cycle = quarter(world, year, "Q-dup")
    before = counts()

    with pytest.raises(ValidationError) as caught:
        plan_import(actor=world.admin, cycle=cycle, plan=plan, lines=lines)

    assert any("2 teams are named Support; rename one" in m for m in caught.value.messages)
    assert counts() == before
