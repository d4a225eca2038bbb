"""Database ids as they arrive in URLs and JSON: 1 to 2^63 - 1, the range every database stores."""

from __future__ import annotations

# A larger id overflows SQLite's INTEGER (an OverflowError, a 500) instead of matching nothing.
MAX_ID = 2**63 - 1


def parse_id(raw: object) -> int | None:
    """Return the id an ASCII-digit string names, or None when it names none (empty, "²", 2^63)."""
    if not isinstance(raw, str) or not (raw.isascii() and raw.isdigit()):
        return None
    if len(raw.lstrip("0")) > len(str(MAX_ID)):  # int() refuses over 4,300 digits anyway
        return None
    value = int(raw)
    return value if 1 <= value <= MAX_ID else None
