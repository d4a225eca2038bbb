"""SCIM 2.0 plumbing (RFC 7644): errors, request bodies, filters and pagination."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _

CONTENT_TYPE = "application/scim+json"
ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"
LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
MAX_COUNT = 200
DEFAULT_COUNT = 100


class ScimError(Exception):
    """A request SCIM answers with an error body: status, detail and maybe a scimType."""

    def __init__(self, status: int, detail: str, scim_type: str | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.scim_type = status, detail, scim_type


def scim_response(data: dict[str, Any], status: int = 200) -> JsonResponse:
    """Return `data` as application/scim+json."""
    return JsonResponse(data, status=status, content_type=CONTENT_TYPE)


def error_response(error: ScimError) -> JsonResponse:
    """Return the SCIM error body for `error`."""
    body: dict[str, Any] = {"schemas": [ERROR], "status": str(error.status), "detail": error.detail}
    if error.scim_type:
        body["scimType"] = error.scim_type
    response = scim_response(body, status=error.status)
    if error.status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="SCIM"'
    return response


def _has_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def json_body(request: HttpRequest) -> dict[str, Any]:
    """Return the request's JSON object, or raise ScimError 400 invalidSyntax."""
    try:
        data = json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError):
        raise ScimError(400, _("The body is not valid JSON."), "invalidSyntax") from None
    if not isinstance(data, dict):
        raise ScimError(400, _("The body must be a JSON object."), "invalidSyntax")
    if _has_nul(data):
        raise ScimError(400, _("Text may not contain NUL characters."), "invalidValue")
    return data


@dataclass(frozen=True)
class Comparison:
    attribute: str  # lower-cased, e.g. "username", "emails.value"
    value: str | bool | None


_TERM = re.compile(
    r'\s*([A-Za-z][\w.:-]*)\s+eq\s+("(?:[^"\\]|\\.)*"|true|false|null)\s*', re.IGNORECASE
)
_AND = re.compile(r"and\b", re.IGNORECASE)


def parse_filter(text: str, allowed: set[str]) -> list[Comparison]:
    """Return the `attr eq value` terms joined by `and` in a SCIM filter, or raise invalidFilter.

    Identity providers only ask `userName eq "…"`, `externalId eq "…"`, `displayName eq "…"` and
    the like; any other operator is refused rather than silently matching nothing.
    """
    terms: list[Comparison] = []
    position = 0
    while True:
        match = _TERM.match(text, position)
        if match is None:
            raise ScimError(
                400,
                _('Unsupported filter: use attribute eq "value", joined by and.'),
                "invalidFilter",
            )
        attribute = match.group(1).lower()
        if attribute not in allowed:
            message = _("Filtering on %(attribute)s is not supported.") % {
                "attribute": match.group(1)
            }
            raise ScimError(400, message, "invalidFilter")
        terms.append(Comparison(attribute, json.loads(match.group(2))))
        position = match.end()
        if position == len(text):
            return terms
        joiner = _AND.match(text, position)
        if joiner is None:
            raise ScimError(
                400,
                _('Unsupported filter: use attribute eq "value", joined by and.'),
                "invalidFilter",
            )
        position = joiner.end()


def _positive_int(raw: str | None, default: int, name: str) -> int:
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        message = _("%(name)s must be a whole number.") % {"name": name}
        raise ScimError(400, message, "invalidValue") from None
    return value


def page_bounds(request: HttpRequest) -> tuple[int, int]:
    """Return (startIndex, count): 1-based start (below 1 counts as 1), count in 0..MAX_COUNT."""
    start = max(1, min(_positive_int(request.GET.get("startIndex"), 1, "startIndex"), 10**9))
    count = _positive_int(request.GET.get("count"), DEFAULT_COUNT, "count")
    return start, max(0, min(count, MAX_COUNT))


def list_response(resources: list[dict[str, Any]], *, total: int, start: int) -> JsonResponse:
    """Return a SCIM ListResponse page."""
    return scim_response(
        {
            "schemas": [LIST],
            "totalResults": total,
            "startIndex": start,
            "itemsPerPage": len(resources),
            "Resources": resources,
        }
    )


def excluded_attributes(request: HttpRequest) -> set[str]:
    """Return the lower-cased attributes the client asked to leave out (e.g. members)."""
    raw = request.GET.get("excludedAttributes", "")
    return {name.strip().lower() for name in raw.split(",") if name.strip()}


def patch_operations(data: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """Return (op, path, value) of a PatchOp body, op lower-cased and path as sent ("" if none)."""
    operations = data.get("Operations", data.get("operations"))
    if not isinstance(operations, list) or not operations:
        raise ScimError(400, _("Operations must be a non-empty list."), "invalidSyntax")
    result = []
    for operation in operations:
        if not isinstance(operation, dict):
            raise ScimError(400, _("Each operation must be an object."), "invalidSyntax")
        op = str(operation.get("op", "")).lower()
        if op not in {"add", "replace", "remove"}:
            raise ScimError(400, _("op must be add, replace or remove."), "invalidSyntax")
        path = operation.get("path") or ""
        if not isinstance(path, str):
            raise ScimError(400, _("path must be a string."), "invalidPath")
        if op == "remove" and not path:
            raise ScimError(400, _("A remove operation needs a path."), "noTarget")
        result.append((op, path, operation.get("value")))
    return result
