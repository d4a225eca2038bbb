"""The first-run guide on My week: three steps per role while the organisation has no objective."""

from __future__ import annotations

import pytest

from cairn.okrs.models import CycleState
from tests.factories import CycleFactory, ObjectiveFactory, OrganisationFactory, PersonFactory

HEADING = "Getting started with"


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Fresh Start")


def _page(client_for, organisation, role: str) -> str:
    person = PersonFactory(organisation=organisation, role=role)
    response = client_for(person).get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_an_admin_of_a_new_organisation_is_shown_every_step_with_links(organisation, client_for):
    page = _page(client_for, organisation, "admin")
    assert f"{HEADING} Fresh Start" in page
    assert 'href="/cycles/"' in page and 'href="/invitations/"' in page
    assert "Once a cycle exists, paste the OKRs" in page  # no cycle yet: no paste link


def test_a_member_can_paste_but_is_told_who_creates_cycles_and_invites(organisation, client_for):
    cycle = CycleFactory(organisation=organisation, state=CycleState.PLANNING, name="Q3 plan")
    page = _page(client_for, organisation, "member")
    assert HEADING in page
    assert f'href="/cycles/{cycle.pk}/paste/"' in page
    assert "Q3 plan is ready for OKRs." in page
    assert 'href="/invitations/"' not in page
    assert "Ask an admin to invite your colleagues." in page


def test_a_viewer_is_told_what_others_do_and_gets_no_write_links(organisation, client_for):
    CycleFactory(organisation=organisation)
    page = _page(client_for, organisation, "viewer")
    assert HEADING in page
    assert "/paste/" not in page and 'href="/invitations/"' not in page
    assert "Members write the OKRs" in page


def test_the_paste_link_prefers_the_active_cycle(organisation, client_for):
    CycleFactory(organisation=organisation, state=CycleState.PLANNING)
    active = CycleFactory(organisation=organisation, state=CycleState.ACTIVE)
    CycleFactory(organisation=organisation, state=CycleState.CLOSED)
    page = _page(client_for, organisation, "admin")
    assert f'href="/cycles/{active.pk}/paste/"' in page


@pytest.mark.parametrize("role", ["admin", "member", "viewer"])
def test_the_guide_is_gone_once_an_objective_exists(organisation, client_for, role):
    ObjectiveFactory(cycle=CycleFactory(organisation=organisation))
    assert HEADING not in _page(client_for, organisation, role)


def test_another_organisations_objectives_do_not_hide_the_guide(organisation, client_for):
    ObjectiveFactory()  # in an organisation of its own
    assert HEADING in _page(client_for, organisation, "admin")


def test_the_organisation_name_is_escaped(db, client_for):
    organisation = OrganisationFactory(name='<script>alert("x")</script>')
    page = _page(client_for, organisation, "admin")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


def test_query_count_stays_put_with_more_cycles_and_people(
    organisation, client_for, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    admin = PersonFactory(organisation=organisation, role="admin")
    client = client_for(admin)
    CycleFactory(organisation=organisation)
    client.get("/")
    with CaptureQueriesContext(connection) as before:
        client.get("/")
    for _ in range(5):
        CycleFactory(organisation=organisation, state=CycleState.PLANNING)
        PersonFactory(organisation=organisation)
    with django_assert_num_queries(len(before.captured_queries)):
        page = client.get("/").content.decode()
    assert HEADING in page
