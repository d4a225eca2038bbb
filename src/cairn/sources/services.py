"""Writes for data sources: configure (admins), take readings, deliver them to their target.

`deliver_reading` is the one place a number meets what it feeds: a key result (a check-in with
source "data") or a KPI (a value with source "data"; key results following the KPI get their
check-ins from `kpis`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import audit
from cairn.audit.actions import Action
from cairn.kpis.models import Kpi, KpiValue, ValueSource
from cairn.kpis.permissions import can_edit_kpi
from cairn.lib import outbound
from cairn.notifications.kinds import Kind
from cairn.okrs.models import CheckInSource, KeyResult, KeyResultKind
from cairn.okrs.permissions import Access, require
from cairn.organisations.models import Person
from cairn.sources.models import (
    DataSource,
    DataSourceRun,
    RowRule,
    RunOutcome,
    ScheduleUnit,
    SourceKind,
)
from cairn.sources.readings import ReadingError, as_number, reading_take

TOKEN_START = "cairn_src_"
FIELDS = (
    "name", "kind", "key_result", "kpi", "owner", "enabled", "schedule_unit", "schedule_every",
    "daily_at", "url", "json_path", "auth_header", "auth_secret", "csv_column", "csv_row_rule",
    "csv_match_column", "csv_match_value", "database_url", "query",
)  # fmt: skip
WRITE_ONLY = ("auth_secret", "database_url")  # blank on update keeps the saved value


@dataclass(frozen=True)
class Saved:
    source: DataSource
    token: str = ""  # a push source's new token, shown once


def token_hash(plaintext: str) -> str:
    """Return the SHA-256 hex digest stored for a push token."""
    return hashlib.sha256(plaintext.encode()).hexdigest()


def _require_admin(actor: Person) -> None:
    require(Access(actor).is_admin, _("Only admins manage data sources."))


def _required(source: DataSource, *names: str) -> dict[str, str]:
    return {n: _("This field is required.") for n in names if not str(getattr(source, n)).strip()}


def _kind_errors(source: DataSource) -> dict[str, str]:
    """Return the field errors of the kind-specific settings."""
    errors: dict[str, str] = {}
    if source.kind in (SourceKind.HTTP_JSON, SourceKind.CSV_URL):
        errors |= _required(source, "url")
        if source.url:
            try:
                outbound.address_check(source.url)
            except (outbound.OutboundRefused, outbound.OutboundError) as error:
                errors["url"] = _("This URL cannot be used: %(reason)s.") % {"reason": error}
        if len(source.auth_secret) > 1000:
            errors["auth_secret"] = _("At most 1,000 characters.")
        if source.auth_secret and not source.auth_header:
            errors["auth_header"] = _("Name the header the secret is sent in.")
    if source.kind == SourceKind.HTTP_JSON:
        errors |= _required(source, "json_path")
    if source.kind == SourceKind.CSV_URL:
        errors |= _required(source, "csv_column")
        if source.csv_row_rule == RowRule.MATCH:
            errors |= _required(source, "csv_match_column")
    if source.kind == SourceKind.SQL:
        errors |= _required(source, "database_url", "query")
        if len(source.database_url) > 500:
            errors["database_url"] = _("At most 500 characters.")
        elif source.database_url:
            errors |= _database_errors(source.database_url)
    return errors


def _database_errors(url: str) -> dict[str, str]:
    """Return an error for a database URL that could never be read (scheme, file, address)."""
    from cairn.sources.sql import database_parse, vetted_address

    try:
        database = database_parse(url)
        if database.host:
            vetted_address(database.host, database.port)
    except ReadingError as error:
        return {"database_url": str(error)}
    return {}


def _target_errors(source: DataSource) -> dict[str, str]:
    """Return the errors of the target (exactly one key result or KPI) and of the owner."""
    errors: dict[str, str] = {}
    organisation_id = source.organisation_id
    key_result, kpi = source.key_result, source.kpi
    if key_result is not None and kpi is not None:
        errors["kpi"] = _("A source feeds one target: a key result or a KPI, not both.")
    elif key_result is None and kpi is None:
        errors["key_result"] = _("Choose the key result or the KPI this source feeds.")
    elif key_result is not None:
        if key_result.organisation_id != organisation_id:
            errors["key_result"] = _("Choose a key result of your organisation.")
        elif key_result.kind == KeyResultKind.MILESTONE:
            errors["key_result"] = _(
                "A milestone has no number to feed; choose a metric key result."
            )
    elif kpi is not None:
        if kpi.organisation_id != organisation_id:
            errors["kpi"] = _("Choose a KPI of your organisation.")
        elif kpi.archived:
            errors["kpi"] = _("This KPI is archived: it takes no values.")
    owner = source.owner
    if owner.organisation_id != organisation_id or not owner.is_active:
        errors["owner"] = _("Choose an active person of your organisation.")
    elif not errors and key_result is not None and not Access(owner).can_check_in(key_result):
        errors["owner"] = _("The owner must be able to check in on the key result.")
    elif not errors and kpi is not None and not can_edit_kpi(Access(owner), kpi):
        errors["owner"] = _("The owner must be able to record values of the KPI.")
    return errors


def _validate(source: DataSource) -> None:
    """Raise a ValidationError naming every field that is wrong."""
    errors: dict[str, Any] = {}
    if source.kind not in SourceKind.values:
        errors["kind"] = _("Choose a kind of source.")
    if not source.name.strip() or len(source.name) > 100:
        errors["name"] = _("Give the source a name of at most 100 characters.")
    errors |= _target_errors(source)
    if source.schedule_unit == ScheduleUnit.DAILY and source.daily_at is None:
        errors["daily_at"] = _("Say at what time of day.")
    if source.daily_at is not None and source.daily_at.tzinfo is not None:
        errors["daily_at"] = _("Give the time without a time zone: the organisation's is used.")
    if source.schedule_unit not in ScheduleUnit.values:
        errors["schedule_unit"] = _("Choose a schedule.")
    if not 1 <= (source.schedule_every or 0) <= 1440:
        errors["schedule_every"] = _("Between 1 and 1440.")
    errors |= _kind_errors(source)
    if errors:
        raise ValidationError(errors)


def _new_token(source: DataSource) -> str:
    plaintext = f"{TOKEN_START}{secrets.token_urlsafe(32)}"
    source.push_token_hash = token_hash(plaintext)
    source.push_token_prefix = plaintext[: len(TOKEN_START) + 4]
    return plaintext


@transaction.atomic
def source_create(
    *,
    actor: Person,
    owner: Person,
    key_result: KeyResult | None = None,
    kpi: Kpi | None = None,
    **fields: Any,
) -> Saved:
    """Create a data source feeding a key result or a KPI (exactly one).

    A push source's token comes back once, in `Saved.token`.
    """
    _require_admin(actor)
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValidationError(
            _("Unknown fields: %(names)s") % {"names": ", ".join(sorted(unknown))}
        )
    source = DataSource(
        organisation_id=actor.organisation_id, key_result=key_result, kpi=kpi, owner=owner,
        **fields,
    )  # fmt: skip
    _validate(source)
    token = _new_token(source) if source.kind == SourceKind.PUSH else ""
    source.save()
    target = "kpi" if source.kpi_id else "key_result"
    target_id = source.kpi_id or source.key_result_id
    _audit(Action.DATA_SOURCE_CREATED, actor, source, {"kind": source.kind, target: target_id})
    return Saved(source, token)


@transaction.atomic
def source_update(*, actor: Person, source: DataSource, **changes: Any) -> Saved:
    """Change a source's settings (a blank secret or database URL keeps the saved one)."""
    _require_admin(actor)
    require(source.organisation_id == actor.organisation_id)
    changed = []
    for name, value in changes.items():
        if name not in FIELDS:
            raise ValidationError(_("Unknown field: %(name)s") % {"name": name})
        if name in WRITE_ONLY and not value:
            continue
        if getattr(source, name) != value:
            changed.append(name)  # the names only: never a secret's value
        setattr(source, name, value)
    _validate(source)
    token = ""
    if source.kind == SourceKind.PUSH and not source.push_token_hash:
        token = _new_token(source)
    source.save()
    if changed:
        _audit(Action.DATA_SOURCE_CHANGED, actor, source, {"changed": sorted(changed)})
    return Saved(source, token)


