"""The necessary-and-sufficient review: questions, answers, verdicts and findings."""

import pytest

from cairn.coach import KeyResultDraft, ObjectiveDraft, assess, questions
from cairn.coach.necessary import answer_problems

OBJECTIVE = ObjectiveDraft(
    "Make onboarding effortless",
    owner="ana@example.com",
    key_results=[
        KeyResultDraft("Cut time to first value from 14 days to 3 days"),
        KeyResultDraft("Raise onboarding completion from 40% to 70%"),
    ],
)


def test_there_is_one_question_per_key_result_and_one_for_the_set():
    asked = questions(OBJECTIVE)
    assert [q.key for q in asked] == ["necessary:0", "necessary:1", "sufficient"]
    assert "without “Cut time to first value" in asked[0].text
    assert asked[2].key_result is None and asked[2].as_dict()["key"] == "sufficient"


def test_all_good_answers_pass_without_findings():
    verdict = assess(OBJECTIVE, {"necessary:0": "no", "necessary:1": "no", "sufficient": "yes"})
    assert verdict.passed and verdict.complete and verdict.findings == ()


def test_a_key_result_the_objective_does_not_need_is_reported():
    verdict = assess(OBJECTIVE, {"necessary:0": "yes", "necessary:1": "no", "sufficient": "yes"})
    assert verdict.necessary == ("not_necessary", "necessary")
    assert [(f.code, f.subject) for f in verdict.findings] == [("NS001", "key_result:0")]


def test_an_insufficient_set_is_reported_on_the_objective():
    verdict = assess(OBJECTIVE, {"sufficient": "no"})
    assert verdict.sufficient == "not_sufficient" and not verdict.complete
    assert [(f.code, f.subject) for f in verdict.findings] == [("NS002", "objective")]
    assert verdict.as_dict()["necessary"] == ["unanswered", "unanswered"]


def test_unsure_answers_are_recorded_without_findings():
    verdict = assess(
        OBJECTIVE, {"necessary:0": "unsure", "necessary:1": "unsure", "sufficient": "unsure"}
    )
    assert verdict.complete and not verdict.passed and verdict.findings == ()


@pytest.mark.parametrize(
    ("answers", "problem"),
    [({"necessary:5": "yes"}, "unknown question"), ({"sufficient": "maybe"}, "must be one of")],
)
def test_bad_answers_are_refused_with_a_reason(answers, problem):
    assert any(problem in p for p in answer_problems(OBJECTIVE, answers))
    with pytest.raises(ValueError, match=problem):
        assess(OBJECTIVE, answers)
