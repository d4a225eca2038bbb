"""Two-factor sign-in: who must use it (per organisation), and an admin resetting a person's.

The second factors themselves (authenticator app, recovery codes, security keys) are
django-allauth's `mfa` app; see docs/security.md.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from allauth.mfa.models import Authenticator
from django.contrib.admin.models import CHANGE, LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.dispatch import Signal
from django.utils.translation import gettext as _

from cairn.accounts.signin import loggable
from cairn.organisations.models import Organisation, Person, Role, TwoFactorPolicy

security_log = logging.getLogger("cairn.security")

# Sent after an admin removed a person's second factors: sender=Person, person, actor, removed.
two_factor_was_reset = Signal()

SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


def two_factor_enabled(user) -> bool:
    """Return True when the user signs in with an authenticator app or a security key."""
    return Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTORS).exists()


def two_factor_required(person: Person) -> bool:
    """Return True when the person's organisation requires a second factor for their role."""
    policy = person.organisation.two_factor_required
    if policy == TwoFactorPolicy.EVERYONE:
        return True
    return policy == TwoFactorPolicy.ADMINS and person.role == Role.ADMIN


def two_factor_required_for_any(people: Iterable[Person]) -> bool:
    """Return True when any of a user's memberships requires a second factor."""
    return any(person.is_active and two_factor_required(person) for person in people)


@transaction.atomic
def two_factor_policy_update(
    *, organisation: Organisation, actor: Person | None, policy: str
) -> Organisation:
    """Set who must use two-factor sign-in (admins only), recorded in the admin history."""
    if actor is not None and (actor.organisation_id != organisation.pk or not actor.is_admin):
        raise PermissionDenied(_("Only admins change the organisation's sign-in rules."))
    if policy not in TwoFactorPolicy.values:
        raise ValidationError({"two_factor_required": _("Choose nobody, admins or everyone.")})
    old = organisation.two_factor_required
    if policy == old:
        return organisation
    organisation.two_factor_required = policy
    organisation.save(update_fields=["two_factor_required"])
    if actor is not None:
        message = _("Two-factor sign-in required for: %(old)s → %(new)s") % {
            "old": TwoFactorPolicy(old).label,
            "new": TwoFactorPolicy(policy).label,
        }
        LogEntry.objects.log_actions(
            actor.user_id, [organisation], CHANGE, message, single_object=True
        )
    return organisation


@transaction.atomic
def two_factor_reset(*, person: Person, actor: Person) -> int:
    """Remove every second factor and recovery code of a person (an admin of their
    organisation, for someone who lost their phone); return how many were removed.

    The person signs in with their password alone until they set one up again — at once, if
    their organisation requires it. Recorded in the admin history and the security log.
    """
    if actor.organisation_id != person.organisation_id or not actor.is_admin:
        raise PermissionDenied(_("Only admins of the organisation reset two-factor sign-in."))
    if actor.user_id == person.user_id:
        raise PermissionDenied(_("Remove your own authenticators in your two-factor settings."))
    authenticators = Authenticator.objects.filter(user_id=person.user_id)
    removed = [str(Authenticator.Type(a.type).label) for a in authenticators]
    if not removed:
        return 0
    authenticators.delete()
    message = _("Two-factor sign-in reset in %(org)s (removed: %(what)s)") % {
        "org": person.organisation.name,
        "what": ", ".join(sorted(removed)),
    }
    LogEntry.objects.log_actions(actor.user_id, [person.user], CHANGE, message, single_object=True)
    security_log.warning(
        "two-factor reset for %s by %s",
        loggable(person.user.email),
        loggable(actor.user.email),
    )
    two_factor_was_reset.send(sender=Person, person=person, actor=actor, removed=removed)
    return len(removed)
