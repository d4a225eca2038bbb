"""Error details name what the client sent, never the server's parameter names."""

from __future__ import annotations

from tests.api.conftest import problem_fields


def test_a_body_that_is_not_an_object_is_reported_as_the_body(api, world):
    response = api["member"].post("/api/v1/coach/key-result", "[1, 2]")

    assert response.status_code == 422
    assert problem_fields(response) == ["body"]
