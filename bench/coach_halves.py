"""The round-3 coach set split by source repository into halves A and B (issue 15, round 4).

Rules are written from half A's misses only and checked on half B (the honest estimate).
Run `python -m bench.coach_halves [--misses A|B]`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.coach_accuracy import evaluate

ROUND3 = Path(__file__).resolve().parent.parent / "tests" / "coach" / "real_round3.json"


def repository(row: dict) -> str:
    """Return "owner/name" of the row's GitHub permalink."""
    return "/".join(row["source"].split("/")[3:5])


def halves(rows: list[dict]) -> dict[str, list[dict]]:
    """Split rows by repository, largest first into the smaller half (deterministic)."""
    sizes: dict[str, int] = {}
    for row in rows:
        sizes[repository(row)] = sizes.get(repository(row), 0) + 1
    owner: dict[str, str] = {}
    count = {"A": 0, "B": 0}
    for repo in sorted(sizes, key=lambda r: (-sizes[r], r)):
        half = "A" if count["A"] <= count["B"] else "B"
        owner[repo] = half
        count[half] += sizes[repo]
    return {h: [r for r in rows if owner[repository(r)] == h] for h in ("A", "B")}


def main(argv: list[str] | None = None) -> int:
    """Print both halves' figures, and one half's misses with --misses A|B."""
    args = sys.argv[1:] if argv is None else argv
    split = halves(json.loads(ROUND3.read_text(encoding="utf-8")))
    for half, rows in split.items():
        repos = sorted({repository(r) for r in rows})
        print(f"half {half}: {len(rows)} rows from {', '.join(repos)}")
        report = evaluate(rows)
        print(report.table())
        if "--misses" in args and args[args.index("--misses") + 1] == half:
            for text, kind, codes in report.misses:
                print(f"- {kind}: got {codes} <- {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
