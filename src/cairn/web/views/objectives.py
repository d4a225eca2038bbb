"""The objective page, creating and editing objectives, and aligning them to a parent."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cairn.execution.selectors import key_result_work
from cairn.lib.ids import parse_id
from cairn.okrs import selectors
from cairn.okrs.coach import objective_report
from cairn.okrs.models import CycleState, KeyResult, Objective, ObjectiveReview
from cairn.okrs.permissions import Access, require
from cairn.okrs.services import (
    objective_align,
    objective_create,
    objective_follow,
    objective_review_record,
    objective_update,
)
from cairn.okrs.services.reviews import review_key_results
from cairn.organisations.models import Person
from cairn.sources.selectors import sources_feeding
from cairn.web.charts import key_result_chart
from cairn.web.decorators import person_required, writer_required
from cairn.web.feed import feed, objective_activity
from cairn.web.forms.objectives import (
    AlignForm,
    ObjectiveCreateForm,
    ObjectiveEditForm,
    ObjectiveReviewForm,
)
from cairn.web.htmx import htmx_partial
from cairn.web.queries.common import search_text
from cairn.web.views import as_of, live_coach
from cairn.web.views.auth import add_errors

EDIT_FIELDS = ("title", "description", "team", "owner", "kind", "visibility", "weight")


HISTORY_SHOWN = 10  # check-ins listed per key result; the rest on request (?check_ins=<id>)


def _key_result_items(
    request: HttpRequest, objective: Objective, key_results: list[KeyResult]
) -> list[dict]:
    """Return each key result of the page with pace, history, chart and what the person may do."""
    access, now = Access(request.person), timezone.now()
    organisation = request.person.organisation
    everything = parse_id(request.GET.get("check_ins"))  # the key result whose history is open
    items = []
    for key_result in key_results:
        key_result.objective = objective
        past = selectors.history(key_result)
        shown = None if everything == key_result.pk else HISTORY_SHOWN
        items.append(
            {
                "row": selectors.key_result_row(key_result, organisation, now),
                "history": past,
                "check_ins": past.newest(shown),
                "all_open": shown is None,
                "chart": key_result_chart(
                    key_result, past.effective, objective.cycle, organisation, now
                ),
                "initiatives": list(key_result.initiatives.all()),
                "can_edit": access.can_edit_key_result(key_result),
                "can_check_in": access.can_check_in(key_result),
            }
        )
        items[-1]["menu"] = _key_result_menu(request.person, key_result, items[-1]["can_edit"])
    return items


def _key_result_menu(person: Person, key_result: KeyResult, can_edit: bool) -> list[dict]:
    """Return the secondary actions of a key result card (the actions menu)."""
    menu = []
    if can_edit:
        menu.append(
            {
                "label": _("Edit the key result"),
                "url": reverse("key_result_edit", args=[key_result.pk]),
            }
        )
    if not person.is_viewer:
        url = reverse("objective_create") + f"?parent_key_result={key_result.pk}"
        menu.append({"label": _("Create a team objective from this key result"), "url": url})
    return menu


def _head_context(request: HttpRequest, objective: Objective) -> dict:
    return {
        "objective": objective,
        "can_edit": Access(request.person).can_edit_objective(objective),
        "following": objective.followers.filter(person=request.person).exists(),
    }


@require_POST
@person_required
def follow(request: HttpRequest, pk: int) -> HttpResponse:
    """Follow or unfollow the objective; return its header (htmx) or the page."""
    objective = selectors.objective_for(request.person, pk)
    objective_follow(
        objective=objective, person=request.person, follow=request.POST.get("follow") == "1"
    )
    if htmx_partial(request):
        return render(request, "web/objectives/head.html", _head_context(request, objective))
    return redirect("objective", objective.pk)


@person_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the objective page (or just its header for an htmx cancel)."""
    objective = selectors.objective_for(request.person, pk)
    if as_of.wants_as_of(request):
        return as_of.objective(request, objective)
    context = _head_context(request, objective)
    if htmx_partial(request) and request.GET.get("part") == "head":
        return render(request, "web/objectives/head.html", context)
    key_results = selectors.objective_page(objective)
    organisation = request.person.organisation
    coach = objective_report(
        objective, key_results, organisation.coach, cadence_days=organisation.check_in_cadence_days
    )
    items = _key_result_items(request, objective, key_results)
    work = key_result_work(key_results)
    active = objective.cycle.state == CycleState.ACTIVE
    feeding = sources_feeding(kr.pk for kr in key_results)
    for item, (kr, findings) in zip(items, coach.key_results, strict=True):
        item["coach"] = findings
        item["sources"] = feeding.get(kr.pk, [])
        item["work"] = work[kr.pk]
        item["no_work"] = active and not work[kr.pk].count  # flagged: nothing moves it
    context.update(
        items=items,
        children=selectors.aligned_children(
            request.person, objective, [kr.pk for kr in key_results]
        ),
        activity=feed(
            objective_activity(objective, selectors.objective_changes(objective), key_results)
        ),
        parent=_visible_parent(request.person, objective),
        coach=coach,
        review=objective.reviews.select_related("reviewer__user").first(),
        may_correct=not request.person.is_viewer and objective.cycle.accepts_check_ins,
    )
    return render(request, "web/objectives/detail.html", context)


