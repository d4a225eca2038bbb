"""Keep the API's one error format for the 405 that Django Ninja answers itself."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from cairn.api import errors

API_PREFIX = "/api/"


class MethodNotAllowedProblemMiddleware:
    """Turn an API 405 (plain text from Ninja) into problem+json, keeping its Allow header."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 405 or not request.path.startswith(API_PREFIX):
            return response
        # Ninja builds Allow from a set: sort it so clients and caches see one stable value.
        allowed = ", ".join(sorted(m.strip() for m in response.get("Allow", "").split(",") if m))
        detail = _("%(method)s is not allowed here; allowed: %(allowed)s.") % {
            "method": request.method,
            "allowed": allowed or _("none"),
        }
        return errors.problem(405, detail, headers={"Allow": allowed} if allowed else None)
