"""The receive endpoints: signatures, limits, bad bodies, replays and other organisations."""

from __future__ import annotations

import json

import pytest

from cairn.execution.models import WorkItem
from cairn.okrs.models import Initiative
from cairn.okrs.services import initiative_create, key_result_create
from cairn.trackers.connections import connection_create
from cairn.trackers.models import TrackerEvent
from cairn.trackers.signatures import sign
from cairn.trackers.views import MAX_BODY
from tests.factories import CycleFactory, ObjectiveFactory
from tests.trackers.conftest import payload, post_github, post_gitlab, post_jira, url

pytestmark = pytest.mark.django_db


def test_a_closed_github_issue_moves_its_story_to_done_and_the_initiative_along(
    client, world, github, initiative
):
    opened = payload("github_issues_closed")
    opened["action"], opened["issue"]["state"] = "opened", "open"
    opened["issue"]["updated_at"] = "2026-03-02T09:00:00Z"
    assert post_github(client, github, opened).status_code == 200
    story = WorkItem.objects.get(external_source="github", external_key="octo-org/shop#42")
    assert (story.kind, story.status, story.initiative_id) == ("story", "todo", initiative.pk)
    assert story.external_url == "https://github.com/octo-org/shop/issues/42"
    other = payload("github_issues_opened")
    assert post_github(client, github, other).status_code == 200
    initiative.refresh_from_db()
    assert initiative.percent_complete == 0

    response = post_github(client, github, payload("github_issues_closed"))

    assert response.status_code == 200
    assert response.json()["outcome"] == "applied"
    story.refresh_from_db()
    assert story.status == "done" and story.done_at is not None
    initiative.refresh_from_db()
    assert initiative.percent_complete == 50  # one of two items done


def test_the_same_delivery_twice_changes_nothing(client, github):
    body = payload("github_issues_closed")
    first = post_github(client, github, body, delivery="d-1")
    story = WorkItem.objects.get(external_key="octo-org/shop#42")
    story.title = "Renamed here"  # a later local change the replay must not undo
    story.save()

    second = post_github(client, github, body, delivery="d-1")

    assert first.status_code == second.status_code == 200
    assert second.json()["duplicate"] is True
    assert TrackerEvent.objects.count() == 1
    assert WorkItem.objects.count() == 1
    story.refresh_from_db()
    assert story.title == "Renamed here"


def test_applying_a_new_delivery_of_the_same_change_is_a_pure_upsert(client, github):
    post_github(client, github, payload("github_issues_closed"), delivery="d-1")
    before = WorkItem.objects.values().get()
    post_github(client, github, payload("github_issues_closed"), delivery="d-2")
    after = WorkItem.objects.values().get()
    assert {k: v for k, v in after.items() if k != "updated_at"} == {
        k: v for k, v in before.items() if k != "updated_at"
    }
    assert TrackerEvent.objects.filter(outcome="applied").count() == 2


@pytest.mark.parametrize("signature", ["", "sha256=", "sha256=" + "0" * 64, "sha1=abc"])
def test_unsigned_or_badly_signed_github_deliveries_are_401_and_store_nothing(
    client, github, signature
):
    raw = json.dumps(payload("github_issues_closed")).encode()
    headers = {"X-GitHub-Event": "issues", "X-GitHub-Delivery": "d-1"}
    if signature:
        headers["X-Hub-Signature-256"] = signature
    response = client.post(url(github), raw, content_type="application/json", headers=headers)
    assert response.status_code == 401
    assert not TrackerEvent.objects.exists() and not WorkItem.objects.exists()


def test_a_body_signed_with_another_secret_is_401(client, github):
    response = post_github(client, github, payload("github_issues_closed"), secret="not-it")
    assert response.status_code == 401
    assert not TrackerEvent.objects.exists()


def test_a_rotated_secret_stops_the_old_one(client, world, github):
    from cairn.trackers.connections import connection_rotate

    connection_rotate(connection=github.connection, actor=world.admin)
    old = post_github(client, github, payload("github_issues_closed"))
    assert old.status_code == 401
    github.connection.refresh_from_db()
    github.secret = github.connection.secret
    assert post_github(client, github, payload("github_issues_closed")).status_code == 200


def test_a_gitlab_token_must_match(client, gitlab):
    assert post_gitlab(client, gitlab, payload("gitlab_issue_close"), token="").status_code == 401
    wrong = post_gitlab(client, gitlab, payload("gitlab_issue_close"), token=gitlab.secret + "x")
    assert wrong.status_code == 401
    assert not TrackerEvent.objects.exists()
    assert post_gitlab(client, gitlab, payload("gitlab_issue_close")).status_code == 200
    item = WorkItem.objects.get(external_source="gitlab")
    assert (item.external_key, item.status) == ("gitlabhq/gitlab-test#23", "done")
    assert str(item.due_on) == "2013-12-20"


def test_jira_signs_with_x_hub_signature(client, jira):
    assert post_jira(client, jira, payload("jira_issue_updated"), secret="wrong").status_code == 401
    assert post_jira(client, jira, payload("jira_issue_updated")).status_code == 200
    item = WorkItem.objects.get(external_source="jira")
    assert (item.external_key, item.status, item.kind) == ("SHOP-7", "done", "story")
    assert item.external_url == "https://shop.atlassian.net/browse/SHOP-7"


