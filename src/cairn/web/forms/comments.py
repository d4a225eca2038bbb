"""The comment form: Markdown text and, for a reply, the comment it answers."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.conversations.text import MAX_BODY


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Comment"),
        max_length=MAX_BODY,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "**bold**, _italic_, [links](https://…), lists, `code` and > quotes. "
            "Type @ to mention a person or a team."
        ),
    )
    parent = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
