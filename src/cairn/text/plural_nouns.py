"""Plurals without an s (issue 15, twenty-fourth round): "Hire 2 salespeople", "5 craftsmen".

The lexicon names the bare irregular plurals ("people", "staff", "children", "men", "women");
a compound ending in one is as plural: "salespeople", "tradespeople", "chairwomen",
"schoolchildren", "salesmen", "firemen". Singular words that merely end in "men" ("specimen",
"regimen", "abdomen", "acumen") are not.
"""

from __future__ import annotations

from cairn.text import lexicon as lx

_ENDINGS = ("people", "children", "women", "men", "folk")
_SINGULAR_MEN = frozenset(
    ("specimen", "regimen", "abdomen", "acumen", "albumen", "bitumen", "cyclamen", "dolmen")
    + ("gravamen", "hymen", "lumen", "omen", "rumen", "semen", "stamen", "amen", "germen")
)


def irregular_plural(low: str) -> bool:
    """Return True for a lower-cased plural that does not end in s ("salespeople", "men")."""
    if low in lx.IRREGULAR_PLURALS:
        return True
    return len(low) > 5 and low.isalpha() and low.endswith(_ENDINGS) and low not in _SINGULAR_MEN
