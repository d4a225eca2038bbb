"""Fixtures for the outbound tests: a real local HTTP server and test certificates."""

from __future__ import annotations

import shutil

import pytest

from tests.lib.local_http import Certificates, LocalServer, make_certificates


@pytest.fixture
def local_server():
    server = LocalServer()
    yield server
    server.close()


@pytest.fixture(scope="session")
def certificates(tmp_path_factory) -> Certificates:
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make test certificates")
    return make_certificates(tmp_path_factory.mktemp("tls"))
