"""Ids read from query strings: ASCII digits from 1 to 2^63 - 1, anything else is no id."""

from __future__ import annotations

import pytest

from cairn.lib.ids import MAX_ID, parse_id


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1", 1),
        ("007", 7),
        (str(MAX_ID), MAX_ID),
        ("0" * 30 + "5", 5),
        (str(MAX_ID + 1), None),
        ("9" * 5000, None),
        ("0", None),
        ("", None),
        ("-3", None),
        (" 3", None),
        ("²", None),
        ("١٢", None),
        ("3\x00", None),
        (None, None),
        (12, None),
    ],
)
def test_it_reads_only_ids_in_range(raw, expected):
    assert parse_id(raw) == expected
