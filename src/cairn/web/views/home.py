"""My week: the home page (placeholder until the screen is built)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cairn.web.decorators import person_required


@person_required
def my_week(request: HttpRequest) -> HttpResponse:
    """Return the signed-in person's week."""
    return render(request, "web/home.html", {})
