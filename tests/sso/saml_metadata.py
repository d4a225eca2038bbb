"""SAML identity provider metadata with a fresh self-signed certificate, for the tests."""

from __future__ import annotations

import base64
import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def keypair() -> tuple[str, str]:
    """Return a new private key and its self-signed certificate, both PEM."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test IdP")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return key_pem.decode(), cert.public_bytes(serialization.Encoding.PEM).decode()


def certificate(cert_pem: str = "") -> str:
    """Return the certificate's base64 DER (no PEM armour), as metadata carries it."""
    cert = x509.load_pem_x509_certificate((cert_pem or keypair()[1]).encode())
    return base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()


def metadata(
    entity_id: str = "https://idp.example.test/saml", sso_url: str = "", cert_pem: str = ""
) -> str:
    """Return IdP metadata XML with a signing certificate and a redirect sign-on URL."""
    sso_url = sso_url or "https://idp.example.test/saml/sso"
    return f"""<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"
    xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="{entity_id}">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data>
      <ds:X509Certificate>{certificate(cert_pem)}</ds:X509Certificate>
    </ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
        Location="{sso_url}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>"""


RESPONSE = """<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"
 xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_response1" Version="2.0"
 IssueInstant="{now}" Destination="{acs}" InResponseTo="{request_id}">
<saml:Issuer>{issuer}</saml:Issuer>
<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
<saml:Assertion ID="_assertion1" Version="2.0" IssueInstant="{now}">
<saml:Issuer>{issuer}</saml:Issuer>
<saml:Subject>
<saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">{email}</saml:NameID>
<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
<saml:SubjectConfirmationData NotOnOrAfter="{later}" Recipient="{acs}" InResponseTo="{request_id}"/>
</saml:SubjectConfirmation>
</saml:Subject>
<saml:Conditions NotBefore="{before}" NotOnOrAfter="{later}">
<saml:AudienceRestriction><saml:Audience>{audience}</saml:Audience></saml:AudienceRestriction>
</saml:Conditions>
<saml:AuthnStatement AuthnInstant="{now}" SessionIndex="_session1">
<saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</saml:AuthnContextClassRef></saml:AuthnContext>
</saml:AuthnStatement>
<saml:AttributeStatement>
<saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"><saml:AttributeValue>{email}</saml:AttributeValue></saml:Attribute>
<saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname"><saml:AttributeValue>Sam</saml:AttributeValue></saml:Attribute>
<saml:Attribute Name="urn:oid:2.5.4.4"><saml:AttributeValue>Lee</saml:AttributeValue></saml:Attribute>
</saml:AttributeStatement>
</saml:Assertion>
</samlp:Response>"""


def signed_response(
    *,
    key_pem: str,
    cert_pem: str,
    issuer: str,
    acs: str,
    audience: str,
    request_id: str,
    email: str,
) -> str:
    """Return a base64 SAML Response for `email`, signed with the key (as an IdP posts it)."""
    from onelogin.saml2.constants import OneLogin_Saml2_Constants as C
    from onelogin.saml2.utils import OneLogin_Saml2_Utils

    now = datetime.datetime.now(datetime.UTC)
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    template = RESPONSE if request_id else RESPONSE.replace(' InResponseTo="{request_id}"', "")
    xml = template.format(
        now=now.strftime(stamp),
        before=(now - datetime.timedelta(minutes=5)).strftime(stamp),
        later=(now + datetime.timedelta(minutes=5)).strftime(stamp),
        acs=acs,
        audience=audience,
        issuer=issuer,
        request_id=request_id,
        email=email,
    )
    signed = OneLogin_Saml2_Utils.add_sign(
        xml, key_pem, cert_pem, sign_algorithm=C.RSA_SHA256, digest_algorithm=C.SHA256
    )
    return base64.b64encode(signed if isinstance(signed, bytes) else signed.encode()).decode()
