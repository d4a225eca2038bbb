"""coach_config_update: admins store validated coach settings; every problem at once."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError

from cairn.coach import DEFAULT, CoachConfig
from cairn.organisations.models import Organisation
from cairn.organisations.services import coach_config_update

STRICT = {
    "rules": {"KR102": {"enabled": False}, "KR107": {"severity": "error"}},
    "thresholds": {"min_key_results": 2, "max_objective_length": 60},
}


def stored(world) -> dict:
    return Organisation.objects.get(pk=world.organisation.pk).coach_config


def test_an_admin_stores_the_settings_in_their_canonical_form(world):
    coach_config_update(organisation=world.organisation, actor=world.admin, config=STRICT)
    config = Organisation.objects.get(pk=world.organisation.pk).coach
    assert not config.enabled("KR102") and config.severity("KR107") == "error"
    assert config.min_key_results == 2 and config.max_objective_length == 60
    assert stored(world) == CoachConfig.from_dict(STRICT).as_dict()


def test_an_empty_config_resets_to_the_defaults(world):
    coach_config_update(organisation=world.organisation, actor=world.admin, config=STRICT)
    coach_config_update(organisation=world.organisation, actor=world.admin, config={})
    assert Organisation.objects.get(pk=world.organisation.pk).coach == DEFAULT


@pytest.mark.parametrize("persona", ["lead", "member", "viewer", "outsider"])
def test_only_admins_of_the_organisation_change_it(world, persona):
    with pytest.raises(PermissionDenied):
        coach_config_update(
            organisation=world.organisation, actor=getattr(world, persona), config=STRICT
        )
    assert stored(world) == {}


def test_every_problem_is_reported_next_to_what_it_is_about_and_nothing_is_saved(world):
    bad = {
        "rules": {"KR102": {"severity": "fatal"}, "XX999": {"enabled": False}},
        "thresholds": {"low_ambition_percent": -1, "stale_periods": "two"},
    }
    with pytest.raises(ValidationError) as caught:
        coach_config_update(organisation=world.organisation, actor=world.admin, config=bad)
    errors = caught.value.message_dict
    assert set(errors) == {"KR102", "__all__", "low_ambition_percent", "stale_periods"}
    assert "severity must be one of error, warning, info" in errors["KR102"][0]
    assert "unknown rule code 'XX999'" in errors["__all__"][0]
    assert stored(world) == {}


def test_contradicting_thresholds_are_refused(world):
    bad = {"thresholds": {"min_key_results": 6, "max_key_results": 4}}
    with pytest.raises(ValidationError) as caught:
        coach_config_update(organisation=world.organisation, actor=world.admin, config=bad)
    assert "is above max_key_results" in caught.value.message_dict["min_key_results"][0]
    assert stored(world) == {}


def test_a_change_is_recorded_with_who_and_what(world):
    coach_config_update(organisation=world.organisation, actor=world.admin, config=STRICT)
    entry = LogEntry.objects.get(object_id=str(world.organisation.pk))
    assert entry.user == world.admin.user and entry.get_edited_object() == world.organisation
    assert entry.change_message == (
        "Coach settings: KR102 off; KR107 severity error; min_key_results 3 → 2; "
        "max_objective_length 70 → 60"
    )


def test_saving_the_same_settings_again_records_nothing_new(world):
    coach_config_update(organisation=world.organisation, actor=world.admin, config=STRICT)
    coach_config_update(organisation=world.organisation, actor=world.admin, config=STRICT)
    assert LogEntry.objects.filter(object_id=str(world.organisation.pk)).count() == 1


def test_the_system_may_change_it_without_a_record(world):
    coach_config_update(organisation=world.organisation, actor=None, config=STRICT)
    assert stored(world) and not LogEntry.objects.exists()
