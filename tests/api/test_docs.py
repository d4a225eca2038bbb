"""The OpenAPI schema and the docs page, which must work without internet access."""

from __future__ import annotations

from django.contrib.staticfiles import finders
from django.test import Client


def test_the_schema_lists_every_resource(db):
    schema = Client().get("/api/v1/openapi.json").json()
    paths = set(schema["paths"])
    for path in [
        "/api/v1/cycles",
        "/api/v1/teams",
        "/api/v1/people",
        "/api/v1/objectives",
        "/api/v1/objectives/{objective_id}",
        "/api/v1/key-results",
        "/api/v1/key-results/{key_result_id}",
        "/api/v1/key-results/{key_result_id}/check-ins",
        "/api/v1/initiatives",
        "/api/v1/webhooks",
    ]:
        assert path in paths, path
    assert {"BearerToken", "SessionPerson"} <= set(schema["components"]["securitySchemes"])


def test_the_docs_page_loads_swagger_from_local_static_files(db, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    html = Client().get("/api/v1/docs").content.decode()
    assert "swagger-ui-bundle.js" in html
    assert "cdn.jsdelivr.net" not in html and "unpkg.com" not in html
    assert finders.find("ninja/swagger-ui-bundle.js")
    assert finders.find("ninja/swagger-ui.css")
