"""Personal API tokens: created (the secret is shown once), looked up, revoked (one or all)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import audit
from cairn.accounts.two_factor import two_factor_enabled, two_factor_required
from cairn.api.models import ApiToken, TokenScope
from cairn.lib.joined import Joined
from cairn.lib.prepared import prepared_cursor
from cairn.organisations.models import Organisation, Person

TOKEN_START = "cairn_"
MAX_EXPIRY_DAYS = 3650


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    plaintext: str


def token_hash(plaintext: str) -> str:
    """Return the SHA-256 hex digest stored for a token."""
    return hashlib.sha256(plaintext.encode()).hexdigest()


def _must_set_up_two_factor(person: Person) -> bool:
    return two_factor_required(person) and not two_factor_enabled(person.user)


@transaction.atomic
def token_create(
    *,
    person: Person,
    name: str,
    scope: str = TokenScope.WRITE,
    expires_days: int | None = None,
    actor: Person | None = None,
) -> NewToken:
    """Create a token for the person, expiring after `expires_days` (None: never); return it
    with its plaintext (never stored)."""
    if actor is not None and actor.pk != person.pk:
        raise PermissionDenied(_("You can only create tokens for yourself."))
    if actor is not None and _must_set_up_two_factor(actor):
        raise PermissionDenied(_("Set up two-factor sign-in first: your organisation requires it."))
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise ValidationError({"name": _("Give the token a name of at most 100 characters.")})
    if scope not in TokenScope.values:
        raise ValidationError({"scope": _("Choose read or write.")})
    if expires_days is not None and not 1 <= expires_days <= MAX_EXPIRY_DAYS:
        message = _("A token expires after 1 to %(max)d days.") % {"max": MAX_EXPIRY_DAYS}
        raise ValidationError({"expires_days": message})
    if not person.is_active:
        raise ValidationError({"person": _("This person is no longer active.")})
    expires_at = None
    if expires_days is not None:
        expires_at = timezone.now() + timedelta(days=expires_days)
    prefix = secrets.token_hex(6)
    plaintext = f"{TOKEN_START}{prefix}_{secrets.token_urlsafe(32)}"
    token = ApiToken.objects.create(
        organisation_id=person.organisation_id,
        person=person,
        name=name,
        prefix=prefix,
        hash=token_hash(plaintext),
        scope=scope,
        expires_at=expires_at,
    )
    audit.record(
        action=audit.Action.TOKEN_CREATED,
        actor=actor,
        organisation=person.organisation_id,
        obj=token,
        details={"scope": scope, "expires_days": expires_days, "owner": person.pk},
    )
    return NewToken(token=token, plaintext=plaintext)


@transaction.atomic
def token_revoke(*, token: ApiToken, actor: Person | None = None) -> ApiToken:
    """Revoke the token (its owner or an admin of its organisation may); return it."""
    if actor is not None:
        own = actor.pk == token.person_id
        admin = actor.is_admin and actor.organisation_id == token.organisation_id
        if not (own or admin):
            raise PermissionDenied(_("You cannot revoke this token."))
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        _audit_revoked(token, actor=actor, reason="revoked")
    return token


def _audit_revoked(token: ApiToken, *, actor: Person | None, reason: str) -> None:
    audit.record(
        action=audit.Action.TOKEN_REVOKED,
        actor=actor,
        organisation=token.organisation_id,
        obj=token,
        details={"owner": token.person_id, "reason": reason},
    )


def token_find(plaintext: str) -> ApiToken | None:
    """Return the active, unexpired token matching the plaintext, with its person, or None."""
    token = token_lookup(plaintext)
    return None if token is None or token.is_expired else token


# The token with its person, the person's organisation and user: what
# `select_related("person__organisation", "person__user")` loads, in a statement written once
# (every API request runs it; compiling the ORM's joins cost more than the query, see
# cairn.lib.joined).
_TOKEN_ROW = Joined(
    [
        (ApiToken, "t", ""),
        (Person, "p", "person"),
        (Organisation, "g", "p.organisation"),
        (get_user_model(), "u", "p.user"),
    ]
)


def _unrevoked_token(prefix: str) -> ApiToken | None:
    """Return the unrevoked token with this prefix (unique), its person, organisation, user."""
    quote = connection.ops.quote_name
    tables = {model: quote(model._meta.db_table) for model, _alias, _rel in _TOKEN_ROW.parts}
    user_model = get_user_model()
    sql = (
        f"SELECT {_TOKEN_ROW.columns()} FROM {tables[ApiToken]} t"
        f" JOIN {tables[Person]} p ON p.id = t.person_id"
        f" JOIN {tables[Organisation]} g ON g.id = p.organisation_id"
        f" JOIN {tables[user_model]} u ON u.id = p.user_id"
        " WHERE t.prefix = %s AND t.revoked_at IS NULL"
    )
    with prepared_cursor() as cursor:
        cursor.execute(sql, [prefix])
        row = cursor.fetchone()
    return None if row is None else _TOKEN_ROW.instances(row)[0]  # type: ignore[return-value]


def token_lookup(plaintext: str) -> ApiToken | None:
    """Return the unrevoked token matching the plaintext (expired or not), or None."""
    if not plaintext.startswith(TOKEN_START):
        return None
    prefix = plaintext[len(TOKEN_START) :].split("_", 1)[0]
    token = _unrevoked_token(prefix)
    if token is None or not hmac.compare_digest(token.hash, token_hash(plaintext)):
        return None
    if not token.person.is_active or token.person.organisation_id != token.organisation_id:
        return None
    return token


def token_touch(token: ApiToken) -> None:
    """Record that the token was used, at most once a minute to spare the database."""
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now


@transaction.atomic
def tokens_revoke_for_user(*, user: AbstractBaseUser) -> int:
    """Revoke every active token of the user, in every organisation; return how many."""
    # Called when the password changes: whoever knew the old password may have made tokens.
    active = ApiToken.objects.filter(person__user_id=user.pk, revoked_at__isnull=True)
    revoked = list(active.select_for_update())
    for token in revoked:
        _audit_revoked(token, actor=None, reason="password changed")
    return active.update(revoked_at=timezone.now())


def tokens_of_organisation(*, organisation: Organisation) -> QuerySet[ApiToken]:
    """Return every token acting in the organisation, with owners, active ones first."""
    return (
        ApiToken.objects.filter(organisation=organisation)
        .select_related("person__user")
        .order_by("revoked_at", "-created_at", "-id")
    )
