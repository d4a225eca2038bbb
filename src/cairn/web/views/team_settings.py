"""A team's settings for its leads and admins: when it meets, its chat channels and what they get."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cairn.meetings import services as meeting_services
from cairn.meetings.permissions import require_run
from cairn.meetings.schedule import meeting_time
from cairn.notifications import services
from cairn.notifications.models import ChatChannel, TeamChatSettings
from cairn.notifications.team_chat import TEAM_KINDS, team_chat_settings_update
from cairn.okrs.permissions import Access
from cairn.organisations.models import Team
from cairn.web.decorators import person_required
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.meetings import MeetingScheduleForm
from cairn.web.forms.notifications import ChatChannelForm, TeamChatSettingsForm
from cairn.web.queries.directory import team_in

NAV = "teams"


def _team(request: HttpRequest, team_id: int) -> Team:
    team = team_in(request.person.organisation, team_id)
    require_run(Access(request.person), team)
    return team


def _schedule_initial(team: Team) -> dict:
    row = getattr(team, "meeting_schedule", None)
    effective = meeting_time(team)
    return {
        "weekday": row.weekday if row else None,
        "at": row.time if row else None,
        "agenda_hours": effective.agenda_hours,
    }


def _chat_initial(team: Team) -> dict:
    row = TeamChatSettings.objects.filter(team=team).first()
    off = set(row.kinds_off) if row else set()
    return {
        "kinds": [kind.value for kind in TEAM_KINDS if kind.value not in off],
        "quiet_start": row.quiet_start if row else None,
        "quiet_end": row.quiet_end if row else None,
    }


def _page(
    request: HttpRequest,
    team: Team,
    *,
    schedule_form: MeetingScheduleForm | None = None,
    channel_form: ChatChannelForm | None = None,
    chat_form: TeamChatSettingsForm | None = None,
    status: int = 200,
) -> HttpResponse:
    context = {
        "nav": NAV,
        "team": team,
        "meeting_time": meeting_time(team),
        "schedule_form": schedule_form or MeetingScheduleForm(initial=_schedule_initial(team)),
        "channel_form": channel_form or ChatChannelForm(),
        "channels": ChatChannel.objects.filter(team=team),
        "chat_form": chat_form or TeamChatSettingsForm(initial=_chat_initial(team)),
    }
    return render(request, "web/meetings/team_settings.html", context, status=status)


@person_required
def team_settings(request: HttpRequest, team_id: int) -> HttpResponse:
    """Return the team's settings; a valid POST saves the meeting time."""
    team = _team(request, team_id)
    if request.method != "POST":
        return _page(request, team)
    form = MeetingScheduleForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            meeting_services.meeting_schedule_update(
                actor=request.person,
                team=team,
                weekday=data["weekday"],
                at=data["at"],
                agenda_hours=data["agenda_hours"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Meeting time saved."))
            return redirect("team_settings", team.pk)
    return _page(request, team, schedule_form=form, status=400)


@require_POST
@person_required
def team_chat_settings(request: HttpRequest, team_id: int) -> HttpResponse:
    """Save which kinds the team's channels get and their quiet hours."""
    team = _team(request, team_id)
    form = TeamChatSettingsForm(request.POST)
    if form.is_valid():
        try:
            team_chat_settings_update(actor=request.person, team=team, **form.changes())
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Team chat settings saved."))
            return redirect("team_settings", team.pk)
    return _page(request, team, chat_form=form, status=400)


def _channel(team: Team, pk: int) -> ChatChannel:
    channel = ChatChannel.objects.filter(team=team, pk=pk).first()
    if channel is None:
        raise Http404
    return channel


@require_POST
@person_required
def team_channel_add(request: HttpRequest, team_id: int) -> HttpResponse:
    """Add a chat channel to the team from its apprise URL (shown masked afterwards)."""
    team = _team(request, team_id)
    form = ChatChannelForm(request.POST)
    if form.is_valid():
        try:
            services.chat_channel_create(actor=request.person, team=team, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Team chat channel added."))
            return redirect("team_settings", team.pk)
    return _page(request, team, channel_form=form, status=400)


@require_POST
@person_required
def team_channel_test(request: HttpRequest, team_id: int, pk: int) -> HttpResponse:
    """Send a sample message to one of the team's channels; say whether it arrived."""
    team = _team(request, team_id)
    channel = _channel(team, pk)
    try:
        services.chat_channel_test(actor=request.person, channel=channel)
    except ValidationError as error:
        messages.error(
            request, _("The test message failed: %(e)s") % {"e": " ".join(error.messages)}
        )
    else:
        messages.success(request, _("Test message sent to %(name)s.") % {"name": channel.name})
    return redirect("team_settings", team.pk)


@require_POST
@person_required
def team_channel_delete(request: HttpRequest, team_id: int, pk: int) -> HttpResponse:
    """Remove one of the team's chat channels."""
    team = _team(request, team_id)
    services.chat_channel_delete(actor=request.person, channel=_channel(team, pk))
    messages.success(request, _("Team chat channel removed."))
    return redirect("team_settings", team.pk)
