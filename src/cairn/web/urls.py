"""Web URLs: personal workflows, organisation-wide screens, the coach and OKRs as text."""

from django.urls import include, path

urlpatterns = [
    path("", include("cairn.web.routes.personal")),
    path("", include("cairn.web.routes.identity")),
    path("", include("cairn.web.routes.organisation")),
    path("", include("cairn.web.routes.coach")),
    path("", include("cairn.web.routes.paste")),
    path("", include("cairn.web.routes.spreadsheets")),
    path("", include("cairn.web.routes.notifications")),
    path("", include("cairn.web.routes.sso")),
    path("", include("cairn.web.routes.meetings")),
    path("", include("cairn.web.routes.one_on_ones")),
    path("", include("cairn.web.routes.feedback")),
    path("", include("cairn.web.routes.work_import")),
    path("", include("cairn.web.routes.trackers")),
    path("", include("cairn.web.routes.data_sources")),
    path("", include("cairn.web.routes.work")),
    path("", include("cairn.web.routes.design")),
    path("", include("cairn.web.routes.conversations")),
    path("", include("cairn.web.routes.kpis")),
    path("", include("cairn.web.routes.one_pager")),
    path("", include("cairn.web.routes.dashboards")),
]
