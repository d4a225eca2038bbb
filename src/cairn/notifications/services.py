"""Writing notifications: `notify` (the one entry point for every feature), read state, unsubscribe."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import audit, tasks
from cairn.notifications.kinds import ALWAYS_SENT, KIND_VALUES, Channel, DeliveryStatus
from cairn.notifications.models import ChatChannel, Delivery, Notification, Preference
from cairn.notifications.preferences import Settings, settings_for
from cairn.organisations.models import Person, Team, TeamMembership


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


def _channels(recipient: Person, prefs: Settings, kind: str) -> list[str]:
    """Return the outside channels the person receives on (the inbox always has it)."""
    channels = []
    if (prefs.email or kind in ALWAYS_SENT) and recipient.user.email:
        channels.append(Channel.EMAIL)
    if prefs.chat and ChatChannel.objects.filter(person=recipient).exists():
        channels.append(Channel.CHAT)
    return channels


def _first_attempt(
    channel: str, recipient: Person, prefs: Settings, now: datetime, kind: str
) -> datetime:
    """Return when a new delivery is first tried: after quiet hours, emails after the batch wait
    (a security notice at once)."""
    if kind in ALWAYS_SENT:
        return now
    moment = now
    if channel == Channel.EMAIL:
        moment = now + timedelta(seconds=settings.CAIRN_NOTIFY_BATCH_SECONDS)
    return prefs.after_quiet_hours(recipient, moment)


def _create_once(notification: Notification) -> bool:
    """Insert the notification unless its (recipient, dedupe_key) exists; return True if new."""
    try:
        with transaction.atomic():  # a savepoint: a duplicate leaves the outer transaction usable
            notification.save(force_insert=True)
    except IntegrityError:
        return False
    return True


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
    if kind not in KIND_VALUES:
        raise ValueError(f"Unknown notification kind {kind!r}")
    now = now or timezone.now()
    prefs = settings_for(recipient)
    if not recipient.is_active or not prefs.wants(kind):
        return None
    notification = Notification(
        organisation_id=recipient.organisation_id,
        recipient=recipient,
        kind=kind,
        dedupe_key=f"{kind}:{dedupe_key}"[:200],
        subject_type=subject.type if subject else "",
        subject_id=subject.id if subject else None,
        title=title[:300],
        body=body,
        link=link[:300],
        data=data or {},
        created_at=now,
    )
    if not _create_once(notification):
        return None
    _queue_deliveries(notification, recipient, prefs, now)
    return notification


def _queue_deliveries(
    notification: Notification, recipient: Person, prefs: Settings, now: datetime
) -> None:
    from cairn.notifications.delivery import send_due_deliveries

    kind = notification.kind
    paused = prefs.paused(recipient, now) and kind not in ALWAYS_SENT
    for channel in _channels(recipient, prefs, kind):
        at = _first_attempt(channel, recipient, prefs, now, kind)
        Delivery.objects.create(
            organisation_id=recipient.organisation_id,
            notification=notification,
            recipient=recipient,
            channel=channel,
            status=DeliveryStatus.SKIPPED if paused else DeliveryStatus.PENDING,
            last_error=_("Paused while on leave.") if paused else "",
            next_attempt_at=None if paused else at,
            created_at=now,
        )
        if not paused:
            # A security notice goes out now, not at the worker's next tick.
            run_after = None if kind in ALWAYS_SENT else at
            tasks.enqueue(send_due_deliveries, person_id=recipient.pk, run_after=run_after)


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
