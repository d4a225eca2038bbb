"""The weekly digest: objectives a person owns, follows or answers for, what moved, risks, stale.

Sent on the person's digest day (default Monday) from 08:00 local, once per local date. Team
leads also get their teams' objectives, admins the company-level ones; only what they may see.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from functools import partial
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _

from cairn.accounts.languages import in_language_of
from cairn.feedback.activity import digest_parts, recognition_lines
from cairn.notifications.kinds import Kind
from cairn.notifications.preferences import local_moment
from cairn.notifications.preferences import settings_by_person as preferences
from cairn.notifications.runs import claimed, runs_claimed
from cairn.notifications.services import Message, Subject, chunked, notify_many, site_path
from cairn.okrs import measures
from cairn.okrs.models import CycleState, Follow, KeyResult, Objective
from cairn.okrs.permissions import may_see, reaches, shared_pairs
from cairn.organisations.models import Person, TeamMembership

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


def _row(key_result: KeyResult, status: str) -> dict[str, Any]:
    path = site_path("objective", key_result.objective_id)
    return {
        "title": key_result.title,
        "objective": key_result.objective.title,
        "percent": round(key_result.progress * 100),
        "status": status,
        "link": f"{path}#kr-{key_result.pk}" if path else "",
    }


def _objectives_of(people: list[Person]) -> dict[int, list[Objective]]:
    """Return each person's digest objectives, lowest progress first (a few queries for all).

    In scope: those they own or follow, their led teams' and the teams' below them (leads), the
    company-level ones (admins); of those, the active ones they may see (`may_see`).
    """
    reach = reaches(people)
    follows: dict[int, set[int]] = defaultdict(set)
    for person_id, objective_id in Follow.objects.filter(person__in=people).values_list(
        "person_id", "objective_id"
    ):
        follows[person_id].add(objective_id)
    scope = (
        Q(owner__in=people)
        | Q(pk__in={o for ids in follows.values() for o in ids})
        | Q(team_id__in={t for r in reach.values() for t in r.lead_scope})
    )
    if any(p.is_admin for p in people):
        scope |= Q(team__isnull=True)
    candidates = list(
        Objective.objects.filter(scope)
        .filter(
            organisation_id__in={p.organisation_id for p in people},
            cycle__state=CycleState.ACTIVE,
        )
        .select_related("cycle", "organisation")
        .order_by("progress", "pk")
    )
    shared = shared_pairs(people, [o.pk for o in candidates])
    by_key: dict[tuple[str, int | None], list[Objective]] = defaultdict(list)
    for objective in candidates:
        by_key[("owner", objective.owner_id)].append(objective)
        by_key[("id", objective.pk)].append(objective)
        by_key[("team", objective.team_id)].append(objective)
    found = {}
    for person in people:
        mine = reach[person.pk]
        keys = [("owner", person.pk), *(("id", o) for o in follows[person.pk])]
        keys += [("team", t) for t in mine.lead_scope]
        if person.is_admin:
            keys.append(("team", None))
        scoped = {o.pk: o for key in keys for o in by_key[key]}.values()
        visible = [o for o in scoped if may_see(person, mine, o, shared)]
        found[person.pk] = sorted(visible, key=lambda o: (o.progress, o.pk))[:MAX_OBJECTIVES]
    return found


def _objective_row(objective: Objective) -> dict[str, Any]:
    percent = round(objective.progress * 100)
    return {
        "title": objective.title,
        "percent": percent,
        "bar": max(0, min(100, percent)),
        "link": site_path("objective", objective.pk),
    }


def digest_for(person: Person, now: datetime) -> Digest:
    """Return the person's digest at `now` (empty lists when nothing concerns them)."""
    return digests_for([person], now)[person.pk]


