"""SCIM bearer tokens: created by an admin (the secret is shown once), looked up, revoked."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import audit
from cairn.api.tokens import token_hash
from cairn.audit.actions import Action
from cairn.organisations.models import Organisation, Person
from cairn.provisioning.models import ScimToken

TOKEN_START = "cairn_scim_"


@dataclass(frozen=True)
class NewScimToken:
    token: ScimToken
    plaintext: str


def _require_admin(actor: Person, organisation: Organisation) -> None:
    if actor.organisation_id != organisation.pk or not actor.is_admin or not actor.is_active:
        raise PermissionDenied(_("Only admins manage the organisation's SCIM tokens."))


@transaction.atomic
def scim_token_create(*, organisation: Organisation, actor: Person, name: str) -> NewScimToken:
    """Create a SCIM token for the organisation; return it with its plaintext (never stored)."""
    _require_admin(actor, organisation)
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise ValidationError({"name": _("Give the token a name of at most 100 characters.")})
    prefix = secrets.token_hex(6)
    plaintext = f"{TOKEN_START}{prefix}_{secrets.token_urlsafe(32)}"
    token = ScimToken.objects.create(
        organisation=organisation,
        name=name,
        prefix=prefix,
        hash=token_hash(plaintext),
        created_by=actor,
    )
    audit.record(action=Action.SCIM_TOKEN_CREATED, actor=actor, obj=token, object_label=name)
    return NewScimToken(token=token, plaintext=plaintext)


@transaction.atomic
def scim_token_revoke(*, token: ScimToken, actor: Person) -> ScimToken:
    """Revoke the token (an admin of its organisation may); return it."""
    _require_admin(actor, token.organisation)
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit.record(
            action=Action.SCIM_TOKEN_REVOKED, actor=actor, obj=token, object_label=token.name
        )
    return token


def scim_token_find(plaintext: str) -> ScimToken | None:
    """Return the unrevoked token matching the plaintext, with its organisation, or None."""
    if not plaintext.startswith(TOKEN_START):
        return None
    prefix = plaintext[len(TOKEN_START) :].split("_", 1)[0]
    token = (
        ScimToken.objects.select_related("organisation")
        .filter(prefix=prefix, revoked_at__isnull=True)
        .first()
    )
    if token is None or not hmac.compare_digest(token.hash, token_hash(plaintext)):
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ScimToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def scim_tokens_of_organisation(*, organisation: Organisation) -> QuerySet[ScimToken]:
    """Return the organisation's SCIM tokens, active ones first, with their creators."""
    return ScimToken.objects.filter(organisation=organisation).select_related("created_by__user")
