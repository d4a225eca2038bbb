"""Team chat channels: team-level events (the agenda, the team's pace alerts) posted to them.

A post is stored once per channel and event (`(channel, dedupe_key)` is unique) and sent with
the same claim, back-off and outbound guard as a person's chat delivery (`delivery.py`).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, time

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from cairn import tasks
from cairn.notifications.channels import DeliveryError
from cairn.notifications.channels.chat import chat_send
from cairn.notifications.delivery import BACKOFF, MAX_ATTEMPTS, _chat_body, _unclaimed
from cairn.notifications.kinds import KIND_VALUES, DeliveryStatus, Kind
from cairn.notifications.models import ChatChannel, TeamChatSettings, TeamPost
from cairn.notifications.preferences import quiet_hours_end
from cairn.organisations.models import Person, Team


def team_post(
    *,
    team: Team,
    kind: str,
    dedupe_key: str,
    title: str,
    body: str = "",
    link: str = "",
    now: datetime | None = None,
    known: TeamChat | None = None,
) -> int:
    """Queue one post per chat channel of the team; return how many were new.

    Nothing is stored for a kind the team turned off; inside the team's quiet hours the posts
    wait until they end (TeamChatSettings, on the team's settings page). `known` passes the
    team's settings and channels when read already for many teams (`team_chats`).
    """
    if kind not in KIND_VALUES:
        raise ValueError(f"Unknown notification kind {kind!r}")
    now = now or timezone.now()
    known = known or team_chats([team])[team.pk]
    settings = known.settings
    if settings is not None and kind in settings.kinds_off:
        return 0
    if not known.channels:
        return 0
    at = _after_quiet_hours(settings, team, now)
    stored = 0
    for channel in known.channels:
        post = TeamPost(
            organisation_id=team.organisation_id,
            channel=channel,
            kind=kind,
            dedupe_key=f"{kind}:{dedupe_key}"[:200],
            title=title[:300],
            body=body,
            link=link[:300],
            next_attempt_at=at,
            created_at=now,
        )
        try:
            with transaction.atomic():
                post.save(force_insert=True)
        except IntegrityError:
            continue  # the same event again (a retry, another worker)
        stored += 1
    if stored:
        tasks.enqueue(send_due_team_posts, run_after=at if at > now else None)
    return stored


@dataclass(frozen=True)
class TeamChat:
    """A team's chat settings (None: the defaults) and channels."""

    settings: TeamChatSettings | None
    channels: list[ChatChannel]


def team_chats(teams: list[Team]) -> dict[int, TeamChat]:
    """Return each team's chat settings and channels, read for all the teams in 2 queries."""
    settings = {s.team_id: s for s in TeamChatSettings.objects.filter(team__in=teams)}
    channels: dict[int, list[ChatChannel]] = {team.pk: [] for team in teams}
    for channel in ChatChannel.objects.filter(team__in=teams):
        channels[channel.team_id].append(channel)
    return {team.pk: TeamChat(settings.get(team.pk), channels[team.pk]) for team in teams}


def _after_quiet_hours(settings: TeamChatSettings | None, team: Team, now: datetime) -> datetime:
    if settings is None or settings.quiet_start is None or settings.quiet_end is None:
        return now
    if settings.quiet_start == settings.quiet_end:
        return now
    zone = team.organisation.zone
    return quiet_hours_end(settings.quiet_start, settings.quiet_end, zone, now)


def _claim(now: datetime) -> list[TeamPost]:
    """Mark the due, unclaimed posts as ours in one UPDATE; return the rows we got."""
    token = secrets.token_hex(16)
    due: QuerySet[TeamPost] = TeamPost.objects.filter(
        _unclaimed(now), status=DeliveryStatus.PENDING, next_attempt_at__lte=now
    )
    ids = list(due.values_list("pk", flat=True))
    if not ids:
        return []
    due.filter(pk__in=ids).update(claimed_by=token, claimed_at=now)
    return list(
        TeamPost.objects.filter(claimed_by=token, status=DeliveryStatus.PENDING)
        .select_related("channel")
        .order_by("created_at", "pk")
    )


def _record(post: TeamPost, now: datetime, error: DeliveryError | None) -> None:
    post.attempts += 1
    post.claimed_by, post.claimed_at = "", None
    if error is None:
        post.status, post.sent_at, post.last_error, post.next_attempt_at = "sent", now, "", None
    elif error.retry and post.attempts < MAX_ATTEMPTS:
        post.last_error = str(error)[:1000]
        post.next_attempt_at = now + BACKOFF[post.attempts - 1]
        tasks.enqueue(send_due_team_posts, run_after=post.next_attempt_at)
    else:
        post.status, post.last_error, post.next_attempt_at = "failed", str(error)[:1000], None
    post.save(
        update_fields=[
            "attempts",
            "claimed_by",
            "claimed_at",
            "status",
            "sent_at",
            "last_error",
            "next_attempt_at",
        ]
    )


def team_posts_send_due(*, now: datetime | None = None) -> int:
    """Send every due team post; return how many were sent."""
    now = now or timezone.now()
    sent = 0
    for post in _claim(now):
        try:
            # apprise refuses an empty body: a post of a title alone repeats it.
            body = _chat_body(post.body, post.link) or post.title
            chat_send(post.channel.url, title=post.title, body=body)
        except DeliveryError as error:
            _record(post, now, error)
        else:
            _record(post, now, None)
            sent += 1
    return sent


@task()
def send_due_team_posts() -> int:
    """Send the due team posts (queued when one is stored or retried); return how many."""
    return team_posts_send_due()


TEAM_KINDS = (Kind.MEETING_AGENDA, Kind.KEY_RESULT_OFF_TRACK, Kind.KEY_RESULT_AT_RISK)


@transaction.atomic
def team_chat_settings_update(
    *,
    actor: Person,
    team: Team,
    kinds_off: list[str],
    quiet_start: time | None,
    quiet_end: time | None,
) -> TeamChatSettings:
    """Save what the team's chat channels receive and their quiet hours (leads and admins)."""
    from cairn.meetings.permissions import require_run
    from cairn.okrs.permissions import Access

    require_run(Access(actor), team)
    if (quiet_start is None) != (quiet_end is None):
        raise ValidationError({"quiet_end": _("Give both ends of the quiet hours, or neither.")})
    row = TeamChatSettings.objects.select_for_update().filter(team=team).first()
    row = row or TeamChatSettings(organisation_id=team.organisation_id, team=team)
    row.kinds_off = sorted(set(kinds_off) & set(TEAM_KINDS))
    row.quiet_start, row.quiet_end = quiet_start, quiet_end
    row.save()
    return row
