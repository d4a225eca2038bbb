"""A method an endpoint does not take gets a problem+json 405 that names the allowed ones."""

from __future__ import annotations


def test_it_answers_a_wrong_method_with_problem_json(api):
    response = api["member"].delete("/api/v1/cycles")

    assert response.status_code == 405
    assert response["Content-Type"] == "application/problem+json"
    assert response["Allow"] == "GET, POST"
    body = response.json()
    assert body["status"] == 405
    assert body["title"] == "Method Not Allowed"
    assert "DELETE is not allowed here" in body["detail"]
    assert "GET, POST" in body["detail"]


def test_it_leaves_allowed_methods_alone(api):
    response = api["member"].get("/api/v1/cycles")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"


def test_it_leaves_the_web_apps_405_alone(client, settings):
    settings.ROOT_URLCONF = "cairn.urls"

    response = client.get("/sign-out/")

    assert response.status_code == 405
    assert not response["Content-Type"].startswith("application/problem")
