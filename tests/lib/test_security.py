"""Production safeguards: weak secret keys are refused, the deploy check passes when configured."""

from __future__ import annotations

import secrets
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import Client

from cairn.lib.env import persisted_secret
from cairn.lib.security import secret_key_weakness

STRONG_KEY = secrets.token_urlsafe(50)
PRODUCTION = {
    "CAIRN_SECRET_KEY": STRONG_KEY,
    "CAIRN_SECURE_COOKIES": "true",
    "CAIRN_HSTS_SECONDS": "31536000",
    "CAIRN_SSL_REDIRECT": "true",
    "CAIRN_ALLOWED_HOSTS": "okr.example.com",
}


def run_cairn(tmp_path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run a Python command in a fresh process with only the given Cairn settings."""
    return subprocess.run(
        [sys.executable, *args],
        env={"CAIRN_DATA_DIR": str(tmp_path), "PATH": "/usr/bin", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


RANDOM_TAIL = "q9Xv2LpR7mKc4TzW8hJnB3sYfD6gA1eU5oIkM0wHrVtZxCyNjPb"  # fixed: stable test ids


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        ("s3cret-but-short", "16 characters long, fewer than 50"),
        ("ab" * 40, "fewer than 5 different characters"),
        ("django-insecure-" + RANDOM_TAIL, "django-insecure-"),
        ("changeme-" * 8, "placeholder 'changeme'"),
        ("Replace_Me_With_A_Real_Key_" + RANDOM_TAIL, "placeholder 'replaceme'"),
    ],
    ids=["short", "repetitive", "django-insecure", "changeme", "replace-me"],
)
def test_it_calls_short_repetitive_development_and_placeholder_keys_weak(key, reason):
    assert reason in secret_key_weakness(key)


def test_the_key_generated_into_the_data_dir_is_strong(tmp_path):
    assert secret_key_weakness(persisted_secret(tmp_path)) is None
    assert secret_key_weakness(STRONG_KEY) is None


def test_check_deploy_reports_a_weak_key_as_an_error_naming_the_variable(settings):
    settings.DEBUG, settings.SECRET_KEY = False, "changeme"
    with pytest.raises(SystemCheckError, match=r"cairn\.E001.*CAIRN_SECRET_KEY is too weak"):
        call_command("check", deploy=True, tags=["security"], fail_level="ERROR")


def test_check_deploy_accepts_a_weak_key_in_debug_mode_and_a_strong_one_in_production(settings):
    settings.DEBUG, settings.SECRET_KEY = True, "changeme"
    call_command("check", deploy=True, tags=["security"], fail_level="ERROR")
    settings.DEBUG, settings.SECRET_KEY = False, STRONG_KEY
    call_command("check", deploy=True, tags=["security"], fail_level="ERROR")


def test_check_deploy_with_production_settings_reports_no_issues(tmp_path):
    result = run_cairn(tmp_path, "-m", "cairn", "check", "--deploy", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


def test_check_deploy_without_them_warns_about_hsts_and_the_https_redirect(tmp_path):
    result = run_cairn(tmp_path, "-m", "cairn", "check", "--deploy")
    assert "security.W004" in result.stderr and "security.W008" in result.stderr


def test_a_wsgi_server_refuses_to_load_cairn_with_a_weak_key(tmp_path):
    result = run_cairn(tmp_path, "-c", "import cairn.wsgi", CAIRN_SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "CAIRN_SECRET_KEY is too weak for production" in result.stderr
    debug = run_cairn(tmp_path, "-c", "import cairn.wsgi", CAIRN_SECRET_KEY="x", CAIRN_DEBUG="1")
    assert debug.returncode == 0, debug.stderr
    generated = run_cairn(tmp_path, "-c", "import cairn.wsgi")  # make run's generated key
    assert generated.returncode == 0, generated.stderr


def test_the_hsts_and_redirect_variables_reach_django(tmp_path):
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD, "
        "s.SECURE_SSL_REDIRECT)"
    )
    env = {"DJANGO_SETTINGS_MODULE": "cairn.settings"}
    assert run_cairn(tmp_path, "-c", code, **env).stdout.split() == ["0", "True", "False", "False"]
    chosen = {
        "CAIRN_HSTS_SECONDS": "600",
        "CAIRN_HSTS_INCLUDE_SUBDOMAINS": "no",
        "CAIRN_HSTS_PRELOAD": "yes",
        "CAIRN_SSL_REDIRECT": "on",
    }
    result = run_cairn(tmp_path, "-c", code, **env, **chosen)
    assert result.stdout.split() == ["600", "False", "True", "True"]
    bad = run_cairn(tmp_path, "-c", code, **env, CAIRN_HSTS_SECONDS="a year")
    assert bad.returncode != 0 and "CAIRN_HSTS_SECONDS must be a whole number" in bad.stderr


def test_https_is_enforced_when_configured(db, settings):
    settings.SECURE_SSL_REDIRECT, settings.SECURE_HSTS_SECONDS = True, 31536000
    response = Client().get("/sign-in/")
    assert response.status_code == 301 and response["Location"].startswith("https://")
    secure = Client().get("/sign-in/", secure=True)
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_every_response_carries_the_permissions_policy(db):
    response = Client().get("/sign-in/")
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in policy
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "Permissions-Policy" in Client().get("/api/v1/openapi.json")
