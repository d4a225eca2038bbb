"""allauth's calls to identity providers, sent through Cairn's outbound address guard.

allauth asks its adapter for a `requests` session (discovery, keys, token, userinfo); this
one sends every request through `cairn.lib.outbound`, so an identity provider URL cannot reach
private, loopback or link-local addresses unless `CAIRN_OUTBOUND_ALLOWED_NETWORKS` allows them.
"""

from __future__ import annotations

from typing import Any

import requests
from requests.structures import CaseInsensitiveDict

from cairn.lib import outbound

TIMEOUT = 10.0
MAX_BYTES = 1_000_000


class GuardedSession(requests.Session):
    """A requests session whose GET and POST go through `cairn.lib.outbound`."""

    def request(  # type: ignore[override]
        self, method: str, url: str, **kwargs: Any
    ) -> requests.Response:
        prepared = self.prepare_request(
            requests.Request(
                method=method.upper(),
                url=url,
                params=kwargs.get("params"),
                data=kwargs.get("data"),
                json=kwargs.get("json"),
                headers=kwargs.get("headers"),
                auth=kwargs.get("auth"),
            )
        )
        headers = {k: v for k, v in prepared.headers.items() if k.lower() != "content-length"}
        timeout = float(kwargs.get("timeout") or TIMEOUT)
        try:
            if prepared.method == "GET":
                answer = outbound.get(
                    prepared.url or url, headers=headers, timeout=timeout, max_bytes=MAX_BYTES
                )
            elif prepared.method == "POST":
                body = prepared.body or b""
                answer = outbound.post(
                    prepared.url or url,
                    body=body.encode() if isinstance(body, str) else body,
                    headers=headers,
                    timeout=timeout,
                    max_bytes=MAX_BYTES,
                )
            else:
                raise requests.RequestException(f"{prepared.method} is not used with providers")
        except outbound.OutboundRefused as error:
            raise requests.ConnectionError(f"refused: {error}") from None
        except outbound.OutboundError as error:
            raise requests.ConnectionError(str(error)) from None
        return _response(prepared, answer)


def _response(prepared: requests.PreparedRequest, answer: outbound.Response) -> requests.Response:
    response = requests.Response()
    response.status_code = answer.status
    response.headers = CaseInsensitiveDict(answer.headers)
    response._content = answer.body
    response.url = answer.url or (prepared.url or "")
    response.encoding = "utf-8"
    response.request = prepared
    return response
