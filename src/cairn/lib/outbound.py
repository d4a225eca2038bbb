"""Outbound HTTP that never reaches private, loopback or link-local addresses (SPEC §7).

Webhooks, data sources and chat notifications send every request through `post` or `get`.
The host is resolved once, every address is checked, and the connection goes to a checked
address (the host name travels only in the Host header and TLS SNI), so a DNS answer that
changes between the check and the connection cannot redirect it. Redirects are returned,
not followed, by `post`; `get` follows a few, checking each target again. The server setting
`OUTBOUND_ALLOWED_NETWORKS` (`CAIRN_OUTBOUND_ALLOWED_NETWORKS`) lets an admin allow networks.

Callers validate a URL when it is saved with `address_check` and send with `post`/`get`, which
check again. `OutboundRefused` is permanent (show or log its message, do not retry);
`OutboundError` is a network failure with a generic message, worth retrying. Environment
proxies (HTTP_PROXY) are not used: a proxy would resolve the host itself, out of our check.
"""

from __future__ import annotations

import contextlib
import functools
import http.client
import ipaddress
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.encoding import iri_to_uri

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
REDIRECTS = frozenset({301, 302, 303, 307, 308})
_SECRET_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})
_UNSAFE_URL_CHARS = re.compile(r"[\x00-\x20\x7f]")
_INET_ATON_PART = re.compile(r"0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*")


class OutboundRefused(ValueError):
    """The URL is not allowed: a bad scheme or host, or an address that is not public."""


class OutboundError(OSError):
    """The request failed; the message is generic on purpose (no OS error text)."""


@dataclass(frozen=True)
class Response:
    """What came back: status, headers (names lower-cased), body up to the size cap."""

    status: int
    headers: dict[str, str]
    body: bytes
    truncated: bool = False  # the body was longer than max_bytes and was cut there
    url: str = ""  # the URL that answered (after redirects, for `get`)


@dataclass(frozen=True)
class _Target:
    url: str
    scheme: str
    host: str  # IDNA host name or canonical IP literal, for the Host header and TLS SNI
    port: int
    path: str
    addresses: tuple[tuple[socket.AddressFamily, Any], ...] = field(default=())


# Checked in order; the first match names the reason. Python's `is_global` is the backstop.
_REFUSED_NETWORKS: tuple[tuple[str, str], ...] = (
    ("169.254.169.254/32", "link-local (the cloud metadata address)"),
    ("0.0.0.0/8", "unspecified"),
    ("10.0.0.0/8", "private"),
    ("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link-local"),
    ("172.16.0.0/12", "private"),
    ("192.0.0.0/24", "reserved"),
    ("192.0.2.0/24", "reserved for documentation"),
    ("192.88.99.0/24", "reserved"),
    ("192.168.0.0/16", "private"),
    ("198.18.0.0/15", "reserved for benchmarking"),
    ("198.51.100.0/24", "reserved for documentation"),
    ("203.0.113.0/24", "reserved for documentation"),
    ("224.0.0.0/4", "multicast"),
    ("255.255.255.255/32", "broadcast"),
    ("240.0.0.0/4", "reserved"),
    ("::/128", "unspecified"),
    ("::1/128", "loopback"),
    ("64:ff9b:1::/48", "private (local NAT64)"),
    ("100::/64", "reserved"),
    ("2001::/23", "reserved"),
    ("2001:db8::/32", "reserved for documentation"),
    ("fc00::/7", "private"),
    ("fe80::/10", "link-local"),
    ("fec0::/10", "private (site-local)"),
    ("ff00::/8", "multicast"),
)


@functools.cache
def _refused_networks() -> tuple[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str], ...]:
    return tuple((ipaddress.ip_network(net), reason) for net, reason in _REFUSED_NETWORKS)


@functools.cache
def _parse_networks(
    items: tuple[str, ...],
) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    try:
        return tuple(ipaddress.ip_network(item, strict=False) for item in items)
    except ValueError as exc:
        raise ImproperlyConfigured(f"OUTBOUND_ALLOWED_NETWORKS: {exc}") from None


