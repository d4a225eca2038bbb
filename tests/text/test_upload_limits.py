"""Hostile spreadsheets are refused by the cap they break, quickly and in bounded memory.

Each test builds the real hostile file (entity expansion, zip bombs, a value far to the right,
huge CSVs) and reads it through the same function the web form, the API and the CLI use.
Memory is measured with tracemalloc, so the bound does not depend on the machine's speed.
"""

import io
import struct
import tracemalloc
import zipfile
from dataclasses import replace

import pytest
from openpyxl.xml import DEFUSEDXML

from cairn.text import upload_limits
from cairn.text.sheet_files import read_csv, read_file, read_xlsx
from cairn.text.tabular import read_sheet
from cairn.text.upload_limits import DEFAULT, MB, Limits
from tests.text.xlsx_parts import GOOD_ROWS, HEADER, ROW, row, shared_strings, worksheet, xlsx

CSV_HEADER = "id,parent_id,level,title\n"
BOUND = 32 * MB  # far below what any of these files would take if read as they ask


def peak_of(read, *args, **kwargs):
    """Return what read(*args) returned and the peak memory it allocated, in bytes."""
    tracemalloc.start()
    try:
        result = read(*args, **kwargs)
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def refusal(sheet) -> str:
    assert sheet.rows == () and len(sheet.problems) == 1, sheet.problems
    return sheet.problems[0].message


def test_the_hand_made_workbook_reads_when_it_is_not_hostile():
    plan = read_sheet(read_xlsx(xlsx())).plan
    assert [o.title for o in plan.objectives] == ["Delight our customers"]


def test_openpyxl_reads_xml_through_defusedxml():
    assert DEFUSEDXML is True


# XML entities ---------------------------------------------------------------------------------

LAUGHS = (
    '<!DOCTYPE sst [<!ENTITY lol0 "lol">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    + "]>"
)  # &lol9; is 10^9 "lol"s: 3 GB


def billion_laughs() -> bytes:
    strings = shared_strings(*HEADER, "&lol9;", prolog=LAUGHS)
    cells = "".join(f'<c r="{c}1" t="s"><v>{i}</v></c>' for i, c in enumerate("ABCD"))
    sheet = worksheet(
        f'<row r="1">{cells}</row>' + row(2, *ROW[:3]) + '<c r="D2" t="s"><v>4</v></c>'
    )
    return xlsx(sheet=sheet, strings=strings)


def test_a_billion_laughs_in_the_shared_strings_is_refused_in_bounded_memory():
    sheet, peak = peak_of(read_xlsx, billion_laughs())
    message = refusal(sheet)
    assert "xl/sharedStrings.xml declares XML entities (a DTD)" in message
    assert peak < BOUND


def test_without_cairns_own_check_defusedxml_still_refuses_the_entities(monkeypatch):
    monkeypatch.setattr(upload_limits, "_declares_dtd", lambda stream: stream.close() or False)
    sheet, peak = peak_of(read_xlsx, billion_laughs())
    assert "not an Excel workbook" in refusal(sheet)
    assert peak < BOUND


def test_entities_in_the_worksheet_are_refused():
    sheet = worksheet(GOOD_ROWS).replace("<worksheet", '<!DOCTYPE w [<!ENTITY a "b">]><worksheet')
    assert "sheet1.xml declares XML entities" in refusal(read_xlsx(xlsx(sheet=sheet)))


# Zip bombs -----------------------------------------------------------------------------------


def test_a_zip_bomb_member_is_refused_before_it_is_unpacked():
    bomb = xlsx(extra={"xl/media/bomb.bin": bytes(64 * MB)})  # packs to about 64 KB
    assert len(bomb) < 1 * MB
    sheet, peak = peak_of(read_xlsx, bomb)
    assert (
        refusal(sheet) == "the workbook part xl/media/bomb.bin is larger than 25 MB once unpacked"
    )
    assert peak < BOUND


def test_a_member_that_packs_implausibly_tightly_is_refused():
    data = xlsx(extra={"xl/media/zeros.bin": bytes(5 * MB)})
    assert refusal(read_xlsx(data)) == (
        "the workbook part xl/media/zeros.bin unpacks to more than 200 times its size: "
        "it looks like a zip bomb"
    )


def test_the_parts_together_may_not_unpack_beyond_the_total():
    limits = replace(DEFAULT, max_unpacked=3 * MB, max_ratio=10_000)
    data = xlsx(extra={f"xl/media/{n}.bin": bytes(MB) for n in range(4)})
    assert refusal(read_xlsx(data, limits=limits)) == (
        "the workbook is too large once unpacked (over 3 MB)"
    )


def test_a_workbook_of_too_many_parts_is_refused():
    data = xlsx(extra={f"xl/media/{n}.bin": b"x" for n in range(DEFAULT.max_members)})
    assert refusal(read_xlsx(data)) == "the workbook has more than 500 parts"


def lie_about_size(data: bytes, name: str, size: int) -> bytes:
    """Return the ZIP with `name` declaring `size` unpacked bytes in both of its headers."""
    out = bytearray(data)
    encoded = name.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        name_at = 30 if signature == b"PK\x03\x04" else 46
        start = out.find(signature)
        while start != -1:
            if out[start + name_at : start + name_at + len(encoded)] == encoded:
                struct.pack_into("<I", out, start + offset, size)
            start = out.find(signature, start + 1)
    return bytes(out)


