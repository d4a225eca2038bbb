"""Spreadsheet OKRs: CSV and XLSX rows to a Plan, every problem with its row and column."""

import datetime as dt
import io
import zipfile

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cairn.text.cell_numbers import parse_number
from cairn.text.plan import KR_TYPES, Plan, PlanKeyResult, PlanObjective, csv_rows, export_csv
from cairn.text.sheet_files import Problem, Sheet, read_csv, read_file, read_xlsx
from cairn.text.tabular import COLUMNS, read_rows, read_sheet
from cairn.text.tabular_export import (
    TEMPLATE,
    export_xlsx,
    template_csv,
    template_xlsx,
    write_csv,
    write_xlsx,
)
from cairn.text.upload_limits import Limits

HEADER = "id,parent_id,level,title,owner,type,start,target,unit\n"


def problems(text: str) -> list[str]:
    return [str(p) for p in read_sheet(read_csv(text)).problems]


def plan_of(text: str) -> Plan:
    read = read_sheet(read_csv(text))
    assert read.problems == ()
    return read.plan


def workbook(*rows: list, formats: dict | None = None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for coordinate, number_format in (formats or {}).items():
        sheet[coordinate].number_format = number_format
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_templates_read_back_as_the_template_plan():
    assert plan_of(template_csv()) == TEMPLATE
    assert read_sheet(read_xlsx(template_xlsx())).plan == TEMPLATE
    assert template_csv().splitlines()[0] == ",".join(COLUMNS)
    assert [row["level"] for row in csv_rows(TEMPLATE)] == [
        "objective",
        "key_result",
        "initiative",
    ]


def test_rows_link_into_objectives_key_results_and_initiatives_in_any_order():
    text = HEADER + (
        "K2,O1,key_result,Keep NPS above 40,,stay_above,,40,\n"
        "O1,,objective,Delight customers,ana@acme.test,,,,\n"
        "I1,K1,initiative,Churn interviews,,,,,\n"
        "K1,O1,kr,Reduce churn from 6% to 3%,,decrease,6,3,%\n"
        "I2,O1,Initiative,Customer council,,,,,\n"
    )
    read = read_sheet(read_csv(text))
    assert read.problems == ()
    (objective,) = read.plan.objectives
    assert (objective.title, objective.owner, objective.initiatives) == (
        "Delight customers",
        "ana@acme.test",
        ("Customer council",),
    )
    nps, churn = objective.key_results
    assert (nps.type, nps.start, nps.target) == ("stay_above", None, 40)
    assert (churn.type, churn.start, churn.target, churn.unit) == ("decrease", 6, 3, "%")
    assert churn.initiatives == ("Churn interviews",)
    assert read.lines == ((3, (2, 5)),)
    assert [(e.row, e.level, e.depth) for e in read.entries] == [
        (3, "objective", 0),
        (6, "initiative", 1),
        (2, "key_result", 1),
        (5, "key_result", 1),
        (4, "initiative", 2),
    ]


def test_headers_ignore_case_spaces_and_accept_parent():
    text = " ID ,Parent,LEVEL,Title , Aligned To\nO1,,objective,A,company/kr-1\nK1,O1,KR,B\n"
    plan = plan_of(text)
    assert plan.objectives[0].aligned_to == "company/kr-1"
    assert plan.objectives[0].key_results[0].title == "B"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            "O1,,objective,A,,,,,\nK1,O1,key_result,B,,increase,1,abc,\n",
            "row 3, column target: 'abc' is not a number",
        ),
        (
            'O1,,objective,A,,,,,\nK1,O1,key_result,B,,increase,"1,5",3,\n',
            "row 3, column start: '1,5' is not a number: write decimals with a point (1.5)",
        ),
        ("O1,,objective,A,,,,,\nK1,O9,key_result,B,,,,,\n", "row 3, column parent_id: no row"),
        ("O1,,objective,A,,,,,\nO1,,objective,B,,,,,\n", "row 3, column id: the id 'O1' is"),
        (
            "O1,,objective,A,,,,,\nK1,O1,key_result,B,,,,,\nK2,K1,key_result,C,,,,,\n",
            "row 4, column parent_id: 'K1' (row 3) is a key result: the parent of a key result",
        ),
        (
            "O1,,objective,A,,,,,\nI1,O1,initiative,B,,,,,\nI2,I1,initiative,C,,,,,\n",
            "row 4, column parent_id: 'I1' (row 3) is an initiative",
        ),
        ("O1,O2,objective,A,,,,,\nO2,,objective,B,,,,,\n", "an objective has no parent"),
        ("O1,,objective,A,,,,,\nK1,,key_result,B,,,,,\n", "needs the id of its objective"),
        ("O1,,objective,,,,,,\n", "row 2, column title: the title is empty"),
        ("O1,,goal,A,,,,,\n", "row 2, column level: 'goal' is not a level"),
        ("O1,,,A,,,,,\n", "row 2, column level: the level is empty"),
        ("O1,,objective,A,,increase,,,\n", "row 2, column type: an objective has no type"),
        ("I1,,initiative,A,bo@x.test,,,,\n", "row 2, column owner: an initiative has no owner"),
        (
            "O1,,objective,A,,,,,\nK1,O1,key_result,B,,grow,,,\n",
            "row 3, column type: 'grow' is not a type: write increase, decrease, stay_above",
        ),
        (
            "O1,,objective,A,,,,,\nK1,O1,key_result,B,,increase,10,5,\n",
            "row 3, column target: an increase needs a target above its start (10 → 5)",
        ),
        (
            "O1,,objective,A,,,,,\nK1,O1,key_result,B,,decrease,5,10,\n",
            "row 3, column target: a decrease needs a target below its start (5 → 10)",
        ),
        (
            "O1,,objective,A,,,,,\nK1,O1,key_result,B,,,5,5,\n",
            "row 3, column target: the start and target are equal (5 → 5)",
        ),
        (
            "O1,,objective,A,,,,,\nK1,O1,key_result,B,,stay_below,5,3,\n",
            "row 3, column start: a stay_below key result has a target (its bound) and no start",
        ),
        (
            "O1,,objective,A,,,,,\nK1,O1,key_result,B,,,,3,\n",
            "row 3, column type: the type is empty: with one number, write increase",
        ),
        (
            "O1,,objective,A,,,,,\nK1,O1,key_result,B,,,$5,6%,\n",
            "row 3, column unit: the numbers carry different units ($ and %)",
        ),
        (
            "O1,,objective,A,,,,,\n,,,,,,,,,surplus\n",
            "row 3, column 10: this cell is under no named column",
        ),
    ],
)
def test_every_problem_names_its_row_and_column(rows, expected):
    found = problems(HEADER + rows)
    assert any(expected in p for p in found), found


