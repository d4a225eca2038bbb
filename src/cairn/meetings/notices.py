"""What the meeting tells people: a follow-up assigned to them, and the agenda before the meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task

from cairn.accounts.languages import in_language_of, organisation_language
from cairn.meetings.board import MemberBoard, limited, meeting_boards, visible_to
from cairn.meetings.models import FollowUp, MeetingSchedule
from cairn.meetings.schedule import MeetingTime
from cairn.notifications.kinds import Kind
from cairn.notifications.runs import claimed, runs_claimed
from cairn.notifications.services import (
    Message,
    Subject,
    chunked,
    notify,
    notify_many,
    site_path,
)
from cairn.notifications.team_chat import team_chats, team_post
from cairn.okrs.models import Cycle, Objective, Visibility
from cairn.organisations.models import Team


@task()
def notify_follow_up(follow_up_id: int) -> int:
    """Tell a follow-up's assignee about it; return 1 when stored."""
    follow_up = (
        FollowUp.objects.select_related(
            "meeting__team", "assignee__user", "assignee__organisation", "created_by__user"
        )
        .filter(pk=follow_up_id, done=False)
        .first()
    )
    if follow_up is None or follow_up.assignee is None:
        return 0
    team = follow_up.meeting.team
    due = follow_up.due.isoformat() if follow_up.due else ""
    with in_language_of(follow_up.assignee):  # the assignee's language, not the note taker's
        shown = date_format(follow_up.due, "DATE_FORMAT") if follow_up.due else ""
        body = follow_up.text + (f"\n{_('Due %(date)s') % {'date': shown}}" if due else "")
        title = _("Follow-up from the %(team)s meeting") % {"team": team.name}
    stored = notify(
        recipient=follow_up.assignee,
        kind=Kind.MEETING_FOLLOW_UP,
        dedupe_key=str(follow_up.pk),
        title=title,
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


def _open_follow_ups(teams: list[Team]) -> dict[int, list[FollowUp]]:
    """Return each team's open follow-ups, soonest due first (one query)."""
    found: dict[int, list[FollowUp]] = {team.pk: [] for team in teams}
    rows = (
        FollowUp.objects.filter(meeting__team__in=teams, done=False)
        .select_related("assignee__user", "meeting")
        .order_by("due", "created_at", "pk")
    )
    for follow_up in rows:
        found[follow_up.meeting.team_id].append(follow_up)
    return found


@dataclass
class Agenda:
    """One meeting's agenda, ready to store: the team channels' post and each member's copy."""

    team: Team
    post: dict[str, str]
    messages: list[Message]


@dataclass(frozen=True)
class Due:
    """A team whose agenda is due: the meeting and the slot that claims its agenda."""

    team: Team
    meeting: datetime
    slot: str


def _agendas(due: list[Due], now: datetime, cycles: dict[int, Cycle | None]) -> dict[str, Agenda]:
    """Build the agendas of many meetings (reads only), by slot.

    The boards are read once for all the teams; each member's copy keeps only the key results
    of objectives they may see (`visible_to`), so the queries do not grow with the teams or
    their members.
    """
    teams = [d.team for d in due]
    boards = meeting_boards(teams, cycles, now)
    follow_ups = _open_follow_ups(teams)
    objectives = {
        row.key_result.objective_id: row.key_result.objective
        for team_boards in boards.values()
        for board in team_boards
        for row in board.rows
    }
    people = {}
    for d in due:
        for board in boards[d.team.pk]:
            board.person.organisation = d.team.organisation  # their time zone falls back to it
            people[board.person.pk] = board.person
    visible = visible_to(list(people.values()), list(objectives.values()))
    return {d.slot: _agenda(d, boards[d.team.pk], follow_ups[d.team.pk], visible) for d in due}


def _agenda_title(team: Team, meeting: datetime) -> str:
    when = date_format(meeting, "l H:i")
    return _("Agenda: %(team)s meeting, %(when)s") % {"team": team.name, "when": when}


def _agenda(
    due: Due, boards: list[MemberBoard], follow_ups: list[FollowUp], visible: dict[int, set[int]]
) -> Agenda:
    team, meeting = due.team, due.meeting
    day = meeting.date().isoformat()
    link = site_path("team_meeting", team.pk)
    channel = {
        row.key_result.objective_id
        for board in boards
        for row in board.rows
        if _channel_sees(team, row.key_result.objective)
    }
    with override(organisation_language(team.organisation)):  # the channel has many readers
        post = {
            "kind": Kind.MEETING_AGENDA,
            "dedupe_key": f"{team.pk}:{day}",
            "title": _agenda_title(team, meeting),
            "body": agenda_text(agenda_data(team, limited(boards, channel), follow_ups)),
            "link": link,
        }
    messages = []
    for board in boards:
        # Each member's agenda holds only the key results they may see.
        data = agenda_data(team, limited(boards, visible[board.person.pk]), follow_ups)
        data["meeting"] = meeting.isoformat()
        with in_language_of(board.person):
            title, body = _agenda_title(team, meeting), agenda_text(data)
        messages.append(
            Message(
                recipient=board.person,
                kind=Kind.MEETING_AGENDA,
                dedupe_key=f"{team.pk}:{day}",
                title=title,
                body=body,
                link=link,
                subject=Subject("team", team.pk),
                data=data,
            )
        )
    return Agenda(team, post, messages)


def _store_agendas(agendas: dict[str, Agenda], now: datetime, won: set[str]) -> int:
    """Store the agendas of the slots this call claimed; return how many posts and copies."""
    mine = [agenda for slot, agenda in agendas.items() if slot in won]
    chats = team_chats([agenda.team for agenda in mine])
    sent = sum(
        team_post(team=agenda.team, now=now, known=chats[agenda.team.pk], **agenda.post)
        for agenda in mine
    )
    return sent + len(notify_many([m for agenda in mine for m in agenda.messages], now=now))


def _channel_sees(team: Team, objective: Objective) -> bool:
    """Return True when everyone in the team's chat channel may see it (`team_channel_filter`)."""
    return objective.organisation_id == team.organisation_id and (
        objective.visibility == Visibility.PUBLIC
        or (objective.visibility == Visibility.TEAM and objective.team_id in (None, team.pk))
    )


def agendas_send(*, now: datetime) -> int:
    """Send every agenda whose window (N hours before the meeting) holds `now`; return how many.

    Teams are taken `CAIRN_NOTIFY_TICK_BATCH` at a time: their agendas are built first (reads
    only), then claimed in the same transaction as they are stored, so a worker that dies
    half-way leaves no claim and the next tick sends whole agendas.
    """
    from cairn.web.queries.common import current_cycle

    teams = Team.objects.select_related("organisation")
    schedules = {s.team_id: s for s in MeetingSchedule.objects.all()}
    due = []
    for team in teams:
        meeting = MeetingTime.of(team, schedules.get(team.pk)).agenda_due(team, now)
        if meeting is not None:
            due.append(Due(team, meeting, f"{team.pk}:{meeting.date().isoformat()}"))
    # The tick runs every minute of the window: agendas sent already are skipped in one query.
    seen = claimed("agenda", [d.slot for d in due])
    due = [d for d in due if d.slot not in seen]
    cycles = {d.team.organisation_id: d.team.organisation for d in due}
    current = {pk: current_cycle(organisation) for pk, organisation in cycles.items()}
    sent = 0
    for batch in chunked(due):
        agendas = _agendas(list(batch), now, current)
        work = partial(_store_agendas, agendas, now)
        sent += runs_claimed(job="agenda", slots=list(agendas), now=now, work=work)
    return sent
