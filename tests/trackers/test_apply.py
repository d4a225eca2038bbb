"""Applying events: status and kind mapping, key result labels, assignees, order and re-apply."""

from __future__ import annotations

import pytest

from cairn.execution.models import WorkItem
from cairn.execution.services import work_item_move
from cairn.okrs.services import initiative_create
from cairn.trackers.models import TrackerEvent
from cairn.trackers.sync import event_reapply
from tests.factories import PersonFactory
from tests.trackers.conftest import payload, post_github, post_gitlab, post_jira

pytestmark = pytest.mark.django_db


def _github(state="open", reason=None, action="edited", updated="2026-03-10T16:20:00Z"):
    body = payload("github_issues_closed")
    body["action"] = action
    body["issue"].update(state=state, state_reason=reason, updated_at=updated)
    return body


@pytest.mark.parametrize(
    ("state", "reason", "action", "status"),
    [
        ("closed", "completed", "closed", "done"),
        ("closed", "not_planned", "closed", "cancelled"),
        ("closed", "duplicate", "closed", "done"),
        ("open", "reopened", "reopened", "todo"),
        ("open", None, "deleted", "cancelled"),
    ],
)
def test_github_states_map_to_statuses(client, github, state, reason, action, status):
    assert post_github(client, github, _github(state, reason, action)).status_code == 200
    assert WorkItem.objects.get().status == status


def test_an_open_issue_keeps_an_item_started_here_in_progress(client, world, github):
    post_github(client, github, _github(updated="2026-03-10T10:00:00Z"))
    item = WorkItem.objects.get()
    work_item_move(item=item, actor=world.admin, status="in_progress")
    post_github(client, github, _github(action="labeled", updated="2026-03-10T11:00:00Z"))
    item.refresh_from_db()
    assert item.status == "in_progress"
    post_github(client, github, _github("closed", "completed", "closed", "2026-03-10T12:00:00Z"))
    post_github(client, github, _github("open", "reopened", "reopened", "2026-03-10T13:00:00Z"))
    item.refresh_from_db()
    assert item.status == "todo"  # reopened after done: back to the start


def test_an_older_event_than_the_applied_one_is_ignored(client, github):
    post_github(client, github, _github("closed", "completed", "closed", "2026-03-10T12:00:00Z"))
    late = post_github(client, github, _github("open", None, "opened", "2026-03-10T09:00:00Z"))
    assert late.status_code == 202
    assert late.json()["outcome"] == "ignored"
    assert WorkItem.objects.get().status == "done"


@pytest.mark.parametrize(
    ("state", "action", "status"),
    [("closed", "close", "done"), ("opened", "reopen", "todo"), ("opened", "update", "todo")],
)
def test_gitlab_states_map_to_statuses(client, gitlab, state, action, status):
    body = payload("gitlab_issue_close")
    body["object_attributes"].update(state=state, action=action)
    assert post_gitlab(client, gitlab, body).status_code == 200
    assert WorkItem.objects.get().status == status


def test_a_gitlab_task_is_a_task(client, gitlab):
    body = payload("gitlab_issue_close")
    body["object_attributes"]["type"] = "Task"
    post_gitlab(client, gitlab, body)
    assert WorkItem.objects.get().kind == "task"


@pytest.mark.parametrize(
    ("category", "event", "status"),
    [
        ("new", "jira:issue_created", "todo"),
        ("indeterminate", "jira:issue_updated", "in_progress"),
        ("done", "jira:issue_updated", "done"),
        ("indeterminate", "jira:issue_deleted", "cancelled"),
    ],
)
def test_jira_status_categories_map_to_statuses(client, jira, category, event, status):
    body = payload("jira_issue_updated")
    body["webhookEvent"] = event
    body["issue"]["fields"]["status"]["statusCategory"]["key"] = category
    assert post_jira(client, jira, body).status_code == 200
    assert WorkItem.objects.get().status == status


@pytest.mark.parametrize(
    ("issuetype", "subtask", "kind"),
    [
        ("Epic", False, "epic"),
        ("Story", False, "story"),
        ("Bug", False, "task"),
        ("Sub-task", True, "subtask"),
    ],
)
def test_jira_issue_types_map_to_kinds(client, jira, issuetype, subtask, kind):
    body = payload("jira_issue_updated")
    body["issue"]["fields"]["issuetype"].update(name=issuetype, subtask=subtask)
    post_jira(client, jira, body)
    assert WorkItem.objects.get().kind == kind


