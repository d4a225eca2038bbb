"""Security keys end to end through allauth's WebAuthn server side, with a software key."""

from __future__ import annotations

from allauth.mfa.models import Authenticator
from django.test import Client

from tests.accounts.security_key import SecurityKey, js_data
from tests.accounts.two_factor_helpers import confirm_password, sign_in

ADD = "/settings/two-factor/security-keys/add/"


def add_key(client: Client, key: SecurityKey, name: str = "YubiKey"):
    options = js_data(client.get(ADD).content.decode())["creation_options"]
    return client.post(ADD, {"name": name, "credential": key.register(options)})


def test_a_person_adds_a_key_and_signs_in_with_it(world):
    key = SecurityKey()
    client = Client()
    sign_in(client, "member@acme.test")
    confirm_password(client, ADD)
    response = add_key(client, key)
    assert response.status_code == 302
    stored = Authenticator.objects.get(user=world.member.user, type=Authenticator.Type.WEBAUTHN)
    assert stored.wrap().name == "YubiKey"
    assert Authenticator.objects.filter(user=world.member.user, type="recovery_codes").exists()
    client.post("/sign-out/")

    assert sign_in(client, "member@acme.test")["Location"] == "/sign-in/two-factor/"
    page = client.get("/sign-in/two-factor/").content.decode()
    options = js_data(page)["request_options"]
    response = client.post("/sign-in/two-factor/", {"credential": key.sign_in(options)})
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/").status_code == 200


def test_another_key_is_refused_at_sign_in(world):
    client = Client()
    sign_in(client, "member@acme.test")
    confirm_password(client, ADD)
    add_key(client, SecurityKey())
    client.post("/sign-out/")
    sign_in(client, "member@acme.test")
    options = js_data(client.get("/sign-in/two-factor/").content.decode())["request_options"]
    impostor = SecurityKey()
    response = client.post("/sign-in/two-factor/", {"credential": impostor.sign_in(options)})
    assert response.status_code == 200
    assert client.get("/").status_code == 302


def test_a_key_answering_another_sites_challenge_is_refused(world):
    client = Client()
    sign_in(client, "member@acme.test")
    confirm_password(client, ADD)
    response = add_key(client, SecurityKey(rp_id="evil.test"))
    assert response.status_code == 200
    assert not Authenticator.objects.filter(user=world.member.user).exists()
