"""Ask for feedback: from an objective's page, on the objective or one of its key results."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from cairn.feedback.feedback_requests import can_ask, feedback_request_create
from cairn.lib.ids import parse_id
from cairn.okrs import selectors
from cairn.okrs.models import KeyResult, Objective
from cairn.organisations.models import Person, Role
from cairn.web.decorators import writer_required
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.feedback import FeedbackAskForm


def _askable(person: Person, objective: Objective) -> tuple[bool, list[KeyResult]]:
    """Return whether the person may ask about the whole objective, and which key results."""
    key_results = objective.key_results.select_related("objective").prefetch_related("contributors")
    mine = [kr for kr in key_results.order_by("position", "pk") if can_ask(person, objective, kr)]
    whole = can_ask(person, objective, None)
    if not mine and not whole:
        raise PermissionDenied(_("Only people who answer for this goal ask for feedback on it."))
    return whole, mine


def _people(person: Person) -> QuerySet[Person]:
    """Return whom the person may ask: active colleagues who are not viewers (a query, not a list)."""
    return (
        Person.objects.filter(organisation_id=person.organisation_id, is_active=True)
        .exclude(role=Role.VIEWER)
        .exclude(pk=person.pk)
    )


@writer_required
def ask(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the form asking named people for feedback, or send the request."""
    person = request.person
    objective = selectors.objective_for(person, pk)
    whole, key_results = _askable(person, objective)
    form = FeedbackAskForm(
        request.POST or None, whole=whole, key_results=key_results, people=_people(person)
    )
    if not request.POST:
        wanted = parse_id(request.GET.get("key_result"))
        form.initial["about"] = str(wanted) if wanted in form.key_results else "objective"
    if request.method == "POST" and form.is_valid():
        try:
            feedback = feedback_request_create(
                requester=person, objective=objective, **form.service_arguments()
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Feedback requested. You will be told when they answer."))
            return redirect("feedback_request", feedback.pk)
    status = 400 if request.method == "POST" else 200
    context = {"nav": "feedback", "objective": objective, "form": form}
    return render(request, "web/feedback/ask.html", context, status=status)
