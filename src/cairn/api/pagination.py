"""Cursor pagination: pages in id order, an opaque cursor naming where the next page starts."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import create_model

from cairn.api.types import Input
from cairn.lib.ids import parse_id

MAX_LIMIT = 200
SCAN_BATCH = 500


class ListParams(Input):
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description="Items per page (1–200).")
    cursor: str | None = Field(None, description="The `next` value of the previous page.")


def page_schema(item: type[Schema], name: str) -> type[Schema]:
    """Return the schema of a page of `item`s: {items, next}."""
    return create_model(name, __base__=Schema, items=(list[item], ...), next=(str | None, None))


def encode_cursor(last_id: int) -> str:
    """Return the opaque cursor for the page after `last_id`."""
    return base64.urlsafe_b64encode(f"v1:{last_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """Return the id after which the page starts; raise ValidationError on a bad cursor."""
    if not cursor:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        version, last_id = raw.split(":", 1)
        after = parse_id(last_id)
        if version != "v1" or after is None:
            raise ValueError
        return after
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ValidationError({"cursor": _("This cursor is not valid.")}) from None


def paginate(queryset: QuerySet, params: ListParams) -> dict[str, Any]:
    """Return one page of the queryset in id order: {items, next}."""
    after = decode_cursor(params.cursor)
    rows = list(queryset.filter(pk__gt=after).order_by("pk")[: params.limit + 1])
    more = len(rows) > params.limit
    rows = rows[: params.limit]
    return {"items": rows, "next": encode_cursor(rows[-1].pk) if more and rows else None}


def paginate_where(
    queryset: QuerySet, params: ListParams, keep: Callable[[Any], bool]
) -> dict[str, Any]:
    """Return a page of the rows for which `keep` is true, scanning in batches."""
    after = decode_cursor(params.cursor)
    found: list[Any] = []
    while len(found) <= params.limit:
        batch = list(queryset.filter(pk__gt=after).order_by("pk")[:SCAN_BATCH])
        found.extend(_kept(batch, keep))
        if len(batch) < SCAN_BATCH:
            break
        after = batch[-1].pk
    more = len(found) > params.limit
    rows = found[: params.limit]
    return {"items": rows, "next": encode_cursor(rows[-1].pk) if more and rows else None}


def _kept(rows: Iterable[Any], keep: Callable[[Any], bool]) -> list[Any]:
    return [row for row in rows if keep(row)]
