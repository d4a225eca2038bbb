"""Shared template filters: progress, pace badges (text and colour), confidence, local dates."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from django import template
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import FieldDoesNotExist
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from cairn.okrs.models import KeyResult, Objective

register = template.Library()

PACE_LABELS = {
    "too_early": _("Too early"),
    "on_track": _("On track"),
    "at_risk": _("At risk"),
    "off_track": _("Off track"),
    "stale": _("Stale"),
    "no_check_in": _("No check-in yet"),
}
DISAGREEMENT_LABELS = {
    "overconfident": _("Confidence high while off track"),
    "underconfident": _("Confidence low while on track"),
}


@register.filter
def percent(progress: float | None) -> str:
    """Return progress (a fraction, unclamped) as a localised whole percentage."""
    if progress is None:
        return "—"
    return f"{formats.number_format(round(progress * 100), 0, use_l10n=True)}%"


@register.filter
def bar_width(progress: float | None) -> int:
    """Return progress clamped to a 0–100 bar width."""
    return max(0, min(100, round((progress or 0) * 100)))


# Indentation steps the stylesheet has (`[data-depth="N"]` in css/screens.css): deeper levels
# line up with the deepest one rather than losing their indentation.
MAX_INDENT = 8


@register.filter
def indent(depth: int | None) -> int:
    """Return a tree depth clamped to the indentation steps the stylesheet knows."""
    return max(0, min(MAX_INDENT, depth or 0))


@register.simple_tag
def pace_badge(status: object, disagreement: object = None) -> str:
    """Return a pace badge: coloured, and always readable as text."""
    key = str(getattr(status, "value", status) or "too_early")
    label = PACE_LABELS.get(key, key)
    if disagreement:
        hint = DISAGREEMENT_LABELS.get(str(getattr(disagreement, "value", disagreement)), "")
        return format_html(
            '<span class="badge pace pace--{}">{}</span> <span class="badge warn" title="{}">{}</span>',
            key,
            label,
            hint,
            hint,
        )
    return format_html('<span class="badge pace pace--{}">{}</span>', key, label)


@register.simple_tag
def confidence_badge(rating: int | None) -> str:
    """Return a confidence rating out of 10 with a text band."""
    if rating is None:
        return "—"
    band = "low" if rating <= 3 else "high" if rating >= 8 else "mid"
    return format_html(
        '<span class="badge confidence confidence--{}" title="{}">{}/10</span>',
        band,
        _("Confidence"),
        rating,
    )


@register.simple_tag
def kr_status(
    subject: object, status: object = None, disagreement: object = None, stale: bool = False
) -> str:
    """Return a key result's pace and confidence badges: "No check-in yet" until someone checks in.

    `subject` is a key result row (key_result, pace, stale) or a key result with the status
    passed beside it. Before the first check-in, pace and confidence are guesses (progress 0,
    confidence 5), so they are not shown: "Off track, 5/10" on a new key result misleads.
    """
    key_result = getattr(subject, "key_result", subject)
    pace = getattr(subject, "pace", None)
    if pace is not None:
        status, disagreement = pace.status, pace.disagreement
    stale = bool(getattr(subject, "stale", stale))
    stale_badge = pace_badge("stale") if stale else ""
    if getattr(key_result, "last_check_in_at", None) is None:
        return format_html("{} {}", pace_badge("no_check_in"), stale_badge)
    return format_html(
        "{} {} {}",
        pace_badge(status, disagreement),
        stale_badge,
        confidence_badge(key_result.confidence),
    )


AVATAR_TONES = 8  # --avatar-0 … --avatar-7 in tokens.css


@register.filter
def initials(name: str | None) -> str:
    """Return up to two initials of a name (first and last word), or "?" without one."""
    words = [word for word in str(name or "").split() if word[:1].isalnum()]
    if not words:
        return "?"
    first, last = words[0], words[-1]
    return (first[0] + (last[0] if len(words) > 1 else "")).upper()


@register.filter
def avatar_tone(name: str | None) -> int:
    """Return which of the avatar colours a name gets: stable across requests and servers."""
    return sum(ord(character) for character in str(name or "")) % AVATAR_TONES


@register.simple_tag
def menu_items(*pairs: object) -> list[dict[str, object]]:
    """Return label/URL pairs as the items of an actions menu; pairs without a URL are left out."""
    items = zip(pairs[::2], pairs[1::2], strict=False)
    return [{"label": label, "url": url} for label, url in items if url]


@register.filter
def local_datetime(value: datetime | None) -> str:
    """Return a datetime in the active (person's or organisation's) time zone, localised."""
    if value is None:
        return "—"
    return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


RELATIVE_DAYS = 7  # older moments read as a date: "3 weeks ago" helps nobody find a check-in


@register.simple_tag
def moment(value: datetime | None, now: datetime | None = None) -> str:
    """Return a <time> reading "2 hours ago", with the full local date and time on hover."""
    if value is None:
        return "—"
    now = now or timezone.now()
    if abs((now - value).days) < RELATIVE_DAYS:
        shown = naturaltime(value)
    else:
        shown = local_date(value)
    return format_html(
        '<time datetime="{}" title="{}">{}</time>', value.isoformat(), local_datetime(value), shown
    )


@register.filter
def local_date(value: date | datetime | None) -> str:
    """Return a date, localised; datetimes are first moved to the active time zone."""
    if value is None:
        return "—"
    if isinstance(value, datetime):
        value = timezone.localtime(value).date()
    return formats.date_format(value, "DATE_FORMAT")


@register.filter
def number(value: float | None) -> str:
    """Return a number localised, without trailing zeros."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return formats.number_format(int(value), 0, use_l10n=True, force_grouping=True)
    return formats.number_format(round(value, 2), use_l10n=True, force_grouping=True)


@register.simple_tag
def url_or_none(name: str, *args: object) -> str:
    """Return the URL named `name`, or an empty string when that screen does not exist yet."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


@lru_cache(maxsize=16)
def _static_exists(path: str) -> bool:
    return bool(finders.find(path)) or staticfiles_storage.exists(path)


@register.simple_tag
def optional_stylesheet(path: str) -> str:
    """Return a stylesheet link when that static file exists (another screen's own CSS)."""
    if not _static_exists(path):
        return ""
    return format_html('<link rel="stylesheet" href="{}">', static(path))


CHANGE_ACTIONS = {
    "created": _("created the objective"),
    "updated": _("changed"),
    "deleted": _("deleted"),
    "aligned": _("changed the alignment"),
    "kr_added": _("added the key result"),
    "kr_deleted": _("deleted the key result"),
    "carried_over": _("carried the objective over"),
}


def _field_label(change: object) -> str:
    model = KeyResult if getattr(change, "key_result_id", None) else Objective
    try:
        return str(model._meta.get_field(change.field).verbose_name)
    except FieldDoesNotExist:
        return change.field.replace("_", " ")


@register.simple_tag
def change_summary(change: object) -> str:
    """Return one readable line for a recorded change: what, of what, from what to what."""
    action = CHANGE_ACTIONS.get(change.action, change.action)
    if not change.field:
        return format_html("{} “{}”", action, change.new) if change.new else str(action)
    subject = format_html(" · “{}”", change.key_result.title) if change.key_result_id else ""
    old = (change.old or "—")[:60]
    new = (change.new or "—")[:60]
    return format_html(
        "{} <strong>{}</strong>{}: {} → {}", action, _field_label(change), subject, old, new
    )