@transaction.atomic
def source_delete(*, actor: Person, source: DataSource) -> None:
    """Delete a source and its run log (check-ins it recorded stay in history)."""
    _require_admin(actor)
    require(source.organisation_id == actor.organisation_id)
    _audit(Action.DATA_SOURCE_DELETED, actor, source, {"kind": source.kind})
    source.delete()


@transaction.atomic
def source_token_rotate(*, actor: Person, source: DataSource) -> str:
    """Give a push source a new token (the old one stops working); return it, shown once."""
    _require_admin(actor)
    require(source.organisation_id == actor.organisation_id)
    if source.kind != SourceKind.PUSH:
        raise ValidationError(_("Only push sources have a token."))
    plaintext = _new_token(source)
    source.save(update_fields=["push_token_hash", "push_token_prefix", "updated_at"])
    _audit(Action.DATA_SOURCE_TOKEN_ROTATED, actor, source, {})
    return plaintext


def source_test(*, actor: Person, source: DataSource) -> float:
    """Return the number the source gives now, recording nothing; raise ReadingError."""
    _require_admin(actor)
    require(source.organisation_id == actor.organisation_id)
    try:
        value = reading_take(source)
    except ReadingError:
        _audit(Action.DATA_SOURCE_TESTED, actor, source, {"outcome": "failed"})
        raise
    _audit(Action.DATA_SOURCE_TESTED, actor, source, {"outcome": "ok"})
    return value


