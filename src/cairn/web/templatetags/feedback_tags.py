"""Feedback and kudos pieces on the objective, team and person pages (one include each)."""

from __future__ import annotations

from django import template

from cairn.feedback import kudos_selectors
from cairn.feedback.models import Kudos
from cairn.okrs.models import KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person, Team

register = template.Library()


@register.inclusion_tag("web/feedback/_objective_panel.html", takes_context=True)
def objective_feedback(context: template.Context, objective: Objective) -> dict:
    """Return the panel: ask for feedback, and thank the people behind reached key results."""
    reader: Person = context["request"].person
    return {
        "request": context["request"],
        "objective": objective,
        "can_ask": Access(reader).can_edit_objective(objective),
        "recognitions": kudos_selectors.recognitions(reader, objective),
    }


def _access(context: template.Context) -> Access:
    """Return one Access per page render, so its team sets are read once for every key result."""
    cache = context.render_context
    if "feedback_access" not in cache:
        cache["feedback_access"] = Access(context["request"].person)
    return cache["feedback_access"]


@register.inclusion_tag("web/feedback/_kr_links.html", takes_context=True)
def key_result_feedback(context: template.Context, key_result: KeyResult) -> dict:
    """Return the key result's links: ask for feedback (who answers for it), give kudos.

    Shown on the objective page, which only its readers open, so visibility is given; asking
    about a key result is for those who may check in on it (contributors come prefetched).
    """
    access = _access(context)
    return {
        "kr": key_result,
        "reader_id": access.person.pk,
        "can_ask": access.can_write and access.can_check_in(key_result),
        "can_thank": access.can_write and key_result.progress >= 1,
    }


@register.inclusion_tag("web/feedback/_team_kudos.html", takes_context=True)
def team_kudos(context: template.Context, team: Team) -> dict:
    """Return the team's kudos count and its three newest (two queries)."""
    newest = list(kudos_selectors.for_team(team)[:3])
    return {
        "team": team,
        "count": Kudos.objects.filter(team=team).count(),
        "newest": newest,
        "request": context["request"],
    }


@register.inclusion_tag("web/feedback/_person_kudos.html", takes_context=True)
def person_kudos(context: template.Context, person: Person) -> dict:
    """Return how many kudos the person received and gave (one query)."""
    return {
        "the_person": person,
        "counts": kudos_selectors.received_counts(person),
        "request": context["request"],
    }
