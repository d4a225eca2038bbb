"""KPIs: lists, one KPI, recording values, editing and the CSV upload (docs/kpis.md)."""

from django.urls import path

from cairn.web.views import kpi_edit, kpi_import, kpis

urlpatterns = [
    path("kpis/", kpis.kpi_list, name="kpis"),
    path("kpis/new/", kpi_edit.create, name="kpi_create"),
    path("kpis/import/", kpi_import.upload, name="kpi_import"),
    path("kpis/<int:kpi_id>/", kpis.kpi, name="kpi"),
    path("kpis/<int:kpi_id>/values/", kpis.record, name="kpi_record"),
    path("kpis/<int:kpi_id>/edit/", kpi_edit.edit, name="kpi_edit"),
    path("kpis/<int:kpi_id>/archive/", kpi_edit.archive, name="kpi_archive"),
    path("teams/<int:team_id>/kpis/", kpis.team_kpis, name="team_kpis"),
]