def test_a_kr_label_puts_the_item_under_that_key_results_initiative(client, world, github, kr):
    other = initiative_create(actor=world.member, key_results=[kr], title="Other")
    github.connection.initiative = None
    github.connection.save()
    body = _github()
    body["issue"]["labels"].append({"name": f"kr:{kr.pk}"})
    post_github(client, github, body)
    first = WorkItem.objects.get()
    assert first.initiative_id == min(other.pk, kr.initiatives.order_by("id").first().pk)


def test_a_kr_label_prefers_the_connections_own_initiative(client, github, kr, initiative):
    body = _github()
    body["issue"]["labels"].append({"name": f"KR:{kr.pk}"})
    post_github(client, github, body)
    assert WorkItem.objects.get().initiative_id == initiative.pk


def test_the_assignee_is_matched_by_email(client, world, jira):
    post_jira(client, jira, payload("jira_issue_updated"))
    assert WorkItem.objects.get().assignee_id == world.member.pk


def test_the_assignee_is_matched_by_a_login_only_when_unambiguous(client, world, github):
    post_github(client, github, _github(updated="2026-03-10T10:00:00Z"))  # login "member"
    assert WorkItem.objects.get().assignee_id == world.member.pk
    PersonFactory(organisation=world.organisation, user__email="member@elsewhere.test")
    body = _github(updated="2026-03-10T11:00:00Z")
    body["issue"]["title"] = "Renamed"
    post_github(client, github, body)
    item = WorkItem.objects.get()
    assert item.title == "Renamed" and item.assignee_id == world.member.pk  # left as it was
    nobody = _github(updated="2026-03-10T12:00:00Z")
    nobody["issue"]["assignees"] = []
    post_github(client, github, nobody)
    assert WorkItem.objects.get().assignee_id is None


def test_a_login_never_matches_someone_of_another_organisation(client, world, github):
    world.member.user.email = "m@acme.test"
    world.member.user.save()
    PersonFactory(user__email="member@other.test")  # another organisation's "member"
    post_github(client, github, _github())
    assert WorkItem.objects.get().assignee_id is None


def test_a_failed_event_is_stored_with_its_error_and_can_be_reapplied(client, world, github):
    world.admin.is_active = False
    world.admin.save()
    post_github(client, github, _github("closed", "completed", "closed"))
    event = TrackerEvent.objects.get()
    assert event.outcome == "failed" and event.error
    assert not WorkItem.objects.exists()
    world.admin.is_active = True
    world.admin.save()
    event_reapply(event=event, actor=world.admin)
    event.refresh_from_db()
    assert (event.outcome, event.error) == ("applied", "")
    assert event.item.status == "done"


def test_an_issue_event_without_its_number_fails_with_a_reason(client, github):
    body = _github()
    del body["issue"]["number"]
    response = post_github(client, github, body)
    assert response.json()["outcome"] == "failed"
    assert "number" in TrackerEvent.objects.get().error


def test_only_admins_and_the_acting_lead_reapply(client, world, github):
    world.admin.is_active = False
    world.admin.save()
    post_github(client, github, _github())
    event = TrackerEvent.objects.get()
    from django.core.exceptions import PermissionDenied

    for person in (world.lead, world.member, world.viewer, world.outsider):
        with pytest.raises(PermissionDenied):
            event_reapply(event=event, actor=person)


def test_a_leads_connection_cannot_change_work_the_lead_may_not_change(client, world):
    from cairn.execution.services import work_item_create
    from cairn.trackers.connections import connection_create
    from tests.factories import TeamFactory

    sales = TeamFactory(organisation=world.organisation, name="Sales", slug="sales")
    theirs = work_item_create(
        actor=world.admin,
        title="Sales story",
        kind="story",
        team=sales,
        external_source="github",
        external_key="octo-org/shop#42",
    )
    keyed = connection_create(actor=world.lead, kind="github", name="lead", team=world.team)
    response = post_github(client, keyed, _github("closed", "completed", "closed"))
    assert response.json()["outcome"] == "failed"
    assert "cannot edit" in TrackerEvent.objects.get().error
    theirs.refresh_from_db()
    assert theirs.status == "todo"
