"""Following an objective to see its activity in one's week."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from cairn.okrs.models import Follow, Objective
from cairn.okrs.permissions import Access, require
from cairn.organisations.models import Person


@transaction.atomic
def objective_follow(*, objective: Objective, person: Person, follow: bool = True) -> bool:
    """Start or stop following a visible objective; return whether the person now follows it."""
    require(Access(person).can_view_objective(objective), _("You cannot see this objective."))
    if follow:
        Follow.objects.get_or_create(
            person=person, objective=objective, defaults={"organisation_id": person.organisation_id}
        )
    else:
        Follow.objects.filter(person=person, objective=objective).delete()
    return follow
