"""Per-organisation coach settings: enable, severity, thresholds, JSON round trip, validation."""

import json

import pytest

from cairn.coach import DEFAULT, CoachConfig, ConfigError, KeyResultDraft, review_key_result


def test_defaults_follow_the_spec():
    assert (DEFAULT.min_key_results, DEFAULT.max_key_results) == (3, 5)
    assert DEFAULT.max_objective_length == 70
    assert (DEFAULT.low_ambition_percent, DEFAULT.unrealistic_factor) == (5.0, 10.0)
    assert DEFAULT.enabled("KR102") and DEFAULT.severity("KR101") == "error"


def test_a_rule_can_be_disabled_or_given_another_severity():
    config = CoachConfig.from_dict(
        {"rules": {"KR102": {"enabled": False}, "KR101": {"severity": "warning"}}}
    )
    findings = review_key_result(KeyResultDraft("Launch the pricing page", owner="a"), config)
    assert [(f.code, f.severity) for f in findings] == [("KR101", "warning")]


def test_with_rule_returns_a_changed_copy():
    config = DEFAULT.with_rule("KR104", severity="info").with_rule("KR104", enabled=False)
    assert not config.enabled("KR104") and config.severity("KR104") == "info"
    assert DEFAULT.enabled("KR104")


def test_it_round_trips_through_json():
    config = CoachConfig.from_dict(
        {
            "rules": {"OKR005": {"enabled": False, "severity": None}},
            "thresholds": {"max_key_results": 4},
        }
    )
    again = CoachConfig.from_dict(json.loads(json.dumps(config.as_dict())))
    assert again == config and again.max_key_results == 4
    assert CoachConfig.from_dict(None) == DEFAULT == CoachConfig.from_dict({})


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([], "must be a JSON object"),
        ({"rule": {}}, "unknown key 'rule'"),
        ({"rules": {"KR999": {}}}, "unknown rule code 'KR999'"),
        (
            {"rules": {"KR101": {"severity": "fatal"}}},
            "severity must be one of error, warning, info",
        ),
        ({"rules": {"KR101": {"enabled": "no"}}}, "enabled must be true or false"),
        ({"rules": {"KR101": True}}, "KR101: expected"),
        ({"thresholds": {"max_key_results": 2.5}}, "max_key_results must be a whole number"),
        ({"thresholds": {"max_key_results": True}}, "max_key_results must be a whole number"),
        ({"thresholds": {"low_ambition_percent": -1}}, "must be at least 0"),
        ({"thresholds": {"speed": 1}}, "unknown threshold 'speed'"),
        (
            {"thresholds": {"min_key_results": 6}},
            "min_key_results (6) is above max_key_results (5)",
        ),
        ({"thresholds": {"duplicate_similarity": 2}}, "between 0 and 1"),
    ],
)
def test_it_explains_what_is_wrong(data, expected):
    with pytest.raises(ConfigError) as error:
        CoachConfig.from_dict(data)
    assert expected in str(error.value)


def test_it_reports_every_problem_at_once():
    with pytest.raises(ConfigError) as error:
        CoachConfig.from_dict({"rules": {"X": {}}, "thresholds": {"max_key_results": "5"}})
    assert len(error.value.problems) == 2
