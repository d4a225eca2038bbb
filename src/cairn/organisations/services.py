"""Writes to organisations, people and teams. `actor=None` means the system (CLI, demo)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from cairn import audit
from cairn.coach import RULES, THRESHOLDS, CoachConfig, ConfigError
from cairn.organisations.models import (
    BoardDensity,
    Organisation,
    Person,
    Role,
    Team,
    TeamMembership,
)


def _require_admin(actor: Person | None, organisation: Organisation) -> None:
    if actor is None:
        return
    if actor.organisation_id != organisation.pk or actor.role != Role.ADMIN:
        raise PermissionDenied(_("Only admins manage people and teams."))


@transaction.atomic
def organisation_create(*, name: str, slug: str = "", time_zone: str = "UTC") -> Organisation:
    """Create an organisation; return it."""
    organisation = Organisation(name=name.strip(), slug=slug or slugify(name), time_zone=time_zone)
    organisation.full_clean()
    organisation.save()
    return organisation


@transaction.atomic
def person_add(
    *,
    organisation: Organisation,
    actor: Person | None,
    email: str,
    first_name: str = "",
    last_name: str = "",
    role: str = Role.MEMBER,
    manager: Person | None = None,
    password: str | None = None,
) -> Person:
    """Add a person (creating the user if new) to the organisation; return the membership.

    Only the system adds directly (demo, generate, an accepted invitation): people join by
    accepting an invitation, so an admin can neither add someone else's account without their
    consent nor learn whether an address has one (`accounts.services.invitation_create`).
    """
    if actor is not None:
        raise PermissionDenied(_("Admins invite people; they join when they accept."))
    email = email.strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError({"email": _("Enter a valid email address.")}) from None
    if role not in Role.values:
        raise ValidationError({"role": _("Choose admin, member or viewer.")})
    if manager is not None and manager.organisation_id != organisation.pk:
        raise ValidationError({"manager": _("Not found in this organisation.")})
    User = get_user_model()
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email, password, first_name=first_name.strip(), last_name=last_name.strip()
        )
    if Person.objects.filter(organisation=organisation, user=user).exists():
        raise ValidationError({"email": _("This person is already in the organisation.")})
    return Person.objects.create(organisation=organisation, user=user, role=role, manager=manager)


@transaction.atomic
def team_create(
    *, organisation: Organisation, actor: Person | None, name: str, parent: Team | None = None
) -> Team:
    """Create a team under `parent` (or at the top); return it."""
    _require_admin(actor, organisation)
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("This field is required.")})
    if parent is not None and parent.organisation_id != organisation.pk:
        raise ValidationError({"parent": _("Not found in this organisation.")})
    base = slugify(name)[:70] or "team"
    slug, n = base, 1
    while Team.objects.filter(organisation=organisation, slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return Team.objects.create(organisation=organisation, name=name, slug=slug, parent=parent)


@transaction.atomic
def team_member_set(
    *, team: Team, person: Person, actor: Person | None, is_lead: bool = False
) -> TeamMembership:
    """Put the person in the team (as lead or member); return the membership."""
    _require_admin(actor, team.organisation)
    if person.organisation_id != team.organisation_id:
        raise ValidationError({"person": _("Not found in this organisation.")})
    before = TeamMembership.objects.filter(team=team, person=person).first()
    membership, _created = TeamMembership.objects.update_or_create(
        team=team, person=person, defaults={"is_lead": is_lead}
    )
    details = {"team": team.pk, "team_name": team.name, "is_lead": is_lead}
    if before is None:
        audit.record(
            action=audit.Action.TEAM_JOINED,
            actor=actor,
            organisation=team.organisation_id,
            obj=person,
            details=details,
        )
    elif before.is_lead != is_lead:
        audit.record(
            action=audit.Action.TEAM_LEAD_CHANGED,
            actor=actor,
            organisation=team.organisation_id,
            obj=person,
            details=details,
        )
    return membership


def _other_admins(person: Person) -> bool:
    """Return True when the organisation keeps another active admin besides `person`."""
    return (
        Person.objects.filter(
            organisation_id=person.organisation_id, role=Role.ADMIN, is_active=True
        )
        .exclude(pk=person.pk)
        .exists()
    )


def manager_loops(person: Person, manager: Person | None) -> bool:
    """Return True when making `manager` the person's manager would close a loop."""
    seen: set[int] = set()
    current = manager
    while current is not None and current.pk not in seen:
        if current.pk == person.pk:
            return True
        seen.add(current.pk)
        current = current.manager
    return False


@transaction.atomic
def person_update(
    *, person: Person, actor: Person | None, role: str, manager: Person | None
) -> Person:
    """Change a person's role and manager; the last admin keeps their role. Return the person."""
    _require_admin(actor, person.organisation)
    if role not in Role.values:
        raise ValidationError({"role": _("Choose admin, member or viewer.")})
    if manager is not None and manager.organisation_id != person.organisation_id:
        raise ValidationError({"manager": _("Not found in this organisation.")})
    if manager_loops(person, manager):
        raise ValidationError(
            {"manager": _("A person cannot report to themselves, even indirectly.")}
        )
    if person.role == Role.ADMIN and role != Role.ADMIN and not _other_admins(person):
        raise ValidationError({"role": _("The organisation needs at least one admin.")})
    old_role = person.role
    person.role, person.manager = role, manager
    person.save(update_fields=["role", "manager"])
    if old_role != role:
        audit.record(
            action=audit.Action.ROLE_CHANGED,
            actor=actor,
            organisation=person.organisation_id,
            obj=person,
            details={"from": old_role, "to": role},
        )
    return person


