"""The components' helpers and templates: initials, avatar colours, menus, badges, progress."""

from __future__ import annotations

import pytest
from django.template import Context, Template

from cairn.web.templatetags.cairn_tags import avatar_tone, initials, menu_items, pace_badge


def render(source: str, **context) -> str:
    return Template("{% load cairn_tags %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ada Lovelace", "AL"),
        ("ada", "A"),
        ("Jean-Luc de la Picard", "JP"),
        ("  ", "?"),
        (None, "?"),
        ("<script>", "?"),
        ("Émile Zola", "ÉZ"),
    ],
)
def test_initials(name, expected):
    assert initials(name) == expected


def test_an_avatar_colour_is_stable_and_one_of_eight():
    tones = {avatar_tone(f"Person {n}") for n in range(50)}
    assert tones <= set(range(8)) and len(tones) > 1
    assert avatar_tone("Ada Lovelace") == avatar_tone("Ada Lovelace")


def test_menu_items_leave_out_actions_without_a_url():
    assert menu_items("Edit", "/e/", "Delete", "", "Follow", "/f/") == [
        {"label": "Edit", "url": "/e/"},
        {"label": "Follow", "url": "/f/"},
    ]


def test_a_key_result_nobody_rated_reads_no_check_in_yet():
    assert "No check-in yet" in pace_badge("no_check_in")


def test_the_avatar_escapes_the_name_and_names_itself():
    html = render('{% include "web/components/avatar.html" with name=name %}', name="<b>Bo</b> X")
    assert "<b>" not in html
    assert 'aria-label="&lt;b&gt;Bo&lt;/b&gt; X"' in html


def test_the_progress_bar_clamps_its_width_but_not_its_text():
    html = render(
        '{% include "web/components/progress.html" with value=value label="Done" %}', value=1.3
    )
    assert 'value="100"' in html and "130%" in html and 'aria-label="Done"' in html


def test_the_confirmation_posts_with_a_csrf_token_and_escapes_its_text(rf):
    from django.template.loader import render_to_string

    request = rf.get("/")
    html = render_to_string(
        "web/components/confirm.html",
        {
            "trigger": "Close",
            "title": "<i>Close</i>",
            "text": "t",
            "action": "/x/",
            "confirm": "Yes",
        },
        request=request,
    )
    assert 'name="csrfmiddlewaretoken"' in html and 'action="/x/"' in html
    assert "<i>Close</i>" not in html


def test_toasts_escape_messages(rf):
    from django.contrib.messages.storage.base import Message
    from django.template.loader import render_to_string

    html = render_to_string(
        "web/components/toasts.html", {"messages": [Message(25, "<script>x</script>")]}
    )
    assert "&lt;script&gt;" in html and "<script>x" not in html
    assert "toast--success" in html


def test_toasts_are_list_items_inside_a_live_region(rf):
    from django.contrib.messages.storage.base import Message
    from django.template.loader import render_to_string

    html = render_to_string("web/components/toasts.html", {"messages": [Message(25, "Saved")]})

    # A role on the <ul> itself would take its items out of a list (axe: "listitem").
    assert html.startswith('<div role="status"><ul class="toasts messages">')
    assert "<ul" in html and 'ul class="toasts messages" role=' not in html
