"""`cairn lint --cycle` uses the organisation's stored coach settings unless --config is given."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from cairn.organisations.models import Organisation
from cairn.organisations.services import coach_config_update

pytestmark = pytest.mark.django_db


def lint(*args: str) -> tuple[int, dict, str]:
    """Return the exit code, the JSON report and standard error of `cairn lint`."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("lint", *args, "--json", stdout=out, stderr=err)
    except SystemExit as exit_:
        return int(exit_.code), json.loads(out.getvalue()), err.getvalue()
    return 0, json.loads(out.getvalue()), err.getvalue()


def codes(report: dict) -> set[str]:
    return {f["code"] for f in report["findings"]}


def store(world, config: dict) -> None:
    coach_config_update(organisation=world.organisation, actor=world.admin, config=config)


def test_with_default_settings_the_cycle_has_warnings_only(world):
    code, report, _ = lint("--cycle", "Q3", "--org", "acme")
    assert code == 0 and {"OKR001", "OKR006"} <= codes(report)


def test_a_rule_disabled_in_the_organisation_does_not_appear(world):
    store(world, {"rules": {"OKR001": {"enabled": False}}})
    code, report, _ = lint("--cycle", "Q3", "--org", "acme")
    assert "OKR001" not in codes(report) and "OKR006" in codes(report)


def test_a_severity_raised_to_error_in_the_organisation_fails_the_lint(world):
    store(world, {"rules": {"OKR006": {"severity": "error"}}})
    code, report, _ = lint("--cycle", "Q3", "--org", "acme")
    unaligned = next(f for f in report["findings"] if f["code"] == "OKR006")
    assert code == 1 and not report["ok"] and unaligned["severity"] == "error"


def test_a_threshold_of_the_organisation_applies(world):
    store(world, {"thresholds": {"min_key_results": 0}})
    assert "OKR001" not in codes(lint("--cycle", "Q3", "--org", "acme")[1])


def test_config_file_overrides_the_stored_settings(world, tmp_path):
    store(world, {"rules": {"OKR001": {"enabled": False}, "OKR006": {"severity": "error"}}})
    path = tmp_path / "coach.json"
    path.write_text('{"rules": {"OKR006": {"enabled": false}}}', encoding="utf-8")
    code, report, _ = lint("--cycle", "Q3", "--org", "acme", "--config", str(path))
    assert code == 0 and "OKR001" in codes(report) and "OKR006" not in codes(report)


def test_the_stored_settings_do_not_apply_to_a_file(world, tmp_path):
    store(world, {"rules": {"KR102": {"enabled": False}}})
    path = tmp_path / "okrs.md"
    path.write_text("## Win the market\n- Run 4 customer workshops\n", encoding="utf-8")
    assert "KR102" in codes(lint(str(path))[1])


def test_unusable_stored_settings_fall_back_to_the_defaults_with_a_warning(world):
    broken = {"rules": {"OKR001": {"enabled": "no"}}}
    Organisation.objects.filter(pk=world.organisation.pk).update(coach_config=broken)
    code, report, err = lint("--cycle", "Q3", "--org", "acme")
    assert "OKR001" in codes(report)
    assert "coach settings stored for acme are unusable" in err and "using the defaults" in err
