"""The coach settings page: admins switch rules, change severities and thresholds, or reset."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from cairn.coach import DEFAULT, RULES, THRESHOLDS
from cairn.organisations.models import Organisation
from cairn.organisations.services import coach_config_update

URL = "/settings/coach/"


def form_data(**changes) -> dict:
    """Return the POST of the form as the defaults show it, with `changes` applied."""
    data = {f"{code}_enabled": "on" for code in RULES}
    data |= {f"{code}_severity": "" for code in RULES}
    data |= {name: str(getattr(DEFAULT, name)) for name in THRESHOLDS}
    data |= changes
    return {k: v for k, v in data.items() if v is not None}


def stored(world) -> dict:
    return Organisation.objects.get(pk=world.organisation.pk).coach_config


def test_the_url_is_named():
    assert reverse("coach_settings") == URL


def test_an_admin_sees_every_rule_and_threshold(world, client_for):
    response = client_for(world.admin).get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    for code, rule in RULES.items():
        assert code in html and escape(rule.title) in html and escape(rule.explanation) in html
        assert f'name="{code}_enabled"' in html and f'name="{code}_severity"' in html
    for name, (_kind, minimum, description) in THRESHOLDS.items():
        assert re.search(f'<input[^>]* name="{name}"[^>]* min="{minimum}"', html)
        assert escape(description) in html
    assert 'name="min_key_results" value="3"' in html
    assert "Default (Warning)" in html and "Reset to defaults" in html


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_may_open_or_post_it(world, client_for, persona):
    client = client_for(getattr(world, persona))
    assert client.get(URL).status_code == 403
    assert client.post(URL, form_data(KR102_enabled=None)).status_code == 403
    assert client.post(URL, {"reset": "1"}).status_code == 403
    assert stored(world) == {}


def test_an_admin_of_another_organisation_changes_only_their_own(world, client_for):
    response = client_for(world.outsider).post(URL, form_data(KR102_enabled=None))
    assert response.status_code == 302 and stored(world) == {}
    theirs = Organisation.objects.get(pk=world.outsider.organisation_id)
    assert not theirs.coach.enabled("KR102")


def test_saving_switches_rules_severities_and_thresholds(world, client_for):
    client = client_for(world.admin)
    data = form_data(KR102_enabled=None, KR107_severity="error", min_key_results="2")
    response = client.post(URL, data)
    assert response.status_code == 302 and response["Location"] == URL
    config = Organisation.objects.get(pk=world.organisation.pk).coach
    assert not config.enabled("KR102") and config.severity("KR107") == "error"
    assert config.min_key_results == 2 and config.enabled("OKR001")
    assert set(stored(world)["rules"]) == {"KR102", "KR107"}  # unchanged rules stay implicit
    page = client.get(URL).content.decode()
    assert "Coach settings saved." in page and "Last changed by" in page
    assert 'name="KR102_enabled" id="id_KR102_enabled"' in page  # unchecked now
    assert 'value="error" selected' in page


def test_a_threshold_below_its_minimum_is_refused_next_to_it(world, client_for):
    response = client_for(world.admin).post(URL, form_data(KR102_enabled=None, stale_periods="0"))
    assert response.status_code == 400
    assert response.context["form"].errors["stale_periods"]
    assert stored(world) == {}  # the valid change to KR102 is not saved either


def test_a_number_that_is_not_a_number_is_refused(world, client_for):
    response = client_for(world.admin).post(URL, form_data(max_key_results="five"))
    assert response.status_code == 400 and response.context["form"].errors["max_key_results"]


def test_the_coach_s_own_checks_show_next_to_the_field(world, client_for):
    data = form_data(min_key_results="6", max_key_results="4", duplicate_similarity="1.5")
    response = client_for(world.admin).post(URL, data)
    errors = response.context["form"].errors
    assert response.status_code == 400
    assert "is above max_key_results" in errors["min_key_results"][0]
    assert "between 0 and 1" in errors["duplicate_similarity"][0]
    assert "is above max_key_results" in response.content.decode()
    assert stored(world) == {}


def test_a_bad_severity_is_refused(world, client_for):
    response = client_for(world.admin).post(URL, form_data(KR102_severity="fatal"))
    assert response.status_code == 400 and response.context["form"].errors["KR102_severity"]


def test_reset_restores_the_defaults(world, client_for):
    coach_config_update(
        organisation=world.organisation,
        actor=world.admin,
        config={"rules": {"KR102": {"enabled": False}}, "thresholds": {"min_key_results": 1}},
    )
    response = client_for(world.admin).post(URL, {"reset": "1"})
    assert response.status_code == 302
    assert Organisation.objects.get(pk=world.organisation.pk).coach == DEFAULT


def test_queries_do_not_grow_with_the_history(world, client_for):
    client = client_for(world.admin)
    coach_config_update(organisation=world.organisation, actor=world.admin, config={})
    client.get(URL)  # the process's first content-type lookup is cached after one request
    with CaptureQueriesContext(connection) as few:
        client.get(URL)
    for n in range(1, 6):
        coach_config_update(
            organisation=world.organisation,
            actor=world.admin,
            config={"thresholds": {"min_key_results": n}},
        )
    with CaptureQueriesContext(connection) as many:
        client.get(URL)
    assert len(many) == len(few)
