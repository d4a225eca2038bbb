"""Reads of one-on-ones: each person sees only the ones they are in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet
from django.http import Http404

from cairn.meetings.board import Row, key_result_rows
from cairn.okrs.models import CycleState, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.one_on_ones.models import ActionItem, Note, OneOnOne
from cairn.organisations.models import Person

NOTES_PER_PAGE = 10
DONE_SHOWN = 10


def one_on_ones_of(person: Person) -> QuerySet[OneOnOne]:
    """Return the one-on-ones the person is in, with both people loaded."""
    return (
        OneOnOne.objects.filter(organisation_id=person.organisation_id)
        .filter(Q(manager=person) | Q(report=person))
        .select_related("manager__user", "report__user")
        .order_by("pk")
    )


def one_on_one_for(person: Person, pk: int) -> OneOnOne:
    """Return the person's one-on-one `pk`; 404 for anyone else, admins included."""
    found = one_on_ones_of(person).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def partners_queryset(person: Person) -> QuerySet[Person]:
    """Return the person's manager and reports from the directory (active people)."""
    people = Person.objects.filter(organisation_id=person.organisation_id, is_active=True)
    return people.filter(Q(reports=person) | Q(manager=person)).select_related("user")


def partners(person: Person) -> list[Person]:
    """Return the directory's manager and reports of the person, manager first."""
    return sorted(partners_queryset(person), key=lambda other: other.pk != person.manager_id)


def organisation_one_on_ones(admin: Person) -> QuerySet[OneOnOne]:
    """Return every one-on-one of the admin's organisation with counts, never their content."""
    return (
        OneOnOne.objects.filter(organisation_id=admin.organisation_id)
        .select_related("manager__user", "report__user")
        .annotate(
            note_count=Count("notes", distinct=True), action_count=Count("actions", distinct=True)
        )
        .order_by("pk")
    )


@dataclass
class Agenda:
    problems: list[Row]
    progress: list[Row]
    plans: list[Row]


def agenda(one_on_one: OneOnOne, now: datetime) -> Agenda:
    """Return the report's key results in active cycles that both people may see, grouped."""
    both = Objective.objects.filter(Access(one_on_one.manager).objective_filter()).filter(
        Access(one_on_one.report).objective_filter()
    )
    key_results = list(
        KeyResult.objects.filter(
            organisation_id=one_on_one.organisation_id,
            owner_id=one_on_one.report_id,
            objective__cycle__state=CycleState.ACTIVE,
            objective__in=both.values("pk"),
        )
        .select_related("objective", "organisation")
        .order_by("objective_id", "position", "pk")
    )
    grouped = Agenda([], [], [])
    for row in key_result_rows(key_results, now):
        getattr(grouped, row.group).append(row)
    return grouped


def open_actions(one_on_one: OneOnOne) -> list[ActionItem]:
    """Return the open action items, carried from every earlier meeting until done."""
    return list(one_on_one.actions.filter(done_at__isnull=True).select_related("owner__user"))


def done_actions(one_on_one: OneOnOne) -> list[ActionItem]:
    """Return the most recently finished action items."""
    done = one_on_one.actions.filter(done_at__isnull=False).select_related("owner__user")
    return list(done.order_by("-done_at", "-id")[:DONE_SHOWN])


def notes_page(one_on_one: OneOnOne, number: object) -> Page:
    """Return one page of the shared notes, newest meeting first."""
    notes = Note.objects.filter(one_on_one=one_on_one).select_related("author__user")
    return Paginator(notes, NOTES_PER_PAGE).get_page(number)
