"""The coach where people write: the preview endpoints, the forms and the objective page panel."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.okrs.models import Organisation
from tests.factories import CheckInFactory, InitiativeFactory, KeyResultFactory, ObjectiveFactory

HTMX = {"HTTP_HX_REQUEST": "true"}
OBJECTIVE_PREVIEW = "/coach/objective/"


def kr_preview(objective, **query):
    suffix = "".join(f"?{k}={v}" for k, v in query.items())
    return f"/objectives/{objective.pk}/key-results/coach/{suffix}"


def parsed(response) -> dict:
    """Return the fields of the coach:parsed event the response triggers."""
    return json.loads(response["HX-Trigger"])["coach:parsed"]["fields"]


def configure(world, rules: dict) -> None:
    Organisation.objects.filter(pk=world.organisation.pk).update(coach_config={"rules": rules})


class TestKeyResultPreview:
    def test_an_activity_is_flagged_kr102_with_suggestion_and_why(self, world, client_for):
        response = client_for(world.member).post(
            kr_preview(world.objective), {"title": "Run 4 customer workshops"}, **HTMX
        )
        assert response.status_code == 200
        assert [f.code for f in response.context["findings"]] == ["KR102"]
        html = response.content.decode()
        assert "KR102" in html
        assert "belongs as an initiative" in html
        assert "<details" in html and "Why?" in html

    def test_the_parser_fills_start_target_and_unit(self, world, client_for):
        response = client_for(world.member).post(
            kr_preview(world.objective),
            {"title": "Cut first-reply time from 18 hours to 4 hours"},
            **HTMX,
        )
        assert parsed(response) == {"kind": "metric", "start": "18", "target": "4", "unit": "hours"}
        assert response.context["findings"] == []
        assert "nothing to add" in response.content.decode()

    def test_stay_above_fills_the_bound_only(self, world, client_for):
        response = client_for(world.member).post(
            kr_preview(world.objective), {"title": "Keep uptime at least 99.9%"}, **HTMX
        )
        assert parsed(response) == {
            "kind": "stay_above",
            "start": "",
            "target": "99.9",
            "unit": "%",
        }

    def test_a_change_without_baseline_fills_no_numbers_and_says_so(self, world, client_for):
        response = client_for(world.member).post(
            kr_preview(world.objective), {"title": "Grow weekly sign-ups by 15%"}, **HTMX
        )
        assert parsed(response) == {"kind": "metric", "start": "", "target": "", "unit": ""}
        assert [f.code for f in response.context["findings"]] == ["KR103"]
        assert "no baseline yet" in response.content.decode()

    def test_fields_set_by_hand_are_not_sent_and_are_judged(self, world, client_for):
        data = {
            "title": "Raise revenue to $2.5 million",
            "manual": "start,bogus",
            "start": "1,000,000",
            "kind": "metric",
        }
        response = client_for(world.member).post(kr_preview(world.objective), data, **HTMX)
        assert parsed(response) == {"kind": "metric", "target": "2500000", "unit": "$"}
        # The typed baseline answers KR103, which the title alone would raise.
        assert "KR103" not in [f.code for f in response.context["findings"]]
        alone = client_for(world.member).post(
            kr_preview(world.objective), {"title": data["title"]}, **HTMX
        )
        assert "KR103" in [f.code for f in alone.context["findings"]]

    def test_a_hand_chosen_milestone_is_not_unmeasurable(self, world, client_for):
        data = {"title": "Launch the help centre", "manual": "kind", "kind": "milestone"}
        response = client_for(world.member).post(kr_preview(world.objective), data, **HTMX)
        assert "KR101" not in [f.code for f in response.context["findings"]]
        assert "kind" not in parsed(response)
        bare = client_for(world.member).post(
            kr_preview(world.objective), {"title": data["title"]}, **HTMX
        )
        assert "KR101" in [f.code for f in bare.context["findings"]]

    def test_a_near_duplicate_of_another_key_result_is_flagged(self, world, client_for):
        kr = KeyResultFactory(
            objective=world.objective,
            title="Cut first reply from 18 to 4 hours",
            start=18,
            target=4,
        )
        title = {"title": "Cut first reply time from 18 to 4 hours"}
        client = client_for(world.member)
        response = client.post(kr_preview(world.objective), title, **HTMX)
        assert "KR109" in [f.code for f in response.context["findings"]]
        editing = client.post(kr_preview(world.objective, key_result=kr.pk), title, **HTMX)
        assert "KR109" not in [f.code for f in editing.context["findings"]]

    @pytest.mark.parametrize(
        "data",
        [
            {},
            {"title": ""},
            {"title": "   "},
            {"title": "x" * 5000},
            {"title": "\x00\u202e 1e999 → -∞"},
            {"title": "Grow sales from 1 to 2", "manual": "start,target", "start": "lots"},
            {"title": "Grow sales", "manual": "start", "start": "1e400", "kind": "nonsense"},
        ],
    )
    def test_bad_or_empty_input_never_fails(self, world, client_for, data):
        response = client_for(world.member).post(kr_preview(world.objective), data, **HTMX)
        assert response.status_code == 200
        if not data.get("title", "").strip():
            assert response.content == b""

    def test_a_disabled_rule_is_not_shown(self, world, client_for):
        configure(world, {"KR102": {"enabled": False}})
        response = client_for(world.member).post(
            kr_preview(world.objective), {"title": "Run 4 customer workshops"}, **HTMX
        )
        assert "KR102" not in response.content.decode()

    def test_a_configured_severity_is_shown(self, world, client_for):
        configure(world, {"KR102": {"enabled": True, "severity": "error"}})
        response = client_for(world.member).post(
            kr_preview(world.objective), {"title": "Run 4 customer workshops"}, **HTMX
        )
        assert [f.severity for f in response.context["findings"]] == ["error"]
        assert "coach-finding--error" in response.content.decode()


class TestObjectivePreview:
    def test_a_metric_in_the_objective_is_flagged(self, world, client_for):
        response = client_for(world.member).post(
            OBJECTIVE_PREVIEW, {"title": "Grow revenue by 20%"}, **HTMX
        )
        assert [f.code for f in response.context["findings"]] == ["OKR004"]

    def test_a_long_objective_is_flagged_and_only_title_rules_run(self, world, client_for):
        title = "Make onboarding so effortless and delightful that every small team wants to stay"
        response = client_for(world.member).post(OBJECTIVE_PREVIEW, {"title": title}, **HTMX)
        # No OKR001 (no key results yet) or OKR007 (the owner is chosen in the form).
        assert [f.code for f in response.context["findings"]] == ["OKR005"]

    def test_a_good_objective_has_nothing_to_add(self, world, client_for):
        response = client_for(world.member).post(
            OBJECTIVE_PREVIEW, {"title": "Make support feel effortless"}, **HTMX
        )
        assert response.context["findings"] == []

    def test_thresholds_and_switches_of_the_organisation_apply(self, world, client_for):
        Organisation.objects.filter(pk=world.organisation.pk).update(
            coach_config={
                "rules": {"OKR004": {"enabled": False}},
                "thresholds": {"max_objective_length": 10},
            }
        )
        response = client_for(world.member).post(
            OBJECTIVE_PREVIEW, {"title": "Grow revenue by 20%"}, **HTMX
        )
        assert [f.code for f in response.context["findings"]] == ["OKR005"]

    def test_empty_title_gives_nothing(self, world, client_for):
        response = client_for(world.member).post(OBJECTIVE_PREVIEW, {"title": ""}, **HTMX)
        assert (response.status_code, response.content) == (200, b"")


class TestPermissions:
    def test_a_viewer_cannot_use_the_previews(self, world, client_for):
        client = client_for(world.viewer)
        assert client.post(OBJECTIVE_PREVIEW, {"title": "x"}).status_code == 403
        assert client.post(kr_preview(world.objective), {"title": "x"}).status_code == 403

    def test_an_outsider_gets_404_for_another_organisations_objective(self, world, client_for):
        response = client_for(world.outsider).post(kr_preview(world.objective), {"title": "x"})
        assert response.status_code == 404

    def test_a_private_objective_is_404_for_others(self, world, client_for):
        hidden = ObjectiveFactory(cycle=world.cycle, owner=world.lead, visibility="private")
        response = client_for(world.member).post(kr_preview(hidden), {"title": "x"})
        assert response.status_code == 404

    def test_signed_out_people_are_sent_to_sign_in(self, client, world):
        response = client.post(OBJECTIVE_PREVIEW, {"title": "x"})
        assert response.status_code == 302 and "/sign-in/" in response["Location"]

    def test_only_post(self, world, client_for):
        client = client_for(world.member)
        assert client.get(OBJECTIVE_PREVIEW).status_code == 405
        assert client.get(kr_preview(world.objective)).status_code == 405

    def test_csrf_is_required(self, world):
        from django.test import Client

        client = Client(enforce_csrf_checks=True)
        client.force_login(world.member.user)
        assert client.post(OBJECTIVE_PREVIEW, {"title": "x"}).status_code == 403
        page = client.get("/objectives/new/")
        token = page.cookies["csrftoken"].value
        headers = {"HTTP_X_CSRFTOKEN": token, **HTMX}
        assert client.post(OBJECTIVE_PREVIEW, {"title": "x"}, **headers).status_code == 200


class TestForms:
    def test_the_key_result_form_asks_the_coach_as_the_title_is_typed(self, world, client_for):
        response = client_for(world.member).get(
            f"/objectives/{world.objective.pk}/key-results/new/"
        )
        html = response.content.decode()
        assert f'hx-post="{kr_preview(world.objective)}"' in html
        assert "input changed delay:300ms" in html
        assert 'id="live-coach"' in html and "data-live-coach" in html
        assert "web/coach-preview.js" in html
        assert "data-coach-manual" not in html

    def test_the_edit_form_protects_values_that_differ_from_the_title(self, world, client_for):
        kr = KeyResultFactory(
            objective=world.objective,
            title="Cut first reply from 18 to 4 hours",
            start=18,
            target=3,
            unit="hours",
        )
        response = client_for(world.member).get(f"/key-results/{kr.pk}/edit/")
        form = response.context["form"]
        manual = [n for n, f in form.fields.items() if "data-coach-manual" in f.widget.attrs]
        assert manual == ["target"]
        assert f"?key_result={kr.pk}" in response.content.decode()

    def test_a_form_shown_again_keeps_values_typed_by_hand(self, world, client_for):
        data = {"title": "Cut backlog from 300 to 50 tickets", "kind": "metric", "start": "300"}
        data |= {"target": "40", "unit": "tickets", "owner": world.member.pk, "weight": "x"}
        response = client_for(world.member).post(
            f"/objectives/{world.objective.pk}/key-results/new/", data
        )
        assert response.status_code == 400
        form = response.context["form"]
        manual = [n for n, f in form.fields.items() if "data-coach-manual" in f.widget.attrs]
        assert manual == ["target"]

    def test_the_objective_forms_ask_the_coach(self, world, client_for):
        client = client_for(world.member)
        for url in ("/objectives/new/", f"/objectives/{world.objective.pk}/edit/"):
            html = client.get(url).content.decode()
            assert f'hx-post="{OBJECTIVE_PREVIEW}"' in html and 'id="live-coach"' in html
        htmx_edit = client.get(f"/objectives/{world.objective.pk}/edit/", **HTMX)
        assert 'hx-swap="innerHTML"' in htmx_edit.content.decode()

    def test_the_forms_still_save_without_the_coach(self, world, client_for):
        data = {"title": "Run 4 customer workshops", "kind": "metric", "start": "0"}
        data |= {"target": "4", "unit": "", "owner": world.member.pk, "weight": "1"}
        response = client_for(world.member).post(
            f"/objectives/{world.objective.pk}/key-results/new/", data
        )
        assert response.status_code == 302


class TestObjectivePage:
    def test_the_coach_panel_lists_findings_for_the_objective_and_each_key_result(
        self, world, key_results, client_for
    ):
        activity = KeyResultFactory(
            objective=world.objective,
            title="Run 4 customer workshops",
            kind="milestone",
            start=None,
            target=None,
        )
        response = client_for(world.member).get(f"/objectives/{world.objective.pk}/")
        coach = response.context["coach"]
        by_kr = {kr.pk: [f.code for f in found] for kr, found in coach.key_results}
        assert "KR102" in by_kr[activity.pk]
        # Four key results and an owner, but a team objective aligned to nothing.
        assert [f.code for f in coach.objective] == ["OKR006"]
        html = response.content.decode()
        assert 'id="coach-heading"' in html and "KR102" in html
        assert f'href="#kr-{activity.pk}"' in html
        assert f'href="#coach-kr-{activity.pk}"' in html  # from the key result's card

    def test_objective_findings_use_the_context(self, world, client_for):
        configure(world, {"OKR006": {"enabled": True, "severity": "error"}})
        response = client_for(world.member).get(f"/objectives/{world.objective.pk}/")
        codes = [f.code for f in response.context["coach"].objective]
        assert codes == ["OKR001", "OKR006"]  # no key results; a team objective not aligned
        assert response.context["coach"].errors == 1

    def test_a_disabled_rule_is_not_on_the_page(self, world, client_for):
        configure(world, {"OKR001": {"enabled": False}, "OKR006": {"enabled": False}})
        response = client_for(world.member).get(f"/objectives/{world.objective.pk}/")
        assert response.context["coach"].count == 0
        assert "nothing to add" in response.content.decode()

    def test_query_count_does_not_grow_with_key_results_and_findings(
        self, world, key_results, client_for, django_assert_max_num_queries
    ):
        client = client_for(world.member)
        with CaptureQueriesContext(connection) as small:
            client.get(f"/objectives/{world.objective.pk}/")
        for title in ("Run 4 workshops", "Improve morale", "Hold 3 webinars"):
            kr = KeyResultFactory(objective=world.objective, title=title, owner=world.lead)
            CheckInFactory.create_batch(3, key_result=kr)
            InitiativeFactory(organisation=world.organisation).key_results.add(kr)
            ObjectiveFactory(cycle=world.cycle, owner=world.member)
        with django_assert_max_num_queries(len(small)):
            response = client.get(f"/objectives/{world.objective.pk}/")
        assert response.context["coach"].count > 0
