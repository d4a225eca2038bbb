"""Strict JSON input types: a number is not a string, a date is an ISO string, not a number."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import BeforeValidator, Strict


def _iso_date(value: Any) -> Any:
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError("Enter a date as YYYY-MM-DD.")
    return value


Number = Annotated[float, Strict()]
Int = Annotated[int, Strict()]
Bool = Annotated[bool, Strict()]
IsoDate = Annotated[date, BeforeValidator(_iso_date)]
