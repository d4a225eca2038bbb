"""One work item's line in the chain, built in Python: pages list hundreds of them."""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from cairn.execution.models import WorkItem
from cairn.web.templatetags.cairn_tags import number

register = template.Library()


@lru_cache(maxsize=1)
def _url_template() -> str:
    """Return the item page's URL with a placeholder, so a long list reverses it once."""
    return reverse("work_item", args=[999999999]).replace("999999999", "{}")


@register.simple_tag
def work_line(item: WorkItem, link: bool = True) -> SafeString:
    """Return the status badge, kind, title (linked), points and assignee of an item."""
    title = escape(item.title)
    if link:
        title = f'<a href="{_url_template().format(int(item.pk))}">{title}</a>'
    elif item.external_url:
        title = f'<a href="{escape(item.external_url)}" rel="noopener noreferrer">{title}</a>'
    html = (
        f'<span class="badge status status--{escape(item.status)}">'
        f"{escape(item.get_status_display())}</span> "
        f'<span class="small muted">{escape(item.get_kind_display())}</span> {title}'
    )
    if item.estimate_points is not None:
        points = escape(number(item.estimate_points))
        html += f' <span class="small muted">{points} {escape(_("pts"))}</span>'
    if item.assignee_id and item.assignee is not None:
        html += f' <span class="small muted">· {escape(item.assignee.name)}</span>'
    return mark_safe(html)  # every piece above is escaped
