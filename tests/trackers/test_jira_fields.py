"""Jira events move an item's parent, sprint and story points, idempotently."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cairn.execution.models import Sprint, SprintState, WorkItem
from cairn.execution.services import sprint_create
from cairn.trackers.connections import connection_create
from cairn.trackers.jira import NOT_SAID, JiraSprint, parent_key, sprint, story_points
from cairn.trackers.models import TrackerEvent
from tests.trackers.conftest import payload, post_jira

pytestmark = pytest.mark.django_db
SERVER_SPRINT = (
    "com.atlassian.greenhopper.service.sprint.Sprint@1f3c2a[id=12,rapidViewId=3,state=ACTIVE,"
    "name=Sprint 12, checkout,startDate=2026-03-02T09:00:00.000+01:00,endDate=2026-03-15T17:00"
    ":00.000+01:00,completeDate=<null>,activatedDate=2026-03-02T09:01:00.000+01:00,sequence=12,"
    "goal=Ship it,autoStartStop=false]"
)


@pytest.fixture
def site(world, initiative):
    """A Jira connection acting as the team's lead, new items to its initiative and team."""
    return connection_create(
        actor=world.lead, kind="jira", name="shop", initiative=initiative, team=world.team
    )


def _story(**fields) -> dict:
    body = payload("jira_issue_created_cloud")
    body["issue"]["fields"].update(fields)
    return body


def _epic(client, site) -> WorkItem:
    body = payload("jira_issue_created_cloud")
    body["issue"].update(id="10001", key="SHOP-1")
    fields = body["issue"]["fields"]
    del fields["parent"]
    fields.update(customfield_10020=None, customfield_10016=None, summary="Checkout redesign")
    fields["issuetype"].update(name="Epic", hierarchyLevel=1)
    assert post_jira(client, site, body).json()["outcome"] == "applied"
    return WorkItem.objects.get(external_key="SHOP-1")


def _updated(changes: list[dict], **fields) -> dict:
    body = _story(updated="2026-03-10T10:00:00.000+0100", **fields)
    body["webhookEvent"] = "jira:issue_updated"
    body["changelog"] = {"id": "10100", "items": changes}
    return body


def test_a_new_story_lands_under_its_epic_in_its_active_sprint_with_its_points(client, site):
    epic = _epic(client, site)
    response = post_jira(client, site, _story())
    assert response.json()["outcome"] == "applied", response.json()
    story = WorkItem.objects.get(external_key="SHOP-8")
    assert (story.kind, story.parent_id, story.estimate_points) == ("story", epic.pk, Decimal(5))
    assert story.sprint.name == "SHOP Sprint 5"  # the active one, not the closed Sprint 4
    assert story.sprint.team_id == site.connection.team_id
    assert (story.sprint.starts_on, story.sprint.ends_on) == (date(2026, 3, 2), date(2026, 3, 15))
    assert story.sprint.goal == "One-page checkout live for 10% of buyers"
    assert story.sprint.state == SprintState.PLANNED


def test_the_same_change_twice_changes_nothing(client, site):
    _epic(client, site)
    body = _story()
    post_jira(client, site, body, identifier="same")
    before = WorkItem.objects.values().get(external_key="SHOP-8")
    again = post_jira(client, site, body, identifier="same")
    assert again.json()["duplicate"] is True
    # The same content in another delivery: still one sprint, one item, nothing different.
    assert post_jira(client, site, body).json()["outcome"] == "applied"
    after = WorkItem.objects.values().get(external_key="SHOP-8")
    assert {k: v for k, v in after.items() if k != "updated_at"} == {
        k: v for k, v in before.items() if k != "updated_at"
    }
    assert Sprint.objects.count() == 1
    assert WorkItem.objects.count() == 2


def test_a_points_change_in_the_changelog_sets_and_clears_the_estimate(client, site):
    post_jira(client, site, _story(parent=None))
    field = {"field": "Story point estimate", "fieldtype": "custom"}
    change = {**field, "fieldId": "customfield_10016", "from": None, "fromString": "5"}
    post_jira(client, site, _updated([{**change, "to": None, "toString": "8"}]))
    assert WorkItem.objects.get().estimate_points == Decimal(8)
    cleared = _updated([{**change, "to": None, "toString": None}], customfield_10016=None)
    cleared["issue"]["fields"]["updated"] = "2026-03-11T10:00:00.000+0100"
    post_jira(client, site, cleared)
    assert WorkItem.objects.get().estimate_points is None


def test_server_story_points_and_epic_link_come_from_the_changelog(client, site):
    epic = _epic(client, site)
    post_jira(client, site, _story(parent=None, customfield_10016=None))
    changes = [
        {"field": "Story Points", "fieldtype": "custom", "from": None, "fromString": None,
         "to": None, "toString": "3"},
        {"field": "Epic Link", "fieldtype": "custom", "from": None, "fromString": None,
         "to": "10001", "toString": "SHOP-1"},
    ]  # fmt: skip
    post_jira(client, site, _updated(changes, parent=None, customfield_10016=None))
    story = WorkItem.objects.get(external_key="SHOP-8")
    assert (story.parent_id, story.estimate_points) == (epic.pk, Decimal(3))


