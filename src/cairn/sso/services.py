"""Writes and look-ups of single sign-on: the organisation's connection, JIT people, passwords."""

from __future__ import annotations

import re
from dataclasses import dataclass

from allauth.socialaccount.models import SocialApp
from django.conf import settings as django_settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from cairn import audit
from cairn.audit.actions import Action
from cairn.lib import outbound
from cairn.organisations.models import Organisation, Person, Role, Team, TeamMembership
from cairn.sso.models import Protocol, SsoConnection
from cairn.sso.saml import idp_settings

_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$")


@dataclass(frozen=True)
class ConnectionInput:
    """What an admin enters on the SSO settings page."""

    protocol: str
    enabled: bool = True
    server_url: str = ""  # OIDC issuer
    client_id: str = ""
    client_secret: str = ""  # blank: keep the stored one
    metadata_url: str = ""  # SAML
    metadata_xml: str = ""
    idp_entity_id: str = ""
    idp_initiated: bool = False  # SAML: accept sign-ins started at the identity provider
    allowed_domains: str = ""
    default_team: Team | None = None
    default_role: str = Role.MEMBER
    required: bool = False
    break_glass: Person | None = None


def app_key(organisation: Organisation) -> str:
    """Return the id of the organisation's provider in allauth's URLs (stable across renames)."""
    return f"cairn-{organisation.pk}"


def _require_admin(actor: Person, organisation: Organisation) -> None:
    if actor.organisation_id != organisation.pk or not actor.is_admin or not actor.is_active:
        raise PermissionDenied(_("Only admins configure single sign-on."))


def _clean_domains(raw: str) -> str:
    domains = [d for d in raw.replace(",", " ").lower().split() if d]
    bad = [d for d in domains if not _DOMAIN.match(d)]
    if bad:
        message = _("Not an email domain: %(domain)s.") % {"domain": bad[0][:80]}
        raise ValidationError({"allowed_domains": message})
    return " ".join(dict.fromkeys(domains))


def _check(organisation: Organisation, data: ConnectionInput) -> None:
    errors: dict[str, str] = {}
    if data.protocol not in Protocol.values:
        errors["protocol"] = _("Choose OpenID Connect or SAML 2.0.")
    if data.default_role not in Role.values:
        errors["default_role"] = _("Choose admin, member or viewer.")
    if data.default_team is not None and data.default_team.organisation_id != organisation.pk:
        errors["default_team"] = _("Not found in this organisation.")
    glass = data.break_glass
    if glass is not None and (glass.organisation_id != organisation.pk or not glass.is_admin):
        errors["break_glass"] = _("Choose an admin of this organisation.")
    if data.required and data.break_glass is None:
        errors["break_glass"] = _(
            "When SSO is required, choose an admin who may still sign in with a password "
            "(in case the identity provider is down)."
        )
    if errors:
        raise ValidationError(errors)


def _oidc_settings(data: ConnectionInput, app: SocialApp | None) -> tuple[dict, str]:
    errors: dict[str, str] = {}
    try:
        outbound.address_check(data.server_url)
    except outbound.OutboundRefused as error:
        errors["server_url"] = _("This issuer URL cannot be used: %(reason)s.") % {"reason": error}
    if not data.client_id.strip():
        errors["client_id"] = _("This field is required.")
    secret = data.client_secret.strip() or (app.secret if app is not None else "")
    if not secret:
        errors["client_secret"] = _("This field is required.")
    if errors:
        raise ValidationError(errors)
    settings = {"server_url": data.server_url.strip(), "oauth_pkce_enabled": True}
    return settings, secret