def test_a_part_that_lies_about_its_size_is_never_unpacked_beyond_it():
    bomb = xlsx(strings=shared_strings(*HEADER, "x" * (64 * MB)))  # 64 MB in one string
    liar = lie_about_size(bomb, "xl/sharedStrings.xml", 1000)
    with zipfile.ZipFile(io.BytesIO(liar)) as archive:
        assert archive.getinfo("xl/sharedStrings.xml").file_size == 1000
    sheet, peak = peak_of(read_xlsx, liar)
    assert "not an Excel workbook" in refusal(sheet)
    assert peak < BOUND


# Rows and columns of a workbook ------------------------------------------------------------


def test_a_value_far_to_the_right_is_refused_not_padded():
    rows = "".join(
        row(n, f"O{n}", "", "objective", "T", extra=f'<c r="XFD{n}"><v>1</v></c>')
        for n in range(2, 5002)
    )
    data = xlsx(sheet=worksheet(row(1, *HEADER) + rows, dimension="A1:XFD5001"))
    sheet, peak = peak_of(read_xlsx, data)
    assert refusal(sheet) == (
        "the cell in row 2, column 16,384 holds a value: a sheet has at most 50 columns"
    )
    assert peak < BOUND


def test_a_huge_stated_dimension_is_not_padded_to():
    data = xlsx(sheet=worksheet(GOOD_ROWS, dimension="A1:XFD1048576"))
    sheet, peak = peak_of(read_xlsx, data)
    assert sheet.problems == ()
    assert sheet.header == HEADER and sheet.rows == ((2, ROW),)
    assert peak < BOUND


def test_empty_styled_cells_far_to_the_right_are_ignored():
    data = xlsx(sheet=worksheet(row(1, *HEADER, extra='<c r="XFD1" s="0"/>') + row(2, *ROW)))
    assert read_sheet(read_xlsx(data)).plan.objectives[0].title == "Delight our customers"


def test_a_value_in_the_last_row_of_excel_is_refused_without_reading_the_rows_between():
    data = xlsx(sheet=worksheet(GOOD_ROWS + row(1048576, "O2", "", "objective", "Far down")))
    sheet, peak = peak_of(read_xlsx, data)
    assert refusal(sheet) == "the sheet has more than 20,000 rows"
    assert peak < BOUND


def test_an_overlong_cell_in_a_workbook_is_refused():
    data = xlsx(sheet=worksheet(row(1, *HEADER) + row(2, "O1", "", "objective", "t" * 10_001)))
    assert refusal(read_xlsx(data)) == "row 2, column 4: a cell holds more than 10,000 characters"


def test_a_huge_workbook_file_is_refused_by_its_size():
    assert refusal(read_file("okrs.xlsx", bytes(10 * MB + 1))) == "the file is larger than 10 MB"


# CSV -----------------------------------------------------------------------------------------


def test_a_huge_csv_is_refused_by_its_size_before_it_is_decoded():
    data = (CSV_HEADER + "O1,,objective,Grow\n" * 600_000).encode()
    assert len(data) > 10 * MB
    sheet, peak = peak_of(read_file, "okrs.csv", data)
    assert refusal(sheet) == "the file is larger than 10 MB"
    assert peak < MB  # not even a decoded copy


def test_a_csv_of_a_million_columns_is_refused_in_bounded_memory():
    text = CSV_HEADER.strip() + "," + ",".join(f"c{n}" for n in range(10**6)) + "\nO1,,o,T\n"
    sheet, peak = peak_of(read_csv, text)
    assert refusal(sheet) == "a row has more than 500 cells: a sheet has at most 50 columns"
    assert peak < 3 * len(text)  # a copy or two of the text, never a string per cell


def test_a_csv_row_with_values_beyond_the_columns_is_refused():
    text = CSV_HEADER.strip() + ",x" * 60 + "\nO1,,objective,Grow\n"
    assert refusal(read_csv(text)) == (
        "row 1 has values beyond column 50: a sheet has at most 50 columns"
    )


def test_quoted_delimiters_are_no_columns():
    text = CSV_HEADER + 'O1,,objective,"' + "a, b\n" * 600 + '"\n'
    assert read_csv(text).problems == ()


def test_a_csv_of_too_many_rows_is_refused_at_the_first_row_over():
    text = CSV_HEADER + "".join(f"O{n},,objective,T{n}\n" for n in range(30_000))
    sheet, peak = peak_of(read_csv, text)
    assert refusal(sheet) == "the sheet has more than 20,000 rows"
    assert peak < BOUND


def test_blank_lines_past_the_last_row_are_no_rows():
    text = CSV_HEADER + "O1,,objective,Grow\n" + "\n" * 30_000
    assert len(read_csv(text).rows) == 1


def test_an_overlong_csv_cell_is_refused_with_its_row_and_column():
    text = CSV_HEADER + "O1,,objective," + "t" * 10_001 + "\n"
    assert refusal(read_csv(text)) == "row 2, column 4: a cell holds more than 10,000 characters"


def test_a_cell_beyond_the_csv_modules_own_field_limit_is_refused():
    text = CSV_HEADER + 'O1,,objective,"' + "t" * 200_000 + '"\n'
    assert refusal(read_csv(text)) == "line 2: a cell holds more than 10,000 characters"


def test_trailing_empty_columns_are_dropped_not_refused():
    text = "id,parent_id,level,title" + "," * 80 + "\nO1,,objective,Grow" + "," * 80 + "\n"
    sheet = read_csv(text)
    assert sheet.problems == () and len(sheet.header) == 50
    assert read_sheet(sheet).plan.objectives[0].title == "Grow"


@pytest.mark.parametrize("limits", [Limits(max_rows=1), Limits(max_columns=3), Limits(max_cell=3)])
def test_each_limit_can_be_set(limits):
    assert read_csv(CSV_HEADER + "O1,,objective,Grow\nO2,,objective,More\n", limits=limits).problems
