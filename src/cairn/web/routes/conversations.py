"""Discussions on objectives, key results, check-ins and initiatives; the @ mention search."""

from django.urls import path

from cairn.web.views import comments

urlpatterns = [
    path("comments/mentions/", comments.mention_search, name="comment_mentions"),
    path("comments/<int:pk>/edit/", comments.edit, name="comment_edit"),
    path("comments/<int:pk>/delete/", comments.delete, name="comment_delete"),
    path("comments/<int:pk>/react/", comments.react, name="comment_react"),
    # kind: objectives, key-results, check-ins or initiatives (others are 404).
    path("<slug:kind>/<int:pk>/comments/", comments.thread, name="comments"),
]
