"""Writing notifications: `notify` (the one entry point for every feature), read state, unsubscribe."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max, QuerySet
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import audit, tasks
from cairn.notifications.kinds import ALWAYS_SENT, KIND_VALUES, Channel, DeliveryStatus
from cairn.notifications.models import ChatChannel, Delivery, Notification, Preference
from cairn.notifications.preferences import Settings, settings_by_person, settings_for
from cairn.organisations.models import Person, Team, TeamMembership

T = TypeVar("T")


def site_path(name: str, *args: object) -> str:
    """Return the path of a web page for a notification's link ("" where the web app is absent)."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


@dataclass(frozen=True)
class Subject:
    """What a notification is about: a model name and id, for links and later lookups."""

    type: str
    id: int


def _first_attempt(
    channel: str,
    recipient: Person,
    prefs: Settings,
    now: datetime,
    kind: str,
    last_chat: datetime | None = None,
) -> datetime:
    """Return when a new delivery is first tried (a security notice at once).

    An email waits the batch window. A chat post goes at once, unless the person had one
    within the window (`last_chat`): then it waits for the window's end and goes out with the
    others that arrived meanwhile, as one post. Both wait for the end of quiet hours.
    """
    if kind in ALWAYS_SENT:
        return now
    window = timedelta(seconds=settings.CAIRN_NOTIFY_BATCH_SECONDS)
    moment = now
    if channel == Channel.EMAIL:
        moment = now + window
    elif last_chat is not None:
        moment = max(now, last_chat + window)
    return prefs.after_quiet_hours(recipient, moment)


def _last_chats(people: set[int], now: datetime) -> dict[int, datetime]:
    """Return when each person's latest chat post went out, for those posted to within the
    batch window (one query)."""
    since = now - timedelta(seconds=settings.CAIRN_NOTIFY_BATCH_SECONDS)
    rows = (
        Delivery.objects.filter(recipient_id__in=people, channel=Channel.CHAT, sent_at__gte=since)
        .values("recipient_id")
        .annotate(last=Max("sent_at"))
    )
    return {row["recipient_id"]: row["last"] for row in rows}


@dataclass(frozen=True)
class Message:
    """One event for one person, as `notify_many` stores it."""

    recipient: Person
    kind: str
    dedupe_key: str
    title: str
    body: str = ""
    link: str = ""
    subject: Subject | None = None
    data: dict[str, Any] | None = None


def chunked(items: Sequence[T], size: int | None = None) -> Iterator[Sequence[T]]:
    """Yield the items in slices of `size` (the tick's batch size by default)."""
    size = size or settings.CAIRN_NOTIFY_TICK_BATCH
    for start in range(0, len(items), size):
        yield items[start : start + size]


