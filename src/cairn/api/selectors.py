"""Reads for the API, each scoped to the caller's organisation and visibility."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from cairn.okrs.models import CheckIn, Cycle, Initiative, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person, Team


def cycles(person: Person) -> QuerySet[Cycle]:
    """Return the organisation's cycles."""
    return Cycle.objects.filter(organisation_id=person.organisation_id)


def teams(person: Person) -> QuerySet[Team]:
    """Return the organisation's teams."""
    return Team.objects.filter(organisation_id=person.organisation_id)


def people(person: Person) -> QuerySet[Person]:
    """Return the organisation's people with their users."""
    return Person.objects.filter(organisation_id=person.organisation_id).select_related("user")


def objectives(person: Person) -> QuerySet[Objective]:
    """Return the objectives the person may see, with what their output needs."""
    access = Access(person)
    visible = Objective.objects.filter(access.objective_filter())
    if not access.is_admin:
        visible = Objective.objects.filter(pk__in=visible.values("pk"))
    return visible.select_related("cycle", "organisation")


def key_results(person: Person) -> QuerySet[KeyResult]:
    """Return the key results of the objectives the person may see.

    The visibility rules apply through each row's own objective (a join), so looking one key
    result up by id reads a few rows, not every objective of the organisation.
    """
    access = Access(person)
    scoped = KeyResult.objects.filter(organisation_id=person.organisation_id)
    if not access.is_admin:
        scoped = scoped.filter(access.objective_filter("objective__"))
    return scoped.select_related("objective__cycle", "organisation")


def initiatives(person: Person) -> QuerySet[Initiative]:
    """Return the initiatives linked to a key result the person may see."""
    linked = Initiative.objects.filter(key_results__in=key_results(person).values("pk"))
    return Initiative.objects.filter(
        organisation_id=person.organisation_id, pk__in=linked.values("pk")
    ).prefetch_related("key_results")


def check_ins(key_result: KeyResult) -> QuerySet[CheckIn]:
    """Return the key result's check-ins, corrections included."""
    return CheckIn.objects.filter(key_result=key_result).select_related("corrects")


def one(queryset: QuerySet, pk: int):
    """Return the row with this id from the scoped queryset, or raise Http404."""
    return get_object_or_404(queryset, pk=pk)


def ref(queryset: QuerySet, pk: int | None, field: str):
    """Return the referenced row from the scoped queryset; a missing one is a field error."""
    if pk is None:
        return None
    found = queryset.filter(pk=pk).first()
    if found is None:
        raise ValidationError({field: _("Not found in this organisation.")})
    return found