def test_objective_fields_are_checked():
    text = "id,parent_id,level,title,kind,visibility,weight\nO1,,objective,A,stretch,secret,-1\n"
    text += "O2,,objective,B,,,50%\n"
    assert problems(text) == [
        "row 2, column kind: 'stretch' is not a kind: write committed or aspirational",
        "row 2, column visibility: 'secret' is not a visibility: write public, team or private",
        "row 2, column weight: the weight is 0 or more (0 means tracked but not counted)",
        "row 3, column weight: the weight is a plain number such as 1 or 0.5",
    ]


def test_duplicate_keys_are_reported_with_the_first_row():
    text = "id,parent_id,level,title,key\nO1,,objective,A,growth\nO2,,objective,B,growth\n"
    assert problems(text) == ["row 3, column key: the key 'growth' is already used on row 2"]


def test_header_problems():
    assert problems("id,parent_id,level,title,tagret,Title\nO1,,objective,A,3,\n") == [
        "row 1, column 5: 'tagret' is not a known column (did you mean target?)",
        "row 1, column title: the column title appears twice",
    ]
    missing = problems("ID,Title,Target\nO1,A,3\n")
    assert missing == [
        "the first row must name the columns id, parent_id, level, title; missing: parent_id, level"
    ]
    assert problems("") == [
        "the sheet is empty: its first row must name the columns " + ", ".join(COLUMNS)
    ]
    assert problems(HEADER) == ["there are no rows under the header"]
    assert problems(HEADER + ",,,,,,,,\n\n") == ["there are no rows under the header"]


