"""Key results that follow a KPI: each KPI value becomes a "data" check-in on them."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from cairn.kpis.models import Kpi, KpiValue
from cairn.okrs.models import CheckIn, CheckInSource, KeyResult
from cairn.okrs.permissions import Access
from cairn.okrs.services import check_in_record
from cairn.organisations.models import Person


def _author(key_result: KeyResult, actor: Person | None) -> Person | None:
    """Return who the check-in is recorded as: the actor when they may check in, else the
    key result's owner (who chose to follow the KPI), else None (no check-in)."""
    for person in (actor, key_result.owner):
        if person is not None and person.is_active and Access(person).can_check_in(key_result):
            return person
    return None


def _record(key_result: KeyResult, reading: KpiValue, kpi: Kpi, actor: Person | None):
    author = _author(key_result, actor)
    if author is None or not key_result.objective.cycle.accepts_check_ins:
        return None
    note = _("From the KPI “%(name)s”.") % {"name": kpi.name}
    if reading.note:
        note = f"{note} {reading.note}"
    return check_in_record(
        key_result=key_result,
        author=author,
        value=reading.value,
        note=note[:5000],
        source=CheckInSource.DATA,
        at=reading.recorded_at,
        confirm_implausible=True,  # the KPI is the measure: the key result cannot refuse it
    )


def feed_key_results(reading: KpiValue, actor: Person | None) -> list[CheckIn]:
    """Record the value as a check-in on every key result following its KPI; return them.

    A key result in a cycle that no longer takes check-ins, or whose owner may not check in
    (and the actor may not either), is skipped.
    """
    kpi = reading.kpi
    following = KeyResult.objects.filter(follows_kpi=kpi).select_related(
        "objective__cycle", "owner", "organisation"
    )
    return [c for kr in following if (c := _record(kr, reading, kpi, actor)) is not None]


@transaction.atomic
def key_result_catch_up(*, key_result: KeyResult, actor: Person | None) -> CheckIn | None:
    """Record the followed KPI's latest value on a key result that just started following it."""
    kpi = key_result.follows_kpi
    if kpi is None:
        return None
    latest = kpi.values.order_by("-recorded_at", "-id").first()
    if latest is None:
        return None
    return _record(key_result, latest, kpi, actor)
