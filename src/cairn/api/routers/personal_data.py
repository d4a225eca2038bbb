"""A person's data as JSON: the person themself, or an admin of their organisation."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router

from cairn.api import selectors
from cairn.api.types import IdParam
from cairn.organisations.personal_data import may_handle_personal_data, personal_data_export

router = Router(tags=["teams and people"])


@router.get("/people/{int:person_id}/data", response=dict[str, Any])
def get_personal_data(request: HttpRequest, person_id: IdParam):
    """Return everything Cairn holds about the person in this organisation (see
    docs/security.md, "Personal data"): account, membership, teams, owned OKRs, check-ins,
    notifications, sessions, tokens (names and dates) and audit events about them."""
    person = request.auth
    subject = selectors.one(selectors.people(person), person_id)
    if not may_handle_personal_data(person, subject):
        raise PermissionDenied(_("Only the person and their organisation's admins see this."))
    return personal_data_export(person=subject, actor=person)