def digests_for(people: list[Person], now: datetime) -> dict[int, Digest]:
    """Return each person's digest at `now`, for many people in a number of queries that does
    not grow with them."""
    from cairn.conversations.activity import discussed  # conversations builds on notifications

    objectives = _objectives_of(people)
    union = list({o.pk: o for mine in objectives.values() for o in mine}.values())
    week_ago = now - timedelta(days=7)
    counts = discussed(union, week_ago) if union else {}
    by_objective: dict[int, list[KeyResult]] = defaultdict(list)
    if union:
        rows = KeyResult.objects.filter(objective__in=union).select_related("objective__cycle")
        for key_result in rows:
            by_objective[key_result.objective_id].append(key_result)
    parts = digest_parts(people, objectives, week_ago)
    digests = {}
    for person in people:
        mine = objectives[person.pk]
        key_results = sorted(
            (kr for o in mine for kr in by_objective[o.pk]), key=lambda kr: (kr.position, kr.pk)
        )
        digest = _digest(person, mine, key_results, now)
        digest.discussed = [
            {"title": o.title, "comments": counts[o.pk], "link": site_path("objective", o.pk)}
            for o in mine
            if counts.get(o.pk)
        ][:MAX_ITEMS]
        digest.recognition = parts[person.pk]
        digests[person.pk] = digest
    return digests


def _digest(
    person: Person, objectives: list[Objective], key_results: list[KeyResult], now: datetime
) -> Digest:
    """Return the digest's objectives, what moved, the risks and what is stale."""
    digest = Digest(objectives=[_objective_row(o) for o in objectives])
    week_ago = now - timedelta(days=7)
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


def _may_have_digest(people: list[Person]) -> set[int]:
    """Return who among the people may have objectives in their digest (3 queries): owners and
    followers of active objectives, team leads, admins. The others' digests are empty."""
    ids = [p.pk for p in people]
    active = CycleState.ACTIVE
    owners = Objective.objects.filter(owner_id__in=ids, cycle__state=active)
    followers = Follow.objects.filter(person_id__in=ids, objective__cycle__state=active)
    leads = TeamMembership.objects.filter(person_id__in=ids, is_lead=True)
    return {
        *owners.values_list("owner_id", flat=True),
        *followers.values_list("person_id", flat=True),
        *leads.values_list("person_id", flat=True),
        *(p.pk for p in people if p.is_admin),
    }


def digests_send(*, now: datetime) -> int:
    """Send the weekly digests whose local moment has come; return how many were sent.

    People are taken `CAIRN_NOTIFY_TICK_BATCH` at a time: the digests of those with something
    in scope are built first (reads only), then the batch's slots are claimed and the digests
    stored in one short transaction (each person looked at once a day even with nothing to
    say; a worker that dies before the commit leaves neither claims nor digests).
    """
    sent = 0
    for batch in chunked(_due_people(now)):
        candidates = _may_have_digest(list(batch))
        digests = digests_for([p for p in batch if p.pk in candidates], now)
        messages = {p.pk: _digest_message(p, digests[p.pk], now) for p in batch if p.pk in digests}
        slots = {_key(p, now): p.pk for p in batch}
        work = partial(_store_won, slots, messages, now)
        sent += runs_claimed(job="digest", slots=list(slots), now=now, work=work)
    return sent


def _store_won(
    slots: dict[str, int], messages: dict[int, Message | None], now: datetime, won: set[str]
) -> int:
    """Store the digests of the slots this call claimed; return how many were stored."""
    mine = [messages.get(slots[slot]) for slot in won]
    return len(notify_many([m for m in mine if m is not None], now=now))


def _digest_message(person: Person, digest: Digest, now: datetime) -> Message | None:
    """Return one person's digest to store, in their language (None when nothing concerns them)."""
    with in_language_of(person):  # the worker has no request to take it from
        return _digest_text(person, digest, now)


def _digest_text(person: Person, digest: Digest, now: datetime) -> Message | None:
    if not digest.objectives:
        return None
    lines = [f"{o['percent']}% · {o['title']}" for o in digest.objectives]
    lines += [f"{_('At risk')}: {r['title']}" for r in digest.risks]
    lines += recognition_lines(digest.recognition)
    lines += [f"{_('Discussed')}: {d['title']} ({d['comments']})" for d in digest.discussed]
    return Message(
        recipient=person,
        kind=Kind.DIGEST_WEEKLY,
        dedupe_key=_key(person, now),
        title=_("Your week in OKRs: %(n)d objectives, %(r)d at risk or off track")
        % {"n": len(digest.objectives), "r": len(digest.risks)},
        body="\n".join(lines),
        link=site_path("home"),
        subject=Subject("person", person.pk),
        data=digest.as_data(),
    )