def allowed_networks() -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """Return the networks an admin allowed, read from settings at each call."""
    items = getattr(settings, "OUTBOUND_ALLOWED_NETWORKS", ()) or ()
    return _parse_networks(tuple(str(item) for item in items))


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """Return the IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4)."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    value = int(address)
    if value >> 32 == 0x0064_FF9B << 64 or (value >> 32 == 0 and value > 1):
        return ipaddress.IPv4Address(value & 0xFFFF_FFFF)  # NAT64 64:ff9b::/96, or ::a.b.c.d
    return None


def _reason(address: IPAddress) -> str | None:
    for network, reason in _refused_networks():
        if address in network:
            return reason
    return None if address.is_global else "not a public address"


def refusal(address: IPAddress) -> str | None:
    """Return why the address may not be reached ("private", "loopback", …) or None."""
    allowed = allowed_networks()
    inner = embedded_ipv4(address)
    if any(address in net for net in allowed) or (inner and any(inner in n for n in allowed)):
        return None
    if inner is not None:
        return _reason(inner) or _reason(address)
    return _reason(address)


def parse_inet_aton(host: str) -> ipaddress.IPv4Address | None:
    """Return the IPv4 address of a numeric host as inet_aton reads it (2130706433, 0x7f.1)."""
    parts = host.split(".")
    if not 1 <= len(parts) <= 4 or not all(_INET_ATON_PART.fullmatch(p) for p in parts):
        return None
    numbers = [
        int(p, 16) if p[:2].lower() == "0x" else int(p, 8 if p[0] == "0" else 10) for p in parts
    ]
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (4 - len(head)):
        return None
    value = sum(n << (8 * (3 - i)) for i, n in enumerate(head)) + last
    return ipaddress.IPv4Address(value)


def _origin(target: _Target) -> str:
    """Return scheme, host and port only: paths and queries may hold secrets (chat tokens)."""
    return f"{target.scheme}://{target.host}:{target.port}"


def _split(url: str) -> _Target:
    """Return the URL's parts, refusing what is not a plain http(s) URL to a named host."""
    if not isinstance(url, str) or _UNSAFE_URL_CHARS.search(url):
        raise OutboundRefused("the URL must not contain spaces or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise OutboundRefused("the URL is not valid (check the host and port)") from None
    if parts.scheme not in ("http", "https"):
        raise OutboundRefused("only http and https URLs are allowed")
    if parts.username is not None or parts.password is not None:
        raise OutboundRefused("credentials in the URL are not supported")
    host = parts.hostname or ""
    numeric = parse_inet_aton(host)
    if numeric is not None:
        host = str(numeric)
    try:
        host = host.encode("idna").decode("ascii") if host and ":" not in host else host
    except UnicodeError:
        host = ""
    if not host:
        raise OutboundRefused("the URL has no valid host name")
    if port == 0:
        raise OutboundRefused("the URL's port must be between 1 and 65535")
    path = iri_to_uri((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
    default = 443 if parts.scheme == "https" else 80
    return _Target(url, parts.scheme, host, port or default, path)


def _resolve(target: _Target) -> _Target:
    """Return the target with every address its host resolves to, all of them checked."""
    try:
        records = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError):
        raise OutboundError(f"could not resolve the host {target.host}") from None
    addresses: list[tuple[socket.AddressFamily, Any]] = []
    for family, _type, _proto, _name, sockaddr in records:
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        reason = refusal(address)
        if reason is not None:
            inner = embedded_ipv4(address)
            shown = f"{address} (IPv4 {inner})" if inner else str(address)
            raise OutboundRefused(f"address {shown} is {reason}")
        if (family, sockaddr) not in addresses:
            addresses.append((family, sockaddr))
    if not addresses:
        raise OutboundError(f"could not resolve the host {target.host}")
    return _Target(
        target.url, target.scheme, target.host, target.port, target.path, tuple(addresses)
    )


def address_check(url: str) -> None:
    """Return None when every address of the URL's host may be reached.

    Raises OutboundRefused (the message names the address and why) or OutboundError when
    the host cannot be resolved.
    """
    _resolve(_split(url))


class _Deadline:
    """A point in time every step of one request must finish by."""

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(self.at - time.monotonic(), 0.0)


class _Watchdog:
    """Shut the connection down at the deadline, whatever read is blocking on it."""

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        self.fired = False
        self._spare = sock.dup()  # shutting a duplicate down ends the connection too
        self._lock = threading.Lock()
        self._timer = threading.Timer(deadline.remaining(), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            if self._spare.fileno() != -1:
                self.fired = True
                with contextlib.suppress(OSError):
                    self._spare.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self._timer.cancel()
        with self._lock:
            self._spare.close()


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """Return the TLS context: system CAs, host name checked (tests swap it for a test CA)."""
    return ssl.create_default_context()


def _connect(target: _Target, deadline: _Deadline) -> socket.socket:
    """Return a TCP socket to the first vetted address that answers."""
    for family, sockaddr in target.addresses:
        if deadline.remaining() <= 0:
            break
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.settimeout(deadline.remaining())
        try:
            sock.connect(sockaddr)
        except OSError as exc:
            logger.info("outbound: %s: %s", _origin(target), exc)
            sock.close()
            continue
        return sock
    # One message for refused, filtered and unreachable ports: the log is no port scanner.
    raise OutboundError("could not connect")


def _read_body(raw: http.client.HTTPResponse, max_bytes: int) -> tuple[bytes, bool]:
    """Return at most max_bytes of the body and whether there was more."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = raw.read1(min(65_536, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    body = b"".join(chunks)
    return body[:max_bytes], size > max_bytes


def _headers(raw: http.client.HTTPResponse) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in raw.getheaders():
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers


def _exchange(
    target: _Target,
    sock: socket.socket,
    method: str,
    body: bytes | None,
    headers: dict[str, str],
    max_bytes: int,
) -> Response:
    connection = http.client.HTTPConnection(target.host, target.port)
    connection.sock = sock  # already connected to the vetted address: never resolve again
    sent = {k: v for k, v in headers.items() if k.lower() not in ("host", "content-length")}
    connection.request(method, target.path, body=body, headers={**sent, "Connection": "close"})
    raw = connection.getresponse()
    content, truncated = _read_body(raw, max_bytes)
    return Response(raw.status, _headers(raw), content, truncated, target.url)


def _request(
    target: _Target,
    method: str,
    body: bytes | None,
    headers: dict[str, str],
    deadline: _Deadline,
    max_bytes: int,
) -> Response:
    """Send one request to a resolved target; return its response (redirects included)."""
    sock = _connect(target, deadline)
    watchdog = _Watchdog(sock, deadline)
    try:
        if target.scheme == "https":
            sock = _tls_context().wrap_socket(sock, server_hostname=target.host)
        response = _exchange(target, sock, method, body, headers, max_bytes)
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise _failure(exc, target, timed_out=watchdog.fired) from None
    finally:
        watchdog.stop()
        sock.close()
    if watchdog.fired:
        raise OutboundError("timed out")
    return response


def _failure(exc: Exception, target: _Target, *, timed_out: bool) -> OutboundError:
    """Return the generic error to record for a failure after the connection was made."""
    logger.info("outbound: %s: %r", _origin(target), exc)
    if timed_out or isinstance(exc, TimeoutError):
        return OutboundError("timed out")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return OutboundError(f"the TLS certificate of {target.host} could not be verified")
    if isinstance(exc, ssl.SSLError):
        return OutboundError("the TLS handshake failed")
    return OutboundError("the connection failed")


def post(
    url: str, *, body: bytes, headers: dict[str, str], timeout: float, max_bytes: int = 64_000
) -> Response:
    """Return the response to a POST of body to a vetted address; a 3xx is returned as is."""
    deadline = _Deadline(timeout)
    return _request(_resolve(_split(url)), "POST", body, headers, deadline, max_bytes)


def get(
    url: str,
    *,
    headers: dict[str, str] | None = None,
    timeout: float,
    max_bytes: int,
    max_redirects: int = 3,
) -> Response:
    """Return the response to a GET, following up to max_redirects redirects, each checked."""
    deadline = _Deadline(timeout)
    sent = dict(headers or {})
    target = _resolve(_split(url))
    for _hop in range(max_redirects + 1):
        response = _request(target, "GET", None, sent, deadline, max_bytes)
        location = response.headers.get("location")
        if response.status not in REDIRECTS or not location:
            return response
        following = _resolve(_split(urljoin(target.url, location)))
        if (following.scheme, following.host, following.port) != (
            target.scheme,
            target.host,
            target.port,
        ):
            sent = _without(sent, _SECRET_HEADERS)  # credentials stay with their origin
        target = following
    return response


def _without(headers: dict[str, str], names: Iterable[str]) -> dict[str, str]:
    drop = set(names)
    return {k: v for k, v in headers.items() if k.lower() not in drop}
