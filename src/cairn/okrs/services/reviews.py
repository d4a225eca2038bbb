"""Recording the necessary-and-sufficient review of an objective (SPEC §5)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cairn.coach import KeyResultDraft, ObjectiveDraft, Verdict, assess, questions
from cairn.coach.necessary import ANSWERS
from cairn.okrs.models import KeyResult, Objective, ObjectiveReview
from cairn.okrs.permissions import Access, require
from cairn.organisations.models import Person


def review_draft(objective: Objective, key_results: Sequence[KeyResult]) -> ObjectiveDraft:
    """Return what the review asks about: the objective's title and its key results' titles."""
    return ObjectiveDraft(
        objective.title, key_results=tuple(KeyResultDraft(kr.title) for kr in key_results)
    )


def review_key_results(objective: Objective) -> list[KeyResult]:
    """Return the key results a review of the objective asks about, in question order."""
    return list(objective.key_results.order_by("position", "id"))


def review_verdict(review: ObjectiveReview) -> Verdict:
    """Return the verdict and findings of a stored review, as the coach assesses them now."""
    draft = ObjectiveDraft(
        review.objective.title,
        key_results=tuple(KeyResultDraft(kr["title"]) for kr in review.key_results),
    )
    return assess(draft, review.answers, review.objective.organisation.coach)


@transaction.atomic
def objective_review_record(
    *,
    objective: Objective,
    reviewer: Person,
    answers: Mapping[str, object],
    asked: Sequence[int] | None = None,
) -> ObjectiveReview:
    """Record a review of the objective: every question answered yes, no or unsure; return it.

    `asked` is the ids of the key results the reviewer saw, in order; when the objective's key
    results changed since, the review is refused rather than pinned to the wrong ones.
    """
    require(Access(reviewer).can_edit_objective(objective), _("You cannot review this objective."))
    key_results = review_key_results(objective)
    if not key_results:
        raise ValidationError(_("Add key results before reviewing whether they are sufficient."))
    if asked is not None and list(asked) != [kr.pk for kr in key_results]:
        raise ValidationError(
            _("The key results changed while you were reviewing; answer the questions again.")
        )
    draft = review_draft(objective, key_results)
    clean = _clean_answers(draft, answers)
    verdict = assess(draft, clean, objective.organisation.coach)
    return ObjectiveReview.objects.create(
        organisation_id=objective.organisation_id,
        objective=objective,
        reviewer=reviewer,
        answers=clean,
        key_results=[{"id": kr.pk, "title": kr.title} for kr in key_results],
        necessary=list(verdict.necessary),
        sufficient=verdict.sufficient,
        passed=verdict.passed,
    )


def _clean_answers(draft: ObjectiveDraft, answers: Mapping[str, object]) -> dict[str, str]:
    """Return {question key: answer}, or raise ValidationError naming every bad question."""
    keys = [q.key for q in questions(draft)]
    errors: dict[str, str] = {}
    for key in answers:
        if key not in keys:
            errors[key] = _("This question is not part of the review.")
    clean = {}
    for key in keys:
        value = answers.get(key)
        value = value.strip().lower() if isinstance(value, str) else value
        if value in (None, ""):
            errors[key] = _("Answer this question.")
        elif value not in ANSWERS:
            errors[key] = _("Answer yes, no or unsure.")
        else:
            clean[key] = value
    if errors:
        raise ValidationError(errors)
    return clean
