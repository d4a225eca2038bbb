"""The outbound guard: no private, loopback or link-local address unless an admin allows it."""

from __future__ import annotations

import ipaddress
import socket
import time

import pytest
from django.test import override_settings
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from cairn.lib import outbound
from cairn.lib.outbound import OutboundError, OutboundRefused, address_check
from tests.lib.local_http import LocalServer, fake_dns

nothing_allowed = override_settings(OUTBOUND_ALLOWED_NETWORKS=[])


def refused_reason(url: str) -> str:
    with nothing_allowed, pytest.raises(OutboundRefused) as caught:
        address_check(url)
    return str(caught.value)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1/", "address 127.0.0.1 is loopback"),
        ("http://2130706433/", "address 127.0.0.1 is loopback"),
        ("http://0177.0.0.1/", "address 127.0.0.1 is loopback"),
        ("http://0x7f.1/", "address 127.0.0.1 is loopback"),
        ("http://0x7f000001/", "address 127.0.0.1 is loopback"),
        ("http://127.1/", "address 127.0.0.1 is loopback"),
        ("http://017700000001:8080/x", "address 127.0.0.1 is loopback"),
        ("http://localhost/", "address 127.0.0.1 is loopback"),
        ("http://[::1]/", "address ::1 is loopback"),
        ("http://[::ffff:127.0.0.1]/", "(IPv4 127.0.0.1) is loopback"),
        ("http://[::ffff:a00:5]/", "(IPv4 10.0.0.5) is private"),
        ("http://[::127.0.0.1]/", "(IPv4 127.0.0.1) is loopback"),
        ("http://[64:ff9b::10.0.0.5]/", "(IPv4 10.0.0.5) is private"),
        ("http://[64:ff9b::169.254.169.254]/", "the cloud metadata address"),
        ("http://[2002:a00:5::1]/", "(IPv4 10.0.0.5) is private"),
        ("http://[fe80::1]/", "address fe80::1 is link-local"),
        ("http://[fc00::1]/", "address fc00::1 is private"),
        ("http://[fd12:3456::1]/", "address fd12:3456::1 is private"),
        ("http://[ff02::1]/", "address ff02::1 is multicast"),
        ("http://[::]/", "address :: is unspecified"),
        ("http://0.0.0.0/", "address 0.0.0.0 is unspecified"),
        ("http://0/", "address 0.0.0.0 is unspecified"),
        ("http://10.0.0.5/", "address 10.0.0.5 is private"),
        ("http://172.16.3.4/", "address 172.16.3.4 is private"),
        ("http://192.168.1.1/", "address 192.168.1.1 is private"),
        ("http://100.64.0.1/", "address 100.64.0.1 is shared address space (carrier-grade NAT)"),
        ("http://169.254.169.254/latest/meta-data/", "link-local (the cloud metadata address)"),
        ("http://169.254.1.1/", "address 169.254.1.1 is link-local"),
        ("http://224.0.0.1/", "address 224.0.0.1 is multicast"),
        ("http://239.255.255.250:1900/", "address 239.255.255.250 is multicast"),
        ("http://240.0.0.1/", "address 240.0.0.1 is reserved"),
        ("http://255.255.255.255/", "address 255.255.255.255 is broadcast"),
        ("http://198.18.0.1/", "reserved for benchmarking"),
        ("https://192.0.2.1/", "reserved for documentation"),
    ],
)
def test_it_refuses_every_form_of_a_non_public_address(url, message):
    assert message in refused_reason(url)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/", "only http and https URLs are allowed"),
        ("file:///etc/passwd", "only http and https URLs are allowed"),
        ("gopher://127.0.0.1:6379/_", "only http and https URLs are allowed"),
        ("http://", "no valid host name"),
        ("http://user:secret@8.8.8.8/", "credentials in the URL are not supported"),
        ("http://8.8.8.8:99999/", "not valid"),
        ("http://8.8.8.8:0/", "port must be between 1 and 65535"),
        ("http://8.8.8.8/a b", "spaces or control characters"),
        ("http://8.8.8.8/\r\nX-Injected: 1", "spaces or control characters"),
    ],
)
def test_it_refuses_what_is_not_a_plain_web_url(url, message):
    assert message in refused_reason(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://8.8.8.8/",
        "https://1.1.1.1:8443/hook?x=1",
        "http://134744072/",  # 8.8.8.8 in decimal
        "http://[2606:4700:4700::1111]/",
        "http://[64:ff9b::8.8.8.8]/",  # NAT64 of a public address
    ],
)
def test_it_accepts_public_addresses(url):
    with nothing_allowed:
        assert address_check(url) is None


