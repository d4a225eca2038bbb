"""Comments and reactions through the API: per role, another organisation's 404, schemas, counts."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.conversations.models import Comment
from cairn.conversations.services import comment_create, reaction_add
from cairn.okrs.services import check_in_record, initiative_create
from tests.api.conftest import problem_fields

XSS = "<script>alert(1)</script>"


@pytest.fixture
def subjects(world, kr) -> dict:
    check_in = check_in_record(key_result=kr, author=world.member, value=12, confidence=6)
    initiative = initiative_create(actor=world.member, key_results=[kr], title="Macros")
    return {
        "objectives": world.objective.pk,
        "key-results": kr.pk,
        "check-ins": check_in.pk,
        "initiatives": initiative.pk,
    }


@pytest.mark.parametrize("kind", ["objectives", "key-results", "check-ins", "initiatives"])
@pytest.mark.parametrize(
    ("persona", "reads", "writes"),
    [("admin", 200, 201), ("lead", 200, 201), ("member", 200, 201), ("viewer", 200, 403),
     ("outsider", 404, 404)],
)  # fmt: skip
def test_who_lists_and_creates_comments(api, subjects, kind, persona, reads, writes):
    url = f"/api/v1/{kind}/{subjects[kind]}/comments"
    assert api[persona].get(url).status_code == reads
    response = api[persona].post(url, {"body": "**Hi**"})
    assert response.status_code == writes, response.content
    if writes == 201:
        body = response.json()
        assert body["html"] == "<p><strong>Hi</strong></p>\n"
        assert body["subject_type"] == kind.replace("-", "_").rstrip("s")


def test_a_reply_edit_reactions_and_a_tombstone(api, world, kr):
    url = f"/api/v1/key-results/{kr.pk}/comments"
    top = api["member"].post(url, {"body": f"@[L](person:{world.lead.pk}) {XSS}"}).json()
    assert top["mentions"] == [{"kind": "person", "id": world.lead.pk, "notified": True}]
    assert "<script>" not in top["html"]
    reply = api["lead"].post(url, {"body": "Yes", "parent": top["id"]}).json()
    nested = api["member"].post(url, {"body": "And", "parent": reply["id"]}).json()
    assert reply["parent"] == nested["parent"] == top["id"]
    assert api["lead"].put(f"/api/v1/comments/{top['id']}/reactions/tada").status_code == 204
    assert api["lead"].put(f"/api/v1/comments/{top['id']}/reactions/tada").status_code == 204
    edited = api["member"].patch(f"/api/v1/comments/{top['id']}", {"body": "Better"}).json()
    assert edited["edited_at"] and edited["reactions"] == [
        {"reaction": "tada", "emoji": "🎉", "count": 1, "people": [world.lead.pk]}
    ]
    assert api["lead"].patch(f"/api/v1/comments/{top['id']}", {"body": "x"}).status_code == 403
    assert api["lead"].delete(f"/api/v1/comments/{top['id']}/reactions/tada").status_code == 204
    assert api["lead"].delete(f"/api/v1/comments/{top['id']}").status_code == 403
    assert api["admin"].delete(f"/api/v1/comments/{top['id']}").status_code == 204
    listed = api["member"].get(url).json()["items"]
    assert listed[0]["deleted"] is True and listed[0]["body"] == "" and listed[0]["html"] == ""


def test_bad_input_is_a_clear_error(api, world, kr):
    url = f"/api/v1/key-results/{kr.pk}/comments"
    assert api["member"].post(url, {"body": ""}).status_code == 422
    assert api["member"].post(url, {"body": "x" * 5001}).status_code == 422
    response = api["member"].post(url, {"body": "x", "parent": 999999})
    assert response.status_code == 422 and problem_fields(response) == ["parent"]
    comment = comment_create(author=world.member, target=kr, body="Hi").comment
    assert api["member"].put(f"/api/v1/comments/{comment.pk}/reactions/poo").status_code == 422


def test_another_organisation_gets_404_on_every_comment_url(api, world, kr):
    comment = comment_create(author=world.member, target=kr, body="Ours").comment
    outsider = api["outsider"]
    assert outsider.patch(f"/api/v1/comments/{comment.pk}", {"body": "x"}).status_code == 404
    assert outsider.delete(f"/api/v1/comments/{comment.pk}").status_code == 404
    assert outsider.put(f"/api/v1/comments/{comment.pk}/reactions/eyes").status_code == 404
    assert outsider.delete(f"/api/v1/comments/{comment.pk}/reactions/eyes").status_code == 404
    assert Comment.objects.get().body == "Ours"


def test_listing_costs_the_same_queries_with_more_comments(api, world, kr):
    url = f"/api/v1/key-results/{kr.pk}/comments"

    def add(n: int) -> None:
        for _i in range(n):
            c = comment_create(author=world.member, target=kr, body=f"@[x](person:{world.lead.pk})")
            reaction_add(person=world.lead, comment=c.comment, emoji="👍")

    api["lead"].get(url)  # the token's first use is recorded once
    counts = []
    for n in (3, 40):
        add(n)
        with CaptureQueriesContext(connection) as queries:
            assert api["lead"].get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_schema_names_every_comment_operation(api):
    paths = api["member"].get("/api/v1/openapi.json").json()["paths"]
    for kind in ("objectives", "key-results", "check-ins", "initiatives"):
        assert set(paths[f"/api/v1/{kind}/{{subject_id}}/comments"]) == {"get", "post"}
    assert "/api/v1/comments/{comment_id}/reactions/{reaction}" in paths
