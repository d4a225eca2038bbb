"""Every page is sent with a strict Content-Security-Policy, and no template needs an exception."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client

import cairn

POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
    "base-uri": "'self'",
    "object-src": "'none'",
}
PACKAGE = Path(cairn.__file__).parent
TEMPLATES = sorted(PACKAGE.glob("**/templates/**/*.html"))
# What a strict policy blocks: inline scripts and handlers, style attributes and elements, eval.
FORBIDDEN = {
    "an inline event handler": re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE),
    "an inline script": re.compile(r"<script(?![^>]*\ssrc=)[^>]*>", re.IGNORECASE),
    "a style attribute": re.compile(r"<[^>]*\sstyle\s*=", re.IGNORECASE),
    "a style element": re.compile(r"<style[\s>]", re.IGNORECASE),
    "an hx-on attribute (htmx would eval it)": re.compile(r"\shx-on", re.IGNORECASE),
    "a javascript: URL or js: value": re.compile(r"javascript:|[\"']js:", re.IGNORECASE),
}


def policy_of(response) -> dict[str, str]:
    """Return the response's Content-Security-Policy as directive → sources."""
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


@pytest.mark.parametrize("url", ["/sign-in/", "/api/v1/docs"])
def test_pages_are_sent_with_the_strict_policy(db, url):
    response = Client().get(url)
    assert response.status_code == 200
    assert policy_of(response) == POLICY


def test_a_signed_in_page_has_the_policy_and_htmx_injects_no_style(world, client):
    client.force_login(world.member.user)
    response = client.get("/")
    assert policy_of(response) == POLICY
    assert '"includeIndicatorStyles": false' in response.content.decode()


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_template_needs_inline_code_or_styles(template):
    text = template.read_text()
    found = [what for what, pattern in FORBIDDEN.items() if pattern.search(text)]
    assert not found, f"{template}: {', '.join(found)}"


def test_the_policy_built_once_follows_changed_settings_and_per_view_policies(db, settings):
    """The header is built once and reused, yet a new policy in the settings and a view's own
    policy (a csp_* decorator) still win, and a report-only policy is sent beside it."""
    from django.http import HttpResponse
    from django.test import RequestFactory

    from cairn.lib.security import ContentSecurityPolicyMiddleware

    def page(request):
        return HttpResponse("ok")

    middleware = ContentSecurityPolicyMiddleware(page)
    request = RequestFactory().get("/")
    assert [policy_of(middleware(request)) for _ in range(2)] == [POLICY, POLICY]
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'none'"]}}
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": {"img-src": ["'self'"]}}
    response = middleware(RequestFactory().get("/"))
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert "img-src 'self'" in response["Content-Security-Policy-Report-Only"]

    def relaxed(request):
        response = HttpResponse("ok")
        response._csp_update = {"img-src": ["https://images.example"]}
        return response

    response = ContentSecurityPolicyMiddleware(relaxed)(RequestFactory().get("/"))
    assert policy_of(response) == {"default-src": "'none'", "img-src": "https://images.example"}
