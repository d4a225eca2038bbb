"""People and teams: the lists, roles, managers, the team tree and memberships, per role."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.organisations.models import Team, TeamMembership
from tests.factories import MembershipFactory, ObjectiveFactory, PersonFactory, TeamFactory

NON_ADMINS = ["lead", "member", "viewer"]


def test_the_people_list_shows_roles_managers_and_teams(world, client_for):
    world.member.manager = world.lead
    world.member.save()
    html = client_for(world.viewer).get(reverse("people")).content.decode()
    assert world.member.name in html and world.lead.name in html and "Support" in html
    assert "Import from CSV" not in html
    assert world.outsider.name not in html


def test_the_people_list_shows_each_persons_avatar(world, client_for):
    """The people list was names only; the board shows each owner's initials on a colour."""
    PersonFactory(
        organisation=world.organisation, user__first_name="<b>Zoë</b>", user__last_name="O'Brien"
    )
    html = client_for(world.viewer).get(reverse("people")).content.decode()
    assert html.count('class="avatar avatar--') >= 5  # the four personas and the new person
    assert '<span class="avatar avatar--' in html and f">{world.admin.name}</span>" in html
    assert "&lt;b&gt;Zoë&lt;/b&gt; O&#x27;Brien" in html and "<b>Zoë" not in html


def test_the_people_list_searches(world, client_for):
    html = client_for(world.admin).get(reverse("people") + "?q=viewer@").content.decode()
    assert world.viewer.user.email in html and world.member.user.email not in html


def test_the_people_list_finds_a_full_name(world, client_for):
    """Each word typed matches a name or the email: "Tom Smith" and "Tom S" find Tom Smith."""
    tom = PersonFactory(
        organisation=world.organisation, user__first_name="Tom", user__last_name="Smith"
    )
    PersonFactory(organisation=world.organisation, user__first_name="Tom", user__last_name="Hardy")
    client = client_for(world.admin)
    for typed in ("Tom Smith", "Tom S", "smith tom"):
        html = client.get(reverse("people"), {"q": typed}).content.decode()
        assert tom.user.email in html and "Hardy" not in html, typed
    assert tom.user.email not in client.get(reverse("people"), {"q": "Tom Zed"}).content.decode()


def test_people_list_query_count_does_not_grow(world, client_for):
    client = client_for(world.admin)
    client.get(reverse("people"))
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("people"))
    for _ in range(25):
        person = PersonFactory(organisation=world.organisation, manager=world.lead)
        MembershipFactory(team=world.team, person=person)
        MembershipFactory(team=world.company, person=person)
    with CaptureQueriesContext(connection) as large:
        client.get(reverse("people"))
    assert len(large) == len(small)


def test_teams_list_query_count_does_not_grow(world, client_for):
    client = client_for(world.admin)
    client.get(reverse("teams"))
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("teams"))
    for _ in range(10):
        TeamFactory(organisation=world.organisation, parent=world.team)
    with CaptureQueriesContext(connection) as large:
        client.get(reverse("teams"))
    assert len(large) == len(small)


def test_an_admin_changes_a_role_and_manager(world, client_for):
    url = reverse("person_edit", args=[world.member.pk])
    data = {"role": "viewer", "manager": world.lead.pk}
    assert client_for(world.admin).post(url, data).status_code == 302
    world.member.refresh_from_db()
    assert (world.member.role, world.member.manager) == ("viewer", world.lead)


def test_a_manager_loop_is_refused(world, client_for):
    world.lead.manager = world.member
    world.lead.save()
    url = reverse("person_edit", args=[world.member.pk])
    response = client_for(world.admin).post(url, {"role": "member", "manager": world.lead.pk})
    assert response.status_code == 400
    assert "cannot report to themselves" in response.content.decode()


def test_the_last_admin_keeps_their_role(world, client_for):
    url = reverse("person_edit", args=[world.admin.pk])
    response = client_for(world.admin).post(url, {"role": "member"})
    assert response.status_code == 400
    assert "at least one admin" in response.content.decode()


def test_a_manager_from_another_organisation_is_refused(world, client_for):
    url = reverse("person_edit", args=[world.member.pk])
    data = {"role": "member", "manager": world.outsider.pk}
    assert client_for(world.admin).post(url, data).status_code == 400


