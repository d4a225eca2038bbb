"""Recording and correcting check-ins, with the roll-up in the same transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cairn.dashboards import aggregates
from cairn.engine.plausibility import Implausible, implausible_value
from cairn.lib.joined import Joined
from cairn.lib.prepared import prepared_cursor
from cairn.okrs import events, measures
from cairn.okrs.models import (
    CheckIn,
    CheckInSource,
    Cycle,
    InitiativeStatus,
    KeyResult,
    KeyResultKind,
    Objective,
)
from cairn.okrs.permissions import Access, require
from cairn.okrs.services.common import choice_values, cycle_open, number, text
from cairn.okrs.services.common import confidence as valid_confidence
from cairn.okrs.services.rollup import TREE_LOCK_SQL, lock_tree_write, rollup_from, tree_lock_key
from cairn.organisations.models import Person


def _reading(kind: str, value: object, done: object) -> tuple[float | None, bool | None]:
    """Return (value, done) validated for the key result's type."""
    if kind == KeyResultKind.MILESTONE:
        if done is None and value is not None:
            done = number("value", value) == 1
        if not isinstance(done, bool):
            raise ValidationError({"done": _("Say whether the milestone is done.")})
        return None, done
    return number("value", value), None


Pace = tuple[str, str] | None  # a key result's pace change to announce: (old, new)

IMPLAUSIBLE_MESSAGES = {
    Implausible.FAR: gettext_lazy(
        "%(value)s is far from the range of this key result (%(start)s to %(target)s): "
        "is it a typo? Confirm it to record it anyway."
    ),
    Implausible.SIGN: gettext_lazy(
        "%(value)s has the wrong sign for this key result (%(start)s to %(target)s): "
        "is it a typo? Confirm it to record it anyway."
    ),
}


def check_plausible(key_result: KeyResult, value: float | None, *, confirmed: bool) -> None:
    """Refuse a value that looks like a typo (code "implausible") unless it was confirmed."""
    if confirmed or value is None or key_result.kind == KeyResultKind.MILESTONE:
        return
    reason = implausible_value(value=value, start=key_result.start, target=key_result.target)
    if reason is None:
        return
    shown = {
        "value": f"{value:,.15g}",
        "start": "—" if key_result.start is None else f"{key_result.start:,.15g}",
        "target": f"{key_result.target:,.15g}",
    }
    message = IMPLAUSIBLE_MESSAGES[reason] % shown
    raise ValidationError({"value": ValidationError(message, code="implausible")})


def _from_kpi_only(key_result: KeyResult, reading: float | None, source: str) -> None:
    """Refuse a new value for a key result that follows a KPI: its values come from the KPI.

    Confidence and a note are welcome with the current value (docs/kpis.md)."""
    if not key_result.follows_kpi_id or source == CheckInSource.DATA:
        return
    if reading is not None and reading != key_result.current:
        raise ValidationError(
            {"value": _("This key result follows a KPI: record new values on the KPI.")}
        )


def _latest_effective(key_result: KeyResult) -> CheckIn | None:
    """Return the newest check-in that has not been corrected."""
    return (
        CheckIn.objects.filter(key_result=key_result, correction__isnull=True)
        .order_by("-checked_in_at", "-id")
        .first()
    )


def _pace_status(key_result: KeyResult) -> str:
    return measures.pace(key_result, key_result.objective.cycle, key_result.organisation).status


def _apply_latest(key_result: KeyResult, recorded: CheckIn | None = None) -> Pace:
    """Set the key result's current value and confidence from its newest effective check-in;
    return its pace change to announce, (old, new), or None.

    `recorded`, a check-in just made, is that newest one unless an effective check-in is dated
    later (the key result's last check-in time says so), which spares a query."""
    old_status = _pace_status(key_result)
    last = key_result.last_check_in_at
    if recorded is not None and (last is None or recorded.checked_in_at >= last):
        latest: CheckIn | None = recorded
    else:
        latest = _latest_effective(key_result)
    key_result.current = latest.value if latest else None
    key_result.done = bool(latest.done) if latest else False
    key_result.confidence = latest.confidence if latest else 5
    key_result.last_check_in_at = latest.checked_in_at if latest else None
    old_progress = key_result.progress
    key_result.progress = measures.raw_progress(key_result)
    new_status = _pace_status(key_result)
    # Announce the change from what subscribers were last told (time may have moved it since).
    old_status = key_result.pace_status or old_status
    key_result.pace_status = new_status
    _store_reading(key_result)
    rollup_from(key_result.objective)
    _note_reached(key_result, old_progress)
    return (str(old_status), str(new_status)) if new_status != old_status else None


