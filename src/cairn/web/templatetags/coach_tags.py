"""The coach's English text in the reader's language."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cairn.coach.i18n import Message

register = template.Library()

SEVERITY_LABELS = {"error": _("Error"), "warning": _("Warning"), "info": _("Tip")}


def translate_coach(text: Any) -> str:
    """Return coach text translated: a Message's template through gettext, refilled.

    Plain strings (rule titles, explanations, suggestions) are looked up as they are; text
    without a translation (or from an older cache entry) comes back in English.
    """
    if not isinstance(text, str) or not text:
        return "" if text is None else str(text)
    if not isinstance(text, Message):
        return gettext(text)
    if not text.values:
        return gettext(text.template)
    values = {
        k: translate_coach(v) if isinstance(v, Message) else v for k, v in text.values.items()
    }
    try:
        return gettext(text.template) % values
    except (KeyError, TypeError, ValueError):  # a broken translation: English beats a 500
        return str(text)


@register.filter
def coach_text(text: Any) -> str:
    """Return coach text (message, suggestion, rule title or explanation) translated."""
    return translate_coach(text)


@register.filter
def severity_label(severity: str) -> str:
    """Return "Error", "Warning" or "Tip" (translated) for a severity code."""
    return str(SEVERITY_LABELS.get(severity, severity))