@pytest.mark.parametrize("persona", NON_ADMINS)
def test_only_admins_edit_people_and_teams(world, client_for, persona):
    client = client_for(getattr(world, persona))
    assert client.get(reverse("person_edit", args=[world.member.pk])).status_code == 403
    assert client.post(reverse("teams"), {"name": "Rogue"}).status_code == 403
    assert client.get(reverse("team_edit", args=[world.team.pk])).status_code == 403
    assert client.post(reverse("team_delete", args=[world.team.pk])).status_code == 403
    members_url = reverse("team_member_set", args=[world.team.pk])
    assert client.post(members_url, {"person": world.viewer.user.email}).status_code == 403
    assert client.get(reverse("people_import")).status_code == 403
    assert not Team.objects.filter(name="Rogue").exists()


def test_another_organisations_people_and_teams_are_not_found(world, client_for):
    outsider = client_for(world.outsider)
    assert outsider.get(reverse("person_edit", args=[world.member.pk])).status_code == 404
    assert outsider.get(reverse("team_edit", args=[world.team.pk])).status_code == 404
    assert outsider.post(reverse("team_delete", args=[world.team.pk])).status_code == 404


def test_an_admin_creates_a_team_under_another(world, client_for):
    data = {"name": "Billing", "parent": world.company.pk}
    response = client_for(world.admin).post(reverse("teams"), data)
    team = Team.objects.get(organisation=world.organisation, name="Billing")
    assert response["Location"] == reverse("team", args=[team.pk])
    assert team.parent == world.company


def test_a_team_needs_a_name(world, client_for):
    response = client_for(world.admin).post(reverse("teams"), {"name": "  "})
    assert response.status_code == 400


def test_an_admin_renames_and_moves_a_team(world, client_for):
    sales = TeamFactory(organisation=world.organisation, name="Sales")
    url = reverse("team_edit", args=[world.team.pk])
    data = {"name": "Customer care", "parent": sales.pk}
    assert client_for(world.admin).post(url, data).status_code == 302
    world.team.refresh_from_db()
    assert (world.team.name, world.team.parent) == ("Customer care", sales)


def test_a_team_cannot_move_under_its_own_sub_team(world, client_for):
    url = reverse("team_edit", args=[world.company.pk])
    response = client_for(world.admin).post(url, {"name": "Acme", "parent": world.team.pk})
    assert response.status_code == 400
    world.company.refresh_from_db()
    assert world.company.parent is None


def test_only_an_empty_team_is_deleted(world, client_for):
    client = client_for(world.admin)
    response = client.post(reverse("team_delete", args=[world.team.pk]))
    assert response.status_code == 400 and "Only an empty team" in response.content.decode()
    empty = TeamFactory(organisation=world.organisation)
    assert client.post(reverse("team_delete", args=[empty.pk])).status_code == 302
    assert not Team.objects.filter(pk=empty.pk).exists()


def test_a_team_with_objectives_only_is_kept(world, client_for):
    team = TeamFactory(organisation=world.organisation)
    ObjectiveFactory(cycle=world.cycle, team=team)
    response = client_for(world.admin).post(reverse("team_delete", args=[team.pk]))
    assert response.status_code == 400


def test_an_admin_sets_a_lead_and_removes_a_member(world, client_for):
    client = client_for(world.admin)
    url = reverse("team_member_set", args=[world.team.pk])
    assert client.post(url, {"person": world.viewer.user.email, "is_lead": "on"}).status_code == 302
    assert TeamMembership.objects.get(team=world.team, person=world.viewer).is_lead
    remove = reverse("team_member_remove", args=[world.team.pk, world.viewer.pk])
    assert client.post(remove).status_code == 302
    assert not TeamMembership.objects.filter(team=world.team, person=world.viewer).exists()


def test_a_person_from_another_organisation_cannot_join(world, client_for):
    url = reverse("team_member_set", args=[world.team.pk])
    response = client_for(world.admin).post(url, {"person": world.outsider.user.email})
    assert response.status_code == 400
    assert b"Nobody with this email address" in response.content
    assert not TeamMembership.objects.filter(person=world.outsider, team=world.team).exists()


def test_the_people_list_is_paged(world, client_for, monkeypatch):
    from cairn.web.views import directory

    monkeypatch.setattr(directory, "PEOPLE_PER_PAGE", 2)
    client = client_for(world.admin)
    first = client.get(reverse("people")).content.decode()
    assert "Page 1 of 2" in first and "page=2" in first
    assert client.get(reverse("people") + "?page=2").status_code == 200
    assert client.get(reverse("people") + "?page=99").status_code == 200
