"""Work items: the item page, adding and editing one, inline status, criteria and linking."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cairn.execution.models import WorkItem, WorkItemKind, WorkItemStatus
from cairn.execution.permissions import can_add_work
from cairn.execution.services import (
    work_item_create,
    work_item_criterion_tick,
    work_item_delete,
    work_item_move,
    work_item_update,
)
from cairn.lib.ids import parse_id
from cairn.okrs.permissions import Access, require
from cairn.web.decorators import person_required, writer_required
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.work_items import LinkForm, WorkItemForm, criteria_text
from cairn.web.htmx import htmx_partial
from cairn.web.queries.milestone import initiative_visible
from cairn.web.queries.work import active_people, item_for, linkable_initiatives

FIELDS = (
    "kind",
    "title",
    "user_story",
    "description",
    "status",
    "estimate_points",
    "estimate_hours",
    "due_on",
    "external_source",
    "external_key",
    "external_url",
)


def _form(request: HttpRequest, initiative, item: WorkItem | None = None) -> WorkItemForm:
    parents = WorkItem.objects.filter(initiative=initiative).exclude(kind=WorkItemKind.SUBTASK)
    if item is not None:
        parents = parents.exclude(pk=item.pk)
    initiatives = linkable_initiatives(request.person)
    if all(i.pk != initiative.pk for i in initiatives):  # keep the current one choosable
        initiative.label = initiative.title
        initiatives.insert(0, initiative)
    initial: dict[str, object] = {"initiative": initiative.pk, "kind": WorkItemKind.STORY}
    if item is not None:
        initial = {name: getattr(item, name) for name in FIELDS}
        initial |= {"initiative": item.initiative_id, "parent": item.parent_id}
        initial |= {"assignee": item.assignee_id}
        initial["acceptance_criteria"] = criteria_text(item.acceptance_criteria)
    return WorkItemForm(
        request.POST or None,
        initial=initial,
        parents=parents.order_by("rank", "id")[:300],
        initiatives=initiatives,
        people=active_people(request.person.organisation),
    )


def _fields(request: HttpRequest, form: WorkItemForm) -> dict[str, object]:
    """Return the service's fields from the form, resolving ids inside the organisation."""
    data = dict(form.cleaned_data)
    organisation = request.person.organisation
    data["initiative"] = initiative_visible(request.person, data["initiative"])
    parent_id, assignee_id = data.pop("parent"), data.pop("assignee")
    data["parent"] = (
        WorkItem.objects.filter(organisation=organisation, pk=parent_id).first()
        if parent_id
        else None
    )
    data["assignee"] = (
        active_people(organisation).filter(pk=assignee_id).first() if assignee_id else None
    )
    return data


def _save(request: HttpRequest, form: WorkItemForm, action) -> WorkItem | None:
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        return action(**_fields(request, form))
    except Http404:
        form.add_error("initiative", _("Choose an initiative you can see."))
    except ValidationError as error:
        apply_errors(form, error)
    except PermissionDenied as error:
        form.add_error(None, str(error))
    return None


def _render_form(request: HttpRequest, form: WorkItemForm, **context: object) -> HttpResponse:
    status = 400 if form.errors else 200
    return render(request, "web/work/item_form.html", {"form": form, **context}, status=status)


@writer_required
def item_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the form adding a work item under an initiative; POST adds it."""
    initiative = initiative_visible(request.person, pk)
    require(can_add_work(Access(request.person), initiative=initiative, team=None))
    form = _form(request, initiative)
    item = _save(request, form, lambda **data: work_item_create(actor=request.person, **data))
    if item is not None:
        return redirect("work_item", item.pk)
    return _render_form(request, form, initiative=initiative)


@writer_required
def item_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Return a work item's edit form; POST saves it."""
    item = item_for(request.person, pk)
    require(item.editable)  # type: ignore[attr-defined]
    if item.initiative is None:
        return redirect("work_item", item.pk)  # work without a why is linked first
    form = _form(request, item.initiative, item)

    def action(**data: object) -> WorkItem:
        return work_item_update(item=item, actor=request.person, **data)

    if _save(request, form, action) is not None:
        return redirect("work_item", item.pk)
    return _render_form(request, form, item=item, initiative=item.initiative)


@person_required
def item(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the work item's page: story, checklist, sub-items and where it leads."""
    found = item_for(request.person, pk)
    children = found.children.select_related("assignee__user").order_by("rank", "id")
    access = Access(request.person)
    key_results = [
        kr
        for kr in (found.initiative.key_results.all() if found.initiative else [])
        if access.can_view_objective(kr.objective)
    ]
    context = {"item": found, "children": children, "key_results": key_results}
    if found.initiative is None and not request.person.is_viewer:
        context["link_form"] = LinkForm(initiatives=linkable_initiatives(request.person))
    return render(request, "web/work/item.html", context)


@require_POST
@writer_required
def item_status(request: HttpRequest, pk: int) -> HttpResponse:
    """Move an item to a status; htmx gets the status control back, others the page."""
    found = item_for(request.person, pk)
    status = request.POST.get("status", "")
    error = ""
    if status not in WorkItemStatus.values:
        error = _("Choose a status.")
    else:
        require(found.editable)  # type: ignore[attr-defined]
        work_item_move(item=found, actor=request.person, status=status)
    if htmx_partial(request):
        context = {"w": found, "saved": not error, "error": error}
        return render(request, "web/work/_status.html", context, status=400 if error else 200)
    if error:
        messages.error(request, error)
    if _safe(request):
        return redirect(request.POST["next"])
    return redirect("work_item", pk)


def _safe(request: HttpRequest) -> bool:
    target = request.POST.get("next", "")
    return target.startswith("/") and not target.startswith("//")


@require_POST
@writer_required
def item_criterion(request: HttpRequest, pk: int, index: int) -> HttpResponse:
    """Tick or untick one acceptance criterion."""
    found = item_for(request.person, pk)
    try:
        found = work_item_criterion_tick(
            item=found, actor=request.person, index=index, done=request.POST.get("done") == "1"
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    if htmx_partial(request):
        found.editable = True  # type: ignore[attr-defined]
        return render(request, "web/work/_criteria.html", {"item": found})
    return redirect("work_item", pk)


@require_POST
@writer_required
def item_link(request: HttpRequest, pk: int) -> HttpResponse:
    """Link a piece of work to an initiative, and so to the key results it serves."""
    found = item_for(request.person, pk)
    initiative_id = parse_id(request.POST.get("initiative"))
    if initiative_id is None:
        messages.error(request, _("Choose what this work serves."))
    else:
        initiative = initiative_visible(request.person, initiative_id)
        try:
            work_item_update(item=found, actor=request.person, initiative=initiative)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("“%(title)s” now serves “%(i)s”.")
                % {"title": found.title, "i": initiative.title},
            )
    if _safe(request):
        return redirect(request.POST["next"])
    return redirect("work_item", pk)


@require_POST
@writer_required
def item_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a work item with its sub-items (the service checks the right); go where it was."""
    found = item_for(request.person, pk)
    back = (
        ("initiative", found.initiative_id)
        if found.initiative_id
        else ("work_without_why", found.team.slug)
        if found.team
        else ("home",)
    )
    work_item_delete(item=found, actor=request.person)
    messages.success(request, _("“%(title)s” was deleted.") % {"title": found.title})
    return redirect(*back)
