"""Tracker connections: live sync from GitHub, GitLab and Jira."""

from django.urls import path

from cairn.web.views import trackers

urlpatterns = [
    path("settings/trackers/", trackers.connections, name="tracker_connections"),
    path("settings/trackers/<int:pk>/rotate/", trackers.rotate, name="tracker_rotate"),
    path("settings/trackers/<int:pk>/delete/", trackers.delete, name="tracker_delete"),
    path("settings/trackers/<int:pk>/events/", trackers.events, name="tracker_events"),
    path(
        "settings/trackers/<int:pk>/events/<int:event_pk>/reapply/",
        trackers.reapply,
        name="tracker_reapply",
    ),
]