def _visible_parent(person: Person, objective: Objective) -> Objective | None:
    """Return the objective above this one when the person may see it."""
    parent = objective.parent_objective or (
        objective.parent_key_result.objective if objective.parent_key_result_id else None
    )
    return parent if parent and Access(person).can_view_objective(parent) else None


def resolve_parent(person: Person, value: str) -> dict[str, object]:
    """Return objective_align's parent arguments for "o:<id>", "k:<id>" or "" (none)."""
    kind, _sep, raw = (value or "").partition(":")
    if not raw:
        return {}
    try:
        if kind == "o":
            return {"parent_objective": selectors.objective_for(person, int(raw))}
        if kind == "k":
            return {"parent_key_result": selectors.key_result_for(person, int(raw))}
    except (Http404, ValueError):
        pass
    raise ValidationError({"parent": _("Choose a parent from the search results.")})


def _create_initial(request: HttpRequest) -> dict:
    initial = {"owner": request.person, "weight": 1}
    parent_kr = parse_id(request.GET.get("parent_key_result"))
    if parent_kr is not None:
        key_result = selectors.key_result_for(request.person, parent_kr)
        initial.update(parent=f"k:{key_result.pk}", cycle=key_result.objective.cycle_id)
        initial["parent_label"] = key_result.title
    return initial


