"""ETag and If-Match for the objects that carry a version, so no update is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from cairn.api.errors import ApiProblem
from cairn.lib.ids import parse_id
from cairn.okrs.services.common import StaleVersion

T = TypeVar("T")


def etag(kind: str, obj: Any) -> str:
    """Return the strong ETag of a versioned object."""
    return f'"{kind}-{obj.pk}-v{obj.version}"'


def set_etag(response: HttpResponse, kind: str, obj: Any) -> None:
    """Put the object's ETag on the response."""
    response["ETag"] = etag(kind, obj)


def if_match_version(request: HttpRequest, kind: str, obj: Any) -> int | None:
    """Return the version named by If-Match, None without one; 412 if it names another object."""
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        return None
    prefix = f'"{kind}-{obj.pk}-v'
    value = header.removeprefix("W/")
    version = parse_id(value[len(prefix) : -1]) if value.endswith('"') else None
    if not value.startswith(prefix) or version is None:
        raise ApiProblem(412, _("If-Match does not name this object's current version."))
    return version


def versioned_update(
    request: HttpRequest, kind: str, obj: Any, body_version: int | None, update: Callable[..., T]
) -> T:
    """Run `update(version=…)`; a stale If-Match gives 412, a stale body version 409."""
    header_version = if_match_version(request, kind, obj)
    try:
        return update(version=header_version if header_version is not None else body_version)
    except StaleVersion:
        if header_version is not None:
            raise ApiProblem(
                412, _("This was changed by someone else; reload and try again.")
            ) from None
        raise