def _audit(action: Action, actor: Person, source: DataSource, details: dict[str, Any]) -> None:
    """Record a change to a source; the label is its name (never its URL, secret or query)."""
    audit.record(
        action=action,
        actor=actor,
        object_type="data_source",
        object_id=source.pk,
        object_label=source.name,
        details=details,
    )


def _note(source: DataSource) -> str:
    return _("Reading of data source “%(name)s” (#%(id)d).") % {
        "name": source.name,
        "id": source.pk,
    }


def _feed_kpi(source: DataSource, value: float, at: datetime) -> KpiValue | None:
    """Record a "data" value on the source's KPI; None when it equals the KPI's current value.

    `kpis` refreshes the status, alerts when it turns unhealthy and feeds key results that
    follow the KPI.
    """
    from cairn.kpis.services import kpi_value_record

    assert source.kpi_id is not None
    current = Kpi.objects.filter(pk=source.kpi_id).values_list("current_value", flat=True).first()
    if current is not None and current == value:
        return None  # same rule as for key results: kept in the run log only
    return kpi_value_record(
        kpi=source.kpi, value=value, recorded_at=at, actor=None, source=ValueSource.DATA,
        note=_note(source),
    )  # fmt: skip


def _feed_key_result(source: DataSource, value: float, at: datetime) -> Any:
    """Record a "data" check-in on the source's key result; None when the value is unchanged."""
    from cairn.okrs.services import check_in_record

    key_result = source.key_result
    assert key_result is not None
    current = KeyResult.objects.filter(pk=key_result.pk).values_list("current", flat=True).first()
    if current is not None and current == value:
        return None  # a reading that changes nothing is kept in the run log only
    return check_in_record(
        key_result=key_result,
        author=source.owner,
        value=value,
        note=_note(source),
        source=CheckInSource.DATA,
        at=at,
        confirm_implausible=True,  # no one typed it: the typo check does not apply
    )


