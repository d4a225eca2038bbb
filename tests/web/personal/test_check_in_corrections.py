"""Correcting a check-in from the objective page: the original stays, the correction counts."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.okrs.models import CheckIn, CycleState
from cairn.okrs.services import check_in_record, key_result_create


@pytest.fixture
def kr(world):
    return key_result_create(
        actor=world.member, objective=world.objective, title="Cut first reply from 18 to 4 hours",
        start=18, target=4, unit="hours",
    )  # fmt: skip


@pytest.fixture
def typo(world, kr) -> CheckIn:
    """Return the member's check-in of 41 hours where 11 was meant."""
    return check_in_record(key_result=kr, author=world.member, value=41, note="Typo")


def url(check_in: CheckIn) -> str:
    return reverse("check_in_correct", args=[check_in.pk])


def test_the_author_corrects_a_check_in_and_progress_follows(world, kr, typo, client_for):
    client = client_for(world.member)
    form = client.get(url(typo))
    assert form.status_code == 200
    assert 'value="41"' in form.content.decode()

    response = client.post(
        url(typo),
        {"correction-value": "11", "correction-confidence": "7", "correction-note": "Fixed"},
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("objective", args=[kr.objective_id]) + f"#kr-{kr.pk}"
    kr.refresh_from_db()
    assert kr.current == 11 and kr.progress == pytest.approx(0.5)
    correction = CheckIn.objects.get(corrects=typo)
    assert (correction.value, correction.confidence, correction.note) == (11, 7, "Fixed")
    assert CheckIn.objects.filter(pk=typo.pk, value=41).exists()  # the original stays


def test_the_objective_page_offers_correct_on_the_authors_uncorrected_check_ins(
    world, kr, typo, client_for
):
    page = client_for(world.member).get(reverse("objective", args=[kr.objective_id]))
    assert f'href="{url(typo)}"' in page.content.decode()

    client_for(world.member).post(
        url(typo), {"correction-value": "11", "correction-confidence": "5"}
    )
    page = client_for(world.member).get(reverse("objective", args=[kr.objective_id]))
    assert f'href="{url(typo)}"' not in page.content.decode()  # corrected: correct the newer one
    correction = CheckIn.objects.get(corrects=typo)
    assert f'href="{url(correction)}"' in page.content.decode()


def test_bad_input_is_explained_and_nothing_is_recorded(world, typo, client_for):
    response = client_for(world.member).post(
        url(typo), {"correction-value": "lots", "correction-confidence": "5"}
    )

    assert response.status_code == 400
    assert "number" in response.content.decode()
    assert not CheckIn.objects.filter(corrects=typo).exists()


def test_a_check_in_is_corrected_once(world, typo, client_for):
    client = client_for(world.admin)
    client.post(url(typo), {"correction-value": "11", "correction-confidence": "5"})

    response = client.post(url(typo), {"correction-value": "12", "correction-confidence": "5"})

    assert response.status_code == 400
    assert "already corrected" in response.content.decode()
    assert CheckIn.objects.filter(corrects=typo).count() == 1


def test_an_admin_may_correct_anyones_check_in(world, typo, client_for):
    response = client_for(world.admin).post(
        url(typo), {"correction-value": "11", "correction-confidence": "5"}
    )
    assert response.status_code == 302


def test_someone_else_may_not(world, kr, typo, client_for):
    page = client_for(world.lead).get(reverse("objective", args=[kr.objective_id]))
    assert f'href="{url(typo)}"' not in page.content.decode()

    response = client_for(world.lead).post(
        url(typo), {"correction-value": "11", "correction-confidence": "5"}
    )

    assert response.status_code == 403
    assert not CheckIn.objects.filter(corrects=typo).exists()


def test_a_viewer_may_not_and_sees_no_link(world, kr, typo, client_for):
    assert client_for(world.viewer).get(url(typo)).status_code == 403
    page = client_for(world.viewer).get(reverse("objective", args=[kr.objective_id]))
    assert f'href="{url(typo)}"' not in page.content.decode()


def test_a_closed_cycle_takes_no_corrections(world, kr, typo, client_for):
    world.cycle.state = CycleState.CLOSED
    world.cycle.save()
    page = client_for(world.member).get(reverse("objective", args=[kr.objective_id]))
    assert f'href="{url(typo)}"' not in page.content.decode()

    response = client_for(world.member).post(
        url(typo), {"correction-value": "11", "correction-confidence": "5"}
    )

    assert response.status_code == 400
    assert "no longer takes check-ins" in response.content.decode()
    assert not CheckIn.objects.filter(corrects=typo).exists()


def test_another_organisations_check_in_is_not_found(world, typo, client_for):
    assert client_for(world.outsider).get(url(typo)).status_code == 404
