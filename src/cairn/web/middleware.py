"""Attach the signed-in user's current Person (organisation membership) to each request.

A user who belongs to several organisations picks one; the choice lives in the session. Times
are shown in the person's time zone, else the organisation's; pages in the person's language,
else the organisation's default, else the browser's (LocaleMiddleware).
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation

from cairn.accounts.languages import chosen_language
from cairn.organisations.models import Person

SESSION_KEY = "cairn_person_id"


def memberships(request: HttpRequest) -> list[Person]:
    """Return the user's active memberships, oldest first (one query)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    people = Person.objects.filter(user=user, is_active=True).select_related("organisation", "user")
    return list(people.order_by("pk"))


def current_person(request: HttpRequest, people: list[Person] | None = None) -> Person | None:
    """Return the person the user acts as: the one chosen in the session, else their first."""
    people = memberships(request) if people is None else people
    chosen = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
    for person in people:
        if person.pk == chosen:
            return person
    return people[0] if people else None


def choose_person(request: HttpRequest, person: Person) -> None:
    """Remember which organisation the user acts in."""
    request.session[SESSION_KEY] = person.pk


def _zone_name(person: Person) -> str:
    return person.user.time_zone or person.organisation.time_zone


class CurrentPersonMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        people = memberships(request)
        person = current_person(request, people)
        request.memberships = people  # type: ignore[attr-defined]
        request.person = person  # type: ignore[attr-defined]
        if person is None:
            return self.get_response(request)
        try:
            timezone.activate(zoneinfo.ZoneInfo(_zone_name(person)))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.deactivate()
        language = chosen_language(person)
        if language:  # else LocaleMiddleware's pick (Accept-Language) stands
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
