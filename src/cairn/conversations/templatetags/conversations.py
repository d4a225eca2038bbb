"""Discussions inside other pages: `{% load conversations %}` then one tag per place.

- `{% discussion objective %}` / `{% discussion initiative %}`: the whole section, inline.
- `{% key_result_discussion kr %}`: a disclosure with the count; opening it loads the section.
- `{% check_in_discussion check_in objective %}`: a link with the count, to the check-in's page.

Counts are read once per page for every key result or check-in of the objective (one query
each), so a long list never costs a query per row.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.http import HttpRequest

from cairn.conversations.selectors import comment_counts
from cairn.conversations.subjects import Subject, Target
from cairn.okrs.models import CheckIn, KeyResult, Objective

register = template.Library()


@register.inclusion_tag("web/conversations/_section.html", takes_context=True)
def discussion(context: template.Context, target: Target) -> dict[str, Any]:
    from cairn.web.views.comments import section_context

    request: HttpRequest = context["request"]
    data = section_context(request, Subject.of(target))
    data["csrf_token"] = context.get("csrf_token")
    return data


def _counts(request: HttpRequest, key: str, loader: Any) -> dict[int, int]:
    cache = request.__dict__.setdefault("_comment_counts", {})
    if key not in cache:
        cache[key] = loader()
    return cache[key]


@register.inclusion_tag("web/conversations/_key_result_link.html", takes_context=True)
def key_result_discussion(context: template.Context, key_result: KeyResult) -> dict[str, Any]:
    request: HttpRequest = context["request"]
    objective_id = key_result.objective_id
    counts = _counts(
        request,
        f"kr:{objective_id}",
        lambda: comment_counts(
            "key_result",
            KeyResult.objects.filter(objective_id=objective_id).values_list("pk", flat=True),
        ),
    )
    return {
        "key_result": key_result,
        "count": counts.get(key_result.pk, 0),
        "url": Subject.of(key_result).thread_url(),
        "next": request.get_full_path(),
    }


@register.inclusion_tag("web/conversations/_check_in_link.html", takes_context=True)
def check_in_discussion(
    context: template.Context, check_in: CheckIn, objective: Objective
) -> dict[str, Any]:
    request: HttpRequest = context["request"]
    counts = _counts(
        request,
        f"check_in:{objective.pk}",
        lambda: comment_counts(
            "check_in",
            CheckIn.objects.filter(key_result__objective_id=objective.pk).values_list(
                "pk", flat=True
            ),
        ),
    )
    return {
        "check_in": check_in,
        "count": counts.get(check_in.pk, 0),
        "url": Subject.of(check_in).thread_url(),
    }
