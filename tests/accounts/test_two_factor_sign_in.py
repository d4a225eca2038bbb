"""Two-factor sign-in end to end: set up an app, sign in with its code, recovery codes, throttling."""

from __future__ import annotations

import logging

from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.test import Client

from tests.accounts.two_factor_helpers import (
    confirm_password,
    enter_code,
    secret_on_page,
    sign_in,
    totp_code,
    turn_on_totp,
)
from tests.factories import PASSWORD


def test_a_person_sets_up_an_app_and_then_signs_in_with_its_code(world):
    client = Client()
    assert sign_in(client, "member@acme.test")["Location"] == "/"
    asked = client.get("/settings/two-factor/app/")  # changing how one signs in: password again
    assert asked["Location"] == "/sign-in/confirm/?next=%2Fsettings%2Ftwo-factor%2Fapp%2F"
    wrong = confirm_password(client, "/settings/two-factor/app/", "not-it")
    assert wrong.status_code == 200 and "Incorrect password" in wrong.content.decode()
    confirmed = confirm_password(client, "/settings/two-factor/app/")
    assert confirmed["Location"] == "/settings/two-factor/app/"
    page = client.get("/settings/two-factor/app/")
    assert page.status_code == 200
    html = page.content.decode()
    secret = secret_on_page(html)
    assert 'src="data:image/svg+xml;base64,' in html  # the QR code, allowed by the CSP
    refused = client.post("/settings/two-factor/app/", {"code": "000000"})
    assert refused.status_code == 200 and "Incorrect code" in refused.content.decode()
    done = client.post("/settings/two-factor/app/", {"code": totp_code(secret)})
    assert done.status_code == 302 and done["Location"] == "/settings/two-factor/recovery-codes/"
    kinds = set(Authenticator.objects.filter(user=world.member.user).values_list("type", flat=True))
    assert kinds == {Authenticator.Type.TOTP, Authenticator.Type.RECOVERY_CODES}
    client.post("/sign-out/")

    response = sign_in(client, "member@acme.test")
    assert response.status_code == 302 and response["Location"] == "/sign-in/two-factor/"
    assert client.get("/").status_code == 302  # the password alone does not sign in
    page = client.get("/sign-in/two-factor/")
    assert page.status_code == 200 and "authenticator app" in page.content.decode()
    wrong = enter_code(client, "123456" if totp_code(secret, 1) != "123456" else "654321")
    assert wrong.status_code == 200 and "Incorrect code" in wrong.content.decode()
    response = enter_code(client, totp_code(secret, 1))
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/").status_code == 200


def test_a_code_works_once(world):
    secret, _codes = turn_on_totp(world.member.user)
    first, second = Client(), Client()
    sign_in(first, "member@acme.test")
    sign_in(second, "member@acme.test")
    code = totp_code(secret)
    assert enter_code(first, code)["Location"] == "/"
    replay = enter_code(second, code)  # someone who saw the code over a shoulder
    assert replay.status_code == 200 and "Incorrect code" in replay.content.decode()


def test_a_recovery_code_signs_in_once(world):
    _secret, codes = turn_on_totp(world.member.user)
    client = Client()
    sign_in(client, "member@acme.test")
    assert enter_code(client, codes[0])["Location"] == "/"
    client.post("/sign-out/")
    sign_in(client, "member@acme.test")
    again = enter_code(client, codes[0])
    assert again.status_code == 200 and "Incorrect code" in again.content.decode()
    assert enter_code(client, codes[1])["Location"] == "/"
    recovery = Authenticator.objects.get(
        user=world.member.user, type=Authenticator.Type.RECOVERY_CODES
    )
    assert len(recovery.wrap().get_unused_codes()) == len(codes) - 2


def test_wrong_codes_pause_the_second_step_like_wrong_passwords(world, caplog):
    secret, _codes = turn_on_totp(world.member.user)
    client = Client()
    sign_in(client, "member@acme.test")
    security = logging.getLogger("cairn.security")
    security.addHandler(caplog.handler)
    try:
        with caplog.at_level(logging.INFO, logger="cairn.security"):
            for _ in range(4):
                assert enter_code(client, "000000").status_code == 200
            fifth = enter_code(client, "000000")
    finally:
        security.removeHandler(caplog.handler)
    assert fifth.status_code == 429 and "Too many failed attempts" in fifth.content.decode()
    paused = enter_code(client, totp_code(secret, 1))  # even the right code waits
    assert paused.status_code == 429
    assert client.get("/").status_code == 302
    lines = [r.getMessage() for r in caplog.records if r.name == "cairn.security"]
    assert lines == ["sign-in failed for member@acme.test from 127.0.0.1"] * 5
    again = Client()  # starting over with the password is paused as well
    assert sign_in(again, "member@acme.test").status_code == 429


def test_a_person_without_two_factor_signs_in_with_the_password_alone(world):
    client = Client()
    assert sign_in(client, "lead@acme.test")["Location"] == "/"
    assert client.get("/sign-in/two-factor/").status_code == 302  # no second step waiting


def test_the_admin_sign_in_asks_for_the_second_factor(world):
    root = get_user_model().objects.create_superuser("root@acme.test", PASSWORD)
    secret, _codes = turn_on_totp(root)
    client = Client()
    assert client.get("/admin/")["Location"] == "/admin/login/?next=/admin/"
    assert client.get("/admin/login/?next=/admin/")["Location"] == "/sign-in/?next=%2Fadmin%2F"
    response = sign_in(client, "root@acme.test", next_url="/admin/")
    assert response["Location"] == "/sign-in/two-factor/"
    assert client.get("/admin/").status_code == 302  # the password alone is not enough
    assert enter_code(client, totp_code(secret))["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/login/")["Location"] == "/admin/"


def test_the_admin_refuses_a_signed_in_person_who_is_not_staff(world):
    client = Client()
    sign_in(client, "admin@acme.test")
    assert client.get("/admin/login/?next=/admin/").status_code == 403  # no redirect loop


def test_the_admin_sign_in_never_redirects_elsewhere(world):
    response = Client().get("/admin/login/?next=https://evil.test/")
    assert response["Location"] == "/sign-in/?next=%2Fadmin%2F"


def test_sign_up_is_closed(db):
    response = Client().get("/sign-up/")
    assert response.status_code == 200 and "invitation" in response.content.decode()
    Client().post("/sign-up/", {"email": "new@x.test", "password1": "a-long-pass-1"})
    assert not get_user_model().objects.filter(email="new@x.test").exists()
