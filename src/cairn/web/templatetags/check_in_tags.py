"""Template filters of the weekly check-in page."""

from __future__ import annotations

from django import template

from cairn.web.forms.check_ins import confidence_word as _confidence_word

register = template.Library()


@register.filter
def confidence_word(rating: object) -> str:
    """Return the words for a 0–10 confidence rating ("likely"), or "" for anything else."""
    try:
        value = int(str(rating))
    except ValueError:
        return ""
    return _confidence_word(value) if 0 <= value <= 10 else ""
