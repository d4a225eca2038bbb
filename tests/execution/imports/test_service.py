"""The import service: matching, re-importing, all or nothing, permissions."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from cairn.execution.imports import read_work
from cairn.execution.models import Sprint, SprintState, WorkItem
from cairn.execution.services import sprint_close, sprint_start, work_import, work_import_preview
from cairn.okrs.services import initiative_create
from tests.execution.imports.conftest import export
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db


def items(world):
    return {i.external_key: i for i in WorkItem.objects.filter(organisation=world.organisation)}


def test_a_jira_import_writes_the_chain(named, kr, initiative, sprint):
    work = read_work(export("jira.csv", kr.pk))
    # The team's lead imports: the file's sprints are planning, which is the lead's.
    plan = work_import(actor=named.lead, work=work, initiative=initiative, team=named.team)
    assert plan.summary() | {"warnings": 0} == {
        "new": 4,
        "updated": 0,
        "unchanged": 0,
        "warnings": 0,
        "problems": 0,
        "sprints": 1,
    }
    found = items(named)
    epic, story, sub, bug = (found[k] for k in ("SHOP-1", "SHOP-2", "SHOP-3", "SHOP-4"))
    assert {i.initiative_id for i in found.values()} == {initiative.pk}
    assert story.parent == epic and sub.parent == story and bug.parent == epic
    assert story.assignee == named.lead  # matched by email
    assert epic.assignee == named.member  # matched by full name
    assert sub.assignee is None and sub.status == "done" and sub.done_at.day == 15
    assert story.sprint.name == "Sprint 2" and story.sprint.team == named.team  # created
    assert Sprint.objects.get(name="Sprint 2").state == SprintState.PLANNED
    assert story.estimate_points == 8 and story.team == named.team
    assert bug.status == "cancelled"
    warnings = [str(w) for w in plan.warnings]
    assert "row 4, column assignee: No one here is 'Nobody Known': left unassigned." in warnings
    initiative.refresh_from_db()
    assert initiative.percent_complete == 100  # the only estimated leaf (3 points) is done


def test_re_importing_updates_by_key_and_never_duplicates(named, kr, initiative):
    text = export("jira.csv", kr.pk)
    work_import(actor=named.member, work=read_work(text), initiative=initiative, team=named.team)
    again = work_import(
        actor=named.member, work=read_work(text), initiative=initiative, team=named.team
    )
    assert (again.count("new"), again.count("updated"), again.count("unchanged")) == (0, 0, 4)
    changed = text.replace(
        "One-page checkout,SHOP-2,10002,Story,Code Review", "One page,SHOP-2,10002,Story,Done"
    )
    third = work_import(
        actor=named.member, work=read_work(changed), initiative=initiative, team=named.team
    )
    assert (third.count("new"), third.count("updated"), third.count("unchanged")) == (0, 1, 3)
    assert WorkItem.objects.count() == 4
    story = items(named)["SHOP-2"]
    assert story.title == "One page" and story.status == "done" and story.done_at is not None


def test_a_bad_row_writes_nothing(named, kr, initiative):
    text = export("jira.csv", kr.pk).replace("30/Apr/26", "31/Apr/26")
    with pytest.raises(ValidationError) as error:
        work_import(
            actor=named.member, work=read_work(text), initiative=initiative, team=named.team
        )
    assert error.value.messages == [
        "row 2, column Due date: '31/Apr/26' is not a date Cairn can read."
    ]
    assert WorkItem.objects.count() == 0 and Sprint.objects.count() == 0


def test_a_kind_that_cannot_sit_under_its_parent_is_refused(named, initiative):
    text = "Issue key,Summary,Issue Type,Status,Parent\nA-1,Big,Epic,To Do,\nA-2,Small,Epic,To Do,A-1\n"
    with pytest.raises(ValidationError) as error:
        work_import(actor=named.member, work=read_work(text), initiative=initiative, team=None)
    assert error.value.messages == ["row 3: An epic cannot sit under an epic."]


def test_a_kr_label_routes_an_item_to_the_initiative_serving_it(named, kr, milestone):
    chosen = initiative_create(actor=named.member, key_results=[milestone], title="Help centre")
    serving = initiative_create(actor=named.member, key_results=[kr], title="Macros")
    plan = work_import(
        actor=named.member,
        work=read_work(export("github.json", kr.pk)),
        initiative=chosen,
        team=None,
    )
    found = items(named)
    assert found["acme/shop#12"].initiative == serving  # kr:<id> of the Macros key result
    assert found["acme/shop#7"].initiative == chosen
    assert "Choose a team to put the items into their sprints." in [
        w.message for w in plan.warnings
    ]
    assert found["acme/shop#12"].sprint is None


def test_a_kr_label_naming_another_organisations_key_result_is_a_warning(named, initiative):
    plan = work_import(
        actor=named.member,
        work=read_work(export("github.json", 999999)),
        initiative=initiative,
        team=None,
    )
    assert any("kr:999999 names no key result" in w.message for w in plan.warnings)
    assert items(named)["acme/shop#12"].initiative == initiative


def test_gitlab_epics_are_created_once(named, initiative):
    text = export("gitlab.csv")
    work_import(actor=named.member, work=read_work(text), initiative=initiative, team=named.team)
    work_import(actor=named.member, work=read_work(text), initiative=initiative, team=named.team)
    found = items(named)
    assert sorted(found) == ["acme/shop#4", "acme/shop#5", "epic&12"]
    assert found["acme/shop#4"].parent == found["epic&12"]
    assert found["epic&12"].title == "Fast pages" and found["epic&12"].kind == "epic"
    assert found["acme/shop#4"].estimate_hours == 1


def test_linear_nesting_and_cycles(named, initiative):
    work_import(
        actor=named.lead,
        work=read_work(export("linear.csv")),
        initiative=initiative,
        team=named.team,
    )
    found = items(named)
    assert found["ENG-3"].parent == found["ENG-2"] and found["ENG-2"].parent == found["ENG-1"]
    assert found["ENG-1"].sprint.name == "Cycle 4" and found["ENG-1"].assignee == named.member


def test_a_closed_sprint_takes_no_new_story(named, initiative, sprint):
    sprint_start(sprint=sprint, actor=named.lead)
    sprint_close(sprint=sprint, actor=named.lead, carry_to=None)
    text = "Issue key,Summary,Issue Type,Status,Sprint\nA-1,Fix,Story,To Do,Sprint 1\n"
    plan = work_import(
        actor=named.lead, work=read_work(text), initiative=initiative, team=named.team
    )
    assert items(named)["A-1"].sprint is None
    assert [w.message for w in plan.warnings] == ["The sprint Sprint 1 is closed: A-1 stays out."]


def test_a_viewer_cannot_import(named, initiative):
    with pytest.raises(PermissionDenied):
        work_import_preview(
            actor=named.viewer,
            work=read_work(export("linear.csv")),
            initiative=initiative,
            team=None,
        )


def test_who_may_edit_the_initiative_may_import(named, kr):
    other = InitiativeFactory(organisation=named.organisation, owner=named.admin)
    with pytest.raises(PermissionDenied):
        work_import_preview(
            actor=named.lead, work=read_work(export("linear.csv")), initiative=other, team=None
        )
    plan = work_import_preview(
        actor=named.admin, work=read_work(export("linear.csv")), initiative=other, team=None
    )
    assert plan.count("new") == 3


def test_another_organisations_initiative_is_refused(named, world):
    foreign = InitiativeFactory(organisation=world.outsider.organisation)
    with pytest.raises(PermissionDenied):
        work_import_preview(
            actor=named.admin, work=read_work(export("linear.csv")), initiative=foreign, team=None
        )


def test_items_someone_else_may_not_edit_are_named(named, kr):
    other = InitiativeFactory(organisation=named.organisation, owner=named.admin)
    text = "ID,Title,Status\nE-1,Mine,Todo\n"
    work_import(actor=named.admin, work=read_work(text), initiative=other, team=None)
    mine = initiative_create(actor=named.member, key_results=[kr], title="Mine")
    with pytest.raises(ValidationError) as error:
        work_import(
            actor=named.member,
            work=read_work(text.replace("Mine", "Ours")),
            initiative=mine,
            team=None,
        )
    assert error.value.messages == ["row 2: You cannot edit E-1, imported before."]
    assert items(named)["E-1"].title == "Mine"


def test_the_preview_writes_nothing(named, initiative):
    plan = work_import_preview(
        actor=named.lead,
        work=read_work(export("jira.csv")),
        initiative=initiative,
        team=named.team,
    )
    assert plan.count("new") == 4 and plan.new_sprints == ["Sprint 2"]
    assert WorkItem.objects.count() == 0 and Sprint.objects.count() == 0


def test_due_dates_and_urls_are_kept(named, initiative):
    work_import(
        actor=named.member, work=read_work(export("gitlab.csv")), initiative=initiative, team=None
    )
    search = items(named)["acme/shop#4"]
    assert search.due_on == date(2026, 5, 1)
    assert search.external_url == "https://gitlab.com/acme/shop/-/issues/4"


def test_a_later_file_may_name_a_parent_imported_before(named, initiative):
    first = "Issue key,Summary,Issue Type,Status,Parent\nA-1,Checkout,Story,To Do,\n"
    work_import(actor=named.member, work=read_work(first), initiative=initiative, team=None)
    later = "Issue key,Summary,Issue Type,Status,Parent\nA-2,Design,Task,To Do,A-1\n"
    plan = work_import(actor=named.member, work=read_work(later), initiative=initiative, team=None)
    found = items(named)
    assert plan.count("new") == 1 and found["A-2"].parent == found["A-1"]


def test_moving_an_item_under_a_parent_of_the_same_file_updates_it(named, initiative):
    head = "Issue key,Summary,Issue Type,Status,Parent\n"
    work_import(
        actor=named.member,
        work=read_work(head + "A-2,Design,Task,To Do,\n"),
        initiative=initiative,
        team=None,
    )
    text = head + "A-1,Checkout,Story,To Do,\nA-2,Design,Task,To Do,A-1\n"
    plan = work_import(actor=named.member, work=read_work(text), initiative=initiative, team=None)
    found = items(named)
    assert (plan.count("new"), plan.count("updated")) == (1, 1)
    assert found["A-2"].parent == found["A-1"]


def test_a_members_import_leaves_sprints_to_the_leads(named, initiative, sprint):
    text = "Issue key,Summary,Issue Type,Status,Sprint\nA-1,Fix,Story,To Do,Sprint 1\n"
    plan = work_import(
        actor=named.member, work=read_work(text), initiative=initiative, team=named.team
    )
    assert items(named)["A-1"].sprint is None
    assert [w.message for w in plan.warnings] == [
        "Only the team's leads plan sprints: A-1's is kept."
    ]
