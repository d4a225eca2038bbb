"""Web URLs: personal workflows, organisation-wide screens, the coach and OKRs as text."""

from django.urls import include, path

urlpatterns = [
    path("", include("cairn.web.routes.personal")),
    path("", include("cairn.web.routes.organisation")),
    path("", include("cairn.web.routes.coach")),
    path("", include("cairn.web.routes.paste")),
    path("", include("cairn.web.routes.spreadsheets")),
    path("", include("cairn.web.routes.notifications")),
    path("", include("cairn.web.routes.design")),
]
