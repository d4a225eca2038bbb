"""GET /api/v1/people/{id}/data: the person themself or an admin; another organisation 404."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.okrs.services import check_in_record


def url(person) -> str:
    return f"/api/v1/people/{person.pk}/data"


def test_the_person_reads_their_own_data(world, api) -> None:
    response = api["member"].get(url(world.member))
    assert response.status_code == 200
    data = response.json()
    assert data["account"]["email"] == "member@acme.test"
    assert [t["name"] for t in data["api_tokens"]] == ["test"]


@pytest.mark.parametrize(("persona", "status"), [("admin", 200), ("lead", 403), ("viewer", 403)])
def test_only_admins_read_someone_elses(world, api, persona, status) -> None:
    assert api[persona].get(url(world.member)).status_code == status


def test_another_organisation_is_not_found(world, api) -> None:
    assert api["outsider"].get(url(world.member)).status_code == 404
    assert api["admin"].get(url(world.outsider)).status_code == 404
    assert api["admin"].get("/api/v1/people/99999999999999999999/data").status_code in (404, 422)


def test_the_query_count_stays_put(world, kr, api) -> None:
    check_in_record(key_result=kr, author=world.member, value=17)
    api["admin"].get(url(world.member))
    with CaptureQueriesContext(connection) as small:
        api["admin"].get(url(world.member))
    for value in range(8):
        check_in_record(key_result=kr, author=world.member, value=value)
    with CaptureQueriesContext(connection) as large:
        api["admin"].get(url(world.member))
    assert len(large) == len(small)
