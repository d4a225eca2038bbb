"""A cycle's OKRs as a download: canonical Markdown, JSON or CSV, as `cairn export` writes them."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from cairn.audit.services import audit_export
from cairn.import_export.services import cycle_plan, export_filename
from cairn.text.writers import WRITERS
from cairn.web.decorators import person_required
from cairn.web.queries.common import cycle_in

MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
}


@require_safe
@person_required
def cycle_export(request: HttpRequest, cycle_id: int, fmt: str) -> HttpResponse:
    """Return the cycle's objectives the person may see as a file in the chosen format."""
    if fmt not in WRITERS:
        raise Http404
    cycle = cycle_in(request.person.organisation, cycle_id)
    text = WRITERS[fmt](cycle_plan(person=request.person, cycle=cycle))
    audit_export(actor=request.person, obj=cycle, fmt=fmt, via="web")
    response = HttpResponse(text.encode("utf-8"), content_type=MEDIA_TYPES[fmt])
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=export_filename(request.person.organisation, cycle, fmt)
    )
    return response
