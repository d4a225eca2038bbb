"""A tiny OpenID Connect identity provider for the tests, on 127.0.0.1 in a thread.

Discovery, JWKS, authorize (a sign-in form, or an automatic answer), token and userinfo; ID
tokens are signed with Authlib's JOSE. Knobs let a test make it misbehave: a token for another
audience, a wrong nonce, a signature by a key it does not publish, another issuer.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import threading
import time
import warnings
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # authlib.jose announces its successor; it works the same
    from authlib.jose import JsonWebKey, jwt


@dataclass
class Identity:
    email: str
    given_name: str = "Sam"
    family_name: str = "Signer"
    sub: str = ""
    email_verified: bool = True

    def claims(self) -> dict[str, Any]:
        return {
            "sub": self.sub or hashlib.sha256(self.email.encode()).hexdigest()[:16],
            "email": self.email,
            "email_verified": self.email_verified,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "name": f"{self.given_name} {self.family_name}",
        }


@dataclass
class TestIdentityProvider:
    __test__ = False  # a helper, not a test class

    client_id: str = "cairn-client"
    client_secret: str = "cairn-secret"  # noqa: S105 - a test provider
    identity: Identity | None = None  # answer authorize at once as this identity (no form)
    tamper: str | None = None  # "audience", "nonce", "signature", "issuer", "expired"
    url: str = ""
    requests: list[str] = field(default_factory=list)
    _key: Any = None
    _wrong_key: Any = None
    _codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    _tokens: dict[str, dict[str, Any]] = field(default_factory=dict)
    _server: ThreadingHTTPServer | None = None

    def start(self) -> TestIdentityProvider:
        """Listen on a free port of 127.0.0.1 and serve in a daemon thread; return self."""
        self._key = JsonWebKey.generate_key("RSA", 2048, is_private=True, options={"kid": "k1"})
        self._wrong_key = JsonWebKey.generate_key(
            "RSA", 2048, is_private=True, options={"kid": "k1"}
        )
        provider = self

        class Handler(_Handler):
            idp = provider

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def issuer(self) -> str:
        return self.url

    def discovery(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.url}/authorize",
            "token_endpoint": f"{self.url}/token",
            "userinfo_endpoint": f"{self.url}/userinfo",
            "jwks_uri": f"{self.url}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
            "code_challenge_methods_supported": ["S256"],
        }

    def jwks(self) -> dict[str, Any]:
        return {"keys": [{**self._key.as_dict(is_private=False), "alg": "RS256", "use": "sig"}]}

    def issue_code(self, query: dict[str, str], identity: Identity) -> str:
        code = secrets.token_urlsafe(16)
        self._codes[code] = {"query": query, "claims": identity.claims()}
        return code

    def id_token(self, claims: dict[str, Any], nonce: str | None) -> str:
        now = int(time.time())
        payload = {
            **claims,
            "iss": "https://evil.test" if self.tamper == "issuer" else self.issuer,
            "aud": "someone-else" if self.tamper == "audience" else self.client_id,
            "iat": now,
            "exp": now - 60 if self.tamper == "expired" else now + 300,
        }
        if nonce is not None:
            payload["nonce"] = "not-the-nonce" if self.tamper == "nonce" else nonce
        key = self._wrong_key if self.tamper == "signature" else self._key
        return jwt.encode({"alg": "RS256", "kid": "k1"}, payload, key).decode()

    def exchange(self, form: dict[str, str], basic: tuple[str, str] | None) -> dict[str, Any]:
        client_id, secret = basic or (form.get("client_id", ""), form.get("client_secret", ""))
        if client_id != self.client_id or secret != self.client_secret:
            raise PermissionError("invalid_client")
        grant = self._codes.pop(form.get("code", ""), None)
        if grant is None or grant["query"].get("redirect_uri") != form.get("redirect_uri"):
            raise PermissionError("invalid_grant")
        challenge = grant["query"].get("code_challenge")
        if challenge:
            digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
            if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != challenge:
                raise PermissionError("invalid_grant")
        access = secrets.token_urlsafe(16)
        self._tokens[access] = grant["claims"]
        return {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": 300,
            "id_token": self.id_token(grant["claims"], grant["query"].get("nonce")),
        }


SIGN_IN_FORM = """<!doctype html><html><head><title>Test IdP</title></head><body>
<h1>Test identity provider</h1><form method="post" action="/authorize?{query}">
<label>Email <input name="email" value=""></label>
<label>First name <input name="given_name" value="Sam"></label>
<button type="submit">Sign in to Test IdP</button></form></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    idp: TestIdentityProvider

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _json(self, data: dict[str, Any], status: int = 200) -> None:
        self._send(status, json.dumps(data).encode(), "application/json")

    def _redirect_back(self, query: dict[str, str], identity: Identity) -> None:
        code = self.idp.issue_code(query, identity)
        params = urlencode({"code": code, "state": query.get("state", "")})
        self._send(302, b"", "text/plain", Location=f"{query['redirect_uri']}?{params}")

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        parts = urlsplit(self.path)
        self.idp.requests.append(f"GET {parts.path}")
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path == "/.well-known/openid-configuration":
            return self._json(self.idp.discovery())
        if parts.path == "/jwks":
            return self._json(self.idp.jwks())
        if parts.path == "/userinfo":
            token = self.headers.get("Authorization", "").removeprefix("Bearer ")
            claims = self.idp._tokens.get(token)
            return self._json(claims) if claims else self._json({"error": "invalid_token"}, 401)
        if parts.path == "/authorize":
            if query.get("client_id") != self.idp.client_id:
                return self._json({"error": "unauthorized_client"}, 400)
            if self.idp.identity is not None:
                return self._redirect_back(query, self.idp.identity)
            page = SIGN_IN_FORM.format(query=html.escape(parts.query))
            return self._send(200, page.encode(), "text/html; charset=utf-8")
        self._json({"error": "not_found"}, 404)
        return None

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        parts = urlsplit(self.path)
        self.idp.requests.append(f"POST {parts.path}")
        length = int(self.headers.get("Content-Length", "0"))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        if parts.path == "/authorize":
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            identity = Identity(email=form["email"], given_name=form.get("given_name", "Sam"))
            return self._redirect_back(query, identity)
        if parts.path == "/token":
            basic = None
            header = self.headers.get("Authorization", "")
            if header.startswith("Basic "):
                user, _colon, password = base64.b64decode(header[6:]).decode().partition(":")
                basic = (user, password)
            try:
                return self._json(self.idp.exchange(form, basic))
            except PermissionError as error:
                return self._json({"error": str(error)}, 400)
        self._json({"error": "not_found"}, 404)
        return None
