"""A team's backlog and its "work without a why", with a way to link that work to a key result."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from cairn.execution.models import WorkItemStatus
from cairn.execution.permissions import can_plan_sprints
from cairn.execution.selectors import work_without_a_why
from cairn.okrs.permissions import Access
from cairn.web.decorators import person_required
from cairn.web.forms.work_items import LinkForm
from cairn.web.queries.work import (
    STATUS_FILTERS,
    BacklogFilter,
    backlog,
    linkable_initiatives,
    listing,
    served_initiatives,
    team_by_slug,
)

NAV = "teams"


@person_required
def team_backlog(request: HttpRequest, slug: str) -> HttpResponse:
    """Return the team's stories and tasks in no sprint, filtered by initiative, KR and status."""
    team = team_by_slug(request.person.organisation, slug)
    chosen = BacklogFilter.from_query(request.GET)
    initiatives = list(served_initiatives(team).prefetch_related("key_results").order_by("title"))
    key_results = {kr.pk: kr for i in initiatives for kr in i.key_results.all()}
    context = {
        "nav": NAV,
        "team": team,
        "listing": listing(request.person, backlog(request.person, team, chosen)),
        "chosen": chosen,
        "initiatives": initiatives,
        "key_results": sorted(key_results.values(), key=lambda kr: (kr.title, kr.pk)),
        "statuses": [(s, _status_label(s)) for s in STATUS_FILTERS],
        "can_plan": can_plan_sprints(Access(request.person), team),
    }
    return render(request, "web/work/backlog.html", context)


def _status_label(value: str) -> str:
    labels = {"open": _("Open (to do, in progress)"), "all": _("All")}
    return labels.get(value) or str(WorkItemStatus(value).label)


@person_required
def work_without_why(request: HttpRequest, slug: str) -> HttpResponse:
    """Return the team's open work that serves no key result, each with a form to link it."""
    team = team_by_slug(request.person.organisation, slug)
    found = listing(request.person, work_without_a_why(request.person).filter(team=team))
    initiatives = linkable_initiatives(request.person) if not request.person.is_viewer else []
    context = {
        "nav": NAV,
        "team": team,
        "listing": found,
        "link_form": LinkForm(initiatives=initiatives, auto_id="link-%s"),
    }
    return render(request, "web/work/without_why.html", context)