def _apply_recorded(key_result: KeyResult, check_in: CheckIn) -> None:
    """Apply a new check-in to its locked key result and roll it up; announce it after commit.

    When it is the newest, the confidence stored on the key result is that of the check-in
    before it: the event says so, and the alerts spare a task when it cannot have dropped."""
    last = key_result.last_check_in_at
    known = {"previous_confidence": key_result.confidence if last is not None else None}
    newest = last is None or check_in.checked_in_at >= last
    _announce(key_result, _apply_latest(key_result, check_in), check_in, known if newest else {})


_READING = ("current", "done", "confidence", "last_check_in_at", "progress", "pace_status")


def _store_reading(key_result: KeyResult) -> None:
    """Write the key result's reading, progress and pace in one statement written once."""
    fields = [KeyResult._meta.get_field(name) for name in _READING]
    quote = connection.ops.quote_name
    sets = ", ".join(f"{quote(field.column)} = %s" for field in fields)
    values = [
        field.get_db_prep_save(getattr(key_result, field.attname), connection) for field in fields
    ]
    with prepared_cursor() as cursor:
        cursor.execute(
            f"UPDATE {quote(KeyResult._meta.db_table)} SET {sets} WHERE id = %s",
            [*values, key_result.pk],
        )


def _announce(
    key_result: KeyResult, pace: Pace, check_in: CheckIn | None, known: dict | None = None
) -> None:
    """Send the events of a check-in once it commits, in one short transaction of their own, so
    that the tasks and webhook deliveries their receivers queue share one commit. `known` adds
    what the check-in event may say (its previous confidence). What the receivers share is read
    before that transaction (`events.preparing`), so a check-in whose events queue nothing (no
    webhook listens, no alert is possible) opens no second transaction at all."""

    def send() -> None:
        with events.sent_together(key_result.organisation_id), transaction.atomic():
            if pace is not None:
                events.pace_changed.send(KeyResult, key_result=key_result, old=pace[0], new=pace[1])
            if check_in is not None:
                events.check_in_recorded.send(CheckIn, check_in=check_in, **(known or {}))

    if pace is not None or check_in is not None:
        transaction.on_commit(send)


def _note_reached(key_result: KeyResult, old_progress: float) -> None:
    """Let recognition know a key result reached (or left) its target, in this transaction."""
    from cairn.feedback.kudos import key_result_reached

    key_result_reached(key_result=key_result, old=old_progress, new=key_result.progress)


_KEY_RESULT_ROW = Joined([(KeyResult, "k", "")])


def _locked(key_result: KeyResult) -> KeyResult:
    """Return the key result read afresh and locked: check-ins on it queue, others run on.

    The row is read alone (no joins); its objective, cycle and organisation are the caller's
    when it loaded them (the API's look-up does) and the row still belongs to that objective."""
    table = connection.ops.quote_name(KeyResult._meta.db_table)
    with prepared_cursor() as cursor:
        if connection.vendor == "postgresql":
            # The organisation's shared lock (lock_tree_write) and the row's in one statement:
            # the row is locked (and read afresh) only once the join produced it, so after the
            # advisory lock, in the same order as two statements would take them.
            cursor.execute(
                f"SELECT {_KEY_RESULT_ROW.columns()} FROM {table} k,"
                f" (SELECT pg_advisory_xact_lock_shared({TREE_LOCK_SQL})) l"
                " WHERE k.id = %s FOR NO KEY UPDATE OF k",
                [*tree_lock_key(key_result.organisation_id), key_result.pk],
            )
        else:
            lock_tree_write(key_result.organisation_id)
            cursor.execute(
                f"SELECT {_KEY_RESULT_ROW.columns()} FROM {table} k WHERE k.id = %s",
                [key_result.pk],
            )
        row = cursor.fetchone()
    if row is None:
        raise KeyResult.DoesNotExist
    fresh: KeyResult = _KEY_RESULT_ROW.instances(row)[0]  # type: ignore[assignment]
    objective = key_result.objective if _is_cached(key_result, "objective") else None
    if (
        objective is None
        or objective.pk != fresh.objective_id
        or not _is_cached(objective, "cycle")
        or not _is_cached(key_result, "organisation")
    ):
        return KeyResult.objects.select_related("objective__cycle", "organisation").get(
            pk=key_result.pk
        )  # the row is locked already: this only loads what it points to
    fresh.objective = objective
    fresh.organisation = key_result.organisation
    return fresh


