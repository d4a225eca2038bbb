"""The issue's safety promises not covered elsewhere: trickling servers, bodies without a length,
redirect chains and IPv6 / metadata targets, DNS answers mixing public and private, CSV sources,
and the URL checked when a source is saved."""

from __future__ import annotations

import socket
import time

import pytest
from django.core.exceptions import ValidationError

from cairn.sources import services
from cairn.sources.models import SourceKind
from cairn.sources.readings import ReadingError, reading_take
from tests.lib.local_http import fake_dns
from tests.sources.conftest import make_source


def trickle(handler) -> None:
    """Answer at once, then send the body one byte every 0.2 s for 6 s."""
    handler.send_response(200)
    handler.send_header("Content-Length", "30")
    handler.end_headers()
    try:
        for _ in range(30):
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.2)
    except OSError:
        pass  # the client hung up: what the test wants


def endless(handler) -> None:
    """Send a body without Content-Length (read until close) that never stops."""
    handler.send_response(200)
    handler.end_headers()
    try:
        while True:
            handler.wfile.write(b"x" * 4096)
    except OSError:
        pass


@pytest.mark.usefixtures("loopback_allowed", "fast_limits")
class TestTimeAndSize:
    def test_a_server_trickling_bytes_is_cut_at_the_end_to_end_deadline(
        self, world, kr, local_server
    ):
        local_server.routes["/drip"] = trickle
        started = time.monotonic()
        with pytest.raises(ReadingError, match="timed out"):
            reading_take(make_source(world, kr, url=local_server.url("/drip")))
        assert time.monotonic() - started < 2.5  # the limit is 1 s, each byte came in time

    def test_a_body_without_a_length_is_cut_at_the_size_cap(self, world, kr, local_server):
        local_server.routes["/endless"] = endless
        with pytest.raises(ReadingError, match="larger than 10000 bytes"):
            reading_take(make_source(world, kr, url=local_server.url("/endless")))

    def test_a_csv_source_has_the_same_cap(self, world, kr, local_server):
        local_server.routes["/big.csv"] = (200, {}, b"value\n" + b"1\n" * 20_000)
        source = make_source(
            world, kr, kind=SourceKind.CSV_URL, url=local_server.url("/big.csv"), csv_column="value"
        )
        with pytest.raises(ReadingError, match="larger than 10000 bytes"):
            reading_take(source)


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("http://[::1]:9/value", "loopback"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::ffff:169.254.169.254]/x", "link-local"),
        ("http://[fd00::1]/x", "private"),
        ("http://0x7f000002:9/x", "loopback"),  # 127.0.0.2 in hex: outside the allowed /32
    ],
)
def test_a_redirect_to_any_internal_address_is_refused(
    world, kr, local_server, settings, location, reason
):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.1/32"]  # the test server, nothing else
    local_server.routes["/go"] = (302, {"Location": location}, b"")
    with pytest.raises(ReadingError, match=reason):
        reading_take(make_source(world, kr, url=local_server.url("/go")))
    assert [r["path"] for r in local_server.requests] == ["/go"]


def test_a_redirect_chain_stops_after_three_hops(world, kr, local_server, settings):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    for hop in range(5):
        local_server.routes[f"/{hop}"] = (302, {"Location": f"/{hop + 1}"}, b"")
    local_server.routes["/5"] = (200, {}, b'{"value": 1}')
    with pytest.raises(ReadingError):
        reading_take(make_source(world, kr, url=local_server.url("/0")))
    assert [r["path"] for r in local_server.requests] == ["/0", "/1", "/2", "/3"]


@pytest.mark.parametrize(
    "answers",
    [["93.184.216.34", "10.0.0.7"], ["fd00::7"], ["2606:2800:220:1::1", "::1"]],
)
def test_a_name_with_any_internal_address_is_refused(world, kr, monkeypatch, answers):
    calls: list[str] = []
    monkeypatch.setattr(socket, "getaddrinfo", fake_dns({"metrics.example.test": answers}, calls))
    source = make_source(world, kr, url="http://metrics.example.test/value")
    with pytest.raises(ReadingError, match="Refused"):
        reading_take(source)


def test_a_csv_source_goes_through_the_guard(world, kr):
    source = make_source(
        world, kr, kind=SourceKind.CSV_URL, url="http://10.0.0.3/x.csv", csv_column="v"
    )
    with pytest.raises(ReadingError, match="10.0.0.3 is private"):
        reading_take(source)


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/x", "http://[::1]/x", "http://169.254.169.254/", "ftp://example.com/x"],
)
def test_a_source_with_an_internal_url_cannot_be_saved(world, kr, url):
    with pytest.raises(ValidationError) as caught:
        services.source_create(
            actor=world.admin,
            key_result=kr,
            owner=world.member,
            name="Internal",
            kind=SourceKind.HTTP_JSON,
            url=url,
            json_path="$.v",
        )
    assert "url" in caught.value.message_dict
