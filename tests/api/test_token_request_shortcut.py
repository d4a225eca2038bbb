"""Token requests skip the browser's middleware, and nothing else changes: who may do what,
the answers, the headers; with a cookie, or a session, every middleware runs."""

from __future__ import annotations

import pytest
from django.test import Client

from cairn.okrs.models import CheckIn
from tests.api.conftest import ApiClient, client_for


def url(kr) -> str:
    return f"/api/v1/key-results/{kr.pk}/check-ins"


def skipped(response) -> bool:
    """Return True when the request went past the session middleware (it sets request.session)."""
    return not hasattr(response.wsgi_request, "session")


@pytest.mark.parametrize(
    ("persona", "status"),
    [("admin", 201), ("lead", 201), ("member", 201), ("viewer", 403), ("outsider", 404)],
)
def test_a_token_check_in_is_allowed_and_refused_as_before(world, kr, api, persona, status):
    response = api[persona].post(url(kr), {"value": 10})
    assert response.status_code == status, response.content
    assert skipped(response)
    assert CheckIn.objects.filter(key_result=kr).count() == (status == 201)


def test_bad_tokens_are_still_refused(world, kr):
    for token in ("nope", "cairn_abc_def", client_for(world.member).token[:-2] + "zz"):
        response = ApiClient(token).post(url(kr), {"value": 10})
        assert response.status_code in (401, 403), response.content
        assert skipped(response)
    read_only = client_for(world.member, scope="read").post(url(kr), {"value": 10})
    assert read_only.status_code == 403 and "read-only" in read_only.json()["detail"]
    assert not CheckIn.objects.filter(key_result=kr).exists()


def test_bad_input_gets_the_same_problem_in_the_callers_language(world, kr, api):
    response = api["member"].post(url(kr), {"value": "lots"}, **{"Accept-Language": "de"})
    assert response.status_code == 422
    assert response["Content-Language"] == "de"
    assert skipped(response)


def test_a_token_request_gets_the_headers_of_any_other_request(world, kr, api):
    token = api["member"].get(url(kr))
    assert skipped(token)
    with_cookie = api["member"].client
    with_cookie.cookies["unrelated"] = "1"  # any cookie: the full chain runs
    full = api["member"].get(url(kr))
    assert not skipped(full)
    assert token.status_code == full.status_code == 200
    names = ("Content-Security-Policy", "Permissions-Policy", "X-Frame-Options",
             "X-Content-Type-Options", "Referrer-Policy", "Content-Language")  # fmt: skip
    assert {n: token.get(n) for n in names} == {n: full.get(n) for n in names}
    assert all(token.get(n) for n in names)
    vary = {v.strip() for v in token["Vary"].split(",")}
    assert vary == {v.strip() for v in full["Vary"].split(",")} == {"Accept-Language", "Cookie"}


def test_a_host_not_allowed_is_still_refused(world, kr, api):
    response = api["member"].client.get(
        url(kr), headers={"Authorization": f"Bearer {api['member'].token}"}, HTTP_HOST="evil.test"
    )
    assert response.status_code == 400


def test_a_session_write_without_csrf_is_still_refused(world, kr):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(world.member.user)
    response = browser.post(url(kr), {"value": 10}, content_type="application/json")
    assert response.status_code == 403
    assert not skipped(response)
    # A token that fails, sent with the session cookie, does not let the session skip CSRF.
    response = browser.post(
        url(kr), {"value": 10}, content_type="application/json",
        headers={"Authorization": "Bearer cairn_abc_def"},
    )  # fmt: skip
    assert response.status_code == 403
    assert not CheckIn.objects.filter(key_result=kr).exists()


def test_a_session_read_still_works(world, kr):
    browser = Client()
    browser.force_login(world.member.user)
    response = browser.get(url(kr))
    assert response.status_code == 200
    assert not skipped(response)


def test_pages_outside_the_api_take_the_full_chain(world, api):
    response = api["member"].client.get(
        "/objectives/", headers={"Authorization": f"Bearer {api['member'].token}"}
    )
    assert not skipped(response)
