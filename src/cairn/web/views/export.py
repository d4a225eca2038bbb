"""A cycle's OKRs as a download: canonical Markdown, JSON or CSV, as `cairn export` writes them."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.views.decorators.http import require_safe

from cairn.okrs.models import Cycle
from cairn.organisations.models import Organisation
from cairn.plaintext.services import cycle_plan
from cairn.text.markdown import export_markdown
from cairn.text.plan import export_csv, export_json
from cairn.web.decorators import person_required
from cairn.web.queries.common import cycle_in

FORMATS = {
    "md": (export_markdown, "text/markdown; charset=utf-8"),
    "json": (export_json, "application/json; charset=utf-8"),
    "csv": (export_csv, "text/csv; charset=utf-8"),
}


@require_safe
@person_required
def cycle_export(request: HttpRequest, cycle_id: int, fmt: str) -> HttpResponse:
    """Return the cycle's objectives the person may see as a file in the chosen format."""
    if fmt not in FORMATS:
        raise Http404
    cycle = cycle_in(request.person.organisation, cycle_id)
    write, content_type = FORMATS[fmt]
    text = write(cycle_plan(person=request.person, cycle=cycle))
    response = HttpResponse(text.encode("utf-8"), content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=export_filename(request.person.organisation, cycle, fmt)
    )
    return response


def export_filename(organisation: Organisation, cycle: Cycle, fmt: str) -> str:
    """Return "<organisation>-<cycle>.<fmt>", e.g. lumen-2026-q4.md."""
    name = slugify(cycle.name) or f"cycle-{cycle.pk}"
    return f"{organisation.slug}-{name}.{fmt}"
