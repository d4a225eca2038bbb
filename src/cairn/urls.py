"""Cairn's URLs: the web app, the API under /api/v1 and the Django admin."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("cairn.api.urls")),
    path("", include("cairn.web.urls")),
]
