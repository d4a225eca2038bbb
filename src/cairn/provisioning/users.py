"""SCIM Users → Cairn people: create without an invitation, update, deactivate (offboarding)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import audit
from cairn.audit.actions import Action
from cairn.organisations.models import Organisation, Person, Role
from cairn.organisations.offboarding import person_deactivate, person_reactivate
from cairn.organisations.services import person_add, person_update
from cairn.provisioning.models import ProvisionedPerson
from cairn.provisioning.protocol import ScimError

LIMITS = {"user_name": 254, "given_name": 150, "family_name": 150, "external_id": 255, "title": 120}


@dataclass(frozen=True)
class UserFields:
    """What a SCIM request says about a person; None means "not mentioned"."""

    user_name: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    external_id: str | None = None
    title: str | None = None
    active: bool | None = None
    role: str | None = None


def _text(name: str, value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ScimError(400, _("%(name)s must be a string.") % {"name": name}, "invalidValue")
    value = value.strip()
    if len(value) > LIMITS[name]:
        message = _("%(name)s is longer than %(max)d characters.") % {
            "name": name,
            "max": LIMITS[name],
        }
        raise ScimError(400, message, "invalidValue")
    return value


def _boolean(value: object) -> bool:
    # Entra ID sends "True"/"False" as strings in PATCH operations.
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in {"true", "false"}:
        return value.lower() == "true"
    raise ScimError(400, _("active must be true or false."), "invalidValue")


def _role(value: object) -> str | None:
    items = value if isinstance(value, list) else [value]
    if not items:
        return None  # Entra ID sends "roles": [] when no role is mapped
    chosen = next((i for i in items if isinstance(i, dict) and i.get("primary")), None)
    chosen = chosen or (items[0] if items else None)
    role = chosen.get("value") if isinstance(chosen, dict) else chosen
    if role not in Role.values:
        raise ScimError(400, _("roles must be admin, member or viewer."), "invalidValue")
    return str(role)


def _with(current: UserFields, path: str, value: Any) -> UserFields:
    """Return `current` with the attribute at `path` set; unsupported attributes are ignored."""
    key = path.lower()
    if key == "name":
        if not isinstance(value, dict):
            raise ScimError(400, _("name must be an object."), "invalidValue")
        for sub, sub_value in value.items():
            current = _with(current, f"name.{sub}", sub_value)
        return current
    simple = {
        "username": "user_name",
        "name.givenname": "given_name",
        "name.familyname": "family_name",
        "externalid": "external_id",
        "title": "title",
    }
    if key in simple:
        return replace(current, **{simple[key]: _text(simple[key], value)})
    if key == "active":
        return replace(current, active=_boolean(value))
    if key == "roles":
        return replace(current, role=_role(value))
    return current  # e.g. phoneNumbers, addresses, the enterprise extension: not kept by Cairn


def fields_from_resource(data: dict[str, Any]) -> UserFields:
    """Return the fields of a full User (POST, PUT)."""
    result = UserFields()
    for key in ("userName", "name", "externalId", "title", "active", "roles"):
        if key in data and data[key] is not None:
            result = _with(result, key, data[key])
    return result


def fields_from_patch(operations: list[tuple[str, str, Any]]) -> UserFields:
    """Return the fields changed by PATCH operations as Okta and Entra ID send them."""
    result = UserFields()
    for op, path, value in operations:
        if not path:
            if not isinstance(value, dict):
                raise ScimError(
                    400, _("An operation without path needs an object value."), "invalidValue"
                )
            for key, item in value.items():
                result = _with(result, key, item)
        elif op == "remove":
            if path.lower() in {"active", "username", "roles"}:
                raise ScimError(
                    400, _("%(path)s cannot be removed.") % {"path": path}, "mutability"
                )
            result = _with(result, path, "")
        else:
            result = _with(result, path, value)
    return result


def _valid_email(value: str) -> str:
    email = value.strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise ScimError(400, _("userName must be an email address."), "invalidValue") from None
    return email


def _taken() -> ScimError:
    # The same answer whether the account is in this organisation or another: never which.
    return ScimError(409, _("A user with this userName already exists."), "uniqueness")


@transaction.atomic
def scim_user_create(*, organisation: Organisation, data: UserFields) -> Person:
    """Create an account and a person (no invitation: the identity provider vouches); return it.

    An address that already has an account is refused (409) unless SCIM itself deleted that
    person from this organisation, who then comes back.
    """
    if not data.user_name:
        raise ScimError(400, _("userName is required."), "invalidValue")
    email = _valid_email(data.user_name)
    User = get_user_model()
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None:
        return _revive(organisation, existing.pk, data)
    try:
        with transaction.atomic():
            person = person_add(
                organisation=organisation,
                actor=None,
                email=email,
                first_name=data.given_name or "",
                last_name=data.family_name or "",
                role=data.role or Role.MEMBER,
            )
    except IntegrityError:  # the same address created concurrently
        raise _taken() from None
    ProvisionedPerson.objects.create(person=person, external_id=data.external_id or "")
    person.job_title = data.title or ""
    person.is_active = data.active is not False
    person.save(update_fields=["job_title", "is_active"])
    _record(Action.SCIM_USER_PROVISIONED, person)
    return person


def _record(action: Action, person: Person) -> None:
    """Record what the identity provider did to a person (no person acted: the SCIM token)."""
    audit.record(
        action=action, organisation=person.organisation_id, actor_label="SCIM", obj=person,
        object_label=person.user.email,
    )  # fmt: skip


def _revive(organisation: Organisation, user_id: int, data: UserFields) -> Person:
    person = (
        Person.objects.select_related("user", "provisioning")
        .filter(organisation=organisation, user_id=user_id)
        .first()
    )
    link = getattr(person, "provisioning", None) if person is not None else None
    if person is None or link is None or link.deleted_at is None:
        raise _taken()
    link.deleted_at = None
    link.save(update_fields=["deleted_at"])
    active = True if data.active is None else data.active
    return scim_user_update(person=person, data=replace(data, active=active))


def _sole_organisation(person: Person) -> bool:
    """Return True when the account belongs to this organisation only (its IdP may edit it)."""
    return (
        not Person.objects.filter(user_id=person.user_id)
        .exclude(organisation_id=person.organisation_id)
        .exists()
    )


def _update_account(person: Person, data: UserFields) -> None:
    user = person.user
    changed = []
    if data.user_name is not None:
        email = _valid_email(data.user_name)
        if email != user.email.lower():
            User = get_user_model()
            if User.objects.filter(email__iexact=email).exclude(pk=user.pk).exists():
                raise _taken()
            user.email = email
            changed.append("email")
    for name, value in (("first_name", data.given_name), ("last_name", data.family_name)):
        if value is not None and getattr(user, name) != value:
            setattr(user, name, value)
            changed.append(name)
    if changed:
        user.save(update_fields=changed)


def _scim_errors(error: ValidationError) -> ScimError:
    return ScimError(400, " ".join(error.messages), "invalidValue")


@transaction.atomic
def scim_user_update(*, person: Person, data: UserFields) -> Person:
    """Apply what the identity provider says about the person (PUT, PATCH); return them.

    The account's email and names change only when it belongs to this organisation alone:
    one organisation's identity provider does not rename someone in another.
    """
    if _sole_organisation(person):
        _update_account(person, data)
    try:
        if data.role is not None and data.role != person.role:
            person_update(person=person, actor=None, role=data.role, manager=person.manager)
        if data.active is False and person.is_active:
            person_deactivate(person=person, actor=None, successor=None)
            _record(Action.SCIM_USER_DEACTIVATED, person)
        elif data.active is True and not person.is_active:
            person_reactivate(person=person, actor=None)
    except ValidationError as error:
        raise _scim_errors(error) from None
    if data.title is not None and data.title != person.job_title:
        person.job_title = data.title
        person.save(update_fields=["job_title"])
    if data.external_id is not None:
        ProvisionedPerson.objects.update_or_create(
            person=person, defaults={"external_id": data.external_id}
        )
    return person


@transaction.atomic
def scim_user_delete(*, person: Person) -> None:
    """Deactivate the person (history stays) and hide them from SCIM."""
    link, _created = ProvisionedPerson.objects.get_or_create(person=person)
    if person.is_active:
        try:
            person_deactivate(person=person, actor=None, successor=None)
        except ValidationError as error:
            raise _scim_errors(error) from None
        _record(Action.SCIM_USER_DEACTIVATED, person)
    link.deleted_at = timezone.now()
    link.save(update_fields=["deleted_at"])
