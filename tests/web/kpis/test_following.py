"""A key result following a KPI: set from its edit page; its check-in row keeps confidence and note."""

from __future__ import annotations

import pytest

from cairn.kpis.services import kpi_value_record
from cairn.okrs.models import CheckIn
from cairn.okrs.services import key_result_create, key_result_update
from tests.web.kpis.conftest import make_kpi


@pytest.fixture
def following(world, kpi):
    kr = key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Keep uptime high",
        kind="stay_above",
        target=99.5,
        unit="%",
    )
    return key_result_update(key_result=kr, actor=world.member, follows_kpi=kpi)


def _edit_data(kr, **changes):
    data = {
        "title": kr.title,
        "kind": kr.kind,
        "start": "" if kr.start is None else kr.start,
        "target": kr.target,
        "unit": kr.unit,
        "owner": kr.owner_id,
        "weight": 1,
        "version": kr.version,
        "follows_kpi": "",
    }
    data.update(changes)
    return data


def test_the_edit_page_sets_and_clears_follow(world, client_for, kpi, kr):
    client = client_for(world.member)
    page = client.get(f"/key-results/{kr.pk}/edit/").content.decode()
    assert "Follows a KPI" in page and "Uptime" in page
    response = client.post(f"/key-results/{kr.pk}/edit/", _edit_data(kr, follows_kpi=kpi.pk))
    assert response.status_code == 302
    kr.refresh_from_db()
    assert kr.follows_kpi == kpi
    assert kr.changes.filter(field="follows_kpi").exists()  # in the key result's history
    response = client.post(f"/key-results/{kr.pk}/edit/", _edit_data(kr))
    kr.refresh_from_db()
    assert response.status_code == 302 and kr.follows_kpi is None


def test_the_edit_page_refuses_another_organisations_kpi(world, client_for, kr):
    from cairn.kpis.services import kpi_create

    foreign = kpi_create(actor=world.outsider, name="Foreign", healthy_low=1)
    response = client_for(world.member).post(
        f"/key-results/{kr.pk}/edit/", _edit_data(kr, follows_kpi=foreign.pk)
    )
    assert response.status_code == 400
    kr.refresh_from_db()
    assert kr.follows_kpi is None


def test_the_check_in_row_shows_the_value_read_only(world, client_for, kpi, following):
    kpi_value_record(kpi=kpi, value=99.7, actor=world.admin)
    html = client_for(world.member).get("/check-in/?all=1").content.decode()
    assert "its value comes from the KPI" in html
    assert 'value="99.7"' in html and "disabled" in html


def test_a_check_in_keeps_the_kpis_value_and_adds_confidence_and_note(
    world, client_for, kpi, following
):
    kpi_value_record(kpi=kpi, value=99.7, actor=world.admin)
    prefix = f"kr-{following.pk}"
    data = {f"{prefix}-value": "12", f"{prefix}-confidence": "8", f"{prefix}-note": "Steady"}
    response = client_for(world.member).post(f"/check-in/{following.pk}/", data)
    assert response.status_code == 302
    latest = CheckIn.objects.filter(key_result=following).first()
    assert latest.value == 99.7 and latest.confidence == 8 and latest.note == "Steady"
    assert latest.source == "web"


def test_without_a_kpi_value_the_row_says_so(world, client_for, kpi, following):
    prefix = f"kr-{following.pk}"
    data = {f"{prefix}-confidence": "8"}
    response = client_for(world.member).post(f"/check-in/{following.pk}/", data)
    assert response.status_code == 400
    assert "The KPI has no value yet" in response.content.decode()
    assert not CheckIn.objects.exists()


def test_the_kpi_page_lists_following_key_results(world, client_for, kpi, following):
    html = client_for(world.viewer).get(f"/kpis/{kpi.pk}/").content.decode()
    assert "Key results following this KPI" in html and "Keep uptime high" in html
    other = make_kpi(world, name="Other")
    assert (
        "Keep uptime high"
        not in client_for(world.viewer).get(f"/kpis/{other.pk}/").content.decode()
    )


def test_the_objective_page_links_the_followed_kpi_at_a_constant_query_count(
    world, client_for, kpi, following
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(world.member)
    url = f"/objectives/{world.objective.pk}/"
    client.get(url)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    before = count()
    for n in range(3):
        kr = key_result_create(
            actor=world.member, objective=world.objective, title=f"KR {n}", start=0, target=9
        )
        key_result_update(
            key_result=kr, actor=world.member, follows_kpi=make_kpi(world, name=f"K{n}")
        )
    html = client.get(url).content.decode()
    assert f'href="/kpis/{kpi.pk}/"' in html and "follows the KPI “Uptime”" in html
    assert count() == before


def _create_data(**changes):
    data = {"title": "Keep uptime above 99.5%", "kind": "stay_above", "target": "99.5"}
    data.update({"unit": "%", "weight": 1, "follows_kpi": ""}, **changes)
    return data


def test_the_new_key_result_form_follows_a_kpi_and_takes_its_latest_value(world, client_for, kpi):
    kpi_value_record(kpi=kpi, value=99.8, actor=world.admin)
    client = client_for(world.member)
    url = f"/objectives/{world.objective.pk}/key-results/new/"
    assert "Follows a KPI" in client.get(url).content.decode()
    data = _create_data(owner=world.member.pk, follows_kpi=kpi.pk)
    response = client.post(url, data)
    assert response.status_code == 302
    kr = world.objective.key_results.get(title="Keep uptime above 99.5%")
    assert kr.follows_kpi == kpi
    check_in = CheckIn.objects.get(key_result=kr)  # the latest value, at once
    assert check_in.value == 99.8 and check_in.source == "data"
    kr.refresh_from_db()
    assert kr.current == 99.8


def test_the_new_key_result_form_refuses_another_organisations_kpi(world, client_for):
    from cairn.kpis.services import kpi_create

    foreign = kpi_create(actor=world.outsider, name="Foreign", healthy_low=1)
    url = f"/objectives/{world.objective.pk}/key-results/new/"
    data = _create_data(owner=world.member.pk, follows_kpi=foreign.pk)
    response = client_for(world.member).post(url, data)
    assert response.status_code == 400
    assert not world.objective.key_results.filter(title="Keep uptime above 99.5%").exists()


def test_a_milestone_cannot_be_created_following_a_kpi(world, client_for, kpi):
    url = f"/objectives/{world.objective.pk}/key-results/new/"
    data = _create_data(owner=world.member.pk, kind="milestone", target="", follows_kpi=kpi.pk)
    response = client_for(world.member).post(url, data)
    assert response.status_code == 400
    assert "cannot follow a KPI" in response.content.decode()
    assert not world.objective.key_results.filter(title="Keep uptime above 99.5%").exists()
