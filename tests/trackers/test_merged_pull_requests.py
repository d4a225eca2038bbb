"""A merged GitHub pull request that names a Jira key in its title or branch closes that item."""

from __future__ import annotations

import pytest

from cairn.execution.models import WorkItem
from cairn.execution.services import work_items_upsert
from cairn.trackers.connections import connection_create
from cairn.trackers.models import TrackerEvent
from cairn.trackers.payloads import merged_jira_keys
from tests.trackers.conftest import payload, post_github

pytestmark = pytest.mark.django_db
HEADERS = {"X-GitHub-Event": "pull_request"}


def _pull(title="SHOP-1 One-page checkout", branch="shop-1-one-page-checkout", merged=True):
    body = payload("github_pull_request_merged")
    body["pull_request"].update(title=title, merged=merged)
    body["pull_request"]["head"]["ref"] = branch
    return body


@pytest.fixture
def jira_items(world, initiative):
    """Return two stories imported from Jira, serving the initiative."""
    rows = [
        {"external_source": "jira", "external_key": key, "title": title, "kind": "story",
         "initiative": initiative.pk, "estimate_points": points}
        for key, title, points in (("SHOP-1", "One-page checkout", 5), ("SHOP-2", "Saved cards", 3))
    ]  # fmt: skip
    return work_items_upsert(actor=world.admin, items=rows).items


@pytest.mark.parametrize(
    ("title", "branch", "keys"),
    [
        ("SHOP-1 One-page checkout", "main-fix", ["SHOP-1"]),
        ("One-page checkout", "shop-1-one-page-checkout", ["SHOP-1"]),
        ("[SHOP-1][SHOP-2] Checkout and cards", "feature/SHOP-2", ["SHOP-1", "SHOP-2"]),
        ("Fix utf-8 handling", "fix-encoding", ["FIX-0"][:0]),  # lower case in a title: no key
        ("SHOP-12 is not SHOP-1", "x", ["SHOP-12", "SHOP-1"]),
        ("ISO-8601 dates", "iso-8601", ["ISO-8601"]),  # a key-shaped name: only matters if stored
    ],
)
def test_keys_are_read_from_the_title_and_the_branch(title, branch, keys):
    assert merged_jira_keys("github", HEADERS, _pull(title, branch)) == keys


def test_only_a_merged_pull_request_from_github_counts():
    assert merged_jira_keys("github", HEADERS, _pull(merged=False)) is None
    opened = _pull()
    opened["action"] = "opened"
    assert merged_jira_keys("github", HEADERS, opened) is None
    assert merged_jira_keys("github", {"X-GitHub-Event": "issues"}, _pull()) is None
    assert merged_jira_keys("gitlab", HEADERS, _pull()) is None


def test_a_merged_pull_request_closes_the_jira_story_it_names(
    client, github, jira_items, initiative
):
    response = post_github(client, github, _pull(), event="pull_request")
    assert response.status_code == 200, response.content
    assert response.json()["outcome"] == "applied"
    statuses = dict(WorkItem.objects.values_list("external_key", "status"))
    assert statuses == {"SHOP-1": "done", "SHOP-2": "todo"}  # the body's "Relates to" does not
    event = TrackerEvent.objects.get()
    assert event.item.external_key == "SHOP-1" and event.external_key == "SHOP-1"
    assert event.error == "Merged pull request #42 closed SHOP-1."
    initiative.refresh_from_db()
    assert initiative.percent_complete == 62  # 5 of 8 points


def test_the_same_delivery_twice_changes_nothing_more(client, github, jira_items):
    first = post_github(client, github, _pull(), event="pull_request", delivery="d-1")
    again = post_github(client, github, _pull(), event="pull_request", delivery="d-1")
    assert first.status_code == 200 and again.status_code in (200, 202)
    assert TrackerEvent.objects.count() == 1
    assert WorkItem.objects.get(external_key="SHOP-1").status == "done"


def test_a_pull_request_naming_no_stored_item_is_ignored_and_says_why(client, github, jira_items):
    response = post_github(
        client, github, _pull("OPS-7 Rotate keys", "ops-7"), event="pull_request"
    )
    assert response.json()["outcome"] == "ignored"
    assert "OPS-7" in TrackerEvent.objects.get().error
    assert set(WorkItem.objects.values_list("status", flat=True)) == {"todo"}


def test_another_organisations_jira_items_are_never_closed(client, world, jira_items):
    from tests.factories import PersonFactory

    outsider_admin = PersonFactory(organisation=world.outsider.organisation, role="admin")
    theirs = connection_create(actor=outsider_admin, kind="github", name="theirs")
    response = post_github(client, theirs, _pull(), event="pull_request")
    assert response.json()["outcome"] == "ignored"
    assert WorkItem.objects.get(external_key="SHOP-1").status == "todo"


def test_a_done_or_cancelled_item_stays_as_it_is(client, world, github, jira_items):
    work_items_upsert(
        actor=world.admin,
        items=[{"external_source": "jira", "external_key": "SHOP-1", "status": "cancelled"}],
    )
    response = post_github(client, github, _pull(), event="pull_request")
    assert response.json()["outcome"] == "applied"
    assert WorkItem.objects.get(external_key="SHOP-1").status == "cancelled"
    assert TrackerEvent.objects.get().error == "Merged pull request #42 closed nothing new."


def test_a_badly_signed_pull_request_is_refused_and_nothing_moves(client, github, jira_items):
    response = post_github(client, github, _pull(), event="pull_request", secret="wrong")
    assert response.status_code == 401
    assert not TrackerEvent.objects.exists()
    assert WorkItem.objects.get(external_key="SHOP-1").status == "todo"
