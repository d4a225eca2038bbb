"""403, 404 and 500 pages sit inside the app shell and offer a way back."""

from __future__ import annotations

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error


def test_a_404_is_inside_the_shell_with_a_way_back(world, client):
    client.force_login(world.member.user)
    response = client.get("/objectives/999999/")
    html = response.content.decode()
    assert response.status_code == 404
    assert 'class="app-bar' in html and 'aria-label="Main"' in html
    assert "We couldn't find that page" in html
    assert 'href="/">Go to my week</a>' in html


def test_another_organisations_objective_is_the_same_404(world, client):
    client.force_login(world.outsider.user)
    response = client.get(f"/objectives/{world.objective.pk}/")
    assert response.status_code == 404
    assert world.objective.title not in response.content.decode()


def test_a_403_says_why_inside_the_shell(world, client):
    client.force_login(world.viewer.user)
    response = client.get("/objectives/new/")
    html = response.content.decode()
    assert response.status_code == 403
    assert 'class="app-bar' in html
    assert "Viewers can read but not change OKRs." in html
    assert 'href="/">Go to my week</a>' in html


def test_a_403_escapes_the_reason(rf, db):
    from django.core.exceptions import PermissionDenied
    from django.views.defaults import permission_denied

    request = rf.get("/")
    request.person = None
    request.memberships = []
    response = permission_denied(request, PermissionDenied("<script>x</script>"))
    assert b"<script>x</script>" not in response.content
    assert b"&lt;script&gt;x&lt;/script&gt;" in response.content


def test_a_500_renders_without_the_database():
    """No database mark: any query would raise, as it would with the database down."""
    response = server_error(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in html
    assert 'href="/">Go to my week</a>' in html
    assert "web/css/tokens.css" in html


@pytest.mark.parametrize("url", ["/sign-in/nowhere/", "/no-such-page/"])
def test_a_signed_out_404_still_has_a_way_back(client, db, url):
    response = client.get(url)
    assert response.status_code == 404
    assert b"Go to my week" in response.content
    assert b"Main" not in response.content  # no navigation for someone signed out


def test_a_500_renders_even_where_the_web_urls_are_missing(settings):
    """An API-only URLconf (as some tests and deployments use) must not break the error page."""
    settings.ROOT_URLCONF = "cairn.api.urls"
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert b'href="/">Go to my week</a>' in response.content
