"""Discussion pages: roles, another organisation's 404, escaping, htmx and plain posts, paging."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.conversations.models import Comment, CommentReaction
from cairn.conversations.selectors import PAGE_SIZE
from cairn.conversations.services import comment_create, reaction_add
from cairn.okrs.models import Visibility
from cairn.okrs.services import check_in_record, initiative_create
from tests.conversations.conftest import XSS
from tests.factories import PersonFactory

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def subjects(world, kr) -> dict:
    check_in = check_in_record(key_result=kr, author=world.member, value=12, confidence=6)
    initiative = initiative_create(
        actor=world.member, title="Macros", key_results=[kr], status="in_progress",
        percent_complete=10, due_date=None,
    )  # fmt: skip
    return {
        "objectives": world.objective,
        "key-results": kr,
        "check-ins": check_in,
        "initiatives": initiative,
    }


def thread(kind: str, target) -> str:
    return reverse("comments", args=[kind, target.pk])


@pytest.mark.parametrize("kind", ["objectives", "key-results", "check-ins", "initiatives"])
@pytest.mark.parametrize(
    ("persona", "reads", "writes"),
    [("admin", 200, 302), ("lead", 200, 302), ("member", 200, 302), ("viewer", 200, 403),
     ("outsider", 404, 404)],
)  # fmt: skip
def test_who_reads_and_writes_each_discussion(
    world, subjects, client_for, kind, persona, reads, writes
):
    client = client_for(getattr(world, persona))
    url = thread(kind, subjects[kind])
    assert client.get(url).status_code == reads
    assert client.post(url, {"body": "Hello"}).status_code == writes
    assert Comment.objects.count() == (1 if writes == 302 else 0)


def test_a_private_objectives_discussion_is_404_for_those_who_cannot_see_it(
    world, subjects, client_for
):
    world.objective.visibility = Visibility.PRIVATE
    world.objective.save()
    for kind in ("objectives", "key-results", "check-ins", "initiatives"):
        assert client_for(world.lead).get(thread(kind, subjects[kind])).status_code == 404
        assert client_for(world.admin).get(thread(kind, subjects[kind])).status_code == 200


def test_every_comment_url_is_404_from_another_organisation(world, kr, client_for):
    comment = comment_create(author=world.member, target=kr, body="Ours").comment
    outsider = client_for(world.outsider)
    for name in ("comment_edit", "comment_delete", "comment_react"):
        assert outsider.post(reverse(name, args=[comment.pk]), {"body": "x"}).status_code == 404
    assert outsider.get(reverse("comment_edit", args=[comment.pk])).status_code == 404
    assert client_for(world.member).get("/teams/1/comments/").status_code == 404
    found = outsider.get(reverse("comment_mentions"), {"q": "a"}).json()["results"]
    assert all(row["name"] != world.member.name for row in found)


def test_a_plain_post_goes_back_to_the_page_it_came_from(world, kr, client_for):
    page = reverse("objective", args=[world.objective.pk])
    response = client_for(world.lead).post(
        thread("key-results", kr), {"body": "Nice", "next": page}
    )
    comment = Comment.objects.get()
    assert response["Location"] == f"{page}#comment-{comment.pk}"
    evil = client_for(world.lead).post(
        thread("key-results", kr), {"body": "x", "next": "https://evil.test/"}
    )
    assert evil["Location"].startswith(thread("key-results", kr))


def test_htmx_gets_the_section_back_with_errors_and_nothing_lost(world, kr, client_for):
    client = client_for(world.member)
    response = client.post(thread("key-results", kr), {"body": "  "}, **HTMX)
    assert response.status_code == 200
    assert b'aria-invalid="true"' in response.content
    response = client.post(thread("key-results", kr), {"body": "x" * 5001}, **HTMX)
    assert b"x" * 5001 in response.content  # the text comes back to fix
    response = client.post(thread("key-results", kr), {"body": "Saved"}, **HTMX)
    assert b"<html" not in response.content and b"Saved" in response.content


def test_bad_ids_and_bad_emoji_are_clear_errors_not_500s(world, kr, client_for):
    client = client_for(world.member)
    assert (
        client.post(thread("key-results", kr), {"body": "x", "parent": "99999"}).status_code == 400
    )
    assert client.post(thread("key-results", kr), {"body": "x", "parent": "abc"}).status_code == 400
    comment = comment_create(author=world.member, target=kr, body="Hi").comment
    response = client.post(reverse("comment_react", args=[comment.pk]), {"emoji": "💩"}, **HTMX)
    assert (
        response.status_code == 200 and b"Choose one of the offered reactions" in response.content
    )
    assert client.get(thread("key-results", kr), {"older_than": "9" * 40}).status_code == 200


def test_the_mention_warning_reaches_the_author(world, kr, client_for):
    world.objective.visibility = Visibility.PRIVATE
    world.objective.save()
    body = f"@[{world.lead.name}](person:{world.lead.pk}) look"
    response = client_for(world.member).post(thread("key-results", kr), {"body": body}, **HTMX)
    assert b"cannot see what this discussion is about" in response.content


def test_markup_in_every_field_is_escaped_on_the_page(world, kr, client_for):
    author = PersonFactory(organisation=world.organisation, user__first_name=XSS)
    kr.title = XSS
    kr.save()
    body = f"{XSS} [x](javascript:alert(3)) @[{XSS}](person:{world.lead.pk}) `{XSS}`"
    comment = comment_create(author=world.admin, target=kr, body=body).comment
    reaction_add(person=author, comment=comment, emoji="👍")
    world.lead.user.last_name = XSS
    world.lead.user.save()
    for url in (thread("key-results", kr), reverse("objective", args=[world.objective.pk])):
        page = client_for(world.member).get(url).content.decode()
        assert "<script>alert(1)" not in page
        assert "<img src=x" not in page
        assert 'href="javascript' not in page
        assert "&lt;script&gt;" in page


def test_the_edit_window_and_deleting_on_the_page(world, kr, client_for):
    comment = comment_create(author=world.member, target=kr, body="Frist").comment
    client = client_for(world.member)
    response = client.post(reverse("comment_edit", args=[comment.pk]), {"body": "First"}, **HTMX)
    assert b"edited" in response.content and b"First" in response.content
    Comment.objects.filter(pk=comment.pk).update(created_at=comment.created_at.replace(year=2020))
    assert client.get(reverse("comment_edit", args=[comment.pk])).status_code == 302
    assert client.post(reverse("comment_edit", args=[comment.pk]), {"body": "x"}).status_code == 403
    assert (
        client_for(world.lead).post(reverse("comment_delete", args=[comment.pk])).status_code == 403
    )
    response = client.post(reverse("comment_delete", args=[comment.pk]), **HTMX)
    assert b"Comment deleted" in response.content and b"First" not in response.content


def test_reacting_shows_counts_and_who(world, kr, client_for):
    comment = comment_create(author=world.member, target=kr, body="Done").comment
    response = client_for(world.lead).post(
        reverse("comment_react", args=[comment.pk]), {"emoji": "🎉"}, **HTMX
    )
    page = response.content.decode()
    assert 'aria-pressed="true"' in page and world.lead.name in page
    assert CommentReaction.objects.count() == 1
    client_for(world.lead).post(reverse("comment_react", args=[comment.pk]), {"emoji": "🎉"})
    assert CommentReaction.objects.count() == 0


def test_the_newest_page_then_older_comments(world, kr, client_for):
    for n in range(PAGE_SIZE + 5):
        comment_create(author=world.member, target=kr, body=f"Comment number {n:03d}")
    client = client_for(world.lead)
    page = client.get(thread("key-results", kr)).content.decode()
    assert f"Comment number {PAGE_SIZE + 4:03d}" in page and "Comment number 004" not in page
    older = Comment.objects.order_by("created_at", "id")[5].pk
    more = client.get(thread("key-results", kr), {"older_than": older + 1}, **HTMX)
    assert b"Comment number 004" in more.content and b"Comment number 000" in more.content
    assert b"<section" not in more.content  # only the threads, appended in place


def test_queries_do_not_grow_with_comments_replies_mentions_and_reactions(world, kr, client_for):
    client = client_for(world.lead)
    url = thread("key-results", kr)
    objective_page = reverse("objective", args=[world.objective.pk])

    def add(n: int) -> None:
        for _i in range(n):
            top = comment_create(
                author=world.member, target=kr, body=f"@[x](person:{world.lead.pk}) hi"
            ).comment
            comment_create(author=world.lead, target=kr, body="reply", parent=top)
            reaction_add(person=world.lead, comment=top, emoji="👍")
            comment_create(author=world.member, target=world.objective, body="On the objective")

    add(3)
    counts = []
    for _round in range(2):
        with CaptureQueriesContext(connection) as thread_page:
            assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as objective:
            assert client.get(objective_page).status_code == 200
        counts.append((len(thread_page), len(objective)))
        add(100)
    assert counts[0] == counts[1], counts


def test_mention_search_is_scoped_limited_and_json(world, client_for):
    for n in range(12):
        PersonFactory(organisation=world.organisation, user__first_name=f"Ann{n}")
    PersonFactory(organisation=world.outsider.organisation, user__first_name="Annex")
    response = client_for(world.member).get(reverse("comment_mentions"), {"q": "ann"})
    rows = json.loads(response.content)["results"]
    assert len(rows) == 8 and all(
        r["name"].startswith("Ann") and r["name"] != "Annex" for r in rows
    )
    teams = client_for(world.member).get(reverse("comment_mentions"), {"q": "supp"}).json()
    assert teams["results"] == [
        {"kind": "team", "id": world.team.pk, "name": "Support", "detail": ""}
    ]


def test_mention_search_matches_each_word_typed(world, client_for):
    """A first name and the start of a last name ("Tom S", as the people picker's box holds while
    typing) or the whole name find the person; a word that matches nobody finds no one."""
    tom = PersonFactory(
        organisation=world.organisation, user__first_name="Tom", user__last_name="Smith"
    )
    PersonFactory(organisation=world.organisation, user__first_name="Tom", user__last_name="Hardy")
    client = client_for(world.member)
    for typed in ("Tom S", "tom smith", "Smith Tom", "  Tom   Sm  "):
        rows = client.get(reverse("comment_mentions"), {"q": typed}).json()["results"]
        assert [r["id"] for r in rows if r["kind"] == "person"] == [tom.pk], typed
    rows = client.get(reverse("comment_mentions"), {"q": "Tom Zed"}).json()["results"]
    assert rows == []


def test_the_pages_embed_their_discussions_with_counts(world, subjects, client_for):
    for kind in ("objectives", "key-results", "check-ins", "initiatives"):
        comment_create(author=world.lead, target=subjects[kind], body=f"About the {kind}")
    client = client_for(world.member)
    page = client.get(reverse("objective", args=[world.objective.pk])).content.decode()
    assert "About the objectives" in page  # the objective's discussion, inline
    assert "Discussion (1 comment)" in page  # the key result's, on request
    assert "About the key-results" not in page
    assert f'href="/check-ins/{subjects["check-ins"].pk}/comments/">1 comment' in page
    initiative = client.get(reverse("initiative", args=[subjects["initiatives"].pk]))
    assert "About the initiatives" in initiative.content.decode()
    lazy = client.get(thread("key-results", subjects["key-results"]), {"embed": "1"}, **HTMX)
    assert b"About the key-results" in lazy.content and b'class="visually-hidden"' in lazy.content
