"""The people list and the team tree; admins add teams from the tree."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from cairn.okrs.permissions import require
from cairn.organisations import services
from cairn.web.decorators import person_required
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.teams import TeamForm
from cairn.web.queries.common import search_text
from cairn.web.queries.directory import people_list, team_tree

PEOPLE_PER_PAGE = 100


@person_required
def people(request: HttpRequest) -> HttpResponse:
    """Return the organisation's people with role, manager and teams."""
    q = search_text(request.GET.get("q"), max_length=100)
    page = Paginator(people_list(request.person.organisation, q), PEOPLE_PER_PAGE)
    context = {"page_obj": page.get_page(request.GET.get("page")), "q": q}
    return render(request, "web/directory/people.html", {"nav": "people", **context})


@person_required
def teams(request: HttpRequest) -> HttpResponse:
    """Return the team tree; an admin's POST adds a team."""
    organisation = request.person.organisation
    form = TeamForm(request.POST or None, organisation=organisation)
    if request.method == "POST":
        require(request.person.is_admin)
        if form.is_valid():
            try:
                team = services.team_create(
                    organisation=organisation,
                    actor=request.person,
                    name=form.cleaned_data["name"],
                    parent=form.cleaned_data["parent"],
                )
            except ValidationError as error:
                apply_errors(form, error)
            else:
                return redirect("team", team.pk)
    status = 400 if form.errors else 200
    context = {"rows": team_tree(organisation), "form": form}
    return render(request, "web/directory/teams.html", {"nav": "teams", **context}, status=status)
