"""The outbound guard holds for data sources: no loopback, private, link-local or IPv6 tricks."""

from __future__ import annotations

import json
import socket

import pytest

from cairn.sources.models import SourceKind
from cairn.sources.readings import ReadingError, reading_take
from cairn.sources.sql import sql_value
from tests.lib.local_http import fake_dns
from tests.sources.conftest import make_source


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:9/x", "loopback"),
        ("http://2130706433:9/x", "loopback"),  # 127.0.0.1 written as one number
        ("http://10.1.2.3/x", "private"),
        ("http://169.254.169.254/latest/meta-data", "link-local"),
        ("http://[::1]:9/x", "loopback"),
        ("http://[fc00::1]/x", "private"),
        ("http://[fd12:3456::1]/x", "private"),
        ("http://[::ffff:127.0.0.1]:9/x", "loopback"),
        ("http://[::ffff:10.0.0.1]/x", "private"),
    ],
)
def test_it_refuses_addresses_that_are_not_public(world, kr, url, reason):
    source = make_source(world, kr, url=url)
    with pytest.raises(ReadingError, match=f"Refused: .*{reason}"):
        reading_take(source)


def test_a_host_name_resolving_to_a_private_address_is_refused(world, kr, monkeypatch):
    monkeypatch.setattr(socket, "getaddrinfo", fake_dns({"metrics.example.test": ["10.0.0.7"]}))
    source = make_source(world, kr, url="http://metrics.example.test/value")
    with pytest.raises(ReadingError, match="10.0.0.7 is private"):
        reading_take(source)


def test_a_redirect_from_an_allowed_server_to_a_private_address_is_refused(
    world, kr, local_server, settings
):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]  # the server itself is allowed
    local_server.routes["/go"] = (302, {"Location": "http://10.0.0.1/value"}, b"")
    source = make_source(world, kr, url=local_server.url("/go"))
    with pytest.raises(ReadingError, match="10.0.0.1 is private"):
        reading_take(source)


def test_a_redirect_within_the_allowed_server_is_followed(world, kr, local_server, settings):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    local_server.routes["/go"] = (302, {"Location": "/value"}, b"")
    local_server.routes["/value"] = (200, {}, json.dumps({"value": 5}).encode())
    assert reading_take(make_source(world, kr, url=local_server.url("/go"))) == 5


def test_the_loopback_server_is_refused_until_its_network_is_allowed(
    world, kr, local_server, settings
):
    local_server.routes["/value"] = (200, {}, b'{"value": 5}')
    source = make_source(world, kr, url=local_server.url("/value"))
    with pytest.raises(ReadingError, match="loopback"):
        reading_take(source)
    assert local_server.requests == []
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    assert reading_take(source) == 5


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://postgres@127.0.0.1:5432/postgres",
        "postgresql://postgres@[::1]:5432/postgres",
        "mysql://root@10.0.0.5/test",
        "postgresql://postgres@169.254.169.254/x",
        "postgresql://postgres@[::ffff:127.0.0.1]/x",
    ],
)
def test_sql_database_hosts_go_through_the_same_guard(url):
    with pytest.raises(ReadingError, match="Refused: address"):
        sql_value(url, "SELECT 1")


def test_a_sql_source_needs_a_host_not_a_socket_path():
    with pytest.raises(ReadingError, match="no host"):
        sql_value("postgresql:///postgres?host=/var/run/postgresql", "SELECT 1")


def test_kind_is_checked_before_reading(world, kr):
    with pytest.raises(ReadingError, match="push source"):
        reading_take(make_source(world, kr, kind=SourceKind.PUSH))


def test_a_custom_secret_header_never_follows_a_redirect(world, kr, local_server, settings):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    other = f"http://localhost:{local_server.port}/value"  # another origin, same test server
    local_server.routes["/go"] = (302, {"Location": other}, b"")
    local_server.routes["/value"] = (200, {}, b'{"value": 5}')
    source = make_source(
        world, kr, url=local_server.url("/go"), auth_header="X-Api-Key", auth_secret="s3cret"
    )
    with pytest.raises(ReadingError, match="redirected to http://localhost"):
        reading_take(source)
    assert [r["path"] for r in local_server.requests] == ["/go"]
    source.auth_header = "Authorization"  # dropped by outbound when the origin changes
    assert reading_take(source) == 5
    assert "Authorization" not in local_server.requests[-1]["headers"]
