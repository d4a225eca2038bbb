"""Write every labelled set's misses to a directory, to diff before and after a change (issue 15).

    python -m bench.set_misses DIRECTORY

For each parser set (`tests/text/real_kr_*.json`, `kr_sentences*.json`) the accuracy table and
misses of `bench.accuracy`, for each coach set (`tests/coach/real_*.json`, `holdout.json`,
`activity_outcome.json`) those of `bench.coach_accuracy`, and `bench.documents`' counts, one
file each. `diff -r BEFORE AFTER` then shows every row that changed: a rules round may turn wrong
rows right, never a right row wrong. A held-out part not yet run is left out, as
`bench.documents` leaves it (NOT_YET_RUN).
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

from bench import accuracy, coach_accuracy, documents

_ROOT = Path(__file__).resolve().parent.parent / "tests"


def _waiting(path: Path) -> bool:
    """Return True for the rows of a held-out part whose first run has not been made."""
    return any(path.stem.endswith(f"_{part}") for part in documents.NOT_YET_RUN)


def main(argv: list[str]) -> int:
    """Write the files; return 2 without a directory."""
    if len(argv) != 1:
        print("usage: python -m bench.set_misses DIRECTORY", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    parser_sets = sorted((_ROOT / "text").glob("real_kr_*.json"))
    parser_sets += sorted((_ROOT / "text").glob("kr_sentences*.json"))
    coach_sets = sorted((_ROOT / "coach").glob("real_*.json"))
    coach_sets += [_ROOT / "coach" / "holdout.json", _ROOT / "coach" / "activity_outcome.json"]
    for prefix, module, paths in (
        ("kr", accuracy, parser_sets),
        ("coach", coach_accuracy, coach_sets),
    ):
        for path in (p for p in paths if not _waiting(p)):
            _write(out / f"{prefix}_{path.stem}.txt", module.main, [str(path), "--misses"])
    _write(out / "documents.txt", documents.main, [])
    print(f"wrote {len(list(out.glob('*.txt')))} files to {out}")
    return 0


def _write(path: Path, command, args: list[str]) -> None:
    """Write what one command prints to path."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        command(args)
    path.write_text(buffer.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
