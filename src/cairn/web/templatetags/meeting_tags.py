"""Template filters of the team meeting: signed changes ("+3", "−2")."""

from __future__ import annotations

from django import template

from cairn.web.templatetags.cairn_tags import number

register = template.Library()


@register.filter
def signed(value: float | None) -> str:
    """Return a change with its sign (a true minus sign), or "" for none."""
    if value is None:
        return ""
    if value > 0:
        return f"+{number(value)}"
    if value < 0:
        return f"−{number(-value)}"
    return "±0"
