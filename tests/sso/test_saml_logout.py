"""SAML single logout is not offered: allauth's logout endpoint answers 404 (docs/sso.md)."""

from __future__ import annotations

import base64
import zlib

import pytest
from django.test import Client

from cairn.sso.services import ConnectionInput, sso_connection_save
from tests.sso.saml_metadata import metadata

HOST = "cairn.example.test"

LOGOUT_REQUEST = """<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"
 xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_logout1" Version="2.0"
 IssueInstant="2030-01-01T00:00:00Z" Destination="http://{host}/sso/saml/{key}/sls/">
<saml:Issuer>https://idp.example.test/saml</saml:Issuer>
<saml:NameID>member@acme.test</saml:NameID>
</samlp:LogoutRequest>"""


@pytest.fixture(autouse=True)
def public_host(settings) -> None:
    settings.ALLOWED_HOSTS = [HOST]


def test_an_unsigned_logout_request_does_not_sign_anyone_out(world):
    data = ConnectionInput(protocol="saml", allowed_domains="acme.test", metadata_xml=metadata())
    connection = sso_connection_save(organisation=world.organisation, actor=world.admin, data=data)
    key = connection.app.client_id
    client = Client(HTTP_HOST=HOST)
    client.force_login(world.member.user)
    xml = LOGOUT_REQUEST.format(host=HOST, key=key).encode()
    deflated = zlib.compress(xml)[2:-4]  # raw DEFLATE, as the HTTP-Redirect binding sends it
    request = base64.b64encode(deflated).decode()
    response = client.get(f"/sso/saml/{key}/sls/", {"SAMLRequest": request})
    assert response.status_code == 404
    assert client.get("/").status_code == 200  # still signed in
