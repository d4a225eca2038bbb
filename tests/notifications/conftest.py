"""Notification fixtures: a real SMTP server (aiosmtpd) and a chat receiver on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller

from tests.api.conftest import IMMEDIATE_TASKS, Receiver


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """What the SMTP server received, parsed."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.peers: list[tuple[str, int]] = []  # the client's address of each message's connection
        self.refuse: set[str] = set()  # recipient addresses answered with 550
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:  # noqa: N802
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 (aiosmtpd's name)
        parsed = message_from_bytes(envelope.original_content, policy=policy.default)
        with self.lock:
            self.messages.append(parsed)  # type: ignore[arg-type]
            self.peers.append(session.peer)
        return "250 Message accepted"


class SmtpServer:
    """A real SMTP server on 127.0.0.1 that can be stopped and started on the same port."""

    def __init__(self) -> None:
        self.port = free_port()
        self.inbox = Inbox()
        self.controller: Controller | None = None

    @property
    def messages(self) -> list[EmailMessage]:
        return self.inbox.messages

    @property
    def connections(self) -> int:
        """Return over how many SMTP connections the messages came."""
        return len(set(self.inbox.peers))

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture(autouse=True)
def notification_settings(settings):
    """Run tasks at once, send email over SMTP to 127.0.0.1, no batch wait unless asked."""
    settings.TASKS = IMMEDIATE_TASKS
    settings.SITE_URL = "http://cairn.test"
    settings.CAIRN_NOTIFY_BATCH_SECONDS = 120
    # The outbound guard (cairn.lib.outbound, another branch) refuses loopback unless allowed.
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8", "::1/128"]
    return settings


@pytest.fixture
def smtp(settings):
    """Return a started SMTP server that Django's SMTP backend sends to."""
    server = SmtpServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()


@pytest.fixture
def chat_receiver():
    server = Receiver()
    yield server
    server.close()


def at(text: str) -> datetime:
    """Return an aware UTC moment from 'YYYY-MM-DD HH:MM'."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def later(moment: datetime, seconds: int = 121) -> datetime:
    return moment + timedelta(seconds=seconds)


def parts(message: EmailMessage) -> tuple[str, str]:
    """Return the (plain text, HTML) bodies of a received email."""
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and html is not None
    return text.get_content(), html.get_content()
