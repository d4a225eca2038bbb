"""Web URLs: personal workflows (routes.personal) and organisation-wide screens (routes.organisation)."""

from django.urls import include, path

urlpatterns = [
    path("", include("cairn.web.routes.personal")),
    path("", include("cairn.web.routes.organisation")),
]
