"""When a team meets and when its agenda goes out, in the organisation's time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from cairn.meetings.models import AGENDA_HOURS_BEFORE, MEETING_HOUR, MeetingSchedule
from cairn.organisations.models import Team


@dataclass(frozen=True)
class MeetingTime:
    """A team's effective meeting day, local time and agenda lead time."""

    weekday: int
    at: time
    agenda_hours: int

    @classmethod
    def of(cls, team: Team, row: MeetingSchedule | None) -> MeetingTime:
        """Return the team's settings: its own row, else the organisation's check-in day at 10:00."""
        organisation = team.organisation
        weekday = organisation.check_in_weekday
        at, hours = time(MEETING_HOUR), AGENDA_HOURS_BEFORE
        if row is not None:
            weekday = organisation.check_in_weekday if row.weekday is None else row.weekday
            at = row.time or at
            hours = row.agenda_hours
        return cls(weekday, at, hours)

    def moment(self, team: Team, day: date) -> datetime:
        """Return the aware moment of the meeting on a local day (a DST gap moves it forward)."""
        zone = team.organisation.zone
        return datetime.combine(day, self.at, tzinfo=zone).astimezone(UTC).astimezone(zone)

    def next_meeting(self, team: Team, now: datetime) -> datetime:
        """Return the first meeting moment at or after `now`."""
        today = now.astimezone(team.organisation.zone).date()
        for offset in range(8):
            day = today + timedelta(days=offset)
            if day.weekday() == self.weekday and self.moment(team, day) >= now:
                return self.moment(team, day)
        raise AssertionError("a weekday recurs within 8 days")  # pragma: no cover

    def agenda_due(self, team: Team, now: datetime) -> datetime | None:
        """Return the meeting whose agenda window (N hours before until it starts) holds `now`."""
        meeting = self.next_meeting(team, now)
        return meeting if now >= meeting - timedelta(hours=self.agenda_hours) else None


def meeting_time(team: Team) -> MeetingTime:
    """Return one team's effective meeting settings (one query)."""
    return MeetingTime.of(team, MeetingSchedule.objects.filter(team=team).first())
