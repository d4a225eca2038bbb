"""SAML: metadata read when saved (pasted or by URL through the outbound guard), sign-in starts."""

from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from cairn.organisations.models import Person, TeamMembership
from cairn.sso.services import ConnectionInput, sso_connection_save
from tests.sso.conftest import start
from tests.sso.saml_metadata import keypair, metadata, signed_response

HOST = "cairn.example.test"  # onelogin refuses single-label hosts such as "testserver"


@pytest.fixture(autouse=True)
def public_host(settings) -> None:
    settings.ALLOWED_HOSTS = [HOST]


def _save(world, **fields):
    data = {"protocol": "saml", "allowed_domains": "acme.test", **fields}
    return sso_connection_save(
        organisation=world.organisation, actor=world.admin, data=ConnectionInput(**data)
    )


def test_pasted_metadata_is_stored_as_the_idp_settings(world):
    connection = _save(world, metadata_xml=metadata())
    idp = connection.app.settings["idp"]
    assert idp["entity_id"] == "https://idp.example.test/saml"
    assert idp["sso_url"] == "https://idp.example.test/saml/sso"
    assert idp["x509cert"]
    assert (
        connection.app.provider == "saml" and connection.app.client_id == connection.app.provider_id
    )


@pytest.mark.parametrize("xml", ["<not-xml", "<md:EntityDescriptor/>", "<a>no idp</a>", ""])
def test_bad_metadata_is_refused_with_a_message(world, xml):
    with pytest.raises(ValidationError) as error:
        _save(world, metadata_xml=xml)
    assert "metadata_xml" in error.value.message_dict


def test_sign_in_with_sso_sends_the_browser_to_the_saml_idp(world):
    _save(world, metadata_xml=metadata())
    location = urlsplit(start(Client(HTTP_HOST=HOST), "someone@acme.test"))
    assert (
        f"{location.scheme}://{location.netloc}{location.path}"
        == "https://idp.example.test/saml/sso"
    )
    assert "SAMLRequest" in parse_qs(location.query)


def test_the_service_provider_metadata_is_served(world):
    connection = _save(world, metadata_xml=metadata())
    response = Client(HTTP_HOST=HOST).get(f"/sso/saml/{connection.app.client_id}/metadata/")
    assert response.status_code == 200
    assert b"AssertionConsumerService" in response.content


class _Metadata(BaseHTTPRequestHandler):
    body = b""

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.end_headers()
        self.wfile.write(self.body)


def test_metadata_by_url_goes_through_the_outbound_guard(world, settings):
    _Metadata.body = metadata(entity_id="https://by-url.test").encode()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Metadata)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/metadata"
    try:
        settings.OUTBOUND_ALLOWED_NETWORKS = []
        with pytest.raises(ValidationError) as error:
            _save(world, metadata_url=url)
        assert "loopback" in str(error.value.message_dict["metadata_url"])
        settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.1/32"]
        connection = _save(world, metadata_url=url)
        assert connection.app.settings["idp"]["entity_id"] == "https://by-url.test"
    finally:
        server.shutdown()
        server.server_close()


def _request_id(location: str) -> str:
    from onelogin.saml2.utils import OneLogin_Saml2_Utils

    raw = parse_qs(urlsplit(location).query)["SAMLRequest"][0]
    xml = OneLogin_Saml2_Utils.decode_base64_and_inflate(raw)
    return (
        re.search(rb'ID="([^"]+)"', xml if isinstance(xml, bytes) else xml.encode())
        .group(1)
        .decode()
    )


def _saml_sign_in(world, email: str, *, signing_key: str = ""):
    key_pem, cert_pem = keypair()
    connection = _save(world, metadata_xml=metadata(cert_pem=cert_pem), default_team=world.team)
    client = Client(HTTP_HOST=HOST)
    request_id = _request_id(start(client, "acme"))
    key = connection.app.client_id
    acs = f"http://{HOST}/sso/saml/{key}/acs/"
    response = signed_response(
        key_pem=signing_key or key_pem,
        cert_pem=cert_pem,
        issuer="https://idp.example.test/saml",
        acs=acs,
        audience=connection.app.settings["sp"]["entity_id"],
        request_id=request_id,
        email=email,
    )
    posted = client.post(f"/sso/saml/{key}/acs/", {"SAMLResponse": response, "RelayState": ""})
    assert posted.status_code == 302
    return client, client.get(posted["Location"])


def test_a_signed_saml_response_signs_in_and_creates_the_person(world):
    client, response = _saml_sign_in(world, "saml.person@acme.test")
    assert response.status_code == 302 and response["Location"] == "/"
    person = Person.objects.get(user__email="saml.person@acme.test")
    assert person.organisation == world.organisation
    assert TeamMembership.objects.filter(person=person, team=world.team).exists()
    assert client.get("/").status_code == 200


def test_a_saml_response_signed_by_another_key_is_refused(world):
    other_key, _cert = keypair()
    client, response = _saml_sign_in(world, "saml.person@acme.test", signing_key=other_key)
    assert response.status_code == 401
    assert not Person.objects.filter(user__email="saml.person@acme.test").exists()
    assert client.get("/").status_code == 302


def test_saml_refuses_an_address_outside_the_allowed_domains(world):
    client, response = _saml_sign_in(world, "someone@elsewhere.test")
    assert response.status_code == 403
    assert client.get("/").status_code == 302


def _idp_initiated(world, email: str, *, accepted: bool):
    """Post a signed response that answers no request of Cairn's (a tile in the IdP portal)."""
    key_pem, cert_pem = keypair()
    connection = _save(world, metadata_xml=metadata(cert_pem=cert_pem), default_team=world.team,
                       idp_initiated=accepted)  # fmt: skip
    key = connection.app.client_id
    client = Client(HTTP_HOST=HOST)
    response = signed_response(
        key_pem=key_pem, cert_pem=cert_pem, issuer="https://idp.example.test/saml",
        acs=f"http://{HOST}/sso/saml/{key}/acs/",
        audience=connection.app.settings["sp"]["entity_id"], request_id="", email=email,
    )  # fmt: skip
    posted = client.post(f"/sso/saml/{key}/acs/", {"SAMLResponse": response, "RelayState": ""})
    assert posted.status_code == 302
    return client, client.get(posted["Location"])


def test_idp_initiated_sign_in_is_refused_unless_the_organisation_accepts_it(world):
    client, response = _idp_initiated(world, "member@acme.test", accepted=False)
    assert response.status_code in (401, 403)
    assert client.get("/").status_code == 302  # not signed in


def test_idp_initiated_sign_in_works_when_the_organisation_accepts_it(world):
    client, response = _idp_initiated(world, "member@acme.test", accepted=True)
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    assert client.session["_auth_user_id"] == str(world.member.user_id)


def test_idp_initiated_still_follows_the_organisation_s_rules(world):
    client, response = _idp_initiated(world, "outsider@other.test", accepted=True)
    assert response.status_code == 403  # not a person of this organisation
    assert client.get("/").status_code == 302


def test_the_settings_page_saves_the_idp_initiated_choice(world):
    connection = _save(world, metadata_xml=metadata(), idp_initiated=True)
    assert connection.app.settings["advanced"]["reject_idp_initiated_sso"] is False
    client = Client(HTTP_HOST=HOST)
    client.force_login(world.admin.user)
    page = client.get("/settings/sso/").content.decode()
    assert (
        'name="idp_initiated"' in page and "checked" in page.split('name="idp_initiated"')[1][:80]
    )
    connection = _save(world, metadata_xml=metadata())
    assert connection.app.settings["advanced"]["reject_idp_initiated_sso"] is True
