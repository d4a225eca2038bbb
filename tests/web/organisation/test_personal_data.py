"""Personal data screens: download (self or admin), the erase confirmation (admins)."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.okrs.services import check_in_record
from cairn.organisations.models import Person


def data_url(person) -> str:
    return f"/people/{person.pk}/data.json"


def test_a_person_downloads_their_own_data_from_their_settings(world, client_for) -> None:
    client = client_for(world.member)
    page = client.get("/settings/personal-data/").content.decode()
    assert data_url(world.member) in page
    response = client.get(data_url(world.member))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert json.loads(response.content)["account"]["email"] == "member@acme.test"


@pytest.mark.parametrize(("persona", "status"), [("admin", 200), ("lead", 403), ("viewer", 403)])
def test_only_admins_download_someone_elses_data(world, client_for, persona, status) -> None:
    assert client_for(getattr(world, persona)).get(data_url(world.member)).status_code == status


def test_another_organisations_person_is_not_found(world, client_for) -> None:
    assert client_for(world.outsider).get(data_url(world.member)).status_code == 404
    assert client_for(world.outsider).get(f"/people/{world.member.pk}/erase/").status_code == 404
    assert client_for(world.admin).get(data_url(world.outsider)).status_code == 404


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_download_takes_the_same_queries_for_more_data(world, kr, client_for) -> None:
    client = client_for(world.admin)
    check_in_record(key_result=kr, author=world.member, value=17)
    small = queries_for(client, data_url(world.member))
    for value in range(10):
        check_in_record(key_result=kr, author=world.member, value=value, note="n")
    assert queries_for(client, data_url(world.member)) == small


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_see_and_use_the_erase_page(world, client_for, persona) -> None:
    client = client_for(getattr(world, persona))
    assert client.get(f"/people/{world.lead.pk}/erase/").status_code == 403
    assert client.post(f"/people/{world.lead.pk}/erase/", {"confirm": "on"}).status_code == 403
    assert Person.objects.get(pk=world.lead.pk).is_active


def test_the_admin_confirms_then_the_person_is_erased(world, client_for) -> None:
    client = client_for(world.admin)
    page = client.get(f"/people/{world.member.pk}/erase/").content.decode()
    assert "Former member" in page and "Kept, so the history stays consistent" in page
    unconfirmed = client.post(f"/people/{world.member.pk}/erase/", {})
    assert unconfirmed.status_code == 400 and "Tick the box" in unconfirmed.content.decode()
    assert get_user_model().objects.get(pk=world.member.user_id).email == "member@acme.test"
    done = client.post(f"/people/{world.member.pk}/erase/", {"confirm": "on"}, follow=True)
    assert done.status_code == 200 and "Former member" in done.content.decode()
    again = client.post(f"/people/{world.member.pk}/erase/", {"confirm": "on"}, follow=True)
    assert "erased already" in again.content.decode()


def test_a_refused_erasure_is_explained_on_the_page(world, client_for) -> None:
    response = client_for(world.admin).post(f"/people/{world.admin.pk}/erase/", {"confirm": "on"})
    assert response.status_code == 400 and "another admin" in response.content.decode()


def test_names_are_escaped_on_the_erase_page(world, client_for) -> None:
    user = world.member.user
    user.first_name, user.last_name = "<script>alert(1)</script>", "<b>x</b>"
    user.save()
    page = client_for(world.admin).get(f"/people/{world.member.pk}/erase/").content.decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    own = client_for(world.member).get("/settings/personal-data/").content.decode()
    assert "<script>alert(1)</script>" not in own
