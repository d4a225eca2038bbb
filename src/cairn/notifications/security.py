"""Security notices to a person about their own account (always sent: see kinds.ALWAYS_SENT)."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_tasks import task

from cairn.accounts.languages import in_language_of
from cairn.notifications.kinds import Kind
from cairn.notifications.services import Subject, notify, site_path
from cairn.organisations.models import Person


@task()
def notify_two_factor_reset(person_id: int, actor_id: int, at: str, removed: list[str]) -> int:
    """Tell a person an admin removed their second factors; return 1 when stored.

    `at` (when the reset happened, ISO format) names the event, so a retried task stores it once.
    """
    person = Person.objects.select_related("user", "organisation").filter(pk=person_id).first()
    actor = Person.objects.select_related("user").filter(pk=actor_id).first()
    if person is None:
        return 0
    with in_language_of(person):
        return _store_reset_notice(person, actor, actor_id, at, removed)


def _store_reset_notice(
    person: Person, actor: Person | None, actor_id: int, at: str, removed: list[str]
) -> int:
    moment = datetime.fromisoformat(at)
    when = date_format(timezone.localtime(moment, person.zone), "DATETIME_FORMAT")
    body = _(
        "On %(when)s, %(admin)s, an admin of %(organisation)s, removed your two-factor sign-in "
        "(%(what)s). You now sign in with your password alone: set up an authenticator app or "
        "security key again. If you did not ask for this, tell another admin and change your "
        "password at once."
    ) % {
        "admin": actor.name if actor else _("An admin"),
        "organisation": person.organisation.name,
        "what": ", ".join(removed),
        "when": when,
    }
    stored = notify(
        recipient=person,
        kind=Kind.ACCOUNT_TWO_FACTOR_RESET,
        dedupe_key=f"{person.pk}:{at}",
        title=_("Your two-factor sign-in was reset"),
        body=body,
        link=site_path("mfa_index"),
        subject=Subject("person", person.pk),
        data={"actor": actor_id, "removed": removed, "at": at},
        now=moment,
    )
    return int(stored is not None)
