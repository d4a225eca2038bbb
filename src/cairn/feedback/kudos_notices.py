"""Kudos tell their recipient: the person thanked, or every active member of the team thanked."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django_tasks import task

from cairn.accounts.languages import in_language_of
from cairn.feedback.models import Kudos
from cairn.notifications.kinds import Kind
from cairn.notifications.services import Subject, notify, site_path
from cairn.organisations.models import Person


def _recipients(kudos: Kudos) -> list[Person]:
    if kudos.person is not None:
        return [kudos.person]
    assert kudos.team is not None
    return [
        m.person
        for m in kudos.team.memberships.filter(person__is_active=True).select_related(
            "person__user", "person__organisation"
        )
        if m.person_id != kudos.giver_id
    ]


def _title(kudos: Kudos) -> str:
    giver = kudos.giver.name if kudos.giver else _("Someone")
    if kudos.team is not None:
        title = _("%(giver)s thanked %(team)s") % {"giver": giver, "team": kudos.team.name}
    else:
        title = _("%(giver)s thanked you") % {"giver": giver}
    if kudos.key_result is not None:
        title += " " + _("for “%(kr)s”") % {"kr": kudos.key_result.title}
    return title


@task()
def notify_kudos(kudos_id: int) -> int:
    """Store a notification per recipient; return how many."""
    kudos = (
        Kudos.objects.select_related("giver__user", "person__user", "team", "key_result")
        .filter(pk=kudos_id)
        .first()
    )
    if kudos is None:
        return 0
    if kudos.team is not None:
        link = site_path("team_kudos", kudos.team_id)
    else:
        link = site_path("kudos_wall")
    stored = 0
    for person in _recipients(kudos):
        with in_language_of(person):  # the reader's language, not the giver's
            title = _title(kudos)
        stored += (
            notify(
                recipient=person,
                kind=Kind.KUDOS_RECEIVED,
                dedupe_key=str(kudos.pk),
                title=title,
                body=kudos.message,
                link=link,
                subject=Subject("kudos", kudos.pk),
                data={"kudos": kudos.pk},
            )
            is not None
        )
    return stored
