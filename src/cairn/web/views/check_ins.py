"""The weekly check-in flow (one compact row per key result, saved in place or all at once)."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from cairn.lib.ids import parse_id
from cairn.okrs import selectors
from cairn.okrs.models import CheckIn, KeyResult
from cairn.okrs.selectors import KeyResultRow
from cairn.okrs.services import check_in_correct, check_in_record
from cairn.web.decorators import person_required, writer_required
from cairn.web.forms.check_ins import CheckInForm
from cairn.web.htmx import htmx_partial

PAGE = "web/check_ins/weekly.html"
ROW = "web/check_ins/row.html"


@dataclass
class Item:
    """One row of the check-in page: the key result, its form, and whether it was just saved."""

    row: KeyResultRow
    form: CheckInForm
    saved: CheckIn | None = None


def add_errors(form: CheckInForm, error: ValidationError) -> None:
    """Put a service's errors next to the form's fields, keeping their codes ("implausible")."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for name, errors in error.error_dict.items():
        form.add_error(name if name in form.fields else None, errors)


def _save(request: HttpRequest, form: CheckInForm) -> CheckIn | None:
    """Validate and record one row (its own transaction); return the check-in, or None."""
    if not form.is_valid():
        return None
    try:
        return check_in_record(
            key_result=form.key_result, author=request.person, **form.service_arguments()
        )
    except ValidationError as error:
        add_errors(form, error)
        return None


def _form(request: HttpRequest, key_result: KeyResult) -> CheckInForm:
    """Return the bound form of one row; "No change" re-confirms the last value."""
    no_change = request.POST.get("no_change") == str(key_result.pk)
    return CheckInForm(request.POST, key_result=key_result, no_change=no_change)


def _fresh_item(request: HttpRequest, key_result: KeyResult, **extra: object) -> Item:
    """Return a row read afresh (after a save the value and progress have moved)."""
    key_result = selectors.key_result_for(request.person, key_result.pk)
    row = selectors.key_result_row(key_result, request.person.organisation)
    return Item(
        row=row, form=extra.pop("form", None) or CheckInForm(key_result=key_result), **extra
    )


def _page(request: HttpRequest, items: list[Item], *, show_all: bool, total: int, status=200):
    context = {"nav": "check_in", "items": items, "show_all": show_all, "total": total}
    return render(request, PAGE, context, status=status)


@person_required
def weekly(request: HttpRequest) -> HttpResponse:
    """Return the check-in page: my due key results (all of them with ?all=1)."""
    person = request.person
    show_all = request.GET.get("all") == "1"
    key_results = selectors.my_key_results(person).filter(objective__cycle__state="active")
    rows = selectors.key_result_rows(key_results, person)
    shown = rows if show_all else [row for row in rows if row.due]
    items = [Item(row=row, form=CheckInForm(key_result=row.key_result)) for row in shown]
    return _page(request, items, show_all=show_all, total=len(rows))


@require_GET
@writer_required
def row(request: HttpRequest, pk: int) -> HttpResponse:
    """Return one row with its form again (the "Edit" of a saved, collapsed row)."""
    key_result = selectors.key_result_for(request.person, pk)
    if not htmx_partial(request):
        return redirect(reverse("check_in") + f"?all=1#check-in-{pk}")
    return render(request, ROW, {"item": _fresh_item(request, key_result)})


@require_POST
@writer_required
def record(request: HttpRequest, pk: int) -> HttpResponse:
    """Record one row; htmx gets the row back (collapsed when saved), others the page."""
    key_result = selectors.key_result_for(request.person, pk)
    form = _form(request, key_result)
    saved = _save(request, form)
    if htmx_partial(request):
        item = _fresh_item(request, key_result, saved=saved, form=None if saved else form)
        return render(request, ROW, {"item": item})
    if saved:
        messages.success(request, _("Check-in saved: %(kr)s.") % {"kr": key_result.title})
        return redirect("check_in")
    item = _fresh_item(request, key_result, form=form)
    return _page(request, [item], show_all=True, total=1, status=400)


def _posted_key_results(request: HttpRequest) -> list[KeyResult]:
    """Return my key results named by the posted rows, in the page's order."""
    single = parse_id(request.POST.get("save") or request.POST.get("no_change"))
    wanted = [single] if single else [parse_id(v) for v in request.POST.getlist("row")]
    ids = {pk for pk in wanted if pk is not None}
    mine = selectors.my_key_results(request.person).filter(pk__in=ids)
    return list(mine.filter(objective__cycle__state="active"))


@require_POST
@writer_required
def save_all(request: HttpRequest) -> HttpResponse:
    """Save every filled row, each on its own; show the rows that need a look, keep the rest."""
    key_results = _posted_key_results(request)
    items, saved, failed = [], 0, 0
    for key_result in key_results:
        form = _form(request, key_result)
        check_in = _save(request, form) if form.is_filled() else None
        saved += check_in is not None
        failed += form.is_filled() and check_in is None
        items.append((key_result, form, check_in))
    if not failed:
        if saved:
            text = ngettext("%(n)d check-in saved.", "%(n)d check-ins saved.", saved)
            messages.success(request, text % {"n": saved})
        else:
            messages.info(request, _("Nothing to save: enter a value or press “No change”."))
        return redirect("check_in")
    messages.error(request, _("Some rows need a look; the others were saved."))
    # A row left empty gets a fresh form: validating it would only say "This field is required".
    page = [
        _fresh_item(request, kr, saved=c, form=f if f.is_filled() and not c else None)
        for kr, f, c in items
    ]
    return _page(request, page, show_all=True, total=len(page), status=400)


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
