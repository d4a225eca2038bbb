"""Reads for the API, each scoped to the caller's organisation and visibility."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from cairn.lib.joined import Joined
from cairn.lib.prepared import prepared_cursor
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


_KEY_RESULT_ROW = Joined(
    [(KeyResult, "k", ""), (Objective, "o", "objective"), (Cycle, "c", "o.cycle")]
)


def key_result(person: Person, pk: int) -> KeyResult:
    """Return the key result `pk` if the person may see it, else raise Http404: what
    `one(key_results(person), pk)` returns, with its objective, cycle and organisation loaded,
    in one statement written once (the check-in write's hot path; see cairn.lib.joined). The
    visibility rule is `Access.admits`, no further query for an admin, a public objective or
    one's own."""
    quote = connection.ops.quote_name
    sql = (
        f"SELECT {_KEY_RESULT_ROW.columns()} FROM {quote(KeyResult._meta.db_table)} k"
        f" JOIN {quote(Objective._meta.db_table)} o ON o.id = k.objective_id"
        f" JOIN {quote(Cycle._meta.db_table)} c ON c.id = o.cycle_id"
        " WHERE k.id = %s AND k.organisation_id = %s"
    )
    with prepared_cursor() as cursor:
        cursor.execute(sql, [pk, person.organisation_id])
        row = cursor.fetchone()
    if row is None:
        raise Http404("No KeyResult matches the given query.")
    found, objective, _cycle = _KEY_RESULT_ROW.instances(row)
    if not Access(person).admits(objective):  # type: ignore[arg-type]
        raise Http404("No KeyResult matches the given query.")
    found.organisation = person.organisation  # type: ignore[attr-defined]
    return found  # type: ignore[return-value]


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
