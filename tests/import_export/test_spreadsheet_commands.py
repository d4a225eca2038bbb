"""`cairn import FILE.csv|FILE.xlsx`, `--template` and `cairn export --format xlsx`."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from cairn.okrs.models import CycleState, Initiative, KeyResult, Objective
from cairn.text.tabular_export import template_csv
from tests.factories import CycleFactory

pytestmark = pytest.mark.django_db

SHEET = """\
id,parent_id,level,title,key,owner,team,kind,visibility,weight,aligned_to,type,start,target,current,unit
O1,,objective,Company growth,,admin@acme.test,,committed,public,2,,,,,,
O1.K1,O1,key_result,Grow revenue from 1 to 2 million,,lead@acme.test,,,,0.5,,increase,1,2,1.5,million
O2,,objective,Faster support,,lead@acme.test,Support,aspirational,team,1,company-growth/kr-1,,,,,
O2.I1,O2,initiative,Hire two agents,,,,,,,,,,,,
O2.K1,O2,key_result,Cut first reply from 18 hours to 4 hours,,member@acme.test,,,,1,,decrease,18,4,,hours
O2.K2,O2,key_result,Keep CSAT above 90%,,,,,,1,,stay_above,,90,,%
O2.K2.I1,O2.K2,initiative,Survey every closed ticket,,,,,,,,,,,,
"""


def call(*args: str) -> tuple[int, str, str]:
    """Return the exit code, standard output and standard error of a command."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(*args, stdout=out, stderr=err)
    except SystemExit as exit_:
        return int(exit_.code), out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