def _team_loops(team: Team, parent: Team | None) -> bool:
    """Return True when putting `team` under `parent` would make the tree a loop."""
    seen: set[int] = set()
    current = parent
    while current is not None and current.pk not in seen:
        if current.pk == team.pk:
            return True
        seen.add(current.pk)
        current = current.parent
    return False


@transaction.atomic
def team_update(*, team: Team, actor: Person | None, name: str, parent: Team | None) -> Team:
    """Rename the team and move it under `parent` (None = top); return it."""
    _require_admin(actor, team.organisation)
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("This field is required.")})
    if len(name) > 200:
        raise ValidationError({"name": _("Keep it under 201 characters.")})
    if parent is not None and parent.organisation_id != team.organisation_id:
        raise ValidationError({"parent": _("Not found in this organisation.")})
    if _team_loops(team, parent):
        raise ValidationError({"parent": _("A team cannot sit under itself or its own sub-teams.")})
    team.name, team.parent = name, parent
    team.save(update_fields=["name", "parent"])
    return team


@transaction.atomic
def team_delete(*, team: Team, actor: Person | None) -> None:
    """Delete a team that has no sub-teams, members or objectives."""
    _require_admin(actor, team.organisation)
    if team.children.exists() or team.memberships.exists() or team.objectives.exists():
        raise ValidationError(
            _("Only an empty team can be deleted: move its sub-teams, people and objectives first.")
        )
    audit.record(
        action=audit.Action.TEAM_DELETED, actor=actor, organisation=team.organisation_id, obj=team
    )
    team.delete()


@transaction.atomic
def team_member_remove(*, team: Team, person: Person, actor: Person | None) -> None:
    """Take the person out of the team."""
    _require_admin(actor, team.organisation)
    removed, _counts = TeamMembership.objects.filter(team=team, person=person).delete()
    if removed:
        audit.record(
            action=audit.Action.TEAM_LEFT,
            actor=actor,
            organisation=team.organisation_id,
            obj=person,
            details={"team": team.pk, "team_name": team.name},
        )


@transaction.atomic
def coach_config_update(
    *, organisation: Organisation, actor: Person | None, config: dict
) -> Organisation:
    """Validate and store the organisation's coach settings (admins only); return it.

    Every problem is reported at once, keyed by the threshold or rule it is about. A change
    made by a person is recorded in the organisation's admin history (who, when, what).
    """
    from django.contrib.admin.models import CHANGE, LogEntry

    if actor is not None and (actor.organisation_id != organisation.pk or not actor.is_admin):
        raise PermissionDenied(_("Only admins change the coach settings."))
    try:
        new = CoachConfig.from_dict(config)
    except ConfigError as error:
        raise ValidationError(_coach_problems(error.problems)) from None
    old = organisation.coach
    organisation.coach_config = new.as_dict()
    organisation.save(update_fields=["coach_config"])
    if actor is not None and new != old:
        LogEntry.objects.log_actions(
            actor.user_id, [organisation], CHANGE, _coach_changes(old, new), single_object=True
        )
    if new != old:
        audit.record(
            action=audit.Action.COACH_SETTINGS_CHANGED,
            actor=actor,
            organisation=organisation,
            obj=organisation,
            details={"changes": _coach_changes(old, new)[:1500]},
        )
    return organisation


def _coach_problems(problems: list[str]) -> dict[str, list[str]]:
    """Return the coach's problems keyed by the threshold or rule code they start with."""
    keyed: dict[str, list[str]] = {}
    for problem in problems:
        head = problem.split(" ", 1)[0].rstrip(":")
        key = head if head in THRESHOLDS or head in RULES else NON_FIELD_ERRORS
        keyed.setdefault(key, []).append(problem)
    return keyed


def _coach_changes(old: CoachConfig, new: CoachConfig) -> str:
    """Return what changed between two coach settings, e.g. "KR102 off; min_key_results 3 → 2"."""
    changes = []
    for code in RULES:
        before, after = old.setting(code), new.setting(code)
        if before.enabled != after.enabled:
            changes.append(f"{code} {'on' if after.enabled else 'off'}")
        if before.severity != after.severity:
            changes.append(f"{code} severity {after.severity or 'default'}")
    for name in THRESHOLDS:
        if getattr(old, name) != getattr(new, name):
            changes.append(f"{name} {getattr(old, name)} → {getattr(new, name)}")
    return "Coach settings: " + "; ".join(changes)


def board_density_set(*, person: Person, density: str) -> Person:
    """Remember how a person wants the board drawn ("" goes back to the automatic choice).

    A display preference of one's own: every role may set it, for themselves only.
    """
    if density and density not in BoardDensity.values:
        raise ValidationError({"density": _("Choose comfortable or compact.")})
    person.board_density = density
    person.save(update_fields=["board_density"])
    return person
