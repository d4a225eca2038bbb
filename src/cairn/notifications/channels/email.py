"""Email: one message (HTML and plain text) per person and batch, with RFC 8058 unsubscribe."""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends.base import BaseEmailBackend
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override

from cairn.accounts.languages import chosen_language
from cairn.notifications.channels import DeliveryError
from cairn.notifications.models import Notification
from cairn.organisations.models import Person

UNSUBSCRIBE_SALT = "cairn.notifications.unsubscribe"


def unsubscribe_token(person: Person, kinds: Sequence[str]) -> str:
    """Return a signed token naming the person and the kinds an unsubscribe turns off."""
    return signing.dumps({"p": person.pk, "k": sorted(set(kinds))}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> tuple[int, list[str]]:
    """Return (person id, kinds) from a token; raise signing.BadSignature when forged."""
    value = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if not isinstance(value, dict) or not isinstance(value.get("p"), int):
        raise signing.BadSignature("malformed")
    return value["p"], [str(kind) for kind in value.get("k", [])]


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def _subject(person: Person, notifications: Sequence[Notification]) -> str:
    organisation = person.organisation.name
    if len(notifications) == 1:
        return f"[{organisation}] {notifications[0].title}"
    count = len(notifications)
    text = ngettext("%(n)d update from Cairn", "%(n)d updates from Cairn", count) % {"n": count}
    return f"[{organisation}] {text}"


def _items(notifications: Sequence[Notification], person: Person) -> list[dict]:
    return [
        {
            "notification": n,
            "link": absolute(n.link) if n.link else "",
            "unsubscribe": absolute(
                reverse("notifications_unsubscribe", args=[unsubscribe_token(person, [n.kind])])
            ),
            "kind_label": n.get_kind_display(),
        }
        for n in notifications
    ]


def email_message(person: Person, notifications: Sequence[Notification]) -> EmailMultiAlternatives:
    """Return the email for a batch of one person's notifications (oldest first)."""
    kinds = [n.kind for n in notifications]
    unsubscribe = absolute(
        reverse("notifications_unsubscribe", args=[unsubscribe_token(person, kinds)])
    )
    with override(chosen_language(person) or settings.LANGUAGE_CODE):
        context = {
            "person": person,
            "organisation": person.organisation,
            "items": _items(notifications, person),
            "check_in_url": absolute(reverse("check_in")),
            "settings_url": absolute(reverse("notification_settings")),
            "unsubscribe_url": unsubscribe,
        }
        text = render_to_string("web/notifications/email.txt", context)
        html = render_to_string("web/notifications/email.html", context)
        subject = _subject(person, notifications)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[person.user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def email_send(
    person: Person,
    notifications: Sequence[Notification],
    connection: BaseEmailBackend | None = None,
) -> None:
    """Send one email for the batch (over `connection` when given, left open for the next);
    raise DeliveryError when the mail server fails."""
    if not person.user.email:
        raise DeliveryError(_("The person has no email address."), retry=False)
    message = email_message(person, notifications)
    message.connection = connection
    try:
        if connection is not None:
            connection.open()  # opened here, it stays open after the send (send_messages)
        message.send(fail_silently=False)
    except (OSError, ValueError) as exc:  # smtplib's errors are OSErrors
        raise DeliveryError(str(exc)[:1000] or exc.__class__.__name__) from exc
