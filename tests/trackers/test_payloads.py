"""Reading deliveries without the database: ids, times and signatures of each tracker."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from cairn.trackers.payloads import _when, delivery_id, event_type, issue_change
from cairn.trackers.signatures import sign, signed
from tests.trackers.conftest import payload


def test_delivery_ids_come_from_each_trackers_header_else_the_body():
    body = b"{}"
    assert delivery_id("github", {"X-GitHub-Delivery": "d-1"}, body, {}) == "d-1"
    gitlab = {"X-Gitlab-Event-UUID": "u-1", "Idempotency-Key": "k-1"}
    assert delivery_id("gitlab", gitlab, body, {}) == "k-1"  # the same on GitLab's retries
    assert delivery_id("gitlab", {"X-Gitlab-Event-UUID": "u-1"}, body, {}) == "u-1"
    jira = payload("jira_issue_updated")
    headers = {"X-Atlassian-Webhook-Identifier": "w-1"}
    assert delivery_id("jira", headers, body, jira) == "w-1:1773158400000"
    assert delivery_id("jira", {}, body, jira) == "jira:issue_updated:10002:1773158400000"
    assert delivery_id("github", {}, body, {}) == "sha256:" + hashlib.sha256(body).hexdigest()
    assert len(delivery_id("github", {"X-GitHub-Delivery": "x" * 500}, body, {})) == 200


def test_times_in_each_trackers_format_are_read_as_aware_datetimes():
    expected = datetime(2013, 12, 3, 17, 23, 34, tzinfo=UTC)
    assert _when("2013-12-03T17:23:34Z") == expected
    assert _when("2013-12-03 17:23:34 UTC") == expected
    assert _when("2013-12-03T18:23:34.000+0100") == expected
    assert _when("2013-12-03T17:23:34") is None  # no zone: not comparable
    assert (
        _when("not a date") is None and _when(None) is None and _when("2013-13-45T00:00Z") is None
    )


def test_event_types_name_the_action():
    closed = payload("github_issues_closed")
    assert event_type("github", {"X-GitHub-Event": "issues"}, closed) == "issues.closed"
    gitlab = payload("gitlab_issue_close")
    assert event_type("gitlab", {"X-Gitlab-Event": "Issue Hook"}, gitlab) == "Issue Hook.close"
    jira = payload("jira_issue_updated")
    assert event_type("jira", {}, jira) == "jira:issue_updated"


def test_only_issue_events_are_read():
    closed = payload("github_issues_closed")
    assert issue_change("github", {"X-GitHub-Event": "issue_comment"}, closed) is None
    closed["action"] = "pinned"
    assert issue_change("github", {"X-GitHub-Event": "issues"}, closed) is None
    note = payload("gitlab_issue_close")
    assert issue_change("gitlab", {"X-Gitlab-Event": "Note Hook"}, note) is None
    assert issue_change("jira", {}, {"webhookEvent": "comment_created"}) is None


def test_signatures_of_each_tracker():
    body = b'{"a": 1}'
    good = sign("s3cret", body)
    assert signed("github", "s3cret", body, {"X-Hub-Signature-256": good}, "")
    assert signed("github", "s3cret", body, {"X-Hub-Signature-256": good.upper()}, "")
    assert not signed("github", "s3cret", body + b" ", {"X-Hub-Signature-256": good}, "")
    assert not signed("github", "s3cret", body, {"X-Hub-Signature": good}, "")  # SHA-1's header
    assert signed("gitlab", "s3cret", body, {"X-Gitlab-Token": "s3cret"}, "")
    assert not signed("gitlab", "s3cret", body, {"X-Gitlab-Token": "s3cre"}, "")
    assert signed("jira", "s3cret", body, {"X-Hub-Signature": good}, "")
    assert signed("jira", "s3cret", body, {}, "s3cret")
    assert not signed("jira", "s3cret", body, {"X-Hub-Signature": "sha256=00"}, "s3cret")
    assert not signed("github", "", body, {"X-Hub-Signature-256": sign("", body)}, "")
