"""Writes of KPIs: create, edit, archive, and record a value (which may alert and feed key results)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.engine import kpi_health
from cairn.kpis.models import Direction, Frequency, Kpi, KpiValue, ThresholdKind, ValueSource
from cairn.kpis.permissions import can_create_kpi, can_edit_kpi
from cairn.okrs.permissions import Access, require
from cairn.okrs.services.common import choice_values, number, person_in, same_organisation, text
from cairn.organisations.models import Person, Team

EDITABLE = (
    "name",
    "description",
    "owner",
    "team",
    "unit",
    "direction",
    "threshold_kind",
    "healthy_low",
    "healthy_high",
    "warning_low",
    "warning_high",
    "frequency",
)
BOUNDS = ("healthy_low", "healthy_high", "warning_low", "warning_high")
FUTURE_SLACK = timedelta(minutes=5)  # clocks differ a little; a value from tomorrow is a typo


def thresholds_of(kpi: Kpi) -> kpi_health.Thresholds:
    """Return the engine's view of a KPI's thresholds."""
    return kpi_health.Thresholds(
        kind=kpi_health.ThresholdKind(kpi.threshold_kind),
        healthy_low=kpi.healthy_low,
        healthy_high=kpi.healthy_high,
        warning_low=kpi.warning_low,
        warning_high=kpi.warning_high,
    )


def _choice(field: str, value: object, choices: type) -> str:
    if value not in choice_values(choices):
        raise ValidationError({field: _("Choose one of the listed values.")})
    return str(value)


def _clean(kpi: Kpi) -> None:
    """Validate a KPI's fields in place; bounds its threshold kind ignores are cleared."""
    kpi.name = text("name", kpi.name, max_length=200, required=True)
    kpi.description = text("description", kpi.description, max_length=5000)
    kpi.unit = text("unit", kpi.unit, max_length=40)
    kpi.direction = _choice("direction", kpi.direction, Direction)
    kpi.threshold_kind = _choice("threshold_kind", kpi.threshold_kind, ThresholdKind)
    kpi.frequency = _choice("frequency", kpi.frequency, Frequency)
    for name in BOUNDS:
        setattr(kpi, name, number(name, getattr(kpi, name), required=False))
    try:
        valid = kpi_health.validate_thresholds(thresholds_of(kpi))
    except kpi_health.InvalidThresholds as exc:
        raise ValidationError({exc.field: _(exc.message)}) from None
    for name in BOUNDS:
        setattr(kpi, name, getattr(valid, name))
    kind = kpi_health.ThresholdKind(kpi.threshold_kind)
    if not kpi_health.direction_fits(kind, kpi_health.Direction(kpi.direction)):
        raise ValidationError(
            {"direction": _("“Healthy above” means higher is better; “below”, lower is better.")}
        )
    same_organisation("team", kpi.team, kpi.organisation)
    person_in("owner", kpi.owner, kpi.organisation)
    duplicate = Kpi.objects.filter(organisation_id=kpi.organisation_id, name__iexact=kpi.name)
    if duplicate.exclude(pk=kpi.pk).exists():
        raise ValidationError({"name": _("Another KPI already has this name.")})


@transaction.atomic
def kpi_create(
    *,
    actor: Person,
    name: str,
    team: Team | None = None,
    owner: Person | None = None,
    **fields: object,
) -> Kpi:
    """Create a KPI (owned by the actor unless said otherwise); return it."""
    owner = owner or actor
    access = Access(actor)
    require(
        can_create_kpi(access, team_id=team.pk if team else None, owner=owner),
        _("You cannot create a KPI for this team."),
    )
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValidationError({name: _("Unknown field.") for name in unknown})
    kpi = Kpi(organisation=actor.organisation, name=name, team=team, owner=owner, **fields)
    _clean(kpi)
    kpi.save()
    return kpi


@transaction.atomic
def kpi_update(*, kpi: Kpi, actor: Person, **changes: object) -> Kpi:
    """Change a KPI's fields; its status follows new thresholds (without an alert); return it."""
    require(can_edit_kpi(Access(actor), kpi), _("You cannot edit this KPI."))
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError({name: _("This field cannot be changed here.") for name in unknown})
    kpi = Kpi.objects.select_for_update().get(pk=kpi.pk)
    for name, value in changes.items():
        setattr(kpi, name, value)
    _clean(kpi)
    kpi.status = kpi_health.health(kpi.current_value, thresholds_of(kpi)).value
    kpi.save()
    return kpi


@transaction.atomic
def kpi_archive(*, kpi: Kpi, actor: Person, archived: bool = True) -> Kpi:
    """Archive a KPI (it leaves the lists and takes no values) or bring it back; return it."""
    require(can_edit_kpi(Access(actor), kpi), _("You cannot edit this KPI."))
    Kpi.objects.filter(pk=kpi.pk).update(archived=archived, updated_at=timezone.now())
    kpi.archived = archived
    return kpi


def _moment(recorded_at: object, now: datetime) -> datetime:
    """Return when the value was measured: now by default; never in the future."""
    if recorded_at is None:
        return now
    if not isinstance(recorded_at, datetime):
        raise ValidationError({"recorded_at": _("Enter a date and time.")})
    if timezone.is_naive(recorded_at):
        raise ValidationError({"recorded_at": _("Give the time zone of the date and time.")})
    if recorded_at > now + FUTURE_SLACK:
        raise ValidationError({"recorded_at": _("A value cannot be recorded in the future.")})
    return recorded_at


@transaction.atomic
def kpi_value_record(
    *,
    kpi: Kpi,
    value: object,
    recorded_at: datetime | None = None,
    actor: Person | None = None,
    source: str = ValueSource.WEB,
    note: str = "",
) -> KpiValue:
    """Append a value to a KPI's history; refresh its status, alert, feed following key results.

    `actor` None means the system (a data source); a person must be allowed to edit the KPI.
    Returns the stored value. Raises ValidationError for a bad value, date, source or note, or
    for an archived KPI, and PermissionDenied for a person who may not write.
    """
    if actor is not None:
        require(can_edit_kpi(Access(actor), kpi), _("You cannot record values of this KPI."))
    kpi = (
        Kpi.objects.select_for_update(of=("self",))
        .select_related("organisation", "team")
        .get(pk=kpi.pk)
    )
    if kpi.archived:
        raise ValidationError(_("This KPI is archived: it takes no values."))
    reading = KpiValue(
        organisation_id=kpi.organisation_id,
        kpi=kpi,
        value=number("value", value),
        recorded_at=_moment(recorded_at, timezone.now()),
        author=actor,
        source=_choice("source", source, ValueSource),
        note=text("note", note, max_length=5000),
    )
    reading.save()
    _refresh(kpi, reading)
    from cairn.kpis.following import feed_key_results

    feed_key_results(reading, actor)
    return reading


def _refresh(kpi: Kpi, reading: KpiValue) -> None:
    """Mirror the latest value on the KPI and alert when it just turned unhealthy."""
    latest = kpi.values.order_by("-recorded_at", "-id").first()
    assert latest is not None
    old = kpi.status
    new = kpi_health.health(latest.value, thresholds_of(kpi)).value
    Kpi.objects.filter(pk=kpi.pk).update(
        status=new, current_value=latest.value, current_at=latest.recorded_at
    )
    kpi.status, kpi.current_value, kpi.current_at = new, latest.value, latest.recorded_at
    if kpi_health.turned_unhealthy(old, new):
        from cairn.kpis.notices import kpi_unhealthy_notify

        kpi_unhealthy_notify(kpi, reading)
