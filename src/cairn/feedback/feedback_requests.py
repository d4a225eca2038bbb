"""Writes of peer feedback: ask named people about an objective or key result, answer, decline.

Who may ask: whoever answers for the goal — for an objective, those who may edit it (its owner,
leads of its team, admins); for a key result, those who may check in on it (also its owner and
contributors). Who may be asked: active members and admins of the organisation who can see the
objective (viewers only read). Every write is in the audit log with the real person, also when
the answers are anonymous to the requester.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import audit, tasks
from cairn.feedback.models import (
    MAX_MESSAGE,
    MAX_PROMPT,
    AnswerStatus,
    FeedbackAnswer,
    FeedbackRequest,
)
from cairn.okrs.models import KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person

MAX_PEOPLE = 10


def clean_text(value: str, field: str, max_length: int, *, required: bool = False) -> str:
    """Return the text stripped; raise ValidationError when missing, too long or holding NUL."""
    value = (value or "").strip()
    if required and not value:
        raise ValidationError({field: _("Write something first.")})
    if "\x00" in value:
        raise ValidationError({field: _("Remove the NUL character.")})
    if len(value) > max_length:
        raise ValidationError({field: _("Keep it under %(n)d characters.") % {"n": max_length}})
    return value


def can_ask(person: Person, objective: Objective, key_result: KeyResult | None) -> bool:
    """Return True when the person answers for the goal and so may ask for feedback on it."""
    access = Access(person)
    if not access.can_write or not access.can_view_objective(objective):
        return False
    if key_result is not None:
        return access.can_check_in(key_result)
    return access.can_edit_objective(objective)


def _respondents(requester: Person, objective: Objective, people: Sequence[Person]) -> list[Person]:
    """Return the people to ask, checked: in the organisation, active, not viewers, can see it."""
    chosen = {p.pk: p for p in people if p.pk != requester.pk}
    if not chosen:
        raise ValidationError({"people": _("Choose at least one person to ask (not yourself).")})
    if len(chosen) > MAX_PEOPLE:
        raise ValidationError(
            {"people": _("Ask at most %(n)d people at once.") % {"n": MAX_PEOPLE}}
        )
    for person in chosen.values():
        if person.organisation_id != requester.organisation_id:
            raise ValidationError({"people": _("Choose people in your organisation.")})
        if not person.is_active or person.is_viewer:
            raise ValidationError(
                {"people": _("%(name)s cannot answer (viewers only read).") % {"name": person.name}}
            )
        if not Access(person).can_view_objective(objective):
            raise ValidationError(
                {"people": _("%(name)s cannot see this objective.") % {"name": person.name}}
            )
    return list(chosen.values())


@transaction.atomic
def feedback_request_create(
    *,
    requester: Person,
    objective: Objective,
    key_result: KeyResult | None = None,
    people: Sequence[Person],
    message: str = "",
    anonymous: bool = False,
    now: datetime | None = None,
) -> FeedbackRequest:
    """Ask the people for feedback on the objective (or one of its key results); return it."""
    from cairn.feedback.feedback_requests_notices import notify_feedback_requested

    if objective.organisation_id != requester.organisation_id:
        raise Http404
    if key_result is not None and key_result.objective_id != objective.pk:
        raise ValidationError({"key_result": _("Choose a key result of this objective.")})
    if not can_ask(requester, objective, key_result):
        raise PermissionDenied(_("Only people who answer for this goal ask for feedback on it."))
    message = clean_text(message, "message", MAX_MESSAGE)
    respondents = _respondents(requester, objective, people)
    if anonymous and len(respondents) < 2:
        raise ValidationError(
            {
                "anonymous": _(
                    "Ask at least two people for anonymous answers: with one, you would know who answered."
                )
            }
        )
    moment = now or timezone.now()
    request = FeedbackRequest.objects.create(
        organisation_id=requester.organisation_id,
        requester=requester,
        objective=objective,
        key_result=key_result,
        message=message,
        anonymous=anonymous,
        created_at=moment,
    )
    FeedbackAnswer.objects.bulk_create(
        FeedbackAnswer(
            organisation_id=requester.organisation_id,
            request=request,
            respondent=person,
            created_at=moment,
        )
        for person in respondents
    )
    audit.record(
        action=audit.Action.FEEDBACK_REQUESTED,
        actor=requester,
        obj=request,
        details={"asked": [p.pk for p in respondents], "anonymous": anonymous},
    )
    tasks.enqueue(notify_feedback_requested, request.pk)
    return request


def _open_answer(respondent: Person, answer: FeedbackAnswer) -> FeedbackAnswer:
    """Return the answer locked; 404 unless it was asked of this person, error when closed."""
    if answer.respondent_id != respondent.pk:
        raise Http404
    if not Access(respondent).can_write:
        raise PermissionDenied(_("Viewers read; they do not answer feedback requests."))
    locked = FeedbackAnswer.objects.select_for_update().get(pk=answer.pk)
    if locked.status != AnswerStatus.PENDING:
        raise ValidationError(_("You have already answered or declined this request."))
    return locked


@transaction.atomic
def feedback_answer(
    *,
    respondent: Person,
    answer: FeedbackAnswer,
    going_well: str,
    to_change: str,
    suggestion: str,
    now: datetime | None = None,
) -> FeedbackAnswer:
    """Answer a request with the three prompts (at least one filled in); the requester is told."""
    from cairn.feedback.feedback_requests_notices import notify_feedback_answered

    answer = _open_answer(respondent, answer)
    answer.going_well = clean_text(going_well, "going_well", MAX_PROMPT)
    answer.to_change = clean_text(to_change, "to_change", MAX_PROMPT)
    answer.suggestion = clean_text(suggestion, "suggestion", MAX_PROMPT)
    if not (answer.going_well or answer.to_change or answer.suggestion):
        raise ValidationError(_("Answer at least one of the three questions, or decline."))
    answer.status = AnswerStatus.ANSWERED
    answer.answered_at = now or timezone.now()
    answer.save()
    audit.record(
        action=audit.Action.FEEDBACK_ANSWERED,
        actor=respondent,
        obj=answer.request,
        details={"answer": answer.pk},
    )
    tasks.enqueue(notify_feedback_answered, answer.pk)
    return answer


@transaction.atomic
def feedback_decline(
    *, respondent: Person, answer: FeedbackAnswer, now: datetime | None = None
) -> FeedbackAnswer:
    """Decline a request: no answer, no more reminders."""
    answer = _open_answer(respondent, answer)
    answer.status = AnswerStatus.DECLINED
    answer.answered_at = now or timezone.now()
    answer.save(update_fields=["status", "answered_at"])
    audit.record(
        action=audit.Action.FEEDBACK_DECLINED,
        actor=respondent,
        obj=answer.request,
        details={"answer": answer.pk},
    )
    return answer
