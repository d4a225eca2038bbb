"""Every list endpoint answers in a fixed number of queries, whatever the page size or data."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.accounts.services import invitation_create
from cairn.okrs.models import CheckIn, Initiative, KeyResult
from tests.api.conftest import client_for
from tests.factories import CycleFactory, MembershipFactory, ObjectiveFactory, PersonFactory

LISTS = [
    "/api/v1/cycles",
    "/api/v1/teams",
    "/api/v1/people",
    "/api/v1/objectives",
    "/api/v1/objectives?status=off_track",
    "/api/v1/key-results",
    "/api/v1/key-results?status=off_track",
    "/api/v1/key-results/{kr}/check-ins",
    "/api/v1/initiatives",
    "/api/v1/webhooks",
    "/api/v1/invitations",
]


def grow(world, kr, n: int) -> None:
    """Add n of everything the lists show."""
    for i in range(n):
        CycleFactory(organisation=world.organisation)
        person = PersonFactory(organisation=world.organisation)
        MembershipFactory(team=world.team, person=person)
        objective = ObjectiveFactory(cycle=world.cycle, owner=person, team=world.team)
        other = KeyResult.objects.create(
            organisation=world.organisation,
            objective=objective,
            title=f"KR {i}",
            start=0,
            target=10,
        )
        CheckIn.objects.create(
            organisation=world.organisation,
            key_result=kr,
            author=world.member,
            checked_in_at=kr.created_at,
            value=10 + i,
            confidence=5,
        )
        initiative = Initiative.objects.create(organisation=world.organisation, title=f"I {i}")
        initiative.key_results.set([kr, other])
        invitation_create(
            organisation=world.organisation, actor=world.admin, email=f"invited{i}@acme.test"
        )


def count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries)


@pytest.mark.parametrize(
    ("url", "persona"),
    [
        (url, persona)
        for url in LISTS
        for persona in ("admin", "member")
        if persona == "admin" or not ("webhooks" in url or "invitations" in url)
    ],  # webhooks and invitations are admin-only
)
def test_list_queries_do_not_grow(world, kr, url, persona):
    client = client_for(getattr(world, persona))
    url = url.format(kr=kr.pk)
    joiner = "&" if "?" in url else "?"
    grow(world, kr, 3)
    client.get(url)  # the token's first use is recorded once
    small = count(client, f"{url}{joiner}limit=2")
    grow(world, kr, 12)
    assert count(client, f"{url}{joiner}limit=2") == small
    assert count(client, f"{url}{joiner}limit=200") == small
