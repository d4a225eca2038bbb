"""What peer feedback tells people: a request, its reminders, an answer to the requester."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from django_tasks import task

from cairn.accounts.languages import in_language_of
from cairn.feedback.models import AnswerStatus, FeedbackAnswer, FeedbackRequest
from cairn.notifications.kinds import Kind
from cairn.notifications.services import Subject, notify, site_path


def _about(request: FeedbackRequest) -> str:
    return request.key_result.title if request.key_result else request.objective.title


@task()
def notify_feedback_requested(request_id: int) -> int:
    """Tell each person asked; return how many notifications were stored."""
    request = (
        FeedbackRequest.objects.select_related("requester__user", "objective", "key_result")
        .filter(pk=request_id)
        .first()
    )
    if request is None:
        return 0
    stored = 0
    answers = request.answers.filter(status=AnswerStatus.PENDING).select_related(
        "respondent__user", "respondent__organisation"
    )
    for answer in answers:
        stored += _ask(answer, request, Kind.FEEDBACK_REQUESTED, str(answer.pk))
    return stored


def _ask(answer: FeedbackAnswer, request: FeedbackRequest, kind: str, key: str, **kw) -> int:
    """Store one request (or reminder) for the person asked; return 1 when stored."""
    with in_language_of(answer.respondent):  # the reader's language, not the requester's
        title = _("%(name)s asks for your feedback on “%(about)s”") % {
            "name": request.requester.name,
            "about": _about(request),
        }
        body = request.message or _("What is going well, what to change, one suggestion.")
    stored = notify(
        recipient=answer.respondent,
        kind=kind,
        dedupe_key=key,
        title=title,
        body=body,
        link=site_path("feedback_answer", answer.pk),
        subject=Subject("feedback_request", request.pk),
        data={"request": request.pk, "answer": answer.pk},
        **kw,
    )
    return int(stored is not None)


@task()
def notify_feedback_answered(answer_id: int) -> int:
    """Tell the requester an answer came (without the name when anonymous); 1 when stored."""
    answer = (
        FeedbackAnswer.objects.select_related(
            "respondent__user", "respondent__organisation", "request__requester__user",
            "request__requester__organisation", "request__objective",
            "request__key_result",
        )
        .filter(pk=answer_id, status=AnswerStatus.ANSWERED)
        .first()
    )  # fmt: skip
    if answer is None:
        return 0
    request = answer.request
    with in_language_of(request.requester):  # the reader's language, not the respondent's
        who = _("Someone") if request.anonymous else answer.respondent.name
        title = _("%(who)s answered your feedback request on “%(about)s”") % {
            "who": who,
            "about": _about(request),
        }
        body = _("Read the answers in Cairn.")
    stored = notify(
        recipient=request.requester,
        kind=Kind.FEEDBACK_ANSWERED,
        dedupe_key=str(answer.pk),
        title=title,
        body=body,
        link=site_path("feedback_request", request.pk),
        subject=Subject("feedback_request", request.pk),
        data={"request": request.pk},
    )
    return int(stored is not None)


def feedback_reminders_send(*, now: datetime) -> int:
    """Remind everyone whose answer waits N days since the request or the last reminder.

    Each reminder is claimed by one conditional UPDATE of its row, so several workers (or a
    repeated sweep) send it once; an answer or a decline stops the reminders.
    """
    due_before = now - timedelta(days=settings.CAIRN_FEEDBACK_REMINDER_DAYS)
    waiting = (
        FeedbackAnswer.objects.filter(
            status=AnswerStatus.PENDING,
            respondent__is_active=True,
            request__requester__is_active=True,
        )
        .alias(since=Coalesce("last_reminded_at", "created_at"))
        .filter(since__lte=due_before)
        .select_related(
            "respondent__user", "respondent__organisation", "request__requester__user",
            "request__requester__organisation", "request__objective",
            "request__key_result",
        )
    )  # fmt: skip
    sent = 0
    for answer in waiting:
        claimed = FeedbackAnswer.objects.filter(
            pk=answer.pk, status=AnswerStatus.PENDING, reminders=answer.reminders
        ).update(reminders=F("reminders") + 1, last_reminded_at=now)
        if claimed:
            key = f"{answer.pk}:{answer.reminders + 1}"
            sent += _ask(answer, answer.request, Kind.FEEDBACK_REMINDER, key, now=now)
    return sent
