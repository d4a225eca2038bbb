"""The JSON API under /api/v1 (Django Ninja): one router per resource, one error format."""

from django.urls import path
from ninja import NinjaAPI

from cairn.api import errors
from cairn.api.auth import BearerToken, SessionPerson
from cairn.api.routers import (
    check_ins,
    cycles,
    initiatives,
    key_results,
    objectives,
    teams,
    webhooks,
)

api = NinjaAPI(
    title="Cairn API",
    version="1",
    description="Objectives, key results, check-ins and webhooks. See docs/api.md.",
    urls_namespace="api",
    auth=[BearerToken(), SessionPerson()],
)
errors.install(api)
RESOURCES = (cycles, teams, objectives, key_results, check_ins, initiatives, webhooks)
for module in RESOURCES:
    api.add_router("", module.router)

urlpatterns = [path("", api.urls)]
