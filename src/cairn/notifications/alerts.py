"""Alerts: a key result turns off track or at risk, confidence drops, blockers, grading due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task

from cairn.accounts.languages import in_language_of, organisation_language
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification
from cairn.notifications.services import Message, Subject, notify, notify_many, site_path
from cairn.notifications.team_chat import team_post
from cairn.okrs.models import (
    CheckIn,
    CheckInSource,
    Cycle,
    CycleState,
    KeyResult,
    Objective,
    Visibility,
)
from cairn.organisations.models import Person

CONFIDENCE_DROP = 3
GRADING_NOTICE_DAYS = 3
NEWS_WINDOW = timedelta(days=1)  # a check-in dated earlier is history (the demo, a backfill)
PACE_KINDS = {"off_track": Kind.KEY_RESULT_OFF_TRACK, "at_risk": Kind.KEY_RESULT_AT_RISK}


def _people(ids: set[int | None], exclude: int | None = None) -> list[Person]:
    wanted = {pk for pk in ids if pk is not None and pk != exclude}
    return list(
        Person.objects.filter(pk__in=wanted, is_active=True).select_related("user", "organisation")
    )


def _link(key_result: KeyResult) -> str:
    path = site_path("objective", key_result.objective_id)
    return f"{path}#kr-{key_result.pk}" if path else ""


def _team_leads(key_result: KeyResult) -> set[int]:
    """Return the ids of the leads of the teams the key result's owner belongs to."""
    if key_result.owner_id is None:
        return set()
    return set(
        Person.objects.filter(
            memberships__is_lead=True,
            memberships__team__memberships__person_id=key_result.owner_id,
        ).values_list("pk", flat=True)
    )


def pace_may_alert(new: str) -> bool:
    """Return False when a change to this pace status is sure to tell no one (only turning off
    track or at risk alerts)."""
    return new in PACE_KINDS


def pace_alert(*, key_result: KeyResult, old: str, new: str, now: datetime | None = None) -> int:
    """Tell the owner and objective owner that a key result turned off track or at risk."""
    kind = PACE_KINDS.get(new)
    if kind is None:
        return 0
    now = now or timezone.now()
    recipients = _people({key_result.owner_id, key_result.objective.owner_id})
    day = now.astimezone(key_result.organisation.zone).date().isoformat()
    with override(organisation_language(key_result.organisation)):  # a channel of many readers
        title, body = _pace_text(key_result, new)
    _post_to_team(key_result, kind, f"{key_result.pk}:{day}", title, body, now)
    told = 0
    for person in recipients:
        with in_language_of(person):
            title, body = _pace_text(key_result, new)
        told += (
            notify(
                recipient=person,
                kind=kind,
                dedupe_key=f"{key_result.pk}:{day}",
                title=title,
                body=body,
                link=_link(key_result),
                subject=Subject("key_result", key_result.pk),
                data={"key_result": key_result.pk, "old": old, "new": new},
                now=now,
            )
            is not None
        )
    return told


def _pace_text(key_result: KeyResult, new: str) -> tuple[str, str]:
    """Return the title and body of a pace alert in the active language."""
    label = _("off track") if new == "off_track" else _("at risk")
    title = _("%(kr)s is %(status)s") % {"kr": key_result.title, "status": label}
    body = _("Progress %(p)d%%, confidence %(c)d/10.") % {
        "p": round(key_result.progress * 100),
        "c": key_result.confidence,
    }
    return title, body


def _post_to_team(
    key_result: KeyResult, kind: str, key: str, title: str, body: str, now: datetime
) -> None:
    """Post the alert to the chat channels of the team owning the objective (if any).

    Only objectives the whole channel may read: public ones, and team-visible ones of that team.
    """
    objective = key_result.objective
    if objective.team_id is None or objective.visibility == Visibility.PRIVATE:
        return
    team_post(
        team=objective.team,
        kind=kind,
        dedupe_key=key,
        title=title,
        body=body,
        link=_link(key_result),
        now=now,
    )


def _previous_confidence(check_in: CheckIn) -> int | None:
    earlier = (
        CheckIn.objects.filter(key_result_id=check_in.key_result_id, correction__isnull=True)
        .exclude(pk=check_in.pk)
        .filter(checked_in_at__lte=check_in.checked_in_at)
        .order_by("-checked_in_at", "-id")
        .values_list("confidence", flat=True)
        .first()
    )
    return earlier


def check_in_may_alert(check_in: CheckIn, previous_confidence: int | None) -> bool:
    """Return False when `check_in_alerts` is sure to tell no one: no blockers, and the
    confidence of the check-in before (None: there is none) did not drop by CONFIDENCE_DROP."""
    if check_in.blockers.strip():
        return True
    return previous_confidence is not None and (
        previous_confidence - check_in.confidence >= CONFIDENCE_DROP
    )


