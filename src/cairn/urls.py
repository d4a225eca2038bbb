"""Cairn's URLs: the web app, the API under /api/v1, SCIM under /scim/v2, tracker webhooks under
/hooks and the Django admin."""

from django.contrib import admin
from django.urls import include, path

from cairn.lib.health import healthz
from cairn.web.views.auth import admin_sign_in

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Before the admin's own: its sign-in is Cairn's (throttled, with the second factor).
    path("admin/login/", admin_sign_in, name="admin_sign_in"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("cairn.api.urls")),
    path("scim/v2/", include("cairn.provisioning.urls")),
    path("hooks/", include("cairn.trackers.urls")),
    path("", include("cairn.web.urls")),
]
