"""The company, team and person dashboards."""

from django.urls import path

from cairn.web.views import dashboards

urlpatterns = [
    path("dashboards/", dashboards.company, name="dashboard"),
    path("teams/<int:team_id>/dashboard/", dashboards.team, name="team_dashboard"),
    path("people/<int:person_id>/dashboard/", dashboards.person, name="person_dashboard"),
]