def test_jira_without_a_secret_field_puts_the_secret_in_the_path(client, jira):
    raw = json.dumps(payload("jira_issue_updated")).encode()
    base = url(jira)
    wrong = client.post(f"{base}nope/", raw, content_type="application/json")
    assert wrong.status_code == 401
    assert client.post(base, raw, content_type="application/json").status_code == 401
    right = client.post(f"{base}{jira.secret}/", raw, content_type="application/json")
    assert right.status_code == 200
    assert WorkItem.objects.filter(external_key="SHOP-7", status="done").exists()


def test_a_jira_redelivery_with_the_same_identifier_is_stored_once(client, jira):
    body = payload("jira_issue_updated")
    post_jira(client, jira, body, identifier="wh-1")
    again = post_jira(client, jira, body, identifier="wh-1")
    assert again.json()["duplicate"] is True
    assert TrackerEvent.objects.count() == 1


def test_a_body_over_the_limit_is_413_and_stores_nothing(client, github):
    body = payload("github_issues_closed")
    body["issue"]["body"] = "x" * MAX_BODY
    response = post_github(client, github, body)
    assert response.status_code == 413
    assert not TrackerEvent.objects.exists()


def test_malformed_json_is_400_after_the_signature_is_checked(client, github):
    assert post_github(client, github, b'{"action": "closed",').status_code == 400
    assert post_github(client, github, b"[1, 2]").status_code == 400
    assert post_github(client, github, b'{"a": "nul \\u0000 here"}').status_code == 400
    raw = b'{"action": "closed",'
    unsigned = client.post(url(github), raw, content_type="application/json")
    assert unsigned.status_code == 401
    assert not TrackerEvent.objects.exists()


def test_unknown_event_types_are_stored_and_ignored_with_202(client, github):
    response = post_github(client, github, payload("github_ping"), event="ping")
    assert response.status_code == 202
    event = TrackerEvent.objects.get()
    assert (event.event_type, event.outcome) == ("ping", "ignored")
    comment = post_github(client, github, payload("github_issues_closed"), event="issue_comment")
    assert comment.status_code == 202
    assert not WorkItem.objects.exists()


def test_unknown_connection_or_kind_is_404(client, github):
    raw = json.dumps(payload("github_issues_closed")).encode()
    headers = {"X-Hub-Signature-256": sign(github.secret, raw), "X-GitHub-Event": "issues"}
    for path in (
        "/hooks/github/nope/",
        f"/hooks/gitlab/{github.connection.public_id}/",
        f"/hooks/bitbucket/{github.connection.public_id}/",
    ):
        response = client.post(path, raw, content_type="application/json", headers=headers)
        assert response.status_code == 404, path
    assert client.get(url(github)).status_code == 405
    assert not TrackerEvent.objects.exists()


def test_an_event_never_touches_an_item_of_another_organisation(client, world, github):
    outsider = world.outsider
    theirs = Initiative.objects.create(organisation=outsider.organisation, title="Theirs")
    their_item = WorkItem.objects.create(
        organisation=outsider.organisation,
        initiative=theirs,
        title="Their story",
        kind="story",
        external_source="github",
        external_key="octo-org/shop#42",
    )
    their_connection = connection_create(actor=outsider, kind="github", name="theirs")

    assert post_github(client, github, payload("github_issues_closed")).status_code == 200

    their_item.refresh_from_db()
    assert (their_item.status, their_item.title) == ("todo", "Their story")
    ours = WorkItem.objects.get(organisation=world.organisation, external_key="octo-org/shop#42")
    assert ours.status == "done"
    # Our secret does not open their connection either.
    raw = json.dumps(payload("github_issues_closed")).encode()
    response = client.post(
        url(their_connection),
        raw,
        content_type="application/json",
        headers={"X-GitHub-Event": "issues", "X-Hub-Signature-256": sign(github.secret, raw)},
    )
    assert response.status_code == 401
    assert not TrackerEvent.objects.filter(connection=their_connection.connection).exists()


def test_a_kr_label_of_another_organisation_links_nothing(client, world, github, initiative):
    outsider = world.outsider
    cycle = CycleFactory(organisation=outsider.organisation)
    objective = ObjectiveFactory(cycle=cycle, owner=outsider)
    their_kr = key_result_create(actor=outsider, objective=objective, title="T", start=0, target=1)
    initiative_create(actor=outsider, key_results=[their_kr], title="Theirs")
    body = payload("github_issues_closed")
    body["issue"]["labels"].append({"name": f"kr:{their_kr.pk}"})
    response = post_github(client, github, body)
    assert response.status_code == 200
    assert f"kr:{their_kr.pk}" in response.json()["detail"]
    assert WorkItem.objects.get().initiative_id == initiative.pk


def test_the_acting_person_must_still_be_able_to_write(client, world, github):
    world.admin.is_active = False
    world.admin.save()
    response = post_github(client, github, payload("github_issues_closed"))
    assert response.status_code == 200
    assert response.json()["outcome"] == "failed"
    event = TrackerEvent.objects.get()
    assert "rotate" in event.error
    assert not WorkItem.objects.exists()
