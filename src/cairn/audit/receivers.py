"""Sign-in, sign-out, failures and lock-outs reach the audit log through Django's and axes' signals."""

from __future__ import annotations

from typing import Any

from allauth.mfa.signals import authenticator_added, authenticator_removed
from axes.signals import user_locked_out
from django.contrib.auth import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest

from cairn.accounts.signin import signin_username
from cairn.accounts.two_factor import two_factor_was_reset
from cairn.audit.actions import Action
from cairn.audit.services import audit_record, audit_record_about_email, audit_record_for_user


def _request(request: Any) -> HttpRequest | None:
    return request if isinstance(request, HttpRequest) else None


@receiver(user_logged_in, dispatch_uid="cairn_audit_signed_in")
def _signed_in(sender: object, request: Any, user: Any, **kwargs: object) -> None:
    audit_record_for_user(user=user, action=Action.SIGN_IN, request=_request(request))


@receiver(user_logged_out, dispatch_uid="cairn_audit_signed_out")
def _signed_out(sender: object, request: Any, user: Any, **kwargs: object) -> None:
    if user is not None and user.is_authenticated:
        audit_record_for_user(user=user, action=Action.SIGN_OUT, request=_request(request))


@receiver(user_login_failed, dispatch_uid="cairn_audit_sign_in_failed")
def _sign_in_failed(
    sender: object, credentials: dict, request: Any = None, **kwargs: object
) -> None:
    request = _request(request)
    email = signin_username(request, credentials) if request is not None else None
    if email is None:
        email = credentials.get("username") or credentials.get("email")
    audit_record_about_email(Action.SIGN_IN_FAILED, email, request)


@receiver(user_locked_out, dispatch_uid="cairn_audit_locked_out")
def _locked_out(
    sender: object, request: Any = None, username: str | None = None, **kwargs: object
) -> None:
    audit_record_about_email(Action.SIGN_IN_LOCKED_OUT, username, _request(request))


@receiver(authenticator_added, dispatch_uid="cairn_audit_mfa_added")
def _mfa_added(sender: object, request: Any, user: Any, authenticator: Any, **kwargs: object):
    audit_record_for_user(
        user=user, action=Action.MFA_ENABLED, request=_request(request),
        details={"method": str(authenticator.type)},
    )  # fmt: skip


@receiver(authenticator_removed, dispatch_uid="cairn_audit_mfa_removed")
def _mfa_removed(sender: object, request: Any, user: Any, authenticator: Any, **kwargs: object):
    audit_record_for_user(
        user=user, action=Action.MFA_DISABLED, request=_request(request),
        details={"method": str(authenticator.type)},
    )  # fmt: skip


@receiver(two_factor_was_reset, dispatch_uid="cairn_audit_mfa_reset")
def _mfa_reset(sender: object, person: Any, actor: Any, removed: Any = None, **kwargs: object):
    audit_record(
        action=Action.MFA_DISABLED, actor=actor, obj=person, object_label=person.user.email,
        details={"reset_by_admin": True, "removed": str(removed)[:200]},
    )  # fmt: skip
