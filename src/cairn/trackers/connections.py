"""Creating, re-keying and deleting tracker connections (admins and team leads)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.execution.permissions import can_add_work
from cairn.okrs.models import Initiative
from cairn.okrs.permissions import Access, require
from cairn.okrs.services.common import choice_values, same_organisation, text
from cairn.organisations.models import Person, Team
from cairn.trackers.models import TrackerConnection, TrackerKind
from cairn.trackers.permissions import can_manage_connection, can_manage_trackers


@dataclass
class Keyed:
    """A connection and its secret in plain text: shown to the person once, then never again."""

    connection: TrackerConnection
    secret: str


def _new_secret() -> str:
    return secrets.token_urlsafe(32)


@transaction.atomic
def connection_create(
    *,
    actor: Person,
    kind: str,
    name: str,
    initiative: Initiative | None = None,
    team: Team | None = None,
) -> Keyed:
    """Create a connection acting as `actor`; return it with its secret (shown once)."""
    access = Access(actor)
    require(can_manage_trackers(access), _("Only admins and team leads connect trackers."))
    if kind not in choice_values(TrackerKind):
        raise ValidationError({"kind": _("Use github, gitlab or jira.")})
    name = text("name", name, max_length=100, required=True)
    same_organisation("initiative", initiative, actor.organisation)
    same_organisation("team", team, actor.organisation)
    require(
        can_add_work(access, initiative=initiative, team=team),
        _("You cannot add work to this initiative or team."),
    )
    if TrackerConnection.objects.filter(organisation_id=actor.organisation_id, name=name).exists():
        raise ValidationError({"name": _("Another connection already has this name.")})
    secret = _new_secret()
    connection = TrackerConnection.objects.create(
        organisation_id=actor.organisation_id,
        kind=kind,
        name=name,
        public_id=secrets.token_urlsafe(16),
        secret=secret,
        initiative=initiative,
        team=team,
        actor=actor,
        secret_set_at=timezone.now(),
    )
    return Keyed(connection, secret)


@transaction.atomic
def connection_rotate(*, connection: TrackerConnection, actor: Person) -> Keyed:
    """Give the connection a new secret; it now acts as `actor`. Return it with the secret."""
    require(
        can_manage_connection(Access(actor), connection), _("You cannot change this connection.")
    )
    connection.secret = _new_secret()
    connection.actor = actor
    connection.secret_set_at = timezone.now()
    connection.save(update_fields=["secret", "actor", "secret_set_at"])
    return Keyed(connection, connection.secret)


@transaction.atomic
def connection_delete(*, connection: TrackerConnection, actor: Person) -> None:
    """Delete the connection and its stored events; the work items stay."""
    require(
        can_manage_connection(Access(actor), connection), _("You cannot delete this connection.")
    )
    connection.delete()