def test_empty_header_cells_with_empty_columns_are_fine():
    assert plan_of("id,parent_id,level,title,,\nO1,,objective,A,,\n").objectives[0].title == "A"


def test_problems_come_sorted_by_row_then_column():
    text = HEADER + "O1,,goal,,,,,,\nO1,,objective,B,,,,,\n"
    assert [(p.row, p.column) for p in read_sheet(read_csv(text)).problems] == [
        (2, "level"),
        (2, "title"),
        (3, "id"),
    ]


def test_numbers_accept_separators_decimals_percent_currency_and_scales():
    assert parse_number("1,200") == (1200, None)
    assert parse_number("1 200 000.5") == (1200000.5, None)
    assert parse_number("12.5") == (12.5, None)
    assert parse_number("40%") == (40, "%")
    assert parse_number("$2.5M") == (2_500_000, "$")
    assert parse_number("-€3k") == (-3000, "€")
    assert parse_number("1.1k") == (1100, None)
    assert parse_number("2.5 million USD") == (2_500_000, "USD")
    assert parse_number("−4") == (-4, None)
    assert parse_number("1e-07") == (1e-07, None)
    for bad in ("abc", "1.2.3", "1,20,000", "%5", "5 apples", "--5", "e5", "$5%"):
        assert parse_number(bad) == f"{bad!r} is not a number", bad
    assert parse_number("1.200,5").endswith("write decimals with a point (1200.5)")


def test_percent_and_currency_numbers_give_the_unit_when_it_is_empty():
    text = HEADER + "O1,,objective,A,,,,,\nK1,O1,key_result,B,,,40%,70%,\n"
    text += 'K2,O1,key_result,C,,,"$1,200",$2.5M,\nK3,O1,key_result,D,,,1,2,hours\n'
    krs = plan_of(text).objectives[0].key_results
    assert [(kr.type, kr.start, kr.target, kr.unit) for kr in krs] == [
        ("increase", 40, 70, "%"),
        ("increase", 1200, 2_500_000, "$"),
        ("increase", 1, 2, "hours"),
    ]


def test_a_key_result_without_type_or_numbers_is_read_from_its_title():
    text = "id,parent_id,level,title\nO1,,objective,A\n"
    text += "K1,O1,key_result,Cut first-reply time from 18 hours to 4 hours\n"
    text += "K2,O1,key_result,Launch the help centre\n"
    cut, launch = plan_of(text).objectives[0].key_results
    assert (cut.type, cut.start, cut.target, cut.unit) == ("decrease", 18, 4, "hours")
    assert (launch.type, launch.start, launch.target) == ("milestone", None, None)


def test_csv_with_bom_semicolons_crlf_and_quoted_line_breaks():
    text = '\ufeffid;parent_id;level;title\r\nO1;;objective;"Two\r\nlines; quoted"\r\n'
    text += "K1;O1;key_result;Grow sign-ups from 10 to 20\r\n"
    read = read_sheet(read_csv(text))
    assert read.problems == ()
    assert read.plan.objectives[0].title == "Two\r\nlines; quoted"
    assert read.lines == ((2, (3,)),)  # rows are records, as a spreadsheet shows them


def test_tab_separated_text():
    plan = plan_of("id\tparent_id\tlevel\ttitle\tweight\nO1\t\tobjective\tA, with comma\t0.5\n")
    assert (plan.objectives[0].title, plan.objectives[0].weight) == ("A, with comma", 0.5)


