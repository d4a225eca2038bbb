"""What a key result's value is compared with, and a change written as a signed amount of money.

Seventeenth round (issue 15):

- A clause after a dash or a comma that says what the target is worth next to something else
  ("≥ 30% users … — tương đương gấp đôi baseline ~15%", equivalent to twice the baseline;
  "… — equivalent to double the baseline of 15%", "equivalente ao dobro do baseline de 15%"):
  the number inside is the comparison's, not the key result's start. The clause is set apart
  when the words before it state a value of their own.
- "<metric> +€10", "ARPU +$5 per month", "CAC -$5": a change by an amount of money (the third
  label decision keeps its currency as the unit), read as "up €10" / "down $5". Only after a
  word (the metric), never inside a range or after a number ("$10-$20", "3 +$5").
"""

from __future__ import annotations

import re

__all__ = ["without_comparison", "signed_money"]

_COMPARISON_WORDS = ("tương đương", "quivalent", "equivale", "相当于")
_COMPARISON = re.compile(
    r"\s*[—–,;]\s*(?:tương đương(?: với)?|(?:which is |this is )?equivalent to|equivalente (?:a|ao|al|à)"
    r"|equivale (?:a|ao|al)|équivalent à)\s.*$|\s*[—–,;]\s*相当于.*$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")

_SIGNED_MONEY = re.compile(r"(?<=[^\W\d_] )([+-])\s?(?=[$€£]\s?\d)")


def without_comparison(text: str) -> str:
    """Return the key result without a comparison clause after its value (see above)."""
    if not any(word in text for word in _COMPARISON_WORDS):
        return text
    match = _COMPARISON.search(text)
    if match is None or not _DIGIT.search(text[: match.start()]):
        return text
    return text[: match.start()]


def signed_money(text: str) -> str:
    """Return "AOV +€10" as "AOV up €10" and "CAC -$5" as "CAC down $5" (see above)."""
    return _SIGNED_MONEY.sub(lambda m: "up " if m.group(1) == "+" else "down ", text)
