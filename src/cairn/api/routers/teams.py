"""Teams and people: the organisation's tree and its members."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.accounts.services import invitation_create
from cairn.api import selectors
from cairn.api.idempotency import idempotent
from cairn.api.pagination import ListParams, page_schema, paginate
from cairn.api.routers.invitations import InvitationOut
from cairn.api.types import Id, IdParam, Input
from cairn.okrs.permissions import require
from cairn.organisations import services
from cairn.organisations.models import Role
from cairn.organisations.offboarding import (
    OffboardingPreview,
    offboarding_preview,
    person_deactivate,
    person_reactivate,
)

router = Router(tags=["teams and people"])


class TeamOut(Schema):
    id: int
    name: str
    slug: str
    parent: int | None = Field(None, alias="parent_id")


class TeamIn(Input):
    name: str = Field(..., min_length=1, max_length=200)
    parent: Id | None = None


class TeamFilters(ListParams):
    parent: IdParam | None = None


class PersonOut(Schema):
    id: int
    name: str
    email: str = Field(..., alias="user.email")
    role: str
    manager: int | None = Field(None, alias="manager_id")
    job_title: str
    is_active: bool


class PersonIn(Input):
    email: str = Field(..., min_length=3, max_length=254)
    first_name: str = Field("", max_length=150)
    last_name: str = Field("", max_length=150)
    role: Role = Role.MEMBER
    manager: Id | None = None


class PersonFilters(ListParams):
    role: Role | None = None
    team: IdParam | None = None


TeamPage = page_schema(TeamOut, "TeamPage")
PersonPage = page_schema(PersonOut, "PersonPage")


@router.get("/teams", response=TeamPage)
def list_teams(request: HttpRequest, filters: Query[TeamFilters]):
    """Return a page of the organisation's teams."""
    queryset = selectors.teams(request.auth)
    if filters.parent is not None:
        queryset = queryset.filter(parent_id=filters.parent)
    return paginate(queryset, filters)


@router.get("/teams/{int:team_id}", response=TeamOut)
def get_team(request: HttpRequest, team_id: IdParam):
    """Return one team."""
    return selectors.one(selectors.teams(request.auth), team_id)


@router.post("/teams", response={201: TeamOut})
@decorate_view(idempotent)
def create_team(request: HttpRequest, payload: TeamIn):
    """Create a team (admins)."""
    person = request.auth
    parent = selectors.ref(selectors.teams(person), payload.parent, "parent")
    team = services.team_create(
        organisation=person.organisation, actor=person, name=payload.name, parent=parent
    )
    return Status(201, team)


@router.get("/people", response=PersonPage)
def list_people(request: HttpRequest, filters: Query[PersonFilters]):
    """Return a page of the organisation's people."""
    queryset = selectors.people(request.auth)
    if filters.role:
        queryset = queryset.filter(role=filters.role)
    if filters.team is not None:
        queryset = queryset.filter(memberships__team_id=filters.team)
    return paginate(queryset, filters)


@router.get("/people/{int:person_id}", response=PersonOut)
def get_person(request: HttpRequest, person_id: IdParam):
    """Return one person."""
    return selectors.one(selectors.people(request.auth), person_id)


@router.post("/people", response={202: InvitationOut})
@decorate_view(idempotent)
def add_person(request: HttpRequest, payload: PersonIn):
    """Invite a person by email (admins); they join when they accept. The answer is the same
    whether or not the address already has an account."""
    actor = request.auth
    manager = selectors.ref(selectors.people(actor), payload.manager, "manager")
    invitation, _token = invitation_create(
        organisation=actor.organisation,
        actor=actor,
        email=payload.email,
        first_name=payload.first_name,
        last_name=payload.last_name,
        role=payload.role,
        manager_email=manager.user.email if manager is not None else "",
    )
    return Status(202, invitation)


class CycleRef(Schema):
    id: int
    name: str
    state: str


class ObjectiveMove(Schema):
    id: int
    title: str


class KeyResultMove(Schema):
    id: int
    title: str
    objective: int = Field(..., alias="objective_id")


class CycleMovesOut(Schema):
    cycle: CycleRef
    objectives: list[ObjectiveMove]
    key_results: list[KeyResultMove]


class OffboardingOut(Schema):
    """What a deactivation moves (or moved) to the successor: open cycles only."""

    person: int = Field(..., alias="person.pk")
    objective_count: int
    key_result_count: int
    cycles: list[CycleMovesOut]

    @staticmethod
    def resolve_objective_count(obj: OffboardingPreview) -> int:
        return len(obj.objectives)

    @staticmethod
    def resolve_key_result_count(obj: OffboardingPreview) -> int:
        return len(obj.key_results)


class DeactivateIn(Input):
    successor: Id | None = Field(None, description="Who takes over their open OKRs; null: nobody.")


@router.get("/people/{int:person_id}/offboarding", response=OffboardingOut)
def preview_offboarding(request: HttpRequest, person_id: IdParam):
    """Return what deactivating the person would move (admins); nothing changes."""
    require(request.auth.is_admin, _("Only admins deactivate and reactivate people."))
    return offboarding_preview(selectors.one(selectors.people(request.auth), person_id))


@router.post("/people/{int:person_id}/deactivate", response=OffboardingOut)
@decorate_view(idempotent)
def deactivate_person(request: HttpRequest, person_id: IdParam, payload: DeactivateIn):
    """Deactivate the person (admins): open OKRs go to the successor, tokens and sessions end."""
    actor = request.auth
    person = selectors.one(selectors.people(actor), person_id)
    successor = selectors.ref(selectors.people(actor), payload.successor, "successor")
    return person_deactivate(person=person, actor=actor, successor=successor)


@router.post("/people/{int:person_id}/reactivate", response=PersonOut)
@decorate_view(idempotent)
def reactivate_person(request: HttpRequest, person_id: IdParam):
    """Make a deactivated person active again (admins)."""
    actor = request.auth
    person = selectors.one(selectors.people(actor), person_id)
    return person_reactivate(person=person, actor=actor)
