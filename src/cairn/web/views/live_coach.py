"""The coach where people write: findings, and the parsed fields, while a title is typed.

The objective and key result forms post their title here (htmx, 300 ms after typing stops).
Without JavaScript nothing is posted and the forms work as before.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_POST
from django_htmx.http import trigger_client_event

from cairn.coach import CoachConfig, Finding, KeyResultDraft, ObjectiveDraft, review_objective
from cairn.lib.ids import parse_id
from cairn.okrs import selectors
from cairn.okrs.coach import key_result_draft
from cairn.okrs.models import KeyResultKind, Objective
from cairn.okrs.services.common import number
from cairn.text.key_result_parser import parse_key_result
from cairn.web.decorators import writer_required
from cairn.web.forms.key_results import PARSED_FIELDS, parsed_fields

# While an objective is typed only its title is known: the rules about the title.
OBJECTIVE_TITLE_RULES = ("OKR004", "OKR005")
# The form always has an owner, and initiatives and check-ins come after the key result.
KEY_RESULT_SILENT = ("OKR007", "KR107", "KR108")
MAX_TITLE = 300
SLOT = "#live-coach"


def enable(form: forms.Form, url: str) -> None:
    """Make the form's title ask the coach at `url` as it is typed (and once on load)."""
    form.fields["title"].widget.attrs.update(
        {
            "hx-post": url,
            "hx-trigger": "load, input changed delay:300ms",
            "hx-target": SLOT,
            "hx-swap": "innerHTML",
            "hx-sync": "this:replace",
            "autocomplete": "off",
        }
    )


def _title(request: HttpRequest) -> str:
    return " ".join(str(request.POST.get("title", "")).split())[:MAX_TITLE]


@require_POST
@writer_required
def objective_preview(request: HttpRequest) -> HttpResponse:
    """Return the coach's findings on an objective title (OKR004, OKR005)."""
    title = _title(request)
    findings = objective_title_findings(title, request.person.organisation.coach)
    return _preview(request, {"title": title, "findings": findings})


def _preview(request: HttpRequest, context: dict) -> HttpResponse:
    """Return the findings partial; nothing at all for an empty title, so the slot hides."""
    if not context["title"]:
        return HttpResponse("")
    return render(request, "web/live_coach/_preview.html", context)


def objective_title_findings(title: str, config: CoachConfig) -> list[Finding]:
    """Return the enabled findings about an objective's title alone."""
    if not title:
        return []
    found = review_objective(ObjectiveDraft(title), config)
    return [f for f in found if f.code in OBJECTIVE_TITLE_RULES]


@require_POST
@writer_required
def key_result_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the findings on a key result title; the parsed fields go in an HX-Trigger event.

    The event `coach:parsed` carries {"fields": {name: value}} for the fields the person has
    not set by hand (POST "manual": a comma-separated list of field names).
    """
    objective = selectors.objective_for(request.person, pk)
    title = _title(request)
    parsed = parse_key_result(title)
    from_title = parsed_fields(parsed)
    manual = {name for name in request.POST.get("manual", "").split(",") if name in PARSED_FIELDS}
    values = {
        name: str(request.POST.get(name, "")) if name in manual else from_title[name]
        for name in PARSED_FIELDS
    }
    findings = []
    if title:
        draft = _typed_draft(title, values) if manual - {"unit"} else KeyResultDraft(title)
        exclude = request.GET.get("key_result", "")
        findings = key_result_findings(
            objective, draft, request.person.organisation.coach, exclude=exclude
        )
    context = {"title": title, "findings": findings, "parsed": parsed if title else None}
    response = _preview(request, context)
    fields = {name: value for name, value in from_title.items() if name not in manual}
    return trigger_client_event(response, "coach:parsed", {"fields": fields})


def key_result_findings(
    objective: Objective, draft: KeyResultDraft, config: CoachConfig, *, exclude: str = ""
) -> list[Finding]:
    """Return the findings on a key result being written for the objective, KR109 included.

    `exclude` is the id of the key result being edited, so it is not its own duplicate.
    """
    others = objective.key_results.select_related("owner__user").order_by("position", "id")
    exclude_id = parse_id(exclude)
    if exclude_id is not None:
        others = others.exclude(pk=exclude_id)
    now = timezone.now()
    siblings = [
        key_result_draft(kr, has_initiative=None, cycle_active=False, cadence_days=7, now=now)
        for kr in others
    ]
    whole = ObjectiveDraft(objective.title, key_results=(*siblings, draft))
    return [
        f
        for f in review_objective(whole, config)
        if f.key_result_index == len(siblings) and f.code not in KEY_RESULT_SILENT
    ]


def _typed_draft(title: str, values: dict[str, str]) -> KeyResultDraft:
    """Return a draft judged on the typed kind, start, target and unit, not only the title."""
    kind = values["kind"]
    if kind == KeyResultKind.MILESTONE:
        return KeyResultDraft(title, kind="milestone")
    start, target = _number("start", values["start"]), _number("target", values["target"])
    unit = values["unit"].strip() or None
    if kind in (KeyResultKind.STAY_ABOVE, KeyResultKind.STAY_BELOW):
        return KeyResultDraft(title, kind=kind, target=target, unit=unit)
    change = parse_key_result(title).change if start is None and target is None else None
    return KeyResultDraft(title, start=start, target=target, unit=unit, change=change)


def _number(field: str, value: str) -> float | None:
    """Return the typed number, or None when it is empty or not a number (yet)."""
    try:
        return number(field, value, required=False)
    except ValidationError:
        return None
