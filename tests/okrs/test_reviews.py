"""Recording the necessary-and-sufficient review: permission, validation and verdicts."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from cairn.okrs.models import ObjectiveReview
from cairn.okrs.services import objective_review_record
from cairn.okrs.services.reviews import review_verdict
from cairn.organisations.models import Organisation
from tests.factories import KeyResultFactory, ObjectiveFactory


@pytest.fixture
def krs(world):
    return [
        KeyResultFactory(objective=world.objective, title="Cut first reply from 18 to 4 hours"),
        KeyResultFactory(objective=world.objective, title="Grow CSAT from 80 to 95"),
    ]


def all_answers(necessary="no", sufficient="yes", count=2):
    return {f"necessary:{i}": necessary for i in range(count)} | {"sufficient": sufficient}


class TestVerdicts:
    def test_necessary_and_sufficient_passes(self, world, krs):
        review = objective_review_record(
            objective=world.objective, reviewer=world.member, answers=all_answers()
        )
        assert review.passed is True
        assert review.necessary == ["necessary", "necessary"]
        assert review.sufficient == "sufficient"
        assert review.key_results == [{"id": kr.pk, "title": kr.title} for kr in krs]
        assert review.reviewer == world.member
        assert review.organisation_id == world.organisation.pk

    def test_a_key_result_the_objective_does_not_need_fails_with_ns001(self, world, krs):
        answers = all_answers() | {"necessary:1": "yes"}
        review = objective_review_record(
            objective=world.objective, reviewer=world.member, answers=answers
        )
        assert review.passed is False
        assert review.necessary == ["necessary", "not_necessary"]
        findings = review_verdict(review).findings
        assert [(f.code, f.key_result_index) for f in findings] == [("NS001", 1)]

    def test_an_insufficient_set_fails_with_ns002(self, world, krs):
        review = objective_review_record(
            objective=world.objective, reviewer=world.member, answers=all_answers(sufficient="no")
        )
        assert (review.sufficient, review.passed) == ("not_sufficient", False)
        assert [f.code for f in review_verdict(review).findings] == ["NS002"]

    def test_unsure_is_an_answer_but_not_a_pass(self, world, krs):
        review = objective_review_record(
            objective=world.objective,
            reviewer=world.member,
            answers=all_answers(necessary="unsure", sufficient="unsure"),
        )
        assert review.necessary == ["unsure", "unsure"]
        assert (review.sufficient, review.passed) == ("unsure", False)

    def test_reviews_are_a_history(self, world, krs):
        first = objective_review_record(
            objective=world.objective, reviewer=world.member, answers=all_answers(sufficient="no")
        )
        second = objective_review_record(
            objective=world.objective, reviewer=world.lead, answers=all_answers()
        )
        assert list(world.objective.reviews.all()) == [second, first]

    def test_a_disabled_rule_gives_no_finding(self, world, krs):
        Organisation.objects.filter(pk=world.organisation.pk).update(
            coach_config={"rules": {"NS002": {"enabled": False}}}
        )
        world.objective.organisation.refresh_from_db()
        review = objective_review_record(
            objective=world.objective, reviewer=world.member, answers=all_answers(sufficient="no")
        )
        assert review.passed is False
        assert review_verdict(review).findings == ()


class TestValidation:
    def test_every_question_must_be_answered(self, world, krs):
        with pytest.raises(ValidationError) as error:
            objective_review_record(
                objective=world.objective, reviewer=world.member, answers={"necessary:0": "no"}
            )
        assert set(error.value.message_dict) == {"necessary:1", "sufficient"}
        assert not ObjectiveReview.objects.exists()

    def test_answers_are_yes_no_or_unsure(self, world, krs):
        answers = all_answers() | {"necessary:0": "maybe", "necessary:1": ["no"]}
        with pytest.raises(ValidationError) as error:
            objective_review_record(
                objective=world.objective, reviewer=world.member, answers=answers
            )
        assert error.value.message_dict == {
            "necessary:0": ["Answer yes, no or unsure."],
            "necessary:1": ["Answer yes, no or unsure."],
        }

    def test_unknown_questions_are_refused(self, world, krs):
        with pytest.raises(ValidationError, match="not part of the review"):
            objective_review_record(
                objective=world.objective,
                reviewer=world.member,
                answers=all_answers() | {"necessary:7": "no"},
            )

    def test_an_objective_without_key_results_cannot_be_reviewed(self, world):
        with pytest.raises(ValidationError, match="Add key results"):
            objective_review_record(
                objective=world.objective, reviewer=world.member, answers={"sufficient": "yes"}
            )

    def test_key_results_changed_since_the_questions_were_asked(self, world, krs):
        asked = [kr.pk for kr in krs]
        KeyResultFactory(objective=world.objective)
        with pytest.raises(ValidationError, match="changed while you were reviewing"):
            objective_review_record(
                objective=world.objective,
                reviewer=world.member,
                answers=all_answers(count=3),
                asked=asked,
            )
        review = objective_review_record(
            objective=world.objective,
            reviewer=world.member,
            answers=all_answers(count=3),
            asked=[*asked, world.objective.key_results.order_by("-id")[0].pk],
        )
        assert len(review.necessary) == 3


class TestPermission:
    @pytest.mark.parametrize("persona", ["member", "lead", "admin"])
    def test_owner_team_lead_and_admin_may_review(self, world, krs, persona):
        reviewer = getattr(world, persona)
        review = objective_review_record(
            objective=world.objective, reviewer=reviewer, answers=all_answers()
        )
        assert review.reviewer == reviewer

    @pytest.mark.parametrize("persona", ["viewer", "outsider"])
    def test_viewers_and_outsiders_may_not(self, world, krs, persona):
        with pytest.raises(PermissionDenied):
            objective_review_record(
                objective=world.objective, reviewer=getattr(world, persona), answers=all_answers()
            )
        assert not ObjectiveReview.objects.exists()

    def test_a_member_may_not_review_someone_elses_objective(self, world):
        theirs = ObjectiveFactory(cycle=world.cycle, team=world.team, owner=world.lead)
        KeyResultFactory(objective=theirs)
        with pytest.raises(PermissionDenied):
            objective_review_record(
                objective=theirs, reviewer=world.member, answers=all_answers(count=1)
            )
