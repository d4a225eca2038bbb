"""One error format for the whole API: RFC 9457 problem details (application/problem+json)."""

from __future__ import annotations

import json
from http import HTTPStatus

from django.core.exceptions import NON_FIELD_ERRORS, ObjectDoesNotExist, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from cairn.okrs.services.common import StaleVersion

PROBLEM_TYPE = "https://cairn.invalid/problems/"
PARAM_SOURCES = {"body", "query", "path", "header", "cookie", "form", "file"}
PARAM_NAMES = {"payload", "filters", "page"}


class ApiProblem(Exception):
    """An error answered with the given status, detail and headers."""

    def __init__(self, status: int, detail: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


def problem(
    status: int,
    detail: str,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
    extensions: dict[str, object] | None = None,
) -> HttpResponse:
    """Return a problem+json response; `extensions` are members added to the body (RFC 9457)."""
    phrase = HTTPStatus(status).phrase
    body = {
        "type": PROBLEM_TYPE + phrase.lower().replace(" ", "-"),
        "title": phrase,
        "status": status,
        "detail": detail,
        "errors": errors or [],
        **(extensions or {}),
    }
    response = HttpResponse(
        json.dumps(body), status=status, content_type="application/problem+json"
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def _field(loc: list | tuple) -> str:
    """Return a dotted field name from a pydantic error location."""
    parts = [str(p) for p in loc]
    if parts and parts[0] in PARAM_SOURCES:
        parts = parts[1:]
    if parts and parts[0] in PARAM_NAMES:
        parts = parts[1:]
    return ".".join(parts) or "body"


def _ninja_errors(exc: NinjaValidationError) -> list[dict[str, str]]:
    return [{"field": _field(e.get("loc", ())), "message": e.get("msg", "")} for e in exc.errors]


def django_errors(exc: DjangoValidationError) -> list[dict[str, str]]:
    """Return [{field, message}] from a Django ValidationError (a dict names the fields)."""
    if hasattr(exc, "error_dict"):
        return [
            {"field": "" if name == NON_FIELD_ERRORS else name, "message": message}
            for name, messages in exc.message_dict.items()
            for message in messages
        ]
    return [{"field": "", "message": message} for message in exc.messages]


def _on_validation(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    return problem(422, _("The request is not valid."), _ninja_errors(exc))


def _on_django_validation(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    errors = django_errors(exc)
    if isinstance(exc, StaleVersion):
        return problem(409, errors[0]["message"], errors)
    return problem(422, errors[0]["message"] if errors else _("Invalid input."), errors)


def _on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    if isinstance(exc, AuthenticationError):
        return problem(
            401,
            _("Send a valid token: Authorization: Bearer <token>."),
            headers={"WWW-Authenticate": 'Bearer realm="cairn"'},
        )
    return problem(exc.status_code, str(exc.message))


def _on_problem(request: HttpRequest, exc: ApiProblem) -> HttpResponse:
    return problem(exc.status, exc.detail, headers=exc.headers)


def _on_denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return problem(403, str(exc) or _("You do not have permission to do that."))


def _on_not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(404, _("Not found."))


def install(api: NinjaAPI) -> None:
    """Answer every error the API raises in the problem+json format."""
    api.add_exception_handler(NinjaValidationError, _on_validation)
    api.add_exception_handler(DjangoValidationError, _on_django_validation)
    api.add_exception_handler(HttpError, _on_http_error)
    api.add_exception_handler(ApiProblem, _on_problem)
    api.add_exception_handler(PermissionDenied, _on_denied)
    api.add_exception_handler(Http404, _on_not_found)
    api.add_exception_handler(ObjectDoesNotExist, _on_not_found)
