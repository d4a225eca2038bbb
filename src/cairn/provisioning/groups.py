"""SCIM Groups → Cairn teams: create, rename, set and patch members, delete an emptied team."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cairn.organisations.models import Organisation, Team, TeamMembership
from cairn.organisations.services import team_create, team_delete, team_update
from cairn.provisioning.models import ProvisionedTeam
from cairn.provisioning.protocol import ScimError
from cairn.provisioning.resources import people

_MEMBER_PATH = re.compile(r'^members\[\s*value\s+eq\s+"([^"]*)"\s*\]$', re.IGNORECASE)


@dataclass(frozen=True)
class GroupChange:
    """What a SCIM request changes on a team; None means "not mentioned"."""

    display_name: str | None = None
    external_id: str | None = None
    members: frozenset[str] | None = None  # replace the members with exactly these ids
    add: frozenset[str] = frozenset()
    remove: frozenset[str] = frozenset()
    remove_all: bool = False


def _text(name: str, value: object, limit: int) -> str:
    if not isinstance(value, str):
        raise ScimError(400, _("%(name)s must be a string.") % {"name": name}, "invalidValue")
    if len(value.strip()) > limit:
        message = _("%(name)s is longer than %(max)d characters.") % {"name": name, "max": limit}
        raise ScimError(400, message, "invalidValue")
    return value.strip()


def _member_ids(value: object) -> frozenset[str]:
    items = value if isinstance(value, list) else [value]
    ids = set()
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("value"), str | int):
            raise ScimError(400, _('members must be a list of {"value": id}.'), "invalidValue")
        ids.add(str(item["value"]))
    return frozenset(ids)


def _attribute(change: GroupChange, op: str, key: str, value: Any) -> GroupChange:
    key = key.lower()
    if key == "displayname":
        return replace(change, display_name=_text("displayName", value, 200))
    if key == "externalid":
        return replace(change, external_id=_text("externalId", value or "", 255))
    if key == "members":
        ids = _member_ids(value)
        if op == "add":
            return replace(change, add=change.add | ids, remove=change.remove - ids)
        return replace(change, members=ids, add=frozenset(), remove=frozenset())
    return change  # "id", "meta" and attributes Cairn does not keep


def change_from_resource(data: dict[str, Any]) -> GroupChange:
    """Return the change a full Group asks for (POST, PUT)."""
    change = GroupChange()
    for key in ("displayName", "externalId", "members"):
        if data.get(key) is not None:
            change = _attribute(change, "replace", key, data[key])
    return change


def change_from_patch(operations: list[tuple[str, str, Any]]) -> GroupChange:
    """Return the change of PATCH operations as Okta and Entra ID send them."""
    change = GroupChange()
    for op, path, value in operations:
        if not path:
            if not isinstance(value, dict):
                raise ScimError(
                    400, _("An operation without path needs an object value."), "invalidValue"
                )
            for key, item in value.items():
                change = _attribute(change, op, key, item)
        elif op == "remove":
            change = _removal(change, path, value)
        else:
            change = _attribute(change, op, path, value)
    return change


def _removal(change: GroupChange, path: str, value: Any) -> GroupChange:
    match = _MEMBER_PATH.match(path.strip())
    if match:  # Okta: members[value eq "42"]
        ids = frozenset({match.group(1)})
    elif path.lower() == "members" and value is None:
        return replace(change, members=frozenset(), remove_all=True, add=frozenset())
    elif path.lower() == "members":  # Entra ID: path members, value [{"value": "42"}]
        ids = _member_ids(value)
    elif path.lower() == "externalid":
        return replace(change, external_id="")
    else:
        raise ScimError(400, _("%(path)s cannot be removed.") % {"path": path}, "invalidPath")
    return replace(change, remove=change.remove | ids, add=change.add - ids)


def _people_ids(organisation: Organisation, ids: frozenset[str]) -> set[int]:
    """Return the person ids, or raise 400 naming the first id not in the organisation."""
    numeric = {int(i) for i in ids if i.isdigit() and len(i) < 19}
    found = set(people(organisation).filter(pk__in=numeric).values_list("pk", flat=True))
    missing = sorted(ids - {str(i) for i in found})
    if missing:
        message = _("No user with id %(id)s in this organisation.") % {"id": missing[0][:40]}
        raise ScimError(400, message, "invalidValue")
    return found


def _apply_members(team: Team, change: GroupChange) -> None:
    current = set(team.memberships.values_list("person_id", flat=True))
    if change.members is not None:
        wanted = _people_ids(team.organisation, change.members)
    else:
        wanted = current | _people_ids(team.organisation, change.add)
        wanted -= {int(i) for i in change.remove if i.isdigit() and len(i) < 19}
    TeamMembership.objects.filter(team=team, person_id__in=current - wanted).delete()
    TeamMembership.objects.bulk_create(
        [TeamMembership(team=team, person_id=pk) for pk in sorted(wanted - current)]
    )


def _name_taken(organisation: Organisation, name: str, team: Team | None = None) -> bool:
    others = Team.objects.filter(organisation=organisation, name__iexact=name)
    return (others.exclude(pk=team.pk) if team else others).exists()


@transaction.atomic
def scim_team_create(*, organisation: Organisation, change: GroupChange) -> Team:
    """Create a team at the top of the tree with the given members; return it."""
    if not change.display_name:
        raise ScimError(400, _("displayName is required."), "invalidValue")
    if _name_taken(organisation, change.display_name):
        raise ScimError(409, _("A group with this displayName already exists."), "uniqueness")
    team = team_create(organisation=organisation, actor=None, name=change.display_name)
    ProvisionedTeam.objects.create(team=team, external_id=change.external_id or "")
    _apply_members(team, change)
    return team


@transaction.atomic
def scim_team_update(*, team: Team, change: GroupChange) -> Team:
    """Rename the team, set its externalId and change its members; return it."""
    name = change.display_name
    if name is not None and name != team.name:
        if _name_taken(team.organisation, name, team):
            raise ScimError(409, _("A group with this displayName already exists."), "uniqueness")
        try:
            team_update(team=team, actor=None, name=name, parent=team.parent)
        except ValidationError as error:
            raise ScimError(400, " ".join(error.messages), "invalidValue") from None
    if change.external_id is not None:
        ProvisionedTeam.objects.update_or_create(
            team=team, defaults={"external_id": change.external_id}
        )
    _apply_members(team, change)
    return team


@transaction.atomic
def scim_team_delete(*, team: Team) -> None:
    """Delete the team after removing its members; a team with objectives or sub-teams stays."""
    team = Team.objects.select_related("organisation").get(pk=team.pk)  # no prefetched members
    TeamMembership.objects.filter(team=team).delete()
    try:
        team_delete(team=team, actor=None)
    except ValidationError as error:
        raise ScimError(400, " ".join(error.messages), "mutability") from None
