"""Attach the signed-in user's current Person (organisation membership) to each request."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from cairn.organisations.models import Person

SESSION_KEY = "cairn_person_id"


def current_person(request: HttpRequest) -> Person | None:
    """Return the person the user acts as: the one chosen in the session, else their first."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    people = Person.objects.filter(user=user, is_active=True).select_related("organisation", "user")
    chosen = request.session.get(SESSION_KEY)
    person = people.filter(pk=chosen).first() if chosen else None
    return person or people.order_by("pk").first()


class CurrentPersonMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.person = current_person(request)  # type: ignore[attr-defined]
        return self.get_response(request)
