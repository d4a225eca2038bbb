"""Cairn's URLs: the web app, the API under /api/v1, tracker webhooks under /hooks and the Django admin."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("cairn.api.urls")),
    path("hooks/", include("cairn.trackers.urls")),
    path("", include("cairn.web.urls")),
]
