"""The unhealthy alert: the KPI's owner and its team's leads hear once per turn into unhealthy."""

from __future__ import annotations

from django.utils.translation import gettext as _

from cairn.accounts.languages import in_language_of
from cairn.kpis.models import Kpi, KpiValue
from cairn.notifications.kinds import Kind
from cairn.notifications.services import Subject, notify, site_path
from cairn.organisations.models import Person, TeamMembership


def recipients(kpi: Kpi) -> list[Person]:
    """Return the KPI's owner and the leads of its team, active, each once."""
    ids = set()
    if kpi.owner_id:
        ids.add(kpi.owner_id)
    if kpi.team_id:
        leads = TeamMembership.objects.filter(team_id=kpi.team_id, is_lead=True)
        ids.update(leads.values_list("person_id", flat=True))
    return list(
        Person.objects.filter(pk__in=ids, organisation_id=kpi.organisation_id, is_active=True)
        .select_related("user", "organisation")
        .order_by("pk")
    )


def kpi_unhealthy_notify(kpi: Kpi, reading: KpiValue) -> int:
    """Tell the KPI's people that the value `reading` made it unhealthy; return how many."""
    shown = f"{reading.value:,.15g} {kpi.unit}".strip()
    body = reading.note
    told = 0
    for person in recipients(kpi):
        with in_language_of(person):  # the reader's language, not the one who entered the value
            title = _("KPI “%(name)s” is unhealthy: %(value)s") % {"name": kpi.name, "value": shown}
        notice = notify(
            recipient=person,
            kind=Kind.KPI_UNHEALTHY,
            # One turn into unhealthy is one event: the value that caused it names it.
            dedupe_key=f"kpi:{kpi.pk}:value:{reading.pk}",
            title=title,
            body=body,
            link=site_path("kpi", kpi.pk),
            subject=Subject("kpi", kpi.pk),
            data={"kpi": kpi.pk, "value": reading.value},
        )
        told += notice is not None
    return told
