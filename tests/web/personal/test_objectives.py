"""The objective page, its forms, alignment and search: visibility and permissions per role."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.okrs.models import Change, Objective
from cairn.okrs.services import check_in_correct, objective_align
from tests.factories import (
    CheckInFactory,
    CycleFactory,
    InitiativeFactory,
    KeyResultFactory,
    ObjectiveFactory,
)

HTMX = {"HTTP_HX_REQUEST": "true"}


def url(objective, suffix=""):
    return f"/objectives/{objective.pk}/{suffix}"


class TestPage:
    def test_it_shows_key_results_pace_chart_history_and_initiatives(
        self, world, key_results, client_for
    ):
        initiative = InitiativeFactory(
            organisation=world.organisation,
            title="Hire two agents",
            status="in_progress",
            percent_complete=40,
        )
        initiative.key_results.add(key_results[0])
        page = client_for(world.member).get(url(world.objective)).content.decode()
        for kr in key_results:
            assert kr.title in page
        assert "<svg" in page and "chart__expected" in page and "chart__forecast" in page
        assert "Forecast at the end" in page
        assert "Hire two agents" in page and "In progress" in page and "40%" in page
        assert "week 3" in page  # check-in notes
        labels = ("On track", "At risk", "Off track", "Too early", "No check-in yet")
        assert any(s in page for s in labels)

    def test_corrections_are_shown_in_the_history(self, world, key_results, client_for):
        original = key_results[1].check_ins.get()
        check_in_correct(check_in=original, author=world.member, value=85, note="typo fixed")
        page = client_for(world.member).get(url(world.objective)).content.decode()
        assert "correction" in page and "corrected" in page and "typo fixed" in page

    def test_it_shows_parent_children_and_changes(self, world, key_results, client_for):
        parent = ObjectiveFactory(cycle=world.cycle, title="Be the friendliest company")
        objective_align(objective=world.objective, actor=world.admin, parent_objective=parent)
        child = ObjectiveFactory(
            cycle=world.cycle, title="Answer chats in a minute", team=world.team, owner=world.member
        )
        objective_align(objective=child, actor=world.admin, parent_key_result=key_results[0])
        page = client_for(world.member).get(url(world.objective)).content.decode()
        assert "Be the friendliest company" in page and "Answer chats in a minute" in page
        assert "changed what the objective contributes to" in page  # the activity feed

    @pytest.mark.parametrize("persona", ["admin", "lead", "member"])
    def test_editors_see_edit_controls(self, world, key_results, client_for, persona):
        page = client_for(getattr(world, persona)).get(url(world.objective)).content.decode()
        assert url(world.objective, "edit/") in page and "Add a key result" in page

    def test_a_viewer_sees_no_edit_controls(self, world, key_results, client_for):
        page = client_for(world.viewer).get(url(world.objective)).content.decode()
        assert url(world.objective, "edit/") not in page
        assert "Add a key result" not in page and "Add an initiative" not in page
        # Key result links a viewer may follow (its discussion) stay; edit and add links go.
        assert not re.search(r"/key-results/\d+/(edit|initiatives/new)/", page)
        assert "Check in</a>" not in page

    def test_another_organisation_gets_404(self, world, client_for):
        assert client_for(world.outsider).get(url(world.objective)).status_code == 404

    def test_a_private_objective_is_404_for_others(self, world, client_for):
        hidden = ObjectiveFactory(cycle=world.cycle, owner=world.lead, visibility="private")
        assert client_for(world.member).get(url(hidden)).status_code == 404
        assert client_for(world.viewer).get(url(hidden)).status_code == 404
        assert client_for(world.lead).get(url(hidden)).status_code == 200
        assert client_for(world.admin).get(url(hidden)).status_code == 200

    def test_the_history_lists_the_newest_ten_check_ins_and_all_on_request(
        self, world, key_results, client_for
    ):
        kr = key_results[0]
        CheckInFactory.create_batch(30, key_result=kr, note="a weekly note")
        client = client_for(world.member)
        page = client.get(url(world.objective)).content.decode()
        total = kr.check_ins.count()
        assert f"{total} check-ins" in page
        newest = kr.check_ins.order_by("-checked_in_at", "-id")[:10]
        oldest = kr.check_ins.order_by("checked_in_at", "id").first()
        assert all(f"/check-ins/{c.pk}/correct/" in page for c in newest)
        assert f"/check-ins/{oldest.pk}/correct/" not in page
        assert f'href="?check_ins={kr.pk}#kr-{kr.pk}"' in page
        everything = client.get(url(world.objective), {"check_ins": kr.pk}).content.decode()
        assert f"/check-ins/{oldest.pk}/correct/" in everything
        # The chart's tooltips and table and the feed below repeat notes: count the history's.
        history = everything.split('class="kr-card__history"')[1].split("</details>")[0]
        assert history.count("a weekly note") == 30
        assert client.get(url(world.objective), {"check_ins": "9" * 30}).status_code == 200

    def test_query_count_does_not_grow_with_key_results_and_check_ins(
        self, world, key_results, client_for, django_assert_max_num_queries
    ):
        client = client_for(world.member)
        with CaptureQueriesContext(connection) as small:
            client.get(url(world.objective))
        for _ in range(4):
            kr = KeyResultFactory(objective=world.objective)
            kr.contributors.add(world.lead)
            CheckInFactory.create_batch(5, key_result=kr)
            InitiativeFactory(organisation=world.organisation).key_results.add(kr)
            child = ObjectiveFactory(cycle=world.cycle, team=world.team, owner=world.member)
            objective_align(objective=child, actor=world.admin, parent_key_result=kr)
        with django_assert_max_num_queries(len(small)):
            assert client.get(url(world.objective)).status_code == 200


class TestEditPermissions:
    @pytest.mark.parametrize("suffix", ["edit/", "align/", "key-results/new/"])
    def test_a_viewer_gets_403_on_edit_urls(self, world, client_for, suffix):
        client = client_for(world.viewer)
        assert client.get(url(world.objective, suffix)).status_code == 403
        assert client.post(url(world.objective, suffix), {"title": "x"}).status_code == 403
        assert client.get("/objectives/new/").status_code == 403

    def test_a_viewer_gets_403_on_key_result_and_initiative_urls(
        self, world, key_results, client_for
    ):
        client = client_for(world.viewer)
        assert client.get(f"/key-results/{key_results[0].pk}/edit/").status_code == 403
        assert client.get(f"/key-results/{key_results[0].pk}/initiatives/new/").status_code == 403

    def test_a_member_cannot_edit_someone_elses_objective(self, world, client_for):
        theirs = ObjectiveFactory(cycle=world.cycle, owner=world.lead)
        assert client_for(world.member).get(url(theirs, "edit/")).status_code == 403

    def test_an_outsider_gets_404_on_edit_urls(self, world, key_results, client_for):
        client = client_for(world.outsider)
        assert client.get(url(world.objective, "edit/")).status_code == 404
        assert client.get(f"/key-results/{key_results[0].pk}/edit/").status_code == 404


def objective_data(world, **overrides):
    data = {
        "title": "Make onboarding delightful",
        "description": "",
        "cycle": world.cycle.pk,
        "team": world.team.pk,
        "owner": world.member.pk,
        "kind": "committed",
        "visibility": "public",
        "weight": "1",
        "parent": "",
    }
    return {**data, **overrides}


class TestCreate:
    def test_a_member_creates_an_objective_for_their_team(self, world, client_for):
        response = client_for(world.member).post("/objectives/new/", objective_data(world))
        objective = Objective.objects.get(title="Make onboarding delightful")
        assert response.status_code == 302 and response["Location"] == url(objective)
        assert objective.owner == world.member and objective.team == world.team

    def test_errors_are_shown_next_to_the_field(self, world, client_for):
        response = client_for(world.member).post(
            "/objectives/new/", objective_data(world, title="", weight="-1")
        )
        assert response.status_code == 400
        form = response.context["form"]
        assert "title" in form.errors and "weight" in form.errors

    def test_a_member_cannot_create_company_objectives(self, world, client_for):
        response = client_for(world.member).post("/objectives/new/", objective_data(world, team=""))
        assert response.status_code == 400
        assert "Only admins create company-level objectives" in response.content.decode()

    def test_cascade_prefills_the_parent_key_result(self, world, key_results, client_for):
        client = client_for(world.lead)
        page = client.get(f"/objectives/new/?parent_key_result={key_results[0].pk}")
        assert key_results[0].title in page.content.decode()
        data = objective_data(world, owner=world.lead.pk, parent=f"k:{key_results[0].pk}")
        assert client.post("/objectives/new/", data).status_code == 302
        child = Objective.objects.get(title="Make onboarding delightful")
        assert child.parent_key_result == key_results[0]

    def test_a_parent_from_another_organisation_is_refused(self, world, client_for):
        foreign = ObjectiveFactory(cycle=CycleFactory(organisation=world.outsider.organisation))
        data = objective_data(world, parent=f"o:{foreign.pk}")
        response = client_for(world.member).post("/objectives/new/", data)
        assert response.status_code == 400
        assert "Choose a parent from the search results" in response.content.decode()
        assert not Objective.objects.filter(title="Make onboarding delightful").exists()


class TestEditInPlace:
    def test_htmx_edit_returns_the_form_then_the_new_header(self, world, client_for):
        client = client_for(world.member)
        form = client.get(url(world.objective, "edit/"), **HTMX).content.decode()
        assert form.lstrip().startswith('<section id="objective-head"') and "<form" in form
        data = objective_data(
            world, title="Make support effortless", version=world.objective.version
        )
        response = client.post(url(world.objective, "edit/"), data, **HTMX)
        assert "<h1>Make support effortless</h1>" in response.content.decode()
        assert Change.objects.filter(objective=world.objective, field="title").exists()

    def test_a_stale_version_is_refused_with_a_message(self, world, client_for):
        data = objective_data(world, title="Changed", version=world.objective.version - 1 or 99)
        response = client_for(world.member).post(url(world.objective, "edit/"), data)
        assert "changed by someone else" in response.content.decode()
        world.objective.refresh_from_db()
        assert world.objective.title != "Changed"


class TestAlign:
    def test_search_finds_visible_objectives_and_key_results_only(
        self, world, key_results, client_for
    ):
        ObjectiveFactory(
            cycle=world.cycle, owner=world.lead, visibility="private", title="Secret support plan"
        )
        ObjectiveFactory(
            cycle=CycleFactory(organisation=world.outsider.organisation),
            title="Foreign support plan",
        )
        html = client_for(world.member).get("/objectives/align-search/?q=support").content.decode()
        assert "Make support feel effortless" in html
        assert "Secret support plan" not in html and "Foreign support plan" not in html
        html = client_for(world.member).get("/objectives/align-search/?q=reply").content.decode()
        assert f'value="k:{key_results[0].pk}"' in html

    def test_aligning_and_unaligning(self, world, client_for):
        parent = ObjectiveFactory(cycle=world.cycle, title="Be loved")
        client = client_for(world.member)
        assert (
            client.post(url(world.objective, "align/"), {"parent": f"o:{parent.pk}"}).status_code
            == 302
        )
        world.objective.refresh_from_db()
        assert world.objective.parent_objective == parent
        client.post(url(world.objective, "align/"), {"parent": ""})
        world.objective.refresh_from_db()
        assert world.objective.parent_objective is None

    def test_a_loop_is_refused_with_a_message(self, world, client_for):
        child = ObjectiveFactory(cycle=world.cycle, owner=world.member, team=world.team)
        objective_align(objective=child, actor=world.admin, parent_objective=world.objective)
        response = client_for(world.member).post(
            url(world.objective, "align/"), {"parent": f"o:{child.pk}"}
        )
        assert response.status_code == 400 and "loop" in response.content.decode()
