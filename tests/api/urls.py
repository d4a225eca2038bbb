"""Only the API, so these tests do not depend on the web app's URLs."""

from django.urls import include, path

urlpatterns = [path("api/v1/", include("cairn.api.urls"))]
