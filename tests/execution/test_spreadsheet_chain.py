"""Spreadsheets (CSV/XLSX) hold objectives, key results and initiatives, not the work below.

What `docs/execution.md` promises about them: the export leaves work items out (Markdown
carries them), a row of work in a spreadsheet is refused with its row, and importing a
spreadsheet never drops or changes the work items already in Cairn.
"""

from __future__ import annotations

import pytest

from cairn.execution.models import WorkItem
from cairn.execution.services import work_item_create
from tests.import_export.test_spreadsheet_commands import call, export, fresh_cycle, write

pytestmark = pytest.mark.django_db


@pytest.fixture
def chain(world, initiative):
    story = work_item_create(
        actor=world.member, title="One-page checkout", kind="story", initiative=initiative
    )
    work_item_create(actor=world.member, title="Design the UI", kind="task", parent=story)
    return story


def test_the_csv_export_leaves_the_work_out_and_markdown_keeps_it(world, chain, initiative):
    csv = export("Q3", "csv")
    assert initiative.title in csv
    assert "One-page checkout" not in csv and "Design the UI" not in csv
    markdown = export("Q3", "md")
    assert "One-page checkout" in markdown and "Design the UI" in markdown


def test_a_row_of_work_in_a_spreadsheet_is_refused_with_its_row(world, tmp_path):
    fresh_cycle(world)
    sheet = (
        "id,parent_id,level,title\n"
        "O1,,objective,Faster support\n"
        "O1.K1,O1,key_result,Cut first reply from 18 hours to 4 hours\n"
        "O1.K1.I1,O1.K1,initiative,Reply macros\n"
        "O1.K1.I1.S1,O1.K1.I1,story,One-page checkout\n"
    )
    code, _out, err = call("import", write(tmp_path, sheet), "--cycle", "Q4", "--org", "acme")
    assert code == 1
    assert "row 5" in err and "level" in err
    assert not WorkItem.objects.exists()


def test_importing_the_spreadsheet_export_leaves_the_work_in_place(world, chain, tmp_path):
    before = list(WorkItem.objects.order_by("id").values_list("id", "initiative_id", "title"))
    fresh_cycle(world)
    path = write(tmp_path, export("Q3", "csv"))
    code, _out, _err = call("import", path, "--cycle", "Q4", "--org", "acme")
    assert code == 0
    after = list(WorkItem.objects.order_by("id").values_list("id", "initiative_id", "title"))
    assert after == before
