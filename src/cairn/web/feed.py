"""The activity feed: recorded changes and check-ins as human sentences, grouped by day and object.

Every kind of event has a sentence here (`ACTION_SENTENCES`; a test checks each action the
services record); an unknown kind reads "made a change", never its code. Values carry the key
result's unit, days follow the person's time zone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.core.exceptions import FieldDoesNotExist
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cairn.okrs.models import CheckIn, KeyResult, KeyResultKind, Objective
from cairn.okrs.selectors import Activity
from cairn.web.templatetags.cairn_tags import local_date, number

# One sentence per recorded action; "{thing}" is the title or cycle the change names.
ACTION_SENTENCES = {
    "created": gettext_lazy("created the objective"),
    "deleted": gettext_lazy("deleted the objective “{thing}”"),
    "aligned": gettext_lazy("changed what the objective contributes to"),
    "kr_added": gettext_lazy("added the key result “{thing}”"),
    "kr_deleted": gettext_lazy("deleted the key result “{thing}”"),
    "carried_over": gettext_lazy("carried the objective over from {thing}"),
    "updated": gettext_lazy("changed the {field}"),
}
UNKNOWN_ACTION = gettext_lazy("made a change")
# Fields whose stored values are ids or long texts: the sentence names the field only.
NO_VALUES = {"owner", "team", "parent_objective", "parent_key_result", "cycle", "description"}
MEASURED = {"start", "target", "current"}
RETROSPECTIVE = (
    "retrospective_"  # its four answers: the sentence names the part, the note quotes it
)
VALUE_CHARS = 60
SAME_SAVE = timedelta(minutes=15)  # check-ins this close with one note were saved together


@dataclass
class FeedEvent:
    at: datetime
    actor_name: str
    sentence: SafeString
    note: str = ""


@dataclass
class FeedGroup:
    """The events of one day on one objective or key result, newest first."""

    kind: str  # "objective", "key_result", "initiative" or "kudos"
    title: str
    url: str
    events: list[FeedEvent] = field(default_factory=list)


@dataclass
class FeedDay:
    day: date
    label: str
    groups: list[FeedGroup] = field(default_factory=list)


def _field_label(name: str, key_result: KeyResult | None) -> str:
    model = KeyResult if key_result is not None else Objective
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name.replace("_", " ")


def _value(raw: str, name: str, key_result: KeyResult | None) -> str:
    """Return a stored value for a sentence: numbers localised with the unit, text shortened."""
    if not raw:
        return "—"
    if name in MEASURED and key_result is not None:
        try:
            return f"{number(float(raw))} {key_result.unit}".strip()
        except ValueError:
            pass
    return raw if len(raw) <= VALUE_CHARS else raw[: VALUE_CHARS - 1] + "…"


def change_sentence(action: str, name: str, old: str, new: str, key_result=None) -> SafeString:
    """Return what a recorded change did, as a sentence without its subject."""
    if action == "updated" and name.startswith(RETROSPECTIVE):
        return format_html(
            _("wrote the retrospective: {part}"), part=_field_label(name, key_result)
        )
    if action == "updated" and name:
        label = _field_label(name, key_result)
        if name in NO_VALUES:
            return format_html(_("changed the {field}"), field=label)
        return format_html(
            _("changed the {field} from {old} to {new}"),
            field=label,
            old=_value(old, name, key_result),
            new=_value(new, name, key_result),
        )
    template = ACTION_SENTENCES.get(action, UNKNOWN_ACTION)
    return format_html(str(template), thing=_value(new, "", None), field=_field_label(name, None))


def check_in_sentence(check_in: CheckIn, key_result: KeyResult) -> SafeString:
    """Return what a check-in said: the value with its unit (or done) and the confidence."""
    if key_result.kind == KeyResultKind.MILESTONE:
        state = _("done") if check_in.done else _("not done yet")
    else:
        state = f"{number(check_in.value)} {key_result.unit}".strip()
    template = (
        _("corrected a check-in: {state}, confidence {confidence}/10")
        if check_in.corrects_id
        else _("checked in: {state}, confidence {confidence}/10")
    )
    return format_html(template, state=state, confidence=check_in.confidence)


def kudos_sentence(kudos) -> SafeString:
    """Return whom a kudos thanked, and for what when it names a key result."""
    thanked = kudos.person.name if kudos.person_id else (kudos.team.name if kudos.team else "")
    if kudos.key_result_id:
        return format_html(
            _("thanked {whom} for “{what}”"), whom=thanked, what=kudos.key_result.title
        )
    return format_html(_("thanked {whom}"), whom=thanked)


def _event(item: Activity) -> FeedEvent:
    actor = item.actor.name if item.actor else _("Someone")
    if item.kudos is not None:
        return FeedEvent(item.at, actor, kudos_sentence(item.kudos), item.kudos.message)
    if item.comment is not None:
        return FeedEvent(item.at, actor, format_html("{}", _("commented")), item.excerpt)
    if item.feedback_request is not None:
        return FeedEvent(item.at, actor, format_html("{}", _("asked for feedback")))
    if item.check_in is not None:
        sentence = check_in_sentence(item.check_in, item.key_result)
        return FeedEvent(item.at, actor, sentence, item.check_in.note)
    change = item.change
    sentence = change_sentence(change.action, change.field, change.old, change.new, item.key_result)
    if change.field.startswith(RETROSPECTIVE):
        return FeedEvent(item.at, actor, sentence, _excerpt(change.new))
    return FeedEvent(item.at, actor, sentence)


def _excerpt(text: str, limit: int = 200) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def _subject(item: Activity) -> tuple[tuple[str, int], FeedGroup]:
    if item.key_result is not None and item.objective is not None:
        kr = item.key_result
        url = reverse("objective", args=[item.objective.pk]) + f"#kr-{kr.pk}"
        return ("key_result", kr.pk), FeedGroup("key_result", kr.title, url)
    objective = item.objective
    initiative = getattr(item.comment, "initiative", None)
    if objective is None and initiative is not None:
        url = reverse("initiative", args=[initiative.pk])
        return ("initiative", initiative.pk), FeedGroup("initiative", initiative.title, url)
    if objective is None and item.kudos is not None:  # thanks to a person or team: the wall
        return ("kudos", 0), FeedGroup("kudos", _("Kudos"), reverse("kudos_wall"))
    url = reverse("objective", args=[objective.pk]) if objective else ""
    title = objective.title if objective else _("A deleted objective")
    return ("objective", objective.pk if objective else 0), FeedGroup("objective", title, url)


def _day_label(day: date, today: date) -> str:
    if day == today:
        return _("Today")
    if (today - day).days == 1:
        return _("Yesterday")
    return local_date(day)


def feed(items: Iterable[Activity], now: datetime | None = None) -> list[FeedDay]:
    """Return the items grouped by day (in the active time zone), then by object, newest first."""
    today = timezone.localtime(now or timezone.now()).date()
    days: dict[date, tuple[FeedDay, dict[tuple[str, int], FeedGroup]]] = {}
    notes: dict[tuple[date, str, str], datetime] = {}  # a note already shown, and when
    for item in sorted(items, key=lambda i: i.at, reverse=True):
        day = timezone.localtime(item.at).date()
        feed_day, groups = days.setdefault(day, (FeedDay(day, _day_label(day, today)), {}))
        key, group = _subject(item)
        if key not in groups:
            groups[key] = group
            feed_day.groups.append(group)
        event = _event(item)
        if item.check_in is not None and event.note:
            # One note written for several key results checked in together reads once (under
            # the newest of them), not once per key result.
            said = (day, event.actor_name, event.note)
            if said in notes and notes[said] - item.at <= SAME_SAVE:
                event.note = ""
            notes[said] = item.at
        groups[key].events.append(event)
    return [feed_day for feed_day, _groups in days.values()]


def objective_activity(objective: Objective, changes, key_results, limit: int = 20) -> list:
    """Return an objective's latest changes and check-ins as activity (check-ins prefetched)."""
    items = [Activity(c.at, c.actor, objective, c.key_result, change=c) for c in changes]
    for kr in key_results:
        items += [
            Activity(c.checked_in_at, c.author, objective, kr, check_in=c)
            for c in kr.check_ins.all()
        ]
    return sorted(items, key=lambda item: item.at, reverse=True)[:limit]
