"""The team's check-in meeting: one member at a time, Plans / Progress / Problems, and records."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cairn.lib.ids import parse_id
from cairn.meetings import services
from cairn.meetings.board import MemberBoard, meeting_board
from cairn.meetings.models import FollowUp, TeamMeeting
from cairn.meetings.permissions import can_run_meeting, require_run, require_see
from cairn.okrs.permissions import Access
from cairn.organisations.models import Team
from cairn.web.decorators import person_required
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.meetings import DecisionForm, FollowUpForm, NotesForm
from cairn.web.htmx import htmx_partial
from cairn.web.queries.common import current_cycle
from cairn.web.queries.directory import team_in

NAV = "teams"


def _step(boards: list[MemberBoard], raw: str | None) -> int:
    """Return the index of the member to show (the first when absent or unknown)."""
    wanted = parse_id(raw)
    for index, board in enumerate(boards):
        if board.person.pk == wanted:
            return index
    return 0


def _records(team: Team, day: object) -> dict:
    """Return today's decisions and follow-ups and the open follow-ups of earlier meetings."""
    meeting = TeamMeeting.objects.filter(team=team, date=day).first()
    earlier = (
        FollowUp.objects.filter(meeting__team=team, done=False, meeting__date__lt=day)
        .select_related("assignee__user", "meeting")
        .order_by("due", "created_at", "pk")
    )
    today = meeting.follow_ups.select_related("assignee__user") if meeting else []
    return {
        "meeting": meeting,
        "decisions": list(meeting.decisions.all()) if meeting else [],
        "follow_ups": list(today),
        "open_follow_ups": list(earlier),
    }


def _context(request: HttpRequest, team: Team, **forms: object) -> dict:
    access = Access(request.person)
    now = timezone.now()
    cycle = current_cycle(team.organisation)
    boards = meeting_board(team, cycle, access.objective_filter(), now)
    members = [board.person for board in boards]
    index = _step(boards, request.GET.get("member") or request.POST.get("member"))
    runs = can_run_meeting(access, team)
    records = _records(team, services.meeting_day(team, now))
    return {
        "nav": NAV,
        "team": team,
        "cycle": cycle,
        "boards": boards,
        "board": boards[index] if boards else None,
        "previous": boards[index - 1] if index > 0 else None,
        "next": boards[index + 1] if index + 1 < len(boards) else None,
        "step": index + 1,
        "runs": runs,
        "viewer_id": request.person.pk,
        "decision_form": forms.get("decision_form") or (DecisionForm() if runs else None),
        "follow_up_form": forms.get("follow_up_form")
        or (FollowUpForm(members=members) if runs else None),
        **records,
        "notes_form": forms.get("notes_form")
        or (_notes_form(records["meeting"]) if runs else None),
    }


def _notes_form(meeting: TeamMeeting | None) -> NotesForm:
    return NotesForm(initial={"notes": meeting.notes if meeting else ""})


def _team(request: HttpRequest, team_id: int) -> Team:
    team = team_in(request.person.organisation, team_id)
    require_see(Access(request.person), team)
    return team


@person_required
def meeting(request: HttpRequest, team_id: int) -> HttpResponse:
    """Return the meeting page, showing one member (`?member=<id>`, else the first)."""
    team = _team(request, team_id)
    return render(request, "web/meetings/meeting.html", _context(request, team))


@person_required
def meeting_by_slug(request: HttpRequest, slug: str) -> HttpResponse:
    """Redirect `/teams/<slug>/meeting/` to the meeting of the organisation's team (404 if none)."""
    team = Team.objects.filter(organisation=request.person.organisation, slug=slug).first()
    if team is None:
        raise Http404
    return redirect("team_meeting", team.pk)


def _back(request: HttpRequest, team: Team) -> HttpResponse:
    url = reverse("team_meeting", args=[team.pk])
    member = parse_id(request.POST.get("member"))
    return redirect(f"{url}?member={member}#records" if member else f"{url}#records")


def _answer(request: HttpRequest, team: Team, saved: bool, **forms: object) -> HttpResponse:
    """Return the records partial to htmx, else go back (or show the page with the errors)."""
    if htmx_partial(request):
        return render(request, "web/meetings/_records.html", _context(request, team, **forms))
    if saved:
        return _back(request, team)
    return render(
        request, "web/meetings/meeting.html", _context(request, team, **forms), status=400
    )


@require_POST
@person_required
def decision_add(request: HttpRequest, team_id: int) -> HttpResponse:
    """Record a decision in today's meeting."""
    team = _team(request, team_id)
    require_run(Access(request.person), team)
    form = DecisionForm(request.POST)
    saved = False
    if form.is_valid():
        try:
            services.decision_add(actor=request.person, team=team, text=form.cleaned_data["text"])
            saved = True
        except ValidationError as error:
            apply_errors(form, error)
    return _answer(request, team, saved, decision_form=None if saved else form)


@require_POST
@person_required
def notes_update(request: HttpRequest, team_id: int) -> HttpResponse:
    """Save the notes of today's meeting."""
    team = _team(request, team_id)
    require_run(Access(request.person), team)
    form = NotesForm(request.POST)
    saved = False
    if form.is_valid():
        try:
            services.meeting_notes_update(
                actor=request.person, team=team, notes=form.cleaned_data["notes"]
            )
            saved = True
        except ValidationError as error:
            apply_errors(form, error)
    return _answer(request, team, saved, notes_form=None if saved else form)


@require_POST
@person_required
def follow_up_add(request: HttpRequest, team_id: int) -> HttpResponse:
    """Record a follow-up in today's meeting; its assignee is told."""
    team = _team(request, team_id)
    require_run(Access(request.person), team)
    members = [
        m.person
        for m in team.memberships.filter(person__is_active=True).select_related("person__user")
    ]
    form = FollowUpForm(request.POST, members=members)
    saved = False
    if form.is_valid():
        try:
            services.follow_up_add(actor=request.person, team=team, **form.service_arguments())
            saved = True
        except ValidationError as error:
            apply_errors(form, error)
    return _answer(request, team, saved, follow_up_form=None if saved else form)


@require_POST
@person_required
def follow_up_done(request: HttpRequest, team_id: int, follow_up_id: int) -> HttpResponse:
    """Tick a follow-up off (or, with done=0, open it again)."""
    team = _team(request, team_id)
    follow_up = (
        FollowUp.objects.select_related("meeting__team")
        .filter(meeting__team=team, pk=follow_up_id)
        .first()
    )
    if follow_up is None:
        raise Http404
    done = request.POST.get("done", "1") != "0"
    services.follow_up_set_done(actor=request.person, follow_up=follow_up, done=done)
    if htmx_partial(request):
        context = {
            "team": team,
            "follow_up": follow_up,
            "runs": can_run_meeting(Access(request.person), team),
            "viewer_id": request.person.pk,
        }
        return render(request, "web/meetings/_follow_up.html", context)
    messages.success(request, _("Follow-up updated."))
    return _back(request, team)
