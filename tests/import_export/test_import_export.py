"""Plain-text import into a cycle, export back out, and lint over a database cycle."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from cairn.import_export.services import cycle_plan, document_lines, plan_import
from cairn.okrs.models import Initiative, KeyResult, Objective
from cairn.text.document import parse_document
from tests.factories import CycleFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

FREE_FORM = """\
O: Delight our customers (owner: member@acme.test)
KR 1: Reduce churn from 6% to 3%
KR 2: Launch the help centre
  - Write the first 20 articles
"""

HEADINGS = """\
# Growth
## Win the mid-market
- Grow paying customers from 120 to 300
- Keep NPS at least 40
"""

CANONICAL = """\
<!-- cairn:okrs v1 -->
# Cycle: Q3

## Objective: Company growth
- key: company-growth
- owner: admin@acme.test
- weight: 2

### KR: Grow revenue from 1 to 2 million
- key: company-growth/kr-1
- type: increase
- start: 1
- target: 2
- unit: million
- weight: 0.5
- owner: lead@acme.test

## Objective: Faster support
- key: faster-support
- owner: lead@acme.test
- team: Support
- kind: aspirational
- visibility: team
- aligned-to: company-growth/kr-1
- initiative: Hire two agents

### KR: Cut first reply from 18 hours to 4 hours
- key: faster-support/kr-1
- type: decrease
- start: 18
- target: 4
- unit: hours
- owner: member@acme.test