@writer_required
def create(request: HttpRequest) -> HttpResponse:
    """Return the new-objective form; POST creates (and aligns) it."""
    initial = _create_initial(request)
    form = ObjectiveCreateForm(request.POST or None, person=request.person, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            with transaction.atomic():
                parent = resolve_parent(request.person, data.pop("parent"))
                objective = objective_create(actor=request.person, **data)
                if parent:
                    objective_align(objective=objective, actor=request.person, **parent)
        except (ValidationError, PermissionDenied) as error:
            add_errors(form, _as_validation(error))
        else:
            messages.success(
                request,
                _("Objective created. Add three to five key results that measure it."),
            )
            return redirect("objective", objective.pk)
    live_coach.enable(form, reverse("coach_preview_objective"))
    context = {"form": form, "parent_label": initial.get("parent_label", "")}
    return render(request, "web/objectives/create.html", context, status=_status(request, form))


def _as_validation(error: Exception) -> ValidationError:
    return error if isinstance(error, ValidationError) else ValidationError(str(error))


def _status(request: HttpRequest, form) -> int:
    return 400 if request.method == "POST" and form.errors else 200


@writer_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the objective's edit form (in place with htmx); POST saves it."""
    objective = selectors.objective_for(request.person, pk)
    require(Access(request.person).can_edit_objective(objective))
    initial = {name: getattr(objective, name) for name in EDIT_FIELDS}
    initial["version"] = objective.version
    form = ObjectiveEditForm(request.POST or None, person=request.person, initial=initial)
    if request.method == "POST" and form.is_valid():
        changes = {name: form.cleaned_data[name] for name in EDIT_FIELDS}
        try:
            objective_update(
                objective=objective,
                actor=request.person,
                version=form.cleaned_data["version"],
                **changes,
            )
        except (ValidationError, PermissionDenied) as error:
            add_errors(form, _as_validation(error))
        else:
            if htmx_partial(request):
                return render(
                    request, "web/objectives/head.html", _head_context(request, objective)
                )
            return redirect("objective", objective.pk)
    live_coach.enable(form, reverse("coach_preview_objective"))
    template = "edit_form.html" if htmx_partial(request) else "edit.html"
    context = {"objective": objective, "form": form}
    return render(request, f"web/objectives/{template}", context)


@writer_required
def align(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the alignment page (search, choose a parent); POST aligns or unaligns."""
    objective = selectors.objective_for(request.person, pk)
    require(Access(request.person).can_edit_objective(objective))
    form = AlignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            parent = resolve_parent(request.person, form.cleaned_data["parent"])
            objective_align(objective=objective, actor=request.person, **parent)
        except ValidationError as error:
            add_errors(form, error)
        else:
            return redirect("objective", objective.pk)
    query = search_text(request.GET.get("q"), max_length=300)
    objectives, key_results = selectors.alignment_candidates(request.person, query, objective)
    context = {
        "objective": objective,
        "form": form,
        "query": query,
        "objectives": objectives,
        "key_results": key_results,
        "parent": _visible_parent(request.person, objective),
    }
    return render(request, "web/objectives/align.html", context, status=_status(request, form))


@person_required
def align_search(request: HttpRequest) -> HttpResponse:
    """Return the visible objectives and key results matching ?q= as choosable options."""
    exclude, exclude_id = None, parse_id(request.GET.get("exclude"))
    if exclude_id is not None:
        exclude = Objective.objects.filter(
            organisation_id=request.person.organisation_id, pk=exclude_id
        ).first()
    query = search_text(request.GET.get("q"), max_length=300)
    objectives, key_results = selectors.alignment_candidates(request.person, query, exclude)
    context = {"objectives": objectives, "key_results": key_results, "query": query}
    return render(request, "web/objectives/align_results.html", context)


@writer_required
def review(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the necessary-and-sufficient questions; POST records the answers."""
    objective = selectors.objective_for(request.person, pk)
    require(Access(request.person).can_edit_objective(objective))
    key_results = review_key_results(objective)
    form = ObjectiveReviewForm(request.POST or None, key_results=key_results)
    if request.method == "POST" and form.is_valid():
        try:
            recorded = objective_review_record(
                objective=objective,
                reviewer=request.person,
                answers=form.answers(),
                asked=form.cleaned_data["asked"],
            )
        except ValidationError as error:
            add_errors(form, _review_error(error))
        else:
            return redirect("objective_review_result", objective.pk, recorded.pk)
    questions = [(kr, form[f"necessary_{index}"]) for index, kr in enumerate(key_results)]
    context = {
        "objective": objective,
        "form": form,
        "questions": questions,
        "past": objective.reviews.select_related("reviewer__user")[:10],
    }
    return render(request, "web/objectives/review.html", context, status=_status(request, form))


def _review_error(error: ValidationError) -> ValidationError:
    """Return the service's error keyed by the form's field names ("necessary:0" → "_0")."""
    if not hasattr(error, "error_dict"):
        return error
    return ValidationError(
        {ObjectiveReviewForm.field_name(key): value for key, value in error.error_dict.items()}
    )


@person_required
def review_result(request: HttpRequest, pk: int, review_pk: int) -> HttpResponse:
    """Return one recorded review: the answers, the verdict and what to do about it."""
    objective = selectors.objective_for(request.person, pk)
    recorded = get_object_or_404(
        ObjectiveReview.objects.select_related("reviewer__user"), objective=objective, pk=review_pk
    )
    recorded.objective = objective
    current = {kr.pk: kr for kr in objective.key_results.all()}
    rows = [
        (asked["title"], current.get(asked["id"]), verdict)
        for asked, verdict in zip(recorded.key_results, recorded.necessary, strict=False)
    ]
    context = {
        "objective": objective,
        "review": recorded,
        "rows": rows,
        "unnecessary": [row for row in rows if row[2] == "not_necessary"],
        "unsure": [row for row in rows if row[2] == "unsure"],
        "can_edit": Access(request.person).can_edit_objective(objective),
    }
    return render(request, "web/objectives/review_result.html", context)
