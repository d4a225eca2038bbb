"""The receive URLs: /hooks/<kind>/<connection's public id>/ (Jira may add its secret)."""

from django.urls import path

from cairn.trackers import views

urlpatterns = [
    path("<str:kind>/<str:public_id>/", views.receive, name="tracker_receive"),
    path(
        "jira/<str:public_id>/<str:path_secret>/",
        views.receive,
        {"kind": "jira"},
        name="tracker_receive_jira",
    ),
]
