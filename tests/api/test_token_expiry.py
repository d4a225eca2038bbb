"""Token expiry (refused with a clear 401) and the throttled record of last use."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cairn.api.models import ApiToken
from cairn.api.tokens import token_create, token_find
from tests.api.conftest import ApiClient, problem_fields

URL = "/api/v1/cycles"


def _expire(token: ApiToken) -> None:
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - dt.timedelta(seconds=1))


def test_a_token_made_to_expire_works_until_then(world):
    new = token_create(person=world.member, name="ci", expires_days=30)
    expected = timezone.now() + dt.timedelta(days=30)
    assert abs((new.token.expires_at - expected).total_seconds()) < 5
    assert ApiClient(new.plaintext).get(URL).status_code == 200


def test_it_refuses_an_expired_token_with_a_clear_401(world):
    new = token_create(person=world.member, name="ci", expires_days=30)
    _expire(new.token)
    response = ApiClient(new.plaintext).get(URL)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "expired" in response.json()["detail"]
    problem_fields(response)
    assert token_find(new.plaintext) is None


def test_an_expired_token_cannot_write_either(world):
    new = token_create(person=world.member, name="ci", expires_days=1)
    _expire(new.token)
    body = {"name": "Q4", "start": "2026-10-01", "end": "2026-12-31"}
    assert ApiClient(new.plaintext).post(URL, body).status_code == 401


def test_a_token_without_expiry_never_expires(world):
    new = token_create(person=world.member, name="ci")
    assert new.token.expires_at is None
    assert ApiClient(new.plaintext).get(URL).status_code == 200


@pytest.mark.parametrize("days", [0, -1, 3651])
def test_it_refuses_an_expiry_out_of_range(world, days):
    with pytest.raises(ValidationError):
        token_create(person=world.member, name="ci", expires_days=days)
    assert not ApiToken.objects.exists()


def test_it_records_last_use_at_most_once_a_minute(world):
    new = token_create(person=world.member, name="ci")
    client = ApiClient(new.plaintext)
    with CaptureQueriesContext(connection) as first:
        assert client.get(URL).status_code == 200
    used = ApiToken.objects.get(pk=new.token.pk).last_used_at
    assert used is not None
    with CaptureQueriesContext(connection) as second:
        assert client.get(URL).status_code == 200
    assert ApiToken.objects.get(pk=new.token.pk).last_used_at == used
    writes = [q for q in second.captured_queries if q["sql"].lstrip().startswith("UPDATE")]
    assert writes == []
    assert len(second) == len(first) - 1


def test_it_records_last_use_again_after_a_minute(world):
    new = token_create(person=world.member, name="ci")
    earlier = timezone.now() - dt.timedelta(minutes=2)
    ApiToken.objects.filter(pk=new.token.pk).update(last_used_at=earlier)
    assert ApiClient(new.plaintext).get(URL).status_code == 200
    assert ApiToken.objects.get(pk=new.token.pk).last_used_at > earlier


def test_the_command_creates_an_expiring_token(world):
    out = io.StringIO()
    call_command("token", "create", "member@acme.test", "--expires-days", "90", stdout=out)
    token = ApiToken.objects.get()
    assert token.expires_at is not None
    assert "expiring" in out.getvalue()
    assert ApiClient(out.getvalue().strip().splitlines()[-1]).get(URL).status_code == 200


def test_the_command_refuses_a_bad_expiry(world):
    with pytest.raises(CommandError, match="expires"):
        call_command("token", "create", "member@acme.test", "--expires-days", "0")
    assert not ApiToken.objects.exists()


def test_the_command_lists_expired_tokens_as_expired(world):
    new = token_create(person=world.member, name="ci", expires_days=1)
    _expire(new.token)
    out = io.StringIO()
    call_command("token", "list", stdout=out)
    assert "\texpired\t" in out.getvalue()


def test_the_coach_endpoints_refuse_an_expired_token_too(world):
    new = token_create(person=world.member, name="ci", scope="read", expires_days=1)
    _expire(new.token)
    response = ApiClient(new.plaintext).post("/api/v1/coach/key-result", {"title": "Grow"})
    assert response.status_code == 401
    assert "expired" in response.json()["detail"]