def test_read_file_chooses_by_extension_and_decodes():
    csv_text = "id,parent_id,level,title\nO1,,objective,Café\n"
    for data in (csv_text.encode("utf-8-sig"), csv_text.encode("cp1252")):
        sheet = read_file("okrs.CSV", data)
        assert read_sheet(sheet).plan.objectives[0].title == "Café"
    assert read_sheet(read_file("okrs.xlsx", template_xlsx())).plan == TEMPLATE
    assert read_file("okrs.pdf", b"%PDF").problems == (
        Problem(None, None, "choose a .csv or .xlsx file"),
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("okrs.csv", bytes(range(256)) * 4),
        ("okrs.csv", b"id,title\x00\x00"),
        ("okrs.xlsx", b"garbage"),
        ("okrs.xlsx", b""),
        ("okrs.xlsx", b"PK\x03\x04" + bytes(100)),
    ],
)
def test_garbage_is_a_problem_not_an_exception(name, data):
    sheet = read_file(name, data)
    assert sheet.rows == () and len(sheet.problems) == 1
    assert read_sheet(sheet).problems == sheet.problems


def test_a_zip_that_is_not_a_workbook_is_a_problem():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hello")
    (problem,) = read_xlsx(out.getvalue()).problems
    assert "not an Excel workbook" in problem.message


def test_a_workbook_too_large_once_unpacked_is_refused():
    (problem,) = read_xlsx(template_xlsx(), limits=Limits(max_unpacked=1000)).problems
    assert "too large once unpacked" in problem.message


def test_too_many_rows_are_refused():
    text = "id,parent_id,level,title\n" + "".join(f"O{n},,objective,T{n}\n" for n in range(5))
    assert (
        read_csv(text, limits=Limits(max_rows=4)).problems[0].message
        == "the sheet has more than 4 rows"
    )
    assert len(read_csv(text, limits=Limits(max_rows=5)).rows) == 5


def test_xlsx_cells_of_every_type():
    data = workbook(
        ["ID", "Parent ID", "Level", "Title", "Start", "Target", "Unit", "Weight", "Owner"],
        [1, None, "objective", "Grow", None, None, None, True, None],
        [2.0, 1, "key_result", 2024, 0.1, 0.25, None, 0.5, dt.datetime(2026, 7, 1)],
        [3, 1, "key_result", "Ship it", dt.date(2026, 7, 1), None, None, None, None],
        [None],
        [4, 1, "key_result", "=1+1", 1200, 3000.5, "users", 2, None],
        formats={"E3": "0%", "F3": "0.0%"},
    )
    sheet = read_xlsx(data)
    assert [n for n, _ in sheet.rows] == [2, 3, 4, 6]  # the blank row 5 keeps the numbering
    read = read_sheet(sheet)
    assert [str(p) for p in read.problems] == [
        "row 2, column weight: 'TRUE' is not a number",
        "row 4, column start: '2026-07-01' is not a number",
        "row 6, column title: the title is empty",  # a formula no program has calculated yet
    ]
    grow = read.plan.objectives[0]
    percent, _ship, formula = grow.key_results
    assert (percent.title, percent.start, percent.target, percent.unit) == ("2024", 10, 25, "%")
    assert percent.owner == "2026-07-01"
    assert (formula.title, formula.start, formula.target, formula.weight) == (
        "",
        1200,
        3000.5,
        2,
    )
    assert read.lines == ((2, (3, 4, 6)),)


def test_the_first_worksheet_is_read():
    book = openpyxl.load_workbook(io.BytesIO(template_xlsx()))
    book.create_sheet("Notes").append(["not", "okrs"])
    book.move_sheet("Notes", offset=-1)
    out = io.BytesIO()
    book.save(out)
    assert read_xlsx(out.getvalue()).header == ("not", "okrs")


def test_the_xlsx_export_has_a_bold_frozen_header_numbers_and_text():
    plan = Plan(
        objectives=[
            PlanObjective(
                '=HYPERLINK("x") \x07bell',
                key_results=[PlanKeyResult("K", start=1, target=2.5, unit="%")],
            )
        ]
    )
    book = openpyxl.load_workbook(io.BytesIO(export_xlsx(plan)))
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["D"].width > sheet.column_dimensions["A"].width
    title = sheet["D2"]
    assert (title.value, title.data_type) == ('\'=HYPERLINK("x") bell', "s")  # OWASP's quote
    assert (sheet["M3"].value, sheet["N3"].value) == (1, 2.5)


