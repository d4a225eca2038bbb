"""Per-field accuracy of the key result parser on a labelled set of sentences.

Run `python -m bench.accuracy tests/text/kr_sentences.json` to print the table.

Numbers match when equal to within one part in a million. `metric` is compared after
normalisation: lower case, hyphens and slashes read as spaces, punctuation and the words
"the a an of per for in on to at by with our" dropped, and a crude stem (trailing "ing", "ed",
"es", "s", "e" removed). "metric (strict)" requires the normalised words to be identical;
"metric" also accepts a phrase that contains the expected one, or is contained in it, with at
most one word more or less ("orders" for "orders on time").
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cairn.text.key_result_parser import parse_key_result

FIELDS = ("direction", "start", "target", "change", "unit", "metric", "metric (strict)")
# The issue 15 figure: a key result counts only when all five value fields are right.
VALUE_FIELDS = ("direction", "start", "target", "change", "unit")
ALL_FIELDS = "all five fields"
_STOP = frozenset(
    ["the", "a", "an", "of", "per", "for", "in", "on", "to", "at", "by", "with", "our"]
)


@dataclass
class AccuracyReport:
    """Correct counts per field over a labelled set, and the misses for inspection."""

    total: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys((*FIELDS, ALL_FIELDS), 0))
    misses: list[tuple[str, str, object, object]] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        """Return the share of sentences whose field `name` was read correctly."""
        return self.correct[name] / self.total if self.total else 0.0

    def table(self) -> str:
        """Return a plain-text table of per-field accuracy."""
        lines = [f"{'field':<16} {'correct':>9} {'accuracy':>9}"]
        for name in (*FIELDS, ALL_FIELDS):
            count = f"{self.correct[name]}/{self.total}"
            lines.append(f"{name:<16} {count:>9} {self.accuracy(name):>9.1%}")
        return "\n".join(lines)


def load_labelled(path: str | Path) -> list[dict]:
    """Return the labelled sentences stored as a JSON list."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def evaluate(rows: Iterable[dict]) -> AccuracyReport:
    """Return the per-field accuracy of parse_key_result on labelled rows."""
    report = AccuracyReport()
    for row in rows:
        got = parse_key_result(row["text"]).as_dict()
        report.total += 1
        right = set()
        for name, same in _COMPARE.items():
            key = name.split()[0]
            if same(got[key], row[key]):
                report.correct[name] += 1
                right.add(name)
            elif name != "metric (strict)":
                report.misses.append((row["text"], key, row[key], got[key]))
        report.correct[ALL_FIELDS] += right.issuperset(VALUE_FIELDS)
    return report


def _same_number(got: float | None, expected: float | None) -> bool:
    """Return True when both are None or equal to within one part in a million."""
    if got is None or expected is None:
        return got is expected
    return math.isclose(got, expected, rel_tol=1e-6, abs_tol=1e-9)


def _same_change(got: dict | None, expected: dict | None) -> bool:
    """Return True when both changes are absent or have the same amount and kind."""
    if got is None or expected is None:
        return got is expected
    same_amount = _same_number(got["amount"], expected["amount"])
    return same_amount and got["relative"] == expected["relative"]


def metric_words(text: str | None) -> tuple[str, ...]:
    """Return the normalised, stemmed words of a metric phrase."""
    if not text:
        return ()
    text = re.sub(r"(?<=\d),(?=\d)", "", text.lower())
    words = re.sub(r"[^\w\s]", " ", text.replace("-", " ").replace("/", " ")).split()
    return tuple(_stem(w) for w in words if w not in _STOP)


def _stem(word: str) -> str:
    """Return a crude stem: "completing" and "complete" both give "complet"."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def same_metric_strict(got: str | None, expected: str | None) -> bool:
    """Return True when both metrics normalise to the same words."""
    return metric_words(got) == metric_words(expected)


def same_metric(got: str | None, expected: str | None) -> bool:
    """Return True when one metric contains the other with at most one word of difference."""
    a, b = metric_words(got), metric_words(expected)
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if not short or len(long_) - len(short) > 1:
        return False
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


_COMPARE: dict[str, Callable[[object, object], bool]] = {
    "direction": lambda got, expected: got == expected,
    "start": _same_number,  # type: ignore[dict-item]
    "target": _same_number,  # type: ignore[dict-item]
    "change": _same_change,  # type: ignore[dict-item]
    "unit": lambda got, expected: got == expected,
    "metric": same_metric,  # type: ignore[dict-item]
    "metric (strict)": same_metric_strict,  # type: ignore[dict-item]
}


def main(argv: list[str] | None = None) -> int:
    """Print the accuracy table (and misses with --misses) for a labelled JSON file."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m bench.accuracy LABELLED.json [--misses]", file=sys.stderr)
        return 2
    report = evaluate(load_labelled(args[0]))
    print(f"{report.total} labelled sentences\n{report.table()}")
    if "--misses" in args:
        for text, key, expected, got in report.misses:
            print(f"- {key}: expected {expected!r}, got {got!r}  <- {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
