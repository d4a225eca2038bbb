"""What a Jira issue event says about the issue's parent, sprint and story points.

Jira names these fields differently per site (custom field ids), so they are read by the shape
Jira gives them and by the changelog, which names the field a change touched:

- parent: `fields.parent.key` (Jira Cloud: epics and sub-tasks alike), or a changelog entry for
  "Parent", "IssueParentAssociation" or "Epic Link" (Jira Server's epic link);
- sprint: the custom field whose value is a list of sprints (`{id, name, state, boardId, …}` on
  Cloud, `com.atlassian.greenhopper…Sprint@…[…,name=…]` strings on Server); the issue's sprint is
  its active one, else its last future one. A changelog "Sprint" entry emptied clears it;
- story points: a changelog "Story Points" / "Story point estimate" entry (sets or clears), else
  Jira Cloud's "Story point estimate" field `customfield_10016` when it holds a number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.dateparse import parse_date

PARENT_FIELDS = {"parent", "issueparentassociation", "epic link"}
POINTS_FIELDS = {"story points", "story point estimate"}
CLOUD_POINTS_FIELD = "customfield_10016"
KEY = re.compile(r"^[A-Z][A-Z0-9_]*-[0-9]+$")
SERVER_SPRINT = re.compile(r"\[(?:.*,)?state=([A-Z]+),name=(.*?),(?:startDate|goal|sequence)=")
NOT_SAID = object()


@dataclass(frozen=True)
class JiraSprint:
    """The sprint an issue is in, as Jira describes it."""

    name: str
    starts_on: date | None = None
    ends_on: date | None = None
    goal: str = ""


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _changes(payload: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    changelog = payload.get("changelog")
    items = changelog.get("items") if isinstance(changelog, Mapping) else None
    return [item for item in items or [] if isinstance(item, Mapping)]


def _changed(payload: Mapping[str, Any], names: set[str]) -> Mapping[str, Any] | None:
    """Return the last changelog entry for one of the field names (lower case), or None."""
    found = None
    for item in _changes(payload):
        if _str(item.get("field")).lower() in names:
            found = item
    return found


def parent_key(payload: Mapping[str, Any], fields: Mapping[str, Any]) -> str | None:
    """Return the parent's key, "" when the event clears it, None when it does not say."""
    parent = fields.get("parent")
    if isinstance(parent, Mapping) and KEY.match(_str(parent.get("key"))):
        return _str(parent.get("key"))
    change = _changed(payload, PARENT_FIELDS)
    if change is None:
        return None
    to = _str(change.get("toString")).strip()
    if KEY.match(to):
        return to
    return "" if not change.get("to") and not to else None


def _day(value: object) -> date | None:
    try:
        return parse_date(_str(value)[:10])
    except ValueError:
        return None


def _sprints(value: object) -> list[tuple[str, JiraSprint]] | None:
    """Return [(state, sprint)] when the value has the shape of Jira's sprint field, else None."""
    if not isinstance(value, list) or not value:
        return None
    found = []
    for entry in value:
        if isinstance(entry, Mapping) and "boardId" in entry and _str(entry.get("name")):
            sprint = JiraSprint(
                name=_str(entry.get("name")).strip()[:100],
                starts_on=_day(entry.get("startDate")),
                ends_on=_day(entry.get("endDate")),
                goal=_str(entry.get("goal"))[:5000],
            )
            found.append((_str(entry.get("state")).lower(), sprint))
        elif isinstance(entry, str) and (match := SERVER_SPRINT.search(entry)):
            found.append((match.group(1).lower(), JiraSprint(name=match.group(2).strip()[:100])))
        else:
            return None
    return found


def sprint(payload: Mapping[str, Any], fields: Mapping[str, Any]) -> object:
    """Return the issue's open JiraSprint, None when it is in none, NOT_SAID when unknown.

    An issue whose sprints are all closed is NOT_SAID: the item stays where it is (a story done
    in a closed sprint keeps that sprint).
    """
    for name, value in fields.items():
        if not name.startswith("customfield_"):
            continue
        found = _sprints(value)
        if found is None:
            continue
        active = [s for state, s in found if state == "active"]
        future = [s for state, s in found if state == "future"]
        return (active or future or [NOT_SAID])[-1]
    change = _changed(payload, {"sprint"})
    if change is None:
        return NOT_SAID
    names = [n.strip() for n in _str(change.get("toString")).split(",") if n.strip()]
    return JiraSprint(name=names[-1][:100]) if names else None


def _points(value: object) -> Decimal | None:
    if isinstance(value, bool) or value in (None, ""):
        return None
    try:
        result = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return result if result.is_finite() else None


def story_points(payload: Mapping[str, Any], fields: Mapping[str, Any]) -> object:
    """Return the story points (a Decimal, or None to clear), or NOT_SAID."""
    change = _changed(payload, POINTS_FIELDS)
    if change is not None:
        raw = change.get("toString") if change.get("toString") not in (None, "") else None
        return _points(raw) if raw is not None else None
    value = _points(fields.get(CLOUD_POINTS_FIELD))
    return value if value is not None else NOT_SAID
