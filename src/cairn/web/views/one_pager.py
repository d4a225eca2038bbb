"""The one-pager of a cycle or of a team's OKRs in a cycle: an HTML page that prints, and its PDF."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from cairn.okrs.permissions import Access
from cairn.one_pagers.models import PdfState
from cairn.one_pagers.services import one_pager_pdf
from cairn.web.decorators import person_required
from cairn.web.htmx import htmx_partial
from cairn.web.pdf import static_file_url
from cairn.web.queries.common import chosen_cycle, cycle_in
from cairn.web.queries.directory import team_in
from cairn.web.queries.one_pager import OnePager, one_pager
from cairn.web.templatetags.cairn_tags import local_datetime

# The PDF's style sheets, in order; Inter's is left out when npm did not install it.
PDF_STYLESHEETS = ("web/css/tokens.css", "cairn-fonts/inter/index.css", "web/one-pager.css")


@dataclass
class Scope:
    """What a one-pager (or presentation) shows, and the links around it."""

    page: OnePager
    back_url: str
    back_label: str
    query: str  # "?cycle=N" for a team's pages, so every link keeps the chosen cycle
    nav: str  # the navigation entry marked as current

    def url(self, name: str) -> str:
        page = self.page
        if page.team is None:
            return reverse(name, args=[page.cycle.pk])
        return reverse(f"team_{name}", args=[page.team.pk]) + self.query


def cycle_scope(request: HttpRequest, cycle_id: int) -> Scope:
    """Return the whole cycle's visible OKRs (404 for another organisation's cycle)."""
    cycle = cycle_in(request.person.organisation, cycle_id)
    page = one_pager(Access(request.person), cycle)
    return Scope(page, reverse("board", args=[cycle.pk]), _("Board"), "", "board")


def team_scope(request: HttpRequest, team_id: int) -> Scope:
    """Return the team's visible OKRs in the chosen (else current) cycle; 404 without one."""
    organisation = request.person.organisation
    team = team_in(organisation, team_id)
    cycle = chosen_cycle(organisation, request.GET.get("cycle"))
    if cycle is None:
        raise Http404(_("There is no cycle yet."))
    page = one_pager(Access(request.person), cycle, team)
    back = reverse("team", args=[team.pk]) + f"?cycle={cycle.pk}"
    return Scope(page, back, team.name, f"?cycle={cycle.pk}", "teams")


def _html(request: HttpRequest, scope: Scope) -> HttpResponse:
    context = {
        "nav": scope.nav,
        "page": scope.page,
        "organisation": request.person.organisation,
        "back_url": scope.back_url,
        "back_label": scope.back_label,
        "pdf_url": scope.url("one_pager_pdf"),
        "present_url": scope.url("present"),
    }
    return render(request, "web/one_pager/page.html", context)


def _pdf(request: HttpRequest, scope: Scope) -> HttpResponse:
    """Serve the cached PDF of what this person sees, else queue it and answer "Preparing…".

    The sheet's HTML is rendered here (cheap) and is the PDF's key; WeasyPrint runs in the
    worker. The waiting page polls this URL (htmx) and goes to the PDF once it is ready.
    """
    page = scope.page
    context = {
        "page": page,
        "organisation": request.person.organisation,
        "stylesheets": [url for url in map(static_file_url, PDF_STYLESHEETS) if url],
    }
    html = render_to_string("web/one_pager/pdf.html", context, request=request)
    name = slugify(f"{page.team.name if page.team else ''} {page.cycle.name}") or "okrs"
    pdf = one_pager_pdf(
        organisation=request.person.organisation,
        html=html,
        moment=local_datetime(page.generated_at),
        filename=f"{name}-one-pager.pdf",
        retry=request.GET.get("retry") == "1",
    )
    url = scope.url("one_pager_pdf")
    if pdf.state == PdfState.READY and htmx_partial(request):
        return HttpResponse(status=204, headers={"HX-Redirect": url})
    if pdf.state == PdfState.READY:
        return HttpResponse(
            bytes(pdf.pdf),
            content_type="application/pdf",
            headers={
                "Content-Disposition": f'inline; filename="{pdf.filename}"',
                "Cache-Control": "private, no-cache",
            },
        )
    retry_url = url + ("&" if "?" in url else "?") + "retry=1"
    waiting = {
        "nav": scope.nav,
        "page": page,
        "failed": pdf.state == PdfState.FAILED,
        "pdf_url": url,
        "retry_url": retry_url,
        "one_pager_url": scope.url("one_pager"),
    }
    partial = htmx_partial(request)
    template = "web/one_pager/_preparing.html" if partial else "web/one_pager/preparing.html"
    return render(request, template, waiting, status=200 if waiting["failed"] else 202)


@person_required
def cycle_one_pager(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Return the cycle's one-pager as a printable page."""
    return _html(request, cycle_scope(request, cycle_id))


@person_required
def cycle_one_pager_pdf(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Return the cycle's one-pager as a PDF."""
    return _pdf(request, cycle_scope(request, cycle_id))


@person_required
def team_one_pager(request: HttpRequest, team_id: int) -> HttpResponse:
    """Return the team's one-pager for the chosen cycle as a printable page."""
    return _html(request, team_scope(request, team_id))


@person_required
def team_one_pager_pdf(request: HttpRequest, team_id: int) -> HttpResponse:
    """Return the team's one-pager for the chosen cycle as a PDF."""
    return _pdf(request, team_scope(request, team_id))
