"""SCIM representations of Cairn's people (Users) and teams (Groups), and the querysets behind."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Prefetch, Q, QuerySet

from cairn.organisations.models import Organisation, Person, Team, TeamMembership
from cairn.provisioning.protocol import Comparison

USER = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
USER_FILTERS = {"username", "externalid", "id", "emails", "emails.value", "active"}
GROUP_FILTERS = {"displayname", "externalid", "id", "members", "members.value"}


def base_url() -> str:
    """Return the absolute URL of the SCIM root, without a trailing slash."""
    return f"{settings.SITE_URL}/scim/v2"


def people(organisation: Organisation) -> QuerySet[Person]:
    """Return the organisation's people SCIM sees (not those it deleted), oldest first."""
    return (
        Person.objects.filter(organisation=organisation)
        .exclude(provisioning__deleted_at__isnull=False)
        .select_related("user", "provisioning")
        .order_by("pk")
    )


def teams(organisation: Organisation) -> QuerySet[Team]:
    """Return the organisation's teams, oldest first, with their members."""
    members = TeamMembership.objects.select_related("person__user").order_by("person_id")
    return (
        Team.objects.filter(organisation=organisation)
        .select_related("provisioning")
        .prefetch_related(Prefetch("memberships", queryset=members))
        .order_by("pk")
    )


def _id_condition(field: str, value: object) -> Q:
    if isinstance(value, str) and value.isdigit() and len(value) < 19:
        return Q(**{field: int(value)})
    return Q(pk__in=[])  # no id looks like this


def user_condition(term: Comparison) -> Q:
    """Return the queryset condition for one `attr eq value` term on Users."""
    value = term.value
    if term.attribute == "active":
        return Q(is_active=value) if isinstance(value, bool) else Q(pk__in=[])
    if term.attribute == "id":
        return _id_condition("pk", value)
    if not isinstance(value, str):
        return Q(pk__in=[])
    if term.attribute == "externalid":
        return Q(provisioning__external_id=value)
    return Q(user__email__iexact=value)  # userName, emails, emails.value


def group_condition(term: Comparison) -> Q:
    """Return the queryset condition for one `attr eq value` term on Groups."""
    value = term.value
    if term.attribute == "id":
        return _id_condition("pk", value)
    if term.attribute in {"members", "members.value"}:
        return _id_condition("memberships__person_id", value)
    if not isinstance(value, str):
        return Q(pk__in=[])
    if term.attribute == "externalid":
        return Q(provisioning__external_id=value)
    return Q(name=value)


def _external_id(obj: Person | Team) -> str:
    link = getattr(obj, "provisioning", None)
    return link.external_id if link is not None else ""


def user_resource(person: Person) -> dict[str, Any]:
    """Return the SCIM User of a person."""
    user = person.user
    location = f"{base_url()}/Users/{person.pk}"
    resource: dict[str, Any] = {
        "schemas": [USER],
        "id": str(person.pk),
        "userName": user.email,
        "name": {
            "givenName": user.first_name,
            "familyName": user.last_name,
            "formatted": user.get_full_name(),
        },
        "displayName": user.display_name,
        "title": person.job_title,
        "emails": [{"value": user.email, "type": "work", "primary": True}],
        "active": person.is_active,
        "roles": [{"value": person.role, "primary": True}],
        "meta": {
            "resourceType": "User",
            "created": person.created_at.isoformat(),
            "location": location,
        },
    }
    if external_id := _external_id(person):
        resource["externalId"] = external_id
    return resource


def group_resource(team: Team, *, with_members: bool = True) -> dict[str, Any]:
    """Return the SCIM Group of a team (members from its prefetched memberships)."""
    resource: dict[str, Any] = {
        "schemas": [GROUP],
        "id": str(team.pk),
        "displayName": team.name,
        "meta": {
            "resourceType": "Group",
            "created": team.created_at.isoformat(),
            "location": f"{base_url()}/Groups/{team.pk}",
        },
    }
    if external_id := _external_id(team):
        resource["externalId"] = external_id
    if with_members:
        resource["members"] = [
            {
                "value": str(membership.person_id),
                "display": membership.person.user.display_name,
                "$ref": f"{base_url()}/Users/{membership.person_id}",
            }
            for membership in team.memberships.all()
        ]
    return resource
