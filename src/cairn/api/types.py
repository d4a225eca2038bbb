"""Strict JSON input types and the base of every API input: objects only, ids in range, no NUL.

A number is not a string, a date is an ISO string, not a number.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any

from annotated_types import Ge, Le
from ninja import Schema
from pydantic import (
    BeforeValidator,
    ModelWrapValidatorHandler,
    Strict,
    ValidationError,
    ValidationInfo,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from cairn.lib.ids import MAX_ID


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
# Ids are 64-bit signed in every database: a larger one would overflow SQLite's INTEGER (a 500)
# instead of being "not found", so it is refused as input like any other out-of-range value.
Id = Annotated[int, Strict(), Ge(1), Le(MAX_ID)]
IdParam = Annotated[int, Ge(1), Le(MAX_ID)]  # in a path or query string, where it is text

NUL = "\x00"


def _nul_paths(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Yield the location of every string holding a NUL character, nested ones included."""
    if isinstance(value, str):
        if NUL in value:
            yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _nul_paths(item, (*path, str(key)))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _nul_paths(item, (*path, index))


class Input(Schema):
    """The base of every API input (body or query): a JSON object whose text holds no NUL.

    Ninja's Schema reads any value by its attributes, so a body of [] or "abc" passed as an
    object with every field unset (an alignment PUT of [] cleared the alignment). PostgreSQL
    cannot store NUL in text while SQLite can: refusing it here keeps both databases alike.
    """

    @model_validator(mode="wrap")
    @classmethod
    def _run_root_validator(  # replaces Schema's: inputs are JSON objects, never attributes
        cls, values: Any, handler: ModelWrapValidatorHandler[Any], info: ValidationInfo
    ) -> Any:
        if not isinstance(values, dict):
            raise PydanticCustomError("object_type", "Send a JSON object.")
        errors = [
            InitErrorDetails(
                type=PydanticCustomError("nul_character", "Text may not hold a NUL (\\u0000)."),
                loc=path,
                input="",
            )
            for path in _nul_paths(values)
        ]
        if errors:
            raise ValidationError.from_exception_data(cls.__name__, errors)
        return handler(values)
