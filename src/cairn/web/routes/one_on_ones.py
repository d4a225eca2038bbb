"""One-on-ones between a person and their manager, and the admins' list (delete only)."""

from django.urls import path

from cairn.web.views import one_on_ones

urlpatterns = [
    path("one-on-ones/", one_on_ones.one_on_ones, name="one_on_ones"),
    path("one-on-ones/<int:pk>/", one_on_ones.one_on_one, name="one_on_one"),
    path("one-on-ones/<int:pk>/notes/", one_on_ones.note_add, name="one_on_one_note_add"),
    path("one-on-ones/<int:pk>/actions/", one_on_ones.action_add, name="one_on_one_action_add"),
    path(
        "one-on-ones/<int:pk>/actions/<int:action_id>/done/",
        one_on_ones.action_done,
        name="one_on_one_action_done",
    ),
    path(
        "settings/one-on-ones/",
        one_on_ones.organisation_one_on_ones,
        name="organisation_one_on_ones",
    ),
    path(
        "settings/one-on-ones/<int:pk>/delete/",
        one_on_ones.one_on_one_delete,
        name="one_on_one_delete",
    ),
]
