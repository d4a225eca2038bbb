"""Read the issue events of GitHub, GitLab and Jira into one shape; everything else is ignored."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.utils.dateparse import parse_date, parse_datetime

from cairn.trackers import jira

GITHUB_ACTIONS = {
    "opened", "edited", "closed", "reopened", "assigned", "unassigned",
    "labeled", "unlabeled", "milestoned", "demilestoned", "deleted",
}  # fmt: skip
GITLAB_EVENTS = {"Issue Hook", "Confidential Issue Hook"}
GITLAB_ACTIONS = {"open", "close", "reopen", "update"}
JIRA_EVENTS = {"jira:issue_created", "jira:issue_updated", "jira:issue_deleted"}
JIRA_KINDS = {"epic": "epic", "story": "story", "sub-task": "subtask", "subtask": "subtask"}
JIRA_STATUS = {"new": "todo", "indeterminate": "in_progress", "done": "done"}


# A Jira issue key: a project key (a letter, then letters or digits) and a number. Titles must
# write it in capitals ("SHOP-12 One-page checkout"); branches often lower-case it ("shop-12-…").
JIRA_KEY_IN_TITLE = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9]{1,9})-([1-9][0-9]{0,6})(?![0-9])")
JIRA_KEY_IN_BRANCH = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]{1,9})-([1-9][0-9]{0,6})(?![0-9])"
)


class PayloadError(ValueError):
    """The event is of a handled type but lacks what applying it needs."""


@dataclass
class IssueChange:
    """What an issue event says about one item; None means "the tracker did not say"."""

    key: str
    title: str
    status: str  # todo, in_progress, done, cancelled; "open" keeps an item in progress
    kind: str = "story"
    url: str = ""
    description: str | None = None
    labels: list[str] = field(default_factory=list)
    assigned: bool = False  # the event names the assignee (or says there is none)
    assignee_emails: list[str] = field(default_factory=list)
    assignee_logins: list[str] = field(default_factory=list)
    due_on: date | None = None
    updated_at: datetime | None = None
    # Jira only: the parent's key ("" clears it), a JiraSprint (None clears it), the points.
    parent_key: str | None = None
    sprint: object = jira.NOT_SAID
    points: object = jira.NOT_SAID


def _dict(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _when(value: object) -> datetime | None:
    """Return an aware datetime from ISO text ("…Z", "…+0000", GitLab's "… UTC") or None."""
    text = _str(value).strip()
    if text.endswith(" UTC"):
        text = text[:-4] + "+00:00"
    if len(text) > 5 and text[-5] in "+-" and text[-3] != ":":  # Jira's +0000
        text = text[:-2] + ":" + text[-2:]
    try:
        parsed = parse_datetime(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed is not None and parsed.tzinfo is not None else None


def _day(value: object) -> date | None:
    try:
        return parse_date(_str(value)[:10])
    except ValueError:
        return None


def _user(user: object) -> tuple[list[str], list[str]]:
    data = _dict(user)
    email = _str(data.get("email")) or _str(data.get("emailAddress"))
    login = _str(data.get("login")) or _str(data.get("username"))
    return ([email] if "@" in email else []), ([login] if login else [])


def _users(users: object) -> tuple[list[str], list[str]]:
    emails: list[str] = []
    logins: list[str] = []
    for user in users if isinstance(users, list) else []:
        found = _user(user)
        emails += found[0]
        logins += found[1]
    return emails, logins


def event_type(kind: str, headers: Mapping[str, str], payload: Mapping[str, Any]) -> str:
    """Return the event's type as stored, e.g. "issues.closed", "Issue Hook.close"."""
    if kind == "github":
        name = headers.get("X-GitHub-Event", "")
        action = _str(payload.get("action"))
        return f"{name}.{action}" if action else name
    if kind == "gitlab":
        action = _str(_dict(payload.get("object_attributes")).get("action"))
        name = headers.get("X-Gitlab-Event", "") or _str(payload.get("object_kind"))
        return f"{name}.{action}" if action else name
    return _str(payload.get("webhookEvent"))


def delivery_id(kind: str, headers: Mapping[str, str], body: bytes, payload: Mapping) -> str:
    """Return the tracker's id of this delivery (the same on a retry), else the body's hash."""
    if kind == "github":
        given = headers.get("X-GitHub-Delivery", "")
    elif kind == "gitlab":
        given = headers.get("Idempotency-Key", "") or headers.get("X-Gitlab-Event-UUID", "")
    else:
        given = headers.get("X-Atlassian-Webhook-Identifier", "")
        issue = _dict(payload.get("issue"))
        if given and payload.get("timestamp") is not None:
            given = f"{given}:{payload.get('timestamp')}"
        elif not given and payload.get("timestamp") is not None and issue.get("id") is not None:
            given = f"{payload.get('webhookEvent')}:{issue.get('id')}:{payload.get('timestamp')}"
    given = given.strip()[:200]
    return given or "sha256:" + hashlib.sha256(body).hexdigest()


def _github(payload: Mapping[str, Any]) -> IssueChange:
    issue = _dict(payload.get("issue"))
    repository = _str(_dict(payload.get("repository")).get("full_name"))
    number = issue.get("number")
    if not repository or not isinstance(number, int):
        raise PayloadError("The event names no repository and issue number.")
    closed = issue.get("state") == "closed"
    if payload.get("action") == "deleted" or (
        closed and issue.get("state_reason") == "not_planned"
    ):
        status = "cancelled"
    else:
        status = "done" if closed else "open"
    emails, logins = _users(issue.get("assignees"))
    return IssueChange(
        key=f"{repository}#{number}",
        title=_str(issue.get("title")),
        status=status,
        url=_str(issue.get("html_url")),
        description=_str(issue.get("body")) if "body" in issue else None,
        labels=[_str(_dict(label).get("name")) for label in issue.get("labels") or []],
        assigned="assignees" in issue,
        assignee_emails=emails,
        assignee_logins=logins,
        updated_at=_when(issue.get("updated_at")),
    )


def _gitlab(payload: Mapping[str, Any]) -> IssueChange:
    attributes = _dict(payload.get("object_attributes"))
    project = _str(_dict(payload.get("project")).get("path_with_namespace"))
    number = attributes.get("iid")
    if not project or not isinstance(number, int):
        raise PayloadError("The event names no project and issue iid.")
    emails, logins = _users(payload.get("assignees"))
    return IssueChange(
        key=f"{project}#{number}",
        title=_str(attributes.get("title")),
        status="done" if attributes.get("state") == "closed" else "open",
        kind="task" if _str(attributes.get("type")).lower() == "task" else "story",
        url=_str(attributes.get("url")),
        description=_str(attributes.get("description")) if "description" in attributes else None,
        labels=[_str(_dict(label).get("title")) for label in payload.get("labels") or []],
        assigned=True,
        assignee_emails=emails,
        assignee_logins=logins,
        due_on=_day(attributes.get("due_date")),
        updated_at=_when(attributes.get("updated_at")),
    )


def _jira_url(issue: Mapping[str, Any], key: str) -> str:
    api = _str(issue.get("self"))
    base, found, _ = api.partition("/rest/api/")
    return f"{base}/browse/{key}" if found and base.startswith("http") else ""


def _jira(payload: Mapping[str, Any]) -> IssueChange:
    issue = _dict(payload.get("issue"))
    fields = _dict(issue.get("fields"))
    key = _str(issue.get("key"))
    if not key:
        raise PayloadError("The event names no issue key.")
    issuetype = _dict(fields.get("issuetype"))
    kind = JIRA_KINDS.get(_str(issuetype.get("name")).lower(), "task")
    if issuetype.get("subtask") is True:
        kind = "subtask"
    category = _str(_dict(_dict(fields.get("status")).get("statusCategory")).get("key"))
    deleted = payload.get("webhookEvent") == "jira:issue_deleted"
    emails, logins = _user(fields.get("assignee"))
    return IssueChange(
        key=key,
        title=_str(fields.get("summary")),
        status="cancelled" if deleted else JIRA_STATUS.get(category, "todo"),
        kind=kind,
        url=_jira_url(issue, key),
        description=_str(fields.get("description")) if "description" in fields else None,
        labels=[_str(label) for label in fields.get("labels") or []],
        assigned="assignee" in fields,
        assignee_emails=emails,
        assignee_logins=logins,
        due_on=_day(fields.get("duedate")),
        updated_at=_when(fields.get("updated")),
        parent_key=jira.parent_key(payload, fields),
        sprint=jira.sprint(payload, fields),
        points=jira.story_points(payload, fields),
    )


def merged_jira_keys(kind: str, headers: Mapping[str, str], payload: Mapping[str, Any]):
    """Return the Jira keys a merged GitHub pull request names in its title or branch.

    None when the event is not a merged pull request. Only the title and the branch count: a
    description often mentions related issues that the change does not finish.
    """
    if kind != "github" or headers.get("X-GitHub-Event") != "pull_request":
        return None
    pull = _dict(payload.get("pull_request"))
    if payload.get("action") != "closed" or pull.get("merged") is not True:
        return None
    found = JIRA_KEY_IN_TITLE.findall(_str(pull.get("title")))
    found += JIRA_KEY_IN_BRANCH.findall(_str(_dict(pull.get("head")).get("ref")))
    return list(dict.fromkeys(f"{project.upper()}-{number}" for project, number in found))


def issue_change(kind: str, headers: Mapping[str, str], payload: Mapping[str, Any]):
    """Return the IssueChange an event carries, or None for an event type Cairn ignores."""
    if kind == "github":
        handled = headers.get("X-GitHub-Event") == "issues"
        handled = handled and payload.get("action") in GITHUB_ACTIONS
        return _github(payload) if handled else None
    if kind == "gitlab":
        action = _dict(payload.get("object_attributes")).get("action")
        handled = headers.get("X-Gitlab-Event") in GITLAB_EVENTS and action in GITLAB_ACTIONS
        return _gitlab(payload) if handled else None
    if kind == "jira":
        return _jira(payload) if payload.get("webhookEvent") in JIRA_EVENTS else None
    return None