def write(tmp_path, text: str, name: str = "okrs.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def fresh_cycle(world, name: str = "Q4", **fields):
    return CycleFactory(organisation=world.organisation, name=name, **fields)


def import_into(path: str, cycle: str = "Q4", *more: str) -> tuple[int, str, str]:
    return call("import", path, "--cycle", cycle, "--org", "acme", *more)


def export(cycle: str, fmt: str, *more: str) -> str:
    return call("export", "--cycle", cycle, "--org", "acme", "--format", fmt, *more)[1]


def test_a_csv_sheet_writes_objectives_key_results_initiatives_and_alignment(world, tmp_path):
    cycle = fresh_cycle(world)
    code, out, _ = import_into(write(tmp_path, SHEET))
    assert code == 0
    assert out.startswith("Imported into Q4: 2 objectives, 3 key results, 2 initiatives")
    growth, support = Objective.objects.filter(cycle=cycle).order_by("position")
    assert (growth.owner, growth.weight) == (world.admin, 2)
    assert (support.team, support.kind, support.visibility) == (world.team, "aspirational", "team")
    revenue = KeyResult.objects.get(objective=growth)
    assert support.parent_key_result == revenue
    assert (revenue.start, revenue.target, revenue.current, revenue.unit) == (1, 2, 1.5, "million")
    csat = KeyResult.objects.get(objective=support, title__startswith="Keep CSAT")
    assert (csat.kind, csat.target) == ("stay_above", 90)
    survey = Initiative.objects.get(title="Survey every closed ticket")
    assert list(survey.key_results.all()) == [csat]
    hire = Initiative.objects.get(title="Hire two agents")  # an objective's: all its KRs
    assert hire.key_results.count() == 2


def test_a_bad_row_writes_nothing_and_exits_1_with_every_problem_by_row(world, tmp_path):
    cycle = fresh_cycle(world)
    bad = SHEET.replace(",increase,1,2,1.5,", ",increase,1,lots,1.5,").replace(
        "member@acme.test", "nobody@acme.test"
    )
    code, _, err = import_into(write(tmp_path, bad))
    assert code == 1
    assert "row 3, column target: 'lots' is not a number" in err
    assert "1 problem(s): nothing was imported" in err
    assert not Objective.objects.filter(cycle=cycle).exists()
    code, _, err = import_into(write(tmp_path, SHEET.replace("member@acme.test", "no@acme.test")))
    assert code == 1
    assert "row 6: key result 'Cut first reply from 18 hours to 4 hours': no one with the" in err
    assert not Objective.objects.filter(cycle=cycle).exists()


def test_problems_as_json(world, tmp_path):
    fresh_cycle(world)
    code, out, _ = import_into(
        write(tmp_path, SHEET.replace("O2.K1,O2,", "O2.K1,O9,")), "Q4", "--json"
    )
    assert code == 1
    assert json.loads(out) == {
        "ok": False,
        "problems": ["row 6, column parent_id: no row has the id 'O9'"],
    }


def test_json_report_of_a_good_import(world, tmp_path):
    fresh_cycle(world)
    code, out, _ = import_into(write(tmp_path, SHEET), "Q4", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["ok"], data["objectives"], data["key_results"], data["aligned"]) == (
        True,
        2,
        3,
        1,
    )


def test_a_closed_cycle_and_a_viewer_are_refused(world, tmp_path):
    fresh_cycle(world, state=CycleState.CLOSED)
    code, _, err = import_into(write(tmp_path, SHEET))
    assert code == 1 and "This cycle is closed" in err
    fresh_cycle(world, "Q5")
    code, _, err = import_into(write(tmp_path, SHEET), "Q5", "--as", "viewer@acme.test")
    assert code == 1 and "nothing was imported" in err
    assert not Objective.objects.filter(cycle__name__in=["Q4", "Q5"]).exists()


def test_dry_run_json_shows_rows_and_writes_nothing(world, tmp_path):
    code, out, _ = call("import", write(tmp_path, SHEET), "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["format"] == "csv" and data["problems"] == []
    growth, support = data["objectives"]
    assert (growth["row"], growth["title"], growth["weight"]) == (2, "Company growth", 2)
    assert [kr["row"] for kr in support["key_results"]] == [6, 7]
    assert support["initiatives"] == ["Hire two agents"]
    assert support["key_results"][1]["initiatives"] == ["Survey every closed ticket"]
    assert not Objective.objects.filter(title="Company growth").exists()


def test_dry_run_with_problems_exits_1(world, tmp_path):
    code, out, _ = call(
        "import", write(tmp_path, SHEET.replace("key_result", "kr", 1) + "X,,goal,Y\n"), "--dry-run"
    )
    assert code == 1
    assert "row 2: O Company growth\nrow 3:   KR Grow revenue" in out
    assert "row 8:     initiative Survey every closed ticket" in out
    assert "row 9, column level: 'goal' is not a level" in out


def test_xlsx_export_imports_back_and_exports_the_same_csv(world, tmp_path):
    fresh_cycle(world)
    assert import_into(write(tmp_path, SHEET))[0] == 0
    first_csv = export("Q4", "csv")
    workbook = tmp_path / "okrs.xlsx"
    export("Q4", "xlsx", "--output", str(workbook))
    fresh_cycle(world, "Q5")
    code, out, err = import_into(str(workbook), "Q5")
    assert code == 0, err
    assert export("Q5", "csv") == first_csv
    assert "company-growth/kr-1" in first_csv and "lead@acme.test" in first_csv


def test_csv_export_imports_back_identically(world, tmp_path):
    fresh_cycle(world)
    import_into(write(tmp_path, SHEET))
    first = export("Q4", "csv")
    fresh_cycle(world, "Q5")
    assert import_into(write(tmp_path, first, "again.csv"), "Q5")[0] == 0
    assert export("Q5", "csv") == first


def test_xlsx_export_needs_an_output(world, tmp_path, capfdbinary):
    with pytest.raises(CommandError, match="xlsx is binary: give --output FILE"):
        call_command("export", "--cycle", "Q3", "--org", "acme", "--format", "xlsx")
    call_command("export", "--cycle", "Q3", "--org", "acme", "--format", "xlsx", "-o", "-")
    data = capfdbinary.readouterr().out
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    assert sheet["D2"].value == "Make support feel effortless"


def test_the_csv_template_is_printed_and_imports_cleanly(world, tmp_path):
    code, out, _ = call("import", "--template", "csv")
    assert code == 0 and out == template_csv()
    assert out.splitlines()[0].startswith("id,parent_id,level,title,")
    cycle = fresh_cycle(world)
    code, out, _ = import_into(write(tmp_path, out))
    assert code == 0 and "1 objectives, 1 key results, 1 initiatives" in out
    assert Objective.objects.get(cycle=cycle).owner == world.admin  # owners default to --as


def test_the_xlsx_template_is_written_to_a_file_and_imports_cleanly(world, tmp_path):
    path = tmp_path / "template.xlsx"
    assert call("import", "--template", "xlsx", "--output", str(path))[0] == 0
    with pytest.raises(CommandError, match="give --output FILE"):
        call_command("import", "--template", "xlsx")
    cycle = fresh_cycle(world)
    assert import_into(str(path))[0] == 0
    assert KeyResult.objects.get(objective__cycle=cycle).kind == "metric"


def test_unreadable_files_are_usage_errors(world, tmp_path):
    garbage = tmp_path / "okrs.xlsx"
    garbage.write_bytes(b"not a workbook")
    with pytest.raises(CommandError, match="not an Excel workbook") as caught:
        call_command("import", str(garbage), "--dry-run")
    assert caught.value.returncode == 2
    with pytest.raises(CommandError, match="no such file") as caught:
        call_command("import", str(tmp_path / "missing.csv"), "--dry-run")
    assert caught.value.returncode == 2
    with pytest.raises(CommandError, match="give a file to import"):
        call_command("import")


def test_format_overrides_the_extension(world, tmp_path):
    path = write(tmp_path, SHEET.replace(",", ";"), "okrs.txt")
    code, out, _ = call("import", path, "--dry-run", "--json", "--format", "csv")
    assert code == 0 and json.loads(out)["objectives"][0]["title"] == "Company growth"


# Upload limits and formula-like text ---------------------------------------------------------

HOSTILE = """\
id,parent_id,level,title,key,owner,team,kind,visibility,weight,aligned_to,type,start,target,current,unit
O1,,objective,"'=HYPERLINK(""http://evil.test"",""win"")",,,,,,,,,,,,
O1.K1,O1,key_result,'-20% churn,,,,,,,,decrease,-5,-20,,%
O1.K2,O1,key_result,'@team ships weekly,,,,,,,,milestone,,,,
O1.K2.I1,O1.K2,initiative,'Quoted on purpose,,,,,,,,,,,,
O1.K3,O1,key_result,'+1 NPS point from -3,,,,,,,,increase,-3,1,,
"""


def test_formula_like_titles_are_quoted_in_the_export_and_round_trip_identically(world, tmp_path):
    cycle = fresh_cycle(world)
    code, _, err = import_into(write(tmp_path, HOSTILE))
    assert code == 0, err
    titles = set(Objective.objects.filter(cycle=cycle).values_list("title", flat=True))
    titles |= set(KeyResult.objects.filter(objective__cycle=cycle).values_list("title", flat=True))
    assert titles >= {'=HYPERLINK("http://evil.test","win")', "-20% churn", "@team ships weekly"}
    assert Initiative.objects.get(title="'Quoted on purpose")  # a quote of its own stays
    first = export("Q4", "csv")
    assert (
        ",'-20% churn,hyperlink-http-evil-test-win/kr-1,admin@acme.test,,,,1,,decrease,-5,-20,,%"
        in first
    )
    fresh_cycle(world, "Q5")
    assert import_into(write(tmp_path, first, "again.csv"), "Q5")[0] == 0
    assert export("Q5", "csv") == first
    workbook = tmp_path / "okrs.xlsx"
    export("Q5", "xlsx", "--output", str(workbook))
    assert openpyxl.load_workbook(workbook).worksheets[0]["D3"].value == "'-20% churn"
    fresh_cycle(world, "Q6")
    assert import_into(str(workbook), "Q6")[0] == 0
    assert export("Q6", "csv") == first


def test_a_sheet_over_a_limit_exits_2_and_writes_nothing(world, tmp_path):
    cycle = fresh_cycle(world)
    wide = tmp_path / "wide.csv"
    wide.write_text(SHEET.splitlines()[0] + ",x" * 1_000_000 + "\n" + SHEET.split("\n", 1)[1])
    with pytest.raises(CommandError, match="at most 50 columns") as caught:
        call_command("import", str(wide), "--cycle", "Q4", "--org", "acme")
    assert caught.value.returncode == 2
    assert not Objective.objects.filter(cycle=cycle).exists()


def test_a_file_over_the_byte_limit_is_refused_without_reading_it(world, tmp_path):
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as file:
        file.truncate(100 * 1024 * 1024 + 1)  # sparse: takes no disk and is never read
    with pytest.raises(CommandError, match="larger than 100 MB") as caught:
        call_command("import", str(huge), "--dry-run")
    assert caught.value.returncode == 2
