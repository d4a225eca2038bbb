"""Each committed import is recorded by its content's fingerprint; the same content again is
refused (AlreadyImported) unless forced.

Imports are per organisation and cycle: the same document imported into another cycle, or in
another organisation, is not a duplicate. plan_import checks and records in its own
transaction, under the organisation's lock, so a failed import records nothing and two
imports of one document at once cannot both pass the check.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cairn.import_export.models import ImportRecord, ImportSource
from cairn.okrs.models import Cycle
from cairn.organisations.models import Person


@dataclass(frozen=True)
class Origin:
    """Where an import comes from: the way in, and the fingerprints of its content.

    The first fingerprint is recorded; an earlier import of any of them is a duplicate (the
    paste box records what it creates, and also knows the text `cairn import` imported).
    """

    source: ImportSource
    fingerprints: tuple[str, ...]


class AlreadyImported(Exception):
    """The content was imported into this cycle before; `record` says when, by whom, how much."""

    def __init__(self, record: ImportRecord) -> None:
        super().__init__(already_imported_message(record))
        self.record = record


def previous_import(*, cycle: Cycle, fingerprints: tuple[str, ...]) -> ImportRecord | None:
    """Return the latest import of any of these fingerprints into the cycle, or None."""
    if not fingerprints:
        return None
    return (
        ImportRecord.objects.filter(
            organisation_id=cycle.organisation_id, cycle=cycle, content_hash__in=fingerprints
        )
        .select_related("cycle", "imported_by__user")
        .order_by("-imported_at", "-id")
        .first()
    )


def import_record_create(
    *, actor: Person, cycle: Cycle, origin: Origin, objectives: int, key_results: int
) -> ImportRecord:
    """Record a committed import; called by plan_import inside its transaction."""
    return ImportRecord.objects.create(
        organisation_id=actor.organisation_id,
        cycle=cycle,
        content_hash=origin.fingerprints[0],
        imported_by=actor,
        source=origin.source,
        objectives=objectives,
        key_results=key_results,
    )


def imported_at_text(record: ImportRecord) -> str:
    """Return when it was imported, in the server's time zone: "2026-12-04 09:30 UTC"."""
    return timezone.localtime(record.imported_at).strftime("%Y-%m-%d %H:%M %Z")


def imported_by_text(record: ImportRecord) -> str:
    """Return who imported it, or "someone no longer here"."""
    person = record.imported_by
    return person.name if person is not None else _("someone no longer here")


def already_imported_message(record: ImportRecord) -> str:
    """Return "This document was imported into Q4 on … by … (3 objectives)."."""
    objectives = ngettext("%(count)d objective", "%(count)d objectives", record.objectives) % {
        "count": record.objectives
    }
    return _("This document was imported into %(cycle)s on %(at)s by %(who)s (%(count)s).") % {
        "cycle": record.cycle.name,
        "at": imported_at_text(record),
        "who": imported_by_text(record),
        "count": objectives,
    }


def previous_import_data(record: ImportRecord | None) -> dict | None:
    """Return the earlier import as JSON data for the API and `cairn import --json`."""
    if record is None:
        return None
    return {
        "cycle": record.cycle.name,
        "imported_at": record.imported_at.isoformat(),
        "imported_by": imported_by_text(record),
        "source": record.source,
        "objectives": record.objectives,
        "key_results": record.key_results,
        "message": already_imported_message(record),
    }
