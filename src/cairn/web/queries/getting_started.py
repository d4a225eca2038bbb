"""The first-run guide on My week: what a person of a new organisation can do next, by role."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from cairn.okrs.models import Cycle, Objective
from cairn.okrs.permissions import Access
from cairn.okrs.selectors import OPEN_STATES
from cairn.organisations.models import Person


@dataclass(frozen=True)
class Step:
    """One step of the guide; `url` is empty when the person cannot take the step themselves."""

    title: str
    text: str
    link_label: str = ""
    url: str = ""
    done: bool = False


@dataclass(frozen=True)
class GettingStarted:
    organisation_name: str
    steps: list[Step]


def _open_cycle(person: Person) -> Cycle | None:
    # "active" sorts before "planning": paste into the running cycle when there is one.
    return (
        Cycle.objects.filter(organisation_id=person.organisation_id, state__in=OPEN_STATES)
        .order_by("state", "start", "id")
        .first()
    )


def _cycle_step(access: Access, cycle: Cycle | None) -> Step:
    title = _("Create a cycle")
    if cycle is not None:
        return Step(title, _("%(cycle)s is ready for OKRs.") % {"cycle": cycle.name}, done=True)
    if access.can_manage_cycles():
        text = _("A quarter is the usual time box for OKRs.")
        return Step(title, text, _("Create a cycle"), reverse("cycles"))
    return Step(title, _("An admin of your organisation creates the first cycle."))


def _paste_step(access: Access, cycle: Cycle | None) -> Step:
    title = _("Paste your OKRs")
    if not access.can_write:
        return Step(title, _("Members write the OKRs; you will see them here once they do."))
    if cycle is None:
        return Step(title, _("Once a cycle exists, paste the OKRs you already have into it."))
    text = _("Paste them from any document: Cairn reads them and you check before it creates.")
    return Step(title, text, _("Paste OKRs"), reverse("paste", args=[cycle.pk]))


def _invite_step(access: Access) -> Step:
    title = _("Invite people")
    text = _("Everyone checks in on their own key results each week.")
    if access.is_admin and access.can_write:
        return Step(title, text, _("Invite people"), reverse("invitation_create"))
    return Step(title, text + " " + _("Ask an admin to invite your colleagues."))


def getting_started(person: Person) -> GettingStarted | None:
    """Return the guide while the person's organisation has no objective yet, else None."""
    if Objective.objects.filter(organisation_id=person.organisation_id).exists():
        return None
    access = Access(person)
    cycle = _open_cycle(person)
    steps = [_cycle_step(access, cycle), _paste_step(access, cycle), _invite_step(access)]
    return GettingStarted(person.organisation.name, steps)
