"""`cairn import-work FILE --initiative ID`: dry run, import, problems by row, exit status."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from cairn.execution.models import Sprint, WorkItem
from tests.execution.imports.conftest import FILES, export

pytestmark = pytest.mark.django_db


def call(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import-work", *args, "--org", "acme", stdout=out, stderr=err)
        code = 0
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_a_dry_run_writes_nothing(named, initiative):
    code, out, _ = call(
        str(FILES / "jira.csv"),
        "--initiative",
        str(initiative.pk),
        "--team",
        "support",
        "--dry-run",
    )
    assert code == 0
    assert (
        out.strip()
        == "Would write jira: 4 new, 0 updated, 0 unchanged, 1 warning(s); new sprints: Sprint 2"
    )
    assert WorkItem.objects.count() == 0 and Sprint.objects.count() == 0


def test_it_imports_with_a_status_mapping(world, initiative):
    args = (str(FILES / "jira.csv"), "--initiative", str(initiative.pk), "--format", "jira")
    code, out, _ = call(*args, "--status", "Code Review=done", "--as", "member@acme.test")
    assert code == 0 and out.startswith("Imported jira: 4 new")
    assert WorkItem.objects.get(external_key="SHOP-2").status == "done"
    code, out, _ = call(*args, "--status", "Code Review=done", "--json")
    data = json.loads(out)
    assert (data["new"], data["unchanged"]) == (0, 4)


def test_problems_are_printed_by_row_and_nothing_is_written(world, initiative, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(export("jira.csv").replace("Sub-task", "Saga"), encoding="utf-8")
    code, _, err = call(str(path), "--initiative", str(initiative.pk))
    assert code == 1
    assert "error: row 4, column Issue Type: Unknown issue type 'Saga'" in err
    assert "Nothing was imported: 1 problem(s)." in err
    assert WorkItem.objects.count() == 0


def test_an_unknown_initiative_or_person_is_refused(world, initiative):
    with pytest.raises(CommandError, match="has no initiative 999"):
        call(str(FILES / "linear.csv"), "--initiative", "999")
    with pytest.raises(CommandError, match="no one with the email"):
        call(str(FILES / "linear.csv"), "--initiative", str(initiative.pk), "--as", "x@y.test")
    with pytest.raises(CommandError, match="cannot import|Viewers"):
        call(
            str(FILES / "linear.csv"),
            "--initiative",
            str(initiative.pk),
            "--as",
            "viewer@acme.test",
        )
