"""Password reset requests are limited per email and per address, in the database."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from cairn.accounts.models import PasswordResetRequest
from cairn.accounts.password_resets import email_digest, password_reset_request_record


def record(email="member@acme.test", address="203.0.113.5"):
    return password_reset_request_record(email=email, address=address)


def test_three_an_hour_for_one_email_whatever_its_case(db):
    assert [record(email=e) for e in ["a@x.test", "A@X.test", " a@x.test", "a@x.test"]] == [
        True,
        True,
        True,
        False,
    ]
    assert record(email="b@x.test") is True


def test_twenty_an_hour_from_one_address(db):
    assert all(record(email=f"p{n}@x.test") for n in range(20))
    assert record(email="p20@x.test") is False
    assert record(email="p20@x.test", address="198.51.100.7") is True


def test_requests_older_than_an_hour_are_forgotten(db):
    for _ in range(4):
        record()
    PasswordResetRequest.objects.update(requested_at=timezone.now() - dt.timedelta(minutes=61))
    assert record() is True
    assert PasswordResetRequest.objects.count() == 1


def test_the_email_is_stored_only_as_a_keyed_digest(db):
    record()
    stored = PasswordResetRequest.objects.get()
    assert stored.email_digest == email_digest("Member@acme.test")
    assert "member" not in stored.email_digest


def test_a_request_without_an_address_is_limited_by_email(db):
    assert [record(address=None) for _ in range(4)] == [True, True, True, False]
