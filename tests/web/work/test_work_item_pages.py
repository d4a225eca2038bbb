"""The work item page and form: story text, acceptance criteria, estimates, links, bad input."""

from __future__ import annotations

from django.urls import reverse

from cairn.execution.models import WorkItem

GOOD = {
    "kind": "story",
    "title": "Macro suggestions",
    "user_story": "As an agent I want suggestions so that I pick the right macro",
    "acceptance_criteria": "Shows three suggestions\n[x] Uses the ticket's tags\n\n",
    "status": "todo",
    "estimate_points": "5",
    "estimate_hours": "",
    "due_on": "2026-04-01",
    "external_source": "jira",
    "external_key": "SUP-12",
    "external_url": "https://jira.example.test/browse/SUP-12",
}


def test_adding_a_story_with_its_checklist(world, work, client_for):
    client = client_for(world.member)
    path = reverse("work_item_create", args=[work.initiative.pk])
    data = {**GOOD, "initiative": work.initiative.pk, "assignee": world.lead.pk}
    response = client.post(path, data)
    assert response.status_code == 302
    item = WorkItem.objects.get(title="Macro suggestions")
    assert item.acceptance_criteria == [
        {"text": "Shows three suggestions", "done": False},
        {"text": "Uses the ticket's tags", "done": True},
    ]
    assert item.initiative_id == work.initiative.pk and item.assignee_id == world.lead.pk
    assert float(item.estimate_points) == 5 and item.external_key == "SUP-12"
    html = client.get(response["Location"]).content.decode()
    assert "As an agent I want suggestions" in html and "☑" in html and "SUP-12" in html


def test_bad_input_is_shown_next_to_the_field_and_nothing_is_saved(world, work, client_for):
    client = client_for(world.member)
    path = reverse("work_item_create", args=[work.initiative.pk])
    cases = [
        {"title": ""},
        {"estimate_points": "-1"},
        {"external_url": "javascript:alert(1)"},
        {"kind": "saga"},
        {"parent": str(work.task.pk), "kind": "story"},  # a story cannot sit under a task
        {"external_key": "SUP-12", "external_source": "jira"},
    ]
    client.post(path, {**GOOD, "title": "First", "initiative": work.initiative.pk})
    before = WorkItem.objects.count()
    for case in cases:
        data = {**GOOD, "initiative": work.initiative.pk, **case}
        response = client.post(path, data)
        assert response.status_code == 400, case
        assert 'role="alert"' in response.content.decode()
    assert WorkItem.objects.count() == before


def test_editing_moves_the_item_to_another_initiative_with_its_tasks(world, work, client_for):
    from cairn.okrs.services import initiative_create

    other = initiative_create(actor=world.member, key_results=[work.kr], title="Docs")
    client = client_for(world.member)
    path = reverse("work_item_edit", args=[work.first.pk])
    form = client.get(path).content.decode()
    assert "Ten macros" in form and "Reply macros" in form
    data = {**GOOD, "title": "Reply macros v2", "initiative": other.pk, "acceptance_criteria": ""}
    assert client.post(path, data).status_code == 302
    work.task.refresh_from_db()
    work.first.refresh_from_db()
    assert work.first.initiative_id == other.pk and work.task.initiative_id == other.pk
    assert work.first.acceptance_criteria == []


def test_ticking_a_criterion_inline(world, work, client_for):
    client = client_for(world.member)
    path = reverse("work_item_criterion", args=[work.first.pk, 0])
    response = client.post(path, {"done": "1"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200 and html.startswith('<div id="criteria">') and "☑" in html
    work.first.refresh_from_db()
    assert work.first.acceptance_criteria == [{"text": "Ten macros", "done": True}]
    missing = client.post(reverse("work_item_criterion", args=[work.first.pk, 5]), {"done": "1"})
    assert missing.status_code == 302
    work.first.refresh_from_db()
    assert work.first.acceptance_criteria == [{"text": "Ten macros", "done": True}]


def test_someone_who_may_not_edit_sees_no_controls_and_gets_403(world, work, client_for):
    from tests.factories import PersonFactory

    stranger = PersonFactory(organisation=world.organisation)
    client = client_for(stranger)
    html = client.get(reverse("work_item", args=[work.first.pk])).content.decode()
    assert "status-form" not in html and "criteria__tick" not in html and "Edit" not in html
    assert client.get(reverse("work_item_edit", args=[work.first.pk])).status_code == 403
    response = client.post(reverse("work_item_status", args=[work.first.pk]), {"status": "done"})
    assert response.status_code == 403
    work.first.refresh_from_db()
    assert work.first.status == "todo"
