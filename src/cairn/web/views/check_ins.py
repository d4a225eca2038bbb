"""The weekly check-in flow (every due key result on one page, each row saved in place) and corrections."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cairn.okrs import selectors
from cairn.okrs.models import CheckIn, KeyResult
from cairn.okrs.services import check_in_correct, check_in_record
from cairn.web.decorators import person_required, writer_required
from cairn.web.forms.check_ins import CheckInForm
from cairn.web.htmx import htmx_partial
from cairn.web.views.auth import add_errors


def _row(request: HttpRequest, key_result: KeyResult, form: CheckInForm | None = None, **extra):
    """Return the template context of one check-in row."""
    row = selectors.key_result_row(key_result, request.person.organisation)
    return {"row": row, "form": form or CheckInForm(key_result=key_result), **extra}


@person_required
def weekly(request: HttpRequest) -> HttpResponse:
    """Return the check-in page: my due key results (all of them with ?all=1)."""
    person = request.person
    show_all = request.GET.get("all") == "1"
    key_results = selectors.my_key_results(person).filter(objective__cycle__state="active")
    rows = selectors.key_result_rows(key_results, person)
    shown = rows if show_all else [row for row in rows if row.due]
    items = [{"row": row, "form": CheckInForm(key_result=row.key_result)} for row in shown]
    context = {"nav": "check_in", "items": items, "show_all": show_all, "total": len(rows)}
    return render(request, "web/check_ins/weekly.html", context)


@require_POST
@writer_required
def record(request: HttpRequest, pk: int) -> HttpResponse:
    """Record one check-in; htmx gets the row back in place, others go back to the page."""
    key_result = selectors.key_result_for(request.person, pk)
    form = CheckInForm(request.POST, key_result=key_result)
    saved = False
    if form.is_valid():
        try:
            check_in_record(
                key_result=key_result, author=request.person, **form.service_arguments()
            )
            saved = True
        except ValidationError as error:
            add_errors(form, error)
    if saved:
        key_result.refresh_from_db()
        key_result.objective.refresh_from_db(fields=["progress"])
    if htmx_partial(request):
        context = _row(request, key_result, None if saved else form, saved=saved)
        return render(request, "web/check_ins/row.html", context)
    if saved:
        messages.success(request, _("Check-in saved: %(kr)s.") % {"kr": key_result.title})
        return redirect("check_in")
    context = {"nav": "check_in", "items": [_row(request, key_result, form)], "show_all": True}
    return render(request, "web/check_ins/weekly.html", context, status=400)


def _correction_initial(check_in: CheckIn) -> dict:
    """Return the correction form's starting values: those of the check-in being corrected."""
    value = check_in.value
    shown = "" if value is None else f"{value:g}"
    return {
        "value": shown,
        "done": bool(check_in.done),
        "confidence": check_in.confidence,
        "note": check_in.note,
        "blockers": check_in.blockers,
    }


@writer_required
def correct(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the correction form of a check-in; a valid POST records the correction."""
    check_in = get_object_or_404(
        CheckIn.objects.filter(organisation_id=request.person.organisation_id), pk=pk
    )
    key_result = selectors.key_result_for(request.person, check_in.key_result_id)
    form = CheckInForm(
        request.POST or None,
        key_result=key_result,
        prefix="correction",
        initial=_correction_initial(check_in),
    )
    if request.method == "POST" and form.is_valid():
        try:
            check_in_correct(check_in=check_in, author=request.person, **form.service_arguments())
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Check-in corrected: %(kr)s.") % {"kr": key_result.title})
            return redirect(
                reverse("objective", args=[key_result.objective_id]) + f"#kr-{key_result.pk}"
            )
    context = {"check_in": check_in, "key_result": key_result, "form": form}
    status = 400 if form.errors else 200
    return render(request, "web/check_ins/correct.html", context, status=status)