def test_sheets_survive_signing_as_data():
    sheet = read_xlsx(template_xlsx())
    assert Sheet.from_dict(sheet.as_dict()) == sheet
    with pytest.raises(TypeError):
        Sheet.from_dict({"header": [{"a": 1}], "rows": []})


def test_write_csv_and_write_xlsx_give_the_same_rows():
    rows = csv_rows(TEMPLATE)
    assert (
        read_sheet(read_csv(write_csv(rows))).plan == read_sheet(read_xlsx(write_xlsx(rows))).plan
    )


# Round trips --------------------------------------------------------------------------------

cell_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30
).map(str.strip).filter(bool) | st.sampled_from(
    ["a,b", 'say "hi"', "two\nlines", "=SUM(A1:A2)", "semi;colon", "tab\there", "40%", "1,200"]
)
optional_text = st.none() | cell_text
number = st.floats(min_value=-1e300, max_value=1e300, allow_nan=False)
optional_number = st.none() | number


def consistent(kr: PlanKeyResult) -> PlanKeyResult:
    """Return the key result with a type its numbers agree with (the reader checks that)."""
    if kr.type in ("stay_above", "stay_below"):
        return PlanKeyResult(**{**kr.__dict__, "start": None})
    if kr.type in ("increase", "decrease") and None not in (kr.start, kr.target):
        if kr.start == kr.target:
            return PlanKeyResult(**{**kr.__dict__, "target": None})
        kind = "increase" if kr.target > kr.start else "decrease"
        return PlanKeyResult(**{**kr.__dict__, "type": kind})
    return kr


key_result = st.builds(
    PlanKeyResult,
    title=cell_text,
    key=st.none() | st.from_regex(r"[a-z0-9][a-z0-9/-]{0,20}", fullmatch=True),
    type=st.sampled_from(KR_TYPES),
    start=optional_number,
    target=optional_number,
    current=optional_number,
    unit=optional_text,
    weight=st.floats(min_value=0, allow_nan=False, allow_infinity=False),
    owner=optional_text,
    initiatives=st.lists(cell_text, max_size=3).map(tuple),
).map(consistent)
objective = st.builds(
    PlanObjective,
    title=cell_text,
    key=st.none() | st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True),
    owner=optional_text,
    team=optional_text,
    kind=st.sampled_from(["committed", "aspirational"]),
    visibility=st.sampled_from(["public", "team", "private"]),
    weight=st.floats(min_value=0, allow_nan=False, allow_infinity=False),
    aligned_to=optional_text,
    key_results=st.lists(key_result, max_size=4).map(tuple),
    initiatives=st.lists(cell_text, max_size=2).map(tuple),
)
plans = st.builds(Plan, objectives=st.lists(objective, min_size=1, max_size=4).map(tuple)).filter(
    lambda plan: not plan.problems()  # keys given by hand must be unique
)


@settings(max_examples=100, deadline=None)
@given(plans)
def test_csv_rows_read_back_as_the_same_plan(plan):
    read = read_rows(csv_rows(plan))
    assert read.problems == ()
    assert read.plan == plan


@settings(max_examples=100, deadline=None)
@given(plans)
def test_the_csv_export_reads_back_as_the_plan_with_keys(plan):
    read = read_sheet(read_csv(export_csv(plan)))
    assert read.problems == ()
    assert read.plan == plan.with_keys()


def excel_precision(plan: Plan) -> Plan:
    """Return the plan with every number cut to the 15 significant digits Excel keeps."""
    data = plan.as_dict()
    for o in data["objectives"]:
        for item in (o, *o["key_results"]):
            for name in ("start", "target", "current", "weight"):
                if item.get(name) is not None:
                    item[name] = float(f"{item[name]:.15g}")
    return Plan.from_dict(data)


@settings(max_examples=25, deadline=None)
@given(plans.map(excel_precision).filter(lambda plan: not read_rows(csv_rows(plan)).problems))
def test_the_xlsx_export_reads_back_as_the_plan_with_keys(plan):
    read = read_sheet(read_xlsx(export_xlsx(plan)))
    assert read.problems == ()
    assert read.plan == plan.with_keys()
