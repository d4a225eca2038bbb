"""The weekly check-in flow: due rows, saving in place with htmx, errors by the field, roles."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.okrs.models import CheckIn, KeyResult, Objective
from tests.factories import KeyResultFactory, ObjectiveFactory

HTMX = {"HTTP_HX_REQUEST": "true"}


def post(client, kr, data, **extra):
    prefixed = {f"kr-{kr.pk}-{name}": value for name, value in data.items()}
    return client.post(f"/check-in/{kr.pk}/", prefixed, **extra)


def test_the_page_lists_every_due_key_result(world, key_results, client_for):
    page = client_for(world.member).get("/check-in/").content.decode()
    for kr in key_results:
        assert kr.title in page
    # One form holds every row (so "Save all" sends them together); each row saves on its own.
    assert 'id="check-in-sheet"' in page and page.count('name="row"') == 3
    assert f'for="id_kr-{key_results[0].pk}-value"' in page  # every input is labelled
    assert page.count("data-row-save") == 3 and "Save all" in page


def test_saving_with_htmx_swaps_the_row_with_new_progress(world, key_results, client_for):
    kr = key_results[1]  # 80 → 95
    response = post(
        client_for(world.member), kr, {"value": "95", "confidence": "8", "note": "done"}, **HTMX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith("<li") and f'id="check-in-{kr.pk}"' in html
    # The saved row collapses to one line: value, confidence, progress, note, and "Edit".
    assert "check-in-row--saved" in html and "<input" not in html
    assert "95" in html and "confidence 8/10" in html and "progress 100%" in html
    assert f'hx-get="/check-in/{kr.pk}/row/"' in html
    kr.refresh_from_db()
    assert kr.current == 95 and kr.confidence == 8
    assert CheckIn.objects.filter(key_result=kr, note="done").exists()
    assert Objective.objects.get(pk=world.objective.pk).progress > 0


def test_a_milestone_is_checked_in_as_done(world, key_results, client_for):
    kr = key_results[2]
    post(client_for(world.member), kr, {"done": "on", "confidence": "9"}, **HTMX)
    kr.refresh_from_db()
    assert kr.done and kr.progress == 1


def test_without_htmx_it_redirects_back_to_the_page(world, key_results, client_for):
    response = post(client_for(world.member), key_results[1], {"value": "90", "confidence": "6"})
    assert response.status_code == 302 and response["Location"] == "/check-in/"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"value": "lots", "confidence": "5"}, "Enter a number"),
        ({"value": "", "confidence": "5"}, "This field is required"),
        ({"value": "90", "confidence": "11"}, "Select a valid choice"),
    ],
)
def test_bad_input_is_shown_next_to_the_field(world, key_results, client_for, data, message):
    kr = key_results[1]
    response = post(client_for(world.member), kr, data, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200 and message in html and "field--error" in html
    assert not CheckIn.objects.filter(key_result=kr).exclude(value=82).exists()
    response = post(client_for(world.member), kr, data)
    assert response.status_code == 400 and message in response.content.decode()


def test_a_closed_cycle_refuses_check_ins_with_a_message(world, key_results, client_for):
    world.cycle.state = "grading"
    world.cycle.save()
    response = post(
        client_for(world.member), key_results[1], {"value": "90", "confidence": "6"}, **HTMX
    )
    assert "no longer takes check-ins" in response.content.decode()


def test_a_viewer_cannot_check_in(world, key_results, client_for):
    response = post(client_for(world.viewer), key_results[1], {"value": "90", "confidence": "6"})
    assert response.status_code == 403


def test_a_member_cannot_check_in_on_someone_elses_key_result(world, client_for):
    other = KeyResultFactory(objective=ObjectiveFactory(cycle=world.cycle, owner=world.lead))
    response = post(client_for(world.member), other, {"value": "150", "confidence": "6"})
    assert response.status_code == 403


def test_a_contributor_can_check_in(world, client_for):
    other = KeyResultFactory(objective=ObjectiveFactory(cycle=world.cycle, owner=world.lead))
    other.contributors.add(world.member)
    response = post(client_for(world.member), other, {"value": "150", "confidence": "6"}, **HTMX)
    assert response.status_code == 200 and "Saved" in response.content.decode()


def test_another_organisations_key_result_is_not_found(world, key_results, client_for):
    response = post(client_for(world.outsider), key_results[1], {"value": "1", "confidence": "6"})
    assert response.status_code == 404


def test_get_is_not_allowed_on_the_record_url(world, key_results, client_for):
    assert client_for(world.member).get(f"/check-in/{key_results[0].pk}/").status_code == 405


def test_query_count_does_not_grow_with_due_key_results(
    world, key_results, client_for, django_assert_max_num_queries
):
    client = client_for(world.member)
    with CaptureQueriesContext(connection) as small:
        client.get("/check-in/")
    for _ in range(6):
        objective = ObjectiveFactory(cycle=world.cycle, owner=world.member, team=world.team)
        KeyResultFactory.create_batch(3, objective=objective)
    assert KeyResult.objects.filter(owner=world.member).count() >= 21
    with django_assert_max_num_queries(len(small)):
        assert client.get("/check-in/").status_code == 200


# --- compact rows: "No change", "Save all", the row's "Edit", implausible values, escaping ---


@pytest.fixture
def checked_in(world, key_results):
    """Return the first two key results after a real check-in each (so they have a last value)."""
    from cairn.okrs.services import check_in_record

    check_in_record(key_result=key_results[0], author=world.member, value=12, confidence=6)
    check_in_record(key_result=key_results[1], author=world.member, value=82, confidence=4)
    for kr in key_results:
        kr.refresh_from_db()
    return key_results


def test_the_value_field_shows_the_current_value_as_placeholder(world, checked_in, client_for):
    page = client_for(world.member).get("/check-in/?all=1").content.decode()
    assert 'placeholder="12"' in page and 'placeholder="82"' in page
    assert f'name="kr-{checked_in[0].pk}-confidence" value="6"' in page
    assert "coin toss" in page and "certain" in page  # the scale says what the numbers mean


def test_no_change_records_the_last_value_again(world, checked_in, client_for):
    kr = checked_in[0]
    data = {f"kr-{kr.pk}-note": "steady", "no_change": str(kr.pk)}
    response = client_for(world.member).post(f"/check-in/{kr.pk}/", data, **HTMX)
    assert response.status_code == 200 and "check-in-row--saved" in response.content.decode()
    latest = CheckIn.objects.filter(key_result=kr).order_by("-id").first()
    assert latest.value == 12 and latest.note == "steady" and latest.confidence == 6


def test_no_change_before_any_check_in_says_why(world, key_results, client_for):
    kr = key_results[1]  # no check-in recorded through the service
    KeyResult.objects.filter(pk=kr.pk).update(last_check_in_at=None)
    before = CheckIn.objects.filter(key_result=kr).count()
    response = client_for(world.member).post(
        f"/check-in/{kr.pk}/", {"no_change": str(kr.pk)}, **HTMX
    )
    assert "no earlier check-in to confirm" in response.content.decode()
    assert CheckIn.objects.filter(key_result=kr).count() == before


def test_save_all_saves_every_filled_row_and_skips_the_empty_ones(world, checked_in, client_for):
    first, second, milestone = checked_in
    data = {
        "row": [first.pk, second.pk, milestone.pk],
        f"kr-{first.pk}-value": "10",
        f"kr-{first.pk}-confidence": "7",
        f"kr-{second.pk}-value": "88",
        f"kr-{second.pk}-note": "survey in",
        "save_all": "1",
    }
    response = client_for(world.member).post("/check-in/all/", data, follow=True)
    assert response.redirect_chain[0] == ("/check-in/", 302)
    assert "2 check-ins saved." in response.content.decode()
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.current == 10 and first.confidence == 7 and second.current == 88
    assert not CheckIn.objects.filter(key_result=milestone).exists()


def test_save_all_keeps_what_was_typed_in_a_failing_row(world, checked_in, client_for):
    first, second, _milestone = checked_in
    data = {
        "row": [first.pk, second.pk],
        f"kr-{first.pk}-value": "lots",
        f"kr-{first.pk}-note": "my careful note",
        f"kr-{second.pk}-value": "90",
    }
    response = client_for(world.member).post("/check-in/all/", data)
    html = response.content.decode()
    assert response.status_code == 400 and "Enter a number" in html
    assert "my careful note" in html and 'value="lots"' in html  # nothing lost
    second.refresh_from_db()
    assert second.current == 90  # the good row was saved on its own
    assert f'id="check-in-{second.pk}" data-saved="1"' in html


def test_save_all_with_nothing_filled_says_so(world, checked_in, client_for):
    before = CheckIn.objects.count()
    data = {"row": [kr.pk for kr in checked_in]}
    response = client_for(world.member).post("/check-in/all/", data, follow=True)
    assert "Nothing to save" in response.content.decode()
    assert CheckIn.objects.count() == before


def test_save_all_ignores_key_results_that_are_not_mine(world, checked_in, client_for):
    other = KeyResultFactory(objective=ObjectiveFactory(cycle=world.cycle, owner=world.lead))
    data = {"row": [other.pk], f"kr-{other.pk}-value": "150"}
    client_for(world.member).post("/check-in/all/", data)
    assert not CheckIn.objects.filter(key_result=other).exists()


def test_a_row_button_without_scripts_saves_only_that_row(world, checked_in, client_for):
    first, second, _milestone = checked_in
    data = {
        "row": [first.pk, second.pk],
        f"kr-{first.pk}-value": "9",
        f"kr-{second.pk}-value": "91",
        "save": str(second.pk),
    }
    client_for(world.member).post("/check-in/all/", data)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.current == 12 and second.current == 91


@pytest.mark.parametrize(("persona", "status"), [("viewer", 403), ("outsider", 302)])
def test_save_all_needs_a_writer_of_this_organisation(
    world, checked_in, client_for, persona, status
):
    before = CheckIn.objects.count()
    data = {"row": [checked_in[0].pk], f"kr-{checked_in[0].pk}-value": "1"}
    response = client_for(getattr(world, persona)).post("/check-in/all/", data)
    # The outsider's own organisation has no such key result: nothing to save, nothing saved.
    assert response.status_code == status
    assert CheckIn.objects.count() == before


def test_edit_brings_the_form_back_with_htmx(world, checked_in, client_for):
    kr = checked_in[0]
    client = client_for(world.member)
    html = client.get(f"/check-in/{kr.pk}/row/", **HTMX).content.decode()
    assert html.lstrip().startswith("<li") and f'name="kr-{kr.pk}-value"' in html
    response = client.get(f"/check-in/{kr.pk}/row/")
    assert response.status_code == 302 and response["Location"].endswith(f"#check-in-{kr.pk}")


@pytest.mark.parametrize(("persona", "status"), [("viewer", 403), ("outsider", 404)])
def test_the_row_url_is_guarded(world, checked_in, client_for, persona, status):
    response = client_for(getattr(world, persona)).get(f"/check-in/{checked_in[0].pk}/row/", **HTMX)
    assert response.status_code == status


def test_an_implausible_value_asks_for_confirmation(world, checked_in, client_for):
    kr = checked_in[1]  # 80 → 95
    client = client_for(world.member)
    response = post(client, kr, {"value": "95000000", "confidence": "8"}, **HTMX)
    html = response.content.decode()
    assert "is it a typo?" in html and f'name="kr-{kr.pk}-confirm_implausible"' in html
    assert 'value="95000000"' in html  # the typed value is kept for the confirmation
    assert not CheckIn.objects.filter(key_result=kr, value=95000000).exists()
    data = {"value": "95000000", "confidence": "8", "confirm_implausible": "on"}
    response = post(client, kr, data, **HTMX)
    assert "check-in-row--saved" in response.content.decode()
    assert CheckIn.objects.filter(key_result=kr, value=95000000).exists()


def test_a_negative_count_asks_for_confirmation_in_save_all(world, checked_in, client_for):
    kr = checked_in[1]
    data = {"row": [kr.pk], f"kr-{kr.pk}-value": "-5"}
    response = client_for(world.member).post("/check-in/all/", data)
    assert response.status_code == 400 and "wrong sign" in response.content.decode()
    data[f"kr-{kr.pk}-confirm_implausible"] = "on"
    response = client_for(world.member).post("/check-in/all/", data)
    assert response.status_code == 302
    kr.refresh_from_db()
    assert kr.current == -5


def test_a_correction_asks_for_confirmation_too(world, checked_in, client_for):
    check_in = CheckIn.objects.filter(key_result=checked_in[1]).latest("id")
    url = f"/check-ins/{check_in.pk}/correct/"
    data = {"correction-value": "1e9", "correction-confidence": "5"}
    response = client_for(world.member).post(url, data)
    assert response.status_code == 400 and "is it a typo?" in response.content.decode()
    data["correction-confirm_implausible"] = "on"
    assert client_for(world.member).post(url, data).status_code == 302


def test_titles_and_notes_are_escaped(world, checked_in, client_for):
    kr = checked_in[0]
    KeyResult.objects.filter(pk=kr.pk).update(title="<script>alert(1)</script>")
    client = client_for(world.member)
    page = client.get("/check-in/?all=1").content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    data = {"value": "11", "note": "<img src=x onerror=alert(2)>"}
    html = post(client, kr, data, **HTMX).content.decode()
    assert "<img src=x" not in html and "&lt;img src=x" in html
