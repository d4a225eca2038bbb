"""Importing work from a tracker export: upload, preview by row, confirm all or nothing.

`/work/import/?initiative=ID` (or `?team=ID`) opens the form with that target chosen. The
confirm step carries the file signed in the page (with the target, mapping and the person),
so it is uploaded once and cannot change between preview and import.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from cairn.execution.imports import read_work
from cairn.execution.imports.resolve import ImportPlan
from cairn.execution.models import WorkItem
from cairn.execution.selectors import visible_initiative_ids
from cairn.execution.services import work_import, work_import_preview, work_import_target
from cairn.okrs.models import Initiative
from cairn.organisations.models import Person, Team
from cairn.web.decorators import person_required, writer_required
from cairn.web.forms.work_import import WEB_LIMITS, ConfirmError, WorkImportForm, sign, unsign

PAGE = "web/work_import/import.html"
PREVIEW_ROWS = 200  # rows shown in the preview table; the counts cover the whole file
SHOWN_ITEMS = 200


@require_http_methods(["GET", "HEAD", "POST"])
@person_required
@writer_required
def work_import_page(request: HttpRequest) -> HttpResponse:
    """Return the upload form; POST previews a file, POST with the signed file imports it."""
    person = request.person
    if request.method == "POST" and "payload" in request.POST:
        return _confirm(request, person)
    initial = _initial(request, person)
    form = WorkImportForm(
        request.POST or None, request.FILES or None, person=person, initial=initial
    )
    if request.method != "POST":
        return render(request, PAGE, {"form": form})
    if not form.is_valid():
        return render(request, PAGE, {"form": form}, status=400)
    data = form.cleaned_data
    chosen = {
        "content": data["content"],
        "format": data["format"],
        "initiative": data["initiative"].pk if data["initiative"] else None,
        "team": data["team"].pk if data["team"] else None,
        "statuses": form.statuses_list(),
        "person": person.pk,
        "name": data["file"].name,
    }
    return _preview(request, person, chosen, form)


def _initial(request: HttpRequest, person: Person) -> dict:
    """Return the target named in the query string; another organisation's is a 404."""
    initial: dict[str, object] = {}
    if request.GET.get("initiative"):
        visible = Initiative.objects.filter(pk__in=visible_initiative_ids(person))
        initial["initiative"] = get_object_or_404(visible, pk=_id(request.GET["initiative"]))
    if request.GET.get("team"):
        teams = Team.objects.filter(organisation_id=person.organisation_id)
        initial["team"] = get_object_or_404(teams, pk=_id(request.GET["team"]))
    target = initial.get("initiative") or initial.get("team")
    if target is not None:
        work_import_target(
            actor=person, initiative=initial.get("initiative"), team=initial.get("team")
        )
    return initial


def _id(raw: str) -> int:
    return int(raw) if raw.isdigit() and len(raw) < 19 else 0


def _target(person: Person, chosen: dict) -> tuple[Initiative | None, Team | None]:
    initiative = team = None
    if chosen["initiative"]:
        visible = Initiative.objects.filter(pk__in=visible_initiative_ids(person))
        initiative = get_object_or_404(
            visible.prefetch_related("key_results"), pk=chosen["initiative"]
        )
    if chosen["team"]:
        team = get_object_or_404(Team, organisation_id=person.organisation_id, pk=chosen["team"])
    return initiative, team


def _plan(person: Person, chosen: dict) -> tuple[ImportPlan, Initiative | None, Team | None]:
    initiative, team = _target(person, chosen)
    work = read_work(
        chosen["content"], chosen["format"], statuses=chosen["statuses"], limits=WEB_LIMITS
    )
    plan = work_import_preview(actor=person, work=work, initiative=initiative, team=team)
    return plan, initiative, team


def _preview(
    request: HttpRequest, person: Person, chosen: dict, form: WorkImportForm, errors=()
) -> HttpResponse:
    plan, initiative, team = _plan(person, chosen)
    context = {
        "form": form,
        "plan": plan,
        "name": chosen["name"],
        "summary": plan.summary(),
        "problems": plan.problems[:PREVIEW_ROWS],
        "warnings": plan.warnings[:PREVIEW_ROWS],
        "items": plan.items[:PREVIEW_ROWS],
        "more": max(0, len(plan.items) - PREVIEW_ROWS),
        "import_errors": list(errors),
        "initiative": initiative,
        "team": team,
    }
    if not plan.problems and not errors:
        context["payload"] = sign(chosen)
    status = 400 if plan.problems or errors else 200
    return render(request, PAGE, context, status=status)


def _confirm(request: HttpRequest, person: Person) -> HttpResponse:
    form = WorkImportForm(person=person)
    try:
        chosen = unsign(request.POST["payload"])
        if chosen["person"] != person.pk:
            raise ConfirmError(_("The preview could not be verified: upload the file again."))
    except ConfirmError as error:
        return render(request, PAGE, {"form": form, "import_errors": [str(error)]}, status=400)
    initiative, team = _target(person, chosen)
    work = read_work(
        chosen["content"], chosen["format"], statuses=chosen["statuses"], limits=WEB_LIMITS
    )
    try:
        plan = work_import(actor=person, work=work, initiative=initiative, team=team)
    except ValidationError as error:  # the organisation changed since the preview
        return _preview(request, person, chosen, form, errors=error.messages)
    keys = [item.row.key for item in plan.items[:SHOWN_ITEMS]]
    order = {key: index for index, key in enumerate(keys)}
    written = WorkItem.objects.filter(
        organisation_id=person.organisation_id, external_source=plan.source, external_key__in=keys
    ).select_related("assignee__user", "sprint", "initiative", "parent")
    context = {
        "summary": plan.summary(),
        "plan": plan,
        "items": sorted(written, key=lambda item: order[item.external_key]),
        "more": max(0, len(plan.items) - SHOWN_ITEMS),
        "initiative": initiative,
        "team": team,
    }
    return render(request, "web/work_import/imported.html", context)
