"""A person's effective notification settings and what they mean at a given moment."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from cairn.notifications.kinds import ALWAYS_SENT
from cairn.notifications.models import Preference
from cairn.organisations.models import Person

REMINDER_HOUR = 9  # local, when the person has not chosen one
NUDGE_HOURS_LATER = 6  # the second nudge: 9:00 → 15:00


@dataclass(frozen=True)
class Settings:
    """What a person receives and when (their own row, else the organisation's defaults)."""

    kinds_off: frozenset[str] = field(default_factory=frozenset)
    email: bool = True
    chat: bool = True
    check_in_weekday: int | None = None
    check_in_hour: int | None = None
    digest_weekday: int | None = None
    quiet_start: time | None = None
    quiet_end: time | None = None
    paused_until: date | None = None

    @classmethod
    def of(cls, row: Preference | None) -> Settings:
        """Return the settings a stored row holds (the built-in defaults for None)."""
        if row is None:
            return cls()
        return cls(
            kinds_off=frozenset(row.kinds_off or ()),
            email=row.email,
            chat=row.chat,
            check_in_weekday=row.check_in_weekday,
            check_in_hour=row.check_in_hour,
            digest_weekday=row.digest_weekday,
            quiet_start=row.quiet_start,
            quiet_end=row.quiet_end,
            paused_until=row.paused_until,
        )

    def wants(self, kind: str) -> bool:
        return kind in ALWAYS_SENT or kind not in self.kinds_off

    def paused(self, person: Person, now: datetime) -> bool:
        """Return True while the person is on leave (paused through that local date)."""
        return self.paused_until is not None and now.astimezone(person.zone).date() <= (
            self.paused_until
        )

    def weekday(self, person: Person) -> int:
        if self.check_in_weekday is not None:
            return self.check_in_weekday
        return person.organisation.check_in_weekday

    def digest_day(self) -> int:
        return 0 if self.digest_weekday is None else self.digest_weekday

    def hour(self) -> int:
        return REMINDER_HOUR if self.check_in_hour is None else self.check_in_hour

    def after_quiet_hours(self, person: Person, now: datetime) -> datetime:
        """Return `now`, or the end of the quiet hours (person's local time) if now is inside."""
        if self.quiet_start is None or self.quiet_end is None or self.quiet_start == self.quiet_end:
            return now
        return quiet_hours_end(self.quiet_start, self.quiet_end, person.zone, now)


def quiet_hours_end(start: time, end: time, zone: tzinfo, now: datetime) -> datetime:
    """Return `now`, or the end of the quiet hours (wall-clock `start`–`end` in `zone`, which may
    wrap midnight) when `now` falls inside them."""
    local = now.astimezone(zone)
    clock = local.time().replace(tzinfo=None)
    inside = start <= clock < end if start < end else (clock >= start or clock < end)
    if not inside:
        return now
    day = local.date() if clock < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=zone).astimezone(UTC).astimezone(zone)


def local_moment(person: Person, day: date, at: time) -> datetime:
    """Return the aware moment of a local wall-clock time (a DST gap moves it forward)."""
    moment = datetime.combine(day, at, tzinfo=person.zone)
    # Round-trip through UTC: a wall time skipped by DST comes back normalised.
    return moment.astimezone(UTC).astimezone(person.zone)


def settings_for(person: Person) -> Settings:
    """Return one person's effective settings (two queries at most)."""
    row = Preference.objects.filter(person=person).first()
    if row is None:
        row = Preference.objects.filter(
            organisation_id=person.organisation_id, person__isnull=True
        ).first()
    return Settings.of(row)


def settings_by_person(people: Iterable[Person]) -> dict[int, Settings]:
    """Return every listed person's effective settings, read in one query."""
    people = list(people)
    org_ids = {p.organisation_id for p in people}
    person_ids = [p.pk for p in people]
    rows = Preference.objects.filter(organisation_id__in=org_ids).filter(
        person_id__in=person_ids
    ) | Preference.objects.filter(organisation_id__in=org_ids, person__isnull=True)
    own: dict[int, Preference] = {}
    defaults: dict[int, Preference] = {}
    for row in rows:
        if row.person_id is None:
            defaults[row.organisation_id] = row
        else:
            own[row.person_id] = row
    return {p.pk: Settings.of(own.get(p.pk) or defaults.get(p.organisation_id)) for p in people}
