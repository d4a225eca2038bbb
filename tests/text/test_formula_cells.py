"""CSV injection: formula-like text is neutralised on export and restored exactly on import."""

import io
import zipfile

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairn.text.formula_cells import neutralise, restore
from cairn.text.plan import Plan, PlanKeyResult, PlanObjective, export_csv
from cairn.text.sheet_files import read_csv, read_xlsx
from cairn.text.tabular import read_sheet
from cairn.text.tabular_export import export_xlsx

HOSTILE = [
    "-20% churn",
    '=HYPERLINK("http://evil.test","click")',
    "@team standup",
    "+1 NPS point",
    "=1+1",
]
QUOTED = ["'Quoted on purpose", "'=already quoted", "''@twice"]


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_every_owasp_trigger_gets_a_quote(trigger):
    assert neutralise(trigger + "x") == "'" + trigger + "x"
    assert restore("'" + trigger + "x") == trigger + "x"


@pytest.mark.parametrize("text", ["Plain", "'Quoted on purpose", "1,200", "", "x=1", "'"])
def test_text_that_cannot_run_is_untouched(text):
    assert neutralise(text) == text == restore(text)


@given(st.text())
def test_restore_undoes_neutralise_for_any_text(text):
    written = neutralise(text)
    assert restore(written) == text
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))


def plan_with(titles: list[str]) -> Plan:
    return Plan(
        objectives=(
            PlanObjective(
                titles[0],
                owner="@owner",
                key_results=tuple(
                    PlanKeyResult(t, start=-5, target=-1.5, unit="-pts", initiatives=(t,))
                    for t in titles
                ),
            ),
        )
    )


def test_the_csv_export_quotes_formula_text_but_not_negative_numbers():
    text = export_csv(plan_with(HOSTILE))
    lines = text.splitlines()
    assert lines[1].startswith("O1,,objective,'-20% churn,")
    assert ",'@owner," in lines[1]
    assert lines[2] == (
        "O1.K1,O1,key_result,'-20% churn,20-churn/kr-1,,,,,1,,increase,-5,-1.5,,'-pts"
    )
    assert ""","'=HYPERLINK(""http://evil.test"",""click"")",""" in text
    cells = [cell for line in lines for cell in line.split(",")]
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    assert not any(cell.startswith("-") and not cell[1:2].isdigit() for cell in cells)


@pytest.mark.parametrize("titles", [HOSTILE, QUOTED, HOSTILE + QUOTED])
def test_csv_export_import_export_is_byte_identical(titles):
    plan = plan_with(titles)
    first = export_csv(plan)
    read = read_sheet(read_csv(first))
    assert read.problems == ()
    assert read.plan == plan.with_keys()
    assert export_csv(read.plan) == first


def test_a_title_that_starts_with_a_quote_keeps_it():
    read = read_sheet(read_csv(export_csv(plan_with(QUOTED)))).plan
    assert [kr.title for kr in read.objectives[0].key_results] == QUOTED


def test_the_xlsx_export_quotes_formula_text_and_keeps_numbers_numeric():
    plan = plan_with(HOSTILE)
    sheet = openpyxl.load_workbook(io.BytesIO(export_xlsx(plan))).worksheets[0]
    assert (sheet["D2"].value, sheet["D5"].value) == (
        "'-20% churn",
        '\'=HYPERLINK("http://evil.test","click")',
    )
    assert (sheet["M3"].value, sheet["N3"].value) == (-5, -1.5)  # numbers, not text
    read = read_sheet(read_xlsx(export_xlsx(plan)))
    assert read.problems == ()
    assert read.plan == plan.with_keys()
    assert sheet_xml(export_xlsx(read.plan)) == sheet_xml(export_xlsx(plan.with_keys()))


def sheet_xml(data: bytes) -> bytes:
    """Return the worksheet of a workbook (the rest holds the time it was written)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


def test_a_sheet_written_by_hand_with_quoted_formulas_reads_without_the_quote():
    text = "id,parent_id,level,title\nO1,,objective,'=Grow\nO2,,objective,'Tidy\n"
    assert [o.title for o in read_sheet(read_csv(text)).plan.objectives] == ["=Grow", "'Tidy"]