_VISIBLE_ROW = Joined(
    [(KeyResult, "k", ""), (Objective, "o", "objective"), (Cycle, "c", "o.cycle")]
)


def _locked_visible(person: Person, pk: int) -> KeyResult:
    """Return the person's organisation's key result `pk`, read and locked as `_locked` does,
    with its objective and cycle, if the person may see it (`Access.admits`); else raise
    KeyResult.DoesNotExist. A row the person may not see is locked only until the rollback."""
    quote = connection.ops.quote_name
    tables = (
        f"{quote(KeyResult._meta.db_table)} k"
        f" JOIN {quote(Objective._meta.db_table)} o ON o.id = k.objective_id"
        f" JOIN {quote(Cycle._meta.db_table)} c ON c.id = o.cycle_id"
    )
    where = "k.id = %s AND k.organisation_id = %s"
    with prepared_cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"SELECT {_VISIBLE_ROW.columns()} FROM {tables},"
                f" (SELECT pg_advisory_xact_lock_shared({TREE_LOCK_SQL})) l"
                f" WHERE {where} FOR NO KEY UPDATE OF k",
                [*tree_lock_key(person.organisation_id), pk, person.organisation_id],
            )
        else:
            lock_tree_write(person.organisation_id)
            cursor.execute(
                f"SELECT {_VISIBLE_ROW.columns()} FROM {tables} WHERE {where}",
                [pk, person.organisation_id],
            )
        row = cursor.fetchone()
    if row is None:
        raise KeyResult.DoesNotExist
    found, objective, _cycle = _VISIBLE_ROW.instances(row)
    if not Access(person).admits(objective):  # type: ignore[arg-type]
        raise KeyResult.DoesNotExist
    found.organisation = person.organisation  # type: ignore[attr-defined]
    return found  # type: ignore[return-value]


def _is_cached(instance: object, name: str) -> bool:
    return name in instance._state.fields_cache  # type: ignore[attr-defined]


@transaction.atomic
def check_in_record(*, key_result: KeyResult, author: Person, **fields: Any) -> CheckIn:
    """Record where a key result stands, update it and every objective above it; return it.

    `fields` are `_record`'s: value, done, confidence, note, blockers, source, at and
    confirm_implausible. A value that looks like a typo (see engine.plausibility) is refused
    with a ValidationError of code "implausible" unless `confirm_implausible` is True.
    """
    require(Access(author).can_check_in(key_result), _("You cannot check in on this key result."))
    return _record(_locked(key_result), author, **fields)


@transaction.atomic
def check_in_record_visible(*, key_result_id: int, author: Person, **fields: Any) -> CheckIn:
    """`check_in_record` for a key result named by id, as the API names it: raise
    KeyResult.DoesNotExist when it is not the author's organisation's or they may not see it.

    Its one read finds, checks and locks the key result with its objective and cycle, where
    reading it and then locking it took two statements (the check-in's hot path, SPEC §7)."""
    key_result = _locked_visible(author, key_result_id)
    require(Access(author).can_check_in(key_result), _("You cannot check in on this key result."))
    return _record(key_result, author, **fields)


def _record(
    key_result: KeyResult,
    author: Person,
    *,
    value: object = None,
    done: bool | None = None,
    confidence: object = None,
    note: str = "",
    blockers: str = "",
    source: str = CheckInSource.WEB,
    at: datetime | None = None,
    confirm_implausible: bool = False,
) -> CheckIn:
    """Record the check-in on a key result this transaction has locked; roll it up."""
    cycle_open(key_result.objective.cycle)
    reading, is_done = _reading(key_result.kind, value, done)
    _from_kpi_only(key_result, reading, source)
    check_plausible(key_result, reading, confirmed=confirm_implausible)
    rating = key_result.confidence if confidence in (None, "") else valid_confidence(confidence)
    if source not in choice_values(CheckInSource):
        raise ValidationError({"source": _("Unknown source.")})
    check_in = CheckIn(
        organisation_id=key_result.organisation_id,
        key_result=key_result,
        author=author,
        checked_in_at=at or timezone.now(),
        value=reading,
        done=is_done,
        confidence=rating,
        note=text("note", note, max_length=5000),
        blockers=text("blockers", blockers, max_length=5000),
        source=source,
    )
    _insert(check_in)
    aggregates.check_in_recorded(check_in)
    _apply_recorded(key_result, check_in)
    return check_in


