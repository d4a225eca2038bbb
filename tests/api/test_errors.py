"""Error details name what the client sent, never the server's parameter names."""

from __future__ import annotations

import pytest
from django.urls import clear_url_caches, reverse

from tests.api.conftest import problem_fields


def test_a_body_that_is_not_an_object_is_reported_as_the_body(api, world):
    response = api["member"].post("/api/v1/coach/key-result", "[1, 2]")

    assert response.status_code == 422
    assert problem_fields(response) == ["body"]


@pytest.mark.parametrize("path", ["/api/v1/nothing", "/api/v1/initiatives/Q%0A", "/api/v1/%0A%0Ax"])
def test_an_unknown_path_is_a_problem_404_even_with_a_newline(api, path):
    response = api["member"].get(path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_the_catch_all_404_leaves_every_page_url_reversible(settings):
    # An inline (?s) flag in the catch-all made Django's reverse() fail for every {% url %}.
    settings.ROOT_URLCONF = "cairn.urls"
    clear_url_caches()
    assert reverse("tokens") == "/settings/tokens/"
