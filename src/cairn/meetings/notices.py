"""What the meeting tells people: a follow-up assigned to them, and the agenda before the meeting."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_tasks import task

from cairn.meetings.board import MemberBoard, meeting_board, team_channel_filter
from cairn.meetings.models import FollowUp, MeetingSchedule
from cairn.meetings.schedule import MeetingTime
from cairn.notifications.kinds import Kind
from cairn.notifications.runs import claimed, run_claimed
from cairn.notifications.services import Subject, notify, site_path
from cairn.notifications.team_chat import team_post
from cairn.okrs.permissions import Access
from cairn.organisations.models import Team


@task()
def notify_follow_up(follow_up_id: int) -> int:
    """Tell a follow-up's assignee about it; return 1 when stored."""
    follow_up = (
        FollowUp.objects.select_related("meeting__team", "assignee__user", "created_by__user")
        .filter(pk=follow_up_id, done=False)
        .first()
    )
    if follow_up is None or follow_up.assignee is None:
        return 0
    team = follow_up.meeting.team
    due = follow_up.due.isoformat() if follow_up.due else ""
    body = follow_up.text + (f"\n{_('Due %(date)s') % {'date': due}}" if due else "")
    stored = notify(
        recipient=follow_up.assignee,
        kind=Kind.MEETING_FOLLOW_UP,
        dedupe_key=str(follow_up.pk),
        title=_("Follow-up from the %(team)s meeting") % {"team": team.name},
        body=body,
        link=site_path("team_meeting", team.pk),
        subject=Subject("follow_up", follow_up.pk),
        data={"follow_up": follow_up.pk, "team": team.pk, "due": due},
    )
    return int(stored is not None)


def agenda_data(team: Team, boards: list[MemberBoard], open_follow_ups: list[FollowUp]) -> dict:
    """Return the agenda as plain values: who has not checked in, problems, open follow-ups."""
    return {
        "team": team.name,
        "not_checked_in": [b.person.name for b in boards if b.not_checked_in],
        "problems": [
            {"owner": b.person.name, "title": row.key_result.title, "blockers": row.blockers}
            for b in boards
            for row in b.problems
        ],
        "follow_ups": [
            {
                "text": f.text,
                "assignee": f.assignee.name if f.assignee else "",
                "due": f.due.isoformat() if f.due else "",
            }
            for f in open_follow_ups
        ],
    }


def agenda_text(data: dict[str, Any]) -> str:
    """Return the agenda's plain-text body."""
    lines = [_("Not checked in yet:")]
    lines += [f"• {name}" for name in data["not_checked_in"]] or [f"• {_('everyone has')}"]
    lines.append(_("Problems:"))
    lines += [
        f"• {p['owner']}: {p['title']}" + (f" ({p['blockers']})" if p["blockers"] else "")
        for p in data["problems"]
    ] or [f"• {_('none')}"]
    lines.append(_("Open follow-ups:"))
    lines += [
        f"• {f['text']}" + (f" ({f['assignee']})" if f["assignee"] else "")
        for f in data["follow_ups"]
    ] or [f"• {_('none')}"]
    return "\n".join(lines)


def _open_follow_ups(team: Team) -> list[FollowUp]:
    return list(
        FollowUp.objects.filter(meeting__team=team, done=False)
        .select_related("assignee__user")
        .order_by("due", "created_at", "pk")
    )


def _send_agenda(team: Team, meeting: datetime, now: datetime) -> int:
    """Send the agenda of one meeting to every member and the team's channels; return how many."""
    from cairn.web.queries.common import current_cycle

    cycle = current_cycle(team.organisation)
    follow_ups = _open_follow_ups(team)
    day = meeting.date().isoformat()
    when = date_format(meeting, "l H:i")
    title = _("Agenda: %(team)s meeting, %(when)s") % {"team": team.name, "when": when}
    link = site_path("team_meeting", team.pk)
    boards = meeting_board(team, cycle, team_channel_filter(team), now)
    channel_data = agenda_data(team, boards, follow_ups)
    sent = team_post(
        team=team,
        kind=Kind.MEETING_AGENDA,
        dedupe_key=f"{team.pk}:{day}",
        title=title,
        body=agenda_text(channel_data),
        link=link,
        now=now,
    )
    for board in boards:
        visible = Access(board.person).objective_filter()
        # Each member's agenda holds only the key results they may see.
        data = agenda_data(team, meeting_board(team, cycle, visible, now), follow_ups)
        data["meeting"] = meeting.isoformat()
        stored = notify(
            recipient=board.person,
            kind=Kind.MEETING_AGENDA,
            dedupe_key=f"{team.pk}:{day}",
            title=title,
            body=agenda_text(data),
            link=link,
            subject=Subject("team", team.pk),
            data=data,
            now=now,
        )
        sent += stored is not None
    return sent


def agendas_send(*, now: datetime) -> int:
    """Send every agenda whose window (N hours before the meeting) holds `now`; return how many."""
    teams = Team.objects.select_related("organisation")
    schedules = {s.team_id: s for s in MeetingSchedule.objects.all()}
    due = []
    for team in teams:
        meeting = MeetingTime.of(team, schedules.get(team.pk)).agenda_due(team, now)
        if meeting is not None:
            due.append((team, meeting, f"{team.pk}:{meeting.date().isoformat()}"))
    # The tick runs every minute of the window: agendas sent already are skipped in one query.
    seen = claimed("agenda", [slot for _team, _meeting, slot in due])
    sent = 0
    for team, meeting, slot in due:
        if slot in seen:
            continue
        # Claimed in the same transaction as the agenda: a worker that dies half-way leaves
        # no claim, and the next tick sends the whole agenda.
        work = partial(_send_agenda, team, meeting, now)
        sent += run_claimed(job="agenda", slot=slot, now=now, work=work) or 0
    return sent
