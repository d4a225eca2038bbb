"""The design page: every component of the design system rendered once, for review."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from cairn.web.decorators import person_required
from cairn.web.forms.design import SampleForm


def may_review_design(request: HttpRequest) -> bool:
    """Return True for the organisation's admins, staff users, or anyone while DEBUG is on."""
    return settings.DEBUG or request.user.is_staff or request.person.is_admin


@person_required
def design(request: HttpRequest) -> HttpResponse:
    """Return the component gallery; a 404 for anyone else (the page is not advertised)."""
    if not may_review_design(request):
        raise Http404
    invalid = SampleForm(data={"title": "", "target": "ten", "team": "", "committed": "on"})
    invalid.is_valid()
    context = {"form": SampleForm(), "invalid_form": invalid, "person": request.person}
    return render(request, "web/design/design.html", context)