### KR: Keep CSAT above 90%
- key: faster-support/kr-2
- type: stay_above
- target: 90
- unit: %
"""


def run(*args: str) -> str:
    out = io.StringIO()
    if "--org" not in args and args[0] != "lint" and "--dry-run" not in args:
        args = (*args, "--org", "acme")  # the outsider's organisation exists too
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def write(tmp_path, text: str, name: str = "okrs.md") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def fresh_cycle(world, name: str = "Q4"):
    return CycleFactory(organisation=world.organisation, name=name)


def imported(world, text: str, cycle=None):
    document = parse_document(text, None)
    cycle = cycle or fresh_cycle(world)
    result = plan_import(
        actor=world.admin, cycle=cycle, plan=document.to_plan(), lines=document_lines(document)
    )
    return cycle, result


def test_free_form_writes_objective_key_results_and_initiative(world):
    cycle, result = imported(world, FREE_FORM)
    objective = Objective.objects.get(cycle=cycle)
    assert objective.owner == world.member
    churn, launch = objective.key_results.order_by("position")
    assert (churn.kind, churn.start, churn.target, churn.unit) == ("metric", 6, 3, "%")
    assert launch.kind == "milestone"
    assert list(Initiative.objects.filter(key_results=launch).values_list("title", flat=True)) == [
        "Write the first 20 articles"
    ]
    assert result.counts()["key_results"] == 2


def test_headings_write_stay_above_and_owner_defaults_to_actor(world):
    cycle, _ = imported(world, HEADINGS)
    objective = Objective.objects.get(cycle=cycle)
    assert objective.owner == world.admin
    kinds = list(objective.key_results.values_list("kind", "target"))
    assert kinds == [("metric", 300), ("stay_above", 40)]


def test_canonical_writes_teams_weights_owners_alignment(world):
    cycle, result = imported(world, CANONICAL)
    growth = Objective.objects.get(cycle=cycle, title="Company growth")
    support = Objective.objects.get(cycle=cycle, title="Faster support")
    revenue = growth.key_results.get()
    assert growth.weight == 2 and revenue.weight == 0.5 and revenue.owner == world.lead
    assert support.team == world.team and support.kind == "aspirational"
    assert support.parent_key_result == revenue
    assert set(support.key_results.values_list("kind", flat=True)) == {"metric", "stay_above"}
    hire = Initiative.objects.get(title="Hire two agents")
    assert hire.key_results.count() == 2
    assert result.counts() == {
        "objectives": 2, "key_results": 3, "initiatives": 1, "work_items": 0, "aligned": 1,
        "milestones": 0,
    }  # fmt: skip


def test_bad_lines_write_nothing_and_report_every_line(world):
    text = CANONICAL.replace("- start: 18\n", "- start: 4\n").replace(
        "- owner: lead@acme.test\n- team", "- owner: nobody@acme.test\n- team"
    )
    before = Objective.objects.count(), KeyResult.objects.count(), Initiative.objects.count()
    with pytest.raises(ValidationError) as caught:
        imported(world, text)
    messages = caught.value.messages
    assert any(m.startswith("line 18: objective 'Faster support': no one") for m in messages)
    assert any(
        m.startswith("line 27: key result 'Cut first reply") and "must differ" in m
        for m in messages
    )
    after = Objective.objects.count(), KeyResult.objects.count(), Initiative.objects.count()
    assert after == before


def test_unknown_alignment_key_and_team_are_problems(world):
    text = CANONICAL.replace("company-growth/kr-1\n- initiative", "nowhere\n- initiative")
    text = text.replace("- team: Support", "- team: Nope")
    with pytest.raises(ValidationError) as caught:
        imported(world, text)
    assert any("no team named Nope" in m for m in caught.value.messages)


def test_unmeasured_key_results_become_milestones(world):
    document = parse_document("O: Be better\nKR: Grow sign-ups by 15%\n", None)
    plan = document.to_plan()
    cycle = fresh_cycle(world)
    plan_import(actor=world.admin, cycle=cycle, plan=plan)
    assert KeyResult.objects.get(objective__cycle=cycle).kind == "milestone"


@pytest.mark.parametrize("persona", ["viewer", "outsider"])
def test_viewer_and_outsider_cannot_import(world, persona):
    document = parse_document(HEADINGS, None)
    with pytest.raises((ValidationError, PermissionDenied)):
        plan_import(
            actor=getattr(world, persona), cycle=fresh_cycle(world), plan=document.to_plan()
        )
    assert not Objective.objects.filter(cycle__name="Q4").exists()


def test_member_cannot_import_company_objectives(world):
    document = parse_document(HEADINGS, None)
    with pytest.raises(ValidationError) as caught:
        plan_import(actor=world.member, cycle=fresh_cycle(world), plan=document.to_plan())
    assert caught.value.messages[0].startswith("objective 'Win the mid-market'")


def test_markdown_round_trip_is_identical(world, tmp_path):
    source, _ = imported(world, CANONICAL, fresh_cycle(world, "Q5"))
    first = run("export", "--cycle", "Q5", "--format", "md")
    fresh_cycle(world, "Q6")
    run("import", write(tmp_path, first), "--cycle", "Q6")
    second = run("export", "--cycle", "Q6", "--format", "md")
    assert second.replace("# Cycle: Q6", "# Cycle: Q5") == first
    assert "- aligned-to: company-growth/kr-1" in first
    assert "- owner: member@acme.test" in first and "- weight: 0.5" in first


def test_export_json_and_csv(world, tmp_path):
    imported(world, CANONICAL, fresh_cycle(world, "Q5"))
    data = json.loads(run("export", "--cycle", "Q5", "--format", "json"))
    assert [o["key"] for o in data["objectives"]] == ["company-growth", "faster-support"]
    assert data["objectives"][1]["initiatives"] == ["Hire two agents"]
    out = tmp_path / "okrs.csv"
    run("export", "--cycle", "Q5", "--format", "csv", "-o", str(out))
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["O1", "O1.K1", "O2", "O2.I1", "O2.K1", "O2.K2"]
    assert rows[4]["type"] == "decrease" and rows[4]["owner"] == "member@acme.test"


def test_export_shows_only_what_the_person_may_see(world):
    cycle, _ = imported(world, CANONICAL, fresh_cycle(world, "Q5"))
    titles = [o.title for o in cycle_plan(person=world.viewer, cycle=cycle).objectives]
    assert titles == ["Company growth"]
    lead_titles = [o.title for o in cycle_plan(person=world.lead, cycle=cycle).objectives]
    assert lead_titles == ["Company growth", "Faster support"]


def test_cycle_plan_query_count_stays_put(world, django_assert_max_num_queries):
    cycle, _ = imported(world, CANONICAL, fresh_cycle(world, "Q5"))
    with django_assert_max_num_queries(9) as small:
        cycle_plan(person=world.admin, cycle=cycle)
    for n in range(5):
        more = (
            CANONICAL.replace("Company growth", f"Growth {n}")
            .replace("company-growth", f"growth-{n}")
            .replace("Faster support", f"Support {n}")
            .replace("faster-support", f"support-{n}")
        )
        imported(world, more, cycle)
    with django_assert_max_num_queries(len(small.captured_queries)):
        plan = cycle_plan(person=world.admin, cycle=cycle)
    assert len(plan.objectives) == 12


def test_dry_run_prints_objectives_and_writes_nothing(world, tmp_path):
    out = run("import", write(tmp_path, FREE_FORM), "--dry-run", "--json")
    assert json.loads(out)["objectives"][0]["title"] == "Delight our customers"
    assert not Objective.objects.filter(title="Delight our customers").exists()


def test_a_dry_run_of_a_text_with_problems_prints_them_and_exits_1(world, tmp_path):
    out = io.StringIO()
    text = "KR: Grow weekly sign-ups from 1,200 to 2,000\n" + FREE_FORM
    with pytest.raises(SystemExit) as caught:
        call_command("import", write(tmp_path, text), "--dry-run", "--json", stdout=out)
    assert caught.value.code == 1
    problems = json.loads(out.getvalue())["problems"]
    assert [p["line"] for p in problems] == [1]


def test_import_command_reports_lines_and_exits_1(world, tmp_path, capsys):
    fresh_cycle(world)
    path = write(tmp_path, CANONICAL.replace("- start: 18\n", "- start: 4\n"))
    err = io.StringIO()
    with pytest.raises(SystemExit) as caught:
        call_command(
            "import", path, "--cycle", "Q4", "--org", "acme", stdout=io.StringIO(), stderr=err
        )
    assert caught.value.code == 1
    assert "line 27: key result 'Cut first reply" in err.getvalue()
    assert not Objective.objects.filter(cycle__name="Q4").exists()


def test_import_command_counts(world, tmp_path):
    fresh_cycle(world)
    out = run("import", write(tmp_path, FREE_FORM), "--cycle", "Q4", "--as", "admin@acme.test")
    assert "1 objectives, 2 key results, 1 initiatives" in out
    assert "created as a milestone: Launch the help centre" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cycle", "Nope"], "no cycle named 'Nope'"),
        (["--cycle", "Q3", "--org", "nope"], "no organisation with the slug 'nope'"),
        (["--cycle", "Q3", "--as", "who@acme.test"], "no one with the email who@acme.test"),
    ],
)
def test_unknown_cycle_org_person_are_command_errors(world, args, message):
    with pytest.raises(CommandError, match=message):
        run("export", *args)


def test_org_defaults_to_the_only_one(world):
    with pytest.raises(CommandError, match="several organisations"):
        call_command("export", "--cycle", "Q3", stdout=io.StringIO())
    world.outsider.delete()
    world.outsider.organisation.delete()
    out = io.StringIO()
    call_command("export", "--cycle", "Q3", stdout=out)
    assert "## Objective: Make support feel effortless" in out.getvalue()
    OrganisationFactory()
    with pytest.raises(CommandError, match="several organisations"):
        call_command("export", "--cycle", "Q3", stdout=io.StringIO())


def lint_cycle(name: str) -> tuple[int, dict]:
    out = io.StringIO()
    try:
        call_command("lint", "--cycle", name, "--org", "acme", "--json", stdout=out)
    except SystemExit as exit_:
        return exit_.code, json.loads(out.getvalue())
    return 0, json.loads(out.getvalue())


def test_lint_cycle_exit_codes(world):
    imported(world, CANONICAL, fresh_cycle(world, "Q5"))
    code, report = lint_cycle("Q5")
    assert code == 0 and report["ok"] and report["path"] == "cycle Q5"
    assert [o["title"] for o in report["objectives"]] == ["Company growth", "Faster support"]
    assert {f["code"] for f in report["findings"]} == {"OKR001", "KR107"}
    KeyResult.objects.filter(title__startswith="Cut first reply").update(owner=None)
    code, report = lint_cycle("Q5")
    assert code == 1 and not report["ok"]
    owner_finding = next(f for f in report["findings"] if f["code"] == "OKR007")
    assert owner_finding["line"] == 30  # the line of that key result in `cairn export`
    with pytest.raises(CommandError, match="no cycle named") as caught:
        run("lint", "--cycle", "Nope", "--org", "acme")
    assert caught.value.returncode == 2
    with pytest.raises(CommandError, match="PATH or --cycle"):
        run("lint")
