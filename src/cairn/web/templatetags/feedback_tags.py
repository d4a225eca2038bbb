"""Feedback and kudos pieces on the objective, team and person pages (one include each)."""

from __future__ import annotations

from django import template

from cairn.feedback import kudos_selectors
from cairn.feedback.feedback_requests import can_ask
from cairn.feedback.models import Kudos
from cairn.okrs.models import KeyResult, Objective
from cairn.organisations.models import Person, Team

register = template.Library()


@register.inclusion_tag("web/feedback/_objective_panel.html", takes_context=True)
def objective_feedback(context: template.Context, objective: Objective) -> dict:
    """Return the panel: ask for feedback, and thank the people behind reached key results."""
    reader: Person = context["request"].person
    return {
        "request": context["request"],
        "objective": objective,
        "can_ask": not reader.is_viewer,
        "recognitions": kudos_selectors.recognitions(reader, objective),
    }


@register.inclusion_tag("web/feedback/_kr_links.html", takes_context=True)
def key_result_feedback(context: template.Context, key_result: KeyResult) -> dict:
    """Return the key result's links: ask for feedback (who answers for it), give kudos."""
    reader: Person = context["request"].person
    return {
        "kr": key_result,
        "reader_id": reader.pk,
        "can_ask": can_ask(reader, key_result.objective, key_result),
        "can_thank": not reader.is_viewer and key_result.progress >= 1,
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
