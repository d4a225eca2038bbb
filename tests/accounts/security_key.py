"""A software security key for tests: answers WebAuthn registration and sign-in like a real one
(P-256 key, "none" attestation), built from fido2's own data types."""

from __future__ import annotations

import json
import os
import re

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from fido2.cose import ES256
from fido2.utils import sha256, websafe_decode, websafe_encode
from fido2.webauthn import (
    AttestationObject,
    AttestedCredentialData,
    AuthenticatorData,
    CollectedClientData,
)

FLAGS = AuthenticatorData.FLAG


def js_data(html: str) -> dict:
    """Return the options allauth put into the page for its WebAuthn script."""
    match = re.search(r'<script id="js_data" type="application/json">(.*?)</script>', html, re.S)
    assert match, "the page carries allauth's WebAuthn options"
    return json.loads(match[1])


class SecurityKey:
    def __init__(self, rp_id: str = "testserver") -> None:
        self.rp_id = rp_id
        self.origin = f"https://{rp_id}"
        self.private_key = ec.generate_private_key(ec.SECP256R1())
        self.credential_id = os.urandom(32)
        self.counter = 0

    def _client_data(self, kind: str, options: dict) -> CollectedClientData:
        challenge = websafe_decode(options["challenge"])
        return CollectedClientData.create(kind, challenge, self.origin)

    def register(self, options: dict) -> str:
        """Return the JSON a browser posts after this key answered `creation_options`."""
        client_data = self._client_data("webauthn.create", options["publicKey"])
        public_key = ES256.from_cryptography_key(self.private_key.public_key())
        credential = AttestedCredentialData.create(bytes(16), self.credential_id, public_key)
        auth_data = AuthenticatorData.create(
            sha256(self.rp_id.encode()), FLAGS.UP | FLAGS.UV | FLAGS.AT, 0, bytes(credential)
        )
        attestation = AttestationObject.create("none", auth_data, {})
        return self._answer(
            {
                "clientDataJSON": websafe_encode(bytes(client_data)),
                "attestationObject": websafe_encode(bytes(attestation)),
            }
        )

    def sign_in(self, options: dict) -> str:
        """Return the JSON a browser posts after this key answered `request_options`."""
        client_data = self._client_data("webauthn.get", options["publicKey"])
        self.counter += 1
        auth_data = AuthenticatorData.create(
            sha256(self.rp_id.encode()), FLAGS.UP | FLAGS.UV, self.counter
        )
        signature = self.private_key.sign(
            bytes(auth_data) + client_data.hash, ec.ECDSA(hashes.SHA256())
        )
        return self._answer(
            {
                "clientDataJSON": websafe_encode(bytes(client_data)),
                "authenticatorData": websafe_encode(bytes(auth_data)),
                "signature": websafe_encode(signature),
            }
        )

    def _answer(self, response: dict) -> str:
        credential_id = websafe_encode(self.credential_id)
        return json.dumps(
            {
                "id": credential_id,
                "rawId": credential_id,
                "type": "public-key",
                "response": response,
                "clientExtensionResults": {},
            }
        )
