"""The cycle board, alignment map, team and person pages, cycle and people management."""

from django.urls import path

from cairn.web.views import (
    alignment,
    audit,
    board,
    cycles,
    directory,
    grading,
    offboarding,
    people,
    personal_data,
    scim,
    teams,
)

urlpatterns = [
    path("board/", board.current_board, name="current_board"),
    path("cycles/", cycles.cycles, name="cycles"),
    path("cycles/<int:cycle_id>/board/", board.board, name="board"),
    path("cycles/<int:cycle_id>/board/rows/", board.rows, name="board_rows"),
    path(
        "cycles/<int:cycle_id>/board/objectives/<int:objective_id>/key-results/",
        board.key_results,
        name="board_key_results",
    ),
    path("cycles/<int:cycle_id>/transition/", cycles.transition, name="cycle_transition"),
    path("cycles/<int:cycle_id>/grading/", grading.grading, name="grading"),
    path(
        "cycles/<int:cycle_id>/grading/key-results/<int:key_result_id>/",
        grading.grade,
        name="grade_key_result",
    ),
    path(
        "cycles/<int:cycle_id>/grading/objectives/<int:objective_id>/retrospective/",
        grading.retrospective,
        name="retrospective",
    ),
    path("cycles/<int:cycle_id>/carry-over/", grading.carry_over, name="carry_over"),
    path("alignment/", alignment.alignment_map, name="alignment"),
    path("alignment/roots/", alignment.roots, name="alignment_roots"),
    path("alignment/<int:objective_id>/children/", alignment.children, name="alignment_children"),
    path("teams/", directory.teams, name="teams"),
    path("teams/<int:team_id>/", teams.team, name="team"),
    path("teams/<int:team_id>/edit/", teams.team_edit, name="team_edit"),
    path("teams/<int:team_id>/delete/", teams.team_delete, name="team_delete"),
    path("teams/<int:team_id>/members/", teams.member_set, name="team_member_set"),
    path(
        "teams/<int:team_id>/members/<int:person_id>/remove/",
        teams.member_remove,
        name="team_member_remove",
    ),
    path("people/", directory.people, name="people"),
    path("people/import/", people.people_import, name="people_import"),
    path("people/<int:person_id>/", people.person, name="person"),
    path("people/<int:person_id>/edit/", people.person_edit, name="person_edit"),
    path("people/<int:person_id>/deactivate/", offboarding.deactivate, name="person_deactivate"),
    path("people/<int:person_id>/reactivate/", offboarding.reactivate, name="person_reactivate"),
    path("settings/scim/", scim.scim_settings, name="scim_settings"),
    path("settings/scim/<int:pk>/revoke/", scim.scim_revoke, name="scim_token_revoke"),
    path("people/<int:person_id>/data.json", personal_data.download, name="personal_data_download"),
    path("people/<int:person_id>/erase/", personal_data.erase, name="person_erase"),
    path("settings/personal-data/", personal_data.own_data, name="personal_data"),
    path("settings/audit/", audit.audit_log, name="audit_log"),
    path("settings/audit/export.csv", audit.audit_export, name="audit_export"),
    path("settings/audit/retention/", audit.audit_retention, name="audit_retention"),
]
