"""Numbers as people type them in spreadsheet cells: "1,200", "12.5", "40%", "$2.5M", "-3 k"."""

from __future__ import annotations

import math
import re
from decimal import Decimal

CURRENCIES = ("$", "€", "£", "¥", "₹", "USD", "EUR", "GBP", "CHF", "JPY", "INR")
SCALES = {"k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "million": 10**6}
SCALES |= {"b": 10**9, "bn": 10**9, "billion": 10**9}

_NUMBER = re.compile(
    r"(?P<sign>[-+]?)(?P<before>[^\d\s.,+-]*)\s*(?P<sign2>[-+]?)"
    r"(?P<digits>[\d.,'\u00a0\u202f ]*\d[\d.,'\u00a0\u202f ]*(?:[eE][-+]?\d+)?)"
    r"\s*(?P<scale>[a-zA-Z]*)\s*(?P<after>\D*)"
)
_GROUPED = re.compile(r"\d{1,3}(?P<sep>[,'\u00a0\u202f ])\d{3}(?:(?P=sep)\d{3})*(?:\.\d+)?")
_PLAIN = re.compile(r"(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}|\d{1,3}(?:\.\d{3})+,\d+|\d+,\d{4,}")


def parse_number(text: str) -> tuple[float, str | None] | str:
    """Return (value, symbol) for "1,200", "12.5", "40%", "$2.5M", "-3 k" …, else the problem.

    The symbol is "%" or a currency ("$", "€", "USD" …) or None. A point is the decimal
    separator; a comma, apostrophe or space separates thousands in groups of three.
    """
    cleaned = text.strip().replace("\u2212", "-")
    found = _NUMBER.fullmatch(cleaned)
    not_number = f"{text!r} is not a number"
    if found is None:
        return not_number
    before, after = found["before"].strip(), found["after"].strip()
    digits, scale = found["digits"].strip(), found["scale"]
    if not after and scale.upper() in CURRENCIES:  # "5 USD": the letters are no scale
        scale, after = "", scale.upper()
    scale = scale.lower()
    if (before and after) or (found["sign"] and found["sign2"]):
        return not_number
    symbol = before or after or None
    if before == "%" or symbol is not None and symbol != "%" and symbol not in CURRENCIES:
        return not_number
    if scale and scale not in SCALES:
        return not_number
    if _DECIMAL_COMMA.fullmatch(digits):
        point = digits.replace(".", "").replace(",", ".")
        return f"{not_number}: write decimals with a point ({point})"
    if _GROUPED.fullmatch(digits):
        digits = re.sub(r"[,'\u00a0\u202f ]", "", digits)
    elif not _PLAIN.fullmatch(digits):
        return not_number
    value = float(Decimal(digits) * SCALES.get(scale, 1))  # exact: "1.1k" is 1100
    if not math.isfinite(value):
        return f"{text!r} is too large"
    return (-value if "-" in (found["sign"] + found["sign2"]) else value), symbol
