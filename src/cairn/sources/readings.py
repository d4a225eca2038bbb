"""Read one number from a pull source: an HTTP JSON URL, a CSV URL, or a SQL query.

Every reader returns a float or raises `ReadingError` with a message fit for the source page.
HTTP goes through `cairn.lib.outbound.get` (the SSRF guard), SQL through `cairn.sources.sql`.
"""

from __future__ import annotations

import csv
import io
import json
import math
from decimal import Decimal
from typing import Any

import jsonpath
from django.conf import settings
from django.utils.translation import gettext as _

from cairn.lib import outbound
from cairn.sources.models import DataSource, RowRule, SourceKind


class ReadingError(Exception):
    """The source gave no usable number; the message says why."""


def as_number(raw: Any) -> float:
    """Return raw as a finite float (numbers, numeric text, decimals); raise ReadingError."""
    if isinstance(raw, bool) or raw is None:
        raise ReadingError(_("The value %(value)r is not a number.") % {"value": raw})
    if isinstance(raw, int | float | Decimal):
        number = float(raw)
    elif isinstance(raw, str | bytes):
        text = raw.decode() if isinstance(raw, bytes) else raw
        try:
            number = float(text.strip().replace(",", "")) if text.strip() else math.nan
        except ValueError:
            raise ReadingError(
                _("The value %(value)r is not a number.") % {"value": text[:80]}
            ) from None
    else:
        raise ReadingError(_("The value %(value)r is not a number.") % {"value": str(raw)[:80]})
    if not math.isfinite(number):
        raise ReadingError(_("The value %(value)r is not a number.") % {"value": raw})
    return number


def _fetch(source: DataSource) -> bytes:
    """Return the body of a GET of the source's URL, within the time and size limits."""
    headers = {"Accept": "application/json, text/csv, */*"}
    if source.auth_header and source.auth_secret:
        headers[source.auth_header] = source.auth_secret
    # outbound drops only the standard credential headers on a redirect to another origin; a
    # secret in a custom header (X-Api-Key) must never follow one, so such a source follows none.
    custom_secret = bool(source.auth_secret) and source.auth_header.lower() != "authorization"
    max_bytes = settings.CAIRN_DATA_SOURCE_MAX_BYTES
    try:
        response = outbound.get(
            source.url,
            headers=headers,
            timeout=settings.CAIRN_DATA_SOURCE_TIMEOUT,
            max_bytes=max_bytes,
            max_redirects=0 if custom_secret else 3,
        )
    except outbound.OutboundRefused as error:
        raise ReadingError(_("Refused: %(reason)s.") % {"reason": error}) from None
    except outbound.OutboundError as error:
        raise ReadingError(_("The request failed: %(reason)s.") % {"reason": error}) from None
    if response.truncated:
        message = _("The response is larger than %(max)d bytes.") % {"max": max_bytes}
        raise ReadingError(message)
    if response.status in outbound.REDIRECTS:
        message = _(
            "The server redirected to %(location)s; a source with a secret header follows no "
            "redirect: use that URL."
        )
        raise ReadingError(message % {"location": response.headers.get("location", "?")[:200]})
    if response.status != 200:
        raise ReadingError(_("The server answered HTTP %(status)d.") % {"status": response.status})
    return response.body


def value_from_json(body: bytes, path: str) -> float:
    """Return the one number `path` picks out of the JSON document."""
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ReadingError(_("The response is not JSON.")) from None
    try:
        matches = jsonpath.findall(path, document)
    except jsonpath.JSONPathError as error:
        raise ReadingError(_("The JSONPath is not valid: %(error)s") % {"error": error}) from None
    if len(matches) != 1:
        message = _("The JSONPath matched %(count)d values; it must match exactly one.")
        raise ReadingError(message % {"count": len(matches)})
    return as_number(matches[0])


def _row(rows: list[dict[str, str]], source: DataSource) -> dict[str, str]:
    if source.csv_row_rule == RowRule.FIRST:
        return rows[0]
    if source.csv_row_rule == RowRule.LAST:
        return rows[-1]
    matching = [r for r in rows if (r.get(source.csv_match_column) or "") == source.csv_match_value]
    if not matching:
        message = _("No row has %(column)s = %(value)s.")
        raise ReadingError(
            message % {"column": source.csv_match_column, "value": source.csv_match_value}
        )
    return matching[-1]


def value_from_csv(body: bytes, source: DataSource) -> float:
    """Return the number in the source's column of the row its rule picks."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReadingError(_("The CSV is not UTF-8 text.")) from None
    try:
        reader = csv.DictReader(io.StringIO(text))
        columns = reader.fieldnames or []
        rows = list(reader)
    except csv.Error as error:
        raise ReadingError(_("The CSV is not valid: %(error)s") % {"error": error}) from None
    for column in filter(None, (source.csv_column, source.csv_match_column)):
        if column not in columns:
            raise ReadingError(_("The CSV has no column %(column)s.") % {"column": column})
    if not rows:
        raise ReadingError(_("The CSV has no rows."))
    return as_number(_row(rows, source).get(source.csv_column))


def reading_take(source: DataSource) -> float:
    """Return the source's current number; raise ReadingError when there is none."""
    if source.kind == SourceKind.HTTP_JSON:
        return value_from_json(_fetch(source), source.json_path)
    if source.kind == SourceKind.CSV_URL:
        return value_from_csv(_fetch(source), source)
    if source.kind == SourceKind.SQL:
        from cairn.sources.sql import sql_value

        return sql_value(source.database_url, source.query)
    raise ReadingError(_("A push source is read when a value is pushed to it."))
