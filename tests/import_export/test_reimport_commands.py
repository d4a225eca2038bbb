"""`cairn import` of content already imported into the cycle: refused unless --force."""

from __future__ import annotations

import io
import json
import re

import openpyxl
import pytest
from django.core.management import call_command

from cairn.okrs.models import Objective
from cairn.organisations.models import Role
from cairn.text.sheet_files import read_csv
from tests.factories import CycleFactory, PersonFactory

pytestmark = pytest.mark.django_db

DOCUMENT = """\
O: Delight our customers
KR 1: Reduce churn from 6% to 3%
KR 2: Raise NPS from 30 to 50

O: Make support feel effortless
KR 1: Cut first-reply time from 18 to 4 hours
"""

SHEET = """\
id,parent_id,level,title,owner,team,weight,type,start,target,unit
O1,,objective,Make support feel fast,lead@acme.test,Support,,,,,
O1.K1,O1,key_result,Cut first reply from 18 hours to 4 hours,member@acme.test,,0.5,decrease,18,4,hours
O1.K2,O1,kr,Keep CSAT above 90%,,,,stay_above,,90,%
"""


def call(*args: str) -> tuple[int, str, str]:
    """Return the exit code, standard output and standard error of a command."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(*args, stdout=out, stderr=err)
    except SystemExit as exit_:
        return int(exit_.code), out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


def write(tmp_path, text: str, name: str = "okrs.md", newline: str | None = None) -> str:
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline=newline) as file:
        file.write(text)
    return str(path)


def import_into(path: str, cycle: str = "Q4", *more: str, org: str = "acme"):
    return call("import", path, "--cycle", cycle, "--org", org, *more)


def titles(cycle) -> list[str]:
    return list(Objective.objects.filter(cycle=cycle).values_list("title", flat=True))


@pytest.fixture
def q4(world):
    return CycleFactory(organisation=world.organisation, name="Q4")


def test_importing_the_same_document_again_exits_1_and_writes_nothing(world, q4, tmp_path):
    path = write(tmp_path, DOCUMENT)
    assert import_into(path)[0] == 0
    code, out, err = import_into(path)
    assert code == 1
    said = re.fullmatch(
        r"This document was imported into Q4 on (\d{4}-\d\d-\d\d \d\d:\d\d UTC) by (.+) "
        r"\(2 objectives\)\. Use --force to import it again\.\n",
        err,
    )
    assert said, err
    assert said[2] == world.admin.name
    assert titles(q4) == ["Delight our customers", "Make support feel effortless"]


def test_force_imports_it_again(world, q4, tmp_path):
    path = write(tmp_path, DOCUMENT)
    import_into(path)
    code, out, _ = import_into(path, "Q4", "--force")
    assert code == 0 and out.startswith("Imported into Q4: 2 objectives")
    assert len(titles(q4)) == 4


def test_the_same_document_saved_again_with_crlf_and_trailing_spaces_is_recognised(
    world, q4, tmp_path
):
    import_into(write(tmp_path, DOCUMENT))
    resaved = "\ufeff" + DOCUMENT.replace("\n", "   \n") + "\n\n"
    code, _, err = import_into(write(tmp_path, resaved, "again.txt", newline="\r\n"))
    assert code == 1 and "This document was imported into Q4" in err
    assert len(titles(q4)) == 2


def test_a_changed_document_is_not_a_duplicate(world, q4, tmp_path):
    import_into(write(tmp_path, DOCUMENT))
    changed = DOCUMENT.replace("30 to 50", "30 to 55")
    assert import_into(write(tmp_path, changed, "changed.md"))[0] == 0
    assert len(titles(q4)) == 4


def test_the_same_document_in_another_cycle_is_not_a_duplicate(world, q4, tmp_path):
    path = write(tmp_path, DOCUMENT)
    CycleFactory(organisation=world.organisation, name="Q1")
    import_into(path)
    assert import_into(path, "Q1")[0] == 0


def test_the_same_document_in_another_organisation_is_not_a_duplicate(world, q4, tmp_path):
    path = write(tmp_path, DOCUMENT)
    other = world.outsider.organisation
    CycleFactory(organisation=other, name="Q4")
    import_into(path)
    assert import_into(path, "Q4", org=other.slug)[0] == 0
    assert Objective.objects.filter(organisation=other).count() == 2


def test_json_names_the_earlier_import(world, q4, tmp_path):
    path = write(tmp_path, DOCUMENT)
    second = PersonFactory(organisation=world.organisation, role=Role.ADMIN)
    assert import_into(path, "Q4", "--as", second.user.email)[0] == 0
    code, out, _ = import_into(path, "Q4", "--json")
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    assert data["problems"][0].endswith("Use --force to import it again.")
    previous = data["previous_import"]
    assert (previous["cycle"], previous["imported_by"], previous["source"]) == (
        "Q4",
        second.name,
        "cli",
    )
    assert (previous["objectives"], previous["key_results"]) == (2, 3)


def test_a_dry_run_warns_but_exits_0(world, q4, tmp_path):
    path = write(tmp_path, DOCUMENT)
    code, _, err = import_into(path, "Q4", "--dry-run")
    assert code == 0 and err == ""
    import_into(path)
    code, out, err = import_into(path, "Q4", "--dry-run")
    assert code == 0 and "O Delight our customers" in out
    assert err.startswith("warning: This document was imported into Q4 on ")
    assert err.strip().endswith("Importing it again needs --force.")
    data = json.loads(import_into(path, "Q4", "--dry-run", "--json")[1])
    assert data["previous_import"]["objectives"] == 2
    assert len(titles(q4)) == 2


def test_a_dry_run_without_a_cycle_reads_only(world, q4, tmp_path):
    path = write(tmp_path, DOCUMENT)
    import_into(path)
    code, out, err = call("import", path, "--dry-run", "--json")
    assert code == 0 and err == ""
    assert json.loads(out)["previous_import"] is None


def test_a_failed_import_records_nothing_so_the_fixed_file_imports(world, q4, tmp_path):
    broken = DOCUMENT.replace("customers\n", "customers (owner: nobody@acme.test)\n")
    path = write(tmp_path, broken)
    code, _, err = import_into(path)
    assert code == 1 and "no one with the email nobody@acme.test" in err
    PersonFactory(organisation=world.organisation, user__email="nobody@acme.test")
    assert import_into(path)[0] == 0


def test_a_sheet_imported_again_is_refused(world, q4, tmp_path):
    path = write(tmp_path, SHEET, "okrs.csv")
    assert import_into(path)[0] == 0
    code, _, err = import_into(path)
    assert code == 1 and "(1 objective)" in err
    assert titles(q4) == ["Make support feel fast"]


def test_a_sheet_saved_again_as_xlsx_is_the_same_sheet(world, q4, tmp_path):
    import_into(write(tmp_path, SHEET, "okrs.csv"))
    book = openpyxl.Workbook()
    sheet, read = book.active, read_csv(SHEET)
    sheet.append(list(read.header))
    for _, cells in read.rows:
        sheet.append([float(c) if re.fullmatch(r"[\d.]+", c) else c or None for c in cells])
    book.save(tmp_path / "okrs.xlsx")
    code, _, err = import_into(str(tmp_path / "okrs.xlsx"))
    assert code == 1 and "This document was imported into Q4" in err
    assert import_into(str(tmp_path / "okrs.xlsx"), "Q4", "--force")[0] == 0
    assert len(titles(q4)) == 2
