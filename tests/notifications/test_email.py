"""The email: both parts, the organisation, the check-in link, RFC 8058 one-click unsubscribe."""

from __future__ import annotations

import re

from django.test import Client

from cairn.notifications.delivery import deliveries_send_due
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification, Preference
from cairn.notifications.services import notify
from tests.notifications.conftest import at, later, parts

NOW = at("2026-03-02 10:00")


def one_email(world, smtp, title: str = "Cut churn is off track", body: str = "Progress 10%"):
    notify(
        recipient=world.member,
        kind=Kind.KEY_RESULT_OFF_TRACK,
        dedupe_key="e1",
        title=title,
        body=body,
        link="/objectives/7/",
        now=NOW,
    )
    deliveries_send_due(now=later(NOW))
    (message,) = smtp.messages
    return message


def unsubscribe_path(message) -> str:
    # A long header is folded onto a continuation line; unfolded it keeps a leading space.
    url = re.fullmatch(r"<(.+)>", message["List-Unsubscribe"].strip()).group(1)
    assert url.startswith("http://cairn.test/notifications/unsubscribe/")
    return url.removeprefix("http://cairn.test")


def test_it_sends_plain_text_and_html_with_the_check_in_link(world, smtp):
    message = one_email(world, smtp)
    text, html = parts(message)

    assert message["To"] == "member@acme.test"
    assert message["Subject"] == "[Acme] Cut churn is off track"
    for body in (text, html):
        assert "Acme" in body
        assert "http://cairn.test/check-in/" in body
        assert "http://cairn.test/objectives/7/" in body
        assert "Progress 10%" in body
    assert "password" not in text.lower() or "never sends sign-in links" in text


def test_it_never_carries_a_sign_in_token(world, smtp):
    text, html = parts(one_email(world, smtp))

    links = re.findall(r"https?://\S+", text)
    assert all("/sign-in" not in link and "token=" not in link for link in links)


def test_it_has_one_click_unsubscribe_headers(world, smtp):
    message = one_email(world, smtp)

    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_path(message)


def test_one_click_post_turns_the_kind_off_without_signing_in(world, smtp):
    path = unsubscribe_path(one_email(world, smtp))
    client = Client(enforce_csrf_checks=True)

    response = client.post(path, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    row = Preference.objects.get(person=world.member)
    assert row.kinds_off == [Kind.KEY_RESULT_OFF_TRACK]
    assert (
        notify(recipient=world.member, kind=Kind.KEY_RESULT_OFF_TRACK, dedupe_key="e2", title="x")
        is None
    )
    assert notify(recipient=world.member, kind=Kind.CHECK_IN_BLOCKERS, dedupe_key="e3", title="y")


def test_get_shows_a_confirm_page_and_changes_nothing(world, smtp):
    path = unsubscribe_path(one_email(world, smtp))

    response = Client().get(path)

    assert response.status_code == 200
    assert b"Key result off track" in response.content
    assert not Preference.objects.exists()


def test_a_forged_unsubscribe_link_is_404(world, smtp):
    path = unsubscribe_path(one_email(world, smtp))

    assert Client().post(path[:-3] + "abc/").status_code == 404
    assert Client().get("/notifications/unsubscribe/nonsense/").status_code == 404
    assert not Preference.objects.exists()


def test_a_title_with_markup_is_escaped_in_the_html_part(world, smtp):
    message = one_email(world, smtp, title="<script>alert(1)</script> KR", body="<b>x</b>")
    text, html = parts(message)

    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>x</b>" not in html
    assert "<script>alert(1)</script> KR" in text  # plain text is not HTML
    assert Notification.objects.get().title.startswith("<script>")