@transaction.atomic
def notify(
    *,
    recipient: Person,
    kind: str,
    dedupe_key: str,
    title: str,
    body: str = "",
    link: str = "",
    subject: Subject | None = None,
    data: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> Notification | None:
    """Record one event for one person and queue its deliveries; return None when not stored.

    Nothing is stored when the person turned the kind off, is inactive, or already has a
    notification with this `dedupe_key` (the same event, from a retry or another worker).
    """
    message = Message(recipient, kind, dedupe_key, title, body, link, subject, data)
    stored = notify_many([message], now=now)
    return stored[0] if stored else None


@transaction.atomic
def notify_many(messages: Sequence[Message], *, now: datetime | None = None) -> list[Notification]:
    """Record many events at once and queue their deliveries; return the notifications stored.

    The same rules as `notify`, in a number of queries that does not grow with the messages
    (up to `CAIRN_NOTIFY_TICK_BATCH` at a time): settings and chat channels read at once, the
    notifications inserted with ON CONFLICT DO NOTHING on `(recipient, dedupe_key)` and read
    back, deliveries inserted likewise (`(notification, channel)` is unique, so a delivery is
    stored once even when two workers both took an event for new), tasks queued per batch.
    """
    for message in messages:
        if message.kind not in KIND_VALUES:
            raise ValueError(f"Unknown notification kind {message.kind!r}")
    now = now or timezone.now()
    stored: list[Notification] = []
    for batch in chunked(messages):
        stored += _store(batch, now)
    return stored


def _wanted(messages: Sequence[Message], prefs: dict[int, Settings], now: datetime) -> dict:
    """Return the notifications to insert, by (recipient, dedupe key), the first of each."""
    rows: dict[tuple[int, str], Notification] = {}
    for message in messages:
        recipient = message.recipient
        if not recipient.is_active or not prefs[recipient.pk].wants(message.kind):
            continue
        row = Notification(
            organisation_id=recipient.organisation_id,
            recipient=recipient,
            kind=message.kind,
            dedupe_key=f"{message.kind}:{message.dedupe_key}"[:200],
            subject_type=message.subject.type if message.subject else "",
            subject_id=message.subject.id if message.subject else None,
            title=message.title[:300],
            body=message.body,
            link=message.link[:300],
            data=message.data or {},
            created_at=now,
        )
        rows.setdefault((recipient.pk, row.dedupe_key), row)
    return rows


def _keyed(keys: Iterable[tuple[int, str]]) -> QuerySet[Notification]:
    """Return the notifications with any of the (recipient, dedupe key) pairs (and a few more:
    the filter crosses recipients and keys, callers match pairs)."""
    keys = list(keys)
    return Notification.objects.filter(
        recipient_id__in={person for person, _key in keys},
        dedupe_key__in={key for _person, key in keys},
    )


def _store(messages: Sequence[Message], now: datetime) -> list[Notification]:
    people = list({m.recipient.pk: m.recipient for m in messages}.values())
    prefs = settings_by_person(people)
    rows = _wanted(messages, prefs, now)
    if not rows:
        return []
    existing = set(_keyed(rows).values_list("recipient_id", "dedupe_key"))
    Notification.objects.bulk_create(
        [row for key, row in rows.items() if key not in existing], ignore_conflicts=True
    )
    fresh = {key for key in rows if key not in existing}
    stored = []
    for row in _keyed(fresh).only("id", "recipient_id", "dedupe_key"):
        key = (row.recipient_id, row.dedupe_key)
        if key in fresh:
            rows[key].pk = row.pk
            rows[key]._state.adding = False
            stored.append(rows[key])
    stored.sort(key=lambda n: n.pk)
    _queue_deliveries(stored, prefs, now)
    return stored


def _channels(recipient: Person, prefs: Settings, kind: str, chat: set[int]) -> list[str]:
    """Return the outside channels the person receives on (the inbox always has it)."""
    channels = []
    if (prefs.email or kind in ALWAYS_SENT) and recipient.user.email:
        channels.append(Channel.EMAIL)
    if prefs.chat and recipient.pk in chat:
        channels.append(Channel.CHAT)
    return channels


def _queue_deliveries(
    notifications: list[Notification], prefs: dict[int, Settings], now: datetime
) -> None:
    """Insert the deliveries of new notifications and queue their sending, one task per batch."""
    from cairn.notifications.delivery import send_due_deliveries

    people = {n.recipient_id for n in notifications}
    chat = set(ChatChannel.objects.filter(person_id__in=people).values_list("person_id", flat=True))
    last_chats = _last_chats(chat, now) if chat else {}
    deliveries = []
    wake: dict[datetime | None, set[int]] = defaultdict(set)
    for notification in notifications:
        recipient, kind = notification.recipient, notification.kind
        mine = prefs[recipient.pk]
        paused = mine.paused(recipient, now) and kind not in ALWAYS_SENT
        for channel in _channels(recipient, mine, kind, chat):
            last_chat = last_chats.get(recipient.pk)
            at = _first_attempt(channel, recipient, mine, now, kind, last_chat)
            deliveries.append(
                Delivery(
                    organisation_id=recipient.organisation_id,
                    notification=notification,
                    recipient=recipient,
                    channel=channel,
                    status=DeliveryStatus.SKIPPED if paused else DeliveryStatus.PENDING,
                    last_error=_("Paused while on leave.") if paused else "",
                    next_attempt_at=None if paused else at,
                    created_at=now,
                )
            )
            if not paused:
                # A security notice goes out now, not at the worker's next tick.
                wake[None if kind in ALWAYS_SENT else at].add(recipient.pk)
    Delivery.objects.bulk_create(deliveries, ignore_conflicts=True)
    for run_after, person_ids in wake.items():
        for batch in chunked(sorted(person_ids)):
            tasks.enqueue(send_due_deliveries, person_ids=list(batch), run_after=run_after)


@transaction.atomic
def notification_mark_read(
    *, actor: Person, notification_id: int, now: datetime | None = None
) -> int:
    """Mark one of the actor's notifications read; return how many changed (0 or 1)."""
    return Notification.objects.filter(
        recipient=actor, pk=notification_id, read_at__isnull=True
    ).update(read_at=now or timezone.now())


@transaction.atomic
def notifications_mark_all_read(*, actor: Person, now: datetime | None = None) -> int:
    """Mark all of the actor's notifications read; return how many changed."""
    return Notification.objects.filter(recipient=actor, read_at__isnull=True).update(
        read_at=now or timezone.now()
    )


def _own_row(person: Person) -> Preference:
    """Return the person's own preference row, created from the organisation defaults."""
    row = Preference.objects.select_for_update().filter(person=person).first()
    if row is not None:
        return row
    defaults = settings_for(person)
    return Preference.objects.create(
        organisation_id=person.organisation_id,
        person=person,
        kinds_off=sorted(defaults.kinds_off),
        email=defaults.email,
        chat=defaults.chat,
        check_in_weekday=defaults.check_in_weekday,
        check_in_hour=defaults.check_in_hour,
        digest_weekday=defaults.digest_weekday,
        quiet_start=defaults.quiet_start,
        quiet_end=defaults.quiet_end,
    )


@transaction.atomic
def notifications_unsubscribe(*, person: Person, kinds: list[str]) -> Preference:
    """Turn the given kinds off for the person (the one-click unsubscribe); return the row."""
    row = _own_row(person)
    row.kinds_off = sorted(set(row.kinds_off) | (set(kinds) & KIND_VALUES))
    row.save(update_fields=["kinds_off", "updated_at"])
    return row


PREFERENCE_FIELDS = (
    "kinds_off",
    "email",
    "chat",
    "check_in_weekday",
    "check_in_hour",
    "digest_weekday",
    "quiet_start",
    "quiet_end",
    "paused_until",
)


@transaction.atomic
def preference_update(*, actor: Person, person: Person | None = None, **changes: Any) -> Preference:
    """Save a person's settings (their own) or, with person=None, the organisation's defaults."""
    if person is None:
        if not actor.is_admin:
            raise PermissionDenied(_("Only admins set the organisation's defaults."))
        row, _created = Preference.objects.select_for_update().get_or_create(
            organisation_id=actor.organisation_id, person=None
        )
    else:
        if person.pk != actor.pk:
            raise PermissionDenied(_("You can change only your own notification settings."))
        row = _own_row(person)
        if "time_zone" in changes:
            person.time_zone = changes["time_zone"] or ""
            person.full_clean(validate_unique=False, validate_constraints=False)
            person.save(update_fields=["time_zone"])
    for name in PREFERENCE_FIELDS:
        if name in changes:
            setattr(row, name, changes[name])
    row.kinds_off = sorted(set(row.kinds_off) & KIND_VALUES)
    row.full_clean(exclude=["organisation", "person"])
    row.save()
    if person is None:
        audit.record(
            action=audit.Action.NOTIFICATION_DEFAULTS_CHANGED,
            actor=actor,
            object_type="notification_defaults",
            object_label=actor.organisation.name,
            details={"changed": sorted(n for n in PREFERENCE_FIELDS if n in changes)},
        )
    return row


def _may_manage(actor: Person, channel: ChatChannel) -> bool:
    if channel.organisation_id != actor.organisation_id:
        return False
    if channel.person_id is not None:
        return channel.person_id == actor.pk
    return (
        actor.is_admin
        or TeamMembership.objects.filter(
            team_id=channel.team_id, person=actor, is_lead=True
        ).exists()
    )


@transaction.atomic
def chat_channel_create(
    *, actor: Person, name: str, url: str, team: Team | None = None
) -> ChatChannel:
    """Add a chat channel for the actor (or a team they lead, or any team for admins)."""
    from cairn.notifications.channels.chat import chat_url_check

    channel = ChatChannel(
        organisation_id=actor.organisation_id,
        person=None if team else actor,
        team=team,
        name=name.strip()[:100],
        url=url.strip(),
        created_by=actor,
    )
    if team is not None and (team.organisation_id != actor.organisation_id):
        raise PermissionDenied(_("You cannot add a channel to this team."))
    if not _may_manage(actor, channel):
        raise PermissionDenied(_("Only the team's leads and admins add its chat channels."))
    if not channel.name:
        raise ValidationError({"name": _("Give the channel a name.")})
    try:
        chat_url_check(channel.url)
    except ValidationError as error:
        raise ValidationError({"url": error.messages}) from None
    channel.save()
    return channel


@transaction.atomic
def chat_channel_delete(*, actor: Person, channel: ChatChannel) -> None:
    """Remove a chat channel the actor manages."""
    if not _may_manage(actor, channel):
        raise PermissionDenied(_("You cannot remove this channel."))
    channel.delete()


def chat_channel_test(*, actor: Person, channel: ChatChannel) -> None:
    """Send a sample message to the channel; raise ValidationError saying why it failed."""
    from cairn.notifications.channels import DeliveryError
    from cairn.notifications.channels.chat import chat_send

    if not _may_manage(actor, channel):
        raise PermissionDenied(_("You cannot test this channel."))
    try:
        chat_send(
            channel.url,
            title=_("Cairn test message"),
            body=_("%(name)s connected this channel to Cairn at %(org)s.")
            % {"name": actor.name, "org": actor.organisation.name},
        )
    except DeliveryError as error:
        raise ValidationError(str(error)) from None


@transaction.atomic
def organisation_cadence_update(
    *, actor: Person, check_in_weekday: int, escalation_weeks: int
) -> None:
    """Set the organisation's check-in day and the missed weeks before leads are told."""
    if not actor.is_admin:
        raise PermissionDenied(_("Only admins change the organisation's check-in rhythm."))
    organisation = actor.organisation
    organisation.check_in_weekday = check_in_weekday
    organisation.escalation_weeks = escalation_weeks
    organisation.full_clean(validate_unique=False, validate_constraints=False)
    organisation.save(update_fields=["check_in_weekday", "escalation_weeks"])
