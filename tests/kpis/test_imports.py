"""CSV upload of KPI values: all rows or none, with row-numbered errors."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from cairn.kpis.imports import kpi_values_import
from cairn.kpis.models import KpiValue
from tests.kpis.conftest import make_kpi

GOOD = "kpi,date,value,note\nUptime,2026-01-05,99.9,\nUptime,2026-01-12,99.2,rough week\n"


def test_it_records_every_row_by_name_or_id(world, kpi):
    content = GOOD + f"{kpi.pk},2026-01-19,98\n"
    recorded = kpi_values_import(actor=world.member, content=content)
    assert [v.value for v in recorded] == [99.9, 99.2, 98.0]
    assert {v.source for v in recorded} == {"import"} and recorded[1].note == "rough week"
    assert timezone.localtime(recorded[0].recorded_at, world.organisation.zone).hour == 0
    kpi.refresh_from_db()
    assert kpi.current_value == 98 and kpi.status == "unhealthy"


def test_names_ignore_case_and_a_bom_and_blank_lines_are_fine(world, kpi):
    recorded = kpi_values_import(
        actor=world.member, content="KPI,Date,Value\n\nuptime,2026-01-05,99\n"
    )
    assert len(recorded) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (GOOD + "Uptime,05/01/2026,99\n", "Row 4: “05/01/2026” is not a date"),
        (GOOD + "Uptime,2026-01-19,lots\n", "Row 4: “lots” is not a number."),
        (GOOD + "Uptime,2026-01-19,\n", "Row 4: “” is not a number."),
        (GOOD + "Downtime,2026-01-19,1\n", "Row 4: no KPI is called “Downtime”."),
        (GOOD + "Uptime,2999-01-01,1\n", "Row 4: 2999-01-01 is in the future."),
        ("kpi,value\nUptime,1\n", "Row 1: the header needs the columns kpi, date and value"),
        ("", "The file is empty."),
        ("kpi,date,value\n", "The file has no values."),
    ],
)
def test_a_bad_row_writes_nothing_and_is_named(world, kpi, content, message):
    with pytest.raises(ValidationError) as caught:
        kpi_values_import(actor=world.member, content=content)
    assert any(m.startswith(message) for m in caught.value.messages), caught.value.messages
    assert not KpiValue.objects.exists()
    kpi.refresh_from_db()
    assert kpi.current_value is None


def test_every_bad_row_is_listed(world, kpi):
    content = "kpi,date,value\nUptime,nope,1\nUptime,2026-01-01,x\nNobody,2026-01-01,1\n"
    with pytest.raises(ValidationError) as caught:
        kpi_values_import(actor=world.member, content=content)
    assert [m.split(":")[0] for m in caught.value.messages] == ["Row 2", "Row 3", "Row 4"]


def test_kpis_the_person_may_not_write_are_row_errors(world, kpi):
    theirs = make_kpi(world, name="Pipeline", owner=world.lead, team=None)
    content = GOOD + "Pipeline,2026-01-19,5\n"
    with pytest.raises(ValidationError) as caught:
        kpi_values_import(actor=world.member, content=content)
    assert "Row 4: you cannot record values of “Pipeline”." in caught.value.messages
    assert not KpiValue.objects.exists()
    assert theirs.pk


def test_another_organisations_kpi_is_unknown(world, kpi):
    content = GOOD.replace("Uptime", str(kpi.pk))
    with pytest.raises(ValidationError) as caught:
        kpi_values_import(actor=world.outsider, content=content)
    assert caught.value.messages[0] == f"Row 2: no KPI is called “{kpi.pk}”."


def test_viewers_cannot_import(world, kpi):
    with pytest.raises(PermissionDenied):
        kpi_values_import(actor=world.viewer, content=GOOD)


def test_the_upload_page_lists_errors_and_writes_nothing(world, client_for, kpi):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_for(world.member)
    bad = SimpleUploadedFile("v.csv", (GOOD + "Uptime,2026-13-01,1\n").encode())
    response = client.post("/kpis/import/", {"file": bad})
    assert response.status_code == 400
    assert "Row 4: “2026-13-01” is not a date" in response.content.decode()
    assert not KpiValue.objects.exists()
    good = SimpleUploadedFile("v.csv", ("\ufeff" + GOOD).encode())
    response = client.post("/kpis/import/", {"file": good})
    assert response.status_code == 302 and KpiValue.objects.count() == 2
    assert client.post("/kpis/import/", {"text": GOOD}).status_code == 302
    assert KpiValue.objects.count() == 4
    not_utf8 = SimpleUploadedFile(
        "v.csv", "kpi,date,value\nUptimé,2026-01-01,1\n".encode("latin-1")
    )
    response = client.post("/kpis/import/", {"file": not_utf8})
    assert response.status_code == 400 and "not UTF-8" in response.content.decode()
    assert client.post("/kpis/import/", {}).status_code == 400
    assert client_for(world.viewer).get("/kpis/import/").status_code == 403
