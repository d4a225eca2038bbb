"""How well the coach tells activities and vague key results from outcomes, on labelled rows.

Run `python -m bench.coach_accuracy tests/coach/real_dev.json [--misses]`.

Each row has `kind`: "activity", "vague" or "outcome" (or, as in holdout.json, `activity` and
`vague` flags; lists labelled for one rule only are skipped). An activity is caught when KR102 fires;
a vague key result when KR104 (vague wording) or KR101 (no measure) fires, since either tells
the writer that the key result says no number; an outcome is wrongly flagged when KR102 or
KR104 fires.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cairn.coach import review_sentence

_CATCH = {"activity": {"KR102"}, "vague": {"KR104", "KR101"}}


@dataclass
class CoachReport:
    """Counts per kind of key result and the misread sentences."""

    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KINDS, 0))
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KINDS, 0))
    misses: list[tuple[str, str, list[str]]] = field(default_factory=list)

    def recall(self, kind: str) -> float:
        """Return the share of `kind` rows caught (for outcomes: left unflagged)."""
        return self.right[kind] / self.total[kind] if self.total[kind] else 0.0

    def flagged_recall(self) -> float:
        """Return the share of activity and vague rows caught by their rule."""
        total = self.total["activity"] + self.total["vague"]
        return (self.right["activity"] + self.right["vague"]) / total if total else 0.0

    def false_flags(self) -> float:
        """Return the share of outcome rows flagged as activity or vague."""
        return 1 - self.recall("outcome") if self.total["outcome"] else 0.0

    def table(self) -> str:
        """Return a plain-text summary."""
        lines = [f"{'kind':<28} {'right':>9} {'share':>7}"]
        for kind in _KINDS:
            count = f"{self.right[kind]}/{self.total[kind]}"
            lines.append(f"{kind:<28} {count:>9} {self.recall(kind):>7.1%}")
        lines.append(f"{'activity+vague recall':<28} {'':>9} {self.flagged_recall():>7.1%}")
        lines.append(f"{'outcomes wrongly flagged':<28} {'':>9} {self.false_flags():>7.1%}")
        return "\n".join(lines)


_KINDS = ("activity", "vague", "outcome")


def evaluate(rows: list[dict]) -> CoachReport:
    """Return the coach's catches and false flags over labelled rows."""
    report = CoachReport()
    for row in rows:
        kind = _kind(row)
        if kind is None:
            continue  # a list labelled for one rule only (measurable.json, vague.json)
        codes = [f.code for f in review_sentence(row["text"])]
        if kind == "outcome":
            ok = not {"KR102", "KR104"} & set(codes)
        else:
            ok = bool(_CATCH[kind] & set(codes))
        report.total[kind] += 1
        report.right[kind] += ok
        if not ok:
            report.misses.append((row["text"], kind, codes))
    return report


def _kind(row: dict) -> str | None:
    """Return the row's kind; holdout.json's rows say it with an activity and a vague flag."""
    if "kind" in row:
        return row["kind"]
    if "activity" in row and "vague" in row:
        return "activity" if row["activity"] else "vague" if row["vague"] else "outcome"
    return None


def main(argv: list[str] | None = None) -> int:
    """Print the summary (and misses with --misses) for a labelled JSON file."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m bench.coach_accuracy LABELLED.json [--misses]", file=sys.stderr)
        return 2
    report = evaluate(json.loads(Path(args[0]).read_text(encoding="utf-8")))
    print(report.table())
    if "--misses" in args:
        for text, kind, codes in report.misses:
            print(f"- {kind}: got {codes} <- {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