def test_a_sprint_removed_in_jira_sends_the_story_back_to_the_backlog(client, site):
    post_jira(client, site, _story(parent=None))
    assert WorkItem.objects.get().sprint is not None
    change = {"field": "Sprint", "fieldtype": "custom", "fieldId": "customfield_10020",
              "from": "37", "fromString": "SHOP Sprint 5", "to": "", "toString": ""}  # fmt: skip
    post_jira(client, site, _updated([change], parent=None, customfield_10020=[]))
    assert WorkItem.objects.get().sprint is None


def test_a_story_moves_to_the_next_sprint_of_the_team(client, world, site):
    planned = sprint_create(
        actor=world.lead, team=world.team, name="SHOP Sprint 6",
        starts_on=date(2026, 3, 16), ends_on=date(2026, 3, 29),
    )  # fmt: skip
    post_jira(client, site, _story(parent=None))
    sprints = payload("jira_issue_created_cloud")["issue"]["fields"]["customfield_10020"]
    sprints[1]["state"] = "closed"
    sprints.append({"id": 38, "name": "SHOP Sprint 6", "state": "future", "boardId": 3})
    post_jira(client, site, _updated([], parent=None, customfield_10020=sprints))
    assert WorkItem.objects.get().sprint_id == planned.pk
    assert Sprint.objects.count() == 2  # the one Jira named was found, not planned again


def test_a_story_whose_sprints_all_closed_keeps_its_sprint(client, site):
    post_jira(client, site, _story(parent=None))
    sprints = payload("jira_issue_created_cloud")["issue"]["fields"]["customfield_10020"]
    sprints[1]["state"] = "closed"
    post_jira(client, site, _updated([], parent=None, customfield_10020=sprints))
    assert WorkItem.objects.get().sprint.name == "SHOP Sprint 5"


def test_a_parent_not_in_cairn_is_noted_and_the_rest_still_applies(client, site):
    body = _story()
    body["issue"]["fields"]["status"]["statusCategory"]["key"] = "indeterminate"
    response = post_jira(client, site, body)
    assert response.json()["outcome"] == "applied"
    story = WorkItem.objects.get()
    assert (story.parent_id, story.status, story.estimate_points) == (None, "in_progress", 5)
    assert "SHOP-1 is not in Cairn yet" in TrackerEvent.objects.get().error


def test_a_parent_of_the_wrong_kind_is_noted_and_the_parent_kept(client, site):
    _epic(client, site)
    post_jira(client, site, _story(parent=None))  # SHOP-8, a story
    body = _story()
    body["issue"].update(id="10009", key="SHOP-9")
    body["issue"]["fields"]["parent"]["key"] = "SHOP-8"  # a story under a story
    assert post_jira(client, site, body).json()["outcome"] == "applied"
    assert WorkItem.objects.get(external_key="SHOP-9").parent_id is None
    assert (
        "cannot sit under the story SHOP-8" in TrackerEvent.objects.get(external_key="SHOP-9").error
    )


def test_a_sub_task_sits_under_its_story(client, site):
    post_jira(client, site, _story(parent=None))
    body = _story(customfield_10020=None, customfield_10016=None)
    body["issue"].update(id="10010", key="SHOP-10")
    body["issue"]["fields"]["parent"]["key"] = "SHOP-8"
    body["issue"]["fields"]["issuetype"].update(name="Subtask", subtask=True, hierarchyLevel=-1)
    post_jira(client, site, body)
    sub = WorkItem.objects.get(external_key="SHOP-10")
    assert (sub.kind, sub.parent.external_key) == ("subtask", "SHOP-8")


def test_a_task_in_a_jira_sprint_stays_out_of_sprints_with_a_note(client, site):
    body = _story(parent=None)
    body["issue"]["fields"]["issuetype"].update(name="Task")
    post_jira(client, site, body)
    assert WorkItem.objects.get().sprint is None
    assert TrackerEvent.objects.get().error == "Only stories go into sprints."


def test_a_member_connection_does_not_plan_sprints(client, world):
    # A lead made the connection (the team's work without a why) and then stopped leading:
    # the connection acts as a member now, who adds the team's work but plans no sprint.
    site = connection_create(actor=world.lead, kind="jira", name="x", team=world.team)
    world.lead.memberships.update(is_lead=False)
    response = post_jira(client, site, _story(parent=None))
    assert response.json()["outcome"] == "applied"
    assert WorkItem.objects.get().sprint is None
    assert not Sprint.objects.exists()
    assert "SHOP Sprint 5 is not planned here" in TrackerEvent.objects.get().error


def test_without_a_team_a_sprint_is_noted(client, jira):
    post_jira(client, jira, _story(parent=None))
    assert WorkItem.objects.get().sprint is None
    assert "needs a team" in TrackerEvent.objects.get().error


def test_reading_the_fields():
    fields = {"customfield_10100": [SERVER_SPRINT], "customfield_10016": "x"}
    assert sprint({}, fields) == JiraSprint(name="Sprint 12, checkout")
    assert story_points({}, fields) is NOT_SAID
    assert parent_key({}, {"parent": {"key": "not a key"}}) is None
    cleared = {"changelog": {"items": [{"field": "Parent", "to": None, "toString": None}]}}
    assert parent_key(cleared, {}) == ""
    assert sprint({}, {"customfield_1": ["plain text"]}) is NOT_SAID
    assert story_points({}, {"customfield_10016": True}) is NOT_SAID
