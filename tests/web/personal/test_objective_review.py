"""The guided necessary-and-sufficient review page, its result page and the objective page."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.okrs.models import ObjectiveReview
from cairn.okrs.services import objective_review_record
from tests.factories import KeyResultFactory, ObjectiveFactory


def review_url(objective):
    return f"/objectives/{objective.pk}/review/"


def answers(key_results, necessary="no", sufficient="yes", **overrides):
    data = {f"necessary_{i}": necessary for i in range(len(key_results))}
    data |= {"sufficient": sufficient, "asked": ",".join(str(kr.pk) for kr in key_results)}
    return data | overrides


class TestReviewPage:
    def test_it_asks_one_question_per_key_result_and_one_for_the_set(
        self, world, key_results, client_for
    ):
        response = client_for(world.member).get(review_url(world.objective))
        assert response.status_code == 200
        html = response.content.decode()
        for kr in key_results:
            assert f"still be reached without “{kr.title}”" in html
        assert "undoubtedly achieved" in html
        assert html.count('type="radio"') == 3 * (len(key_results) + 1)

    def test_recording_a_review_shows_the_verdict_and_what_to_do(
        self, world, key_results, client_for
    ):
        client = client_for(world.member)
        data = answers(key_results, sufficient="no", necessary_1="yes")
        response = client.post(review_url(world.objective), data)
        review = ObjectiveReview.objects.get()
        assert response.status_code == 302
        assert response["Location"] == f"/objectives/{world.objective.pk}/reviews/{review.pk}/"
        assert (review.passed, review.sufficient) == (False, "not_sufficient")
        assert review.necessary == ["necessary", "not_necessary", "necessary"]
        assert review.answers["necessary:1"] == "yes"
        page = client.get(response["Location"])
        html = page.content.decode()
        assert f"“{key_results[1].title}” is not necessary" in html
        assert f'href="/key-results/{key_results[1].pk}/edit/"' in html
        assert "not sufficient" in html
        assert f'href="/objectives/{world.objective.pk}/key-results/new/"' in html

    def test_a_passing_review_says_nothing_to_change(self, world, key_results, client_for):
        client = client_for(world.lead)
        response = client.post(review_url(world.objective), answers(key_results), follow=True)
        assert "Necessary and sufficient" in response.content.decode()
        assert "Nothing to change" in response.content.decode()

    def test_unanswered_questions_are_shown_with_an_error(self, world, key_results, client_for):
        data = answers(key_results)
        del data["necessary_2"]
        data["sufficient"] = "perhaps"
        response = client_for(world.member).post(review_url(world.objective), data)
        assert response.status_code == 400
        errors = response.context["form"].errors
        assert set(errors) == {"necessary_2", "sufficient"}
        assert 'role="alert"' in response.content.decode()
        assert not ObjectiveReview.objects.exists()

    def test_key_results_changed_meanwhile_is_refused(self, world, key_results, client_for):
        data = answers(key_results)
        KeyResultFactory(objective=world.objective)
        data["necessary_3"] = "no"  # even answering the new one: it was not asked
        response = client_for(world.member).post(review_url(world.objective), data)
        assert response.status_code == 400
        assert "changed while you were reviewing" in response.content.decode()
        assert not ObjectiveReview.objects.exists()

    def test_a_garbled_hidden_field_is_a_form_error(self, world, key_results, client_for):
        data = answers(key_results, asked="1,x")
        response = client_for(world.member).post(review_url(world.objective), data)
        assert response.status_code == 400
        assert not ObjectiveReview.objects.exists()

    def test_without_key_results_it_asks_for_key_results_first(self, world, client_for):
        response = client_for(world.member).get(review_url(world.objective))
        assert "no key results yet" in response.content.decode()
        assert 'type="radio"' not in response.content.decode()

    def test_earlier_reviews_are_listed(self, world, key_results, client_for):
        data = {f"necessary:{i}": "no" for i in range(3)} | {"sufficient": "no"}
        review = objective_review_record(
            objective=world.objective, reviewer=world.lead, answers=data
        )
        html = client_for(world.member).get(review_url(world.objective)).content.decode()
        assert f"/reviews/{review.pk}/" in html and world.lead.name in html

    def test_query_count_does_not_grow_with_key_results(
        self, world, key_results, client_for, django_assert_max_num_queries
    ):
        client = client_for(world.member)
        with CaptureQueriesContext(connection) as small:
            client.get(review_url(world.objective))
        for _ in range(4):
            KeyResultFactory(objective=world.objective)
        krs = list(world.objective.key_results.all())
        data = {f"necessary:{i}": "no" for i in range(len(krs))} | {"sufficient": "yes"}
        objective_review_record(objective=world.objective, reviewer=world.lead, answers=data)
        with django_assert_max_num_queries(len(small)):
            client.get(review_url(world.objective))


class TestPermissions:
    def test_a_viewer_cannot_review(self, world, key_results, client_for):
        client = client_for(world.viewer)
        assert client.get(review_url(world.objective)).status_code == 403
        assert client.post(review_url(world.objective), answers(key_results)).status_code == 403
        assert not ObjectiveReview.objects.exists()

    def test_a_member_cannot_review_someone_elses_objective(self, world, client_for):
        theirs = ObjectiveFactory(cycle=world.cycle, team=world.team, owner=world.lead)
        krs = [KeyResultFactory(objective=theirs)]
        client = client_for(world.member)
        assert client.get(review_url(theirs)).status_code == 403
        assert client.post(review_url(theirs), answers(krs)).status_code == 403

    def test_an_outsider_gets_404(self, world, key_results, client_for):
        review = objective_review_record(
            objective=world.objective,
            reviewer=world.member,
            answers={f"necessary:{i}": "no" for i in range(3)} | {"sufficient": "yes"},
        )
        client = client_for(world.outsider)
        assert client.get(review_url(world.objective)).status_code == 404
        assert client.post(review_url(world.objective), answers(key_results)).status_code == 404
        result = f"/objectives/{world.objective.pk}/reviews/{review.pk}/"
        assert client.get(result).status_code == 404

    def test_a_review_is_only_found_under_its_own_objective(self, world, key_results, client_for):
        review = objective_review_record(
            objective=world.objective,
            reviewer=world.member,
            answers={f"necessary:{i}": "no" for i in range(3)} | {"sufficient": "yes"},
        )
        other = ObjectiveFactory(cycle=world.cycle, owner=world.member)
        response = client_for(world.member).get(f"/objectives/{other.pk}/reviews/{review.pk}/")
        assert response.status_code == 404

    def test_a_viewer_may_read_a_recorded_review(self, world, key_results, client_for):
        review = objective_review_record(
            objective=world.objective,
            reviewer=world.member,
            answers={f"necessary:{i}": "no" for i in range(3)} | {"sufficient": "yes"},
        )
        response = client_for(world.viewer).get(
            f"/objectives/{world.objective.pk}/reviews/{review.pk}/"
        )
        assert response.status_code == 200
        assert "Review again" not in response.content.decode()


class TestObjectivePage:
    @pytest.mark.parametrize("persona", ["member", "lead", "admin"])
    def test_editors_are_offered_the_review(self, world, key_results, client_for, persona):
        html = client_for(getattr(world, persona)).get(f"/objectives/{world.objective.pk}/")
        assert f'href="{review_url(world.objective)}"' in html.content.decode()
        assert "Not reviewed yet" in html.content.decode()

    def test_a_viewer_is_not(self, world, key_results, client_for):
        html = client_for(world.viewer).get(f"/objectives/{world.objective.pk}/").content.decode()
        assert review_url(world.objective) not in html

    def test_the_latest_review_is_shown_with_date_reviewer_and_verdict(
        self, world, key_results, client_for
    ):
        base = {f"necessary:{i}": "no" for i in range(3)}
        objective_review_record(
            objective=world.objective, reviewer=world.lead, answers=base | {"sufficient": "yes"}
        )
        latest = objective_review_record(
            objective=world.objective, reviewer=world.admin, answers=base | {"sufficient": "no"}
        )
        response = client_for(world.member).get(f"/objectives/{world.objective.pk}/")
        assert response.context["review"] == latest
        html = response.content.decode()
        assert world.admin.name in html and "Not sufficient" in html
        assert f"/reviews/{latest.pk}/" in html
        assert "Review again" in html
