"""A user's browser sessions: recorded at sign-in, seen now and then, listed and revoked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from django.contrib.auth import user_logged_in
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import QuerySet
from django.dispatch import receiver
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone

from cairn import audit
from cairn.accounts.models import UserSession
from cairn.accounts.signin import client_address

SEEN_EVERY = timedelta(minutes=5)
SEEN_KEY = "cairn_seen"  # "<session key>|<timestamp>" of the last write, kept in the session


def session_record(*, request: HttpRequest, user: AbstractBaseUser) -> UserSession | None:
    """Create or refresh the row of the request's session; return it (None without a session)."""
    key = request.session.session_key
    if key is None or not user.is_authenticated:
        return None
    now = timezone.now()
    row, _created = UserSession.objects.update_or_create(
        session_id=key,
        defaults={
            "user_id": user.pk,
            "last_seen_at": now,
            "user_agent": request.META.get("HTTP_USER_AGENT", "")[:300],
            "address": client_address(request),
        },
    )
    request.session[SEEN_KEY] = f"{key}|{now.timestamp()}"
    return row


def _seen_recently(request: HttpRequest) -> bool:
    key, _bar, stamp = str(request.session.get(SEEN_KEY, "")).partition("|")
    if key != request.session.session_key:  # a new key (sign-in, password change): record it
        return False
    try:
        return timezone.now().timestamp() - float(stamp) < SEEN_EVERY.total_seconds()
    except ValueError:
        return False


@receiver(user_logged_in, dispatch_uid="cairn_session_record")
def _on_login(
    sender: object, request: HttpRequest | None, user: AbstractBaseUser, **kwargs: object
) -> None:
    # The test client's force_login() sends a bare request without `user`: use the signal's.
    if request is not None and hasattr(request, "session"):
        session_record(request=request, user=user)


class SessionSeenMiddleware:
    """Record the session's last use, at most once every few minutes (not a write per request)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not _seen_recently(request):
            session_record(request=request, user=user)
        return self.get_response(request)


def sessions_of_user(*, user: AbstractBaseUser) -> QuerySet[UserSession]:
    """Return the user's unexpired sessions, most recently seen first."""
    return UserSession.objects.filter(user_id=user.pk, session__expire_date__gt=timezone.now())


@transaction.atomic
def session_revoke(*, user: AbstractBaseUser, pk: int) -> None:
    """End one of the user's sessions (its next request is signed out); 404 if not theirs."""
    row = UserSession.objects.filter(user_id=user.pk, pk=pk).first()
    if row is None:
        raise Http404
    _audit_revoked(user, [row])
    Session.objects.filter(session_key=row.session_id).delete()  # cascades to the row


@transaction.atomic
def sessions_revoke_others(*, user: AbstractBaseUser, keep: str | None) -> int:
    """End every session of the user but the one with key `keep`; return how many."""
    rows = list(UserSession.objects.filter(user_id=user.pk).exclude(session_id=keep))
    keys = [row.session_id for row in rows]
    _audit_revoked(user, rows)
    Session.objects.filter(session_key__in=keys).delete()  # cascades to the rows
    return len(keys)


def _audit_revoked(user: AbstractBaseUser, rows: list[UserSession]) -> None:
    """Record each ended session (its address and browser in the details)."""
    from cairn.audit.services import audit_record_for_user

    for row in rows:
        details = {"session_address": row.address, "session_user_agent": row.user_agent[:120]}
        audit_record_for_user(user=user, action=audit.Action.SESSION_REVOKED, details=details)


def _signed_in_by_sso(row: UserSession) -> bool:
    """Return True when allauth recorded a single sign-on ("socialaccount") for the session."""
    from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY

    try:
        data = row.session.get_decoded()
    except Exception:  # noqa: BLE001 - an unreadable session is not an SSO session
        return False
    methods = data.get(AUTHENTICATION_METHODS_SESSION_KEY) or []
    return any(isinstance(m, dict) and m.get("method") == "socialaccount" for m in methods)


@transaction.atomic
def sessions_end_password_based(*, user_ids: list[int]) -> int:
    """End the open sessions of these users that did not come from single sign-on (a password
    sign-in, perhaps with a second factor); return how many ended. Each is audited."""
    rows = list(
        UserSession.objects.filter(user_id__in=user_ids, session__expire_date__gt=timezone.now())
        .select_related("session", "user")
        .order_by("pk")
    )
    ended = [row for row in rows if not _signed_in_by_sso(row)]
    for row in ended:
        _audit_revoked(row.user, [row])
    Session.objects.filter(session_key__in=[row.session_id for row in ended]).delete()
    return len(ended)
