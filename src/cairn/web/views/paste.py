"""The paste box: paste an OKR document, check and fix what was read, create it in one go.

What was created before from the same text (or the same items, edited alike) is named in the
preview; creating it again needs the confirm box ticked, else nothing is written.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cairn.import_export.import_records import AlreadyImported, Origin, previous_import
from cairn.import_export.models import ImportSource
from cairn.import_export.services import ImportResult, plan_import
from cairn.okrs.models import Cycle
from cairn.okrs.selectors import OPEN_STATES
from cairn.organisations.models import Organisation
from cairn.organisations.selectors import people_of
from cairn.text.document import ParsedDocument, parse_document
from cairn.text.fingerprint import plan_fingerprint, text_fingerprint
from cairn.web.decorators import writer_required
from cairn.web.forms.paste import (
    FIELDS_PER_ITEM,
    Draft,
    PasteForm,
    draft_from_fields,
    item_count,
    text_digest,
)
from cairn.web.htmx import htmx_partial
from cairn.web.queries.common import cycle_in

NAV = "cycles"  # reached from the cycle's row, like its grading and spreadsheets
CONFIRM = "import_again"  # the box to tick to create what was created before
PAGE, OBJECTIVE = "web/paste/paste.html", "web/paste/_objective.html"


@writer_required
def paste(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Return the paste box; POST previews the text with the edits, `action=create` writes it."""
    cycle = cycle_in(request.person.organisation, cycle_id)
    posted = request.method == "POST"
    form = PasteForm(request.POST if posted else None, person=request.person)
    context: dict = {"nav": NAV, "cycle": cycle, "form": form, "open": _open(cycle)}
    if posted and context["open"] and form.is_valid():
        draft, seen = _preview(request, form, context)
        if draft is not None:
            _previous(cycle, form, draft, context, confirmed=CONFIRM in request.POST)
        if draft is not None and seen and request.POST.get("action") == "create":
            created = _create(request, cycle, draft, context)
            if created is not None:
                messages.success(request, _created_message(created, draft))
                return redirect("board", cycle.pk)
        fragment = _fragment(request, draft) if draft is not None and seen else None
        if fragment is not None:
            return render(request, OBJECTIVE, {**context, "objective": fragment, "oob": True})
    failed = form.errors or "problems" in context or "unconfirmed" in context
    failed = failed or not context["open"]
    response = render(request, PAGE, context, status=400 if posted and failed else 200)
    if htmx_partial(request):  # htmx asked for one objective but the whole page changed
        response.status_code = 200  # htmx swaps nothing on an error status
        response["HX-Retarget"] = response["HX-Reselect"] = "#main"
        response["HX-Reswap"] = "outerHTML"
    return response


def _preview(request: HttpRequest, form: PasteForm, context: dict) -> tuple[Draft | None, bool]:
    """Return the draft of the posted text (None when too big) and whether the edits fit it."""
    text = form.cleaned_data["text"]
    source = text_digest(text)
    # edits made on another text would land on the wrong items: start from the text again
    seen = form.cleaned_data["source"] == source
    context["restarted"] = bool(form.cleaned_data["source"]) and not seen
    organisation = request.person.organisation
    document = parse_document(text, None)
    if _too_many(document, form):
        return None, seen
    draft = draft_from_fields(document, request.POST if seen else {}, organisation.coach)
    context.update(draft=draft, source=source, unknown=_unknown_owners(organisation, draft))
    return draft, seen


def _open(cycle: Cycle) -> bool:
    """Return True when the cycle still takes new objectives (as in the objective form)."""
    return cycle.state in OPEN_STATES


def _too_many(document: ParsedDocument, form: PasteForm) -> bool:
    """Return True (with an error on the form) when the preview would post too many fields."""
    limit, count = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS, item_count(document)
    if limit is None or count * FIELDS_PER_ITEM + 20 <= limit:
        return False
    most = (limit - 20) // FIELDS_PER_ITEM
    message = _(
        "The text holds %(count)d objectives and key results; the page can review at most "
        "%(most)d at once. Paste it in parts, or import the file with “cairn import”."
    )
    form.add_error("text", message % {"count": count, "most": most})
    return True


def _unknown_owners(organisation: Organisation, draft: Draft) -> set[str]:
    """Return the owner emails named in the draft that belong to no one here (one query)."""
    named = draft.owners()
    if not named:
        return set()
    lowered = {email.lower() for email in named}
    found = people_of(organisation).filter(user__email__in=named | lowered)
    known = {email.lower() for email in found.values_list("user__email", flat=True)}
    return {email for email in named if email.lower() not in known}


def _previous(cycle: Cycle, form: PasteForm, draft: Draft, context: dict, confirmed: bool) -> None:
    """Put the plan to create, its origin and the earlier import of it (if any) in the context.

    The plan's fingerprint is recorded (what is created, edits included); the text's finds a
    document `cairn import` or the API imported.
    """
    team = form.cleaned_data["team"]
    plan = draft.plan(cycle.name, team.name if team else None)
    fingerprints = (plan_fingerprint(plan), text_fingerprint(form.cleaned_data["text"]))
    origin = Origin(ImportSource.WEB, fingerprints)
    previous = previous_import(cycle=cycle, fingerprints=fingerprints)
    context.update(plan=plan, origin=origin, previous=previous, confirmed=confirmed)


def _create(request: HttpRequest, cycle: Cycle, draft: Draft, context: dict) -> ImportResult | None:
    """Write the included items; on problems put them in the context and return None."""
    try:
        return plan_import(
            actor=request.person,
            cycle=cycle,
            plan=context["plan"],
            lines=draft.lines(),
            origin=context["origin"],
            force=context["confirmed"],
        )
    except ValidationError as error:
        context["problems"] = error.messages
    except PermissionDenied as error:
        context["problems"] = [str(error)]
    except AlreadyImported as error:  # created meanwhile, or the box was not ticked
        context.update(previous=error.record, unconfirmed=True)
    return None


def _created_message(result: ImportResult, draft: Draft) -> str:
    """Return "Created N objectives and M key results.", naming the new milestones."""
    counts = result.counts()
    objectives = ngettext("%(count)d objective", "%(count)d objectives", counts["objectives"]) % {
        "count": counts["objectives"]
    }
    key_results = ngettext(
        "%(count)d key result", "%(count)d key results", counts["key_results"]
    ) % {"count": counts["key_results"]}
    message = _("Created %(objectives)s and %(key_results)s.") % {
        "objectives": objectives,
        "key_results": key_results,
    }
    milestones = list(dict.fromkeys(result.milestones + draft.unmeasured()))
    if milestones:
        message += " " + ngettext(
            "%(count)d key result had no measure and became a milestone: %(titles)s.",
            "%(count)d key results had no measure and became milestones: %(titles)s.",
            len(milestones),
        ) % {"count": len(milestones), "titles": "; ".join(milestones)}
    return message


def _fragment(request: HttpRequest, draft: Draft):
    """Return the objective htmx asked to refresh (`fragment=o-N`), or None for a full page."""
    if not htmx_partial(request):
        return None
    wanted = request.POST.get("fragment")
    return next((o for o in draft.objectives if o.prefix == wanted), None)
