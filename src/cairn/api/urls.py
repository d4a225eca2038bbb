"""The JSON API under /api/v1 (Django Ninja): one router per resource, one error format."""

from django.urls import path
from ninja import NinjaAPI

from cairn.api import errors
from cairn.api.auth import BearerToken, SessionPerson
from cairn.api.idempotency import idempotent
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
for module in (cycles, teams, objectives, key_results, check_ins, initiatives, webhooks):
    api.add_router("", module.router)

for router in (
    m.router for m in (cycles, teams, objectives, key_results, check_ins, initiatives, webhooks)
):
    for path_view in router.path_operations.values():
        for operation in path_view.operations:
            if "POST" in operation.methods:
                operation.run = idempotent(operation.run)

urlpatterns = [path("", api.urls)]
