"""Tracker connections (/settings/trackers/): create, rotate, delete, and each one's events."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from cairn.okrs.models import Initiative
from cairn.okrs.permissions import Access, require
from cairn.organisations.models import Person, Team
from cairn.trackers.connections import (
    Keyed,
    connection_create,
    connection_delete,
    connection_rotate,
)
from cairn.trackers.models import TrackerConnection, TrackerEvent, TrackerKind
from cairn.trackers.permissions import can_manage_trackers
from cairn.trackers.selectors import connection_list, connections_of, events_of, receive_url
from cairn.trackers.sync import event_reapply
from cairn.web.decorators import person_required
from cairn.web.views.auth import add_errors

EVENTS_PER_PAGE = 50


class ConnectionForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Tracker"), choices=TrackerKind.choices)
    name = forms.CharField(
        label=gettext_lazy("Name"),
        max_length=100,
        help_text=gettext_lazy("Which repository, project or site, e.g. “shop/web issues”."),
    )
    initiative = forms.ModelChoiceField(
        label=gettext_lazy("New items go under the initiative"),
        queryset=Initiative.objects.none(),
        required=False,
    )
    team = forms.ModelChoiceField(
        label=gettext_lazy("and belong to the team"), queryset=Team.objects.none(), required=False
    )

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        organisation_id = person.organisation_id
        self.fields["initiative"].queryset = Initiative.objects.filter(  # type: ignore[attr-defined]
            organisation_id=organisation_id
        ).order_by("title", "id")
        self.fields["team"].queryset = Team.objects.filter(  # type: ignore[attr-defined]
            organisation_id=organisation_id
        ).order_by("name", "id")


def _page(request: HttpRequest, form: ConnectionForm, keyed: Keyed | None, status: int = 200):
    connections = list(connection_list(request.person))
    for connection in connections:
        connection.receive_url = receive_url(connection)  # type: ignore[attr-defined]
    context = {
        "form": form,
        "keyed": keyed,
        "keyed_url": receive_url(keyed.connection) if keyed else "",
        "connections": connections,
        "nav": "trackers",
    }
    return render(request, "web/trackers/connections.html", context, status=status)


def _managed(request: HttpRequest, pk: int) -> TrackerConnection:
    """Return one of the person's connections; anything else (another organisation's) is 404."""
    return get_object_or_404(connections_of(request.person), pk=pk)


def _require_manager(request: HttpRequest) -> None:
    require(
        can_manage_trackers(Access(request.person)),
        _("Only admins and team leads manage tracker connections."),
    )


@person_required
def connections(request: HttpRequest) -> HttpResponse:
    """Return the connections; POST creates one and shows its URL and secret once."""
    _require_manager(request)
    person = request.person
    form = ConnectionForm(request.POST or None, person=person)
    keyed = None
    if request.method == "POST" and form.is_valid():
        try:
            keyed = connection_create(actor=person, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        except PermissionDenied as error:  # e.g. an initiative the lead may not add work to
            form.add_error(None, str(error))
        else:
            form = ConnectionForm(person=person)
    status = 422 if request.method == "POST" and keyed is None else 200
    return _page(request, form, keyed, status)


@require_POST
@person_required
def rotate(request: HttpRequest, pk: int) -> HttpResponse:
    """Give a connection a new secret; show it once on the connections page."""
    _require_manager(request)
    keyed = connection_rotate(connection=_managed(request, pk), actor=request.person)
    return _page(request, ConnectionForm(person=request.person), keyed)


@require_POST
@person_required
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a connection and its events; return to the list."""
    _require_manager(request)
    connection = _managed(request, pk)
    connection_delete(connection=connection, actor=request.person)
    messages.success(request, _("Connection “%(name)s” deleted.") % {"name": connection.name})
    return redirect("tracker_connections")


@person_required
def events(request: HttpRequest, pk: int) -> HttpResponse:
    """Return a connection's events, newest first, a page at a time."""
    _require_manager(request)
    connection = _managed(request, pk)
    page = Paginator(events_of(connection), EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"connection": connection, "page": page, "nav": "trackers"}
    return render(request, "web/trackers/events.html", context)


@require_POST
@person_required
def reapply(request: HttpRequest, pk: int, event_pk: int) -> HttpResponse:
    """Apply a failed event again; return to the connection's events."""
    _require_manager(request)
    connection = _managed(request, pk)
    event = get_object_or_404(TrackerEvent, pk=event_pk, connection=connection)
    try:
        event = event_reapply(event=event, actor=request.person)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        label = event.get_outcome_display().lower()
        messages.success(request, _("Event applied again: %(outcome)s.") % {"outcome": label})
    return redirect("tracker_events", pk=connection.pk)
