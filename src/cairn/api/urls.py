"""The JSON API under /api/v1 (Django Ninja): one router per resource, one error format."""

from django.http import HttpRequest, HttpResponse
from django.urls import path, re_path
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from cairn.api import errors
from cairn.api.auth import BearerToken, SessionPerson
from cairn.api.openapi import CairnAPI
from cairn.api.routers import (
    audit,
    check_ins,
    comments,
    cycles,
    feedback,
    initiatives,
    invitations,
    key_results,
    kpis,
    meetings,
    objectives,
    personal_data,
    sources,
    sprints,
    teams,
    text,
    tracker_connections,
    webhooks,
    work_import,
    work_items,
)

api = CairnAPI(
    title="Cairn API",
    version="1",
    description="Objectives, key results, check-ins and webhooks. See docs/api.md.",
    urls_namespace="api",
    auth=[BearerToken(), SessionPerson()],
)
errors.install(api)
RESOURCES = (
    cycles,
    teams,
    invitations,
    objectives,
    key_results,
    check_ins,
    initiatives,
    comments,
    sprints,
    work_import,
    work_items,
    webhooks,
    tracker_connections,
    text,
    audit,
    personal_data,
    feedback,
    meetings,
    kpis,
    sources,
)
for module in RESOURCES:
    api.add_router("", module.router)


@csrf_exempt
def not_found(request: HttpRequest, rest: str = "") -> HttpResponse:
    """Return the problem+json 404 for any other URL under /api/v1/."""
    return errors.problem(404, _("No such endpoint."))


# [\s\S]: a path may hold an encoded newline ("…/Q%0A"); it is still no endpoint of ours. Not an
# inline (?s) flag: Django cannot reverse a pattern with one, and every {% url %} would then fail.
urlpatterns = [path("", api.urls), re_path(r"^(?P<rest>[\s\S]*)\Z", not_found)]
