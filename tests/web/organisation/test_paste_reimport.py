"""The paste box and content imported before: named in the preview, created again only when
the confirm box is ticked; without it nothing is written and every edit is kept."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from cairn.okrs.models import CycleState, Objective
from tests.factories import CycleFactory
from tests.web.organisation.test_paste import O_AND_KR, form_state, preview, titles, url

pytestmark = pytest.mark.django_db

NOTICE = "This document was imported on"


@pytest.fixture
def cycle(world):
    return CycleFactory(organisation=world.organisation, name="2026 Q4", state=CycleState.PLANNING)


@pytest.fixture
def admin(world, client_for):
    return client_for(world.admin)


def edited(client, cycle) -> dict[str, str]:
    """Return the fields of a preview of O_AND_KR with its title changed and KR 3 dropped."""
    data = form_state(preview(client, cycle, O_AND_KR))
    data["o-0-title"] = "Delight every customer"
    del data["o-0-kr-2-include"]
    return data


def test_the_first_paste_shows_no_notice(world, admin, cycle):
    body = preview(admin, cycle, O_AND_KR).content.decode()
    assert NOTICE not in body and 'name="import_again"' not in body


def test_pasting_what_was_created_before_names_that_import(world, admin, cycle):
    assert admin.post(url(cycle), {**edited(admin, cycle), "action": "create"}).status_code == 302
    shown = admin.post(url(cycle), {**edited(admin, cycle), "action": "preview"})
    body = shown.content.decode()
    assert shown.status_code == 200
    assert f"{NOTICE} " in body and f"by {world.admin.name} — import again?" in body
    assert "That import created 1 objective and 2 key results in 2026 Q4" in body
    assert 'name="import_again" value="1">' in body  # not ticked


def test_creating_it_again_without_the_box_writes_nothing_and_keeps_every_edit(world, admin, cycle):
    admin.post(url(cycle), {**edited(admin, cycle), "action": "create"})
    refused = admin.post(url(cycle), {**edited(admin, cycle), "action": "create"})
    body = refused.content.decode()
    assert refused.status_code == 400
    assert "Nothing was created: tick the box below to import it again." in body
    assert titles(cycle) == ["Delight every customer"]
    assert cycle.import_records.count() == 1
    kept = form_state(refused)
    assert kept["o-0-title"] == "Delight every customer"
    assert "o-0-kr-2-include" not in kept and "o-0-kr-1-include" in kept
    assert kept["text"] == O_AND_KR


def test_ticking_the_box_creates_it_again(world, admin, cycle):
    admin.post(url(cycle), {**edited(admin, cycle), "action": "create"})
    again = {**edited(admin, cycle), "action": "create", "import_again": "1"}
    assert admin.post(url(cycle), again).status_code == 302
    assert titles(cycle) == ["Delight every customer", "Delight every customer"]
    assert cycle.import_records.filter(source="web").count() == 2


def test_the_box_stays_ticked_when_the_preview_is_refreshed(world, admin, cycle):
    admin.post(url(cycle), {**edited(admin, cycle), "action": "create"})
    data = {**edited(admin, cycle), "action": "preview", "import_again": "1"}
    body = admin.post(url(cycle), data).content.decode()
    assert 'name="import_again" value="1" checked>' in body


def test_other_edits_make_another_document(world, admin, cycle):
    admin.post(url(cycle), {**edited(admin, cycle), "action": "create"})
    different = {**edited(admin, cycle), "o-0-title": "Delight all customers"}
    created = admin.post(url(cycle), {**different, "action": "create"})
    assert created.status_code == 302
    assert len(titles(cycle)) == 2


def test_an_htmx_refresh_updates_the_notice_with_the_edits(world, admin, cycle):
    admin.post(url(cycle), {**edited(admin, cycle), "action": "create"})
    data = {**edited(admin, cycle), "action": "preview", "fragment": "o-0"}
    same = admin.post(url(cycle), data, headers={"HX-Request": "true"}).content.decode()
    assert 'id="paste-previous" hx-swap-oob="true"' in same and NOTICE in same
    data["o-0-title"] = "Something else"
    other = admin.post(url(cycle), data, headers={"HX-Request": "true"}).content.decode()
    assert 'id="paste-previous" hx-swap-oob="true"' in other and NOTICE not in other


def test_a_document_cairn_import_wrote_is_named_too(world, admin, cycle, tmp_path):
    path = tmp_path / "okrs.txt"
    path.write_text(O_AND_KR.replace("\n", "\r\n"), encoding="utf-8")
    call_command("import", str(path), "--cycle", cycle.name, "--org", "acme", stdout=io.StringIO())
    body = preview(admin, cycle, O_AND_KR).content.decode()
    assert NOTICE in body
    assert "That import created 1 objective and 3 key results" in body


def test_another_cycle_or_organisation_is_not_a_duplicate(world, admin, cycle, client_for):
    admin.post(url(cycle), {**edited(admin, cycle), "action": "create"})
    other_cycle = CycleFactory(organisation=world.organisation, state=CycleState.PLANNING)
    data = {**edited(admin, other_cycle), "action": "preview"}
    assert NOTICE not in admin.post(url(other_cycle), data).content.decode()
    outsider = client_for(world.outsider)
    theirs = CycleFactory(organisation=world.outsider.organisation, state=CycleState.PLANNING)
    data = {**edited(outsider, theirs), "action": "create"}
    assert outsider.post(url(theirs), data).status_code == 302
    assert Objective.objects.filter(cycle=theirs).count() == 1


def test_a_failed_create_records_nothing(world, admin, cycle):
    data = {**edited(admin, cycle), "o-0-owner": "nobody@acme.test", "action": "create"}
    assert admin.post(url(cycle), data).status_code == 400
    assert not cycle.import_records.exists()
    body = admin.post(url(cycle), {**data, "action": "preview"}).content.decode()
    assert NOTICE not in body
