"""Invitations (admins): adding a person by email sends one; they join when they accept."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema

from cairn.accounts.models import Invitation
from cairn.api import selectors
from cairn.api.pagination import ListParams, page_schema, paginate

router = Router(tags=["teams and people"])


class InvitationOut(Schema):
    """A pending invitation says nothing about whether the address already has an account."""

    id: int
    email: str
    role: str
    status: Literal["pending", "accepted", "expired"]
    created_at: datetime
    expires_at: datetime

    @staticmethod
    def resolve_status(invitation: Invitation) -> str:
        """Return pending, accepted or expired."""
        if invitation.accepted_at is not None:
            return "accepted"
        return "pending" if invitation.expires_at > timezone.now() else "expired"


InvitationPage = page_schema(InvitationOut, "InvitationPage")


def invitations(request: HttpRequest) -> QuerySet[Invitation]:
    """Return the organisation's invitations; only admins see them."""
    person = request.auth
    if not person.is_admin:
        raise PermissionDenied(_("Only admins invite people."))
    return Invitation.objects.filter(organisation_id=person.organisation_id)


@router.get("/invitations", response=InvitationPage)
def list_invitations(request: HttpRequest, filters: Query[ListParams]):
    """Return a page of the organisation's invitations, oldest first."""
    return paginate(invitations(request), filters)


@router.get("/invitations/{int:invitation_id}", response=InvitationOut)
def get_invitation(request: HttpRequest, invitation_id: int):
    """Return one invitation."""
    return selectors.one(invitations(request), invitation_id)
