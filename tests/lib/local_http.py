"""Real local HTTP(S) servers, a throwaway certificate authority and scripted DNS, for outbound tests."""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_SYSTEM_GETADDRINFO = socket.getaddrinfo
Route = tuple[int, dict[str, str], bytes] | Callable[[BaseHTTPRequestHandler], None]


class LocalServer:
    """A real HTTP server on a loopback address; answers each path as `routes` says, records requests."""

    def __init__(self, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None) -> None:
        self.requests: list[dict] = []
        self.routes: dict[str, Route] = {}
        self.server_names: list[str | None] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.requests.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "headers": self.headers,
                        "body": body,
                    }
                )
                route = server.routes.get(self.path, (200, {}, b"ok"))
                if callable(route):
                    route(self)
                    return
                status, headers, content = route
                self.send_response(status)
                for name, value in {"Content-Length": str(len(content)), **headers}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = _answer  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
            daemon_threads = True

        self.server = Server((host, 0), Handler)
        if tls is not None:
            tls.sni_callback = lambda _sock, name, _ctx: self.server_names.append(name)
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        shown = f"[{host}]" if ":" in host else host
        self.base = f"{'https' if tls else 'http'}://{shown}:{self.port}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def url(self, path: str = "/hook") -> str:
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class Certificates:
    """A CA and a server certificate for `hooks.example.test`, made with the openssl command."""

    ca: Path
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca))


def make_certificates(d: Path) -> Certificates:
    """Return a new CA and a server certificate signed by it, written into the directory d."""
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True)

    run("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
        "-subj", "/CN=Cairn test CA")  # fmt: skip
    run("req", *ec, "-keyout", "leaf.key", "-out", "leaf.csr", "-subj", "/CN=hooks.example.test")
    (d / "ext").write_text("subjectAltName=DNS:hooks.example.test\n")
    run("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "leaf.pem", "-days", "2", "-extfile", "ext")  # fmt: skip
    return Certificates(ca=d / "ca.pem", cert=d / "leaf.pem", key=d / "leaf.key")


def fake_dns(answers: dict[str, list[str]], calls: list[str] | None = None):
    """Return a getaddrinfo answering the hosts in `answers`, others as the system does; log calls."""

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):  # noqa: A002
        if calls is not None:
            calls.append(host)
        if host not in answers:
            return _SYSTEM_GETADDRINFO(host, port, family, type, proto, flags)
        records = []
        for address in answers[host]:
            if ":" in address:
                records.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0)))
            else:
                records.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)))
        return records

    return getaddrinfo
