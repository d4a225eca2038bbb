"""Execution screens: team backlogs and sprints, sprint pages, work items, initiative pages."""

from django.urls import path

from cairn.web.views import backlog, initiatives, sprints, work_items

urlpatterns = [
    path("teams/<slug:slug>/backlog/", backlog.team_backlog, name="team_backlog"),
    path("teams/<slug:slug>/work-without-why/", backlog.work_without_why, name="work_without_why"),
    path("teams/<slug:slug>/sprints/", sprints.sprints, name="team_sprints"),
    path("teams/<slug:slug>/sprints/new/", sprints.sprint_new, name="sprint_new"),
    path("sprints/<int:pk>/", sprints.sprint, name="sprint"),
    path("sprints/<int:pk>/edit/", sprints.sprint_edit, name="sprint_edit"),
    path("sprints/<int:pk>/plan/", sprints.sprint_plan, name="sprint_plan"),
    path("sprints/<int:pk>/start/", sprints.sprint_start_view, name="sprint_start"),
    path("sprints/<int:pk>/review/", sprints.sprint_review, name="sprint_review"),
    path("sprints/<int:pk>/close/", sprints.sprint_close_view, name="sprint_close"),
    path("sprints/<int:pk>/delete/", sprints.sprint_delete_view, name="sprint_delete"),
    path("initiatives/<int:pk>/", initiatives.detail, name="initiative"),
    path("initiatives/<int:pk>/work/new/", work_items.item_new, name="work_item_create"),
    path("work-items/<int:pk>/", work_items.item, name="work_item"),
    path("work-items/<int:pk>/edit/", work_items.item_edit, name="work_item_edit"),
    path("work-items/<int:pk>/delete/", work_items.item_delete, name="work_item_delete"),
    path("work-items/<int:pk>/status/", work_items.item_status, name="work_item_status"),
    path(
        "work-items/<int:pk>/criteria/<int:index>/",
        work_items.item_criterion,
        name="work_item_criterion",
    ),
    path("work-items/<int:pk>/link/", work_items.item_link, name="work_item_link"),
]
