"""Feedback requested of me (and what I asked), and one request's answers for its requester."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cairn.feedback import feedback_requests_selectors as selectors
from cairn.web.decorators import person_required

PAGE_SIZE = 25


@person_required
def inbox(request: HttpRequest) -> HttpResponse:
    """Return the requests asked of the person and the ones they asked, a page of each."""
    person = request.person
    asked_of = Paginator(selectors.asked_of(person), PAGE_SIZE).get_page(request.GET.get("page"))
    asked_by = Paginator(selectors.asked_by(person), PAGE_SIZE).get_page(request.GET.get("mine"))
    context = {"nav": "feedback", "asked_of": asked_of, "asked_by": asked_by}
    return render(request, "web/feedback/inbox.html", context)


@person_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Return a request's answers: names for admins, none when anonymous to its requester."""
    person = request.person
    feedback = selectors.request_for(person, pk)
    names = person.is_admin or not feedback.anonymous
    answers = selectors.answers_of(feedback, names=names)
    counts = {"asked": 0, "answered": 0, "declined": 0}
    for status in feedback.answers.values_list("status", flat=True):
        counts["asked"] += 1
        counts[status] = counts.get(status, 0) + 1
    context = {
        "nav": "feedback",
        "feedback": feedback,
        "answers": answers,
        "names": names,
        "counts": counts,
    }
    return render(request, "web/feedback/request.html", context)
