"""Comments on objectives, key results, check-ins and initiatives; their mentions and reactions."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cairn.okrs.models import CheckIn, Initiative, KeyResult, Objective
from cairn.organisations.models import Organisation, Person, Team

SUBJECT_FIELDS = ("objective", "key_result", "check_in", "initiative")


class Reaction(models.TextChoices):
    THUMBS_UP = "👍", _("Thumbs up")
    TADA = "🎉", _("Celebrate")
    HEART = "❤️", _("Love")
    EYES = "👀", _("Looking")
    THANKS = "🙏", _("Thanks")


# The API names reactions by word (an emoji is awkward in a URL).
REACTION_NAMES = {
    "thumbs_up": Reaction.THUMBS_UP.value,
    "tada": Reaction.TADA.value,
    "heart": Reaction.HEART.value,
    "eyes": Reaction.EYES.value,
    "thanks": Reaction.THANKS.value,
}


class Comment(models.Model):
    """One comment on exactly one subject; a reply names its top-level comment as `parent`.

    The body is stored as written (Markdown, mentions as `@[name](person:<id>)` tokens) and
    rendered and sanitised on display, so a rename shows the new name everywhere.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    objective = models.ForeignKey(
        Objective, null=True, blank=True, on_delete=models.CASCADE, related_name="comments"
    )
    key_result = models.ForeignKey(
        KeyResult, null=True, blank=True, on_delete=models.CASCADE, related_name="comments"
    )
    check_in = models.ForeignKey(
        CheckIn, null=True, blank=True, on_delete=models.CASCADE, related_name="comments"
    )
    initiative = models.ForeignKey(
        Initiative, null=True, blank=True, on_delete=models.CASCADE, related_name="comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    author = models.ForeignKey(
        Person, null=True, on_delete=models.SET_NULL, related_name="comments"
    )
    body = models.TextField(_("comment"))
    created_at = models.DateTimeField(db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    deleted_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(objective__isnull=False, key_result=None, check_in=None, initiative=None)
                    | Q(objective=None, key_result__isnull=False, check_in=None, initiative=None)
                    | Q(objective=None, key_result=None, check_in__isnull=False, initiative=None)
                    | Q(objective=None, key_result=None, check_in=None, initiative__isnull=False)
                ),
                name="comment_one_subject",
            ),
        ]
        indexes = [
            models.Index(fields=["objective", "parent", "-created_at"], name="comment_objective"),
            models.Index(fields=["key_result", "parent", "-created_at"], name="comment_kr"),
            models.Index(fields=["check_in", "parent", "-created_at"], name="comment_check_in"),
            models.Index(fields=["initiative", "parent", "-created_at"], name="comment_initiative"),
        ]

    def __str__(self) -> str:
        return f"Comment {self.pk}"

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class Mention(models.Model):
    """A person or team named in a comment, by id; `notified` is False when they could not see it."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="mentions")
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    notified = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=False, team=None) | Q(person=None, team__isnull=False),
                name="mention_person_or_team",
            ),
        ]

    def __str__(self) -> str:
        return f"Mention in comment {self.comment_id}"


class CommentReaction(models.Model):
    """One person's reaction to a comment; each emoji once per person."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reactions")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    emoji = models.CharField(max_length=8, choices=Reaction.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "person", "emoji"], name="reaction_once_per_person"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.emoji} on comment {self.comment_id}"
