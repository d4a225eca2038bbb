"""The design page (/design/): admins, staff and DEBUG see every component; others get a 404."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ObjectiveFactory, PersonFactory

URL = "/design/"
COMPONENTS = (
    'class="page-header"',
    'class="button button--primary"',
    "button--danger",
    "button--ghost",
    'class="card',
    "badge pace pace--no_check_in",
    'class="progress',
    'class="avatar',
    "table-scroll",
    'class="tree-table"',
    "tree-row__details",
    'class="field field--error"',
    'class="empty-state"',
    'class="toast toast--success"',
    'class="tooltip"',
    'class="actions-menu',
    'class="modal"',
)


def test_an_admin_sees_every_component(world, client):
    client.force_login(world.admin.user)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    missing = [component for component in COMPONENTS if component not in html]
    assert missing == []


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_it_is_hidden_from_everyone_else(world, client, persona):
    client.force_login(getattr(world, persona).user)
    response = client.get(URL)
    assert response.status_code == 404
    assert b"We couldn't find that page" in response.content


def test_a_staff_user_sees_it_whatever_their_role(world, client):
    world.member.user.is_staff = True
    world.member.user.save(update_fields=["is_staff"])
    client.force_login(world.member.user)
    assert client.get(URL).status_code == 200


def test_debug_opens_it_to_every_member(world, client, settings):
    settings.DEBUG = True
    client.force_login(world.viewer.user)
    assert client.get(URL).status_code == 200


def test_signed_out_visitors_are_sent_to_sign_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/sign-in/")


def test_the_outsiders_page_shows_their_own_name_not_ours(world, client):
    client.force_login(world.outsider.user)
    html = client.get(URL).content.decode()
    assert world.outsider.name in html
    assert world.admin.name not in html and "Acme" not in html


def test_it_escapes_the_persons_name(world, client):
    world.admin.user.first_name = "<script>alert(1)</script>"
    world.admin.user.save(update_fields=["first_name"])
    client.force_login(world.admin.user)
    html = client.get(URL).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def queries_for(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_its_query_count_does_not_grow_with_the_organisation(world, client):
    client.force_login(world.admin.user)
    small = queries_for(client)
    for _ in range(15):
        person = PersonFactory(organisation=world.organisation)
        ObjectiveFactory(cycle=world.cycle, owner=person)
    assert queries_for(client) == small
