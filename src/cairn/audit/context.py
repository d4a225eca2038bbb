"""Where the current request came from, so services record it without being handed the request."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse

from cairn.accounts.signin import client_address


@dataclass(frozen=True)
class Origin:
    address: str | None = None
    user_agent: str = ""


NOWHERE = Origin()
_current: ContextVar[Origin] = ContextVar("cairn_audit_origin", default=NOWHERE)


def origin_of(request: HttpRequest | None) -> Origin:
    """Return the client address and user agent of a request (nothing for None: the CLI)."""
    if request is None:
        return NOWHERE
    from cairn.audit.models import USER_AGENT_LENGTH

    agent = str(request.META.get("HTTP_USER_AGENT", ""))[:USER_AGENT_LENGTH]
    return Origin(address=client_address(request), user_agent=agent)


def current_origin() -> Origin:
    """Return the origin of the request being served (nothing outside a request)."""
    return _current.get()


class AuditOriginMiddleware:
    """Remember the request's address and user agent while it is served."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _current.set(origin_of(request))
        try:
            return self.get_response(request)
        finally:
            _current.reset(token)
