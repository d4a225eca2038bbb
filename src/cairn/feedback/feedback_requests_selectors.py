"""Reads of peer feedback: what was asked of me, what I asked, one request with its answers."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from cairn.feedback.models import AnswerStatus, FeedbackAnswer, FeedbackRequest
from cairn.organisations.models import Person


def asked_of(person: Person) -> QuerySet[FeedbackAnswer]:
    """Return the requests asked of the person (waiting first, newest first)."""
    return (
        FeedbackAnswer.objects.filter(respondent=person, organisation_id=person.organisation_id)
        .select_related("request__requester__user", "request__objective", "request__key_result")
        .order_by("-status", "-created_at", "-id")  # "pending" sorts after "declined"/"answered"
    )


def waiting_count(person: Person) -> int:
    """Return how many requests wait for the person's answer."""
    return FeedbackAnswer.objects.filter(respondent=person, status=AnswerStatus.PENDING).count()


def asked_by(person: Person) -> QuerySet[FeedbackRequest]:
    """Return the person's own requests with how many were asked, answered and declined."""
    return (
        FeedbackRequest.objects.filter(requester=person, organisation_id=person.organisation_id)
        .select_related("objective", "key_result")
        .annotate(
            asked=Count("answers"),
            answered=Count("answers", filter=Q(answers__status=AnswerStatus.ANSWERED)),
            declined=Count("answers", filter=Q(answers__status=AnswerStatus.DECLINED)),
        )
        .order_by("-created_at", "-id")
    )


def request_for(person: Person, pk: int) -> FeedbackRequest:
    """Return a request its requester or an admin may read; 404 outside the organisation."""
    request = (
        FeedbackRequest.objects.filter(pk=pk, organisation_id=person.organisation_id)
        .select_related("requester__user", "objective", "key_result")
        .first()
    )
    if request is None:
        raise Http404
    if request.requester_id != person.pk and not person.is_admin:
        raise PermissionDenied(_("Only the person who asked and admins read these answers."))
    return request


def answers_of(request: FeedbackRequest, *, names: bool) -> list[FeedbackAnswer]:
    """Return the request's answers; without names, in an order that does not betray who."""
    rows = list(request.answers.select_related("respondent__user"))
    if names:
        return sorted(rows, key=lambda a: (a.status != AnswerStatus.ANSWERED, a.respondent.name))
    # Neither the order asked nor the time answered: both would point at a person.
    answered = [a for a in rows if a.status == AnswerStatus.ANSWERED]
    return sorted(answered, key=lambda a: (a.going_well, a.to_change, a.suggestion))


def answer_for(person: Person, pk: int) -> FeedbackAnswer:
    """Return a request asked of the person; 404 for anyone else's."""
    answer = (
        FeedbackAnswer.objects.filter(pk=pk, respondent=person)
        .select_related("request__requester__user", "request__objective", "request__key_result")
        .first()
    )
    if answer is None:
        raise Http404
    return answer
