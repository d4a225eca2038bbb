"""The spreadsheet import page: upload, preview by row, confirm all or nothing; templates."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.okrs.models import CycleState, KeyResult, Objective
from cairn.text.sheet_files import read_csv
from cairn.text.tabular_export import TEMPLATE, template_csv
from cairn.web.forms.spreadsheets import SALT
from tests.factories import CycleFactory, PersonFactory

pytestmark = pytest.mark.django_db

SHEET = """\
id,parent_id,level,title,owner,team,weight,type,start,target,unit
O1,,objective,Make support feel fast,lead@acme.test,Support,,,,,
O1.K1,O1,key_result,Cut first reply from 18 hours to 4 hours,member@acme.test,,0.5,decrease,18,4,hours
O1.I1,O1,initiative,Hire two agents,,,,,,,
O1.K2,O1,kr,Keep CSAT above 90%,,,,stay_above,,90,%
"""
SHEET_BYTES = SHEET.encode()


@pytest.fixture
def cycle(world):
    return CycleFactory(organisation=world.organisation, name="Q4")


def url(cycle) -> str:
    return reverse("spreadsheet_import", args=[cycle.pk])


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, "application/octet-stream")


def xlsx(text: str) -> bytes:
    """Return the CSV text as an XLSX workbook, numbers as numbers."""
    book = openpyxl.Workbook()
    sheet, read = book.active, read_csv(text)
    sheet.append(list(read.header))
    for _, cells in read.rows:
        sheet.append([float(c) if re.fullmatch(r"[\d.]+", c) else c or None for c in cells])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def payload_of(html: str) -> str:
    return re.search(r'name="payload" value="([^"]+)"', html)[1]


def preview(client, cycle, name="okrs.csv", data=SHEET_BYTES):
    return client.post(url(cycle), {"file": upload(name, data)})


def titles(cycle) -> list[str]:
    return list(Objective.objects.filter(cycle=cycle).values_list("title", flat=True))


def test_the_page_offers_the_upload_and_the_downloads(world, client_for, cycle):
    response = client_for(world.member).get(url(cycle))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'type="file"' in html and 'enctype="multipart/form-data"' in html
    assert reverse("spreadsheet_template", args=[cycle.pk, "xlsx"]) in html
    assert reverse("spreadsheet_template", args=[cycle.pk, "csv"]) in html
    assert reverse("cycle_export_xlsx", args=[cycle.pk]) in html


def test_a_csv_upload_previews_rows_and_writes_nothing(world, client_for, cycle):
    response = preview(client_for(world.lead), cycle)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Import 1 objectives, 2 key results and 1 initiatives" in html
    assert "Cut first reply from 18 hours to 4 hours" in html and "decrease 18 → 4 hours" in html
    assert "stay above 90 %" in html and "Hire two agents" in html
    assert titles(cycle) == []


def test_confirming_imports_everything(world, client_for, cycle):
    client = client_for(world.lead)
    payload = payload_of(preview(client, cycle).content.decode())
    response = client.post(url(cycle), {"payload": payload})
    assert response.status_code == 200
    assert (
        "1 objectives, 2 key results, 1 initiatives and 0 alignments" in response.content.decode()
    )
    objective = Objective.objects.get(cycle=cycle)
    assert (objective.title, objective.owner, objective.team) == (
        "Make support feel fast",
        world.lead,
        world.team,
    )
    reply = KeyResult.objects.get(objective=objective, title__startswith="Cut")
    assert (reply.owner, reply.weight, reply.start, reply.target) == (world.member, 0.5, 18, 4)


def test_an_xlsx_upload_previews_and_imports(world, client_for, cycle):
    client = client_for(world.admin)
    response = preview(client, cycle, "okrs.xlsx", xlsx(SHEET))
    assert response.status_code == 200, response.content.decode()
    client.post(url(cycle), {"payload": payload_of(response.content.decode())})
    assert titles(cycle) == ["Make support feel fast"]
    assert KeyResult.objects.filter(objective__cycle=cycle).count() == 2


def test_problems_are_listed_by_row_and_nothing_can_be_confirmed(world, client_for, cycle):
    bad = SHEET.replace("decrease,18,4", "decrease,18,lots").replace(
        "lead@acme.test", "ghost@acme.test"
    )
    bad = bad.replace("O1.K2,O1,", "O1.K2,O7,")
    response = preview(client_for(world.admin), cycle, data=bad.encode())
    html = response.content.decode()
    assert response.status_code == 400
    assert "3 problems: fix the file and upload it again." in html
    assert "row 2, column owner: no one with the email ghost@acme.test here" in html
    assert "row 3, column target: &#x27;lots&#x27; is not a number" in html
    assert "row 5, column parent_id: no row has the id &#x27;O7&#x27;" in html
    assert 'name="payload"' not in html


def test_a_failing_import_shows_every_problem_and_writes_nothing(world, client_for, cycle):
    client = client_for(world.member)  # a member may not create objectives for others
    response = preview(client, cycle)
    assert response.status_code == 200
    response = client.post(url(cycle), {"payload": payload_of(response.content.decode())})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Nothing was imported" in html
    assert "row 2: objective &#x27;Make support feel fast&#x27;: You cannot create" in html
    assert titles(cycle) == []


def test_a_tampered_or_foreign_payload_is_refused(world, client_for, cycle):
    client = client_for(world.admin)
    payload = payload_of(preview(client, cycle).content.decode())
    for bad in (payload[:-2] + "xx", "nonsense", ""):
        response = client.post(url(cycle), {"payload": bad})
        assert response.status_code == 400
        assert "upload the file again" in response.content.decode()
    forged = signing.dumps({"cycle": cycle.pk, "sheet": {}}, salt="another.salt", compress=True)
    assert client.post(url(cycle), {"payload": forged}).status_code == 400
    other = CycleFactory(organisation=world.organisation, name="Q5")
    assert client.post(url(other), {"payload": payload}).status_code == 400
    malformed = signing.dumps({"cycle": cycle.pk, "sheet": {"rows": 3}}, salt=SALT)
    assert client.post(url(cycle), {"payload": malformed}).status_code == 400
    assert titles(cycle) == [] and titles(other) == []


def test_an_expired_preview_is_refused(world, client_for, cycle, monkeypatch):
    client = client_for(world.admin)
    payload = payload_of(preview(client, cycle).content.decode())
    monkeypatch.setattr("cairn.web.forms.spreadsheets.PREVIEW_MAX_AGE", -1)
    response = client.post(url(cycle), {"payload": payload})
    assert response.status_code == 400 and "more than an hour old" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("okrs.pdf", b"%PDF-1.4", "Choose a .csv or .xlsx file."),
        ("okrs.xlsx", b"garbage", "not an Excel workbook"),
        ("okrs.csv", bytes(range(256)), "not text in UTF-8"),
        ("okrs.csv", b"id,title\x00\x00", "not a CSV file"),
        ("okrs.csv", b"", "The submitted file is empty."),
        ("okrs.csv", b"title,target\nA,3\n", "missing: id, parent_id, level"),
    ],
)
def test_bad_files_get_a_clear_error(world, client_for, cycle, name, data, message):
    response = preview(client_for(world.admin), cycle, name, data)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_an_oversized_file_is_refused(world, client_for, cycle):
    data = SHEET.encode() + b" " * (5 * 1024 * 1024)
    response = preview(client_for(world.admin), cycle, data=data)
    assert response.status_code == 400
    assert "The file is larger than 5 MB" in response.content.decode()


def test_viewers_are_refused_and_other_organisations_cycles_are_not_found(world, client_for, cycle):
    viewer = client_for(world.viewer)
    assert viewer.get(url(cycle)).status_code == 403
    assert preview(viewer, cycle).status_code == 403
    template = reverse("spreadsheet_template", args=[cycle.pk, "csv"])
    assert viewer.get(template).status_code == 403
    outsider = client_for(world.outsider)
    for address in (url(cycle), template, reverse("cycle_export_xlsx", args=[cycle.pk])):
        assert outsider.get(address).status_code == 404
    assert preview(outsider, cycle).status_code == 404
    assert titles(cycle) == []


@pytest.mark.parametrize("state", [CycleState.GRADING, CycleState.CLOSED])
def test_a_cycle_past_active_is_refused(world, client_for, cycle, state):
    cycle.state = state
    cycle.save()
    client = client_for(world.admin)
    response = client.get(url(cycle))
    assert response.status_code == 409
    assert "This cycle no longer takes new objectives" in response.content.decode()
    assert preview(client, cycle).status_code == 409
    assert titles(cycle) == []


def test_template_downloads_import_cleanly(world, client_for, cycle):
    client = client_for(world.admin)
    csv_response = client.get(reverse("spreadsheet_template", args=[cycle.pk, "csv"]))
    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="cairn-okrs-template.csv"' in csv_response["Content-Disposition"]
    assert csv_response.content.decode() == template_csv()
    xlsx_response = client.get(reverse("spreadsheet_template", args=[cycle.pk, "xlsx"]))
    assert xlsx_response["Content-Type"].endswith("spreadsheetml.sheet")
    response = preview(client, cycle, "template.xlsx", xlsx_response.content)
    assert response.status_code == 200
    client.post(url(cycle), {"payload": payload_of(response.content.decode())})
    assert titles(cycle) == [TEMPLATE.objectives[0].title]


def test_the_xlsx_export_downloads_what_the_person_may_see(world, client_for):
    response = client_for(world.viewer).get(reverse("cycle_export_xlsx", args=[world.cycle.pk]))
    assert response.status_code == 200
    assert 'filename="acme-q3.xlsx"' in response["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert sheet["D2"].value == "Make support feel effortless"


def test_the_preview_query_count_does_not_grow_with_the_organisation(world, client_for, cycle):
    client = client_for(world.admin)
    preview(client, cycle)  # warm up: sessions, content types
    with CaptureQueriesContext(connection) as small:
        assert preview(client, cycle).status_code == 200
    for n in range(5):
        PersonFactory(organisation=world.organisation, user__email=f"extra{n}@acme.test")
        CycleFactory(organisation=world.organisation, name=f"Extra {n}")
    bigger = SHEET + "".join(
        f"O{n + 2},,objective,Objective {n},extra{n}@acme.test,Support,,,,,\n" for n in range(5)
    )
    with CaptureQueriesContext(connection) as large:
        response = preview(client, cycle, data=bigger.encode())
    assert response.status_code == 200, response.content.decode()
    assert len(large.captured_queries) == len(small.captured_queries)


# Upload limits and formula-like text ---------------------------------------------------------


def billion_laughs() -> bytes:
    from tests.text.test_upload_limits import billion_laughs as build

    return build()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("okrs.xlsx", "laughs", "declares XML entities (a DTD)"),
        ("okrs.csv", SHEET.replace("\n", ",x" * 1_000_000 + "\n", 1), "at most 50 columns"),
        ("okrs.csv", SHEET + "O9,,objective,Grow\n" * 5_000, "more than 5,000 rows"),
        ("okrs.csv", SHEET + "O9,,objective," + "t" * 10_001, "more than 10,000 characters"),
    ],
)
def test_a_file_over_a_limit_gets_the_limit_and_no_preview(
    world, client_for, cycle, name, data, message
):
    data = billion_laughs() if data == "laughs" else data.encode()
    response = preview(client_for(world.admin), cycle, name, data)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert 'name="payload"' not in html and "Hire two agents" not in html
    assert titles(cycle) == []


def test_the_cycle_csv_download_quotes_formula_like_titles(world, client_for):
    world.objective.title = '=HYPERLINK("http://evil.test","win")'
    world.objective.save()
    response = client_for(world.admin).get(reverse("cycle_export", args=[world.cycle.pk, "csv"]))
    assert ""","'=HYPERLINK(""http://evil.test"",""win"")",""" in response.content.decode()
    response = client_for(world.admin).get(reverse("cycle_export_xlsx", args=[world.cycle.pk]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert '\'=HYPERLINK("http://evil.test","win")' in [c.value for c in sheet["D"]]
