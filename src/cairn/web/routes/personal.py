"""Sign-in, my week, check-ins, objectives, key results, initiatives and API tokens."""

from django.urls import path

from cairn.web.views import (
    auth,
    check_ins,
    home,
    initiatives,
    key_results,
    live_coach,
    objectives,
    sessions,
    tokens,
)

urlpatterns = [
    path("", home.my_week, name="home"),
    path("sign-in/", auth.sign_in, name="login"),
    path("sign-out/", auth.sign_out, name="logout"),
    path("password/reset/", auth.password_reset, name="password_reset"),
    path("password/reset/sent/", auth.password_reset_done, name="password_reset_done"),
    path(
        "password/reset/<uidb64>/<token>/",
        auth.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path("password/reset/done/", auth.password_reset_complete, name="password_reset_complete"),
    path("password/change/", auth.password_change, name="password_change"),
    path("invitations/", auth.invitation_create, name="invitation_create"),
    path("invitations/<str:token>/", auth.invitation_accept, name="invitation_accept"),
    path("organisation/switch/", auth.organisation_switch, name="organisation_switch"),
    path("check-in/", check_ins.weekly, name="check_in"),
    path("check-in/<int:pk>/", check_ins.record, name="check_in_record"),
    path("check-ins/<int:pk>/correct/", check_ins.correct, name="check_in_correct"),
    path("objectives/new/", objectives.create, name="objective_create"),
    path("objectives/align-search/", objectives.align_search, name="align_search"),
    path("objectives/<int:pk>/", objectives.detail, name="objective"),
    path("objectives/<int:pk>/edit/", objectives.edit, name="objective_edit"),
    path("objectives/<int:pk>/follow/", objectives.follow, name="objective_follow"),
    path("objectives/<int:pk>/align/", objectives.align, name="objective_align"),
    path("objectives/<int:pk>/review/", objectives.review, name="objective_review"),
    path(
        "objectives/<int:pk>/reviews/<int:review_pk>/",
        objectives.review_result,
        name="objective_review_result",
    ),
    path("objectives/<int:pk>/key-results/new/", key_results.create, name="key_result_create"),
    path(
        "objectives/<int:pk>/key-results/coach/",
        live_coach.key_result_preview,
        name="coach_preview_key_result",
    ),
    path("coach/objective/", live_coach.objective_preview, name="coach_preview_objective"),
    path("key-results/<int:pk>/edit/", key_results.edit, name="key_result_edit"),
    path("key-results/<int:pk>/initiatives/new/", initiatives.create, name="initiative_create"),
    path("initiatives/<int:pk>/edit/", initiatives.edit, name="initiative_edit"),
    path("settings/sessions/", sessions.sessions, name="sessions"),
    path("settings/sessions/<int:pk>/revoke/", sessions.revoke, name="session_revoke"),
    path("settings/sessions/revoke-others/", sessions.revoke_others, name="sessions_revoke_others"),
    path("settings/tokens/", tokens.tokens, name="tokens"),
    path("settings/tokens/<int:pk>/revoke/", tokens.revoke, name="token_revoke"),
    path("settings/tokens/organisation/", tokens.organisation_tokens, name="organisation_tokens"),
    path(
        "settings/tokens/organisation/<int:pk>/revoke/",
        tokens.organisation_revoke,
        name="organisation_token_revoke",
    ),
]
