"""View decorators: a signed-in person in an organisation is required for every page."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _


def person_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Require sign-in and a membership; people without one see a friendly page."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if getattr(request, "person", None) is None:
            return render(request, "web/no_organisation.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper


def writer_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Require a person who may write (not a viewer); viewers get 403."""

    @person_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if request.person.is_viewer:
            raise PermissionDenied(_("Viewers can read but not change OKRs."))
        return view(request, *args, **kwargs)

    return wrapper
