"""The coach's organisation screens: the cycle quality review and the coach settings."""

from django.urls import path

from cairn.web.views import coach_review, coach_settings

urlpatterns = [
    path("cycles/<int:cycle_id>/quality/", coach_review.review, name="quality_review"),
    path("settings/coach/", coach_settings.coach_settings, name="coach_settings"),
]