@transaction.atomic
def deliver_reading(
    *, source: DataSource, value: float, at: datetime, trigger: str = "schedule", ms: int = 0
) -> DataSourceRun:
    """Feed the value to the source's target and log the run; return the run.

    A target that refuses (closed cycle, owner lost the right) makes a failed run.
    """
    check_in, kpi_value = None, None
    try:
        with transaction.atomic():
            if source.kpi_id is not None:
                kpi_value = _feed_kpi(source, value, at)
            else:
                check_in = _feed_key_result(source, value, at)
    except (ValidationError, PermissionDenied) as error:
        message = " ".join(getattr(error, "messages", [str(error)]))
        return failure_record(source=source, error=message, at=at, trigger=trigger, ms=ms)
    recorded = check_in is not None or kpi_value is not None
    outcome = RunOutcome.RECORDED if recorded else RunOutcome.UNCHANGED
    run = DataSourceRun.objects.create(
        source=source, started_at=at, duration_ms=ms, outcome=outcome, value=value,
        trigger=trigger, check_in=check_in, kpi_value=kpi_value,
    )  # fmt: skip
    DataSource.objects.filter(pk=source.pk).update(
        consecutive_failures=0, last_error="", last_value=value, last_reading_at=at, last_run_at=at
    )
    return run


@transaction.atomic
def failure_record(
    *, source: DataSource, error: str, at: datetime, trigger: str = "schedule", ms: int = 0
) -> DataSourceRun:
    """Log a failed run; alert the owner once when the failures in a row reach the limit."""
    locked = DataSource.objects.select_for_update().get(pk=source.pk)
    failures = locked.consecutive_failures + 1
    DataSource.objects.filter(pk=source.pk).update(
        consecutive_failures=failures, last_error=error[:2000], last_run_at=at
    )
    run = DataSourceRun.objects.create(
        source=source, started_at=at, duration_ms=ms, outcome=RunOutcome.FAILED,
        error=error[:2000], trigger=trigger,
    )  # fmt: skip
    if failures == settings.CAIRN_DATA_SOURCE_ALERT_AFTER:
        _alert(source, run, failures)
    return run


def _alert(source: DataSource, run: DataSourceRun, failures: int) -> None:
    from django.urls import NoReverseMatch, reverse

    from cairn.accounts.languages import in_language_of
    from cairn.notifications.services import notify

    try:
        link = reverse("data_source", args=[source.pk])
    except NoReverseMatch:  # a URL configuration without the web app (the API alone)
        link = ""
    with in_language_of(source.owner):  # the owner's language, not the admin's who ran it
        title = _("Data source “%(name)s” failed %(n)d times in a row") % {
            "name": source.name,
            "n": failures,
        }
    notify(
        recipient=source.owner,
        kind=Kind.DATA_SOURCE_FAILING,
        dedupe_key=f"{source.pk}:{run.pk}",
        title=title,
        body=run.error,
        link=link,
    )


def source_run(*, source: DataSource, trigger: str = "schedule") -> DataSourceRun:
    """Take a reading of a pull source and deliver it (or log why not); return the run."""
    at = timezone.now()
    started = time.monotonic()
    try:
        value = reading_take(source)
    except ReadingError as error:
        ms = int((time.monotonic() - started) * 1000)
        return failure_record(source=source, error=str(error), at=at, trigger=trigger, ms=ms)
    ms = int((time.monotonic() - started) * 1000)
    return deliver_reading(source=source, value=value, at=at, trigger=trigger, ms=ms)


def source_run_now(*, actor: Person, source: DataSource) -> DataSourceRun:
    """Run a pull source at once for an admin; return the run."""
    _require_admin(actor)
    require(source.organisation_id == actor.organisation_id)
    if not source.is_pull:
        raise ValidationError(_("A push source is read when a value is pushed to it."))
    return source_run(source=source, trigger="manual")


def push_source_for(source_id: int, token: str) -> DataSource | None:
    """Return the enabled push source the token belongs to, or None."""
    source = DataSource.objects.filter(pk=source_id, kind=SourceKind.PUSH).first()
    if source is None or not source.push_token_hash or not token:
        return None
    if not hmac.compare_digest(source.push_token_hash, token_hash(token)):
        return None
    return source


def source_push(*, source: DataSource, value: object, at: datetime | None = None) -> DataSourceRun:
    """Deliver a pushed value; return the run (refuses a disabled source, a non-number)."""
    if not source.enabled:
        raise ValidationError(_("This data source is disabled."))
    try:
        number = as_number(value)
    except ReadingError as error:
        raise ValidationError({"value": str(error)}) from None
    return deliver_reading(source=source, value=number, at=at or timezone.now(), trigger="push")
