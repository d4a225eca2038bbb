"""The team check-in meeting and the team's settings (meeting time, chat channels)."""

from django.urls import path

from cairn.web.views import meeting, team_settings

urlpatterns = [
    path("teams/<int:team_id>/meeting/", meeting.meeting, name="team_meeting"),
    path("teams/<int:team_id>/meeting/decisions/", meeting.decision_add, name="team_decision_add"),
    path("teams/<int:team_id>/meeting/notes/", meeting.notes_update, name="team_meeting_notes"),
    path(
        "teams/<int:team_id>/meeting/follow-ups/", meeting.follow_up_add, name="team_follow_up_add"
    ),
    path(
        "teams/<int:team_id>/meeting/follow-ups/<int:follow_up_id>/done/",
        meeting.follow_up_done,
        name="team_follow_up_done",
    ),
    # After the id routes: a slug made only of digits names the team with that id.
    path("teams/<slug:slug>/meeting/", meeting.meeting_by_slug, name="team_meeting_by_slug"),
    path("teams/<int:team_id>/settings/", team_settings.team_settings, name="team_settings"),
    path(
        "teams/<int:team_id>/settings/chat/",
        team_settings.team_chat_settings,
        name="team_chat_settings",
    ),
    path(
        "teams/<int:team_id>/settings/channels/",
        team_settings.team_channel_add,
        name="team_channel_add",
    ),
    path(
        "teams/<int:team_id>/settings/channels/<int:pk>/test/",
        team_settings.team_channel_test,
        name="team_channel_test",
    ),
    path(
        "teams/<int:team_id>/settings/channels/<int:pk>/delete/",
        team_settings.team_channel_delete,
        name="team_channel_delete",
    ),
]
