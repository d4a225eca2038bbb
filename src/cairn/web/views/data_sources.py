"""Data sources (/settings/data-sources/, admins): list, create, edit, test, run, history."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cairn.okrs.permissions import require
from cairn.sources import services
from cairn.sources.models import DataSource, SourceKind
from cairn.sources.readings import ReadingError
from cairn.sources.selectors import runs_of, source_list, sources_of
from cairn.web.decorators import person_required
from cairn.web.forms.data_sources import COMMON_FIELDS, KIND_FIELDS, DataSourceForm, Feeds
from cairn.web.views.auth import add_errors

NAV = "data_sources"


def _require_admin(request: HttpRequest) -> None:
    require(request.person.is_admin, _("Only admins manage data sources."))


def _source(request: HttpRequest, pk: int) -> DataSource:
    """Return one of the organisation's sources; another organisation's is 404."""
    queryset = sources_of(request.person).select_related(
        "key_result__objective", "kpi", "owner__user"
    )
    return get_object_or_404(queryset, pk=pk)


def _initial(source: DataSource) -> dict[str, object]:
    names = [n for n in COMMON_FIELDS + KIND_FIELDS[source.kind] if n not in services.WRITE_ONLY]
    return {
        name: getattr(source, name) for name in names if name not in ("key_result", "kpi", "owner")
    } | {
        "feeds": Feeds.KPI if source.kpi_id else Feeds.KEY_RESULT,
        "key_result": source.key_result_id,
        "kpi": source.kpi_id,
        "owner": source.owner_id,
    }


@person_required
def data_sources(request: HttpRequest) -> HttpResponse:
    """Return the organisation's data sources with their target, last reading and status."""
    _require_admin(request)
    context = {"sources": list(source_list(request.person)), "nav": NAV}
    return render(request, "web/data_sources/list.html", context)


def _form_page(
    request: HttpRequest, form: DataSourceForm, source: DataSource | None, **extra: object
) -> HttpResponse:
    kind = form["kind"].value() or SourceKind.HTTP_JSON
    if source is not None:  # say a write-only value is saved, without showing it
        for name, saved in (
            ("auth_secret", source.auth_secret),
            ("database_url", source.database_url),
        ):
            if saved:
                form.fields[name].help_text = _("One is saved (not shown); leave empty to keep it.")
    context = {
        "form": form,
        "source": source,
        "kind": kind,
        "kind_fields": form.kind_fields(kind),
        "runs": runs_of(source) if source else [],
        "nav": NAV,
        **extra,
    }
    status = 422 if form.is_bound and form.errors else 200
    template = "web/data_sources/detail.html" if source else "web/data_sources/new.html"
    return render(request, template, context, status=status)


@person_required
def create(request: HttpRequest) -> HttpResponse:
    """Return the new-source form; POST creates the source (a push source shows its token)."""
    _require_admin(request)
    form = DataSourceForm(request.POST or None, person=request.person)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.source_create(actor=request.person, **form.values())  # type: ignore[arg-type]
        except ValidationError as error:
            add_errors(form, error)
        else:
            if saved.token:
                form = DataSourceForm(initial=_initial(saved.source), person=request.person)
                return _form_page(request, form, saved.source, token=saved.token)
            messages.success(
                request, _("Data source “%(name)s” saved.") % {"name": saved.source.name}
            )
            return redirect("data_source", pk=saved.source.pk)
    return _form_page(request, form, None)


@person_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Return a source's settings and run history; POST saves changed settings."""
    _require_admin(request)
    source = _source(request, pk)
    if request.method != "POST":
        form = DataSourceForm(initial=_initial(source), person=request.person)
        return _form_page(request, form, source)
    form = DataSourceForm(request.POST, person=request.person)
    if form.is_valid():
        try:
            saved = services.source_update(actor=request.person, source=source, **form.values())
        except ValidationError as error:
            add_errors(form, error)
            source.refresh_from_db()
        else:
            if saved.token:
                return _form_page(request, form, saved.source, token=saved.token)
            messages.success(request, _("Data source “%(name)s” saved.") % {"name": source.name})
            return redirect("data_source", pk=source.pk)
    return _form_page(request, form, source)


@person_required
def kind_fields(request: HttpRequest) -> HttpResponse:
    """Return the fields of the chosen kind (htmx swaps them in when the kind changes)."""
    _require_admin(request)
    kind = request.GET.get("kind", "")
    kind = kind if kind in SourceKind.values else SourceKind.HTTP_JSON
    form = DataSourceForm(initial={"kind": kind}, person=request.person)
    context = {"kind": kind, "kind_fields": form.kind_fields(kind)}
    return render(request, "web/data_sources/_kind_fields.html", context)


@require_POST
@person_required
def test(request: HttpRequest, pk: int) -> HttpResponse:
    """Take a reading now and show it, recording nothing."""
    _require_admin(request)
    source = _source(request, pk)
    try:
        result = {"value": services.source_test(actor=request.person, source=source)}
    except ReadingError as error:
        result = {"error": str(error)}
    context = {"source": source, "result": result}
    return render(request, "web/data_sources/_test_result.html", context)


@require_POST
@person_required
def run(request: HttpRequest, pk: int) -> HttpResponse:
    """Take a reading now and record it (a check-in when the value changed)."""
    _require_admin(request)
    source = _source(request, pk)
    try:
        done = services.source_run_now(actor=request.person, source=source)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if done.error:
            messages.error(request, _("The run failed: %(error)s") % {"error": done.error})
        else:
            label = done.get_outcome_display().lower()
            messages.success(
                request,
                _("Read %(value)s: %(outcome)s.")
                % {"value": f"{done.value:,.15g}", "outcome": label},
            )
    return redirect("data_source", pk=source.pk)


@require_POST
@person_required
def rotate(request: HttpRequest, pk: int) -> HttpResponse:
    """Give a push source a new token and show it once."""
    _require_admin(request)
    source = _source(request, pk)
    token = services.source_token_rotate(actor=request.person, source=source)
    form = DataSourceForm(initial=_initial(source), person=request.person)
    return _form_page(request, form, source, token=token)


@require_POST
@person_required
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a source and its run history; return to the list."""
    _require_admin(request)
    source = _source(request, pk)
    services.source_delete(actor=request.person, source=source)
    messages.success(request, _("Data source “%(name)s” deleted.") % {"name": source.name})
    return redirect("data_sources")
