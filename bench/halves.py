"""Split the round-3 set into two halves by repository and measure each (issue 15, fourth round).

A repository falls in half A when the first byte of the SHA-1 of its lower-cased "owner/name" is
even, else in half B, so the split is fixed and no rule can choose it. Rules are written from half
A's misses only; half B is the estimate of how they generalise.

    python -m bench.halves            # key results and documents per half
    python -m bench.halves --misses   # and half A's misses (never half B's: they stay unread)
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from bench.accuracy import ALL_FIELDS, evaluate, load_labelled
from bench.documents import SET, expected_tree, manifest, read_tree, same

_FIELDS = ("direction", "start", "target", "change", "unit")
ROUND3 = Path(__file__).resolve().parent.parent / "tests" / "text" / "real_kr_round3.json"


def half_of(repository: str) -> str:
    """Return "A" or "B" for a repository "owner/name"."""
    return "A" if hashlib.sha1(repository.lower().encode()).digest()[0] % 2 == 0 else "B"


def repository_of(source: str) -> str:
    """Return "owner/name" of a GitHub permalink."""
    return "/".join(source.split("/")[3:5])


def main(argv: list[str]) -> int:
    """Print per-half field accuracy and exact documents; --misses lists half A's misses."""
    rows = load_labelled(ROUND3)
    for half in "AB":
        part = [r for r in rows if half_of(repository_of(r["source"])) == half]
        report = evaluate(part)
        docs = [d for d in manifest() if d.get("round3") and half_of(d["repository"]) == half]
        exact = [
            d["name"]
            for d in docs
            if same(
                read_tree((SET / d["file"]).read_text(encoding="utf-8")), expected_tree(d["name"])
            )
        ]
        right = report.correct[ALL_FIELDS]
        print(
            f"half {half}: every field {right}/{report.total} ({100 * right / report.total:.1f}%), "
            f"documents {len(exact)}/{len(docs)} exact"
        )
        fields = " / ".join(f"{100 * report.accuracy(f):.1f}" for f in _FIELDS)
        print(f"  direction / start / target / change / unit: {fields}%")
        if half == "A" and "--misses" in argv:
            for text, key, want, got in report.misses:
                print(f"  {key}: want {json.dumps(want)} got {json.dumps(got)} | {text}")
            for d in docs:
                if d["name"] not in exact:
                    print(f"  document {d['name']} not exact")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
