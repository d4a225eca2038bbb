"""The weekly digest: objectives a person owns, follows or answers for, what moved, risks, stale.

Sent on the person's digest day (default Monday) from 08:00 local, once per local date. Team
leads also get their teams' objectives, admins the company-level ones; only what they may see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from functools import partial
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _

from cairn.accounts.languages import in_language_of
from cairn.feedback.activity import digest_part, recognition_lines
from cairn.notifications.kinds import Kind
from cairn.notifications.preferences import local_moment
from cairn.notifications.preferences import settings_by_person as preferences
from cairn.notifications.runs import claimed, run_claimed
from cairn.notifications.services import Subject, notify, site_path
from cairn.okrs import measures
from cairn.okrs.models import CycleState, Follow, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person

DIGEST_HOUR = 8
MAX_OBJECTIVES = 15
MAX_ITEMS = 10


@dataclass
class Digest:
    objectives: list[dict[str, Any]] = field(default_factory=list)
    moved: list[dict[str, Any]] = field(default_factory=list)
    risks: list[dict[str, Any]] = field(default_factory=list)
    stale: list[dict[str, Any]] = field(default_factory=list)
    recognition: dict[str, Any] = field(default_factory=dict)
    discussed: list[dict[str, Any]] = field(default_factory=list)

    def as_data(self) -> dict[str, Any]:
        return {
            "objectives": self.objectives,
            "moved": self.moved,
            "risks": self.risks,
            "stale": self.stale,
            "recognition": self.recognition,
            "discussed": self.discussed,
        }


def _scope(person: Person, access: Access) -> Q:
    """Return which objectives the person's digest covers (before visibility): their own, those
    they follow, their teams' and the teams' below them (leads), the company-level ones (admins)."""
    followed = Follow.objects.filter(person=person).values("objective_id")
    scope = Q(owner=person) | Q(pk__in=followed)
    scope |= Q(team_id__in=access.lead_scope)
    if person.is_admin:
        scope |= Q(team__isnull=True)
    return scope


def _row(key_result: KeyResult, status: str) -> dict[str, Any]:
    path = site_path("objective", key_result.objective_id)
    return {
        "title": key_result.title,
        "objective": key_result.objective.title,
        "percent": round(key_result.progress * 100),
        "status": status,
        "link": f"{path}#kr-{key_result.pk}" if path else "",
    }


def _objectives(person: Person) -> list[Objective]:
    """Return the active objectives the digest covers, lowest progress first."""
    access = Access(person)
    return list(
        Objective.objects.filter(access.objective_filter(), _scope(person, access))
        .filter(organisation_id=person.organisation_id, cycle__state=CycleState.ACTIVE)
        .select_related("cycle", "organisation")
        .order_by("progress", "pk")[:MAX_OBJECTIVES]
    )


def _objective_row(objective: Objective) -> dict[str, Any]:
    percent = round(objective.progress * 100)
    return {
        "title": objective.title,
        "percent": percent,
        "bar": max(0, min(100, percent)),
        "link": site_path("objective", objective.pk),
    }


def _discussed(objectives: list[Objective], since: datetime) -> list[dict[str, Any]]:
    """Return the objectives commented on since the moment (theirs, their KRs' and check-ins')."""
    from cairn.conversations.activity import discussed  # conversations builds on notifications

    counts = discussed(objectives, since)
    return [
        {"title": o.title, "comments": counts[o.pk], "link": site_path("objective", o.pk)}
        for o in objectives
        if counts.get(o.pk)
    ][:MAX_ITEMS]


def digest_for(person: Person, now: datetime) -> Digest:
    """Return the person's digest at `now` (empty lists when nothing concerns them)."""
    objectives = _objectives(person)
    digest = Digest(objectives=[_objective_row(o) for o in objectives])
    week_ago = now - timedelta(days=7)
    digest.discussed = _discussed(objectives, week_ago)
    key_results = KeyResult.objects.filter(objective__in=objectives).select_related(
        "objective__cycle"
    )
    for key_result in key_results:
        cycle = key_result.objective.cycle
        status = str(measures.pace(key_result, cycle, person.organisation, now).status)
        if key_result.last_check_in_at and key_result.last_check_in_at >= week_ago:
            digest.moved.append(_row(key_result, status))
        if status in ("off_track", "at_risk"):
            digest.risks.append(_row(key_result, status))
        if measures.is_stale(key_result, person.organisation, now):
            digest.stale.append(_row(key_result, status))
    digest.risks.sort(key=lambda row: (row["status"] != "off_track", row["percent"]))
    digest.moved = digest.moved[:MAX_ITEMS]
    digest.risks = digest.risks[:MAX_ITEMS]
    digest.stale = digest.stale[:MAX_ITEMS]
    digest.recognition = digest_part(person, objectives, week_ago)
    return digest


def _due_people(now: datetime) -> list[Person]:
    """Return the people whose digest moment has come today and who have not had it."""
    people = list(Person.objects.filter(is_active=True).select_related("user", "organisation"))
    prefs = preferences(people)
    chosen = []
    for person in people:
        mine = prefs[person.pk]
        local = now.astimezone(person.zone)
        if not mine.wants(Kind.DIGEST_WEEKLY) or mine.paused(person, now):
            continue
        if local.weekday() != mine.digest_day() or now < local_moment(
            person, local.date(), time(DIGEST_HOUR)
        ):
            continue
        chosen.append(person)
    seen = claimed("digest", [_key(p, now) for p in chosen])
    return [p for p in chosen if _key(p, now) not in seen]


def _key(person: Person, now: datetime) -> str:
    return f"{person.pk}:{now.astimezone(person.zone).date().isoformat()}"


def digests_send(*, now: datetime) -> int:
    """Send the weekly digests whose local moment has come; return how many were sent."""
    sent = 0
    for person in _due_people(now):
        # Looked at once a day even with nothing to say; the claim commits with the digest.
        work = partial(_digest_in_language, person, now)
        sent += run_claimed(job="digest", slot=_key(person, now), now=now, work=work) or 0
    return sent


def _digest_in_language(person: Person, now: datetime) -> int:
    with in_language_of(person):  # the worker has no request to take it from
        return _digest_send(person, now)


def _digest_send(person: Person, now: datetime) -> int:
    """Store one person's digest (none when nothing concerns them); return 1 when stored."""
    digest = digest_for(person, now)
    if not digest.objectives:
        return 0
    lines = [f"{o['percent']}% · {o['title']}" for o in digest.objectives]
    lines += [f"{_('At risk')}: {r['title']}" for r in digest.risks]
    lines += recognition_lines(digest.recognition)
    lines += [f"{_('Discussed')}: {d['title']} ({d['comments']})" for d in digest.discussed]
    stored = notify(
        recipient=person,
        kind=Kind.DIGEST_WEEKLY,
        dedupe_key=_key(person, now),
        title=_("Your week in OKRs: %(n)d objectives, %(r)d at risk or off track")
        % {"n": len(digest.objectives), "r": len(digest.risks)},
        body="\n".join(lines),
        link=site_path("home"),
        subject=Subject("person", person.pk),
        data=digest.as_data(),
        now=now,
    )
    return int(stored is not None)
