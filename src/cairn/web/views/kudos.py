"""Kudos: the organisation's wall, a team's wall, and the form to thank a person or a team."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from cairn.feedback import kudos_selectors as selectors
from cairn.feedback.kudos import kudos_give
from cairn.feedback.models import Kudos
from cairn.lib.ids import parse_id
from cairn.okrs import selectors as okr_selectors
from cairn.organisations.models import Person, Team
from cairn.web.decorators import person_required, writer_required
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.feedback import KudosForm
from cairn.web.queries.directory import person_in, team_in

PAGE_SIZE = 30


def _wall(
    request: HttpRequest, kudos: QuerySet[Kudos], give: str, **context: object
) -> HttpResponse:
    page = Paginator(kudos, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = selectors.rows_for(request.person, list(page.object_list))
    give_url = "" if request.person.is_viewer else reverse("kudos_give") + give
    context.update(nav="kudos", page=page, rows=rows, give_url=give_url)
    return render(request, "web/feedback/wall.html", context)


@person_required
def wall(request: HttpRequest) -> HttpResponse:
    """Return the organisation's kudos wall (`?person=<id>`: one person's kudos), newest first."""
    organisation = request.person.organisation
    wanted = parse_id(request.GET.get("person"))
    if wanted is None:
        return _wall(request, selectors.kudos_in(organisation.pk), "")
    recipient = person_in(organisation, wanted)
    return _wall(
        request,
        selectors.for_person(recipient),
        f"?person={recipient.pk}",
        recipient=recipient,
        extra=f"person={recipient.pk}&",
    )


@person_required
def team_wall(request: HttpRequest, team_id: int) -> HttpResponse:
    """Return the kudos given to one team (everyone in the organisation reads it)."""
    team = team_in(request.person.organisation, team_id)
    return _wall(request, selectors.for_team(team), f"?team={team.pk}", team=team)


def _param(request: HttpRequest, name: str) -> int | None:
    return parse_id(request.GET.get(name) or request.POST.get(name))


def _for(request: HttpRequest) -> dict:
    """Return what the kudos is for (?key_result=, ?initiative=), from the reader's organisation."""
    person = request.person
    kr_id, initiative_id = _param(request, "key_result"), _param(request, "initiative")
    return {
        "key_result": okr_selectors.key_result_for(person, kr_id) if kr_id else None,
        "initiative": okr_selectors.initiative_for(person, initiative_id)
        if initiative_id
        else None,
    }


def _initial(request: HttpRequest) -> str:
    person, team = parse_id(request.GET.get("person")), parse_id(request.GET.get("team"))
    return f"person:{person}" if person else (f"team:{team}" if team else "")


@writer_required
def give(request: HttpRequest) -> HttpResponse:
    """Return the kudos form (prefilled from ?person=, ?team=, ?key_result=), or give them."""
    me = request.person
    about = _for(request)
    people = Person.objects.filter(organisation_id=me.organisation_id, is_active=True)
    form = KudosForm(
        request.POST or None,
        people=people.exclude(pk=me.pk),
        teams=Team.objects.filter(organisation_id=me.organisation_id),
        initial_recipient=_initial(request),
    )
    if request.method == "POST" and form.is_valid():
        try:
            kudos = kudos_give(
                giver=me,
                message=form.cleaned_data["message"],
                **about,
                **form.recipient_arguments(),
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Kudos given. Thank you for saying it."))
            if kudos.team_id:
                return redirect("team_kudos", kudos.team_id)
            return redirect("kudos_wall")
    status = 400 if request.method == "POST" else 200
    context = {"nav": "kudos", "form": form, **about}
    return render(request, "web/feedback/give.html", context, status=status)