def test_it_refuses_a_host_when_any_of_its_addresses_is_private(monkeypatch):
    monkeypatch.setattr(
        socket, "getaddrinfo", fake_dns({"hooks.example.test": ["8.8.8.8", "10.0.0.5"]})
    )
    assert refused_reason("https://hooks.example.test/x") == "address 10.0.0.5 is private"


def test_an_unresolvable_host_is_an_error_not_a_refusal(monkeypatch):
    def fail(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with nothing_allowed, pytest.raises(OutboundError, match="could not resolve the host"):
        address_check("https://nowhere.example.test/")


def test_allowed_networks_let_their_addresses_through(settings):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8", "fd00:1::/32"]
    for url in [
        "http://127.0.0.1/",
        "http://127.1/",
        "http://2130706433/",
        "http://[::ffff:127.0.0.1]/",
    ]:
        assert address_check(url) is None
    assert address_check("http://[fd00:1::5]/") is None
    with pytest.raises(OutboundRefused, match="address ::1 is loopback"):
        address_check("http://[::1]/")
    with pytest.raises(OutboundRefused, match="address 10.0.0.5 is private"):
        address_check("http://10.0.0.5/")


# Numbers in the non-public IPv4 ranges, written every way inet_aton reads them.
private_ipv4 = st.sampled_from(
    [
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "224.0.0.0/4",
        "240.0.0.0/4",
    ]  # fmt: skip
).flatmap(
    lambda net: st.integers(
        int(ipaddress.ip_network(net).network_address),
        int(ipaddress.ip_network(net).broadcast_address),
    )
)


def spellings(value: int) -> list[str]:
    """Return the numeric host spellings of an IPv4 address: decimal, octal, hex, short forms."""
    a, b, c, d = ipaddress.IPv4Address(value).packed
    return [
        str(value),
        oct(value).replace("0o", "0"),
        hex(value),
        f"{a}.{(b << 16) | (c << 8) | d}",
        f"{a}.{b}.{(c << 8) | d}",
        f"0{a:o}.0x{b:x}.{c}.0{d:o}",
        f"::ffff:{ipaddress.IPv4Address(value)}",
    ]


@hsettings(max_examples=200, deadline=None)
@given(private_ipv4)
def test_no_spelling_of_a_non_public_ipv4_address_gets_through(value):
    for host in spellings(value):
        shown = f"[{host}]" if ":" in host else host
        reason = refused_reason(f"http://{shown}/")
        assert str(ipaddress.IPv4Address(value)) in reason, (host, reason)


@hsettings(max_examples=300, deadline=None)
@given(st.integers(0, 2**32 - 1), st.data())
def test_numeric_hosts_are_read_as_the_c_library_reads_them(value, data):
    host = data.draw(st.sampled_from(spellings(value)[:-1]))
    assert outbound.parse_inet_aton(host) == ipaddress.IPv4Address(value)
    assert socket.inet_aton(host) == ipaddress.IPv4Address(value).packed


@given(st.text(alphabet="0123456789abcdefxX.", max_size=20))
def test_the_numeric_host_reader_never_disagrees_with_the_c_library(host):
    ours = outbound.parse_inet_aton(host)
    if ours is not None:
        assert socket.inet_aton(host) == ours.packed


# Real traffic, only ever to 127.0.0.1 and ::1.


def test_a_local_server_is_refused_by_default_and_gets_nothing(local_server):
    with nothing_allowed, pytest.raises(OutboundRefused, match="address 127.0.0.1 is loopback"):
        outbound.post(local_server.url(), body=b"{}", headers={}, timeout=2)
    assert local_server.requests == []


def test_it_posts_to_an_allowed_network(settings, local_server):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    local_server.routes["/hook"] = (202, {"X-Answer": "yes"}, b"thanks")
    response = outbound.post(
        local_server.url(), body=b'{"a": 1}', headers={"X-Cairn-Event": "e"}, timeout=2
    )
    assert (response.status, response.body, response.truncated) == (202, b"thanks", False)
    assert response.headers["x-answer"] == "yes"
    [request] = local_server.requests
    assert request["method"] == "POST" and request["body"] == b'{"a": 1}'
    assert request["headers"]["X-Cairn-Event"] == "e"
    assert request["headers"]["Host"] == f"127.0.0.1:{local_server.port}"


def test_it_reaches_an_allowed_ipv6_loopback_server(settings):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["::1/128"]
    server = LocalServer("::1")
    try:
        assert outbound.get(server.url("/v6"), timeout=2, max_bytes=100).status == 200
    finally:
        server.close()
    assert server.requests[0]["headers"]["Host"] == f"[::1]:{server.port}"


def test_post_returns_a_redirect_without_following_it(settings, local_server):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    local_server.routes["/hook"] = (307, {"Location": local_server.url("/elsewhere")}, b"")
    response = outbound.post(local_server.url(), body=b"{}", headers={}, timeout=2)
    assert response.status == 307
    assert [r["path"] for r in local_server.requests] == ["/hook"]


def test_get_follows_redirects_between_allowed_addresses(settings, local_server):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    local_server.routes["/a"] = (302, {"Location": "/b"}, b"")
    local_server.routes["/b"] = (200, {}, b"kpi,42\n")
    response = outbound.get(local_server.url("/a"), headers={}, timeout=2, max_bytes=100)
    assert (response.status, response.body) == (200, b"kpi,42\n")
    assert response.url == local_server.url("/b")


@pytest.mark.parametrize(
    "location", ["http://169.254.169.254/latest/meta-data/", "http://[::1]:1/", "http://10.0.0.5/"]
)
def test_a_redirect_from_an_allowed_server_to_a_refused_address_is_not_followed(
    settings, local_server, location
):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    local_server.routes["/a"] = (302, {"Location": location}, b"")
    with pytest.raises(OutboundRefused):
        outbound.get(local_server.url("/a"), headers={}, timeout=2, max_bytes=100)
    assert outbound.post(local_server.url("/a"), body=b"", headers={}, timeout=2).status == 302


def test_get_stops_after_the_allowed_number_of_redirects(settings, local_server):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    local_server.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    response = outbound.get(local_server.url("/loop"), timeout=2, max_bytes=10, max_redirects=2)
    assert response.status == 302 and len(local_server.requests) == 3


def test_credentials_are_not_sent_on_to_another_origin(settings, local_server):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    other = LocalServer()
    try:
        local_server.routes["/a"] = (302, {"Location": other.url("/b")}, b"")
        headers = {"Authorization": "Bearer s3cret", "Accept": "text/csv"}
        outbound.get(local_server.url("/a"), headers=headers, timeout=2, max_bytes=10)
    finally:
        other.close()
    assert local_server.requests[0]["headers"]["Authorization"] == "Bearer s3cret"
    assert "Authorization" not in other.requests[0]["headers"]
    assert other.requests[0]["headers"]["Accept"] == "text/csv"


def test_the_body_is_capped(settings, local_server):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    local_server.routes["/big"] = (200, {}, b"x" * 100_000)
    response = outbound.get(local_server.url("/big"), timeout=2, max_bytes=1000)
    assert response.body == b"x" * 1000 and response.truncated


def trickle(handler) -> None:
    """Answer headers, then one byte every 0.2 s for 10 s (a slow-loris server)."""
    handler.send_response(200)
    handler.send_header("Content-Length", "50")
    handler.end_headers()
    for _ in range(50):
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(0.2)


def test_the_timeout_bounds_the_whole_request_even_against_a_trickling_server(
    settings, local_server
):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    local_server.routes["/slow"] = trickle
    started = time.monotonic()
    with pytest.raises(OutboundError, match="^timed out$"):
        outbound.get(local_server.url("/slow"), timeout=1, max_bytes=1000)
    assert time.monotonic() - started < 3


def test_a_closed_port_reports_only_could_not_connect(settings):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(OutboundError) as caught:
        outbound.post(f"http://127.0.0.1:{port}/", body=b"", headers={}, timeout=2)
    assert str(caught.value) == "could not connect"


def test_dns_rebinding_cannot_move_the_connection(settings, local_server, monkeypatch):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    calls: list[str] = []
    first = fake_dns({"hooks.example.test": ["127.0.0.1"]}, calls)
    rebound = fake_dns({"hooks.example.test": ["169.254.169.254"]}, calls)
    monkeypatch.setattr(
        socket, "getaddrinfo", lambda *a, **k: (rebound if calls else first)(*a, **k)
    )
    url = f"http://hooks.example.test:{local_server.port}/hook"
    assert outbound.post(url, body=b"{}", headers={}, timeout=2).status == 200
    assert calls == ["hooks.example.test"]  # resolved once; the connection used that answer
    assert local_server.requests[0]["headers"]["Host"] == f"hooks.example.test:{local_server.port}"
    with pytest.raises(OutboundRefused, match="cloud metadata"):
        address_check(url)  # the next check sees the new answer and refuses it


def test_https_is_pinned_to_the_vetted_address_and_verified_for_the_host_name(
    settings, monkeypatch, certificates
):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    monkeypatch.setattr(socket, "getaddrinfo", fake_dns({"hooks.example.test": ["127.0.0.1"]}))
    monkeypatch.setattr(outbound, "_tls_context", certificates.client_context)
    server = LocalServer(tls=certificates.server_context())
    try:
        url = f"https://hooks.example.test:{server.port}/hook"
        assert outbound.post(url, body=b"{}", headers={}, timeout=5).status == 200
        with pytest.raises(
            OutboundError, match="TLS certificate of 127.0.0.1 could not be verified"
        ):
            outbound.post(server.url(), body=b"{}", headers={}, timeout=5)
    finally:
        server.close()
    assert server.server_names[0] == "hooks.example.test"
    assert len(server.requests) == 1


def test_https_refuses_a_certificate_from_an_unknown_authority(settings, monkeypatch, certificates):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    monkeypatch.setattr(socket, "getaddrinfo", fake_dns({"hooks.example.test": ["127.0.0.1"]}))
    server = LocalServer(tls=certificates.server_context())
    try:
        with pytest.raises(
            OutboundError, match="TLS certificate of hooks.example.test could not be verified"
        ):
            outbound.post(
                f"https://hooks.example.test:{server.port}/", body=b"", headers={}, timeout=5
            )
    finally:
        server.close()
    assert server.requests == []


def test_a_non_ascii_path_is_percent_encoded(settings, local_server):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    outbound.post(local_server.url("/café?team=été"), body=b"", headers={}, timeout=2)
    assert local_server.requests[0]["path"] == "/caf%C3%A9?team=%C3%A9t%C3%A9"


def test_it_falls_back_to_the_next_vetted_address_when_one_does_not_answer(
    settings, local_server, monkeypatch
):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8", "::1/128"]
    # Nothing listens on ::1 at the server's port: the IPv4 address must be tried next.
    answers = {"hooks.example.test": ["::1", "127.0.0.1"]}
    monkeypatch.setattr(socket, "getaddrinfo", fake_dns(answers))
    url = f"http://hooks.example.test:{local_server.port}/hook"
    assert outbound.post(url, body=b"{}", headers={}, timeout=2).status == 200
    assert len(local_server.requests) == 1
