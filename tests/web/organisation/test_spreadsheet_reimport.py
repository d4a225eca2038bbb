"""The spreadsheet import and a sheet imported before: named in the preview, imported again only
when the confirm box is ticked."""

from __future__ import annotations

import pytest

from cairn.okrs.models import CycleState
from tests.factories import CycleFactory
from tests.web.organisation.test_spreadsheet_import import (
    SHEET,
    SHEET_BYTES,
    payload_of,
    preview,
    titles,
    url,
    xlsx,
)

pytestmark = pytest.mark.django_db

NOTICE = "This document was imported on"


@pytest.fixture
def cycle(world):
    return CycleFactory(organisation=world.organisation, name="Q4")


def imported(client, cycle, name="okrs.csv", data=SHEET_BYTES):
    """Preview and confirm a sheet; return the confirm's response."""
    payload = payload_of(preview(client, cycle, name, data).content.decode())
    return client.post(url(cycle), {"payload": payload})


def test_a_sheet_imported_before_is_named_in_the_preview(world, client_for, cycle):
    client = client_for(world.lead)
    first = preview(client, cycle).content.decode()
    assert NOTICE not in first and 'name="import_again"' not in first
    assert imported(client, cycle).status_code == 200
    again = preview(client, cycle)
    html = again.content.decode()
    assert again.status_code == 200
    assert f"by {world.lead.name} — import again?" in html
    assert "That import created 1 objective and 2 key results in Q4" in html
    assert 'name="import_again" value="1">' in html


def test_confirming_without_the_box_imports_nothing_and_keeps_the_preview(world, client_for, cycle):
    client = client_for(world.lead)
    imported(client, cycle)
    refused = imported(client, cycle)
    html = refused.content.decode()
    assert refused.status_code == 400
    assert "Nothing was created: tick the box below to import it again." in html
    assert 'name="payload"' in html and "Cut first reply from 18 hours to 4 hours" in html
    assert titles(cycle) == ["Make support feel fast"]
    assert cycle.import_records.count() == 1


def test_ticking_the_box_imports_it_again(world, client_for, cycle):
    client = client_for(world.lead)
    imported(client, cycle)
    payload = payload_of(preview(client, cycle).content.decode())
    response = client.post(url(cycle), {"payload": payload, "import_again": "1"})
    assert response.status_code == 200
    assert titles(cycle) == ["Make support feel fast", "Make support feel fast"]
    assert cycle.import_records.filter(source="web").count() == 2


def test_the_same_rows_saved_as_xlsx_are_the_same_sheet(world, client_for, cycle):
    client = client_for(world.admin)
    imported(client, cycle)
    assert NOTICE in preview(client, cycle, "okrs.xlsx", xlsx(SHEET)).content.decode()
    assert imported(client, cycle, "okrs.xlsx", xlsx(SHEET)).status_code == 400
    assert len(titles(cycle)) == 1


def test_another_cycle_or_organisation_is_not_a_duplicate(world, client_for, cycle):
    client = client_for(world.admin)
    imported(client, cycle)
    q1 = CycleFactory(organisation=world.organisation, name="Q1", state=CycleState.PLANNING)
    assert imported(client, q1).status_code == 200 and len(titles(q1)) == 1
    outsider = client_for(world.outsider)
    theirs = CycleFactory(organisation=world.outsider.organisation, name="Q4")
    plain = SHEET.replace("lead@acme.test", "").replace("member@acme.test", "")
    plain = plain.replace(",Support,", ",,").encode()
    imported(client, cycle, data=plain, name="plain.csv")  # ours, then theirs: not a duplicate
    assert NOTICE not in preview(outsider, theirs, data=plain).content.decode()
    assert imported(outsider, theirs, data=plain).status_code == 200
    assert titles(theirs) == ["Make support feel fast"]


def test_a_failing_import_records_nothing(world, client_for, cycle):
    member = client_for(world.member)  # may not create objectives for the lead
    assert imported(member, cycle).status_code == 400
    assert not cycle.import_records.exists()
    assert NOTICE not in preview(client_for(world.lead), cycle).content.decode()
