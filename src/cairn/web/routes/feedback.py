"""Peer feedback requests and kudos (docs/feedback.md)."""

from django.urls import path

from cairn.web.views import feedback_answer, feedback_ask, feedback_requests, kudos

urlpatterns = [
    path("objectives/<int:pk>/feedback/ask/", feedback_ask.ask, name="feedback_ask"),
    path("feedback/", feedback_requests.inbox, name="feedback_inbox"),
    path("feedback/requests/<int:pk>/", feedback_requests.detail, name="feedback_request"),
    path("feedback/answers/<int:pk>/", feedback_answer.answer, name="feedback_answer"),
    path("feedback/answers/<int:pk>/decline/", feedback_answer.decline, name="feedback_decline"),
    path("kudos/", kudos.wall, name="kudos_wall"),
    path("kudos/new/", kudos.give, name="kudos_give"),
    path("teams/<int:team_id>/kudos/", kudos.team_wall, name="team_kudos"),
]
