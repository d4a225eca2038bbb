"""`/healthz`: what a load balancer asks before it sends an app server requests."""

from __future__ import annotations

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Return 200 when the database and the cache answer, 503 naming what does not."""
    problems = []
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any failure means "not ready", and is reported below
        problems.append("database")
    try:
        cache.set("cairn:healthz", 1, 10)
        if cache.get("cairn:healthz") != 1:
            problems.append("cache")
    except Exception:  # noqa: BLE001
        problems.append("cache")
    if problems:
        return JsonResponse({"status": "unavailable", "failing": problems}, status=503)
    return JsonResponse({"status": "ok"})
