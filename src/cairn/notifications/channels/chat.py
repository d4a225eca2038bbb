"""Chat through apprise: a person or a team adds an apprise URL (Slack, Teams, Mattermost, …)."""

from __future__ import annotations

from urllib.parse import urlsplit

import apprise
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from cairn.lib import outbound
from cairn.notifications.channels import DeliveryError

# Services whose host is in the URL (self-hosted or generic); the others post to their vendor.
HOST_IN_URL = frozenset(
    {"json", "jsons", "mmost", "mmosts", "ntfy", "ntfys", "workflows", "workflow"}
)
PLAIN_HTTP = frozenset({"json", "mmost", "ntfy"})  # the others speak https
VENDOR = frozenset({"slack", "discord", "gchat"})
SCHEMES = HOST_IN_URL | VENDOR
MAX_URL = 1000


class OutboundRefused(Exception):
    """The target address is not one Cairn may send to (permanent)."""


class OutboundUnreachable(Exception):
    """The target host could not be resolved (worth trying again later)."""


def address_check(url: str) -> None:
    """Raise OutboundRefused unless Cairn may send to the (http or https) target URL."""
    try:
        outbound.address_check(url)
    except outbound.OutboundRefused as exc:
        raise OutboundRefused(str(exc)) from exc
    except outbound.OutboundError as exc:
        raise OutboundUnreachable(str(exc)) from exc


def _plugin(url: str) -> apprise.NotifyBase:
    """Return apprise's plugin for the URL, or raise ValidationError."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in SCHEMES or len(url) > MAX_URL:
        raise ValidationError(
            _(
                "Enter an apprise URL for Slack, Teams, Mattermost, Google Chat, Discord, ntfy or JSON."
            )
        )
    plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    if plugin is None:
        raise ValidationError(
            _("Apprise cannot read this URL; check it against its service's format.")
        )
    return plugin


def target_host(url: str) -> str:
    """Return the host a chat URL sends to (the vendor's for Slack, Discord, Google Chat)."""
    plugin = _plugin(url)
    if urlsplit(url).scheme.lower() in VENDOR:
        for name in ("webhook_url", "notify_url"):
            vendor = getattr(type(plugin), name, "")
            if isinstance(vendor, str) and vendor.startswith("https://"):
                return urlsplit(vendor.replace("{", "").replace("}", "")).hostname or ""
    return str(getattr(plugin, "host", "") or "")


def target_url(url: str) -> str:
    """Return the http(s) origin a chat URL posts to, for the outbound address check."""
    scheme = urlsplit(url).scheme.lower()
    host = target_host(url)
    port = urlsplit(url).port if scheme in HOST_IN_URL else None
    web = "http" if scheme in PLAIN_HTTP else "https"
    literal = f"[{host}]" if ":" in host else host
    return f"{web}://{literal}{f':{port}' if port else ''}/"


def chat_url_check(url: str) -> None:
    """Raise ValidationError unless the URL is a supported chat URL to an allowed address."""
    try:
        address_check(target_url(url))
    except OutboundRefused as exc:
        raise ValidationError(_("Cairn may not send to this address: %(e)s") % {"e": exc}) from exc
    except OutboundUnreachable as exc:
        raise ValidationError(_("Cairn cannot find this address: %(e)s") % {"e": exc}) from exc


def chat_send(url: str, *, title: str, body: str) -> None:
    """Post one message; raise DeliveryError (retry=False for a refused or unreadable URL)."""
    try:
        address_check(target_url(url))
    except (OutboundRefused, ValidationError) as exc:
        raise DeliveryError(str(exc), retry=False) from exc
    except OutboundUnreachable as exc:
        raise DeliveryError(str(exc)) from exc
    sender = apprise.Apprise()
    sender.add(url)
    if not sender.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT):
        raise DeliveryError(_("The chat service did not accept the message."))
