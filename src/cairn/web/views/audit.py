"""The audit log (admins): filtered, newest first, a page at a time; CSV export; retention."""

from __future__ import annotations

import csv
from collections.abc import Iterator

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from cairn import audit
from cairn.audit.models import AuditEvent
from cairn.audit.selectors import (
    AuditFilters,
    audit_csv_rows,
    audit_events,
    audit_page,
    require_audit_reader,
)
from cairn.audit.services import audit_retention_update, retention_days
from cairn.web.decorators import person_required
from cairn.web.forms.audit import AuditFilterForm, AuditRetentionForm
from cairn.web.forms.errors import apply_errors

NAV = "audit"


def _filtered(request: HttpRequest) -> tuple[AuditFilterForm, AuditFilters | None]:
    form = AuditFilterForm(request.GET or None, organisation=request.person.organisation)
    if not request.GET:
        return form, AuditFilters()
    return form, (form.filters() if form.is_valid() else None)


@require_safe
@person_required
def audit_log(request: HttpRequest) -> HttpResponse:
    """Return a page of the organisation's audit events with the filters and the retention."""
    require_audit_reader(request.person)
    organisation = request.person.organisation
    form, filters = _filtered(request)
    rows: list[AuditEvent] = []
    next_before = None
    if filters is not None:
        before = form.cleaned_data.get("before") if form.is_bound else None
        events = audit_events(organisation=organisation, filters=filters)
        rows, next_before = audit_page(events, before=before)
    retention = AuditRetentionForm(initial={"days": retention_days(organisation)})
    return _page(request, form, rows, next_before, retention, status=200 if filters else 400)


def _page(
    request: HttpRequest,
    form: AuditFilterForm,
    rows: list[AuditEvent],
    next_before: int | None,
    retention: AuditRetentionForm,
    status: int = 200,
) -> HttpResponse:
    query = request.GET.copy()
    query.pop("before", None)
    context = {
        "nav": NAV,
        "form": form,
        "events": rows,
        "next_before": next_before,
        "query": query.urlencode(),
        "retention": retention,
    }
    return render(request, "web/audit/log.html", context, status=status)


def _described(filters: AuditFilters) -> dict[str, str | int]:
    """Return the filters as audit details (ids, never names)."""
    values = {
        "action": filters.action,
        "actor": filters.actor,
        "since": str(filters.since or ""),
        "until": str(filters.until or ""),
        "q": filters.text,
    }
    return {key: value for key, value in values.items() if value not in (None, "")}


class _Echo:
    def write(self, value: str) -> str:
        return value


def _csv_lines(rows: Iterator[list[str]]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    for row in rows:
        yield writer.writerow(row)


@require_safe
@person_required
def audit_export(request: HttpRequest) -> HttpResponse:
    """Return the filtered events as CSV (formula-safe), newest first; record the export."""
    require_audit_reader(request.person)
    organisation = request.person.organisation
    form, filters = _filtered(request)
    if filters is None:
        return _page(request, form, [], None, AuditRetentionForm(), status=400)
    audit.record(
        action=audit.Action.AUDIT_EXPORTED,
        actor=request.person,
        object_type="audit_log",
        object_label=organisation.name,
        details=_described(filters),
    )
    events = audit_events(organisation=organisation, filters=filters)
    response = StreamingHttpResponse(
        _csv_lines(audit_csv_rows(events)), content_type="text/csv; charset=utf-8"
    )
    name = f"cairn-audit-{organisation.slug}-{timezone.now():%Y%m%d-%H%M}.csv"
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=name)
    return response


@require_POST
@person_required
def audit_retention(request: HttpRequest) -> HttpResponse:
    """Set how long the organisation keeps audit events; return to the log."""
    require_audit_reader(request.person)
    organisation = request.person.organisation
    retention = AuditRetentionForm(request.POST)
    if retention.is_valid():
        try:
            days = audit_retention_update(
                organisation=organisation, actor=request.person, days=retention.cleaned_data["days"]
            )
        except ValidationError as error:
            apply_errors(retention, error)
        else:
            messages.success(
                request, _("Audit events are kept for %(days)d days.") % {"days": days}
            )
            return redirect("audit_log")
    form = AuditFilterForm(organisation=organisation)
    rows, next_before = audit_page(
        audit_events(organisation=organisation, filters=AuditFilters()), before=None
    )
    return _page(request, form, rows, next_before, retention, status=400)
