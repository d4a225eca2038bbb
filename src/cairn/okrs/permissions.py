"""Who may see and change what: the one place where SPEC §4's permission rules live."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext as _

from cairn.okrs.models import Initiative, KeyResult, Objective, Visibility
from cairn.organisations import selectors as org_selectors
from cairn.organisations.models import Person, Role, TeamMembership


class Access:
    """A person's rights inside their organisation; team sets are read once and cached."""

    def __init__(self, person: Person) -> None:
        self.person = person

    @property
    def is_admin(self) -> bool:
        return self.person.role == Role.ADMIN

    @property
    def can_write(self) -> bool:
        return self.person.role != Role.VIEWER and self.person.is_active

    @cached_property
    def member_teams(self) -> set[int]:
        return org_selectors.member_team_ids(self.person)

    @cached_property
    def led_teams(self) -> set[int]:
        return org_selectors.led_team_ids(self.person)

    @cached_property
    def lead_scope(self) -> set[int]:
        """Teams the person leads and every team below them."""
        if not self.led_teams:
            return set()
        parents = org_selectors.team_parents(self.person.organisation)
        return org_selectors.team_descendant_ids(parents, self.led_teams)

    def objective_filter(self, prefix: str = "") -> Q:
        """Return the filter selecting the objectives this person may see.

        `prefix` applies it through a relation ("objective__" on key results): a join by the
        row's own objective, instead of `objective_id IN (every visible objective)`, which
        SQLite and PostgreSQL materialise for the whole organisation.
        """
        org = Q(**{f"{prefix}organisation_id": self.person.organisation_id})
        if self.is_admin:
            return org
        visibility = f"{prefix}visibility"
        visible = (
            Q(**{visibility: Visibility.PUBLIC})
            | Q(**{visibility: Visibility.TEAM, f"{prefix}team__isnull": True})
            | Q(**{visibility: Visibility.TEAM,
                   f"{prefix}team_id__in": self.member_teams | self.lead_scope})
            | Q(**{f"{prefix}owner_id": self.person.id})
            | Q(
                **{f"{prefix}pk__in": Objective.shared_with.through.objects.filter(
                    person_id=self.person.id
                ).values("objective_id")}
            )
        )  # fmt: skip
        return org & visible

    def admits(self, objective: Objective) -> bool:
        """Return True when `objective_filter()` selects this objective, decided in Python: no
        query for an admin, a public objective or one's own (for a hot path's one row)."""
        if objective.organisation_id != self.person.organisation_id:
            return False
        if self.is_admin or objective.visibility == Visibility.PUBLIC:
            return True
        if objective.owner_id == self.person.id:
            return True
        if objective.visibility == Visibility.TEAM and (
            objective.team_id is None or objective.team_id in self.member_teams | self.lead_scope
        ):
            return True
        return Objective.shared_with.through.objects.filter(
            person_id=self.person.id, objective_id=objective.pk
        ).exists()

    def can_view_objective(self, objective: Objective) -> bool:
        """The one-row form of `objective_filter()`: the same people see the same objective."""
        return self.admits(objective)

    def can_create_objective(self, *, team_id: int | None, owner: Person | None) -> bool:
        if not self.can_write:
            return False
        if self.is_admin:
            return True
        if team_id is None:
            return False
        if team_id in self.led_teams:
            return True
        return team_id in self.member_teams and owner is not None and owner.pk == self.person.pk

    def can_edit_objective(self, objective: Objective) -> bool:
        if not self.can_write or objective.organisation_id != self.person.organisation_id:
            return False
        return (
            self.is_admin
            or objective.owner_id == self.person.id
            or (objective.team_id is not None and objective.team_id in self.led_teams)
        )

    def can_edit_key_result(self, key_result: KeyResult) -> bool:
        if not self.can_write:
            return False
        return key_result.owner_id == self.person.id or self.can_edit_objective(
            key_result.objective
        )

    def can_check_in(self, key_result: KeyResult) -> bool:
        if not self.can_write or key_result.organisation_id != self.person.organisation_id:
            return False
        if self.can_edit_key_result(key_result):
            return True
        prefetched = getattr(key_result, "_prefetched_objects_cache", {}).get("contributors")
        if prefetched is not None:  # pages listing many key results prefetch contributors
            return any(person.pk == self.person.pk for person in prefetched)
        return key_result.contributors.filter(pk=self.person.pk).exists()

    def can_edit_initiative(self, initiative: Initiative) -> bool:
        """Admins, the initiative's owner and whoever may check in on one of its key results."""
        if not self.can_write or initiative.organisation_id != self.person.organisation_id:
            return False
        if self.is_admin or initiative.owner_id == self.person.id:
            return True
        return any(self.can_check_in(kr) for kr in initiative.key_results.all())

    def can_manage_cycles(self) -> bool:
        return self.can_write and self.is_admin


def require(allowed: bool, message: str | None = None) -> None:
    """Raise PermissionDenied with a readable message unless `allowed`."""
    if not allowed:
        raise PermissionDenied(message or _("You do not have permission to do that."))


@dataclass(frozen=True)
class Reach:
    """The teams a person belongs to and the teams they answer for as a lead (and below)."""

    member_teams: frozenset[int]
    lead_scope: frozenset[int]


def reaches(people: list[Person]) -> dict[int, Reach]:
    """Return each person's `Reach`, the sets `Access` reads one person at a time, for many
    people in one query plus one per organisation with leads among them."""
    teams: dict[int, set[int]] = defaultdict(set)
    led: dict[int, set[int]] = defaultdict(set)
    rows = TeamMembership.objects.filter(person__in=people)
    for person_id, team_id, is_lead in rows.values_list("person_id", "team_id", "is_lead"):
        teams[person_id].add(team_id)
        if is_lead:
            led[person_id].add(team_id)
    parents: dict[int, int | None] = {}
    for organisation in {p.organisation_id: p.organisation for p in people if led[p.pk]}.values():
        parents.update(org_selectors.team_parents(organisation))
    return {
        p.pk: Reach(
            frozenset(teams[p.pk]),
            frozenset(org_selectors.team_descendant_ids(parents, led[p.pk]) if led[p.pk] else ()),
        )
        for p in people
    }


def shared_pairs(people: list[Person], objective_ids: Iterable[int]) -> set[tuple[int, int]]:
    """Return the (person id, objective id) pairs shared explicitly (one query)."""
    rows = Objective.shared_with.through.objects.filter(
        person__in=people, objective_id__in=list(objective_ids)
    )
    return set(rows.values_list("person_id", "objective_id"))


def may_see(
    person: Person, reach: Reach, objective: Objective, shared: set[tuple[int, int]]
) -> bool:
    """Return True when `Access(person).objective_filter()` selects the objective, decided in
    Python from `reaches` and `shared_pairs` (for the scheduler's many readers)."""
    if objective.organisation_id != person.organisation_id:
        return False
    if person.role == Role.ADMIN or objective.visibility == Visibility.PUBLIC:
        return True
    if objective.visibility == Visibility.TEAM and (
        objective.team_id is None or objective.team_id in reach.member_teams | reach.lead_scope
    ):
        return True
    return objective.owner_id == person.pk or (person.pk, objective.pk) in shared
