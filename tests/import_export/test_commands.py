"""`cairn parse` and `cairn lint`: output, JSON, and exit codes."""

import io
import json
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from cairn.import_export.management.commands import lint, parse

CLEAN = """## Make onboarding effortless
- Cut time to first value from 14 days to 3 days
- Raise onboarding completion from 40% to 70%
- Keep support tickets per new team below 2
"""
WITH_ERROR = CLEAN + "- Improve team morale\n"
WITH_WARNING = CLEAN + "- Run 4 customer workshops\n"


def run(command, *args) -> tuple[int, str]:
    """Return the exit code and standard output of a command."""
    out = io.StringIO()
    try:
        call_command(command, *args, stdout=out)
    except SystemExit as exit_:
        return int(exit_.code), out.getvalue()
    return 0, out.getvalue()


def write(tmp_path, text: str, name: str = "okrs.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_parse_json_prints_one_object_with_the_issue_5_fields():
    code, out = run(parse.Command(), "Cut first-reply time from 18 hours to 4 hours", "--json")
    data = json.loads(out)
    assert code == 0
    assert list(data) == [
        "text",
        "direction",
        "start",
        "target",
        "change",
        "unit",
        "metric",
        "findings",
    ]
    assert (data["direction"], data["start"], data["target"], data["unit"]) == (
        "decrease",
        18,
        4,
        "hours",
    )
    assert data["metric"] == "first-reply time" and data["findings"] == []


def test_parse_json_reports_findings_with_code_severity_message_and_suggestion():
    data = json.loads(run(parse.Command(), "Run 4 customer workshops", "--json")[1])
    assert [set(f) for f in data["findings"]] == [{"code", "severity", "message", "suggestion"}]
    assert data["findings"][0]["code"] == "KR102"


def test_parse_without_json_prints_a_readable_summary():
    out = run(parse.Command(), "Grow weekly sign-ups by 15%")[1]
    assert "change     15% (relative)" in out
    assert "metric     weekly sign-ups" in out
    assert "KR103 warning:" in out and "suggestion:" in out


def test_lint_of_a_clean_file_exits_0(tmp_path):
    code, out = run(lint.Command(), write(tmp_path, CLEAN))
    assert code == 0
    assert out.strip().endswith("1 objective, 3 key results: no findings")


def test_lint_exits_1_on_an_error_finding_and_names_the_line(tmp_path):
    path = write(tmp_path, WITH_ERROR)
    code, out = run(lint.Command(), path)
    assert code == 1
    assert f"{path}:5: KR101 error: 'Improve team morale' has no number or target" in out
    assert "suggestion: Name the metric" in out


def test_lint_exits_0_on_warnings_only(tmp_path):
    code, out = run(lint.Command(), write(tmp_path, WITH_WARNING), "--no-suggestions")
    assert code == 0
    assert "KR102 warning" in out and "suggestion" not in out


def test_lint_exits_1_when_the_document_has_problems(tmp_path):
    code, out = run(lint.Command(), write(tmp_path, "KR: Grow ARR from $1M to $2M\n"))
    assert code == 1 and "1: problem: key result before any objective" in out


def test_lint_json_is_a_machine_report(tmp_path):
    code, out = run(lint.Command(), write(tmp_path, WITH_ERROR), "--json")
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    assert data["counts"] == {"error": 1, "warning": 1, "info": 0, "problem": 0}
    assert {(f["line"], f["code"]) for f in data["findings"]} == {(5, "KR101"), (5, "KR104")}
    assert data["objectives"][0]["key_results"][0]["start"] == 14


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: str(tmp / "missing.md"), "no such file"),
        (lambda tmp: str(tmp), "it is a directory"),
        (
            lambda tmp: write_bytes(tmp / "latin1.txt", "Objectif: café".encode("latin-1")),
            "not UTF-8",
        ),
    ],
)
def test_lint_exits_2_with_a_clear_message_when_the_file_cannot_be_read(tmp_path, make, message):
    with pytest.raises(CommandError, match=message) as error:
        call_command(lint.Command(), make(tmp_path), stdout=io.StringIO())
    assert error.value.returncode == 2


def write_bytes(path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_lint_reads_coach_settings_from_a_json_file(tmp_path):
    config = write(tmp_path, json.dumps({"rules": {"KR101": {"severity": "warning"}}}), "c.json")
    assert run(lint.Command(), write(tmp_path, WITH_ERROR), "--config", config)[0] == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [("{", "not valid JSON"), ('{"rules": {"KR999": {}}}', "unknown rule code 'KR999'")],
)
def test_lint_refuses_bad_coach_settings_with_exit_2(tmp_path, content, message):
    config = write(tmp_path, content, "c.json")
    with pytest.raises(CommandError, match=message) as error:
        call_command(
            lint.Command(), write(tmp_path, CLEAN), "--config", config, stdout=io.StringIO()
        )
    assert error.value.returncode == 2


def test_the_commands_are_found_by_name(tmp_path):
    assert run("lint", write(tmp_path, CLEAN))[0] == 0
    assert json.loads(run("parse", "Keep churn below 2%", "--json")[1])["direction"] == "stay_below"


@pytest.mark.parametrize(("text", "expected"), [(CLEAN, 0), (WITH_ERROR, 1), (None, 2)])
def test_the_console_command_exits_with_the_documented_code(tmp_path, text, expected):
    path = write(tmp_path, text) if text is not None else str(tmp_path / "missing.md")
    result = subprocess.run(
        [sys.executable, "-m", "cairn", "lint", path], capture_output=True, text=True, check=False
    )
    assert result.returncode == expected
    assert "Traceback" not in result.stderr
