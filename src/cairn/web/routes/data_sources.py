"""Data sources that feed key results (admins)."""

from django.urls import path

from cairn.web.views import data_sources

urlpatterns = [
    path("settings/data-sources/", data_sources.data_sources, name="data_sources"),
    path("settings/data-sources/new/", data_sources.create, name="data_source_create"),
    path(
        "settings/data-sources/kind-fields/",
        data_sources.kind_fields,
        name="data_source_kind_fields",
    ),
    path("settings/data-sources/<int:pk>/", data_sources.detail, name="data_source"),
    path("settings/data-sources/<int:pk>/test/", data_sources.test, name="data_source_test"),
    path("settings/data-sources/<int:pk>/run/", data_sources.run, name="data_source_run"),
    path("settings/data-sources/<int:pk>/token/", data_sources.rotate, name="data_source_rotate"),
    path("settings/data-sources/<int:pk>/delete/", data_sources.delete, name="data_source_delete"),
]
