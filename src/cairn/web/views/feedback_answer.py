"""Answer a feedback request asked of me (three prompts), or decline it."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cairn.feedback import feedback_requests_selectors as selectors
from cairn.feedback.feedback_requests import feedback_answer, feedback_decline
from cairn.feedback.models import AnswerStatus
from cairn.web.decorators import person_required, writer_required
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.feedback import FeedbackAnswerForm


@person_required
def answer(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the answer form (or the answer given), or save the answer."""
    person = request.person
    row = selectors.answer_for(person, pk)
    form = FeedbackAnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            feedback_answer(respondent=person, answer=row, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Thank you: your feedback was sent."))
            return redirect("feedback_inbox")
    context = {
        "nav": "feedback",
        "answer": row,
        "feedback": row.request,
        "form": form,
        "open": row.status == AnswerStatus.PENDING,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "web/feedback/answer.html", context, status=status)


@require_POST
@writer_required
def decline(request: HttpRequest, pk: int) -> HttpResponse:
    """Decline a request asked of me: no answer and no more reminders."""
    row = selectors.answer_for(request.person, pk)
    try:
        feedback_decline(respondent=request.person, answer=row)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("feedback_answer", row.pk)
    messages.success(request, _("Declined. The person who asked will not see a reason."))
    return redirect("feedback_inbox")
