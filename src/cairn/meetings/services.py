"""Writes of the meeting: decisions, follow-ups (assigned, ticked off) and the team's schedule."""

from __future__ import annotations

from datetime import date, datetime, time

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import tasks
from cairn.meetings.models import FollowUp, MeetingDecision, MeetingSchedule, TeamMeeting
from cairn.meetings.permissions import can_run_meeting, require_run, require_see
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person, Team

MAX_TEXT = 2000
MAX_NOTES = 20000


def meeting_day(team: Team, now: datetime | None = None) -> date:
    """Return the team's local date: the meeting a lead records into today."""
    return (now or timezone.now()).astimezone(team.organisation.zone).date()


def _meeting(team: Team, day: date) -> TeamMeeting:
    """Return the team's meeting on the day, created on first use (safe against a race)."""
    found = TeamMeeting.objects.filter(team=team, date=day).first()
    if found is not None:
        return found
    try:
        with transaction.atomic():
            return TeamMeeting.objects.create(
                organisation_id=team.organisation_id, team=team, date=day
            )
    except IntegrityError:
        return TeamMeeting.objects.get(team=team, date=day)


def _text(text: str, field: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationError({field: _("Write something first.")})
    if len(text) > MAX_TEXT or "\x00" in text:
        raise ValidationError({field: _("Keep it under %(n)d characters.") % {"n": MAX_TEXT}})
    return text


@transaction.atomic
def decision_add(
    *, actor: Person, team: Team, text: str, now: datetime | None = None
) -> MeetingDecision:
    """Record a decision in today's meeting of the team (its leads and admins)."""
    require_run(Access(actor), team)
    text = _text(text, "text")
    meeting = _meeting(team, meeting_day(team, now))
    return MeetingDecision.objects.create(
        organisation_id=team.organisation_id, meeting=meeting, text=text, author=actor
    )


@transaction.atomic
def meeting_notes_update(
    *, actor: Person, team: Team, notes: str, now: datetime | None = None
) -> TeamMeeting:
    """Replace the notes of today's meeting of the team (its leads and admins)."""
    require_run(Access(actor), team)
    notes = notes.strip()
    if len(notes) > MAX_NOTES or "\x00" in notes:
        raise ValidationError(
            {"notes": _("Keep the notes under %(n)d characters.") % {"n": MAX_NOTES}}
        )
    meeting = _meeting(team, meeting_day(team, now))
    meeting.notes = notes
    meeting.save(update_fields=["notes"])
    return meeting


@transaction.atomic
def follow_up_add(
    *,
    actor: Person,
    team: Team,
    text: str,
    assignee: Person | None = None,
    due: date | None = None,
    now: datetime | None = None,
) -> FollowUp:
    """Record a follow-up in today's meeting; its assignee (a member of the team) is told."""
    from cairn.meetings.notices import notify_follow_up

    require_run(Access(actor), team)
    text = _text(text, "text")
    if (
        assignee is not None
        and not team.memberships.filter(person=assignee, person__is_active=True).exists()
    ):
        raise ValidationError({"assignee": _("Choose someone in the team.")})
    meeting = _meeting(team, meeting_day(team, now))
    follow_up = FollowUp.objects.create(
        organisation_id=team.organisation_id,
        meeting=meeting,
        text=text,
        assignee=assignee,
        due=due,
        created_by=actor,
    )
    if assignee is not None and assignee.pk != actor.pk:
        tasks.enqueue(notify_follow_up, follow_up.pk)
    return follow_up


def can_tick(actor: Person, follow_up: FollowUp) -> bool:
    """Return True when the actor may mark the follow-up done: its assignee, leads, admins."""
    if follow_up.organisation_id != actor.organisation_id or actor.is_viewer:
        return False
    return follow_up.assignee_id == actor.pk or can_run_meeting(
        Access(actor), follow_up.meeting.team
    )


@transaction.atomic
def follow_up_set_done(
    *, actor: Person, follow_up: FollowUp, done: bool, now: datetime | None = None
) -> FollowUp:
    """Tick a follow-up off (or open it again)."""
    require_see(Access(actor), follow_up.meeting.team)
    if not can_tick(actor, follow_up):
        raise PermissionDenied(_("Only its assignee, the team's leads and admins tick it off."))
    follow_up.done = done
    follow_up.done_at = (now or timezone.now()) if done else None
    follow_up.save(update_fields=["done", "done_at"])
    return follow_up


@transaction.atomic
def meeting_schedule_update(
    *,
    actor: Person,
    team: Team,
    weekday: int | None,
    at: time | None,
    agenda_hours: int,
) -> MeetingSchedule:
    """Set when the team meets and how many hours before its agenda goes out."""
    require_run(Access(actor), team)
    row = MeetingSchedule.objects.select_for_update().filter(team=team).first()
    row = row or MeetingSchedule(organisation_id=team.organisation_id, team=team)
    row.weekday, row.time, row.agenda_hours = weekday, at, agenda_hours
    row.full_clean(exclude=["organisation", "team"])
    row.save()
    return row
