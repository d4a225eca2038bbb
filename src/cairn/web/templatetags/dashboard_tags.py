"""Template helpers of the dashboards: pace names and heat-map levels."""

from __future__ import annotations

from django import template

from cairn.web.templatetags.cairn_tags import PACE_LABELS

register = template.Library()


@register.simple_tag
def pace_label(pace: str) -> str:
    """Return the words of a pace status."""
    return str(PACE_LABELS.get(pace, pace))


@register.filter
def heat_level(share: float) -> int:
    """Return the heat-map shade 0–4 of a share of a row (0 for none, 4 from 75 %)."""
    if share <= 0:
        return 0
    return min(4, 1 + int(share * 4))
