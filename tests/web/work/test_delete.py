"""Deleting a work item or a sprint from its page: a confirmation that says what happens."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.execution.models import Sprint, WorkItem
from cairn.execution.services import sprint_close, sprint_story_add, work_item_create
from tests.factories import PersonFactory


def _item_delete(work):
    return reverse("work_item_delete", args=[work.first.pk])


def _sprint_delete(sprint):
    return reverse("sprint_delete", args=[sprint.pk])


def test_the_item_page_confirms_what_deleting_does(world, work, client_for):
    html = client_for(world.member).get(reverse("work_item", args=[work.first.pk])).content
    html = html.decode()
    assert 'action="' + _item_delete(work) + '"' in html
    assert "Delete “Reply macros”?" in html
    assert "its 1 sub-item" in html and "set the status to Cancelled instead" in html


@pytest.mark.parametrize("persona", ["admin", "lead", "member"])
def test_who_may_edit_an_item_deletes_it_with_its_sub_items(world, work, client_for, persona):
    response = client_for(getattr(world, persona)).post(_item_delete(work))
    assert response.status_code == 302
    assert response["Location"] == reverse("initiative", args=[work.initiative.pk])
    assert not WorkItem.objects.filter(pk__in=[work.first.pk, work.task.pk]).exists()
    work.initiative.refresh_from_db()
    assert work.initiative.percent_complete == 0  # counted again: Macro search, not done


def test_viewers_and_people_without_rights_cannot_delete_an_item(world, work, client_for):
    stranger = PersonFactory(organisation=world.organisation)
    for person in (world.viewer, stranger):
        assert client_for(person).post(_item_delete(work)).status_code == 403
        html = client_for(person).get(reverse("work_item", args=[work.first.pk])).content
        assert b"work-items/%d/delete/" % work.first.pk not in html
    assert WorkItem.objects.filter(pk=work.first.pk).exists()


def test_another_organisations_item_and_sprint_are_404(world, work, client_for):
    client = client_for(world.outsider)
    assert client.post(_item_delete(work)).status_code == 404
    assert client.post(_sprint_delete(work.next_sprint)).status_code == 404
    assert WorkItem.objects.filter(pk=work.first.pk).exists()
    assert Sprint.objects.filter(pk=work.next_sprint.pk).exists()


def test_deleting_needs_a_post(world, work, client_for):
    client = client_for(world.lead)
    assert client.get(_item_delete(work)).status_code == 405
    assert client.get(_sprint_delete(work.next_sprint)).status_code == 405


def test_work_without_a_why_goes_back_to_its_list(world, work, client_for):
    response = client_for(world.member).post(reverse("work_item_delete", args=[work.loose.pk]))
    assert response["Location"] == reverse("work_without_why", args=[world.team.slug])


def test_the_sprint_page_confirms_and_deleting_returns_its_stories(world, work, client_for):
    client = client_for(world.lead)
    sprint_story_add(sprint=work.next_sprint, story=work.second, actor=world.lead)
    html = client.get(reverse("sprint", args=[work.next_sprint.pk])).content.decode()
    assert "Delete Sprint 2?" in html
    assert "its stories go back to Support" in html and "backlog, unchanged" in html
    response = client.post(_sprint_delete(work.next_sprint))
    assert response["Location"] == reverse("team_sprints", args=[world.team.slug])
    assert not Sprint.objects.filter(pk=work.next_sprint.pk).exists()
    work.second.refresh_from_db()
    assert work.second.sprint_id is None  # back in the backlog, the story itself kept


def test_a_closed_sprint_is_kept(world, work, client_for):
    sprint_close(sprint=work.sprint, actor=world.lead, carry_to=None)
    client = client_for(world.lead)
    html = client.get(reverse("sprint", args=[work.sprint.pk])).content.decode()
    assert "sprint/delete" not in html and _sprint_delete(work.sprint) not in html
    response = client.post(_sprint_delete(work.sprint), follow=True)
    assert "velocity is read from it" in response.content.decode()
    assert Sprint.objects.filter(pk=work.sprint.pk).exists()


@pytest.mark.parametrize("persona", ["member", "viewer"])
def test_only_leads_and_admins_delete_sprints(world, work, client_for, persona):
    client = client_for(getattr(world, persona))
    assert client.post(_sprint_delete(work.next_sprint)).status_code == 403
    html = client.get(reverse("sprint", args=[work.next_sprint.pk])).content.decode()
    assert _sprint_delete(work.next_sprint) not in html
    assert Sprint.objects.filter(pk=work.next_sprint.pk).exists()


def test_an_admin_deletes_a_sprint(world, work, client_for):
    assert client_for(world.admin).post(_sprint_delete(work.next_sprint)).status_code == 302
    assert not Sprint.objects.filter(pk=work.next_sprint.pk).exists()


def test_titles_in_the_confirmation_are_escaped(world, work, client_for):
    item = work_item_create(
        actor=world.member,
        title='<script>alert("x")</script>',
        kind="story",
        initiative=work.initiative,
    )
    html = client_for(world.member).get(reverse("work_item", args=[item.pk])).content.decode()
    assert '<script>alert("x")' not in html
    assert "Delete “&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;”?" in html