_INSERTED = [field for field in CheckIn._meta.concrete_fields if not field.primary_key]


def _insert(check_in: CheckIn) -> None:
    """Store a new check-in with the statement `save()` would run, written once (and prepared on
    PostgreSQL): compiling the ORM's INSERT cost more than the database spent on it. Fields'
    `pre_save` still apply (`recorded_at`); no model signals are sent (none is connected)."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in _INSERTED)
    values = [
        field.get_db_prep_save(field.pre_save(check_in, True), connection) for field in _INSERTED
    ]
    sql = (
        f"INSERT INTO {quote(CheckIn._meta.db_table)} ({columns})"
        f" VALUES ({', '.join(['%s'] * len(values))}) RETURNING id"
    )
    with prepared_cursor() as cursor:
        cursor.execute(sql, values)
        check_in.pk = cursor.fetchone()[0]
    check_in._state.adding = False
    check_in._state.db = connection.alias


@transaction.atomic
def check_in_correct(
    *,
    check_in: CheckIn,
    author: Person,
    value: object = None,
    done: bool | None = None,
    confidence: object = None,
    note: str | None = None,
    blockers: str | None = None,
    confirm_implausible: bool = False,
) -> CheckIn:
    """Record a correction of a check-in (the original stays in history); return the new one."""
    access = Access(author)
    require(
        check_in.author_id == author.pk or access.is_admin,
        _("Only the author of a check-in may correct it."),
    )
    require(access.can_write and check_in.organisation_id == author.organisation_id)
    key_result = _locked(check_in.key_result)
    cycle_open(key_result.objective.cycle)
    if CheckIn.objects.filter(corrects=check_in).exists():
        raise ValidationError(_("This check-in was already corrected; correct the newer one."))
    reading, is_done = _reading(key_result.kind, value, done)
    check_plausible(key_result, reading, confirmed=confirm_implausible)
    correction = CheckIn.objects.create(
        organisation_id=check_in.organisation_id,
        key_result=key_result,
        author=author,
        checked_in_at=check_in.checked_in_at,
        value=reading,
        done=is_done,
        confidence=check_in.confidence
        if confidence in (None, "")
        else valid_confidence(confidence),
        note=check_in.note if note is None else text("note", note, max_length=5000),
        blockers=check_in.blockers
        if blockers is None
        else text("blockers", blockers, max_length=5000),
        source=check_in.source,
        corrects=check_in,
    )
    aggregates.check_in_corrected(correction)
    _announce(key_result, _apply_latest(key_result), None)
    return correction


def _initiatives_done(key_result: KeyResult) -> bool:
    """Return True when the key result has live initiatives and every one of them is done."""
    statuses = list(
        key_result.initiatives.exclude(status=InitiativeStatus.DROPPED).values_list(
            "status", flat=True
        )
    )
    return bool(statuses) and all(status == InitiativeStatus.DONE for status in statuses)


@transaction.atomic
def check_in_from_initiatives(*, key_result: KeyResult, actor: Person | None) -> CheckIn | None:
    """Record an "integration" check-in when a following milestone's done state changes.

    A milestone key result with `follows_initiatives` is done exactly when all its initiatives
    (dropped ones aside) are done. The change is a check-in, not a field write, so the history
    shows it and a recomputation from check-ins gives the same answer. The actor changed the
    work; they need no check-in right of their own. Metric key results are never moved by work.
    Returns the check-in, or None when nothing changed (or the cycle no longer takes check-ins).
    """
    if key_result.kind != KeyResultKind.MILESTONE or not key_result.follows_initiatives:
        return None
    key_result = _locked(key_result)
    done = _initiatives_done(key_result)
    if done == key_result.done or not key_result.objective.cycle.accepts_check_ins:
        return None
    note = _("All its initiatives are done.") if done else _("An initiative is no longer done.")
    check_in = CheckIn.objects.create(
        organisation_id=key_result.organisation_id,
        key_result=key_result,
        author=actor,
        checked_in_at=timezone.now(),
        done=done,
        confidence=key_result.confidence,
        note=note,
        source=CheckInSource.INTEGRATION,
    )
    aggregates.check_in_recorded(check_in)
    _apply_recorded(key_result, check_in)
    return check_in
