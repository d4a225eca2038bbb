"""Invitations: an admin invites by email; the emailed link lets the invitee join once."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import audit
from cairn.accounts.languages import supported as supported_languages
from cairn.accounts.models import Invitation
from cairn.okrs.permissions import require
from cairn.organisations.models import Organisation, Person, Role, Team
from cairn.organisations.services import manager_loops, person_add, team_member_set

INVITATION_LIFETIME = timedelta(days=7)


def token_hash(token: str) -> str:
    """Return the stored form of an invitation token."""
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_link(token: str) -> str:
    """Return the absolute link an invitee follows."""
    return settings.SITE_URL + reverse("invitation_accept", args=[token])


def _send(invitation: Invitation, token: str) -> None:
    inviter = invitation.invited_by.name if invitation.invited_by else "Cairn"
    context = {
        "inviter": inviter,
        "organisation": invitation.organisation.name,
        "link": invitation_link(token),
        "days": INVITATION_LIFETIME.days,
    }
    body = (
        _(
            "%(inviter)s invited you to %(organisation)s on Cairn.\n\n"
            "Follow this link to join (valid for %(days)d days). If you already use Cairn, "
            "sign in as yourself and accept; otherwise choose a password there:\n"
            "%(link)s\n"
        )
        % context
    )
    subject = _("Join %(organisation)s on Cairn") % context
    send_mail(subject, body, None, [invitation.email])


def _valid_email(email: str, field: str) -> str:
    """Return the address lower-cased; raise ValidationError on `field` when it is not one."""
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError({field: _("Enter a valid email address.")}) from None
    return email


def _check_invitation(organisation: Organisation, email: str, role: str, team: Team | None) -> None:
    """Raise ValidationError when the invitation cannot be made."""
    if role not in Role.values:
        raise ValidationError({"role": _("Choose admin, member or viewer.")})
    if team is not None and team.organisation_id != organisation.pk:
        raise ValidationError({"team": _("Not found in this organisation.")})
    if Person.objects.filter(organisation=organisation, user__email=email).exists():
        raise ValidationError({"email": _("This person is already in the organisation.")})


@transaction.atomic
def invitation_create(
    *,
    organisation: Organisation,
    actor: Person,
    email: str,
    role: str = Role.MEMBER,
    first_name: str = "",
    last_name: str = "",
    manager_email: str = "",
    team: Team | None = None,
) -> tuple[Invitation, str]:
    """Invite `email` to the organisation and email the link; return it and the raw token.

    Whether the address already has an account is never looked at: the admin's answer is the
    same either way, and an existing account joins only when its owner accepts.
    """
    if actor.organisation_id != organisation.pk or actor.role != Role.ADMIN:
        raise PermissionDenied(_("Only admins invite people."))
    email = _valid_email(email, "email")
    manager_email = _valid_email(manager_email, "manager") if manager_email else ""
    _check_invitation(organisation, email, role, team)
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        organisation=organisation,
        email=email,
        role=role,
        first_name=first_name.strip()[:150],
        last_name=last_name.strip()[:150],
        manager_email=manager_email,
        team=team,
        token_hash=token_hash(token),
        invited_by=actor,
        expires_at=timezone.now() + INVITATION_LIFETIME,
    )
    transaction.on_commit(lambda: _send(invitation, token))
    audit.record(
        action=audit.Action.INVITATION_SENT,
        actor=actor,
        object_type="invitation",
        object_id=invitation.pk,
        object_label=email,
        details={"role": role, "team": team.pk if team else None},
    )
    return invitation, token


def invitation_for(token: str) -> Invitation | None:
    """Return the open (unused, unexpired) invitation for a raw token, or None."""
    return (
        Invitation.objects.select_related("organisation")
        .filter(
            token_hash=token_hash(token),
            accepted_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .first()
    )


@transaction.atomic
def invitation_accept(
    *,
    token: str,
    password: str = "",
    first_name: str = "",
    last_name: str = "",
    user: object = None,
) -> Person:
    """Use the invitation once: create the user (or take the signed-in one) and join; return it.

    An address that already has an account joins only when that account (`user`) accepts.
    """
    invitation = (
        Invitation.objects.select_for_update()
        .filter(pk=getattr(invitation_for(token), "pk", None), accepted_at__isnull=True)
        .first()
    )
    if invitation is None:
        raise ValidationError(_("This invitation has expired or was already used."))
    existing = get_user_model().objects.filter(email=invitation.email).first()
    if existing is not None:
        if user is None or getattr(user, "pk", None) != existing.pk:
            raise ValidationError(
                _("Sign in as %(email)s to accept.") % {"email": invitation.email}
            )
    else:
        if not (first_name.strip() or last_name.strip()):
            first_name, last_name = invitation.first_name, invitation.last_name
        probe = get_user_model()(email=invitation.email, first_name=first_name)
        try:
            validate_password(password, probe)
        except ValidationError as exc:
            raise ValidationError({"password": exc.messages}) from None
    person = person_add(
        organisation=invitation.organisation,
        actor=None,
        email=invitation.email,
        first_name=first_name,
        last_name=last_name,
        role=invitation.role,
        password=None if existing else password,
    )
    _place(person, invitation)
    _close(invitation)
    audit.record(
        action=audit.Action.INVITATION_ACCEPTED,
        actor=person,
        obj=person,
        details={"invitation": invitation.pk, "role": invitation.role},
    )
    return person


def _close(invitation: Invitation) -> None:
    """Mark the invitation used; other open invitations of the same address are void now."""
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    Invitation.objects.filter(
        organisation_id=invitation.organisation_id,
        email=invitation.email,
        accepted_at__isnull=True,
    ).delete()


def _place(person: Person, invitation: Invitation) -> None:
    """Put the newcomer in the invitation's team and under its manager, and under them the
    people who joined earlier naming them as their manager."""
    organisation = invitation.organisation
    if invitation.team is not None and invitation.team.organisation_id == organisation.pk:
        team_member_set(team=invitation.team, person=person, actor=None)
    if invitation.manager_email:
        manager = Person.objects.filter(
            organisation=organisation, user__email=invitation.manager_email
        ).first()
        _set_manager(person, manager)
    named_them = Invitation.objects.filter(
        organisation=organisation, manager_email=invitation.email, accepted_at__isnull=False
    ).values("email")
    waiting = Person.objects.filter(
        organisation=organisation, manager__isnull=True, user__email__in=named_them
    )
    for report in waiting.exclude(pk=person.pk):
        _set_manager(report, person)


def _set_manager(person: Person, manager: Person | None) -> None:
    """Give the person this manager unless there is none or it would close a loop."""
    if manager is None or manager.pk == person.pk or manager_loops(person, manager):
        return
    person.manager = manager
    person.save(update_fields=["manager"])


def _check_language(language: str) -> str:
    language = (language or "").strip()
    if language and language not in supported_languages():
        raise ValidationError({"language": _("Choose one of the languages offered.")})
    return language


@transaction.atomic
def user_language_update(*, actor: Person, language: str) -> None:
    """Store the language the actor reads Cairn in ("" follows the organisation's default)."""
    actor.user.language = _check_language(language)
    actor.user.save(update_fields=["language"])


@transaction.atomic
def organisation_language_update(*, actor: Person, language: str) -> Organisation:
    """Store the organisation's default language (admins only; "" follows each browser)."""
    require(actor.is_admin, _("Only admins change the organisation's language."))
    organisation = actor.organisation
    organisation.language = _check_language(language)
    organisation.save(update_fields=["language"])
    return organisation
