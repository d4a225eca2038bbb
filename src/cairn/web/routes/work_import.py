"""Importing work from a tracker export (Jira, GitHub, GitLab, Linear)."""

from django.urls import path

from cairn.web.views import work_import

urlpatterns = [path("work/import/", work_import.work_import_page, name="work_import")]
