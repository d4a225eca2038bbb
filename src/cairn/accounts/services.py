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

from cairn.accounts.models import Invitation
from cairn.organisations.models import Organisation, Person, Role
from cairn.organisations.services import person_add

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
            "Follow this link to set your password and join (valid for %(days)d days):\n"
            "%(link)s\n"
        )
        % context
    )
    subject = _("Join %(organisation)s on Cairn") % context
    send_mail(subject, body, None, [invitation.email])


@transaction.atomic
def invitation_create(
    *, organisation: Organisation, actor: Person, email: str, role: str = Role.MEMBER
) -> tuple[Invitation, str]:
    """Invite `email` to the organisation and email the link; return it and the raw token."""
    if actor.organisation_id != organisation.pk or actor.role != Role.ADMIN:
        raise PermissionDenied(_("Only admins invite people."))
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError({"email": _("Enter a valid email address.")}) from None
    if role not in Role.values:
        raise ValidationError({"role": _("Choose admin, member or viewer.")})
    if Person.objects.filter(organisation=organisation, user__email=email).exists():
        raise ValidationError({"email": _("This person is already in the organisation.")})
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        organisation=organisation,
        email=email,
        role=role,
        token_hash=token_hash(token),
        invited_by=actor,
        expires_at=timezone.now() + INVITATION_LIFETIME,
    )
    transaction.on_commit(lambda: _send(invitation, token))
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
    """Use the invitation once: create the user (or take the signed-in one) and join; return it."""
    invitation = (
        Invitation.objects.select_for_update()
        .filter(pk=getattr(invitation_for(token), "pk", None), accepted_at__isnull=True)
        .first()
    )
    if invitation is None:
        raise ValidationError(_("This invitation has expired or was already used."))
    existing = get_user_model().objects.filter(email=invitation.email).first()
    if existing is not None:
        if user is None or user.pk != existing.pk:
            raise ValidationError(
                _("Sign in as %(email)s to accept.") % {"email": invitation.email}
            )
    else:
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
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return person