def check_in_alerts(*, check_in: CheckIn, now: datetime | None = None) -> int:
    """Tell the owner's team leads and the objective owner of blockers or a confidence drop."""
    if not _is_news(check_in, now or timezone.now()):
        return 0
    key_result = check_in.key_result
    recipients = _people(
        {key_result.owner_id, key_result.objective.owner_id, *_team_leads(key_result)},
        exclude=check_in.author_id,
    )
    told = 0
    before = _previous_confidence(check_in)
    if before is not None and before - check_in.confidence >= CONFIDENCE_DROP:
        values = {"kr": key_result.title, "a": before, "b": check_in.confidence}

        def dropped() -> str:
            return _("Confidence in %(kr)s dropped from %(a)d to %(b)d") % values

        told += _tell(recipients, Kind.KEY_RESULT_CONFIDENCE_DROP, check_in, dropped, now)
    if check_in.blockers.strip():

        def blocked() -> str:
            return _("Blockers on %(kr)s") % {"kr": key_result.title}

        told += _tell(recipients, Kind.CHECK_IN_BLOCKERS, check_in, blocked, now)
    return told


def _is_news(check_in: CheckIn, now: datetime) -> bool:
    """Return False for history: imported check-ins and those dated more than a day ago."""
    return check_in.source != CheckInSource.IMPORT and now - check_in.checked_in_at <= NEWS_WINDOW


def _tell(
    recipients: list[Person],
    kind: str,
    check_in: CheckIn,
    title: Callable[[], str],
    now: datetime | None,
) -> int:
    """Tell each recipient, the title and body written in the recipient's language."""
    text = check_in.blockers or check_in.note
    told = 0
    for person in recipients:
        with in_language_of(person):
            author = check_in.author.name if check_in.author else _("someone")
            body = _("From %(author)s: %(text)s") % {"author": author, "text": text} if text else ""
            heading = title()
        told += (
            notify(
                recipient=person,
                kind=kind,
                dedupe_key=str(check_in.pk),
                title=heading,
                body=body,
                link=_link(check_in.key_result),
                subject=Subject("check_in", check_in.pk),
                data={"check_in": check_in.pk, "key_result": check_in.key_result_id},
                now=now,
            )
            is not None
        )
    return told


def grading_due_send(*, now: datetime) -> int:
    """Tell every objective and key result owner of an active cycle ending within 3 days."""
    told = 0
    cycles = Cycle.objects.filter(state=CycleState.ACTIVE).select_related("organisation")
    for cycle in cycles:
        today = now.astimezone(cycle.organisation.zone).date()
        if not today <= cycle.end <= today + timedelta(days=GRADING_NOTICE_DAYS):
            continue
        owners = set(Objective.objects.filter(cycle=cycle).values_list("owner_id", flat=True))
        owners |= set(
            KeyResult.objects.filter(objective__cycle=cycle).values_list("owner_id", flat=True)
        )
        # The tick runs every minute for three days: skip those told without trying an insert.
        owners -= set(
            Notification.objects.filter(
                kind=Kind.CYCLE_GRADING_DUE, dedupe_key=f"{Kind.CYCLE_GRADING_DUE}:{cycle.pk}"
            ).values_list("recipient_id", flat=True)
        )
        messages = []
        for person in _people(owners):
            with in_language_of(person):
                title = _("%(cycle)s ends on %(end)s: grading is due") % {
                    "cycle": cycle.name,
                    "end": date_format(cycle.end, "DATE_FORMAT"),
                }
            messages.append(
                Message(
                    recipient=person,
                    kind=Kind.CYCLE_GRADING_DUE,
                    dedupe_key=str(cycle.pk),
                    title=title,
                    link=site_path("home"),
                    subject=Subject("cycle", cycle.pk),
                    data={"cycle": cycle.pk},
                )
            )
        told += len(notify_many(messages, now=now))  # a cycle's owners stored in batches
    return told


@task()
def alert_pace_change(key_result_id: int, old: str, new: str) -> int:
    """Send the pace alert of one announced change; return how many people were told."""
    key_result = (
        KeyResult.objects.select_related("objective", "organisation")
        .filter(pk=key_result_id)
        .first()
    )
    if key_result is None or key_result.pace_status != new:
        return 0  # the status moved on before the queue got here: that news is stale
    return pace_alert(key_result=key_result, old=old, new=new)


@task()
def alert_check_in(check_in_id: int) -> int:
    """Send the blockers and confidence-drop alerts of one check-in; return how many."""
    check_in = (
        CheckIn.objects.select_related("key_result__objective", "author__user")
        .filter(pk=check_in_id)
        .first()
    )
    return check_in_alerts(check_in=check_in) if check_in else 0
