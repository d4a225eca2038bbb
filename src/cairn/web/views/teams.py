"""The team page, and the admin's edits of a team: rename, move, delete, members and leads."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from cairn.meetings.permissions import can_see_meeting
from cairn.okrs.models import Cycle
from cairn.okrs.permissions import Access, require
from cairn.organisations import services
from cairn.organisations.models import Person, Team
from cairn.web.decorators import person_required
from cairn.web.feed import feed
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.teams import MembershipForm, TeamForm
from cairn.web.queries.common import chosen_cycle
from cairn.web.queries.directory import team_activity, team_in, team_memberships, team_page
from cairn.web.queries.kpis import team_card

NAV = "teams"  # the navigation entry marked as current


@person_required
def team(request: HttpRequest, team_id: int) -> HttpResponse:
    """Return the team's OKRs in a cycle, its progress summary, discipline and people."""
    the_team = team_in(request.person.organisation, team_id)
    form = MembershipForm(organisation=the_team.organisation)
    return _team_page(request, the_team, form)


def _team_page(request: HttpRequest, the_team: Team, form: MembershipForm, status: int = 200):
    organisation = request.person.organisation
    cycle = chosen_cycle(organisation, request.GET.get("cycle"))
    access = Access(request.person)
    context = {
        "team": the_team,
        "cycle": cycle,
        "page": team_page(access, the_team, cycle),
        "meeting_visible": can_see_meeting(access, the_team),
        "memberships": team_memberships(the_team),
        "sub_teams": the_team.children.all(),
        "activity": feed(team_activity(access, the_team, cycle)),
        "cycles": Cycle.objects.filter(organisation=organisation),
        "membership_form": form if request.person.is_admin else None,
        "kpi_card": team_card(request.person, the_team),
    }
    return render(request, "web/teams/team.html", {"nav": NAV, **context}, status=status)


@person_required
def team_edit(request: HttpRequest, team_id: int) -> HttpResponse:
    """Return the rename-and-move form; a valid POST saves it."""
    require(request.person.is_admin)
    the_team = team_in(request.person.organisation, team_id)
    initial = {"name": the_team.name, "parent": the_team.parent_id}
    form = TeamForm(request.POST or None, initial=initial, organisation=the_team.organisation)
    if request.method == "POST" and form.is_valid():
        try:
            services.team_update(
                team=the_team,
                actor=request.person,
                name=form.cleaned_data["name"],
                parent=form.cleaned_data["parent"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return redirect("team", the_team.pk)
    status = 400 if form.errors else 200
    return render(
        request, "web/teams/edit.html", {"nav": NAV, "team": the_team, "form": form}, status=status
    )


@require_POST
@person_required
def team_delete(request: HttpRequest, team_id: int) -> HttpResponse:
    """Delete an empty team and go back to the tree; a full one shows why not."""
    require(request.person.is_admin)
    the_team = team_in(request.person.organisation, team_id)
    try:
        services.team_delete(team=the_team, actor=request.person)
    except ValidationError as error:
        form = TeamForm(
            initial={"name": the_team.name, "parent": the_team.parent_id},
            organisation=the_team.organisation,
        )
        context = {"team": the_team, "form": form, "delete_errors": error.messages}
        return render(request, "web/teams/edit.html", {"nav": NAV, **context}, status=400)
    return redirect("teams")


@require_POST
@person_required
def member_set(request: HttpRequest, team_id: int) -> HttpResponse:
    """Add a person to the team, or change whether they lead it."""
    require(request.person.is_admin)
    the_team = team_in(request.person.organisation, team_id)
    form = MembershipForm(request.POST, organisation=the_team.organisation)
    if not form.is_valid():
        return _team_page(request, the_team, form, status=400)
    services.team_member_set(
        team=the_team,
        person=form.cleaned_data["person"],
        actor=request.person,
        is_lead=form.cleaned_data["is_lead"],
    )
    return redirect("team", the_team.pk)


@require_POST
@person_required
def member_remove(request: HttpRequest, team_id: int, person_id: int) -> HttpResponse:
    """Take a person out of the team."""
    require(request.person.is_admin)
    the_team = team_in(request.person.organisation, team_id)
    person = Person.objects.filter(organisation=the_team.organisation, pk=person_id).first()
    if person is not None:
        services.team_member_remove(team=the_team, person=person, actor=request.person)
    return redirect("team", the_team.pk)
