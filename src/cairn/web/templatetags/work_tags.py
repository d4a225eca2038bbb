"""One work item's line in the chain, built in Python: pages list hundreds of them."""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cairn.execution.models import WorkItem, WorkItemKind, WorkItemStatus
from cairn.web.templatetags.cairn_tags import local_date, number

register = template.Library()


@lru_cache(maxsize=1)
def _url_template() -> str:
    """Return the item page's URL with a placeholder, so a long list reverses it once."""
    return reverse("work_item", args=[999999999]).replace("999999999", "{}")


@lru_cache(maxsize=16)
def _words(language: str | None) -> dict[str, str]:
    """Return the escaped labels a work line uses, translated once per language.

    An objective page draws a few hundred lines: each one translating its status, kind and
    "pts" again cost more than the rest of the line.
    """
    words = {f"status:{value}": escape(str(label)) for value, label in WorkItemStatus.choices}
    words.update({f"kind:{value}": escape(str(label)) for value, label in WorkItemKind.choices})
    words["pts"] = escape(_("pts"))
    return words


@register.simple_tag
def work_line(item: WorkItem, link: bool = True) -> SafeString:
    """Return the status badge, kind, title (linked), points and assignee of an item."""
    words = _words(get_language())
    title = escape(item.title)
    if link:
        title = f'<a href="{_url_template().format(int(item.pk))}">{title}</a>'
    elif item.external_url:
        title = f'<a href="{escape(item.external_url)}" rel="noopener noreferrer">{title}</a>'
    status = words.get(f"status:{item.status}") or escape(item.get_status_display())
    kind = words.get(f"kind:{item.kind}") or escape(item.get_kind_display())
    html = (
        f'<span class="badge status status--{escape(item.status)}">{status}</span> '
        f'<span class="small muted">{kind}</span> {title}'
    )
    if item.estimate_points is not None:
        points = escape(number(item.estimate_points))
        html += f' <span class="small muted">{points} {words["pts"]}</span>'
    if item.assignee_id and item.assignee is not None:
        html += f' <span class="small muted">· {escape(item.assignee.name)}</span>'
    return mark_safe(html)  # every piece above is escaped


@lru_cache(maxsize=4)
def _url(name: str) -> str:
    """Return a URL of one item with a placeholder for its id (reversed once per name)."""
    return reverse(name, args=[999999999]).replace("999999999", "{}")


_FORM_PARTS = "cairn.work_status_parts"


def _form_parts(context: template.Context) -> dict:
    """Return what every status form of one page shares, computed once per template.

    A sprint page draws a few hundred forms: a CSRF token masked afresh and the status labels
    translated again for each row cost more than the rest of the row.
    """
    parts = context.render_context.get(_FORM_PARTS)
    if parts is None:
        request = context.get("request")
        words = _words(get_language())
        statuses = [(value, words[f"status:{value}"]) for value in WorkItemStatus.values]
        parts = {
            "token": escape(get_token(request)) if request is not None else "",
            "here": escape(request.get_full_path()) if request is not None else "",
            "labels": dict(statuses),
            "options": {
                chosen: "".join(
                    f'<option value="{value}"{" selected" if value == chosen else ""}>{label}</option>'
                    for value, label in statuses
                )
                for chosen, _label in statuses
            },
            "set": escape(_("Set")),
        }
        context.render_context[_FORM_PARTS] = parts
    return parts


def status_html(context: template.Context, item: WorkItem, saved=False, error="") -> str:
    """Return the item's status: a form that sets it for people who may edit, else a badge."""
    if not getattr(item, "editable", False):
        label = escape(item.get_status_display())
        return f'<span class="badge status status--{escape(item.status)}">{label}</span>'
    parts = _form_parts(context)
    action = _url("work_item_status").format(int(item.pk))
    label = _("Status of “%(t)s”") % {"t": item.title}
    feedback = ""
    if saved:
        feedback += f'<span class="small muted" role="status">{escape(_("Saved"))}</span>'
    if error:
        feedback += f'<span class="error small" role="alert">{escape(error)}</span>'
    status = escape(item.status)
    return (
        f'<form class="status-form" method="post" action="{action}" hx-post="{action}" '
        'hx-trigger="change, submit" hx-target="this" hx-swap="outerHTML">'
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{parts["token"]}">'
        f'<input type="hidden" name="next" value="{parts["here"]}">'
        f'<label class="visually-hidden" for="status-{int(item.pk)}">{escape(label)}</label>'
        f'<select id="status-{int(item.pk)}" name="status" '
        f'class="status-form__select status--{status}">{parts["options"].get(item.status, "")}'
        f'</select><button type="submit" class="button button--small status-form__save">'
        f"{parts['set']}</button>{feedback}</form>"
    )


@register.simple_tag(takes_context=True)
def work_status(context: template.Context, item: WorkItem, saved=False, error="") -> SafeString:
    """Return the status control of an item (see status_html)."""
    return mark_safe(status_html(context, item, saved, error))  # every piece is escaped


def _meta(item: WorkItem, show_initiative: bool) -> str:
    parts = []
    if item.estimate_points is not None:
        parts.append(f"<span>{escape(number(item.estimate_points))} {escape(_('pts'))}</span>")
    if item.assignee_id and item.assignee is not None:
        parts.append(f"<span>{escape(item.assignee.name)}</span>")
    if item.due_on:
        parts.append(f"<span>{escape(_('due'))} {escape(local_date(item.due_on))}</span>")
    if show_initiative and item.initiative_id and item.initiative is not None:
        href = _url("initiative").format(int(item.initiative_id))
        parts.append(f'<span>→ <a href="{href}">{escape(item.initiative.title)}</a></span>')
    elif show_initiative:
        parts.append(f'<span class="warn">{escape(_("serves no key result"))}</span>')
    return " ".join(parts)  # spaced like the words of a sentence, as the template's lines were


@register.simple_tag(takes_context=True)
def work_row(context: template.Context, item: WorkItem, show_initiative=False) -> SafeString:
    """Return one row of a work list (kind, title, key, points, assignee, due, status).

    Built in Python like work_line: a sprint page lists a few hundred rows, and a template
    include per row with its status form cost most of the page's time.
    """
    external = ""
    if item.external_key:
        key = escape(item.external_key)
        if item.external_url:
            key = f'<a href="{escape(item.external_url)}" rel="noopener noreferrer">{key}</a>'
        external = f'<span class="small muted">{key}</span>'
    html = (
        '<div class="work-row"><div class="work-row__main">'
        f'<span class="tag tag--muted">{escape(item.get_kind_display())}</span> '
        f'<a href="{_url("work_item").format(int(item.pk))}">{escape(item.title)}</a> '
        f"{external}</div>"
        f'<div class="work-row__meta small muted">{_meta(item, bool(show_initiative))}</div>'
        f'<div class="work-row__status">{status_html(context, item)}</div></div>'
    )
    return mark_safe(html)  # every piece above is escaped