@transaction.atomic
def sso_connection_save(
    *, organisation: Organisation, actor: Person, data: ConnectionInput
) -> SsoConnection:
    """Create or update the organisation's identity provider and rules; return the connection."""
    _require_admin(actor, organisation)
    domains = _clean_domains(data.allowed_domains)
    _check(organisation, data)
    connection = SsoConnection.objects.filter(organisation=organisation).first()
    app = connection.app if connection is not None else None
    if data.protocol == Protocol.OIDC:
        settings, secret = _oidc_settings(data, app)
        provider, client_id = "openid_connect", data.client_id.strip()
    else:
        # The SP entity ID follows CAIRN_SITE_URL, not each request's host and scheme.
        metadata_url = reverse("saml_metadata", kwargs={"organization_slug": app_key(organisation)})
        settings = {
            "idp": idp_settings(data),
            "sp": {"entity_id": f"{django_settings.SITE_URL}{metadata_url}"},
            # allauth refuses a response that answers no request of ours unless told otherwise.
            "advanced": {"reject_idp_initiated_sso": not data.idp_initiated},
        }
        provider, client_id, secret = "saml", app_key(organisation), ""
    if app is None:
        app = SocialApp(provider_id=app_key(organisation))
    app.provider, app.client_id, app.secret, app.settings = provider, client_id, secret, settings
    app.name = organisation.name[:40]
    app.save()
    connection = connection or SsoConnection(organisation=organisation, app=app)
    connection.protocol = data.protocol
    connection.enabled = data.enabled
    connection.allowed_domains = domains
    connection.default_team = data.default_team
    connection.default_role = data.default_role
    connection.required = data.required
    connection.break_glass = data.break_glass
    connection.save()
    ended = _password_sessions_end(connection) if data.required and data.enabled else 0
    audit.record(
        action=Action.SSO_SETTINGS_CHANGED, actor=actor, obj=connection,
        object_label=f"{data.protocol} single sign-on",
        details={"enabled": data.enabled, "required": data.required, "domains": domains,
                 "idp_initiated": data.idp_initiated and data.protocol == Protocol.SAML,
                 "password_sessions_ended": ended},
    )  # fmt: skip
    return connection


def _password_sessions_end(connection: SsoConnection) -> int:
    """End the open password sessions of the organisation's people (not the break-glass
    admin's): "SSO required" applies to who is signed in already, not only to the next
    sign-in. Sessions that came from single sign-on stay. Return how many ended."""
    from cairn.accounts.sessions import sessions_end_password_based

    people = Person.objects.filter(organisation=connection.organisation, is_active=True)
    if connection.break_glass is not None:
        people = people.exclude(user_id=connection.break_glass.user_id)
    return sessions_end_password_based(user_ids=list(people.values_list("user_id", flat=True)))


@transaction.atomic
def sso_connection_delete(*, organisation: Organisation, actor: Person) -> None:
    """Remove the organisation's identity provider (people keep their accounts)."""
    _require_admin(actor, organisation)
    connection = SsoConnection.objects.filter(organisation=organisation).first()
    if connection is not None:
        app = connection.app
        connection.delete()
        app.delete()
        audit.record(
            action=Action.SSO_SETTINGS_CHANGED, actor=actor, object_type="sso connection",
            object_label="single sign-on removed",
        )  # fmt: skip


def sso_connection_for_app(app: SocialApp) -> SsoConnection | None:
    """Return the enabled connection behind allauth's app, with its organisation, or None."""
    if app is None or app.pk is None:
        return None
    return (
        SsoConnection.objects.select_related("organisation", "default_team")
        .filter(app_id=app.pk, enabled=True)
        .first()
    )


def sso_connection_find(text: str) -> SsoConnection | None:
    """Return the enabled connection for an email address (its domain) or organisation slug."""
    text = text.strip().lower()
    connections = SsoConnection.objects.select_related("organisation", "app").filter(enabled=True)
    if "@" in text:
        domain = text.rpartition("@")[2]
        matches = [
            c for c in connections.filter(allowed_domains__icontains=domain) if c.allows(text)
        ]
        return matches[0] if len(matches) == 1 else None
    return connections.filter(organisation__slug=text).first()


def password_refused(user: AbstractBaseUser) -> bool:
    """Return True when one of the user's organisations requires SSO (and they are not its
    break-glass admin): their password no longer signs them in."""
    people = Person.objects.filter(user_id=user.pk, is_active=True)
    required = SsoConnection.objects.filter(
        organisation__people__in=people, required=True, enabled=True
    ).exclude(
        break_glass__user_id=user.pk, break_glass__role=Role.ADMIN, break_glass__is_active=True
    )
    return required.exists()


@transaction.atomic
def sso_person_create(*, connection: SsoConnection, user: AbstractBaseUser) -> Person:
    """Make a user created at their first SSO sign-in a person of the organisation (JIT)."""
    person = Person.objects.create(
        organisation=connection.organisation, user=user, role=connection.default_role
    )
    if connection.default_team is not None:
        TeamMembership.objects.create(team=connection.default_team, person=person)
    return person
