"""Cycle export downloads: the same bytes as `cairn export`, only what the person may see."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.okrs.models import Visibility
from tests.factories import CycleFactory, KeyResultFactory, ObjectiveFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def url(cycle, fmt: str) -> str:
    return reverse("cycle_export", args=[cycle.pk, fmt])


def cli_export(cycle, fmt: str, email: str) -> str:
    out = io.StringIO()
    call_command(
        "export", "--cycle", cycle.name, "--org", "acme", "--as", email, "--format", fmt,
        stdout=out,
    )  # fmt: skip
    return out.getvalue()


@pytest.fixture
def cycle(world):
    """Return the world's cycle with a public objective, a private one and a few key results."""
    KeyResultFactory(objective=world.objective, title="Cut first reply from 18 to 4 hours")
    secret = ObjectiveFactory(
        cycle=world.cycle, owner=world.admin, title="Quietly buy a rival ünïcode",
        visibility=Visibility.PRIVATE,
    )  # fmt: skip
    KeyResultFactory(objective=secret, title="Sign the term sheet")
    return world.cycle


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [
        ("md", "text/markdown; charset=utf-8"),
        ("json", "application/json; charset=utf-8"),
        ("csv", "text/csv; charset=utf-8"),
    ],
)
def test_each_format_downloads_as_a_named_utf8_file(world, client_for, cycle, fmt, content_type):
    response = client_for(world.admin).get(url(cycle, fmt))
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == f'attachment; filename="acme-q3.{fmt}"'
    assert "Quietly buy a rival ünïcode" in response.content.decode("utf-8")


def test_the_formats_read_back(world, client_for, cycle):
    client = client_for(world.admin)
    markdown = client.get(url(cycle, "md")).content.decode()
    assert markdown.startswith("<!-- cairn:okrs v1 -->\n# Cycle: Q3\n")
    data = json.loads(client.get(url(cycle, "json")).content)
    assert data["cycle"] == "Q3" and len(data["objectives"]) == 2
    rows = list(csv.DictReader(io.StringIO(client.get(url(cycle, "csv")).content.decode())))
    assert [r["level"] for r in rows] == ["objective", "key_result", "objective", "key_result"]


@pytest.mark.parametrize("fmt", ["md", "json", "csv"])
@pytest.mark.parametrize("persona", ["admin", "member", "viewer"])
def test_the_download_is_byte_identical_to_the_command(world, client_for, cycle, fmt, persona):
    person = getattr(world, persona)
    response = client_for(person).get(url(cycle, fmt))
    assert response.content == cli_export(cycle, fmt, person.user.email).encode("utf-8")


def test_a_person_exports_only_what_they_may_see(world, client_for, cycle):
    seen_by_admin = client_for(world.admin).get(url(cycle, "md")).content.decode()
    seen_by_viewer = client_for(world.viewer).get(url(cycle, "md")).content.decode()
    assert "Quietly buy a rival" in seen_by_admin and "Sign the term sheet" in seen_by_admin
    assert (
        "Quietly buy a rival" not in seen_by_viewer and "Sign the term sheet" not in seen_by_viewer
    )
    assert "Make support feel effortless" in seen_by_viewer


def test_an_unknown_format_is_not_found(world, client_for, cycle):
    client = client_for(world.admin)
    assert client.get(url(cycle, "xlsx")).status_code == 404
    assert client.get(f"/cycles/{cycle.pk}/export.").status_code == 404


def test_another_organisations_cycle_is_not_found(world, client_for, cycle):
    assert client_for(world.outsider).get(url(cycle, "md")).status_code == 404
    elsewhere = CycleFactory(organisation=OrganisationFactory(), name="Q1")
    assert client_for(world.admin).get(url(elsewhere, "md")).status_code == 404
    assert (
        client_for(world.admin).get(reverse("cycle_export", args=[999999, "md"])).status_code == 404
    )


def test_signing_in_is_required(world, client, cycle):
    response = client.get(url(cycle, "md"))
    assert response.status_code == 302 and "sign-in" in response["Location"]


def test_only_get_is_allowed(world, client_for, cycle):
    assert client_for(world.admin).post(url(cycle, "md")).status_code == 405


def test_a_cycle_name_without_letters_still_gets_a_filename(world, client_for):
    odd = CycleFactory(organisation=world.organisation, name="—")
    response = client_for(world.admin).get(url(odd, "csv"))
    assert response["Content-Disposition"] == f'attachment; filename="acme-cycle-{odd.pk}.csv"'


def test_query_count_does_not_grow_with_the_objectives(world, client_for, cycle, add_objectives):
    client = client_for(world.admin)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url(cycle, "md")).status_code == 200
        return len(captured.captured_queries)

    few = queries()
    add_objectives(10)
    assert queries() == few


@pytest.mark.parametrize(("persona", "paste"), [("viewer", False), ("member", True)])
def test_the_text_links_block_offers_paste_only_to_writers(world, rf, cycle, persona, paste):
    request = rf.get("/")
    request.person = getattr(world, persona)
    html = render_to_string("web/paste/_text_links.html", {"cycle": cycle}, request=request)
    assert reverse("cycle_export", args=[cycle.pk, "csv"]) in html
    assert (reverse("paste", args=[cycle.pk]) in html) is paste
